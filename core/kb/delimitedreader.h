#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Splits delimited text into records: CSV as RFC 4180 describes it (fields in double quotes
// may hold the delimiter, line breaks and doubled quotes "") or TSV (tab-separated; quoting
// may be turned off, as the bundled knowledge-base files do, so a '"' is an ordinary
// character there). Line breaks may be LF or CRLF. Blank lines are skipped.
class DelimitedReader
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedReader)

public:
    struct Record
    {
        int line = 0; // 1-based physical line on which the record starts
        QStringList fields;
    };
    struct Problem
    {
        int line = 0;
        QString message; // translated, without the "line N: " prefix
    };
    struct Result
    {
        QList<Record> records;
        QList<Problem> problems;
    };

    static Result read(QStringView text, QChar delimiter, bool quoting = true);
};
