#pragma once

#include "core/exchange/datasettables.h"
#include "core/exchange/datasetwriter.h"

#include <QSaveFile>

// A CSV export of one table (RFC 4180: comma-separated, fields with a comma, quote or line
// break in double quotes, quotes doubled, records ended by CR LF, UTF-8 without BOM): the
// ACLED-style events table or the casualty-figures table. A text cell a spreadsheet would run
// as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe, and each such
// cell is listed in the loss report.
class CsvWriter : public DatasetWriter
{
public:
    explicit CsvWriter(DatasetTables::Table table);
    bool begin(const QString &path, QString *error) override;
    bool write(const DatasetItem &item, LossReport &loss, QString *error) override;
    bool finish(LossReport &loss, QString *error) override;
    qint64 bytesWritten() const override { return m_bytes; }

    // One field as written; *neutralised tells whether a formula lead was defused.
    static QString field(const QVariant &cell, bool *neutralised);
    // One record with its CR LF.
    static QString record(const QList<QVariant> &cells, QList<int> *neutralisedColumns);

private:
    bool put(const QString &text, QString *error);

    DatasetTables::Table m_table;
    QSaveFile m_file;
    qint64 m_bytes = 0;
};
