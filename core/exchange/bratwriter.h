#pragma once

#include "core/exchange/datasetwriter.h"

#include <QSet>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// brat standoff export (docs/exchange.md): a folder with a .txt (LF line ends) and an .ann per
// article and an annotation.conf generated from the codebook. Offsets are code points of the
// .txt. Mentions, casualty figures and affiliations are T lines with A lines for their closed
// values; affiliations are also R lines where both actors are mentioned in the stating span;
// events are E lines anchored on a casualty figure or a mention; knowledge-base links are N
// lines; numbers, names and provenance go in an AnnotatorNotes line of JSON per annotation,
// which BratReader reads back.
//
// The folder is built in a temporary folder beside the target and moved into place by finish().
class BratWriter : public DatasetWriter
{
public:
    bool begin(const QString &path, QString *error) override;
    bool write(const DatasetItem &item, LossReport &loss, QString *error) override;
    bool finish(LossReport &loss, QString *error) override;
    qint64 bytesWritten() const override { return m_bytes; }

    // The .ann of one document and the .txt it points into (for tests and the writer).
    struct Files
    {
        QString text;
        QString ann;
    };
    static Files standoff(const Document &document, LossReport &loss, QSet<QString> *eventTypes,
                          QSet<QString> *subEventTypes);
    static QString annotationConf(const QSet<QString> &eventTypes,
                                  const QSet<QString> &subEventTypes);
    // brat attribute values and type names cannot hold spaces: "Violence against civilians"
    // -> "Violence_against_civilians".
    static QString bratName(const QString &value);

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_staging;
    QSet<QString> m_eventTypes;
    QSet<QString> m_subEventTypes;
    qint64 m_bytes = 0;
};
