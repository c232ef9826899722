#pragma once

#include "core/model/annotation.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QString>

class RuleDocument;

// How exactly a date is known.
enum class DatePrecision { Day, Week, Month, Year };

// A date or period found in the text, resolved against the publication date where it can be.
struct DateMatch
{
    int start = 0;
    int end = 0;
    QDate date;                // first day of the period; invalid when unresolved
    DatePrecision precision = DatePrecision::Day;
    QString canonical;         // see DateRule
    QString origin;            // "rule:date.absolute", ...
    double confidence = 0.9;
};

// Proposes DATE mentions (codebook section 2): "March 22", "22 March 2019", "January 2014",
// "2017", "on Tuesday", "last week", "yesterday", "three days ago".
//
// How precision is carried: the Mention has no precision field, so the canonical is an ISO 8601
// form whose shape says it: "2019-03-22" day, "2019-W12" week, "2019-03" month, "2019" year.
// A day without a known year (no publication date) is "--03-22" (ISO 8601 truncated form). A
// relative date that cannot be resolved (no publication date) keeps its surface text as the
// canonical, with low confidence, like any mention without a knowledge-base entry.
//
// Relative dates resolve against RuleInput::published: a weekday is the latest such day on or
// before publication ("last Tuesday" strictly before), a day-and-month without a year takes the
// publication year unless that puts it more than a month after publication (then the year before).
class DateRule
{
public:
    static QList<DateMatch> find(const RuleDocument &document);
    static Mention toMention(const DateMatch &match, const RuleDocument &document);
    static QString isoFor(const QDate &date, DatePrecision precision);
    // ACLED time precision: 1 day, 2 week, 3 month or longer.
    static int timePrecision(DatePrecision precision);
    // The words a date is built around (month and weekday names, "yesterday", "week", "ago",
    // ...): the TokenClass::DateHead list.
    static QStringList headWords();
};
