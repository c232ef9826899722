#include "core/detect/rules/unknowngrouprule.h"

#include "core/detect/rules/personrule.h"
#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/wordset.h"

#include <QSet>

#include <algorithm>
#include <initializer_list>

using RuleHelpers::Ascii;

namespace {

// The rule's word lists, one bit each in groupWords().
enum GroupWord : quint8 {
    // Capitalised nouns that end a group's name ("Front", "Brigade").
    CapitalGroupHead = 1u << 0,
    // Lower-case nouns for a group's people or the group after its name ("militants").
    GroupNoun = 1u << 1,
    // Arabic words that open a group's name ("Liwa", "Jaysh").
    ArabicGroupWord = 1u << 2,
    // Demonyms not ending as isDemonym() expects one to.
    Demonym = 1u << 3,
};

const WordClasses<quint8> &groupWords()
{
    static const WordClasses<quint8> words = {
        {{"front", "brigade", "brigades", "battalion", "battalions", "army", "movement", "group",
          "faction", "division", "legion", "corps", "militia", "militias", "forces", "regiment",
          "alliance", "coalition", "organization", "organisation", "battalion", "units", "unit",
          "guards", "mobilization", "mobilisation", "operations"},
         CapitalGroupHead},
        {{"militants", "fighters", "militia", "militias", "militiamen", "rebels", "insurgents",
          "jihadists", "gunmen", "group", "faction", "battalion", "brigade", "movement", "members",
          "elements", "mercenaries", "cells", "forces"},
         GroupNoun},
        {{"liwa", "jaysh", "jaish", "harakat", "jabhat", "katibat", "kataib", "kata'ib", "saraya",
          "ansar", "faylaq", "ahrar", "jamaat", "jama'at", "hay'at", "tajammu", "firqat", "alwiya",
          "jund", "asa'ib", "quwat", "hizb", "tanzim", "ahl"},
         ArabicGroupWord},
        {{"afghan", "arab", "kurd", "kurds", "turkmen", "uzbek", "chechen", "tajik", "uighur",
          "uyghur", "yemeni", "thai", "israeli", "pakistani", "iraqi"},
         Demonym}};
    return words;
}

// groupWords() bound once at start-up: the helpers below ask it at nearly every token.
const WordClasses<quint8> &s_groupWords = groupWords();

bool isCapitalGroupHead(QStringView norm)
{
    return s_groupWords.has(norm, CapitalGroupHead);
}

bool isGroupNoun(QStringView norm)
{
    return s_groupWords.has(norm, GroupNoun);
}

bool isArabicGroupWord(QStringView norm)
{
    return s_groupWords.has(norm, ArabicGroupWord);
}

bool isDemonym(QStringView norm)
{
    return s_groupWords.has(norm, Demonym) || norm.endsWith(QLatin1String("ian"))
        || norm.endsWith(QLatin1String("ish")) || norm.endsWith(QLatin1String("ese"))
        || norm.endsWith(QLatin1String("an")) || norm.endsWith(QLatin1String("i"));
}

// The naming cues before a group's name: "a group called X", "named X", "known as X". The
// last word of a cue stands at the cue token, the words before it just before that one.
const std::initializer_list<const char *> s_namingCueList = {"called", "named", "known as"};

// s_namingCueList read once for the rule: each cue as its words, the cue token's word last.
const QList<QStringList> &namingCueWords()
{
    static const QList<QStringList> cues = [] {
        QList<QStringList> split;
        for (const char *cue : s_namingCueList)
            split.append(QString::fromLatin1(cue).split(u' '));
        return split;
    }();
    return cues;
}

// Whether the cue word of a naming cue stands at t, with the cue's other words before it.
bool isNamingCue(const RuleToken *tokens, int t, int first)
{
    const QStringView norm = tokens[t].norm;
    for (const QStringList &words : namingCueWords()) {
        const qsizetype before = words.size() - 1;
        if (norm != words.last() || t - before < first)
            continue;
        bool match = true;
        for (qsizetype i = 0; i < before && match; ++i)
            match = tokens[t - before + i].norm == words[i];
        if (match)
            return true;
    }
    return false;
}

// False for nearly every token whose word is no naming cue's cue word (true for every cue
// word): its TokenClass::NamingCue bit, the filter the tokenizer asked. Asked at every
// capitalised word and the token before it, where isNamingCue() would compare each with every
// cue.
Q_ALWAYS_INLINE bool mayBeNamingCue(const RuleToken &token)
{
    return token.classes & TokenClass::NamingCue;
}

// The first capitalised word in [t, end), or `end`: UnknownGroupRule::find reads nothing
// else. (A naming cue matters only before a capitalised word, so it is looked for there, one
// token back, instead of at every token.) Every reading starts at a capitalised word (a name,
// or the name after a cue), so passing over the other tokens here proposes the same groups.
int nextCapitalisedWord(const RuleToken *tokens, int t, int end)
{
    for (; t < end; ++t) {
        if (RuleHelpers::isCapitalisedWord(tokens[t]))
            return t;
    }
    return end;
}

} // namespace

QStringList UnknownGroupRule::namingCues()
{
    return RuleHelpers::wordList(s_namingCueList);
}

QStringList UnknownGroupRule::namingCueWords()
{
    QStringList words;
    for (const QStringList &cue : ::namingCueWords())
        words.append(cue.last());
    return words;
}

QList<Mention> UnknownGroupRule::find(const RuleDocument &document)
{
    // A plain pointer: read at nearly every step, where QList::operator[] reloads its data.
    const RuleToken *const tokens = document.tokens().constData();
    const WordClasses<quint8> &words = s_groupWords;
    QList<Mention> found;
    RuleHelpers::SpanSet taken; // the spans of `found`
    auto add = [&](int first, int last, const QString &origin, double confidence) {
        const int start = tokens[first].start;
        const int end = tokens[last].end;
        if (!taken.insertIfFree(start, end))
            return;
        found.append(RuleHelpers::mention(document, start, end, EntityType::ArmedGroup,
                                          QString(), QString(), origin, confidence));
    };
    auto nameWord = [&](int k) {
        return PersonRule::isNameWord(document, k)
            || (tokens[k].kind == RuleToken::Word && tokens[k].capitalised
                && words.has(tokens[k].norm, CapitalGroupHead));
    };

    for (const Sentence &sentence : document.sentences()) {
        const int first = sentence.firstToken;
        const int end = sentence.endToken;
        // "a group called X", "named X", "known as X": the end of the name X when `cue` is a
        // naming cue after a group noun and before a capitalised word, else -1. Asked only
        // where mayBeNamingCue() lets the word at `cue` through.
        auto calledName = [&](int cue) {
            if (!isNamingCue(tokens, cue, first) || cue + 1 >= end || cue - 1 < first)
                return -1;
            bool groupBefore = false;
            for (int k = std::max(first, cue - 3); k < cue; ++k)
                groupBefore = groupBefore || isGroupNoun(tokens[k].norm)
                    || tokens[k].norm == Ascii("organisation")
                    || tokens[k].norm == Ascii("organization");
            if (!groupBefore || tokens[cue + 1].kind != RuleToken::Word
                || !tokens[cue + 1].capitalised)
                return -1;
            int last = cue + 1;
            while (last + 1 < end && nameWord(last + 1))
                ++last;
            return last;
        };
        // Tokens are read in order from `from`: each capitalised word t, and before it the
        // naming cue that may stand just before it (at t - 1 when not passed over already, or
        // at t itself, capitalised). Any other token reads nothing.
        int from = first;
        for (int t = nextCapitalisedWord(tokens, from, end); t < end;
             t = nextCapitalisedWord(tokens, from, end)) {
            int cue = t - 1;
            int called = cue >= from && mayBeNamingCue(tokens[cue]) ? calledName(cue) : -1;
            if (called < 0 && mayBeNamingCue(tokens[t])) {
                cue = t;
                called = calledName(cue);
            }
            if (called >= 0) {
                add(cue + 1, called, QStringLiteral("rule:group.called"), 0.5);
                from = called + 1;
                continue;
            }
            if (!nameWord(t)) {
                from = t + 1;
                continue;
            }
            // The run of name words from t.
            int last = t;
            while (last + 1 < end && last < t + 6 && nameWord(last + 1))
                ++last;
            // Capitalised group head inside or at the end: "Ansar al-Din Front".
            int head = -1;
            for (int k = last; k > t; --k) {
                // "Operations Room" ends a name as a group word does ("al-Fatah al-Mubin
                // Operations Room"); "Room" alone does not.
                const bool operationsRoom = tokens[k].norm == Ascii("room")
                    && tokens[k - 1].norm == Ascii("operations");
                if ((isCapitalGroupHead(tokens[k].norm) || operationsRoom)
                    && tokens[k].capitalised) {
                    head = k;
                    break;
                }
            }
            const bool arabic = last > t && isArabicGroupWord(tokens[t].norm);
            const bool nounAfter = last + 1 < end && tokens[last + 1].kind == RuleToken::Word
                && isGroupNoun(tokens[last + 1].norm);
            const bool sentenceStart = t == first;
            if (head > 0) {
                // Particle names before the capitals belong to the name: "al-Fatah al-Mubin
                // Operations Room".
                int nameStart = t;
                while (nameStart - 1 >= first && tokens[nameStart - 1].kind == RuleToken::Word
                       && !tokens[nameStart - 1].capitalised
                       && PersonRule::isNameWord(document, nameStart - 1))
                    --nameStart;
                add(nameStart, head, QStringLiteral("rule:group.head-word"), 0.45);
            } else if (arabic) {
                add(t, last, QStringLiteral("rule:group.arabic-name"), 0.45);
            } else if (nounAfter) {
                const int words = last - t + 1;
                const bool demonym = words == 1 && isDemonym(tokens[t].norm);
                const bool adjectival = words == 1 && sentenceStart;
                if (!demonym && !adjectival && !RuleHelpers::isCapitalisedStopWord(tokens[t].norm))
                    add(t, last, QStringLiteral("rule:group.before-noun"), words > 1 ? 0.35 : 0.3);
            }
            from = last + 1;
        }
    }
    return found;
}
