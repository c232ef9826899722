#include "core/detect/rules/daterule.h"

#include "core/detect/rules/numberreader.h"
#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenizer.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/wordset.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace {

const QString s_month = QStringLiteral(
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)");
const QString s_weekday =
    QStringLiteral("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)");

char16_t asciiLower(char16_t c)
{
    return char16_t(c + (char16_t(c - u'A') < 26 ? 32 : 0));
}

// Whether `word` is `lower` (ASCII lower case) with ASCII letters in either case. Inline, sizes
// first: most words asked differ in size from the word they are compared with.
inline bool equalsIgnoringAsciiCase(QStringView word, RuleHelpers::Ascii lower)
{
    if (word.size() != lower.size)
        return false;
    const char16_t *units = word.utf16();
    for (qsizetype k = 0; k < lower.size; ++k) {
        if (asciiLower(units[k]) != char16_t(lower.units[k]))
            return false;
    }
    return true;
}

// 1-12 for a month name's first three letters in any case, 0 for anything else. (No character
// outside ASCII lowers to a letter of these prefixes, so comparing in ASCII is enough.)
int monthNumber(QStringView name)
{
    static const RuleHelpers::Ascii prefixes[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                  "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    for (int month = 0; month < 12; ++month) {
        if (equalsIgnoringAsciiCase(name.left(3), prefixes[month]))
            return month + 1;
    }
    return 0;
}

// 1 (Monday) to 7 for a weekday's name in any case, 0 for anything else: what looking the
// lower-cased name up in the list of names answers. (The only characters outside ASCII that
// lower to ASCII letters are the Kelvin sign, to a "k" no name holds, and the dotted capital
// I, to an "i" followed by a combining dot, so comparing in ASCII is enough.)
int weekdayNumber(QStringView name)
{
    static const RuleHelpers::Ascii days[] = {"monday", "tuesday", "wednesday", "thursday",
                                              "friday", "saturday", "sunday"};
    for (int day = 0; day < 7; ++day) {
        if (equalsIgnoringAsciiCase(name, days[day]))
            return day + 1;
    }
    return 0;
}

// Small counts in "three days ago".
int smallCount(QStringView word)
{
    static const QStringList words = {"one", "two", "three", "four", "five", "six",
                                      "seven", "eight", "nine", "ten", "eleven", "twelve"};
    bool ok = false;
    const int v = word.toInt(&ok);
    if (ok)
        return v;
    if (word.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0)
        return 1;
    return int(words.indexOf(word.toString().toLower())) + 1;
}

// The year for a day/month stated without one: the publication year, or the one before when the
// date would otherwise fall more than a month after publication.
int yearFor(int month, int day, const QDate &published)
{
    const int year = published.year();
    const QDate candidate(year, month, std::max(1, day));
    if (candidate.isValid() && candidate > published.addDays(31))
        return year - 1;
    return year;
}

enum class Kind {
    Iso,
    MonthDay,
    DayMonth,
    MonthYear,
    MonthAlone,
    Weekday,
    Yesterday,
    Today,
    LastNight,
    ThisWeek,
    LastWeek,
    ThisMonth,
    LastMonth,
    ThisYear,
    LastYear,
    Ago,
    Year
};

struct Pattern
{
    Kind kind;
    QRegularExpression re;
    QString origin;
};

const QList<Pattern> &patterns()
{
    using RE = QRegularExpression;
    const auto ci = RE::CaseInsensitiveOption;
    static const QList<Pattern> list = {
        {Kind::Iso, RE(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")), "rule:date.absolute"},
        {Kind::MonthDay,
         RE(QStringLiteral("\\b%1\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?")
                .arg(s_month)),
         "rule:date.absolute"},
        {Kind::DayMonth,
         RE(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?%1(?!\\w)"
                           "(?:,?\\s+(\\d{4})\\b)?")
                .arg(s_month)),
         "rule:date.absolute"},
        {Kind::MonthYear, RE(QStringLiteral("\\b%1,?\\s+(\\d{4})\\b").arg(s_month)),
         "rule:date.absolute"},
        {Kind::MonthAlone,
         RE(QStringLiteral("\\b(?i:in|since|during|until|by|early|late|mid|from|throughout|of|"
                           "last|this)[ -]%1(?![\\w-])")
                .arg(s_month)),
         "rule:date.relative"},
        {Kind::Weekday,
         RE(QStringLiteral("\\b(?:(last|this|past|on)\\s+)?%1(?:\\s+(?:morning|afternoon|"
                           "evening|night))?\\b")
                .arg(s_weekday),
            ci),
         "rule:date.weekday"},
        {Kind::Yesterday, RE(QStringLiteral("\\b(?:the\\s+day\\s+before\\s+)?yesterday\\b"), ci),
         "rule:date.relative"},
        {Kind::Today, RE(QStringLiteral("\\b(?:today|this\\s+morning)\\b"), ci),
         "rule:date.relative"},
        {Kind::LastNight, RE(QStringLiteral("\\blast\\s+night\\b"), ci), "rule:date.relative"},
        {Kind::ThisWeek, RE(QStringLiteral("\\b(?:earlier\\s+)?this\\s+week\\b"), ci),
         "rule:date.relative"},
        {Kind::LastWeek, RE(QStringLiteral("\\b(?:last|past|previous)\\s+week\\b"), ci),
         "rule:date.relative"},
        {Kind::ThisMonth, RE(QStringLiteral("\\b(?:earlier\\s+)?this\\s+month\\b"), ci),
         "rule:date.relative"},
        {Kind::LastMonth, RE(QStringLiteral("\\b(?:last|previous)\\s+month\\b"), ci),
         "rule:date.relative"},
        {Kind::ThisYear, RE(QStringLiteral("\\b(?:earlier\\s+)?this\\s+year\\b"), ci),
         "rule:date.relative"},
        {Kind::LastYear, RE(QStringLiteral("\\b(?:last|previous)\\s+year\\b"), ci),
         "rule:date.relative"},
        {Kind::Ago,
         RE(QStringLiteral("\\b(\\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                           "eleven|twelve)\\s+(day|days|week|weeks|month|months|year|years)\\s+"
                           "ago\\b"),
            ci),
         "rule:date.relative"},
        {Kind::Year, RE(QStringLiteral("\\b(19\\d\\d|20\\d\\d)\\b(?![,.]\\d)(?!-\\d)")),
         "rule:date.year"},
    };
    return list;
}

// The words a date is built around, looked up once per word of the text. A pattern can only
// match around one of them (a month name, a weekday, "yesterday", "week", "ago", ...) or a
// four-digit number, so the patterns are tried only there.
enum class Head : quint8 {
    None,
    MonthName,
    Weekday,
    Yesterday,
    Today,
    Morning,
    Night,
    Week,
    MonthWord,
    YearWord,
    Ago
};

const WordMap<Head> &heads()
{
    static const WordMap<Head> map = [] {
        WordMap<Head> m;
        for (const char *month :
             {"january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
              "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
            m.insert(QString::fromUtf8(month), Head::MonthName);
        for (const char *day :
             {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
            m.insert(QString::fromUtf8(day), Head::Weekday);
        m.insert(u"yesterday", Head::Yesterday);
        m.insert(u"today", Head::Today);
        m.insert(u"morning", Head::Morning);
        m.insert(u"night", Head::Night);
        m.insert(u"week", Head::Week);
        m.insert(u"month", Head::MonthWord);
        m.insert(u"year", Head::YearWord);
        m.insert(u"ago", Head::Ago);
        return m;
    }();
    return map;
}

// A first look before heads() for the atoms around an anchor: by the first unit of a lower-case
// key of ASCII letters and digits, the lengths and the middle units (at half the length) of the
// head words starting with it. Most words are turned away by it with two loads, before the
// map's filter and hash. Some common words share a first
// letter and a length with a head ("and" with "ago", "for" with "feb"): the middle letters turn
// most of them away. The two tests are combined with no branch on the word: the length is read
// modulo 32 and the middle unit by its low five bits, so a few other words pass, for the exact
// tests after.
class HeadFilter
{
public:
    HeadFilter()
    {
        for (const QString &word : heads().words()) {
            // A word the tables cannot hold would be read past their end or by a shift of 32
            // or more, or turned away: its dates would be lost.
            if (!fits(word))
                qFatal("HeadFilter: \"%s\" is no short lower-case ASCII word", qPrintable(word));
            m_lengths[word.front().unicode()] |= 1u << word.size();
            m_middles[word.front().unicode()] |= 1u << (word[word.size() / 2].unicode() & 31u);
        }
    }
    // False for a lower-case key that is certainly no head word. Any key of one unit or more
    // may be asked (the first unit's low seven bits are read).
    bool mayBeHead(QStringView key) const
    {
        if (char16_t(key.front().unicode() - u'a') >= 26)
            return false;
        const std::size_t n = std::size_t(key.size());
        const char16_t *units = key.utf16();
        const std::size_t first = units[0] & 127u;
        const quint32 length = m_lengths[first] >> (n & 31u);
        return (length & (m_middles[first] >> (units[n / 2] & 31u)) & 1u) != 0;
    }

private:
    // Two to 31 units, lower-case ASCII letters and digits, the first two letters: a key
    // mayBeHead() can be asked, its length a bit of a 32-bit mask, its first unit an index of
    // the 128-entry tables.
    static bool fits(QStringView word)
    {
        const auto isLetter = [](char16_t c) { return c >= u'a' && c <= u'z'; };
        if (word.size() < 2 || word.size() >= 32 || !isLetter(word[0].unicode())
            || !isLetter(word[1].unicode()))
            return false;
        return std::all_of(word.begin(), word.end(), [&](QChar c) {
            return isLetter(c.unicode()) || (c >= u'0' && c <= u'9');
        });
    }

    // By first unit: bit n when a head starting with it has n units (bit 4 for a digit)
    quint32 m_lengths[128] = {};
    // By first unit: bit i when a head starting with it has a middle unit whose low five bits
    // are i (every bit for a digit)
    quint32 m_middles[128] = {};
};

const HeadFilter &headFilter()
{
    static const HeadFilter filter;
    return filter;
}

bool isAsciiAlnum(char16_t c)
{
    return char16_t(c - u'a') < 26 || char16_t(c - u'A') < 26 || char16_t(c - u'0') < 10;
}

// \w and \d as the patterns read them: QRegularExpression leaves PCRE2's Unicode properties
// off unless asked (UseUnicodePropertiesOption), so both are ASCII only.
bool isRegexWordChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'_';
}

// \s as the patterns read it: ASCII only, the space and \t \n \v \f \r.
bool isRegexSpace(char16_t c)
{
    return c == u' ' || char16_t(c - u'\t') < 5;
}

bool isAsciiDigit(char16_t c)
{
    return char16_t(c - u'0') < 10;
}

// One run of the patterns' word characters (ASCII letters and digits) in a sentence: the unit
// their \b boundaries see. Most are a whole token; "mid-March" and "Hay'at" hold two.
struct Atom
{
    int start = 0; // in the sentence
    int end = 0;
    QStringView key; // lower case
    int digits = 0;  // leading digits
    Head head = Head::None; // looked up only for an anchor
};

// A place a pattern may match: its kind and the start in the sentence.
using Candidate = std::pair<Kind, int>;

// The candidates of one kind, a run of DateCandidates' sorted list.
struct CandidateRange
{
    const Candidate *first;
    const Candidate *last;
    const Candidate *begin() const { return first; }
    const Candidate *end() const { return last; }
};

// Where in a sentence each pattern may match: the atoms a match of it could start at, found
// from the heads with a look at the atoms just before and after. Every place a pattern matches
// is among them (a match starts at a fixed number of atoms before its head word, or at its
// four digits), so trying the pattern anchored at each of them, in order and from the end of
// its last match on, finds exactly what a scan of the whole sentence finds.
//
// The sentence's atoms are not all built: one pass over the tokens finds the anchors (head
// words and four-digit numbers), turning nearly every word away by its first letter and length,
// and only the few atoms around each anchor are built afterwards. Atoms are numbered as a list
// of all of them would number them (a punctuation mark holds none, a joined word one per run),
// so "the atom before" is the same atom it always was.
//
// One exception: the caseless patterns let "s" and "k" match the long s (U+017F) and the
// Kelvin sign (U+212A), which no atom holds. A sentence with either is scanned whole.
class DateCandidates
{
public:
    DateCandidates(QStringView sentence, int sentenceStart, const Token *begin, const Token *end,
                   NormStore &store)
        : m_sentence(sentence)
        , m_sentenceStart(sentenceStart)
        , m_begin(begin)
        , m_end(end)
        , m_store(store)
        , m_heads(heads())
        , m_headFilter(headFilter())
    {
        findAnchors();
        for (const Anchor &anchor : m_anchors) {
            const qsizetype i = gatherAtomsAround(anchor);
            addCandidates(sentence, i);
        }
        std::sort(m_candidates.begin(), m_candidates.end());
        m_candidates.erase(std::unique(m_candidates.begin(), m_candidates.end()),
                           m_candidates.end());
        for (const Candidate &candidate : m_candidates)
            m_kinds |= kindBit(candidate.first);
    }

    // False where the sentence must be scanned whole (see the class comment).
    bool reliable() const { return !m_caselessPartner; }
    // Whether PCRE2 must check the sentence is valid UTF-16: only a surrogate can make it not.
    bool mayBeInvalid() const { return m_surrogate; }
    // True when no pattern can match anywhere in the sentence (then it is not worth a look).
    bool isEmpty() const { return m_candidates.isEmpty(); }
    // Whether the pattern may match somewhere in the sentence.
    bool has(Kind kind) const { return m_kinds & kindBit(kind); }
    // The pattern's possible match starts in the sentence, in order: a view into the
    // candidates, which are sorted by kind and then start once when the sentence is read.
    CandidateRange starts(Kind kind) const
    {
        const auto byKind = [](const Candidate &c, Kind k) { return c.first < k; };
        const Candidate *first =
            std::lower_bound(m_candidates.cbegin(), m_candidates.cend(), kind, byKind);
        const Candidate *last = first;
        while (last != m_candidates.cend() && last->first == kind)
            ++last;
        return {first, last};
    }

private:
    using Atoms = QVarLengthArray<Atom, 16>;
    // An anchor: the `atom`-th atom of the sentence's `token`-th token, and its head as
    // findAnchors() looked it up (Head::None for four digits).
    struct Anchor
    {
        int token;
        int atom;
        Head head;
    };

    static int leadingDigits(QStringView key)
    {
        int k = 0;
        while (k < key.size() && isAsciiDigit(key[k].unicode()))
            ++k;
        return k;
    }

    // The head a lower-case key is, or Head::None; the filter turns nearly every word away.
    Q_ALWAYS_INLINE Head headOf(QStringView key) const
    {
        if (!m_headFilter.mayBeHead(key))
            return Head::None;
        const Head *head = m_heads.find(key);
        return head ? *head : Head::None;
    }

    // Only a head word or four digits can anchor a date: the other atoms (nearly all) are only
    // ever looked at as the neighbours of one. (Four leading digits with more after them anchor
    // nothing either: no pattern is built around them.)
    //
    // Notes the anchors of the sentence, and whether it holds a surrogate or a caseless partner.
    // A plain word is its own atom, asked without building it: a head word is looked up only
    // where TokenClass::DateHead, the filter the tokenizer asked, lets it through (a bit tested
    // at nearly every word), and four digits are a numeric word of four units. The two tests
    // are asked apart: no head word has a digit, but four digits may share a filter cell with
    // one ("1975" with "apr"), and are a year all the same.
    void findAnchors()
    {
        for (const Token *t = m_begin; t != m_end; ++t) {
            if (t->plain) { // (only a word is plain)
                if (t->classes & TokenClass::DateHead) {
                    if (const Head *head = m_heads.find(t->norm))
                        m_anchors.append({int(t - m_begin), 0, *head});
                }
                if (t->numeric && t->norm.size() == 4)
                    m_anchors.append({int(t - m_begin), 0, Head::None});
            } else if (!t->word) {
                m_surrogate = m_surrogate || m_sentence[t->start - m_sentenceStart].isSurrogate();
            } else {
                noteJoinedWordAnchors(*t);
            }
        }
    }

    // Fills m_atoms with the atoms from at least three before the anchor (where the sentence
    // has them) to at least one after it, the furthest any pattern looks, and returns the
    // anchor's index among them. Only the anchor's head is known: addCandidates() asks no other
    // atom's.
    qsizetype gatherAtomsAround(const Anchor &anchor)
    {
        // Back to the token from which the tokens before the anchor's hold three atoms (or to
        // the sentence's first), counting the atoms; then they are built forwards from it.
        const Token *const anchorToken = m_begin + anchor.token;
        const Token *first = anchorToken;
        for (int before = 0; first != m_begin && before < 3;) {
            --first;
            before += atomCount(*first);
        }
        m_atoms.clear();
        for (const Token *t = first; t != anchorToken; ++t)
            appendAtoms(*t, m_atoms);
        const qsizetype anchorIndex = m_atoms.size() + anchor.atom;
        appendAtoms(*anchorToken, m_atoms);
        const Token *next = m_begin + anchor.token + 1;
        for (; next != m_end && m_atoms.size() <= anchorIndex + 1; ++next)
            appendAtoms(*next, m_atoms);
        Atom &anchorAtom = m_atoms[anchorIndex];
        if (anchorAtom.digits == 0)
            anchorAtom.head = anchor.head;
        return anchorIndex;
    }

    // How many atoms appendAtoms() gives the token.
    int atomCount(const Token &t)
    {
        if (!t.word)
            return 0;
        if (t.plain)
            return 1;
        int runs = 0;
        forEachRun(t.start - m_sentenceStart, t.end - m_sentenceStart, [&](int, int) { ++runs; });
        return runs;
    }

    // The atoms of one token: none for a punctuation mark, the word itself for a plain word.
    void appendAtoms(const Token &t, Atoms &atoms)
    {
        const int start = t.start - m_sentenceStart;
        const int end = t.end - m_sentenceStart;
        if (!t.word)
            return;
        if (t.plain)
            appendAtom(atoms, start, end, t.norm, t.numeric ? end - start : leadingDigits(t.norm));
        else
            splitToken(atoms, start, end);
    }

    // An atom without its head (see gatherAtomsAround).
    static void appendAtom(Atoms &atoms, int start, int end, QStringView key, int digits)
    {
        Atom atom;
        atom.start = start;
        atom.end = end;
        atom.key = key;
        atom.digits = digits;
        atoms.append(atom);
    }

    // Calls onRun(runStart, runEnd) for each run of ASCII letters and digits in [start, end) of
    // the sentence (each an atom of a joined word such as "mid-March" or "Hay'at"), and notes a
    // caseless partner among the units between them.
    template <typename OnRun>
    void forEachRun(int start, int end, OnRun onRun)
    {
        const QStringView sentence = m_sentence;
        int k = start;
        while (k < end) {
            while (k < end && !isAsciiAlnum(sentence[k].unicode())) {
                m_caselessPartner = m_caselessPartner || sentence[k] == QChar(0x017F)
                    || sentence[k] == QChar(0x212A);
                ++k;
            }
            const int runStart = k;
            while (k < end && isAsciiAlnum(sentence[k].unicode()))
                ++k;
            if (k > runStart)
                onRun(runStart, k);
        }
    }

    // The anchors among a joined word's atoms, found without keeping their keys: a run that
    // starts with a letter is looked up through a small buffer in lower case (no head word is
    // as long as 16 units, HeadFilter's limit).
    void noteJoinedWordAnchors(const Token &t)
    {
        const int token = int(&t - m_begin);
        int atom = 0;
        forEachRun(t.start - m_sentenceStart, t.end - m_sentenceStart, [&](int start, int end) {
            const QStringView run = m_sentence.mid(start, end - start);
            bool anchor = false;
            Head head = Head::None;
            if (isAsciiDigit(run.front().unicode())) {
                anchor = run.size() == 4 && leadingDigits(run) == 4;
            } else if (run.size() < 16) {
                char16_t lower[16];
                for (qsizetype j = 0; j < run.size(); ++j)
                    lower[j] = asciiLower(run[j].unicode());
                head = headOf(QStringView(lower, run.size()));
                anchor = head != Head::None;
            }
            if (anchor)
                m_anchors.append({token, atom, head});
            ++atom;
        });
    }

    // A joined word's atoms, their keys in lower case at the run's offset in room kept once for
    // the whole word.
    void splitToken(Atoms &atoms, int start, int end)
    {
        char16_t *const keys = m_store.reserve(end - start);
        forEachRun(start, end, [&](int runStart, int runEnd) {
            char16_t *const key = keys + (runStart - start);
            for (int j = runStart; j < runEnd; ++j)
                key[j - runStart] = asciiLower(m_sentence[j].unicode());
            const QStringView keyView(key, runEnd - runStart);
            appendAtom(atoms, runStart, runEnd, keyView, leadingDigits(keyView));
        });
    }

    const Atom *atom(qsizetype i) const
    {
        return i >= 0 && i < m_atoms.size() ? &m_atoms[i] : nullptr;
    }
    bool keyIs(qsizetype i, std::initializer_list<RuleHelpers::Ascii> words) const
    {
        const Atom *a = atom(i);
        if (!a)
            return false;
        return std::any_of(words.begin(), words.end(),
                           [&](RuleHelpers::Ascii w) { return a->key == w; });
    }
    bool isFourDigits(qsizetype i) const
    {
        const Atom *a = atom(i);
        return a && a->digits == 4 && a->end - a->start == 4;
    }
    void add(Kind kind, qsizetype i) { m_candidates.append({kind, m_atoms[i].start}); }

    // A day number as DayMonth starts: one or two digits, then "st", "nd", "rd" or "th" or nothing.
    bool dayNumber(qsizetype i) const
    {
        const Atom *a = atom(i);
        if (!a || a->digits < 1 || a->digits > 2)
            return false;
        const QStringView rest = a->key.mid(a->digits);
        return rest.isEmpty() || rest == u"st" || rest == u"nd" || rest == u"rd" || rest == u"th";
    }

    void addCandidates(QStringView sentence, qsizetype i)
    {
        const Atom &a = m_atoms[i];
        if (isFourDigits(i)) {
            if (a.end < sentence.size() && sentence[a.end] == u'-')
                add(Kind::Iso, i);
            if (sentence[a.start] == u'1'
                    ? sentence[a.start + 1] == u'9'
                    : sentence[a.start] == u'2' && sentence[a.start + 1] == u'0')
                add(Kind::Year, i);
            return;
        }
        switch (a.head) {
        case Head::None:
            break;
        case Head::MonthName:
            // The month patterns spell months with a capital and the rest in lower case.
            if (char16_t(sentence[a.start].unicode() - u'A') < 26) {
                if (dayNumber(i + 1))
                    add(Kind::MonthDay, i);
                if (isFourDigits(i + 1))
                    add(Kind::MonthYear, i);
                if (dayNumber(i - 1))
                    add(Kind::DayMonth, i - 1);
                if (keyIs(i - 1, {"of"}) && dayNumber(i - 2))
                    add(Kind::DayMonth, i - 2);
                if (keyIs(i - 1, {"in", "since", "during", "until", "by", "early", "late",
                                  "mid", "from", "throughout", "of", "last", "this"}))
                    add(Kind::MonthAlone, i - 1);
            }
            break;
        case Head::Weekday:
            if (keyIs(i - 1, {"last", "this", "past", "on"}))
                add(Kind::Weekday, i - 1);
            add(Kind::Weekday, i);
            break;
        case Head::Yesterday:
            if (keyIs(i - 3, {"the"}) && keyIs(i - 2, {"day"}) && keyIs(i - 1, {"before"}))
                add(Kind::Yesterday, i - 3);
            add(Kind::Yesterday, i);
            break;
        case Head::Today:
            add(Kind::Today, i);
            break;
        case Head::Morning:
            if (keyIs(i - 1, {"this"}))
                add(Kind::Today, i - 1);
            break;
        case Head::Night:
            if (keyIs(i - 1, {"last"}))
                add(Kind::LastNight, i - 1);
            break;
        case Head::Week:
        case Head::MonthWord:
        case Head::YearWord: {
            const Kind thisKind = a.head == Head::Week ? Kind::ThisWeek
                : a.head == Head::MonthWord             ? Kind::ThisMonth
                                                        : Kind::ThisYear;
            const Kind lastKind = a.head == Head::Week ? Kind::LastWeek
                : a.head == Head::MonthWord             ? Kind::LastMonth
                                                        : Kind::LastYear;
            if (keyIs(i - 2, {"earlier"}) && keyIs(i - 1, {"this"}))
                add(thisKind, i - 2);
            if (keyIs(i - 1, {"this"}))
                add(thisKind, i - 1);
            if (keyIs(i - 1, {"last", "previous"})
                || (a.head == Head::Week && keyIs(i - 1, {"past"})))
                add(lastKind, i - 1);
            break;
        }
        case Head::Ago: {
            const Atom *count = atom(i - 2);
            const bool number = count && count->digits >= 1 && count->digits <= 2
                && count->end - count->start == count->digits;
            if (count && keyIs(i - 1, {"day", "days", "week", "weeks", "month", "months",
                                       "year", "years"})
                && (number
                    || keyIs(i - 2, {"a", "one", "two", "three", "four", "five", "six",
                                     "seven", "eight", "nine", "ten", "eleven", "twelve"})))
                add(Kind::Ago, i - 2);
            break;
        }
        }
    }

    static quint32 kindBit(Kind kind) { return 1u << int(kind); }

    const QStringView m_sentence;
    const int m_sentenceStart;
    const Token *const m_begin; // the sentence's words and punctuation
    const Token *const m_end;
    NormStore &m_store; // the lower-case keys of joined words' atoms
    const WordMap<Head> &m_heads;
    const HeadFilter &m_headFilter;

    bool m_surrogate = false;
    bool m_caselessPartner = false;
    quint32 m_kinds = 0; // the kinds of m_candidates, one bit each
    QVarLengthArray<Anchor, 8> m_anchors; // the atoms a date can be built around
    Atoms m_atoms; // the atoms around the anchor being looked at (see gatherAtomsAround)
    QVarLengthArray<Candidate, 8> m_candidates;
};

// The Year pattern, \b(19\d\d|20\d\d)\b(?![,.]\d)(?!-\d), read by hand at `start`: the
// commonest date of all, and a regular expression call cost more than reading four digits.
// Returns the end, or -1.
int yearAt(QStringView text, int start)
{
    const qsizetype n = text.size();
    if (start + 4 > n || (start > 0 && isRegexWordChar(text[start - 1].unicode())))
        return -1;
    const char16_t *const u = text.utf16() + start;
    const bool century = (u[0] == u'1' && u[1] == u'9') || (u[0] == u'2' && u[1] == u'0');
    if (!century || !isAsciiDigit(u[2]) || !isAsciiDigit(u[3]))
        return -1;
    const int end = start + 4;
    if (end < n) {
        const char16_t after = text[end].unicode();
        const bool digitNext = end + 1 < n && isAsciiDigit(text[end + 1].unicode());
        if (isRegexWordChar(after)
            || ((after == u',' || after == u'.' || after == u'-') && digitNext))
            return -1;
    }
    return end;
}

// The word after a number as ^\s+([\w'-]+) reads it (ASCII \s and \w), or an empty view.
QStringView wordAfter(QStringView text, int end)
{
    const qsizetype n = text.size();
    qsizetype k = end;
    while (k < n && isRegexSpace(text[k].unicode()))
        ++k;
    if (k == end)
        return {};
    const qsizetype wordStart = k;
    while (k < n && (isRegexWordChar(text[k].unicode()) || text[k] == u'\'' || text[k] == u'-'))
        ++k;
    return text.mid(wordStart, k - wordStart);
}

// Where a date's span starts when one of `modifiers` ends right before `start` ("early 2018",
// "mid-2019", "the end of 2020", "the past week"): at the modifier, if it begins a word;
// otherwise `start` itself. Case is ignored.
int startWithModifier(QStringView slice, int start, std::initializer_list<QStringView> modifiers)
{
    // Every modifier ends in a space or a hyphen after a lower-case letter: most dates have
    // neither before them and are answered here.
    if (start < 2 || (slice.at(start - 1) != u' ' && slice.at(start - 1) != u'-')
        || !slice.at(start - 2).isLower())
        return start;
    // A modifier whose last two units differ (case folded) from the two before the date
    // cannot compare equal: turned away without the full comparison. The modifiers are
    // written in lower case, which is their own folded form.
    const QChar separator = slice.at(start - 1);
    const QChar letter = slice.at(start - 2).toCaseFolded();
    for (const QStringView modifier : modifiers) {
        const int from = start - int(modifier.size());
        if (from < 0 || modifier.back() != separator || modifier.at(modifier.size() - 2) != letter
            || slice.mid(from, modifier.size()).compare(modifier, Qt::CaseInsensitive) != 0)
            continue;
        if (from == 0 || !slice.at(from - 1).isLetterOrNumber())
            return from;
    }
    return start;
}

// One match of a pattern: its span and its groups' spans, in the sentence.
struct PatternMatch
{
    int start = 0;
    int end = 0;
    std::array<QStringView, 4> groups; // 0: the whole match; empty where a group took no part
    std::array<int, 4> groupStart {};
    std::array<int, 4> groupEnd {};

    static PatternMatch from(const QRegularExpressionMatch &m)
    {
        PatternMatch p;
        p.start = int(m.capturedStart());
        p.end = int(m.capturedEnd());
        const int last = std::min(int(m.lastCapturedIndex()), 3);
        for (int g = 0; g <= last; ++g) {
            p.groups[std::size_t(g)] = m.capturedView(g);
            p.groupStart[std::size_t(g)] = int(m.capturedStart(g));
            p.groupEnd[std::size_t(g)] = int(m.capturedEnd(g));
        }
        return p;
    }

    // Sets group g (0 is the whole match) to [start, end) of the sentence; a group left unset
    // stays empty, as one that took no part in a regular expression's match.
    void set(QStringView text, int g, int start, int end)
    {
        groups[std::size_t(g)] = text.mid(start, end - start);
        groupStart[std::size_t(g)] = start;
        groupEnd[std::size_t(g)] = end;
        if (g == 0) {
            this->start = start;
            this->end = end;
        }
    }
};

// The four month patterns, the Weekday pattern and the year read by hand at a candidate,
// answering exactly what the regular expression anchored there answers in a sentence
// DateCandidates calls reliable and which holds no surrogate: the most frequent patterns, and a
// regular expression call cost several times what reading a few words does. Their \s and \w
// are ASCII (see isRegexWordChar), and a reliable sentence holds no character a caseless ASCII
// letter could match but the letter's own two cases. (Each reader was checked against its
// regular expression at every word start of 300,000 generated sentences of date words,
// digits, spaces, tabs, no-break spaces, points, commas, hyphens and underscores.)
//
// The month alternation is followed in every pattern by something a letter or digit cannot
// start (\s, (?!\w), ",?\s", (?![\w-])), so only a spelling that is the whole run of letters
// and digits can lead to a match (with its point, for the short forms); see monthEnds().
namespace ByHand {

bool wordCharAt(QStringView text, int k)
{
    return k < text.size() && isRegexWordChar(text[k].unicode());
}

// \b before a word character at p.
bool boundaryBefore(QStringView text, int p)
{
    return p == 0 || !isRegexWordChar(text[p - 1].unicode());
}

int skipSpaces(QStringView text, int k)
{
    while (k < text.size() && isRegexSpace(text[k].unicode()))
        ++k;
    return k;
}

int runEnd(QStringView text, int k, bool (*inRun)(char16_t))
{
    while (k < text.size() && inRun(text[k].unicode()))
        ++k;
    return k;
}

// Whether `word` is one of `lowerWords` in any case. The lists are static arrays at the
// callers: an initializer list was built on the stack at every call. Inline, so that the
// sizes, compared first, are known.
template <std::size_t N>
Q_ALWAYS_INLINE bool isOneOf(QStringView word, const RuleHelpers::Ascii (&lowerWords)[N])
{
    for (const RuleHelpers::Ascii w : lowerWords) {
        if (equalsIgnoringAsciiCase(word, w))
            return true;
    }
    return false;
}

// Where the month alternation (case sensitive) can end at p, in the order PCRE2 tries them:
// a full name, or a short form with its point and then without.
QVarLengthArray<int, 2> monthEnds(QStringView text, int p)
{
    using RuleHelpers::Ascii;
    static const Ascii fullNames[] = {"January", "February", "March",     "April",
                                      "May",     "June",     "July",      "August",
                                      "September", "October", "November", "December"};
    static const Ascii shortForms[] = {"Jan", "Feb", "Mar", "Apr", "Jun",  "Jul",
                                       "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
    QVarLengthArray<int, 2> ends;
    const int end = runEnd(text, p, isAsciiAlnum);
    const QStringView word = text.mid(p, end - p);
    for (const Ascii name : fullNames) {
        if (word == name) {
            ends.append(end);
            return ends;
        }
    }
    for (const Ascii form : shortForms) {
        if (word == form) {
            if (end < text.size() && text[end] == u'.')
                ends.append(end + 1);
            ends.append(end);
            return ends;
        }
    }
    return ends;
}

// (\d{1,2}) at p: the end of its digits, or -1 where there are none or more than two.
int dayDigitsEnd(QStringView text, int p)
{
    const int end = runEnd(text, p, isAsciiDigit);
    return end > p && end - p <= 2 ? end : -1;
}

bool ordinalSuffixAt(QStringView text, int k)
{
    const QStringView two = text.mid(k, 2);
    using RuleHelpers::Ascii;
    return two == Ascii("st") || two == Ascii("nd") || two == Ascii("rd") || two == Ascii("th");
}

// The optional year (?:,?\s+(\d{4})\b)? after a date at k: the year's start, or -1.
int yearAfter(QStringView text, int k)
{
    if (k < text.size() && text[k] == u',')
        ++k;
    const int digits = skipSpaces(text, k);
    if (digits == k || runEnd(text, digits, isAsciiDigit) != digits + 4
        || wordCharAt(text, digits + 4))
        return -1;
    return digits;
}

// Sets groups 0 and yearGroup for a date ending at `end`, with the optional year after it.
void finishWithYear(QStringView text, int start, int end, int yearGroup, PatternMatch &m)
{
    const int year = yearAfter(text, end);
    if (year >= 0) {
        m.set(text, yearGroup, year, year + 4);
        end = year + 4;
    }
    m.set(text, 0, start, end);
}

// \bMONTH\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?
bool monthDay(QStringView text, int p, PatternMatch &m)
{
    if (!boundaryBefore(text, p))
        return false;
    for (const int monthEnd : monthEnds(text, p)) {
        const int day = skipSpaces(text, monthEnd);
        const int dayEnd = day > monthEnd ? dayDigitsEnd(text, day) : -1;
        if (dayEnd < 0)
            continue;
        int end = dayEnd;
        if (ordinalSuffixAt(text, dayEnd) && !wordCharAt(text, dayEnd + 2))
            end = dayEnd + 2;
        else if (wordCharAt(text, dayEnd))
            continue;
        m.set(text, 1, p, monthEnd);
        m.set(text, 2, day, dayEnd);
        finishWithYear(text, p, end, 3, m);
        return true;
    }
    return false;
}

// \b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?MONTH(?!\w)(?:,?\s+(\d{4})\b)?
bool dayMonth(QStringView text, int p, PatternMatch &m)
{
    const int dayEnd = boundaryBefore(text, p) ? dayDigitsEnd(text, p) : -1;
    if (dayEnd < 0)
        return false;
    const int afterDay = ordinalSuffixAt(text, dayEnd) ? dayEnd + 2 : dayEnd;
    int month = skipSpaces(text, afterDay);
    if (month == afterDay)
        return false;
    // "of" is only ever followed by the month here: without it, the month would have to
    // start with "of".
    if (text.mid(month, 2) == u"of" && month + 2 < text.size()
        && isRegexSpace(text[month + 2].unicode()))
        month = skipSpaces(text, month + 2);
    for (const int monthEnd : monthEnds(text, month)) {
        if (wordCharAt(text, monthEnd))
            continue;
        m.set(text, 1, p, dayEnd);
        m.set(text, 2, month, monthEnd);
        finishWithYear(text, p, monthEnd, 3, m);
        return true;
    }
    return false;
}

// \bMONTH,?\s+(\d{4})\b
bool monthYear(QStringView text, int p, PatternMatch &m)
{
    if (!boundaryBefore(text, p))
        return false;
    for (const int monthEnd : monthEnds(text, p)) {
        const int year = yearAfter(text, monthEnd);
        if (year < 0)
            continue;
        m.set(text, 1, p, monthEnd);
        m.set(text, 2, year, year + 4);
        m.set(text, 0, p, year + 4);
        return true;
    }
    return false;
}

// \b(?i:in|since|...|this)[ -]MONTH(?![\w-])
bool monthAlone(QStringView text, int p, PatternMatch &m)
{
    static constexpr RuleHelpers::Ascii cues[] = {"in",  "since", "during", "until", "by",
                                                  "early", "late", "mid", "from", "throughout",
                                                  "of",  "last", "this"};
    const int cueEnd = runEnd(text, p, isAsciiAlnum);
    if (!boundaryBefore(text, p) || cueEnd >= text.size()
        || (text[cueEnd] != u' ' && text[cueEnd] != u'-')
        || !isOneOf(text.mid(p, cueEnd - p), cues))
        return false;
    for (const int monthEnd : monthEnds(text, cueEnd + 1)) {
        if (wordCharAt(text, monthEnd) || (monthEnd < text.size() && text[monthEnd] == u'-'))
            continue;
        m.set(text, 1, cueEnd + 1, monthEnd);
        m.set(text, 0, p, monthEnd);
        return true;
    }
    return false;
}

// The caseless (Monday|...|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b at p, where
// the run of letters and digits from p ends at dayEnd: the match's end, or -1.
int weekdayEnd(QStringView text, int p, int dayEnd)
{
    static constexpr RuleHelpers::Ascii days[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};
    static constexpr RuleHelpers::Ascii times[] = {"morning", "afternoon", "evening", "night"};
    if (!isOneOf(text.mid(p, dayEnd - p), days))
        return -1;
    const int time = skipSpaces(text, dayEnd);
    if (time > dayEnd) {
        const int timeEnd = runEnd(text, time, isAsciiAlnum);
        if (isOneOf(text.mid(time, timeEnd - time), times) && !wordCharAt(text, timeEnd))
            return timeEnd;
    }
    return wordCharAt(text, dayEnd) ? -1 : dayEnd;
}

// \b(?:(last|this|past|on)\s+)?WEEKDAY, caseless.
bool weekday(QStringView text, int p, PatternMatch &m)
{
    static constexpr RuleHelpers::Ascii qualifiers[] = {"last", "this", "past", "on"};
    if (!boundaryBefore(text, p))
        return false;
    const int qualifierEnd = runEnd(text, p, isAsciiAlnum);
    const int day = skipSpaces(text, qualifierEnd);
    if (day > qualifierEnd && isOneOf(text.mid(p, qualifierEnd - p), qualifiers)) {
        const int dayEnd = runEnd(text, day, isAsciiAlnum);
        const int end = weekdayEnd(text, day, dayEnd);
        if (end >= 0) {
            m.set(text, 1, p, qualifierEnd);
            m.set(text, 2, day, dayEnd);
            m.set(text, 0, p, end);
            return true;
        }
    }
    // Without a qualifier, the run read first is the day's name.
    const int end = weekdayEnd(text, p, qualifierEnd);
    if (end < 0)
        return false;
    m.groups[1] = QStringView();
    m.groupStart[1] = m.groupEnd[1] = -1;
    m.set(text, 2, p, qualifierEnd);
    m.set(text, 0, p, end);
    return true;
}

// The year pattern (see yearAt).
bool year(QStringView text, int p, PatternMatch &m)
{
    const int end = yearAt(text, p);
    if (end < 0)
        return false;
    m.set(text, 1, p, end);
    m.set(text, 0, p, end);
    return true;
}

// The reader of a pattern, or nullptr where the regular expression is asked.
using Reader = bool (*)(QStringView, int, PatternMatch &);
Reader readerFor(Kind kind)
{
    switch (kind) {
    case Kind::MonthDay:
        return monthDay;
    case Kind::DayMonth:
        return dayMonth;
    case Kind::MonthYear:
        return monthYear;
    case Kind::MonthAlone:
        return monthAlone;
    case Kind::Weekday:
        return weekday;
    case Kind::Year:
        return year;
    default:
        return nullptr;
    }
}

} // namespace ByHand

} // namespace

QString DateRule::isoFor(const QDate &date, DatePrecision precision)
{
    if (!date.isValid())
        return {};
    // Years of four digits (all the rules make) are written by hand: QDate::toString parses
    // its format on every call, and every date the rules find passes through here.
    // Each of QDate's year(), month() and day() converts the Julian day anew: once here.
    int yearNumber = 0;
    int month = 0;
    int day = 0;
    date.getDate(&yearNumber, &month, &day);
    const bool fourDigits = yearNumber >= 1000 && yearNumber <= 9999;
    auto isoDigits = [&](bool withDay) {
        char16_t out[10];
        int year = yearNumber;
        for (int k = 3; k >= 0; --k, year /= 10)
            out[k] = char16_t(u'0' + year % 10);
        out[4] = u'-';
        out[5] = char16_t(u'0' + month / 10);
        out[6] = char16_t(u'0' + month % 10);
        out[7] = u'-';
        out[8] = char16_t(u'0' + day / 10);
        out[9] = char16_t(u'0' + day % 10);
        return QString(reinterpret_cast<const QChar *>(out), withDay ? 10 : 7);
    };
    switch (precision) {
    case DatePrecision::Day:
        if (fourDigits)
            return isoDigits(true);
        return date.toString(Qt::ISODate);
    case DatePrecision::Week: {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return QStringLiteral("%1-W%2").arg(weekYear).arg(week, 2, 10, QChar(u'0'));
    }
    case DatePrecision::Month:
        if (fourDigits)
            return isoDigits(false);
        return date.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Year:
        return QString::number(yearNumber);
    }
    return {};
}

int DateRule::timePrecision(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return 1;
    case DatePrecision::Week:
        return 2;
    case DatePrecision::Month:
    case DatePrecision::Year:
        return 3;
    }
    return 0;
}

QStringList DateRule::headWords()
{
    QStringList words;
    for (const QString &word : heads().words())
        words.append(word);
    return words;
}

QList<DateMatch> DateRule::find(const RuleDocument &document)
{
    const QDate published = document.published();
    const QStringView text = document.text();
    QList<DateMatch> found;
    // Room for the dates of most articles at once: growing the list from empty moved its dates
    // to a new block four or five times.
    found.reserve(16);
    const QList<EntityHit> &entities = document.entities();
    // A date lies inside its sentence, and sentences do not overlap: only dates of the same
    // sentence (from sentenceFound on) can overlap a new one. Entities are sorted and do not
    // overlap: only the last one starting before `end` can.
    qsizetype sentenceFound = 0;
    auto taken = [&](int start, int end) {
        for (qsizetype i = sentenceFound; i < found.size(); ++i) {
            if (start < found[i].end && found[i].start < end)
                return true;
        }
        const auto after = std::lower_bound(entities.cbegin(), entities.cend(), end,
                                            [](const EntityHit &e, int p) { return e.start < p; });
        return after != entities.cbegin() && start < (after - 1)->end;
    };

    NormStore store; // the lower-case forms of atoms inside joined words ("mid-March")
    for (int index = 0; index < document.sentences().size(); ++index) {
        const Sentence &sentence = document.sentences()[index];
        sentenceFound = found.size();
        const QStringView slice = text.mid(sentence.start, sentence.end - sentence.start);
        auto [wordsBegin, wordsEnd] = document.sentenceWords(index);
        Tokenizer::Tokens ownWords;
        if (!wordsBegin) {
            ownWords = Tokenizer::tokenize(slice, sentence.start);
            wordsBegin = ownWords.tokens.constData();
            wordsEnd = wordsBegin + ownWords.tokens.size();
        }
        const DateCandidates candidates(slice, sentence.start, wordsBegin, wordsEnd, store);
        if (candidates.reliable() && candidates.isEmpty())
            continue;
        // PCRE2 checks that the subject is valid UTF-16 on every call, which cost as much as
        // the matching; a sentence without surrogates cannot be invalid, so the check is left
        // out there. With surrogates it stays, so that a broken pair fails to match as before.
        const auto options = candidates.mayBeInvalid()
            ? QRegularExpression::NoMatchOption
            : QRegularExpression::DontCheckSubjectStringMatchOption;

        for (const Pattern &pattern : patterns()) {
            if (candidates.reliable() && !candidates.has(pattern.kind))
                continue;
            // One match of the pattern in the sentence (positions in `slice`).
            auto consider = [&](const PatternMatch &m) {
                DateMatch d;
                d.start = sentence.start + m.start;
                d.end = sentence.start + m.end;
                d.origin = pattern.origin;
                // Prepositions are not part of a date ("on Sunday" -> "Sunday", "in April"
                // -> "April"); modifiers that narrow it are ("late April", "last Tuesday").
                if (pattern.kind == Kind::MonthAlone) {
                    const QStringView cue = slice.mid(m.start, 5);
                    const bool narrows = cue.startsWith(u"early", Qt::CaseInsensitive)
                        || cue.startsWith(u"late", Qt::CaseInsensitive)
                        || cue.startsWith(u"mid", Qt::CaseInsensitive)
                        || cue.startsWith(u"last", Qt::CaseInsensitive)
                        || cue.startsWith(u"this", Qt::CaseInsensitive);
                    if (!narrows)
                        d.start = sentence.start + m.groupStart[1];
                } else if (pattern.kind == Kind::Weekday) {
                    // Times of day are no part of a date ("Sunday" in "on Sunday evening").
                    d.end = sentence.start + m.groupEnd[2];
                    // (Strings of other lengths never compare equal: the sizes are asked first.)
                    if (m.groups[1].size() == 2
                        && m.groups[1].compare(u"on", Qt::CaseInsensitive) == 0) {
                        int dayStart = m.groupEnd[1];
                        while (dayStart < slice.size() && slice.at(dayStart).isSpace())
                            ++dayStart;
                        d.start = sentence.start + dayStart;
                    }
                } else if (pattern.kind == Kind::Year) {
                    // Words that narrow the year belong to the date: "early 2018", "the end of
                    // 2020" (the canonical stays the year).
                    d.start = sentence.start
                        + startWithModifier(slice, m.start,
                                            {u"early ", u"late ", u"mid-", u"mid ", u"the end of ",
                                             u"the beginning of ", u"the start of ",
                                             u"the middle of ", u"the spring of ",
                                             u"the summer of ", u"the autumn of ",
                                             u"the winter of ", u"the fall of "});
                } else if (pattern.kind == Kind::LastWeek || pattern.kind == Kind::LastMonth
                           || pattern.kind == Kind::LastYear) {
                    d.start = sentence.start + startWithModifier(slice, m.start, {u"the "});
                }
                if (taken(d.start, d.end))
                    return;
                bool resolvable = published.isValid();
                switch (pattern.kind) {
                case Kind::Iso:
                    d.date = QDate(m.groups[1].toInt(), m.groups[2].toInt(), m.groups[3].toInt());
                    if (!d.date.isValid())
                        return;
                    break;
                case Kind::MonthDay:
                case Kind::DayMonth: {
                    const bool md = pattern.kind == Kind::MonthDay;
                    const int month = monthNumber(m.groups[md ? 1 : 2]);
                    const int day = m.groups[md ? 2 : 1].toInt();
                    if (day < 1 || day > 31)
                        return;
                    if (!m.groups[3].isEmpty()) {
                        d.date = QDate(m.groups[3].toInt(), month, day);
                    } else if (resolvable) {
                        d.date = QDate(yearFor(month, day, published), month, day);
                        d.confidence = 0.85;
                    } else {
                        d.canonical = QStringLiteral("--%1-%2")
                                          .arg(month, 2, 10, QChar(u'0'))
                                          .arg(day, 2, 10, QChar(u'0'));
                        d.confidence = 0.7;
                    }
                    if (d.canonical.isEmpty() && !d.date.isValid())
                        return;
                    break;
                }
                case Kind::MonthYear:
                    d.date = QDate(m.groups[2].toInt(), monthNumber(m.groups[1]), 1);
                    d.precision = DatePrecision::Month;
                    break;
                case Kind::MonthAlone: {
                    const int month = monthNumber(m.groups[1]);
                    d.precision = DatePrecision::Month;
                    d.confidence = 0.75;
                    if (resolvable)
                        d.date = QDate(yearFor(month, 1, published), month, 1);
                    break;
                }
                case Kind::Weekday: {
                    const QStringView qualifier = m.groups[1];
                    if (resolvable) {
                        const int wanted = weekdayNumber(m.groups[2]);
                        int back = (published.dayOfWeek() - wanted + 7) % 7;
                        if (back == 0 && qualifier.size() == 4
                            && qualifier.compare(u"last", Qt::CaseInsensitive) == 0)
                            back = 7;
                        d.date = published.addDays(-back);
                        d.confidence = 0.8;
                    }
                    break;
                }
                case Kind::Yesterday:
                    if (resolvable)
                        d.date = published.addDays(m.groups[0].size() > 10 ? -2 : -1);
                    break;
                case Kind::Today:
                    d.date = published;
                    break;
                case Kind::LastNight:
                    if (resolvable)
                        d.date = published.addDays(-1);
                    break;
                case Kind::ThisWeek:
                    d.date = published;
                    d.precision = DatePrecision::Week;
                    break;
                case Kind::LastWeek:
                    if (resolvable)
                        d.date = published.addDays(-7);
                    d.precision = DatePrecision::Week;
                    break;
                case Kind::ThisMonth:
                    if (resolvable)
                        d.date = QDate(published.year(), published.month(), 1);
                    d.precision = DatePrecision::Month;
                    break;
                case Kind::LastMonth:
                    if (resolvable)
                        d.date = QDate(published.year(), published.month(), 1).addMonths(-1);
                    d.precision = DatePrecision::Month;
                    break;
                case Kind::ThisYear:
                    if (resolvable)
                        d.date = QDate(published.year(), 1, 1);
                    d.precision = DatePrecision::Year;
                    break;
                case Kind::LastYear:
                    if (resolvable)
                        d.date = QDate(published.year() - 1, 1, 1);
                    d.precision = DatePrecision::Year;
                    break;
                case Kind::Ago: {
                    const int n = smallCount(m.groups[1]);
                    const QStringView unit = m.groups[2];
                    if (unit.startsWith(u"day", Qt::CaseInsensitive)) {
                        d.date = published.addDays(-n);
                    } else if (unit.startsWith(u"week", Qt::CaseInsensitive)) {
                        d.date = published.addDays(-7 * n);
                        d.precision = DatePrecision::Week;
                    } else if (unit.startsWith(u"month", Qt::CaseInsensitive)) {
                        d.date = published.addMonths(-n);
                        d.precision = DatePrecision::Month;
                    } else {
                        d.date = published.addYears(-n);
                        d.precision = DatePrecision::Year;
                    }
                    if (!resolvable)
                        d.date = QDate();
                    break;
                }
                case Kind::Year: {
                    // A four-digit number followed by people is a count, not a year.
                    const QStringView next = wordAfter(slice, m.end);
                    if (!next.isEmpty() && NumberReader::isPeopleNoun(next.toString().toLower()))
                        return;
                    d.date = QDate(m.groups[1].toInt(), 1, 1);
                    d.precision = DatePrecision::Year;
                    d.confidence = 0.8;
                    break;
                }
                }
                if (d.canonical.isEmpty()) {
                    if (d.date.isValid()) {
                        d.canonical = isoFor(d.date, d.precision);
                    } else {
                        d.canonical = document.surface(d.start, d.end);
                        d.confidence = 0.4;
                    }
                }
                found.append(std::move(d));
            };
            if (!candidates.reliable()) {
                auto it = pattern.re.globalMatch(slice, 0, QRegularExpression::NormalMatch,
                                                 options);
                while (it.hasNext())
                    consider(PatternMatch::from(it.next()));
                continue;
            }
            // The year is read by hand in every sentence (a sentence that is not valid UTF-16
            // finds its years, as it always has); the others only where PCRE2 would not first
            // have refused the sentence.
            const ByHand::Reader reader = pattern.kind == Kind::Year || !candidates.mayBeInvalid()
                ? ByHand::readerFor(pattern.kind)
                : nullptr;
            qsizetype resumeAt = 0; // the end of the pattern's last match in the sentence
            for (const Candidate &candidate : candidates.starts(pattern.kind)) {
                const int start = candidate.second;
                if (start < resumeAt)
                    continue;
                PatternMatch match;
                if (reader) {
                    if (!reader(slice, start, match))
                        continue;
                } else {
                    const QRegularExpressionMatch m = pattern.re.match(
                        slice, start, QRegularExpression::NormalMatch,
                        options | QRegularExpression::AnchorAtOffsetMatchOption);
                    if (!m.hasMatch())
                        continue;
                    match = PatternMatch::from(m);
                }
                resumeAt = match.end;
                consider(match);
            }
        }
    }
    std::sort(found.begin(), found.end(),
              [](const DateMatch &a, const DateMatch &b) { return a.start < b.start; });
    return found;
}

Mention DateRule::toMention(const DateMatch &match, const RuleDocument &document)
{
    Mention mention;
    mention.start = match.start;
    mention.end = match.end;
    mention.text = document.surface(match.start, match.end);
    mention.type = EntityType::Date;
    mention.canonical = match.canonical;
    mention.provenance.status = Status::Proposed;
    mention.provenance.origin = match.origin;
    mention.provenance.confidence = match.confidence;
    return mention;
}
