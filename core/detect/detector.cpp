#include "core/detect/detector.h"

#include "core/detect/rules/longestspans.h"
#include "core/detect/rules/ruleengine.h"
#include "core/detect/rules/tokenizer.h"
#include "core/detect/rules/wordset.h"
#include "core/kb/knowledgebase.h"
#include "core/text/offsetmap.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace {

// Words before a country's name that make it a place ("in eastern Syria") rather than a
// state acting ("backed by Turkey"). Lower case.
const WordSet &placeWords()
{
    static const WordSet words = {
        "in", "across", "into", "inside", "throughout", "towards", "toward", "eastern", "western",
        "northern", "southern", "central", "northwestern", "northeastern", "southwestern",
        "southeastern", "north", "south", "east", "west", "near"};
    return words;
}

// The word before `position`, lower-cased ("" at the start of the text).
QString wordBefore(QStringView text, int position)
{
    int end = position;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    int start = end;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == QLatin1Char('-')))
        --start;
    return text.mid(start, end - start).toString().toLower();
}

// True where a country's name stands for the place rather than the state acting: after a
// place word ("in eastern Syria", "in Iraq and Syria"), before "-based" ("Britain-based"), in
// a dateline ("IDLIB, Syria (AFP) -") and as a headline's place tag ("Syria: air strikes").
bool readsAsPlace(QStringView text, int start, int end)
{
    const QString before = wordBefore(text, start);
    if (placeWords().contains(before))
        return true;
    // "the border with Syria", "the border strip with Syria"
    if (before == QLatin1String("with")) {
        int cursor = start;
        while (cursor > 0 && text.at(cursor - 1).isSpace())
            --cursor;
        cursor -= 4; // before "with"
        for (int words = 0; words < 2 && cursor > 0; ++words) {
            const QString word = wordBefore(text, cursor);
            if (word == QLatin1String("border") || word == QLatin1String("borders")
                || word == QLatin1String("frontier"))
                return true;
            if (word.isEmpty())
                break;
            while (cursor > 0 && text.at(cursor - 1).isSpace())
                --cursor;
            cursor -= int(word.size());
        }
    }
    const QStringView after = text.mid(end, 8);
    if (after.startsWith(u"-based") || after.startsWith(u"\u2011based"))
        return true;
    if ((start == 0 || text.at(start - 1) == QLatin1Char('\n')) && after.startsWith(u':'))
        return true;
    // Dateline: the line so far is an upper-case place name and a comma.
    int lineStart = start;
    while (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n'))
        --lineStart;
    const QStringView head = text.mid(lineStart, start - lineStart).trimmed();
    if (head.endsWith(u',') && head.size() > 2) {
        const QStringView place = head.chopped(1);
        const bool upperCase = std::all_of(place.begin(), place.end(), [](QChar c) {
            return !c.isLetter() || c.isUpper();
        });
        if (upperCase && place.size() <= 40)
            return true;
    }
    // Second of a pair after a place word: "in Iraq and Syria".
    if (before == QLatin1String("and") || before == QLatin1String("or")) {
        int cursor = start;
        for (int words = 0; words < 4 && cursor > 0; ++words) {
            while (cursor > 0 && text.at(cursor - 1).isSpace())
                --cursor;
            if (cursor > 0 && !text.at(cursor - 1).isLetter() && text.at(cursor - 1) != QLatin1Char('-'))
                break; // punctuation ends the phrase
            const QString word = wordBefore(text, cursor);
            if (words > 0 && (word == QLatin1String("in") || word == QLatin1String("across")
                              || word == QLatin1String("into") || word == QLatin1String("throughout")))
                return true;
            cursor -= int(word.size());
        }
    }
    return false;
}

// True where an organisation's name of capitalised words stands in the text all in lower case:
// the ordinary phrase ("Marib's southern front", "an islamic state"), not the name. Names are
// written capitalised; aliases that are lower case themselves ("regime forces") are read as
// they are.
bool readsAsPhrase(QStringView text, const Matcher::Match &match)
{
    const EntityType type = match.entry->type;
    if (match.adjective || (type != EntityType::ArmedGroup && type != EntityType::StateForce)
        || text.at(match.start).isUpper())
        return false; // nearly every name starts with a capital: asked first
    const QStringView surface = text.mid(match.start, match.end - match.start);
    if (!surface.contains(u' ') || std::any_of(surface.begin(), surface.end(),
                                               [](QChar c) { return c.isUpper(); }))
        return false;
    // Every word of the alias of four letters or more begins with a capital.
    bool capitalised = false;
    for (const QStringView word : QStringView(match.alias).split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() < 4)
            continue;
        if (!word.front().isUpper())
            return false;
        capitalised = true;
    }
    return capitalised;
}

// A state adjective is a mention only where it names the state acting: as the cue of a
// backing ("Turkish-backed") or as the owner of a force ("Russian warplanes").
const QRegularExpression &backingCue()
{
    static const QRegularExpression cue(QStringLiteral(
        "^[-\u2010\u2011 ](backed|led|supported|sponsored|funded|armed|allied|aligned|affiliated|"
        "linked|trained|run|controlled)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    return cue;
}

const QRegularExpression &forceNoun()
{
    static const QRegularExpression noun(QStringLiteral(
        "^ (?:(?:air|armed|military|special|security|ground|naval|government|occupation) )?"
        "(?:(?:forces?|troops|army) (?=(?:drones?|aircraft|helicopters?|jets?|warplanes?)\\b))?"
        "(forces?|troops|army|soldiers|military|warplanes?|jets?|aircraft|drones?|helicopters?|"
        "artillery|navy|air force|warships?|units?|advisers|advisors|instructors|police)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    return noun;
}

// "the Turkish regime", "the Turkish state": after a state's adjective, a noun that makes the
// two words the state itself. Returns the length of " regime" (or " state", " government")
// at the start of `after`, or 0; "state media", "state television" and the like are a
// source's words, and "state-run" an adjective of its own.
qsizetype stateNounLength(QStringView after)
{
    static const QStringView nouns[] = {u" regime", u" state", u" government"};
    static const QStringView sourceWords[] = {u" media", u" television", u" tv", u" news",
                                              u" agency", u" radio", u" broadcaster",
                                              u" outlet", u" outlets", u" newspaper"};
    for (const QStringView noun : nouns) {
        if (!after.startsWith(noun))
            continue;
        const QStringView rest = after.mid(noun.size());
        if (!rest.isEmpty() && (rest[0].isLetterOrNumber() || rest[0] == u'-'))
            return 0;
        for (const QStringView word : sourceWords) {
            if (rest.startsWith(word, Qt::CaseInsensitive)
                && (rest.size() == word.size() || !rest[word.size()].isLetter()))
                return 0;
        }
        return noun.size();
    }
    return 0;
}

// "US-led coalition aircraft", "Russian Aerospace Forces jets": after a state force's name, the
// platform it strikes with belongs to the mention. Returns the length of " aircraft" (and the
// like) at the start of `after`, or 0.
qsizetype platformNounLength(QStringView after)
{
    static const QStringView nouns[] = {u" aircraft", u" helicopters", u" helicopter",
                                        u" warplanes", u" warplane", u" jets", u" jet",
                                        u" drones", u" drone", u" gunships", u" gunship"};
    for (const QStringView noun : nouns) {
        if (after.startsWith(noun, Qt::CaseInsensitive)
            && (after.size() == noun.size() || !after[noun.size()].isLetterOrNumber()))
            return noun.size();
    }
    return 0;
}

// Whether `after` (the text after a state's name or adjective) can start forceNoun(): its first
// word is one that pattern opens with. Asked first so that most names cost no regular
// expression.
bool mayStartForceNoun(QStringView after)
{
    static const WordSet openers = {
        "air", "armed", "military", "special", "security", "ground", "naval", "government",
        "occupation", "force", "forces", "troops", "army", "drone", "drones", "aircraft",
        "helicopter", "helicopters", "jet", "jets", "warplane", "warplanes", "soldiers",
        "artillery", "navy", "warship", "warships", "unit", "units", "advisers", "advisors",
        "instructors", "police"};
    if (after.size() < 3 || after[0] != u' ')
        return false;
    char16_t word[16];
    qsizetype n = 0;
    for (qsizetype i = 1; i < after.size() && after[i].isLetter(); ++i) {
        if (n == 16)
            return false; // longer than any opener
        const char16_t c = after[i].unicode();
        word[n++] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    return openers.contains(QStringView(word, n));
}

// "Iraq's security forces", "Nigeria's army" after a state's name.
const QRegularExpression &possessiveForce()
{
    static const QRegularExpression force(
        QStringLiteral("^['\u2019]s (?:(?:armed|security|ground|regular|special) )?"
                       "(forces|army|military|troops|soldiers|police|air force|navy|national guard)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return force;
}

// A force noun read after a state's name or adjective ("warplanes", "'s security forces"): its
// length from the end of the name, and whether it is the police rather than the army.
struct ForceNounMatch
{
    int length = 0;
    bool police = false;
};

// forceNoun() or possessiveForce() matched at the start of `after`. No match object is made
// where the pattern is not run: most names are followed by no force noun, and an empty
// QRegularExpressionMatch still costs an allocation.
std::optional<ForceNounMatch> forceNounIn(const QRegularExpression &pattern, QStringView after)
{
    const QRegularExpressionMatch found = pattern.match(after);
    if (!found.hasMatch())
        return std::nullopt;
    return ForceNounMatch{int(found.capturedEnd(0)),
                          found.capturedView(1).compare(u"police", Qt::CaseInsensitive) == 0};
}

constexpr qsizetype s_cueWindow = 64;

// Where a place's name ends inside a matched span: before a last word that says what kind of
// place it is ("Idlib city", "Daraa governorate", "Borno State", "Mopti region").
int placeNameEnd(QStringView text, int start, int end)
{
    static const WordSet kinds = {"city", "town", "governorate", "province", "region", "state",
                                  "oblast", "district", "countryside", "county", "prefecture"};
    int space = end;
    while (space > start && !text.at(space - 1).isSpace())
        --space;
    if (space <= start + 1 || end - space > 11)
        return end; // one word (the name itself), or a last word longer than any kind
    char16_t last[11];
    for (int k = space; k < end; ++k) {
        const char16_t c = text.at(k).unicode();
        last[k - space] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    if (!kinds.contains(QStringView(last, end - space)))
        return end;
    int nameEnd = space;
    while (nameEnd > start && text.at(nameEnd - 1).isSpace())
        --nameEnd;
    return nameEnd;
}

// Where a source's name ends inside a matched span: before lower-case words that only say
// what kind of source it is ("Amaq" in "its Amaq news agency"; "North Press Agency" keeps its
// capitalised "Agency", which is part of the name).
int sourceNameEnd(QStringView text, int start, int end)
{
    static const WordSet kinds = {"agency", "news", "outlet", "website", "channel", "newspaper",
                                  "network", "media", "daily", "radio", "television"};
    for (;;) {
        int space = end;
        while (space > start && !text.at(space - 1).isSpace())
            --space;
        if (space <= start + 1)
            return end; // one word left: the name itself
        const QStringView last = text.mid(space, end - space);
        if (!kinds.contains(last)) // lower case only: a capitalised kind is part of the name
            return end;
        end = space;
        while (end > start && text.at(end - 1).isSpace())
            --end;
    }
}

bool insideClaimSegment(const QList<Segment> &segments, int start, int end)
{
    const auto it = std::upper_bound(segments.cbegin(), segments.cend(), start,
                                     [](int pos, const Segment &s) { return pos < s.end; });
    return it != segments.cend() && it->start <= start && end <= it->end
        && isClaimSegment(it->kind);
}

// The mentions that survive overlaps: the longer span wins, on equal length the one earlier
// in the two lists read as one, so the knowledge base's before the rules' (each list is ordered
// by start). Indexes into the two lists read as one, the
// knowledge base's first: index i < kb.size() is kb[i], any other rules[i - kb.size()]; ordered
// by start. A mention empty or outside the text of `textSize` UTF-16 units (no rule makes one)
// is left out. Indexes, not a list of the mentions: a mention is moved once, into the document.
std::vector<qsizetype> keptMentions(const QList<Mention> &kb, const QList<Mention> &rules,
                                    int textSize)
{
    std::vector<LongestSpans::Span> spans;
    std::vector<qsizetype> indexes; // into kb then rules, of each span
    spans.reserve(std::size_t(kb.size() + rules.size()));
    indexes.reserve(std::size_t(kb.size() + rules.size()));
    std::vector<int> runStarts{0};
    auto add = [&](const QList<Mention> &mentions, qsizetype firstIndex) {
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            const Mention &m = mentions.at(i);
            if (m.start < 0 || m.end <= m.start || m.end > textSize)
                continue;
            spans.push_back({m.start, m.end});
            indexes.push_back(firstIndex + i);
        }
    };
    add(kb, 0);
    runStarts.push_back(int(spans.size()));
    add(rules, kb.size());
    const std::vector<int> keptSpans = LongestSpans::keep(spans, runStarts);
    std::vector<qsizetype> kept;
    kept.reserve(keptSpans.size());
    for (const int k : keptSpans)
        kept.push_back(indexes[std::size_t(k)]);
    return kept;
}

// True when the words around a place name say it is the town: "the city of Kharkiv",
// "Idlib city", "the southern edge of Hasakah", a dateline "HASAKAH, Syria (Rudaw) -" (the
// codebook's decision: the town sense for "X city" and datelines; an edge, outskirts or centre
// is a town's).
bool readsAsTown(QStringView text, const Matcher::Match &m)
{
    static const QStringList before{
        QStringLiteral("city of "),      QStringLiteral("town of "),
        QStringLiteral("village of "),   QStringLiteral("edge of "),
        QStringLiteral("outskirts of "), QStringLiteral("centre of "),
        QStringLiteral("center of "),    QStringLiteral("heart of "),
        QStringLiteral("streets of "),   QStringLiteral("neighbourhood of "),
        QStringLiteral("neighborhood of ")};
    const QStringView head = text.mid(std::max(0, m.start - 17), std::min(m.start, 17));
    for (const QString &cue : before) {
        if (head.endsWith(cue, Qt::CaseInsensitive))
            return true;
    }
    if (text.mid(m.end, 5).startsWith(u" city", Qt::CaseInsensitive))
        return true;
    // A dateline: the name in capitals opens a line and a comma follows.
    const bool opensLine = m.start == 0 || text.at(m.start - 1) == QLatin1Char('\n');
    if (!opensLine || m.end >= text.size() || text.at(m.end) != QLatin1Char(','))
        return false;
    const QStringView name = text.mid(m.start, m.end - m.start);
    return std::none_of(name.begin(), name.end(), [](QChar c) { return c.isLower(); });
}

// Entries as a sorted set: the look-ups below run once per match of the article.
using EntrySet = std::vector<const KbEntry *>;

bool inSet(const EntrySet &set, const KbEntry *entry)
{
    return std::binary_search(set.cbegin(), set.cend(), entry);
}

void makeSet(EntrySet &set)
{
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
}

// One ambiguous match: the alternative the article names (`named`), or the town its words call
// for; else the knowledge base's first.
void settle(QStringView text, Matcher::Match &m, const EntrySet &named)
{
    // A governorate's name read as its town ("Idlib city"), or a state's name that is also a
    // town read as a place ("in Kyiv" the city, where "Kyiv has not commented" is Ukraine).
    const bool toTown = (m.entry->type == EntityType::Location
                         && m.entry->kind != QLatin1String("town") && readsAsTown(text, m))
        || (m.entry->type == EntityType::State && !m.adjective
            && (readsAsPlace(text, m.start, m.end) || readsAsTown(text, m)));
    for (const KbEntry *&alternative : m.alternatives) {
        // A state's name is its town only where the words read as a place, even where the
        // article names the town elsewhere ("Kyiv city ... Kyiv has not commented").
        const bool stateAndPlace = m.entry->type == EntityType::State
            && alternative->type == EntityType::Location;
        const bool wanted = toTown ? alternative->type == EntityType::Location
                && alternative->kind == QLatin1String("town")
                                   : !stateAndPlace && inSet(named, alternative);
        if (wanted) {
            std::swap(m.entry, alternative);
            return;
        }
    }
}

// An alias that names several entries ("SNA": the Syrian or the Somali National Army) means the
// one the article also names by an alias of its own ("the Somali National Army (SNA)"); a place
// alias of a governorate and its town ("Kharkiv") is the town where the words say so. Matches
// whose article settles nothing keep the knowledge base's order.
void settleAmbiguousAliases(QStringView text, QList<Matcher::Match> &matches)
{
    // The entries an ambiguous match could mean; usually none at all.
    EntrySet candidates;
    for (const Matcher::Match &m : matches) {
        if (m.alternatives.isEmpty())
            continue;
        candidates.push_back(m.entry);
        candidates.insert(candidates.end(), m.alternatives.cbegin(), m.alternatives.cend());
    }
    if (candidates.empty())
        return;
    makeSet(candidates);
    // Which of them the article names by an alias of their own.
    EntrySet named;
    for (const Matcher::Match &m : matches) {
        if (m.alternatives.isEmpty() && !m.adjective && inSet(candidates, m.entry))
            named.push_back(m.entry);
    }
    makeSet(named);
    for (Matcher::Match &m : matches) {
        if (m.alternatives.isEmpty())
            continue;
        if (!inSet(named, m.entry))
            settle(text, m, named);
        else if (m.entry->type == EntityType::State)
            settle(text, m, {}); // named too: only its town reading ("... in Kyiv") can win
    }
}

Provenance proposal(QString origin, double confidence, const QDateTime &now)
{
    Provenance p;
    p.status = Status::Proposed;
    p.origin = std::move(origin);
    p.confidence = confidence;
    p.annotator = Detector::annotatorName();
    p.created = now;
    p.updated = now;
    return p;
}

} // namespace

// The entries hits name lie scattered over memory, and each hit reads its entry and copies the
// entry's canonical name, id and origin (touching each string's reference count): a cache
// miss apiece, once a hit. They are fetched a few hits ahead, the entry itself first and the
// strings it points to once it has arrived.
void Detector::prefetchHitData(const QList<Matcher::Match> &matches, qsizetype index) const
{
#if defined(__GNUC__)
    if (index + 8 < matches.size()) {
        if (const KbEntry *entry = matches[index + 8].entry) {
            __builtin_prefetch(entry);
            __builtin_prefetch(&entry->certainty);
            const qsizetype entryIndex = entry - m_matcher.entries().constData();
            if (entryIndex >= 0 && entryIndex < qsizetype(m_origins.size()))
                __builtin_prefetch(&m_origins[std::size_t(entryIndex)]);
        }
    }
    if (index + 4 < matches.size()) {
        if (const KbEntry *entry = matches[index + 4].entry) {
            __builtin_prefetch(entry->canonical.constData());
            __builtin_prefetch(entry->id.constData());
            const qsizetype entryIndex = entry - m_matcher.entries().constData();
            if (entryIndex >= 0 && entryIndex < qsizetype(m_origins.size()))
                __builtin_prefetch(m_origins[std::size_t(entryIndex)].constData());
        }
    }
#else
    Q_UNUSED(matches);
    Q_UNUSED(index);
#endif
}

Detector::Detector(const KnowledgeBase &knowledgeBase)
    : m_knowledgeBase(knowledgeBase)
    , m_matcher(knowledgeBase)
{
    m_origins.reserve(std::size_t(m_matcher.entries().size()));
    for (const KbEntry &entry : m_matcher.entries())
        m_origins.push_back(QStringLiteral("kb:") + entry.id);
}

void Detector::detect(Document &document) const
{
    const QString &text = document.article.text;
    const OffsetMap offsets(text);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QList<Segment> segments; // UTF-16 positions
    for (const Segment &s : document.segments)
        segments.append({offsets.toUtf16(s.start), offsets.toUtf16(s.end), s.kind});
    if (segments.isEmpty())
        segments.append({0, int(text.size()), SegmentKind::Body});

    // 1. Knowledge-base hits in claim text. They go to the rules as hits (the rules need
    //    "Turkish" to read "Turkish-backed") and become mentions of their own.
    RuleInput input;
    input.text = text;
    input.segments = segments;
    input.published = document.article.published;
    QList<Mention> mentions; // the knowledge base's; UTF-16 positions until the end
    QHash<const KbEntry *, const KbEntry *> governorates; // place -> its governorate's entry
    // The states the article's places lie in, with how many places each: the one named most
    // (the first of a tie) is where the article is set.
    QList<QPair<QString, int>> placesIn;
    auto countPlace = [&](const QString &state) {
        if (state.isEmpty())
            return;
        for (auto &counted : placesIn) {
            if (counted.first == state) {
                ++counted.second;
                return;
            }
        }
        placesIn.append({state, 1});
    };
    QList<Matcher::Match> matches = m_matcher.find(text);
    input.hits.reserve(matches.size());
    mentions.reserve(matches.size());
    settleAmbiguousAliases(text, matches);
    for (qsizetype matchIndex = 0; matchIndex < matches.size(); ++matchIndex) {
        prefetchHitData(matches, matchIndex);
        const Matcher::Match &match = matches[matchIndex];
        if (!match.entry || !insideClaimSegment(segments, match.start, match.end))
            continue;
        const KbEntry &entry = *match.entry;
        if (readsAsPhrase(text, match))
            continue; // "Marib's southern front" is a front line, not the Southern Front
        // An old name in a later article means the actor it became ("Jabhat al-Nusra" in
        // 2019 is Hay'at Tahrir al-Sham); the origin keeps the entry the words matched.
        const KbEntry &referent = match.adjective
            ? entry
            : m_knowledgeBase.referentOn(entry, document.article.published);
        EntityHit hit;
        hit.start = match.start;
        hit.end = match.end;
        hit.type = match.adjective ? EntityType::State : entry.type;
        hit.canonical = referent.canonical;
        hit.kbId = referent.id;
        hit.confidence = entry.certainty == Certainty::Confirmed ? 0.9
                       : entry.certainty == Certainty::SecondHand ? 0.8 : 0.7;
        if (!match.alternatives.isEmpty())
            hit.confidence -= 0.2; // an ambiguous alias: the analyst should look

        Mention mention;
        mention.start = hit.start;
        mention.end = hit.end;
        mention.kbId = referent.id;
        mention.canonical = referent.canonical;
        const qsizetype entryIndex = &entry - m_matcher.entries().constData();
        QString origin = entryIndex >= 0 && entryIndex < qsizetype(m_origins.size())
            ? m_origins[std::size_t(entryIndex)]
            : QStringLiteral("kb:") + entry.id;
        if (&referent != &entry) {
            origin += QStringLiteral("+renamed");
            hit.confidence -= 0.1; // the analyst may read the old name as history
        }
        // The cues after an adjective are a few words long; the regular expressions read a
        // window, not the rest of the article (PCRE2 checks the whole subject's UTF-16 on every
        // match, which made every adjective cost the length of the text). The window is longer
        // than the longest cue plus the character its final \b looks at.
        const QStringView after = QStringView(text).mid(match.end).left(s_cueWindow);

        // "Russian warplanes", "Iraq's security forces": the state's forces acting, which are
        // its army (or police) where the knowledge base names one.
        auto becomeForce = [&](const ForceNounMatch &force) {
            const int end = match.end + force.length;
            hit.type = EntityType::StateForce;
            mention.end = end;
            hit.end = end;
            const QString &forceId = force.police ? entry.police : entry.army;
            if (const KbEntry *forceEntry
                = forceId.isEmpty() ? nullptr : m_knowledgeBase.entry(forceId)) {
                hit.canonical = mention.canonical = forceEntry->canonical;
                hit.kbId = mention.kbId = forceEntry->id;
            }
            origin += QStringLiteral("+force-noun");
        };
        if (entry.type == EntityType::State
            && (after.startsWith(u" dollar", Qt::CaseInsensitive)
                || after.startsWith(u" cents", Qt::CaseInsensitive)))
            continue; // "12,000 US dollars": money, not the state
        // "Lebanon's Hezbollah": the group's country, a place.
        const bool groupsCountry = !match.adjective && entry.type == EntityType::State
            && after.size() > 3 && Tokenizer::isApostrophe(after[0]) && after[1] == u's'
            && after[2] == u' ' && matchIndex + 1 < matches.size()
            && matches[matchIndex + 1].start == match.end + 3 && matches[matchIndex + 1].entry
            && matches[matchIndex + 1].entry->type == EntityType::ArmedGroup;
        const bool place = !match.adjective && entry.type == EntityType::State
            && (groupsCountry || readsAsPlace(text, match.start, match.end));
        // "US forces", "US occupation forces": a state's short name before a force noun is its
        // forces, as its adjective is ("American troops").
        const std::optional<ForceNounMatch> namedForce = !match.adjective
                && entry.type == EntityType::State && !place && mayStartForceNoun(after)
            ? forceNounIn(forceNoun(), after)
            : std::nullopt;
        if (namedForce) {
            becomeForce(*namedForce);
        } else if (match.adjective) {
            const std::optional<ForceNounMatch> force
                = mayStartForceNoun(after) ? forceNounIn(forceNoun(), after) : std::nullopt;
            if (force) {
                becomeForce(*force);
            } else if (const qsizetype noun = stateNounLength(after); noun > 0) {
                hit.end = mention.end = match.end + int(noun); // "the Turkish regime"
                origin += QStringLiteral("+state-noun");
            } else if (!backingCue().match(after).hasMatch()) {
                // A demonym in passing ("a Qatari commander", "Syrian activists") is neither a
                // mention nor a hit: left out, it cannot cut a name the rules read across it
                // ("Abu Abd al-Aziz al-Qatari").
                continue;
            }
        } else if (const std::optional<ForceNounMatch> owned = entry.type == EntityType::State
                           && after.size() > 2 && Tokenizer::isApostrophe(after[0])
                       ? forceNounIn(possessiveForce(), after)
                       : std::nullopt;
                   owned) {
            becomeForce(*owned);
        } else if (place) {
            hit.type = EntityType::Location; // "in eastern Syria" is a place
            origin += QStringLiteral("+place");
        } else if (entry.type == EntityType::StateForce) {
            if (const qsizetype platform = platformNounLength(after); platform > 0)
                hit.end = mention.end = match.end + int(platform); // "coalition aircraft"
        }
        if (hit.type == EntityType::Location) {
            // The span is the name only (the gold README's decision): an alias that ends in
            // "city", "governorate", "State" ... chose the sense, the word stays outside.
            hit.end = mention.end = placeNameEnd(text, hit.start, hit.end);
            countPlace(entry.type == EntityType::State ? entry.id : entry.country);
            // Looked up once per entry and article: a place is usually named many times.
            auto known = governorates.constFind(&entry);
            if (known == governorates.cend())
                known = governorates.insert(&entry, m_knowledgeBase.entry(entry.governorate));
            const KbEntry *governorate = *known;
            hit.admin1 = governorate ? governorate->canonical
                       : entry.kind == QLatin1String("governorate") ? entry.canonical : QString();
            hit.area = entry.kind == QLatin1String("region");
        }
        if (hit.type == EntityType::Source)
            hit.end = mention.end = sourceNameEnd(text, hit.start, hit.end);
        // "the YPJ General Command said": an armed actor's command speaking for itself keeps
        // the actor's type, and the span takes the command in (the gold README).
        if (hit.type == EntityType::ArmedGroup || hit.type == EntityType::StateForce) {
            for (const QStringView command : {QStringView(u" General Command"),
                                              QStringView(u" General Staff"),
                                              QStringView(u" Command")}) {
                if (!after.startsWith(command))
                    continue;
                // Not "SDF Commander X"; the text may end right after the command.
                const bool wholeWord = after.size() == command.size()
                    || !after.at(command.size()).isLetterOrNumber();
                if (wholeWord) {
                    hit.end = mention.end = match.end + int(command.size());
                    break;
                }
            }
        }
        mention.type = hit.type;
        mention.provenance = proposal(std::move(origin), hit.confidence, now);
        input.hits.append(std::move(hit));
        mentions.append(std::move(mention));
    }

    // The army and police a bare "the army" or "police" names: those of the article's state.
    const QPair<QString, int> *home = nullptr;
    for (const auto &counted : std::as_const(placesIn)) {
        if (!home || counted.second > home->second)
            home = &counted;
    }
    if (const KbEntry *state = home ? m_knowledgeBase.entry(home->first) : nullptr) {
        auto force = [&](const QString &id) {
            const KbEntry *entry = id.isEmpty() ? nullptr : m_knowledgeBase.entry(id);
            return entry ? HomeForce{entry->canonical, entry->id} : HomeForce{};
        };
        input.homeArmy = force(state->army);
        input.homePolice = force(state->police);
        input.homeState = state->canonical;
    }

    // 2. The rules.
    RuleOutput output = RuleEngine::run(input);

    // 3. Rule mentions join the knowledge-base ones; where two overlap, the longer span wins
    //    ("Abu Abd al-Aziz al-Qatari" over the demonym "Qatari"), and on a tie the knowledge
    //    base wins because it names a canonical entry.
    const qsizetype kbCount = mentions.size();
    const std::vector<qsizetype> kept = keptMentions(mentions, output.mentions, int(text.size()));

    // 4. Offsets to code points, texts sliced, provenance stamped. Events refer to their
    //    figures by the figures' numbers in the document (the store maps them to database ids
    //    when it saves the document).
    const auto toCodePoints = [&](int &start, int &end) {
        start = offsets.toCodePoint(start);
        end = offsets.toCodePoint(end);
    };
    const auto slice = [&](int start, int end) { return text.mid(start, end - start); };

    // Reviewed annotations stay; fresh proposals replace the old proposals.
    const auto reviewed = [](const Provenance &p) { return p.status != Status::Proposed; };
    document.mentions.removeIf([&](const Mention &m) { return !reviewed(m.provenance); });
    document.affiliations.removeIf([&](const Affiliation &a) { return !reviewed(a.provenance); });
    document.casualties.removeIf([&](const CasualtyFigure &c) { return !reviewed(c.provenance); });
    document.events.removeIf([&](const Event &e) { return !reviewed(e.provenance); });

    QSet<QPair<int, int>> reviewedSpans;
    for (const Mention &r : document.mentions)
        reviewedSpans.insert({r.start, r.end});
    document.mentions.reserve(document.mentions.size() + kept.size());
    for (const qsizetype index : kept) {
        const bool fromRules = index >= kbCount;
        Mention &m = fromRules ? output.mentions[index - kbCount] : mentions[index];
        if (fromRules) {
            m.provenance.created = now;
            m.provenance.updated = now;
            m.provenance.annotator = annotatorName();
        }
        // The rules' mentions and figures carry their surface already; the matcher's do not.
        if (m.text.size() != m.end - m.start)
            m.text = slice(m.start, m.end);
        toCodePoints(m.start, m.end);
        if (reviewedSpans.isEmpty() || !reviewedSpans.contains({m.start, m.end}))
            document.mentions.append(std::move(m));
    }
    document.affiliations.reserve(document.affiliations.size() + output.affiliations.size());
    for (Affiliation &a : output.affiliations) {
        toCodePoints(a.start, a.end);
        a.provenance.created = a.provenance.updated = now;
        a.provenance.annotator = annotatorName();
        document.affiliations.append(std::move(a));
    }
    // New figures are numbered after every id the document already holds, so an event can
    // name them unambiguously before the store gives them database ids.
    qint64 nextFigureId = 1;
    for (const CasualtyFigure &c : document.casualties)
        nextFigureId = std::max(nextFigureId, c.id + 1);
    const qint64 firstFigure = nextFigureId;
    document.casualties.reserve(document.casualties.size() + output.casualties.size());
    for (CasualtyFigure &c : output.casualties) {
        if (c.text.size() != c.end - c.start)
            c.text = slice(c.start, c.end);
        toCodePoints(c.start, c.end);
        c.id = nextFigureId++;
        c.provenance.created = c.provenance.updated = now;
        c.provenance.annotator = annotatorName();
        document.casualties.append(std::move(c));
    }
    document.events.reserve(document.events.size() + output.events.size());
    for (Event &e : output.events) {
        for (qint64 &figure : e.casualtyIds)
            figure += firstFigure; // rule index -> document number
        e.provenance.created = e.provenance.updated = now;
        e.provenance.annotator = annotatorName();
        document.events.append(std::move(e));
    }
}
