#pragma once

#include "core/exchange/conlltokenizer.h"
#include "core/exchange/datasetwriter.h"

#include <QSaveFile>

// CoNLL-2003 style export: "-DOCSTART- O" and a blank line open each article, then one
// "TOKEN TAG" line per token (ConllTokenizer), a blank line after each sentence. Tags are the
// entity types of the mentions in IOB2 (default), IOB1 or BIOES. Rejected mentions are no
// entities; a mention overlapping or nested in a longer one cannot be tagged and is listed in
// the loss report, as is everything but the mentions' types and spans.
class ConllWriter : public DatasetWriter
{
public:
    explicit ConllWriter(TagScheme scheme);
    bool begin(const QString &path, QString *error) override;
    bool write(const DatasetItem &item, LossReport &loss, QString *error) override;
    bool finish(LossReport &loss, QString *error) override;
    qint64 bytesWritten() const override { return m_bytes; }

    // One article's block (DOCSTART line included).
    static QString block(const Document &document, TagScheme scheme, LossReport &loss);

private:
    TagScheme m_scheme;
    QSaveFile m_file;
    qint64 m_bytes = 0;
};
