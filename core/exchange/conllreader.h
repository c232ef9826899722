#pragma once

#include "core/exchange/datasetreader.h"

// Reads CoNLL-2003 style files: "-DOCSTART-" lines start articles (a file without them is one
// article), blank lines end sentences, each other line is a token and its tag in the last
// column (two columns as ConllWriter writes, or CoNLL-2003's four). The text is rebuilt with
// the tokens of a sentence joined by spaces and sentences by line breaks. Tags are read in
// the scheme given (IOB2, IOB1, BIOES); a type outside the codebook is listed in the loss
// report; a line without a tag, or a tag that is not O or PREFIX-TYPE of the scheme, fails the
// file with its line number.
class ConllReader
{
    Q_DECLARE_TR_FUNCTIONS(ConllReader)

public:
    static DatasetReader::Result read(const QString &path, TagScheme scheme);
};
