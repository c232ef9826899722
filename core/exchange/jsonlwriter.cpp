#include "core/exchange/jsonlwriter.h"

#include "core/exchange/historyjson.h"

#include <QDir>
#include <QJsonDocument>

namespace {

// Documents queued for the worker at most; enough to ride out a long article.
constexpr size_t maxPending = 64;

QByteArray historyBytes(const DatasetItem &item, bool withHistory)
{
    if (!withHistory)
        return {};
    return QJsonDocument(HistoryJson::toJson(item.history)).toJson(QJsonDocument::Compact);
}

} // namespace

JsonlWriter::JsonlWriter(const Options &options)
    : m_options(options)
{
}

JsonlWriter::~JsonlWriter()
{
    stop();
}

QByteArray JsonlWriter::line(const DatasetItem &item, bool withHistory)
{
    return JsonlStream::line(item.document, historyBytes(item, withHistory));
}

bool JsonlWriter::begin(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    m_stream = std::make_unique<JsonlStream>(&m_file);
    m_worker = std::thread([this] { serialise(); });
    return true;
}

bool JsonlWriter::write(const DatasetItem &item, LossReport &, QString *error)
{
    Pending pending{item.document, historyBytes(item, m_options.history)};
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] {
            return m_pending.size() < maxPending || !m_failure.isEmpty();
        });
        if (!m_failure.isEmpty()) {
            *error = tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_file.fileName()), m_failure);
            return false;
        }
        m_pending.push_back(std::move(pending));
    }
    m_changed.notify_all();
    return true;
}

bool JsonlWriter::finish(LossReport &, QString *error)
{
    stop();
    const QString failed = failure();
    if (!failed.isEmpty()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), failed);
        return false;
    }
    if (!m_file.commit()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    return true;
}

void JsonlWriter::serialise()
{
    for (;;) {
        Pending next;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_pending.empty() || m_closing; });
            if (m_pending.empty())
                break; // closing, and everything is written
            next = std::move(m_pending.front());
            m_pending.pop_front();
        }
        m_changed.notify_all(); // room in the queue
        if (!m_stream->writeDocument(next.document, next.history)) {
            fail();
            return;
        }
        m_bytes = m_stream->bytesWritten();
    }
    if (!m_stream->flush())
        fail();
    m_bytes = m_stream->bytesWritten();
}

void JsonlWriter::fail()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_failure = m_stream->errorString();
    }
    m_changed.notify_all();
}

void JsonlWriter::stop()
{
    if (!m_worker.joinable())
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

QString JsonlWriter::failure()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_failure;
}
