#pragma once

#include "core/exchange/datasetwriter.h"

#include <QSaveFile>

// The training-data JSONL a model builder feeds to doccano or spaCy: per article
// {"id", "text", "label": [[start, end, "TYPE"], ...]} (doccano) or
// {"text", "entities": [[start, end, "TYPE"], ...]} (spaCy). Offsets are code points of the
// text as it is (Python's string indices). The spans are the mentions (their entity type) and
// the casualty figures (CASUALTY); rejected ones are no labels and are left out. spaCy's
// entities cannot overlap: mentions go before figures and longer before shorter; a span that
// overlaps one already placed is left out and listed.
class SpanJsonlWriter : public DatasetWriter
{
public:
    enum class Variant { Doccano, Spacy };

    explicit SpanJsonlWriter(Variant variant);
    bool begin(const QString &path, QString *error) override;
    bool write(const DatasetItem &item, LossReport &loss, QString *error) override;
    bool finish(LossReport &loss, QString *error) override;
    qint64 bytesWritten() const override { return m_bytes; }

    static QByteArray line(const Document &document, Variant variant, LossReport &loss);
    static QString casualtyLabel() { return QStringLiteral("CASUALTY"); }

private:
    Variant m_variant;
    QSaveFile m_file;
    qint64 m_bytes = 0;
};
