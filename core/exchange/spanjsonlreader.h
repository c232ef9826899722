#pragma once

#include "core/exchange/datasetreader.h"

// Reads doccano or spaCy JSONL: per line a "text" and its spans in "label", "labels" or
// "entities", each [start, end, "TYPE"] or {"start_offset", "end_offset", "label"} (doccano's
// newer export), offsets in code points. Entity types of the codebook become mentions
// (status manual), CASUALTY a casualty figure with unknown numbers; any other label is
// listed in the loss report. A line that is not such an object, or a span outside its text,
// fails the whole file with its line number.
class SpanJsonlReader
{
    Q_DECLARE_TR_FUNCTIONS(SpanJsonlReader)

public:
    static DatasetReader::Result read(const QString &path, const QString &origin);
};
