#pragma once

#include <QString>

// One place where a trainee's reading of a gold article differs from gold, as the feedback
// view shows it: what kind of difference, where, both values, a sentence in the user's
// language and the codebook rule (a GuidelineAnchors id) that decides it.
struct Disagreement
{
    enum class Kind {
        Missed,     // gold has it, the trainee does not
        Extra,      // the trainee has it, gold does not
        WrongType,  // the same or an overlapping span with another entity type
        WrongSpan,  // the same type on an overlapping span with other boundaries
        WrongValue, // the same annotation with one field read differently
    };

    Kind kind = Kind::Missed;
    QString annotation; // "mention", "affiliation", "casualty", "event"
    QString field;      // WrongValue only: "relation", "victim", "best", "date", ...
    QString documentId;
    int start = -1;     // code points of the article; -1 when it has no span (an event
    int end = -1;       // without casualty figures)
    QString goldValue;
    QString traineeValue;
    QString explanation;
    QString ruleId;
};

// "missed", "extra", "wrong_type", "wrong_span", "wrong_value"
QString toString(Disagreement::Kind kind);
