#pragma once

#include "core/exchange/datasetreader.h"

// Reads a document JSONL file (docs/document-json.md), with each line's "history" when present.
// A line that is not a document (bad JSON, an unknown status, an offset past the text, an event
// naming a figure the document lacks) fails the whole file with its line number.
class JsonlReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonlReader)

public:
    static DatasetReader::Result read(const QString &path);
};
