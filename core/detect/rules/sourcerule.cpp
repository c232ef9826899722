#include "core/detect/rules/sourcerule.h"

#include "core/detect/rules/personrule.h"
#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/wordset.h"

#include <QSet>

using RuleHelpers::Ascii;

namespace {

// The rule's word lists, one bit each in sourceWords().
enum SourceWord : quint8 {
    // Words that end the modifiers before a generic source noun.
    Blocker = 1u << 0,
    // SourceRule::isSourceNoun().
    SourceNoun = 1u << 1,
    // SourceRule::isSpeechVerb().
    SpeechVerb = 1u << 2,
    // "according", which opens "according to ...".
    According = 1u << 3,
};

// SourceRule::isSpeechVerb().
const std::initializer_list<const char *> s_speechVerbs = {
    "said", "say", "says", "reported", "report", "reports", "told", "stated", "announced",
    "claimed", "claim", "claims", "confirmed", "confirm", "confirms", "added", "believe",
    "believes", "believed", "noted", "warned", "estimated", "documented", "recorded", "counted",
    "tweeted", "wrote", "posted"};

const WordClasses<quint8> &sourceWords()
{
    static const WordClasses<quint8> words = {
        {{"the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "and", "or", "that",
          "which", "who", "to", "from", "as", "but", "while", "according", "said", "say", "says",
          "also", "have", "has", "had", "were", "was", "are", "is", "been", "not", "it", "they",
          "he", "she", "we", "its", "their", "his", "her", "some", "many", "other", "this"},
         Blocker},
        // Not "monitor" or "correspondent": "a war monitor", "our correspondent" describe a
        // source named elsewhere (the gold README's reading of codebook section 2).
        {{"activists", "activist", "residents", "resident", "witnesses", "witness",
          "eyewitnesses", "eyewitness", "sources", "source", "officials", "official", "medics",
          "medic", "doctors", "observers", "media", "journalists", "reporters", "villagers",
          "locals", "paramedics", "rescuers", "volunteers", "responders", "spokesman",
          "spokesperson", "spokeswoman", "worker", "workers", "organisations", "organizations"},
         SourceNoun},
        {s_speechVerbs, SpeechVerb},
        {{"according"}, According}};
    return words;
}

// The first token in [t, end) that is "according" or a speech verb, where both readings start,
// or `end`; its lists in `starts`. Both readings do nothing at any other token, so passing over
// those here proposes the same sources. A bit is tested at every token (TokenClass::SourceStart,
// the filter the tokenizer asked), and only the tokens it lets through are looked up.
int nextReadingStart(const WordClasses<quint8> &words, const RuleToken *tokens, int t, int end,
                     quint8 &starts)
{
    for (; t < end; ++t) {
        if (tokens[t].classes & TokenClass::SourceStart) {
            starts = words.of(tokens[t].norm, According | SpeechVerb);
            if (starts)
                return t;
        }
    }
    starts = 0;
    return end;
}

bool isConnector(QStringView norm)
{
    return norm == Ascii("of") || norm == Ascii("for")
        || norm == Ascii("the") || norm == Ascii("and");
}

} // namespace

bool SourceRule::isSourceNoun(QStringView norm)
{
    return sourceWords().has(norm, SourceNoun);
}

bool SourceRule::isSpeechVerb(QStringView norm)
{
    return sourceWords().has(norm, SpeechVerb);
}

QStringList SourceRule::speechVerbs()
{
    return RuleHelpers::wordList(s_speechVerbs);
}

QStringList SourceRule::readingStartWords()
{
    return speechVerbs() << QStringLiteral("according");
}

QList<Mention> SourceRule::find(const RuleDocument &document)
{
    // A plain pointer: read at nearly every step, where QList::operator[] reloads its data.
    const RuleToken *const tokens = document.tokens().constData();
    const WordClasses<quint8> &words = sourceWords();
    QList<Mention> found;
    RuleHelpers::SpanSet taken; // the spans of `found`
    auto add = [&](int first, int last, const QString &origin, double confidence) {
        if (first > last)
            return;
        const int start = tokens[first].start;
        const int end = tokens[last].end;
        if (!taken.insertIfFree(start, end))
            return;
        found.append(RuleHelpers::mention(document, start, end, EntityType::Source, QString(),
                                          QString(), origin, confidence));
    };
    auto isWord = [&](int t) { return tokens[t].kind == RuleToken::Word; };

    for (const Sentence &sentence : document.sentences()) {
        const int first = sentence.firstToken;
        const int end = sentence.endToken;

        // A generic source noun with the modifiers before it ("local human rights
        // organisations"): returns the first modifier. -1 where the noun is no source of its
        // own: "the activists", "the official" alone refer back to one named before, and
        // "SOHR activists", "SDF officials" are the entity's people, which the entity names.
        auto genericStart = [&](int noun) {
            if (noun - 1 >= first && tokens[noun - 1].kind == RuleToken::Entity)
                return -1;
            int k = noun;
            while (k - 1 >= first && k > noun - 4 && isWord(k - 1)
                   && !words.has(tokens[k - 1].norm, Blocker | SpeechVerb))
                --k;
            if (k == noun && k - 1 >= first && tokens[k - 1].norm == Ascii("the"))
                return -1;
            return k;
        };
        // "local sources and a humanitarian worker said": the generic source before "and".
        auto addCoordinated = [&](int start, const QString &origin) {
            int k = start - 1;
            if (k >= first && (tokens[k].norm == Ascii("a") || tokens[k].norm == Ascii("an")))
                --k;
            if (k < first || tokens[k].norm != Ascii("and"))
                return;
            --k;
            if (k >= first && isWord(k) && words.has(tokens[k].norm, SourceNoun)) {
                const int modifierStart = genericStart(k);
                if (modifierStart >= 0)
                    add(modifierStart, k, origin, 0.55);
            }
        };

        // Both readings below start at "according" or at a speech verb.
        quint8 starts = 0;
        for (int t = nextReadingStart(words, tokens, first, end, starts); t < end;
             t = nextReadingStart(words, tokens, t + 1, end, starts)) {
            // "according to ..."
            if ((starts & According) && t + 1 < end
                && tokens[t + 1].norm == Ascii("to")) {
                int k = t + 2;
                int lastCap = -1;
                int capStart = -1;
                int generic = -1;
                bool entity = false;
                for (; k < end; ++k) {
                    const RuleToken &tk = tokens[k];
                    if (tk.kind == RuleToken::Entity) {
                        // "the Syrian pro-opposition news outlet ...": a state adjective is a
                        // descriptor; any other entity names the source already.
                        if (document.entityOf(k)->type == EntityType::State && k + 1 < end
                            && tokens[k + 1].kind == RuleToken::Word)
                            continue;
                        entity = true;
                        break;
                    }
                    if (tk.kind != RuleToken::Word)
                        break;
                    if (tk.norm == Ascii("that") || tk.norm == Ascii("which")
                        || tk.norm == Ascii("who") || tk.norm == Ascii("in")
                        || tk.norm == Ascii("on") || tk.norm == Ascii("at"))
                        break;
                    if (tk.capitalised && !RuleHelpers::isCapitalisedStopWord(tk.norm)) {
                        if (capStart < 0 || lastCap != k - 1) {
                            // A connector inside a name keeps the run: "Observatory for
                            // Human Rights".
                            const bool joined = lastCap >= 0 && lastCap == k - 2
                                && isConnector(tokens[k - 1].norm);
                            if (!joined)
                                capStart = k;
                        }
                        lastCap = k;
                    } else if (words.has(tk.norm, SourceNoun)) {
                        generic = k;
                    }
                }
                if (entity)
                    continue; // a hit already names the source
                if (lastCap >= 0 && lastCap > generic) {
                    // The name after the descriptors. A lone demonym ("Syrian") followed by
                    // lower-case words is a descriptor, which the loop already skipped past.
                    add(capStart, lastCap, QStringLiteral("rule:source.according-to"), 0.6);
                } else if (generic >= 0) {
                    const int s = genericStart(generic);
                    if (s >= 0)
                        add(s, generic, QStringLiteral("rule:source.according-to"), 0.55);
                }
                continue;
            }

            if (t == first || !(starts & SpeechVerb))
                continue;
            // "... told AFP"
            if (tokens[t].norm == Ascii("told") && t + 1 < end && isWord(t + 1)
                && tokens[t + 1].capitalised
                && !RuleHelpers::isCapitalisedStopWord(tokens[t + 1].norm)) {
                int last = t + 1;
                while (last + 1 < end && isWord(last + 1) && tokens[last + 1].capitalised)
                    ++last;
                add(t + 1, last, QStringLiteral("rule:source.told"), 0.4);
            }
            // The subject of the verb: skip "have", "also", "reportedly" between, and a place
            // after a source noun ("Local sources in Tafas told", "Residents of Dhiban said").
            int s = t - 1;
            while (s >= first && isWord(s)
                   && (tokens[s].norm == Ascii("have") || tokens[s].norm == Ascii("has")
                       || tokens[s].norm == Ascii("also") || tokens[s].norm == Ascii("had")
                       || tokens[s].norm == Ascii("reportedly")))
                --s;
            if (s - 2 >= first && tokens[s].kind == RuleToken::Entity
                && document.entityOf(s)->type == EntityType::Location
                && (tokens[s - 1].norm == Ascii("in") || tokens[s - 1].norm == Ascii("of"))
                && isWord(s - 2) && words.has(tokens[s - 2].norm, SourceNoun))
                s -= 2;
            if (s < first || !isWord(s))
                continue; // an entity or punctuation: nothing new to propose
            if (words.has(tokens[s].norm, SourceNoun)) {
                const int start = genericStart(s);
                if (start >= 0) {
                    add(start, s, QStringLiteral("rule:source.generic"), 0.6);
                    addCoordinated(start, QStringLiteral("rule:source.generic"));
                }
                continue;
            }
            // A role word alone is a person the text names elsewhere ("the Commander said");
            // after "of" and a capitalised word it ends an institution's name ("the Ministry of
            // Defence said").
            const bool institution = s - 2 >= first && isConnector(tokens[s - 1].norm)
                && tokens[s - 1].norm != Ascii("the") && isWord(s - 2) && tokens[s - 2].capitalised;
            if (tokens[s].capitalised && !RuleHelpers::isCapitalisedStopWord(tokens[s].norm)
                && (institution || !PersonRule::isRoleWord(tokens[s].norm))) {
                int start = s;
                while (start - 1 >= first && isWord(start - 1)
                       && ((tokens[start - 1].capitalised
                            && !RuleHelpers::isCapitalisedStopWord(tokens[start - 1].norm))
                           || (isConnector(tokens[start - 1].norm) && start - 2 >= first
                               && tokens[start - 2].capitalised)))
                    --start;
                if (start == first && start < s && tokens[start].norm == Ascii("the"))
                    ++start;
                add(start, s, QStringLiteral("rule:source.says"), 0.4);
            }
        }
    }
    return found;
}
