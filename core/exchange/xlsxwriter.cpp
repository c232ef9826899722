#include "core/exchange/xlsxwriter.h"

#include "core/exchange/lossreport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace {

constexpr quint32 maxRows = LXW_ROW_MAX;

} // namespace

XlsxWriter::XlsxWriter() = default;

// A workbook never finished is closed here so that libxlsxwriter frees it; its part file goes.
XlsxWriter::~XlsxWriter()
{
    if (m_workbook) {
        workbook_close(m_workbook);
        QFile::remove(m_partPath);
    }
}

bool XlsxWriter::begin(const QString &path, QString *error)
{
    m_path = path;
    m_partPath = path + QStringLiteral(".part");
    m_tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpdir.data();
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
    if (!m_workbook) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    lxw_format *bold = workbook_add_format(m_workbook);
    format_set_bold(bold);
    for (DatasetTables::Table table : DatasetTables::all()) {
        lxw_worksheet *sheet = workbook_add_worksheet(
            m_workbook, DatasetTables::name(table).toUtf8().constData());
        const QStringList header = DatasetTables::header(table);
        for (int column = 0; column < header.size(); ++column)
            worksheet_write_string(sheet, 0, lxw_col_t(column), header.at(column).toUtf8().constData(),
                                   bold);
        worksheet_freeze_panes(sheet, 1, 0);
        m_sheets.insert(int(table), sheet);
        m_rows.insert(int(table), 1);
    }
    return true;
}

bool XlsxWriter::write(const DatasetItem &item, LossReport &loss, QString *)
{
    const Document &document = item.document;
    DatasetTables::noteNotCarried(document, DatasetTables::all(), loss);
    for (DatasetTables::Table table : DatasetTables::all()) {
        lxw_worksheet *sheet = m_sheets.value(int(table));
        const QStringList header = DatasetTables::header(table);
        quint32 &row = m_rows[int(table)];
        for (const DatasetTables::Row &data : DatasetTables::rows(table, document, &loss)) {
            if (row >= maxRows) {
                loss.add(document.article.uid, data.annotation, tr("row past Excel's limit"),
                         tr("the %1 sheet is full (1,048,576 rows)")
                             .arg(DatasetTables::name(table)));
                continue;
            }
            for (int column = 0; column < data.cells.size(); ++column) {
                const QVariant &cell = data.cells.at(column);
                switch (cell.typeId()) {
                case QMetaType::UnknownType:
                    break;
                case QMetaType::Bool:
                    worksheet_write_boolean(sheet, row, lxw_col_t(column), cell.toBool(), nullptr);
                    break;
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::Double:
                    worksheet_write_number(sheet, row, lxw_col_t(column), cell.toDouble(), nullptr);
                    break;
                default: {
                    QString text = cell.toString();
                    if (text.isEmpty())
                        break;
                    if (text.size() > maxCellCharacters) {
                        loss.add(document.article.uid, data.annotation, tr("cell cut at 32,767 "
                                                                           "characters"),
                                 tr("%1 has %2 characters; Excel cells hold 32,767")
                                     .arg(header.value(column))
                                     .arg(text.size()));
                        text.truncate(maxCellCharacters);
                        if (text.back().isHighSurrogate())
                            text.chop(1);
                    }
                    const QByteArray utf8 = text.toUtf8();
                    m_bytes += utf8.size();
                    worksheet_write_string(sheet, row, lxw_col_t(column), utf8.constData(), nullptr);
                    break;
                }
                }
            }
            ++row;
        }
    }
    return true;
}

bool XlsxWriter::finish(LossReport &, QString *error)
{
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (result != LXW_NO_ERROR) {
        QFile::remove(m_partPath);
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        *error = tr("Cannot replace %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!QFile::rename(m_partPath, m_path)) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    m_bytes = QFileInfo(m_path).size();
    return true;
}
