#pragma once

#include "core/exchange/datasetwriter.h"
#include "core/exchange/jsonlstream.h"

#include <QSaveFile>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

// The document JSONL export: one document JSON (docs/document-json.md) per line, with each
// article's "history" when asked. Lossless: JsonlReader reads it back to the same project.
// The lines are written by JsonlStream (no QJsonObject is built), byte for byte what
// DocumentJson::toLine gives.
//
// Serialising and writing take about as long as reading the articles from the database, so
// they run on a thread of their own: write() queues a copy of the document (Qt's implicitly
// shared strings and lists, so no text is copied) and returns, and the worker turns the queue
// into lines. At most a few dozen documents wait, so memory stays bounded. The worker alone
// touches m_stream and m_file between begin() and finish(); finish() (or the destructor, for
// an export given up) waits for it before committing (or discarding) the file. A write error
// stops the worker, and the next write() or finish() reports it.
class JsonlWriter : public DatasetWriter
{
public:
    explicit JsonlWriter(const Options &options);
    ~JsonlWriter() override;
    bool begin(const QString &path, QString *error) override;
    bool write(const DatasetItem &item, LossReport &loss, QString *error) override;
    bool finish(LossReport &loss, QString *error) override;
    qint64 bytesWritten() const override { return m_bytes; }

    // One line without its newline; what write() puts in the file.
    static QByteArray line(const DatasetItem &item, bool withHistory);

private:
    struct Pending
    {
        Document document;
        QByteArray history; // compact JSON array, or empty
    };

    void serialise();
    // The worker's end after a write error: records it for write() and finish().
    void fail();
    // Lets the worker write what is queued, then waits for it to end.
    void stop();
    QString failure();

    Options m_options;
    QSaveFile m_file;
    std::unique_ptr<JsonlStream> m_stream; // writes into m_file
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed; // the queue, m_closing or m_failure changed
    std::deque<Pending> m_pending;     // guarded by m_mutex
    bool m_closing = false;            // guarded by m_mutex
    QString m_failure;                 // guarded by m_mutex; set by the worker
    std::atomic<qint64> m_bytes{0};
};
