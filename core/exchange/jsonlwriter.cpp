#include "core/exchange/jsonlwriter.h"

#include "core/exchange/documentjson.h"
#include "core/exchange/historyjson.h"

#include <QDir>
#include <QJsonDocument>

JsonlWriter::JsonlWriter(const Options &options)
    : m_options(options)
{
}

QByteArray JsonlWriter::line(const DatasetItem &item, bool withHistory)
{
    if (!withHistory)
        return DocumentJson::toLine(item.document);
    QJsonObject object = DocumentJson::toJson(item.document);
    object.insert(QStringLiteral("history"), HistoryJson::toJson(item.history));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool JsonlWriter::begin(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    return true;
}

bool JsonlWriter::write(const DatasetItem &item, LossReport &, QString *error)
{
    QByteArray bytes = line(item, m_options.history);
    bytes += '\n';
    if (m_file.write(bytes) != bytes.size()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    m_bytes += bytes.size();
    return true;
}

bool JsonlWriter::finish(LossReport &, QString *error)
{
    if (!m_file.commit()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    return true;
}
