#pragma once

#include "core/exchange/datasetwriter.h"

#include <QSaveFile>

// The document JSONL export: one document JSON (docs/document-json.md) per line, with each
// article's "history" when asked. Lossless: JsonlReader reads it back to the same project.
class JsonlWriter : public DatasetWriter
{
public:
    explicit JsonlWriter(const Options &options);
    bool begin(const QString &path, QString *error) override;
    bool write(const DatasetItem &item, LossReport &loss, QString *error) override;
    bool finish(LossReport &loss, QString *error) override;
    qint64 bytesWritten() const override { return m_bytes; }

    // One line without its newline; what write() puts in the file.
    static QByteArray line(const DatasetItem &item, bool withHistory);

private:
    Options m_options;
    QSaveFile m_file;
    qint64 m_bytes = 0;
};
