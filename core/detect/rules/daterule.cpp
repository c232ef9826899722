#include "core/detect/rules/daterule.h"

#include "core/detect/rules/numberreader.h"
#include "core/detect/rules/ruledocument.h"

#include <QRegularExpression>

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
int smallCount(const QString &word)
{
    static const QStringList words = {"one", "two", "three", "four", "five", "six",
                                      "seven", "eight", "nine", "ten", "eleven", "twelve"};
    bool ok = false;
    const int v = word.toInt(&ok);
    if (ok)
        return v;
    if (word.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0)
        return 1;
    return int(words.indexOf(word.toLower())) + 1;
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
         RE(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?%1(?:,?\\s+(\\d{4})\\b)?")
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

} // namespace

QString DateRule::isoFor(const QDate &date, DatePrecision precision)
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Day:
        return date.toString(Qt::ISODate);
    case DatePrecision::Week: {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return QStringLiteral("%1-W%2").arg(weekYear).arg(week, 2, 10, QChar(u'0'));
    }
    case DatePrecision::Month:
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
    auto taken = [&](int start, int end) {
        for (const DateMatch &m : found) {
            if (start < m.end && m.start < end)
                return true;
        }
        for (const EntityHit &e : document.entities()) {
            if (start < e.end && e.start < end)
                return true;
        }
        return false;
    };

    for (const Sentence &sentence : document.sentences()) {
        const QString slice = text.mid(sentence.start, sentence.end - sentence.start).toString();
        for (const Pattern &pattern : patterns()) {
            auto it = pattern.re.globalMatch(slice);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                DateMatch d;
                d.start = sentence.start + int(m.capturedStart());
                d.end = sentence.start + int(m.capturedEnd());
                d.origin = QString::fromLatin1(pattern.origin);
                if (pattern.kind == Kind::MonthAlone) // the cue word is not part of the date
                    d.start = sentence.start + int(m.capturedStart(1));
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
                    const auto next = people.match(slice.mid(m.capturedEnd()));
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
