#include "core/kb/delimitedreader.h"

DelimitedReader::Result DelimitedReader::read(QStringView text, QChar delimiter, bool quoting)
{
    Result result;
    Record record;
    QString field;
    int line = 1;
    int recordLine = 1;
    bool fieldQuoted = false;   // the current field began with a quote
    bool inQuotes = false;      // inside the quoted part of a field
    bool afterQuote = false;    // a quoted field closed; only a delimiter or break may follow
    bool badAfterQuote = false; // reported once per field

    auto endField = [&]() {
        record.fields.append(field);
        field.clear();
        fieldQuoted = inQuotes = afterQuote = badAfterQuote = false;
    };
    auto endRecord = [&]() {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank) {
            record.line = recordLine;
            result.records.append(record);
        }
        record = Record();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text[i];
        if (inQuotes) {
            if (ch == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (ch == u'\n')
                    ++line;
                field.append(ch);
            }
            continue;
        }
        if (ch == delimiter) {
            endField();
            continue;
        }
        if (ch == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            continue;
        if (ch == u'\n') {
            endRecord();
            ++line;
            recordLine = line;
            continue;
        }
        if (quoting && ch == u'"' && field.isEmpty() && !fieldQuoted && !afterQuote) {
            fieldQuoted = inQuotes = true;
            continue;
        }
        if (afterQuote && !badAfterQuote) {
            result.problems.append(
                {line, tr("text after the closing quote of a field (write \"\" for a quote inside a quoted field)")});
            badAfterQuote = true;
        }
        field.append(ch);
    }
    if (inQuotes)
        result.problems.append({recordLine, tr("a quoted field is not closed before the end of the file")});
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldQuoted)
        endRecord();
    return result;
}
