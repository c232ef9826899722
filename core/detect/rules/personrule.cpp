#include "core/detect/rules/personrule.h"

#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenizer.h"
#include "core/detect/rules/wordset.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <vector>

using RuleHelpers::Ascii;

namespace {

// The rule's word lists, one bit each in personWords().
enum PersonWord : quint32 {
    // Honorifics after which one capitalised word is already a name ("President Putin").
    Honorific = 1u << 0,
    // First words of places and group names, never of a person's name.
    StartsPlaceOrGroup = 1u << 1,
    // Nouns that end a group's name ("Brigade", "Front").
    GroupHead = 1u << 2,
    // Role words that precede or describe a person (PersonRule::isRoleWord).
    Role = 1u << 3,
    // Lower-case particles inside a name ("bin", "al").
    Particle = 1u << 4,
    // Lower-case particles joined to a capital by a hyphen ("al-Aziz", "ad-Din").
    HyphenParticle = 1u << 5,
    // Role nouns of an apposition ("Ahmed al-Hassan, a commander of ...").
    AppositionHead = 1u << 6,
    // Second words of places that start with "Abu" ("Abu Dhabi").
    KunyaPlace = 1u << 7,
    // RuleHelpers::isCapitalisedStopWord().
    CapitalisedStop = 1u << 8,
};

// HyphenParticle. readWord() and isJoinedParticleName() look for the hyphen after one only at
// a word's third or fourth unit: personWords() checks that each has two or three units.
const std::initializer_list<const char *> s_hyphenParticles = {
    "al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "adh", "ud", "ul", "ez", "es",
    "bin", "ibn", "abu", "wal"};

// Checked once, where the person words are built: the hyphen after a particle is looked for
// at its third or fourth unit only.
bool hyphenParticlesFit()
{
    for (const char *particle : s_hyphenParticles) {
        const std::size_t size = std::strlen(particle);
        if (size < 2 || size > 3 || std::strchr(particle, '-'))
            qFatal("PersonRule: the hyphen after \"%s\" is looked for at its third or fourth "
                   "unit only",
                   particle);
    }
    return true;
}

const WordClasses<quint32> &personWords()
{
    [[maybe_unused]] static const bool particlesFit = hyphenParticlesFit();
    static const WordClasses<quint32> words = {
        {{"president", "sheikh", "shaykh", "gen", "general", "col", "colonel", "lt", "lieutenant",
          "capt", "captain", "maj", "major", "brig", "brigadier", "sgt", "sergeant", "dr", "mr",
          "mrs", "ms", "minister", "imam", "prince", "king", "emir", "amir", "commander", "mullah",
          "mullah", "ayatollah", "marshal", "admiral", "adm", "malam", "mallam", "alhaji",
          "asp", "dsp", "csp", "acp", "dcp", "cp", "igp"},
         Honorific},
        {{// places
          "tal", "tell", "jisr", "kafr", "kfar", "deir", "ras", "ain", "ayn", "maarat", "ma'arat",
          "khan", "bab", "jabal", "jebel", "wadi", "beit", "bir", "qalat", "qala'at", "abu-kamal",
          "sheikh", "hay", "souq", "suq", "tall", "umm", "marj", "sahl", "arab", "harat",
          // group names
          "liwa", "jaysh", "jaish", "harakat", "jabhat", "katibat", "kataib", "saraya", "ansar",
          "faylaq", "ahrar", "jamaat", "jama'at", "hay'at", "tajammu", "firqat", "alwiya", "jund",
          "asa'ib", "quwat", "tahrir", "hezbollah", "hizb", "hizbullah", "jamaat-ul", "al-qaeda",
          "al-shabaab", "boko"},
         StartsPlaceOrGroup},
        {{"brigade", "brigades", "battalion", "battalions", "front", "army", "movement", "group",
          "faction", "division", "legion", "corps", "militia", "forces", "regiment", "alliance",
          "coalition", "organization", "organisation", "party", "council", "brigades'",
          "command", "headquarters", "directorate", "staff"},
         GroupHead},
        {{"commander", "spokesman", "spokeswoman", "spokesperson", "leader", "emir", "amir",
          "chief", "general", "gen", "colonel", "col", "lt", "lieutenant", "captain", "capt",
          "major", "maj", "brigadier", "brig", "sergeant", "sgt", "minister", "president",
          "sheikh", "shaykh", "governor", "official", "cleric", "founder", "head", "mayor", "dr",
          "mr", "mrs", "ms", "deputy", "envoy", "ambassador", "analyst", "journalist",
          "correspondent", "activist", "imam", "prince", "king", "senator", "prime", "mullah",
          "ayatollah", "marshal", "admiral", "adm", "militant", "jihadist", "ideologue",
          "preacher", "judge", "qadi", "negotiator", "representative", "director", "member",
          "secretary", "defence", "defense", "foreign", "interior", "field", "military", "senior",
          "top", "local", "former", "ex", "late", "veteran", "prominent", "sniper", "officer",
          "colonel-general", "lieutenant-general", "major-general", "brigadier-general", "hafiz",
          "haji", "hajji", "malam", "mallam", "alhaji", "asp", "dsp", "csp", "acp", "dcp", "cp",
          "igp", "parent", "father", "mother", "resident", "witness"},
         Role},
        {{"bin", "ibn", "bint", "abd", "abdul", "de", "van", "von", "der", "da", "dos", "al", "el",
          "wal"},
         Particle},
        {s_hyphenParticles, HyphenParticle},
        {{"commander", "spokesman", "leader", "emir", "founder", "official", "member", "cleric",
          "spokeswoman", "chief", "ideologue", "preacher", "activist"},
         AppositionHead},
        {{"dhabi", "ghraib", "kamal", "zabi", "qasr", "kamal", "hardan", "dali"}, KunyaPlace},
        {RuleHelpers::s_capitalisedStopWords, CapitalisedStop}};
    return words;
}

// personWords() bound once at start-up: the helpers below ask it at nearly every token.
const WordClasses<quint32> &s_personWords = personWords();

// The index of the first '-' among the first `limit` units of `word`, or -1.
qsizetype firstHyphenWithin(QStringView word, qsizetype limit)
{
    const qsizetype n = std::min(word.size(), limit);
    for (qsizetype i = 0; i < n; ++i) {
        if (word.utf16()[i] == u'-')
            return i;
    }
    return -1;
}

// "al-Aziz", "ad-Din", "el-Sisi", "bin-Laden": a lower-case particle, a hyphen, a capital
// (Unicode category Lu). The particles have no hyphen, so the particle is all that stands
// before the first one. They have two or three letters: only the first four units are
// searched for that hyphen (a search of the whole word was a library call at every
// lower-case word).
bool isJoinedParticleName(const WordClasses<quint32> &words, const RuleDocument &document,
                          const RuleToken &t)
{
    const QStringView surface = document.text().mid(t.start, t.end - t.start);
    const qsizetype dash = firstHyphenWithin(surface, 4);
    if (dash < 2 || dash > 3 || dash + 1 >= surface.size()
        || !words.has(surface.left(dash), HyphenParticle))
        return false;
    char32_t next = surface[dash + 1].unicode();
    if (QChar::isHighSurrogate(next) && dash + 2 < surface.size()
        && surface[dash + 2].isLowSurrogate())
        next = QChar::surrogateToUcs4(surface[dash + 1], surface[dash + 2]);
    return QChar::category(next) == QChar::Letter_Uppercase;
}

// What the rule reads of one word, as bits: see readWord().
enum WordFact : quint8 {
    Read = 1u << 0,
    NameWord = 1u << 1,
    // A GroupHead word: known for capitalised words and for name words only.
    GroupHeadWord = 1u << 2,
    // A CapitalisedStop word: known for capitalised words only.
    StopWord = 1u << 3,
};

// readWord() of a lower-case word that may be a particle (in the list, or joined to a capital
// by a hyphen at its third or fourth unit). A function apart from readWord(), which nearly
// every word leaves before this: few words get here.
Q_NEVER_INLINE quint8 readLowerCaseParticle(const WordClasses<quint32> &words,
                                            const RuleDocument &document, const RuleToken &t)
{
    const bool name = words.has(t.norm, Particle) || isJoinedParticleName(words, document, t);
    if (!name)
        return Read;
    return Read | NameWord | (words.has(t.norm, GroupHead) ? GroupHeadWord : 0);
}

// PersonRule::isNameWord() and the facts the name runs ask next to it, with the table at hand.
// A capitalised word is looked up once for all the lists those facts come from.
quint8 readWord(const WordClasses<quint32> &words, const RuleDocument &document,
                const RuleToken &t)
{
    if (t.kind != RuleToken::Word)
        return Read;
    if (t.capitalised) {
        const quint32 bits = words.of(t.norm, Particle | CapitalisedStop | Role | GroupHead);
        const bool name = (bits & Particle) || !(bits & (CapitalisedStop | Role));
        return Read | (name ? NameWord : 0) | ((bits & GroupHead) ? GroupHeadWord : 0)
            | ((bits & CapitalisedStop) ? StopWord : 0);
    }
    // A joined particle (ASCII letters) is the same in the normal form, so a hyphen at its
    // third or fourth unit there is needed too: most lower-case words end here.
    const QStringView norm = t.norm;
    const bool hyphenAfterParticle = norm.size() > 2
        && (norm.utf16()[2] == u'-' || (norm.size() > 3 && norm.utf16()[3] == u'-'));
    if (!hyphenAfterParticle && !words.has(norm, Particle))
        return Read;
    return readLowerCaseParticle(words, document, t);
}

// readWord() of each token of a document, read when first asked and kept: the rule asks a
// capitalised word several times (as the word before the next one, as the start of a name run,
// inside the run of the word before), and each asking was a table look-up.
class WordFacts
{
public:
    WordFacts(const WordClasses<quint32> &words, const RuleDocument &document)
        : m_words(words)
        , m_document(document)
        , m_tokens(document.tokens().constData())
        , m_facts(std::size_t(document.tokens().size()), 0)
    {
    }

    bool isNameWord(int token) { return facts(token) & NameWord; }
    // Only for a capitalised word or a name word (for others it answers false).
    bool isGroupHead(int token) { return facts(token) & GroupHeadWord; }
    // Only for a capitalised word (for others it answers false).
    bool isCapitalisedStop(int token) { return facts(token) & StopWord; }

private:
    quint8 facts(int token)
    {
        quint8 &known = m_facts[std::size_t(token)];
        if (!known)
            known = readWord(m_words, m_document, m_tokens[token]);
        return known;
    }

    const WordClasses<quint32> &m_words;
    const RuleDocument &m_document;
    const RuleToken *m_tokens;
    std::vector<quint8> m_facts; // by token; 0 until read
};

} // namespace

bool PersonRule::isRoleWord(QStringView norm)
{
    return s_personWords.has(norm, Role);
}

bool PersonRule::isNameWord(const RuleDocument &document, int token)
{
    return readWord(s_personWords, document, document.tokens()[token]) & NameWord;
}

namespace {

// A person named in full and then by the last word of the name alone ("Khaled Mahmoud
// al-Hariri ... Al-Hariri was a commander"): the later word is the same person. Only words of
// four letters or more that are no role or stop word are read so.
void repeatedSurnames(const RuleDocument &document, QList<Mention> &found,
                                  RuleHelpers::SpanSet &taken)
{
    const WordClasses<quint32> &words = s_personWords;
    // last word (normal form) -> the full name of the first person found with it. A word map,
    // not a list: a long article names hundreds of people, and every capitalised word asks
    // (most are turned away by the map's length and letter filters, with no hashing).
    WordMap<QString> surnames;
    for (const Mention &m : std::as_const(found)) {
        const QString &name = m.text;
        const qsizetype space = name.lastIndexOf(u' ');
        if (space < 0)
            continue;
        QString last = Tokenizer::normalise(QStringView(name).mid(space + 1));
        if (last.size() < 4 || words.has(last, Role | CapitalisedStop | Particle)
            || surnames.contains(last))
            continue;
        surnames.insert(last, m.canonical);
    }
    if (surnames.words().empty())
        return;
    // A plain pointer: read at nearly every step, where QList::operator[] reloads its data.
    const RuleToken *const tokens = document.tokens().constData();
    for (const Sentence &sentence : document.sentences()) {
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            const RuleToken &token = tokens[t];
            if (!token.capitalised || token.kind != RuleToken::Word || token.norm.size() < 4)
                continue;
            const QString *surname = surnames.find(token.norm);
            if (!surname)
                continue;
            // Not the last word of a longer name here ("Bashar al-Assad" again).
            const bool inName = t > sentence.firstToken && tokens[t - 1].capitalised
                && tokens[t - 1].kind == RuleToken::Word;
            if (!inName && taken.insertIfFree(token.start, token.end))
                found.append(RuleHelpers::mention(document, token.start, token.end,
                                                  EntityType::Person, *surname, QString(),
                                                  QStringLiteral("rule:person.surname"), 0.5));
        }
    }
}

// A person's name in Arabic script in parentheses right after the Latin one ("Khaled Mahmoud
// al-Hariri (خالد محمود الحريري)"): the same person, under the same canonical.
void namesInArabicScript(const RuleDocument &document, QList<Mention> &found,
                         RuleHelpers::SpanSet &taken)
{
    const QStringView text = document.text();
    const qsizetype persons = found.size();
    for (qsizetype i = 0; i < persons; ++i) {
        const Mention latin = found[i];
        int open = latin.end;
        while (open < text.size() && text[open] == u' ')
            ++open;
        if (open >= text.size() || text[open] != u'(')
            continue;
        const int start = open + 1;
        const qsizetype length = text.mid(start, 61).indexOf(u')'); // names are short
        if (length <= 0)
            continue;
        const qsizetype close = start + length;
        const QStringView inside = text.mid(start, close - start);
        const bool arabic = std::all_of(inside.begin(), inside.end(), [](QChar c) {
            return c == u' ' || (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF);
        });
        if (arabic && inside.trimmed().size() == inside.size()
            && taken.insertIfFree(start, int(close)))
            found.append(RuleHelpers::mention(document, start, int(close), EntityType::Person,
                                              latin.canonical, QString(),
                                              QStringLiteral("rule:person.arabic-script"), 0.6));
    }
}

// The first token in [from, end) at which one of PersonRule::find's readings can do anything,
// or `end`. They start at a word that is capitalised, is "as" or is a role word; at any other
// token none of them does anything.
//
// "as" (lower case) only reads the list of names after it ("identified them as Rojda
// Qamishlo, ..."), which starts at a capitalised word: elsewhere its reading does nothing. A
// role word that is not capitalised only reads the name after the role words and full stops
// that follow it ("field commander Ahmed", "gen. Smith"), and only when that chain ends at a
// capitalised word: ending anywhere else, its reading does nothing. So the scan passes over
// every token that is no capitalised word, with one test each, and looks back from the
// capitalised word it stops at: an "as" just before it is where the readings start, else the
// first role word of the chain of role words and full stops just before it (neither before
// `from`), else the word stopped at. The role table is asked about the words before
// capitalised words instead of about every word.
int nextReadingStart(const WordClasses<quint32> &words, const RuleToken *tokens, int from,
                     int end)
{
    int stop = from;
    while (stop < end && !RuleHelpers::isCapitalisedWord(tokens[stop]))
        ++stop;
    if (stop == end)
        return end;
    if (stop - 1 >= from && tokens[stop - 1].norm == Ascii("as")
        && tokens[stop - 1].kind == RuleToken::Word)
        return stop - 1;
    int start = stop;
    for (int k = stop - 1; k >= from; --k) {
        const RuleToken &token = tokens[k];
        if (token.kind == RuleToken::Word && words.has(token.norm, Role))
            start = k;
        else if (token.norm != Ascii("."))
            break;
    }
    return start;
}

} // namespace

QList<Mention> PersonRule::find(const RuleDocument &document)
{
    // A plain pointer: read at nearly every step, where QList::operator[] reloads its data.
    const RuleToken *const tokens = document.tokens().constData();
    const WordClasses<quint32> &words = s_personWords;
    WordFacts facts(words, document);
    auto isNameWord = [&](int k) { return facts.isNameWord(k); };
    auto isGroupHead = [&](QStringView norm) { return words.has(norm, GroupHead); };
    auto startsPlaceOrGroup = [&](QStringView norm) { return words.has(norm, StartsPlaceOrGroup); };
    QList<Mention> found;
    RuleHelpers::SpanSet taken; // the spans of `found`
    auto add = [&](int first, int last, const QString &origin, double confidence,
                   const QString &canonical = QString()) {
        const int start = tokens[first].start;
        int end = tokens[last].end;
        // "Bashar al-Assad's": the possessive is no part of the name (the tokenizer keeps an
        // apostrophe between letters inside the word).
        const QStringView text = document.text();
        if (end - start > 3 && (text[end - 1] == u's' || text[end - 1] == u'S')
            && Tokenizer::isApostrophe(text[end - 2]))
            end -= 2;
        if (!taken.insertIfFree(start, end))
            return;
        found.append(RuleHelpers::mention(document, start, end, EntityType::Person, canonical,
                                          QString(), origin, confidence));
    };

    for (const Sentence &sentence : document.sentences()) {
        const int endToken = sentence.endToken;
        // The run of name words starting at t, at most `limit` long; returns the last index or -1.
        auto nameRun = [&](int t, int limit) {
            int last = -1;
            // A capitalised word that is no name by itself ("Shia") stays inside one between
            // name words when an al- particle name follows: "Mohammed Shia al-Sudani".
            auto inside = [&](int k) {
                return k > t && tokens[k].kind == RuleToken::Word && tokens[k].capitalised
                    && facts.isCapitalisedStop(k) && k + 1 < endToken
                    && !tokens[k + 1].capitalised && isNameWord(k + 1);
            };
            // (a word that passes either test is capitalised or a name word, for which the
            // facts know whether it is a group head)
            for (int k = t; k < endToken && k < t + limit && (isNameWord(k) || inside(k))
                 && !facts.isGroupHead(k);
                 ++k)
                last = k;
            // A nisba the matcher took for a place or a state: "al-" + hit "Qatari" in
            // "Abu Abd al-Aziz al-Qatari". The name takes the hit in (the longer span wins).
            if (last >= t && last + 2 < endToken && tokens[last + 1].norm == Ascii("-")
                && tokens[last + 1].start == tokens[last].end
                && (tokens[last].norm == Ascii("al") || tokens[last].norm == Ascii("el"))
                && tokens[last + 2].kind == RuleToken::Entity
                && tokens[last + 2].start == tokens[last + 1].end) {
                const EntityType type = document.entityOf(last + 2)->type;
                if (type == EntityType::State || type == EntityType::Location)
                    return last + 2;
            }
            // A name does not end on a particle ("Abu Bakr al").
            while (last >= t && tokens[last].kind == RuleToken::Word && !tokens[last].capitalised
                   && !document.text()
                           .mid(tokens[last].start, tokens[last].end - tokens[last].start)
                           .contains(u'-'))
                --last;
            return last;
        };

        const auto next = [&](int t) { return nextReadingStart(words, tokens, t, endToken); };
        for (int t = next(sentence.firstToken); t < endToken; t = next(t + 1)) {
            const RuleToken &token = tokens[t];

            // A list of names a statement gives: "named the martyrs as Rojda Qamishlo, Berîtan
            // Amed and Zînê Derik", "identified them as ...". Each name of two or three words.
            if (token.norm == Ascii("as") && t > sentence.firstToken) {
                bool named = false;
                for (int b = t - 1; b >= sentence.firstToken && b >= t - 4 && !named; --b)
                    named = tokens[b].norm == Ascii("named")
                        || tokens[b].norm == Ascii("identified");
                int k = t + 1;
                int listed = 0;
                while (named && k < endToken && tokens[k].capitalised && isNameWord(k)) {
                    const int last = nameRun(k, 3);
                    if (last <= k || startsPlaceOrGroup(tokens[k].norm))
                        break; // one word or a place: no name of the list
                    add(k, last, QStringLiteral("rule:person.named-as"), 0.6);
                    ++listed;
                    k = last + 1;
                    if (k < endToken && tokens[k].norm == Ascii(","))
                        ++k;
                    if (k < endToken && tokens[k].norm == Ascii("and"))
                        ++k;
                }
                if (listed > 0) {
                    t = k - 1;
                    continue;
                }
            }

            // Kunya: Abu / Umm / Ibn + name words.
            if (token.capitalised
                && (token.norm == Ascii("abu") || token.norm == Ascii("umm")
                    || token.norm == Ascii("ibn"))
                && t + 1 < endToken && isNameWord(t + 1)
                && tokens[t + 1].capitalised) {
                const int last = nameRun(t + 1, 6);
                const bool groupName = last + 1 < endToken && isGroupHead(tokens[last + 1].norm);
                const bool leadingGroupWord = t > sentence.firstToken
                    && startsPlaceOrGroup(tokens[t - 1].norm) && tokens[t - 1].capitalised;
                if (last > t && !groupName && !leadingGroupWord
                    && !words.has(tokens[t + 1].norm, KunyaPlace)) {
                    add(t, last, QStringLiteral("rule:person.kunya"), 0.75);
                    t = last;
                    continue;
                }
            }

            // Title or role, then the name.
            if (words.has(token.norm, Role)) {
                int k = t + 1;
                // "Maj. Gen.", "Prime Minister", "field commander"
                while (k < endToken && (tokens[k].norm == Ascii(".")
                                        || (tokens[k].kind == RuleToken::Word
                                            && words.has(tokens[k].norm, Role))))
                    ++k;
                if (k < endToken && tokens[k].capitalised && isNameWord(k)) {
                    const int last = nameRun(k, 5);
                    const QStringView title =
                        tokens[k - 1].norm == Ascii(".") ? tokens[k - 2].norm : tokens[k - 1].norm;
                    const bool honorific = token.capitalised && words.has(title, Honorific);
                    const int words = last - k + 1;
                    // "Brigade" after the name, or the name itself ending in one ("the YPJ
                    // General Command said"): an organisation, not a person.
                    const bool groupName = last >= k
                        && ((last + 1 < endToken && isGroupHead(tokens[last + 1].norm))
                            || isGroupHead(tokens[last].norm));
                    if (last >= k && !groupName && !startsPlaceOrGroup(tokens[k].norm)
                        && (words >= 2 || honorific)) {
                        add(k, last, QStringLiteral("rule:person.titled"), 0.7);
                        t = last;
                        continue;
                    }
                }
            }

            // Name, then ", a commander of ..." in apposition. Both readings below need a name
            // of two words or more; the run goes on past t only into a name word, a capitalised
            // word or the hyphen of an al- nisba, which spares the run for most lone words.
            const auto mayRunOn = [&] {
                return t + 1 < endToken
                    && (tokens[t + 1].capitalised || tokens[t + 1].norm == Ascii("-")
                        || isNameWord(t + 1));
            };
            if (token.capitalised && isNameWord(t) && mayRunOn()
                && (t == sentence.firstToken || !isNameWord(t - 1))) {
                const int last = nameRun(t, 5);
                if (last > t && last + 2 < endToken && tokens[last + 1].norm == Ascii(",")) {
                    int k = last + 2;
                    if (tokens[k].norm == Ascii("a") || tokens[k].norm == Ascii("an")
                        || tokens[k].norm == Ascii("the"))
                        ++k;
                    bool role = false;
                    for (int m = k; m < endToken && m < k + 4; ++m) {
                        if (tokens[m].kind != RuleToken::Word
                            && tokens[m].kind != RuleToken::Entity)
                            break;
                        if (words.has(tokens[m].norm, AppositionHead)) {
                            role = true;
                            break;
                        }
                    }
                    if (role && !startsPlaceOrGroup(token.norm)) {
                        add(t, last, QStringLiteral("rule:person.apposition"), 0.6);
                        t = last;
                        continue;
                    }
                }
                // An Arabic name with al-/bin/ibn: "Ahmed al-Hassan".
                if (last > t && !startsPlaceOrGroup(token.norm)
                    && !(last + 1 < endToken && isGroupHead(tokens[last + 1].norm))) {
                    bool particle = false;
                    for (int m = t + 1; m <= last; ++m) {
                        const QStringView s = document.text().mid(tokens[m].start, 4);
                        if (tokens[m].norm == Ascii("bin") || tokens[m].norm == Ascii("ibn")
                            || (s.contains(u'-') && !tokens[m].capitalised))
                            particle = true;
                    }
                    if (particle) {
                        add(t, last, QStringLiteral("rule:person.arabic-name"), 0.45);
                        t = last;
                        continue;
                    }
                }
            }
        }
    }
    namesInArabicScript(document, found, taken);
    repeatedSurnames(document, found, taken);
    return found;
}
