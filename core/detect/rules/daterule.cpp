#include "core/detect/rules/daterule.h"

#include "core/detect/rules/numberreader.h"
#include "core/detect/rules/ruledocument.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

const QString s_month = QStringLiteral(
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)");
const QString s_weekday =
    QStringLiteral("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)");

int monthNumber(const QString &name)
{
    static const QStringList prefixes = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    return int(prefixes.indexOf(name.left(3).toLower())) + 1;
}

int weekdayNumber(const QString &name)
{
    static const QStringList days = {"monday", "tuesday", "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};
    return int(days.indexOf(name.toLower())) + 1;
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
    const char *origin;
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
         RE(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?%1(?!\\w)(?:,?\\s+(\\d{4})\\b)?")
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

// What a sentence holds that some pattern needs, from one pass over it. Each pattern runs only
// where its necessary words are present, so skipping it never loses a match:
//  - \d (Unicode digits: any surrogate counts, as astral digits are digits too) for Ago's
//    digits, and with a month for MonthDay and DayMonth;
//  - four such code units in a row (\d{4}) for Year, and with a month for MonthYear; followed
//    by "-" for Iso;
//  - a month's first three letters as the patterns spell them (case matters there, "Jan" ..
//    "Dec") for the four month patterns;
//  - for the case-insensitive ones, a piece of their fixed words made of ASCII letters other
//    than k and s (the only ASCII letters with a non-ASCII case partner, U+212A and U+017F):
//    "day" (weekdays), "terday" (yesterday), "today" or "morning", "night", "wee" (and "thi"
//    for this week), "month" (and "thi" for this month), "year" (and "thi" for this year),
//    "ago".
//
// Where a match can only start at or after some point, the pattern starts looking there
// (startOffset): the same matches, as a match found from an offset is the leftmost one at or
// after it and \b still looks at the character before. MonthDay and MonthYear start with the
// month, MonthAlone at most 11 code units before it ("throughout "); Iso and Year start with
// the first of four digits, so at most 3 code units before the first place four in a row end.
struct SentenceCues
{
    bool digit = false;
    bool fourDigits = false;
    bool iso = false;
    bool surrogate = false; // without one, the text is valid UTF-16 by construction
    bool month = false;
    bool day = false;
    bool yesterday = false;
    bool todayOrMorning = false;
    bool night = false;
    bool week = false;
    bool thi = false;
    bool monthWord = false;
    bool year = false;
    bool ago = false;
    qsizetype firstMonth = 0; // where the first month name starts, when month
    qsizetype firstFour = 0; // where four digits in a row first end, when fourDigits

    explicit SentenceCues(QStringView text)
    {
        const qsizetype n = text.size();
        auto lowerAt = [&](qsizetype k) {
            const char16_t c = text[k].unicode();
            return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        };
        auto wordAt = [&](qsizetype k, const char *word) {
            for (qsizetype i = 0; word[i]; ++i) {
                if (k + i >= n || lowerAt(k + i) != char16_t(word[i]))
                    return false;
            }
            return true;
        };
        // "Jan" .. "Dec" exactly as the patterns spell them, starting at k.
        auto monthAt = [&](qsizetype k) {
            if (k + 2 >= n)
                return false;
            const char16_t b = text[k + 1].unicode();
            const char16_t c = text[k + 2].unicode();
            switch (text[k].unicode()) {
            case u'J':
                return (b == u'a' && c == u'n') || (b == u'u' && (c == u'n' || c == u'l'));
            case u'F':
                return b == u'e' && c == u'b';
            case u'M':
                return b == u'a' && (c == u'r' || c == u'y');
            case u'A':
                return (b == u'p' && c == u'r') || (b == u'u' && c == u'g');
            case u'S':
                return b == u'e' && c == u'p';
            case u'O':
                return b == u'c' && c == u't';
            case u'N':
                return b == u'o' && c == u'v';
            case u'D':
                return b == u'e' && c == u'c';
            default:
                return false;
            }
        };
        // What an ASCII character may start: most characters start nothing and cost one
        // look-up. Upper-case letters may start a month, these letters in either case a word.
        enum : unsigned char { Digit = 1, Upper = 2, Word = 4 };
        static const auto classes = [] {
            std::array<unsigned char, 128> table {};
            for (char c = '0'; c <= '9'; ++c)
                table[std::size_t(c)] = Digit;
            for (char c = 'A'; c <= 'Z'; ++c)
                table[std::size_t(c)] = Upper;
            for (const char c : {'d', 'm', 'n', 'w', 'y', 'a', 't'}) {
                table[std::size_t(c)] |= Word;
                table[std::size_t(c - 32)] |= Word;
            }
            return table;
        }();
        int digitRun = 0; // digits (or surrogates) in a row up to k
        auto countDigit = [&](qsizetype k) {
            digit = true;
            if (++digitRun >= 4 && !fourDigits) {
                fourDigits = true;
                firstFour = k;
            }
        };
        for (qsizetype k = 0; k < n; ++k) {
            const QChar c = text[k];
            if (c.unicode() >= 0x80) {
                if (c.isDigit() || c.isSurrogate()) {
                    surrogate = surrogate || c.isSurrogate();
                    countDigit(k);
                } else {
                    digitRun = 0;
                }
                continue;
            }
            const unsigned char cls = classes[c.unicode()];
            if (cls == 0) {
                iso = iso || (c == u'-' && digitRun >= 4);
                digitRun = 0;
                continue;
            }
            if (cls & Digit) {
                countDigit(k);
                continue;
            }
            digitRun = 0;
            if (!month && (cls & Upper) && monthAt(k)) {
                month = true;
                firstMonth = k;
            }
            if (!(cls & Word))
                continue;
            // The second letter first: most letters start none of the words.
            const char16_t next = k + 1 < n ? lowerAt(k + 1) : u'\0';
            switch (lowerAt(k)) {
            case u'd':
                day = day || (next == u'a' && wordAt(k, "day"));
                break;
            case u'm':
                if (next == u'o') {
                    todayOrMorning = todayOrMorning || wordAt(k, "morning");
                    monthWord = monthWord || wordAt(k, "month");
                }
                break;
            case u'n':
                night = night || (next == u'i' && wordAt(k, "night"));
                break;
            case u'w':
                week = week || (next == u'e' && wordAt(k, "wee"));
                break;
            case u'y':
                year = year || (next == u'e' && wordAt(k, "year"));
                break;
            case u'a':
                ago = ago || (next == u'g' && wordAt(k, "ago"));
                break;
            case u't':
                thi = thi || (next == u'h' && wordAt(k, "thi"));
                todayOrMorning = todayOrMorning || (next == u'o' && wordAt(k, "today"));
                yesterday = yesterday || (next == u'e' && wordAt(k, "terday"));
                break;
            default:
                break;
            }
        }
    }

    bool mayMatch(Kind kind) const
    {
        switch (kind) {
        case Kind::Iso:
            return iso;
        case Kind::Year:
            return fourDigits;
        case Kind::MonthDay:
        case Kind::DayMonth:
            return digit && month;
        case Kind::MonthYear:
            return fourDigits && month;
        case Kind::MonthAlone:
            return month;
        case Kind::Weekday:
            return day;
        case Kind::Yesterday:
            return yesterday;
        case Kind::Today:
            return todayOrMorning;
        case Kind::LastNight:
            return night;
        case Kind::ThisWeek:
            return week && thi;
        case Kind::LastWeek:
            return week;
        case Kind::ThisMonth:
            return monthWord && thi;
        case Kind::LastMonth:
            return monthWord;
        case Kind::ThisYear:
            return year && thi;
        case Kind::LastYear:
            return year;
        case Kind::Ago:
            return ago;
        }
        return true;
    }

    qsizetype startOffset(Kind kind) const
    {
        switch (kind) {
        case Kind::MonthDay:
        case Kind::MonthYear:
            return firstMonth;
        case Kind::MonthAlone:
            return std::max<qsizetype>(0, firstMonth - 11);
        case Kind::Iso:
        case Kind::Year:
            return std::max<qsizetype>(0, firstFour - 3);
        default:
            return 0;
        }
    }
};

} // namespace

QString DateRule::isoFor(const QDate &date, DatePrecision precision)
{
    if (!date.isValid())
        return {};
    // Years of four digits (all the rules make) are written by hand: QDate::toString parses
    // its format on every call, and every date the rules find passes through here.
    const bool fourDigits = date.year() >= 1000 && date.year() <= 9999;
    auto isoDigits = [&](bool withDay) {
        char16_t out[10];
        int year = date.year();
        for (int k = 3; k >= 0; --k, year /= 10)
            out[k] = char16_t(u'0' + year % 10);
        out[4] = u'-';
        out[5] = char16_t(u'0' + date.month() / 10);
        out[6] = char16_t(u'0' + date.month() % 10);
        out[7] = u'-';
        out[8] = char16_t(u'0' + date.day() / 10);
        out[9] = char16_t(u'0' + date.day() % 10);
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
        return QString::number(date.year());
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

QList<DateMatch> DateRule::find(const RuleDocument &document)
{
    const QDate published = document.published();
    const QStringView text = document.text();
    QList<DateMatch> found;
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

    for (const Sentence &sentence : document.sentences()) {
        sentenceFound = found.size();
        const QStringView slice = text.mid(sentence.start, sentence.end - sentence.start);
        const SentenceCues cues(slice);
        // PCRE2 checks that the subject is valid UTF-16 on every call (once per pattern and
        // sentence), which cost as much as the matching; a sentence without surrogates cannot
        // be invalid, so the check is left out there. With surrogates it stays, so that a
        // broken pair fails to match exactly as before.
        const auto options = cues.surrogate ? QRegularExpression::NoMatchOption
                                            : QRegularExpression::DontCheckSubjectStringMatchOption;
        for (const Pattern &pattern : patterns()) {
            if (!cues.mayMatch(pattern.kind))
                continue;
            auto it = pattern.re.globalMatch(
                slice, cues.startOffset(pattern.kind), QRegularExpression::NormalMatch, options);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                DateMatch d;
                d.start = sentence.start + int(m.capturedStart());
                d.end = sentence.start + int(m.capturedEnd());
                d.origin = QString::fromLatin1(pattern.origin);
                // Prepositions are not part of a date ("on Sunday" -> "Sunday", "in April"
                // -> "April"); modifiers that narrow it are ("late April", "last Tuesday").
                if (pattern.kind == Kind::MonthAlone) {
                    const QStringView cue = slice.mid(m.capturedStart(), 5);
                    const bool narrows = cue.startsWith(u"early", Qt::CaseInsensitive)
                        || cue.startsWith(u"late", Qt::CaseInsensitive)
                        || cue.startsWith(u"mid", Qt::CaseInsensitive)
                        || cue.startsWith(u"last", Qt::CaseInsensitive)
                        || cue.startsWith(u"this", Qt::CaseInsensitive);
                    if (!narrows)
                        d.start = sentence.start + int(m.capturedStart(1));
                } else if (pattern.kind == Kind::Weekday
                           && m.captured(1).compare(u"on", Qt::CaseInsensitive) == 0) {
                    int dayStart = int(m.capturedEnd(1));
                    while (dayStart < slice.size() && slice.at(dayStart).isSpace())
                        ++dayStart;
                    d.start = sentence.start + dayStart;
                }
                if (taken(d.start, d.end))
                    continue;
                bool resolvable = published.isValid();
                switch (pattern.kind) {
                case Kind::Iso:
                    d.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(),
                                   m.captured(3).toInt());
                    if (!d.date.isValid())
                        continue;
                    break;
                case Kind::MonthDay:
                case Kind::DayMonth: {
                    const bool md = pattern.kind == Kind::MonthDay;
                    const int month = monthNumber(m.captured(md ? 1 : 2));
                    const int day = m.captured(md ? 2 : 1).toInt();
                    if (day < 1 || day > 31)
                        continue;
                    if (!m.captured(3).isEmpty()) {
                        d.date = QDate(m.captured(3).toInt(), month, day);
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
                        continue;
                    break;
                }
                case Kind::MonthYear:
                    d.date = QDate(m.captured(2).toInt(), monthNumber(m.captured(1)), 1);
                    d.precision = DatePrecision::Month;
                    break;
                case Kind::MonthAlone: {
                    const int month = monthNumber(m.captured(1));
                    d.precision = DatePrecision::Month;
                    d.confidence = 0.75;
                    if (resolvable)
                        d.date = QDate(yearFor(month, 1, published), month, 1);
                    break;
                }
                case Kind::Weekday: {
                    const QString qualifier = m.captured(1).toLower();
                    if (resolvable) {
                        const int wanted = weekdayNumber(m.captured(2));
                        int back = (published.dayOfWeek() - wanted + 7) % 7;
                        if (qualifier == QLatin1String("last") && back == 0)
                            back = 7;
                        d.date = published.addDays(-back);
                        d.confidence = 0.8;
                    }
                    break;
                }
                case Kind::Yesterday:
                    if (resolvable)
                        d.date = published.addDays(m.captured(0).size() > 10 ? -2 : -1);
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
                    const int n = smallCount(m.captured(1));
                    const QString unit = m.captured(2).toLower();
                    if (unit.startsWith(QLatin1String("day"))) {
                        d.date = published.addDays(-n);
                    } else if (unit.startsWith(QLatin1String("week"))) {
                        d.date = published.addDays(-7 * n);
                        d.precision = DatePrecision::Week;
                    } else if (unit.startsWith(QLatin1String("month"))) {
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
                    static const QRegularExpression people(QStringLiteral("^\\s+([\\w'-]+)"));
                    const auto next = people.match(
                        slice.mid(m.capturedEnd()), 0, QRegularExpression::NormalMatch, options);
                    if (next.hasMatch() && NumberReader::isPeopleNoun(next.captured(1).toLower()))
                        continue;
                    d.date = QDate(m.captured(1).toInt(), 1, 1);
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
                found.append(d);
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
