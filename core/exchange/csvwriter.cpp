#include "core/exchange/csvwriter.h"

#include "core/exchange/lossreport.h"

#include <QDir>

CsvWriter::CsvWriter(DatasetTables::Table table)
    : m_table(table)
{
}

QString CsvWriter::field(const QVariant &cell, bool *neutralised)
{
    *neutralised = false;
    QString text;
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(cell.toLongLong());
    case QMetaType::Double:
        return QString::number(cell.toDouble(), 'g', 15);
    default:
        text = cell.toString();
        break;
    }
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r')) {
            text.prepend(QLatin1Char('\''));
            *neutralised = true;
        }
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString CsvWriter::record(const QList<QVariant> &cells, QList<int> *neutralisedColumns)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        bool neutralised = false;
        if (i > 0)
            line += QLatin1Char(',');
        line += field(cells.at(i), &neutralised);
        if (neutralised && neutralisedColumns)
            neutralisedColumns->append(i);
    }
    return line + QStringLiteral("\r\n");
}

bool CsvWriter::put(const QString &text, QString *error)
{
    const QByteArray bytes = text.toUtf8();
    if (m_file.write(bytes) != bytes.size()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    m_bytes += bytes.size();
    return true;
}

bool CsvWriter::begin(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    QList<QVariant> header;
    for (const QString &name : DatasetTables::header(m_table))
        header << name;
    return put(record(header, nullptr), error);
}

bool CsvWriter::write(const DatasetItem &item, LossReport &loss, QString *error)
{
    const Document &document = item.document;
    DatasetTables::noteNotCarried(document, {m_table}, loss);
    const QStringList header = DatasetTables::header(m_table);
    for (const DatasetTables::Row &row : DatasetTables::rows(m_table, document, &loss)) {
        QList<int> neutralised;
        if (!put(record(row.cells, &neutralised), error))
            return false;
        for (int column : std::as_const(neutralised))
            loss.add(document.article.uid, row.annotation, tr("cell neutralised (formula)"),
                     tr("%1 starts with a formula character; written with a leading '")
                         .arg(header.value(column)));
    }
    return true;
}

bool CsvWriter::finish(LossReport &, QString *error)
{
    if (!m_file.commit()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    return true;
}
