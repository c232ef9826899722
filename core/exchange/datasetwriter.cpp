#include "core/exchange/datasetwriter.h"

#include "core/exchange/bratwriter.h"
#include "core/exchange/conllwriter.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/jsonlwriter.h"
#include "core/exchange/spanjsonlwriter.h"
#include "core/exchange/xlsxwriter.h"

std::unique_ptr<DatasetWriter> DatasetWriter::create(DatasetFormat format, const Options &options)
{
    switch (format) {
    case DatasetFormat::Jsonl: return std::make_unique<JsonlWriter>(options);
    case DatasetFormat::Brat: return std::make_unique<BratWriter>();
    case DatasetFormat::Conll: return std::make_unique<ConllWriter>(options.scheme);
    case DatasetFormat::Doccano:
        return std::make_unique<SpanJsonlWriter>(SpanJsonlWriter::Variant::Doccano);
    case DatasetFormat::Spacy:
        return std::make_unique<SpanJsonlWriter>(SpanJsonlWriter::Variant::Spacy);
    case DatasetFormat::AcledCsv: return std::make_unique<CsvWriter>(DatasetTables::Table::Events);
    case DatasetFormat::CasualtyCsv:
        return std::make_unique<CsvWriter>(DatasetTables::Table::Casualties);
    case DatasetFormat::Xlsx: return std::make_unique<XlsxWriter>();
    }
    return std::make_unique<JsonlWriter>(options);
}
