#pragma once

#include "core/model/document.h"

#include <QByteArray>
#include <QString>

#include <array>

class QIODevice;

// Writes document JSON lines straight into a byte buffer, without building QJsonObjects, and
// hands the buffer to a device whenever it fills. The bytes are exactly those of
// DocumentJson::toLine (the reference, kept for cwb annotate --json and the tests): keys in
// the order QJsonDocument::Compact writes them (alphabetical), numbers as QJsonValue prints
// them, strings escaped as Qt's JSON writer escapes them. test_exchange compares the two on
// the awkward fixture and on a document with every field set; any change to the document JSON
// is made in DocumentJson::toJson and here together.
class JsonlStream
{
public:
    // Without a device the stream only collects (see take()).
    explicit JsonlStream(QIODevice *device = nullptr);

    // Appends one document and a newline. `history`, when not empty, is the article's history
    // as a compact JSON array (HistoryJson::toJson) and goes in as its "history" key.
    // Returns false when the device refused the bytes (a full disk); errorString() says why.
    bool writeDocument(const Document &document, const QByteArray &history = {});
    // Hands what is buffered to the device.
    bool flush();
    QString errorString() const { return m_error; }
    // Bytes written so far, counting those still buffered.
    qint64 bytesWritten() const { return m_flushed + m_used; }

    // What is buffered, emptied; for a stream without a device.
    QByteArray take();

    // One line without its newline, the same bytes as DocumentJson::toLine(document).
    static QByteArray line(const Document &document, const QByteArray &history = {});

private:
    void writeBody(const Document &document, const QByteArray &history);
    void writeProvenance(const Provenance &provenance);

    // Primitives. key() writes the separating comma unless it opens the object.
    char *reserve(qsizetype bytes);
    void raw(const char *text, qsizetype length);
    template<qsizetype N>
    void raw(const char (&text)[N]) { raw(text, N - 1); }
    void rawByte(char byte);
    template<qsizetype N>
    void key(const char (&name)[N]) { keyed(name, N - 1); }
    void keyed(const char *name, qsizetype length);
    void separate();
    void string(QStringView text);
    void integer(qint64 value);
    void number(double value);
    void boolean(bool value);
    void dateTime(const QDateTime &when);
    void date(const QDate &date);

    QIODevice *m_device = nullptr;
    QByteArray m_buffer; // m_used bytes of it are filled
    qsizetype m_used = 0;
    qint64 m_flushed = 0;
    QString m_error;

    // What was formatted last, for the values that repeat (see number() and dateTime()).
    double m_lastNumber = 0;
    QByteArray m_lastNumberText;
    struct FormattedTime
    {
        qint64 instant = 0; // ms since the epoch
        qsizetype length = 0; // 0: empty slot
        char text[26];
    };
    std::array<FormattedTime, 2> m_times;
    size_t m_nextTime = 0;
};
