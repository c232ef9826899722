#include "core/detect/rules/eventbuilder.h"

#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/unidentifiedgrouprule.h"
#include "core/detect/rules/wordset.h"

#include <QLocale>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

using RuleHelpers::Ascii;

namespace {

enum class Remote { None, Air, Shelling, Explosive, Suicide };

// The builder's word lists, one bit each in eventWords(). The filter of WordClasses tells
// apart bits 0-7 only (bit 8 + i shares with bit i): the lists of common words (blocking
// words, "near") keep bits of their own, and two rare lists share with the weapon words.
enum EventWord : quint16 {
    // The incident vocabulary: attack, clash and strike verbs and nouns.
    Attack = 1u << 0,
    // Strikes from the air.
    AirWord = 1u << 1,
    // Shelling, rockets and missiles.
    ShellingWord = 1u << 2,
    // Mines and bombs.
    ExplosiveWord = 1u << 3,
    // "suicide"
    SuicideWord = 1u << 4,
    // Nouns after "the" that refer back to the incident already told ("the attack").
    IncidentNoun = 1u << 5,
    // Words before an actor that make it the target, not the subject ("against X").
    BlockingBefore = 1u << 6,
    // Cues of a place near a town: "near", "outskirts", "east of".
    Near = 1u << 7,
    // A fight on the ground, as opposed to a strike from afar. "raid" is not one: air raids.
    GroundAssault = 1u << 12,
    // A place named as a region: "Idlib countryside", "Raqqa province".
    Region = 1u << 13,
    // Every word that makes a token count for the event's type and actors.
    EventMask = Attack | AirWord | ShellingWord | ExplosiveWord | SuicideWord | GroundAssault,
};

// One of the builder's word lists: its words (UTF-8, lower case; the incident lists ASCII,
// see IncidentWordTable) and its bit.
struct EventWordList
{
    std::vector<const char *> words;
    quint16 bit;
};

const std::vector<EventWordList> &eventWordLists()
{
    static const std::vector<EventWordList> lists = {
        {{"attacked", "attack", "stormed", "raided", "raid", "ambushed", "ambush", "clashed",
          "clashes", "clash", "fought", "shelled", "shelling", "bombed", "struck", "targeted",
          "airstrike", "air-strike", "strike", "explosion", "blast", "exploded", "detonated",
          "assaulted", "assault", "overran", "besieged", "firefight", "skirmish", "bombardment"},
         Attack},
        {{"airstrike", "airstrikes", "air-strike", "air-strikes", "drone", "drones", "warplanes",
          "warplane", "jets", "aircraft", "helicopter", "helicopters", "air", "bombed",
          "airplanes", "planes"},
         AirWord},
        {{"shelled", "shelling", "artillery", "mortar", "mortars", "rocket", "rockets", "missile",
          "missiles", "shells", "bombardment"},
         ShellingWord},
        {{"ied", "ieds", "landmine", "landmines", "mine", "explosive", "explosives", "detonated",
          "exploded", "vbied", "roadside", "booby-trapped", "car-bomb"},
         ExplosiveWord},
        {{"suicide"}, SuicideWord},
        {{"stormed", "storming", "ambushed", "ambush", "overran", "overrun", "assaulted",
          "assault", "clashed", "clashes", "clash", "fought", "firefight", "skirmish"},
         GroundAssault},
        {{"attack", "ambush", "raid", "strike", "assault", "explosion", "blast", "bombing",
          "shelling", "clashes", "clash", "fighting", "massacre", "assassination", "firefight",
          "incident", "counter-attack", "counterattack", "airstrike", "air-strike"},
         IncidentNoun},
        {{"against", "on", "with", "at", "to", "toward", "towards", "targeting", "near", "from",
          "between", "and", "by"},
         BlockingBefore},
        {{"countryside", "province", "governorate", "region", "district", "state", "area",
          "countrysides", "desert", "plains"},
         Region},
        {{"near", "outskirts", "vicinity", "outside", "close", "around", "nearby", "km",
          "kilometres", "kilometers", "miles", "east", "west", "north", "south", "northeast",
          "northwest", "southeast", "southwest"},
         Near}};
    return lists;
}

const WordClasses<quint16> &eventWords()
{
    static const auto words = WordClasses<quint16>::fromLists(eventWordLists());
    return words;
}

// The EventMask bits of a word for the pass over every token of an incident sentence: inCell()
// gives exactly eventWords().of(word, EventMask). The words of those lists are few and shorter
// than 16 units, so they are kept in cells by the low five bits of their first unit and their
// length, and a word is compared unit by unit with the words of its cell only (an upper-case or
// longer word shares a cell, and is told apart by the comparison). The callers ask it only of
// the tokens that TokenClass::Incident, the filter the tokenizer asked, lets through. (The
// filter and hash of WordClasses cost several times as much for a word of the lists.)
class IncidentWordTable
{
public:
    IncidentWordTable()
    {
        for (const EventWordList &list : eventWordLists()) {
            if (!(list.bit & EventMask))
                continue;
            for (const char *word : list.words) {
                // A longer word would share the cell of a shorter one, and be turned away.
                if (std::strlen(word) - 1 >= std::size_t(MaxLength - 1))
                    qFatal("IncidentWordTable: \"%s\" is no word shorter than 16 units", word);
                // Entries are compared byte by byte with UTF-16 units: a word's UTF-8 bytes of
                // 0x80 or more would never match its text ("frappé"), where eventWords() would.
                const auto isAscii = [](char c) { return uchar(c) < 0x80; };
                if (!std::all_of(word, word + std::strlen(word), isAscii))
                    qFatal("IncidentWordTable: \"%s\" is not ASCII", word);
                add(QLatin1String(word), list.bit);
            }
        }
        // A cell's first entry and count are eight bits: more entries would wrap them.
        if (m_entries.size() > std::numeric_limits<quint8>::max())
            qFatal("IncidentWordTable: %zu words, more than a cell's range can hold (255)",
                   m_entries.size());
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
            return cellOf(a.word.front().unicode(), a.word.size())
                < cellOf(b.word.front().unicode(), b.word.size());
        });
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            const QLatin1String word = m_entries[i].word;
            const std::size_t c = cellOf(word.front().unicode(), word.size());
            Range &range = m_ranges[c];
            if (range.count == 0)
                range.first = quint8(i);
            ++range.count;
        }
    }

    // The word's bits (none for a word of no list), for a word of one unit or more. Out of
    // line: the callers' loop stays small, and few words get here.
    Q_NEVER_INLINE quint16 inCell(QStringView word) const
    {
        const char16_t *units = word.utf16();
        const Range &range = m_ranges[cellOf(units[0], word.size())];
        for (int i = range.first; i < range.first + range.count; ++i) {
            const Entry &entry = m_entries[std::size_t(i)];
            if (entry.word.size() != word.size())
                continue; // a word of 16 units or more
            qsizetype k = 0;
            while (k < word.size() && units[k] == char16_t(uchar(entry.word.data()[k])))
                ++k;
            if (k == word.size())
                return entry.bits;
        }
        return 0;
    }

private:
    static constexpr qsizetype MaxLength = 16; // every word of the lists is shorter

    struct Entry
    {
        QLatin1String word;
        quint16 bits;
    };
    // The entries of one cell: m_entries[first, first + count).
    struct Range
    {
        quint8 first = 0;
        quint8 count = 0;
    };

    // The cell of a word by its first unit and its length, each cut to its low bits.
    static std::size_t cellOf(char16_t first, qsizetype length)
    {
        return (std::size_t(first) & 31u) * MaxLength + (std::size_t(length) & (MaxLength - 1));
    }

    // A word in several lists gets the bits of all of them.
    void add(QLatin1String word, quint16 bit)
    {
        for (Entry &entry : m_entries) {
            if (entry.word == word) {
                entry.bits |= bit;
                return;
            }
        }
        m_entries.push_back({word, bit});
    }

    std::vector<Entry> m_entries; // sorted by cell
    Range m_ranges[32 * MaxLength];
};

const IncidentWordTable &incidentWords()
{
    static const IncidentWordTable table;
    return table;
}

// The weapon a word names: "suicide" first, then air, shelling and explosive words, as a word
// may be in two lists ("bombed", "bombardment", "detonated").
Remote remoteKind(quint16 bits)
{
    if (bits & SuicideWord)
        return Remote::Suicide;
    if (bits & AirWord)
        return Remote::Air;
    if (bits & ShellingWord)
        return Remote::Shelling;
    if (bits & ExplosiveWord)
        return Remote::Explosive;
    return Remote::None;
}

// Words that end the noun phrase after an attack verb: a comma, a full stop, a preposition,
// "and", "killing". Asked of a dozen words after every attack word, and "and" or "in" are
// among the commonest: told apart by their length and units, with no hashing.
bool endsPhrase(QStringView w)
{
    switch (w.size()) {
    case 1:
        return w == Ascii(",") || w == Ascii(".");
    case 2:
        return w == Ascii("in") || w == Ascii("at") || w == Ascii("on");
    case 3:
        return w == Ascii("and");
    case 4:
        return w == Ascii("near");
    case 6:
        return w == Ascii("during");
    case 7:
        return w == Ascii("killing");
    default:
        return false;
    }
}

// Text written piece by piece into one buffer of UTF-16 units and made a QString once: each
// QString::append of a short piece is a call that checks for room and converts, and a note is
// some fifteen pieces.
class TextBuffer
{
public:
    TextBuffer &operator<<(QLatin1String latin)
    {
        for (const char c : latin)
            m_units.append(char16_t(uchar(c)));
        return *this;
    }
    TextBuffer &operator<<(QStringView text)
    {
        m_units.append(text.utf16(), text.size());
        return *this;
    }
    TextBuffer &operator<<(char16_t unit)
    {
        m_units.append(unit);
        return *this;
    }
    // The number in decimal, as QString::number writes it.
    TextBuffer &operator<<(qint64 number)
    {
        char16_t digits[24];
        int k = 24;
        quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
        do {
            digits[--k] = char16_t(u'0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude);
        if (number < 0)
            digits[--k] = u'-';
        return *this << QStringView(digits + k, 24 - k);
    }
    // Upper-cases the first unit when it is a lower-case letter.
    void capitaliseLowerFirst()
    {
        if (!m_units.isEmpty() && QChar(m_units[0]).isLower())
            m_units[0] = QChar(m_units[0]).toUpper().unicode();
    }
    QString toString() const
    {
        return QString(reinterpret_cast<const QChar *>(m_units.constData()), m_units.size());
    }

private:
    QVarLengthArray<char16_t, 256> m_units;
};

// Appends "22 March 2019" (or "March 2019" without the day), as QLocale(English) writes
// "d MMMM yyyy"; by hand for four-digit years, as the locale parses its format on every call.
void appendEnglishDate(TextBuffer &out, const QDate &date, bool withDay)
{
    static const char *const months[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999) {
        static const QLocale english(QLocale::English);
        out << english.toString(
            date, withDay ? QStringLiteral("d MMMM yyyy") : QStringLiteral("MMMM yyyy"));
        return;
    }
    if (withDay)
        out << qint64(day) << u' ';
    out << QLatin1String(months[month - 1]) << u' ' << qint64(year);
}

// A few names, as the sides of an incident hold.
using Names = QVarLengthArray<QString, 4>;

// The killed figures a note adds up, in the order of the figures.
using KilledParts = QVarLengthArray<qint64, 8>;

// Indexes of sentences, and days: an article has a handful of incidents of a few sentences
// each, so these lists are kept inline (growing a QList cost an allocation every few appends).
using SentenceIndexes = QVarLengthArray<int, 16>;
using Days = QVarLengthArray<QDate, 8>;

// The sentences telling one incident, as the builder groups them.
struct Group
{
    SentenceIndexes sentences;
    int lastParagraph = -1;
    Days days; // the days its sentences name
};

class Builder
{
public:
    Builder(const RuleDocument &document, const QList<CasualtyFigure> &figures,
            const QList<Affiliation> &affiliations, const QList<DateMatch> &dates)
        : m_doc(document)
        , m_tokens(document.tokens())
        , m_words(eventWords())
        , m_incidentWords(incidentWords())
        , m_figures(figures)
        , m_affiliations(affiliations)
        , m_dates(dates)
        // ACLED names civilians with the article's country where it has one.
        , m_civilians(document.homeState().isEmpty()
                          ? QStringLiteral("Civilians")
                          : QStringLiteral("Civilians (") + document.homeState() + u')')
    {
    }

    QList<Event> run()
    {
        const QList<Sentence> &sentences = m_doc.sentences();
        const qsizetype sentenceCount = sentences.size();
        m_hasEventFigures.assign(std::size_t(sentenceCount), false);
        std::vector<int> figureSentences(std::size_t(m_figures.size()));
        for (int i = 0; i < m_figures.size(); ++i) {
            const int sentence = sentenceOf(m_figures[i].start);
            figureSentences[std::size_t(i)] = sentence;
            if (sentence >= 0 && m_figures[i].scope == Scope::Event)
                m_hasEventFigures[std::size_t(sentence)] = true;
        }
        m_figuresBySentence.fill(figureSentences, sentenceCount);
        std::vector<int> dateSentences(std::size_t(m_dates.size()));
        for (int i = 0; i < m_dates.size(); ++i)
            dateSentences[std::size_t(i)] = sentenceOf(m_dates[i].start);
        m_datesBySentence.fill(dateSentences, sentenceCount);
        for (int i = 0; i < m_affiliations.size(); ++i) {
            const Affiliation &a = m_affiliations[i];
            if (a.relation == Relation::PartOf && !a.former)
                m_partOfByActor[a.actor].append(i);
        }
        QList<Group> groups;
        groups.reserve(sentenceCount); // at most one per sentence: never moved as it grows
        Group current;
        int lastParagraphSeen = -1;
        bool paragraphHasIncident = false;
        auto close = [&]() {
            if (!current.sentences.isEmpty())
                groups.append(std::move(current));
            current = Group();
        };
        for (int s = 0; s < sentenceCount; ++s) {
            const int paragraph = sentences[s].paragraph;
            if (paragraph != lastParagraphSeen) {
                // A whole paragraph without incidents ends the event before it.
                if (lastParagraphSeen >= 0 && !paragraphHasIncident)
                    close();
                lastParagraphSeen = paragraph;
                paragraphHasIncident = false;
            }
            if (!isIncident(s))
                continue;
            paragraphHasIncident = true;
            // "AQAP claimed in a statement that its fighters had killed 7 soldiers", after a
            // paragraph of background: the claim is of the incident told last, unless it names
            // a day of its own.
            if (current.sentences.isEmpty() && !groups.isEmpty() && tellsClaim(s)
                && !namesOtherDay(s, groups.constLast()))
                current = groups.takeLast();
            if (!current.sentences.isEmpty() && paragraph != current.lastParagraph
                && startsNewIncident(s, current))
                close();
            current.sentences.append(s);
            current.lastParagraph = paragraph;
            addDays(s, current.days);
        }
        close();

        QList<Event> events;
        events.reserve(groups.size());
        for (const Group &group : groups) {
            Event event;
            if (fill(group, event))
                events.append(std::move(event));
        }
        return events;
    }

private:
    // Indexes of figures or dates by sentence: those of sentence s are
    // items[first[s] .. first[s + 1]), in the order of the list they index.
    struct BySentence
    {
        std::vector<int> first; // sentence count + 1 offsets into items
        std::vector<int> items;

        // `sentenceOf[i]`: the sentence of item i, or -1 (then it is in no sentence's run).
        void fill(const std::vector<int> &sentenceOf, qsizetype sentenceCount)
        {
            first.assign(std::size_t(sentenceCount) + 1, 0);
            for (const int s : sentenceOf) {
                if (s >= 0)
                    ++first[std::size_t(s) + 1];
            }
            for (std::size_t s = 1; s < first.size(); ++s)
                first[s] += first[s - 1];
            items.resize(std::size_t(first.back()));
            std::vector<int> next(first.begin(), first.end() - 1);
            for (std::size_t i = 0; i < sentenceOf.size(); ++i) {
                if (sentenceOf[i] >= 0)
                    items[std::size_t(next[std::size_t(sentenceOf[i])]++)] = int(i);
            }
        }
        const int *begin(int s) const { return items.data() + first[std::size_t(s)]; }
        const int *end(int s) const { return items.data() + first[std::size_t(s) + 1]; }
        bool isEmpty(int s) const { return first[std::size_t(s)] == first[std::size_t(s) + 1]; }
    };

    QStringView norm(int t) const { return m_tokens[t].norm; }
    // The entity of token t, or nullptr: RuleDocument::entityOf() without the call.
    const EntityHit *entityOf(int t) const
    {
        const RuleToken &token = m_tokens[t];
        return token.kind == RuleToken::Entity ? &m_doc.entities()[token.entity] : nullptr;
    }

    // Sentences are in text order and do not overlap, so a binary search finds the one
    // holding a position: the builder asks this for every figure and date of every group, and
    // a linear scan made long articles quadratic.
    int sentenceOf(int position) const
    {
        const QList<Sentence> &sentences = m_doc.sentences();
        const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
                                         [](int pos, const Sentence &s) { return pos < s.end; });
        if (it == sentences.cend() || position < it->start)
            return -1;
        return int(it - sentences.cbegin());
    }

    bool isIncident(int s) const
    {
        // The title restates the body's incident (its figures are annotated, not linked).
        if (m_doc.sentences()[s].segment == SegmentKind::Title)
            return false;
        if (m_hasEventFigures[std::size_t(s)])
            return true;
        const Sentence &sentence = m_doc.sentences()[s];
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            // The word's TokenClass::Incident bit is tested before its kind: one branch for most
            // tokens.
            if ((m_tokens[t].classes & TokenClass::Incident) && m_tokens[t].kind == RuleToken::Word
                && (m_incidentWords.inCell(norm(t)) & Attack)) {
                // "the battle against", "carried out several attacks": not one incident.
                if (norm(t) == Ascii("attack") && t > sentence.firstToken
                    && m_tokens[t - 1].kind == RuleToken::Entity)
                    continue; // "Jund al-Aqsa attacks" as a noun phrase is handled as plural
                return true;
            }
        }
        return false;
    }

    // Whether incident sentence s, opening a new paragraph, tells another incident than the
    // group's: another day does; a reference back to the incident ("the attack began with
    // ...", "the ambush", "the clashes") keeps it in the same one whatever places it names;
    // otherwise a day or place of its own does.
    bool startsNewIncident(int s, const Group &group) const
    {
        // "The attack was claimed on Monday by JNIM": the day is the claim's, and the incident
        // is the one already told, unless the sentence places it in a town the group does not.
        const bool back = refersBack(s); // a scan of the sentence: read once
        if (back && tellsClaim(s) && !namesOtherTown(s, group))
            return false;
        if (!group.days.isEmpty() && namesOtherDay(s, group))
            return true;
        if (back)
            return false;
        return hasOwnDayOrPlace(s);
    }

    // Whether sentence s names a day the group does not.
    // Asked for nearly every incident sentence: the sentence's days are read in place, not
    // gathered into a list first.
    bool namesOtherDay(int s, const Group &group) const
    {
        for (const int *i = m_datesBySentence.begin(s); i != m_datesBySentence.end(s); ++i) {
            const DateMatch &d = m_dates[*i];
            if (isDay(d) && !group.days.contains(d.date))
                return true;
        }
        return false;
    }

    // Appends the days (dates of day precision) sentence s names.
    void addDays(int s, Days &days) const
    {
        for (const int *i = m_datesBySentence.begin(s); i != m_datesBySentence.end(s); ++i) {
            const DateMatch &d = m_dates[*i];
            if (isDay(d))
                days.append(d.date);
        }
    }

    // A valid date of day precision: what a group's days hold.
    static bool isDay(const DateMatch &d)
    {
        return d.date.isValid() && d.precision == DatePrecision::Day;
    }

    // "the attack", "the ambush", "the clashes": the incident already told.
    bool refersBack(int s) const
    {
        const Sentence &sentence = m_doc.sentences()[s];
        for (int t = sentence.firstToken; t + 1 < sentence.endToken; ++t) {
            if (norm(t) == Ascii("the") && m_tokens[t + 1].kind == RuleToken::Word
                && m_words.has(norm(t + 1), IncidentNoun))
                return true;
        }
        return false;
    }

    // Whether sentence s tells of a claim of responsibility: "X claimed responsibility",
    // "claimed the attack", "claimed in a statement that ...", "the attack was claimed on
    // Monday by X". Not "no group claimed the attack", nor "claimed the lives of 12".
    bool tellsClaim(int s) const
    {
        // Asked for a sentence once per event it may join and once per figure group: read once.
        if (m_claims.empty())
            m_claims.assign(std::size_t(m_doc.sentences().size()), -1);
        qint8 &known = m_claims[std::size_t(s)];
        if (known < 0)
            known = readsAsClaim(s) ? 1 : 0;
        return known == 1;
    }

    // "claimed", "claim", "claims": asked of every token of an incident sentence, so the first
    // unit turns most words away before any comparison (a test of the length first, true of a
    // word in three, was a mispredicted branch wherever it changed).
    static bool isClaimWord(QStringView w)
    {
        return !w.isEmpty() && w.utf16()[0] == u'c' && quint64(w.size() - 5) <= 2
            && (w == Ascii("claimed") || w == Ascii("claim") || w == Ascii("claims"));
    }

    bool readsAsClaim(int s) const
    {
        const Sentence &sentence = m_doc.sentences()[s];
        const int first = sentence.firstToken;
        const int end = sentence.endToken;
        for (int t = first; t < end; ++t) {
            if (!isClaimWord(norm(t)))
                continue;
            bool negated = false;
            for (int k = std::max(first, t - 3); k < t; ++k)
                negated = negated || norm(k) == Ascii("no") || norm(k) == Ascii("not")
                    || norm(k) == Ascii("nobody") || norm(k) == Ascii("none")
                    || norm(k) == Ascii("never") || norm(k) == Ascii("yet");
            if (negated || t + 1 >= end)
                continue;
            const QStringView next = norm(t + 1);
            const bool passive = t > first
                && (norm(t - 1) == Ascii("was") || norm(t - 1) == Ascii("were")
                    || norm(t - 1) == Ascii("been"));
            const bool incident = t + 2 < end
                && (next == Ascii("the") || next == Ascii("an") || next == Ascii("a"))
                && m_tokens[t + 2].kind == RuleToken::Word
                && m_words.has(norm(t + 2), IncidentNoun);
            if (passive || incident || next == Ascii("responsibility") || next == Ascii("credit")
                || next == Ascii("by") || next == Ascii("in") || next == Ascii("that")
                || next == Ascii("it"))
                return true;
        }
        return false;
    }

    // Whether sentence s names a town or village the group's sentences do not (areas,
    // regions and countries do not count: "JNIM, the Sahel branch of al-Qaeda").
    bool namesOtherTown(int s, const Group &group) const
    {
        auto town = [](const EntityHit *e) {
            return e && e->type == EntityType::Location && !e->area && !e->admin1.isEmpty()
                && e->admin1 != e->canonical;
        };
        const Sentence &sentence = m_doc.sentences()[s];
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            const EntityHit *e = entityOf(t);
            if (!town(e))
                continue;
            bool known = false;
            for (const int g : group.sentences) {
                const Sentence &other = m_doc.sentences()[g];
                for (int k = other.firstToken; k < other.endToken && !known; ++k) {
                    const EntityHit *o = entityOf(k);
                    known = town(o) && o->canonical == e->canonical;
                }
            }
            if (!known)
                return true;
        }
        return false;
    }

    bool hasOwnDayOrPlace(int s) const
    {
        if (m_doc.sentenceHasEntity(s, {EntityType::Location}))
            return true;
        if (!m_doc.sentenceHasEntity(s, {EntityType::Date}))
            return false;
        const Sentence &sentence = m_doc.sentences()[s];
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            const EntityHit *e = entityOf(t);
            if (e && e->type == EntityType::Date && e->canonical.size() == 10)
                return true;
        }
        return false;
    }

    // The weapon a state force's name carries: "Russian warplanes", "a Turkish drone".
    Remote platformOf(const EntityHit &e, int t) const
    {
        if (e.type != EntityType::StateForce)
            return Remote::None;
        const QStringView name = norm(t);
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        if (space < 0)
            return Remote::None;
        return remoteKind(m_words.of(name.mid(space + 1), EventMask));
    }

    // The first token after the dateline that opens the sentence ("KIRKUK, Iraq (Reuters) -",
    // "MOGADISHU –"): a paragraph's first sentence starting with a place and with a dash
    // among its first words. The sentence's first token when it has none.
    int datelineEnd(int s) const
    {
        const QList<Sentence> &sentences = m_doc.sentences();
        const Sentence &sentence = sentences[s];
        const bool opensParagraph = s == 0 || sentences[s - 1].paragraph != sentence.paragraph;
        const EntityHit *first = m_doc.entityOf(sentence.firstToken);
        if (!opensParagraph || !first || first->type != EntityType::Location)
            return sentence.firstToken;
        const int last = std::min(sentence.endToken - 1, sentence.firstToken + 12);
        for (int t = sentence.firstToken + 1; t <= last; ++t) {
            if (m_tokens[t].kind != RuleToken::Punct)
                continue;
            const QStringView w = norm(t);
            if (w == Ascii("-") || w == QStringView(u"\u2013") || w == QStringView(u"\u2014"))
                return t + 1;
        }
        return sentence.firstToken;
    }

    // Whether e is an armed actor: an armed group or a state force.
    static bool isArmed(const EntityHit &e)
    {
        return e.type == EntityType::ArmedGroup || e.type == EntityType::StateForce;
    }

    // Whether entity e at token k, in a sentence starting at token `first`, can be the subject
    // of an attack word after it: an armed actor, not the first half of a hyphened name, and
    // not the target of a word before it ("against X", "on the X"). It depends on nothing after
    // k, so fill() keeps the last such token as it reads the sentence forwards: the subject of
    // an attack word is the last one before it.
    bool canBeSubject(const EntityHit &e, int k, int first) const
    {
        if (!isArmed(e))
            return false;
        if (k + 1 < m_tokens.size() && RuleHelpers::isUnit(norm(k + 1), u'-'))
            return false;
        int b = k - 1;
        while (b >= first && (norm(b) == Ascii("the") || norm(b) == Ascii("a")))
            --b;
        return !(b >= first && m_words.has(norm(b), BlockingBefore));
    }

    // The head of the noun phrase after an attack verb: the last group named before a
    // preposition ("a headquarter of the Turkish-backed FSA group Faylaq al-Sham in ...").
    int objectAfter(int t, int end) const
    {
        int head = -1;
        for (int k = t + 1; k < end && k <= t + 14; ++k) {
            const EntityHit *e = entityOf(k);
            if (e && (e->type == EntityType::ArmedGroup || e->type == EntityType::StateForce)) {
                head = k;
                continue;
            }
            if (e)
                continue;
            const QStringView w = norm(k);
            if (endsPhrase(w)) {
                if (head >= 0)
                    break;
                if (w != Ascii("on") && w != Ascii("and"))
                    break;
            }
        }
        return head;
    }

    // Where an event took place: the place entity, its precision (1 a town, 2 near a town, 3 a
    // region) and the admin-1 division it lies in.
    struct PlacePick
    {
        const EntityHit *hit = nullptr;
        int precision = 4;
        QString admin1;
    };

    // The most precise place sentence s names, folded into the best one so far; a dateline's
    // place ranks after every other.
    void bestPlaceIn(int s, int &bestRank, PlacePick &pick) const
    {
        if (!m_doc.sentenceHasEntity(s, {EntityType::Location}))
            return;
        const int dateline = datelineEnd(s);
        const Sentence &sentence = m_doc.sentences()[s];
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            const EntityHit *e = entityOf(t);
            if (!e || e->type != EntityType::Location)
                continue;
            const QString *admin1 = &e->admin1;
            int p = placePrecision(s, t);
            if (p == 3 && e->kbId.isEmpty()) {
                // A village the knowledge base does not know, placed by a known town after it
                // ("the village of Wouré, some 20 kilometres north of Djibo"): the village is
                // where it happened, in the town's division.
                if (const EntityHit *town = townPlacing(t, sentence.endToken)) {
                    p = 1;
                    admin1 = &town->admin1;
                }
            }
            const int rank = t < dateline ? 4 : p;
            if (rank < bestRank) {
                bestRank = rank;
                pick = {e, p, *admin1};
            }
        }
    }

    // The known town a few words after an unknown place at token t that says where it lies
    // ("north of Djibo", "near Bama", "20 km from Gao"), or nullptr.
    const EntityHit *townPlacing(int t, int end) const
    {
        bool near = false;
        for (int k = t + 1; k < end && k <= t + 8; ++k) {
            const EntityHit *e = entityOf(k);
            if (e) {
                const bool town = e->type == EntityType::Location && !e->admin1.isEmpty()
                    && e->admin1 != e->canonical && !e->area;
                return near && town ? e : nullptr;
            }
            if (m_tokens[k].kind == RuleToken::Punct && norm(k) != Ascii(","))
                return nullptr;
            near = near || m_words.has(norm(k), Near);
        }
        return nullptr;
    }

    // The most precise place the sentences name; a dateline's place only when they name no
    // other.
    PlacePick placeOf(const SentenceIndexes &sentences) const
    {
        int bestRank = 5;
        PlacePick pick;
        for (int s : sentences)
            bestPlaceIn(s, bestRank, pick);
        return pick;
    }

    // 1 a named town, 2 near it ("near the town of Saraqib", "east of Palmyra"), 3 a region
    // (a governorate, or an area such as a valley or a mountain range).
    int placePrecision(int s, int t) const
    {
        const EntityHit *e = entityOf(t);
        const int first = m_doc.sentences()[s].firstToken;
        const int end = m_doc.sentences()[s].endToken;
        if (e->admin1.isEmpty() || e->admin1 == e->canonical || e->area
            || (t + 1 < end && m_words.has(norm(t + 1), Region)))
            return 3;
        // The cue may stand four words before the name.
        for (int k = std::max(first, t - 5); k < t; ++k) {
            if (m_words.has(norm(k), Near))
                return 2;
        }
        return 1;
    }

    // The most precise valid date sentence s names, folded into the best one so far; a
    // dateline's ranks after every other ("Bamako, 24 May 2022 - ... on Sunday" happened on
    // Sunday).
    void bestDateIn(int s, int &bestRank, const DateMatch *&date) const
    {
        if (m_datesBySentence.isEmpty(s))
            return;
        const int end = datelineEnd(s);
        const int dateline = end > m_doc.sentences()[s].firstToken && end < m_tokens.size()
            ? m_tokens[end].start
            : -1;
        for (const int *i = m_datesBySentence.begin(s); i != m_datesBySentence.end(s); ++i) {
            const DateMatch &d = m_dates[*i];
            if (!d.date.isValid())
                continue;
            const int rank = DateRule::timePrecision(d.precision) + (d.start < dateline ? 10 : 0);
            if (!date || rank < bestRank) {
                date = &d;
                bestRank = rank;
            }
        }
    }

    // The most precise valid date of the sentences, a dateline's only when they have no other.
    const DateMatch *dateOf(const SentenceIndexes &sentences) const
    {
        const DateMatch *date = nullptr;
        int bestRank = 0;
        for (int s : sentences)
            bestDateIn(s, bestRank, date);
        return date;
    }

    // For an event whose sentences name no place (or date): the nearest earlier body sentence
    // that names one, a few sentences back at most ("The attackers also abducted four aid
    // workers from a guesthouse in the town" after the paragraph that named the town); -1
    // when there is none.
    int contextBefore(const Group &group, EntityType type) const
    {
        const QList<Sentence> &sentences = m_doc.sentences();
        const int first = group.sentences.first();
        for (int s = first - 1; s >= 0 && s >= first - 6; --s) {
            if (sentences[s].segment == SegmentKind::Title)
                break;
            if (m_doc.sentenceHasEntity(s, {type}))
                return s;
        }
        return -1;
    }

    // The number of figures the group's sentences hold.
    int groupFiguresCount(const Group &group) const
    {
        int count = 0;
        for (const int s : group.sentences)
            count += int(m_figuresBySentence.end(s) - m_figuresBySentence.begin(s));
        return count;
    }

    // Whether every figure of `ids` is of people captured and says "detained" or "arrested".
    // Asked only of an incident that could be arrests, as searching the figures' text costs.
    bool onlyDetentions(const QList<qint64> &ids) const
    {
        return std::all_of(ids.begin(), ids.end(), [&](qint64 i) {
            const CasualtyFigure &f = m_figures[i];
            return f.kind == CasualtyKind::Captured
                && (f.text.contains(u"detain", Qt::CaseInsensitive)
                    || f.text.contains(u"arrest", Qt::CaseInsensitive));
        });
    }

    // What the words of an event's sentences tell: the two sides, whether an attack verb has
    // an actor, the weapon, a ground assault, and the state forces named.
    struct IncidentWords
    {
        Names sideA; // the attackers: a name or two, kept without an allocation
        Names sideB; // the targets
        bool attackVerb = false;
        bool ground = false; // a ground assault or clash: stormed, ambushed, clashes
        Remote remote = Remote::None;
        QVarLengthArray<const QString *, 4> stateForces; // the state forces the event names
    };

    // Adds a name to a side unless it is empty, "unknown" or there already.
    static void addTo(Names &list, const QString &name)
    {
        if (!name.isEmpty() && name != Ascii("unknown") && !list.contains(name))
            list.append(name);
    }

    // The first token in [token, end) that readIncidentWords() acts on: an entity, or a word
    // of the event lists (its EventMask bits in `bits`); `end` when there is none. Nearly every
    // token is neither, so readIncidentWords() skips from one such token to the next with it
    // and acts only on what it finds.
    static const RuleToken *nextIncidentToken(const RuleToken *token, const RuleToken *end,
                                              const IncidentWordTable &eventWords, quint16 &bits)
    {
        for (; token != end; ++token) {
            // Two branches per token, each seldom taken: an entity, then a token whose
            // TokenClass::Incident bit is set (a number or a mark seldom has it); the kind of a
            // word in the table is tested after.
            if (token->kind == RuleToken::Entity)
                return token;
            if (token->classes & TokenClass::Incident) {
                bits = eventWords.inCell(token->norm);
                if (bits && token->kind == RuleToken::Word)
                    return token;
            }
        }
        return end;
    }

    // Reads one sentence of the event into `words`, in one pass forwards. The subject of an
    // attack word is the last entity before it that canBeSubject(), kept as the pass goes.
    void readIncidentWords(const Sentence &sentence, IncidentWords &words) const
    {
        int subjectSoFar = -1;
        bool clashRead = false;
        // The armed actors before t, kept for the sentence's first clash word.
        QVarLengthArray<const EntityHit *, 16> armedSoFar;
        const RuleToken *const tokens = m_tokens.constData();
        const RuleToken *const end = tokens + sentence.endToken;
        quint16 bits = 0;
        const IncidentWordTable &table = m_incidentWords;
        for (const RuleToken *next = nextIncidentToken(tokens + sentence.firstToken, end, table,
                                                       bits);
             next != end; next = nextIncidentToken(next + 1, end, table, bits)) {
            const RuleToken &token = *next;
            const int t = int(next - tokens);
            if (token.kind == RuleToken::Entity) {
                const EntityHit &hit = m_doc.entities()[token.entity];
                if (!clashRead && isArmed(hit))
                    armedSoFar.append(&hit);
                if (hit.type == EntityType::StateForce && words.stateForces.size() < 4)
                    words.stateForces.append(&hit.canonical);
                const Remote r = platformOf(hit, t);
                if (r != Remote::None && words.remote == Remote::None)
                    words.remote = r;
                if (canBeSubject(hit, t, sentence.firstToken))
                    subjectSoFar = t;
                continue;
            }
            const Remote r = remoteKind(bits);
            if (r != Remote::None && (words.remote == Remote::None || r == Remote::Suicide))
                words.remote = r;
            words.ground = words.ground || (bits & GroundAssault);
            const bool clash = token.norm == Ascii("clashes") || token.norm == Ascii("clash")
                || token.norm == Ascii("clashed");
            if ((bits & Attack) && !clash) {
                // An attack noun after a preposition ("detained five IS members in a raid",
                // "killed during an attack") has no subject of its own before it.
                const bool inPhrase = t >= sentence.firstToken + 2
                    && (norm(t - 1) == Ascii("a") || norm(t - 1) == Ascii("an")
                        || norm(t - 1) == Ascii("the"))
                    && (norm(t - 2) == Ascii("in") || norm(t - 2) == Ascii("during")
                        || norm(t - 2) == Ascii("after"));
                const int subject = inPhrase ? -1 : subjectSoFar;
                const int object = objectAfter(t, sentence.endToken);
                if (subject >= 0 || object >= 0)
                    words.attackVerb = true;
                if (subject >= 0)
                    addTo(words.sideA, entityOf(subject)->canonical);
                if (object >= 0)
                    addTo(words.sideB, entityOf(object)->canonical);
            } else if (clash && !clashRead) {
                // "clashes between X and Y", "X clashed with Y": every armed actor of the
                // sentence, those before the word and those after it.
                for (const EntityHit *e : armedSoFar)
                    addClashSide(*e, words);
                const QList<EntityHit> &entities = m_doc.entities();
                for (const RuleToken *after = next + 1; after != end; ++after) {
                    if (after->kind != RuleToken::Entity)
                        continue;
                    const EntityHit &e = entities[after->entity];
                    if (isArmed(e))
                        addClashSide(e, words);
                }
                // Reading the sentence's actors again adds nothing: each one not on side A
                // then is on side B or was turned away by addTo() already, and sides only grow.
                clashRead = true;
            }
        }
    }

    // One armed actor of a clash, in the sentence's order: on side A when it is empty, else on
    // side B unless it is on side A.
    static void addClashSide(const EntityHit &e, IncidentWords &words)
    {
        if (words.sideA.isEmpty())
            addTo(words.sideA, e.canonical);
        else if (!words.sideA.contains(e.canonical))
            addTo(words.sideB, e.canonical);
    }

    bool fill(const Group &group, Event &event) const
    {
        IncidentWords words;
        for (int s : group.sentences)
            readIncidentWords(m_doc.sentences()[s], words);
        Names &sideA = words.sideA;
        Names &sideB = words.sideB;
        const bool attackVerb = words.attackVerb;
        const bool ground = words.ground;
        Remote remote = words.remote;
        const auto &stateForces = words.stateForces;
        bool civilianVictims = false;
        bool armedVictims = false;
        bool captures = false;

        int fatalities = 0;
        bool onlyCaptures = true; // every figure of the incident is people captured or detained
        QList<qint64> ids;
        ids.reserve(groupFiguresCount(group));
        KilledParts killedParts;
        QVarLengthArray<int, 16> groupFigures;
        // Figures of sentences telling a claim of responsibility, and victims of plain death
        // reports: a handful each, so lists asked one by one rather than hashed sets.
        QVarLengthArray<int, 16> claimedFigures;
        for (int s : group.sentences) {
            groupFigures.append(m_figuresBySentence.begin(s),
                                int(m_figuresBySentence.end(s) - m_figuresBySentence.begin(s)));
            if (!m_figuresBySentence.isEmpty(s) && tellsClaim(s))
                claimedFigures.append(m_figuresBySentence.begin(s),
                    int(m_figuresBySentence.end(s) - m_figuresBySentence.begin(s)));
        }
        std::sort(groupFigures.begin(), groupFigures.end());
        // A party's claim ("claimed the attack, saying it had killed dozens of soldiers")
        // counts the dead the plain reports count already: the fatalities leave out a hedged
        // death figure of a claim, or one of victims a plain report counts, where there are
        // plain reports of deaths.
        QVarLengthArray<const QString *, 8> plainVictims;
        for (const int i : groupFigures) {
            const CasualtyFigure &f = m_figures[i];
            if (f.scope == Scope::Event && f.kind == CasualtyKind::Killed && f.best && !f.hedged)
                plainVictims.append(&f.victim);
        }
        auto countedElsewhere = [&](int i) {
            const CasualtyFigure &f = m_figures[i];
            return f.hedged && !plainVictims.isEmpty()
                && (claimedFigures.contains(i)
                    || std::any_of(plainVictims.begin(), plainVictims.end(),
                                   [&](const QString *victim) { return *victim == f.victim; }));
        };
        for (int i : groupFigures) {
            const CasualtyFigure &f = m_figures[i];
            if (f.scope != Scope::Event)
                continue;
            ids.append(i);
            onlyCaptures = onlyCaptures && f.kind == CasualtyKind::Captured;
            addTo(sideA, f.perpetrator);
            if (f.victim == Ascii("civilians")) {
                civilianVictims = true;
                captures = captures || f.kind == CasualtyKind::Captured;
            } else if (f.victim != Ascii("unknown")) {
                armedVictims = true;
                addTo(sideB, f.victim);
            }
            if (f.kind == CasualtyKind::Killed && f.best && !countedElsewhere(i)) {
                fatalities += int(*f.best);
                killedParts.append(*f.best);
            }
        }
        if (ids.isEmpty() && !attackVerb)
            return false;

        // Actors: the attacker side first.
        QString actor1 = sideA.value(0);
        QString actor2;
        for (const QString &b : sideB) {
            if (b != actor1) {
                actor2 = b;
                break;
            }
        }
        if (actor1.isEmpty() && !sideB.isEmpty()) {
            actor1 = sideB.front();
            sideB.remove(0);
            actor2 = sideB.value(0);
        }
        // Civilians harmed by nobody named: ACLED's unidentified armed group. Both are named
        // with the article's country where it has one, as ACLED names them.
        const QString &civilians = m_civilians;
        if (actor1.isEmpty() && civilianVictims)
            actor1 = UnidentifiedGroupRule::canonicalFor(m_doc.homeState());
        if (actor2.isEmpty() && civilianVictims)
            actor2 = civilians;
        if (actor2.isEmpty()) {
            for (const QString &a : sideA) {
                if (a != actor1) {
                    actor2 = a;
                    break;
                }
            }
        }
        // Every entity the event's sentences name, for the associated actors; only gathered when
        // one of the two actors has a standing part_of affiliation to look through.
        const bool withAssociates = !m_partOfByActor.isEmpty()
            && (m_partOfByActor.contains(actor1) || m_partOfByActor.contains(actor2));
        if (withAssociates) {
            QSet<QString> namedInEvent;
            for (int s : group.sentences) {
                const Sentence &sentence = m_doc.sentences()[s];
                for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
                    if (const EntityHit *e = entityOf(t))
                        namedInEvent.insert(e->canonical);
                }
            }
            auto associated = [&](const QString &actor) {
                QStringList list;
                for (int i : m_partOfByActor.value(actor)) {
                    const Affiliation &a = m_affiliations[i];
                    if (namedInEvent.contains(a.relationTarget) && a.relationTarget != actor1
                        && a.relationTarget != actor2 && !list.contains(a.relationTarget))
                        list.append(a.relationTarget);
                }
                return list.join(QStringLiteral("; "));
            };
            event.assocActor1 = associated(actor1);
            event.assocActor2 = associated(actor2);
        }
        event.actor1 = actor1;
        event.actor2 = actor2;

        // Type. A ground assault with armed victims is a battle, whatever weapons opened it
        // ("the attack began with two suicide car bombs, followed by an assault").
        if (ground && armedVictims && remote != Remote::None && !actor1.isEmpty()
            && !actor2.isEmpty() && actor2 != civilians)
            remote = Remote::None;
        if (remote == Remote::Air) {
            event.eventType = QStringLiteral("Explosions/Remote violence");
            event.subEventType = QStringLiteral("Air/drone strike");
        } else if (remote == Remote::Shelling) {
            event.eventType = QStringLiteral("Explosions/Remote violence");
            event.subEventType = QStringLiteral("Shelling/artillery/missile attack");
        } else if (remote == Remote::Explosive) {
            event.eventType = QStringLiteral("Explosions/Remote violence");
            event.subEventType = QStringLiteral("Remote explosive/landmine/IED");
        } else if (remote == Remote::Suicide) {
            event.eventType = QStringLiteral("Explosions/Remote violence");
            event.subEventType = QStringLiteral("Suicide bomb");
        } else if (!ids.isEmpty() && onlyCaptures && fatalities == 0 && !actor1.isEmpty()
                   && (onlyDetentions(ids)
                       || std::any_of(stateForces.begin(), stateForces.end(),
                                      [&](const QString *force) { return *force == actor1; }))) {
            // A state force detaining people, or any authority arresting them ("the SDF and
            // the coalition detained five suspected IS members"), nobody killed: ACLED's
            // arrests. Armed groups abducting people are violence against civilians below.
            event.eventType = QStringLiteral("Strategic developments");
            event.subEventType = QStringLiteral("Arrests");
        } else if (civilianVictims && !armedVictims && !actor1.isEmpty()) {
            event.eventType = QStringLiteral("Violence against civilians");
            event.subEventType = captures ? QStringLiteral("Abduction/forced disappearance")
                                          : QStringLiteral("Attack");
        } else if (!actor1.isEmpty() && !actor2.isEmpty() && actor2 != civilians) {
            event.eventType = QStringLiteral("Battles");
            event.subEventType = QStringLiteral("Armed clash");
        } else {
            event.eventType = QStringLiteral("Strategic developments");
            event.subEventType = QStringLiteral("Other");
        }

        // Place and date: the incident's own, else the ones the text gave just before it.
        PlacePick pick = placeOf(group.sentences);
        if (!pick.hit) {
            const int before = contextBefore(group, EntityType::Location);
            if (before >= 0) {
                int bestRank = 5;
                bestPlaceIn(before, bestRank, pick);
            }
        }
        const EntityHit *place = pick.hit;
        if (place) {
            event.location = place->canonical;
            event.admin1 = pick.admin1;
            event.geoPrecision = pick.precision;
        }
        const DateMatch *date = dateOf(group.sentences);
        // "ISWAP split from Boko Haram in 2016", "the insurgency since 1984": an incident dated
        // only by a year before the article's, in its own sentences or in those just before an
        // undated one, is background, not the incident the article reports (on the gold set,
        // every such undated group was background; an ACLED event needs a date anyway).
        const QDate published = m_doc.published();
        auto background = [&](const DateMatch *d) {
            return d && d->precision == DatePrecision::Year && published.isValid()
                && d->date.year() < published.year();
        };
        if (background(date))
            return false;
        if (!date) {
            const int before = contextBefore(group, EntityType::Date);
            if (before >= 0) {
                int bestRank = 0;
                bestDateIn(before, bestRank, date);
                if (background(date))
                    return false;
            }
        }
        if (date) {
            event.date = date->date;
            event.timePrecision = DateRule::timePrecision(date->precision);
        }

        event.fatalities = fatalities;
        event.casualtyIds = ids;
        const RuleToken *const tokens = m_tokens.constData();
        const QList<EntityHit> &entities = m_doc.entities();
        for (int s : group.sentences) {
            if (!m_doc.sentenceHasEntity(s, {EntityType::Source}))
                continue;
            // Through token pointers: entityOf() reloaded the lists at every token.
            const Sentence &sentence = m_doc.sentences()[s];
            const RuleToken *const end = tokens + sentence.endToken;
            for (const RuleToken *t = tokens + sentence.firstToken; t != end; ++t) {
                if (t->kind != RuleToken::Entity)
                    continue;
                const EntityHit &e = entities[t->entity];
                if (e.type == EntityType::Source && !event.sources.contains(e.canonical))
                    event.sources.append(e.canonical);
            }
        }

        event.notes = note(event, date != nullptr, place != nullptr, actor1, actor2, attackVerb,
                           fatalities, killedParts);

        double confidence = 0.6;
        if (!place)
            confidence -= 0.15;
        if (!date)
            confidence -= 0.15;
        event.provenance = RuleHelpers::proposed(QStringLiteral("rule:event.builder"), confidence);
        return true;
    }

    // "On 22 March 2019, Jund al-Aqsa attacked Faylaq al-Sham in al-Ghassaniyah (Idlib). 5
    // killed (1 + 4)." Appended piece by piece into one buffer: the same text the format
    // strings "On %1, ", "%1 attacked %2", " in %1 (%2)", " %1 killed (%2)." give.
    static QString note(const Event &event, bool dated, bool placed, const QString &actor1,
                        const QString &actor2, bool attackVerb, int fatalities,
                        const KilledParts &killedParts)
    {
        TextBuffer note;
        if (dated) {
            if (event.timePrecision == 1)
                note << QLatin1String("On ");
            else if (event.timePrecision == 2)
                note << QLatin1String("In the week of ");
            else
                note << QLatin1String("In ");
            appendEnglishDate(note, event.date,
                              event.timePrecision == 1 || event.timePrecision == 2);
            note << QLatin1String(", ");
        }
        if (actor1.isEmpty())
            note << QLatin1String("unidentified attackers");
        else
            note << actor1;
        if (event.eventType == Ascii("Battles")) {
            note << (attackVerb ? QLatin1String(" attacked ") : QLatin1String(" clashed with "))
                 << actor2;
        } else if (!actor2.isEmpty()) {
            note << QLatin1String(" attacked ") << actor2;
        } else {
            note << QLatin1String(" carried out an attack");
        }
        if (placed) {
            note << QLatin1String(" in ") << event.location;
            if (!event.admin1.isEmpty() && event.admin1 != event.location)
                note << QLatin1String(" (") << event.admin1 << u')';
        }
        note << u'.';
        if (fatalities > 0) {
            note << u' ' << qint64(fatalities) << QLatin1String(" killed");
            if (killedParts.size() > 1) {
                note << QLatin1String(" (");
                for (qsizetype i = 0; i < killedParts.size(); ++i) {
                    if (i > 0)
                        note << QLatin1String(" + ");
                    note << killedParts[i];
                }
                note << u')';
            }
            note << u'.';
        }
        note.capitaliseLowerFirst();
        return note.toString();
    }

    const RuleDocument &m_doc;
    const QList<RuleToken> &m_tokens;
    const WordClasses<quint16> &m_words;
    const IncidentWordTable &m_incidentWords; // the EventMask bits of m_words, read sooner
    const QList<CasualtyFigure> &m_figures;
    const QList<Affiliation> &m_affiliations;
    const QList<DateMatch> &m_dates;
    const QString m_civilians; // "Civilians (Nigeria)", or "Civilians" without a country
    // Filled once by run(), so that grouping stays linear in the length of the article.
    mutable std::vector<qint8> m_claims; // per sentence: tellsClaim(), or -1 before it is read
    std::vector<bool> m_hasEventFigures; // per sentence: it holds an event-scope figure
    BySentence m_figuresBySentence;      // indexes into m_figures
    BySentence m_datesBySentence;        // indexes into m_dates
    QHash<QString, QList<int>> m_partOfByActor; // actor -> its current part_of affiliations
};

} // namespace

QStringList EventBuilder::incidentWords()
{
    QStringList words;
    for (const EventWordList &list : eventWordLists()) {
        if (list.bit & EventMask) {
            for (const char *word : list.words)
                words.append(QString::fromUtf8(word));
        }
    }
    return words;
}

QList<Event> EventBuilder::build(const RuleDocument &document, const QList<CasualtyFigure> &figures,
                                 const QList<Affiliation> &affiliations,
                                 const QList<DateMatch> &dates)
{
    return Builder(document, figures, affiliations, dates).run();
}
