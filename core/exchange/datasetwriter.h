#pragma once

#include "core/exchange/datasetformat.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class LossReport;

// One export format's writer: begin() opens the output (a file, or a folder for brat), write()
// adds one article and notes in the loss report what the format cannot carry, finish() makes
// the output complete. Until finish() succeeds nothing stands at the output path (files are
// written through QSaveFile), so a failed export never leaves half a file where a good one was.
class DatasetWriter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetWriter)

public:
    struct Options
    {
        bool history = false;             // jsonl: each article's history rows
        TagScheme scheme = TagScheme::Iob2; // conll
    };

    virtual ~DatasetWriter() = default;
    virtual bool begin(const QString &path, QString *error) = 0;
    virtual bool write(const DatasetItem &item, LossReport &loss, QString *error) = 0;
    virtual bool finish(LossReport &loss, QString *error) = 0;
    // Bytes written so far (for the benchmark and the progress line).
    virtual qint64 bytesWritten() const = 0;

    static std::unique_ptr<DatasetWriter> create(DatasetFormat format, const Options &options);
};
