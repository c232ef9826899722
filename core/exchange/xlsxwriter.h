#pragma once

#include "core/exchange/datasettables.h"
#include "core/exchange/datasetwriter.h"

#include <QHash>

struct lxw_workbook;
struct lxw_worksheet;

// Excel export through libxlsxwriter (Debian's libxlsxwriter-dev): one sheet per table of
// DatasetTables (articles, entities, affiliations, casualties, events), numbers as numbers,
// the header row frozen. The workbook is built in constant-memory mode, so a large project
// does not grow in memory, in a file beside the target that replaces it at the end. Excel's
// limits are reported, not hit: a cell holds at most 32,767 characters (a longer article text
// is cut and listed) and a sheet 1,048,576 rows (further rows are listed).
class XlsxWriter : public DatasetWriter
{
public:
    XlsxWriter();
    ~XlsxWriter() override;
    bool begin(const QString &path, QString *error) override;
    bool write(const DatasetItem &item, LossReport &loss, QString *error) override;
    bool finish(LossReport &loss, QString *error) override;
    qint64 bytesWritten() const override { return m_bytes; }

    static constexpr int maxCellCharacters = 32767;

private:
    QString m_path;
    QString m_partPath;
    QByteArray m_tmpdir;
    lxw_workbook *m_workbook = nullptr;
    QHash<int, lxw_worksheet *> m_sheets; // by DatasetTables::Table
    QHash<int, quint32> m_rows;           // next row per sheet
    qint64 m_bytes = 0;
};
