#pragma once

#include "core/exchange/datasetreader.h"

#include <optional>

// Reads brat standoff: a folder of .txt files with their .ann files (or one .txt or .ann), as
// brat itself writes them and as BratWriter does. Entity types of the codebook become
// mentions, Casualty and Affiliation spans become figures and affiliations with their A lines
// and JSON notes, Event E lines become events, R lines of the codebook's relations become
// affiliations, N lines knowledge-base links. A span broken only at line breaks is joined; a
// really discontinuous span, a type outside the codebook, an Equiv line or a free-text note is
// skipped and listed in the loss report. A line that is not brat, an offset outside the text
// or a span whose text does not match its offsets fails the import with file and line.
class BratReader
{
    Q_DECLARE_TR_FUNCTIONS(BratReader)

public:
    static DatasetReader::Result read(const QString &path);

    // One article from its text and .ann content; `annPath` names the file in messages.
    static std::optional<Document> document(const QString &text, const QString &ann,
                                            const QString &annPath, LossReport &loss,
                                            QString *error);
};
