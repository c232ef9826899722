#include "core/exchange/datasetformat.h"

QList<DatasetFormat> DatasetFormats::all()
{
    return {DatasetFormat::Jsonl,   DatasetFormat::Brat,  DatasetFormat::Conll,
            DatasetFormat::Doccano, DatasetFormat::Spacy, DatasetFormat::AcledCsv,
            DatasetFormat::CasualtyCsv, DatasetFormat::Xlsx};
}

QList<DatasetFormat> DatasetFormats::importable()
{
    QList<DatasetFormat> result;
    for (DatasetFormat format : all()) {
        if (canImport(format))
            result.append(format);
    }
    return result;
}

QString DatasetFormats::name(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Jsonl: return QStringLiteral("jsonl");
    case DatasetFormat::Brat: return QStringLiteral("brat");
    case DatasetFormat::Conll: return QStringLiteral("conll");
    case DatasetFormat::Doccano: return QStringLiteral("doccano");
    case DatasetFormat::Spacy: return QStringLiteral("spacy");
    case DatasetFormat::AcledCsv: return QStringLiteral("acled");
    case DatasetFormat::CasualtyCsv: return QStringLiteral("casualties");
    case DatasetFormat::Xlsx: return QStringLiteral("xlsx");
    }
    return {};
}

std::optional<DatasetFormat> DatasetFormats::fromName(const QString &name)
{
    for (DatasetFormat format : all()) {
        if (DatasetFormats::name(format) == name.toLower())
            return format;
    }
    return std::nullopt;
}

QStringList DatasetFormats::names(const QList<DatasetFormat> &formats)
{
    QStringList result;
    for (DatasetFormat format : formats)
        result << name(format);
    return result;
}

QString DatasetFormats::description(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Jsonl: return tr("Document JSONL (lossless, the workbench's own)");
    case DatasetFormat::Brat: return tr("brat standoff (.txt + .ann per article)");
    case DatasetFormat::Conll: return tr("CoNLL-2003 style tokens and tags");
    case DatasetFormat::Doccano: return tr("doccano JSONL (text and label spans)");
    case DatasetFormat::Spacy: return tr("spaCy JSONL (text and entities)");
    case DatasetFormat::AcledCsv: return tr("ACLED-style events CSV");
    case DatasetFormat::CasualtyCsv: return tr("Casualty figures CSV");
    case DatasetFormat::Xlsx: return tr("Excel workbook (.xlsx), a sheet per table");
    }
    return {};
}

bool DatasetFormats::canImport(DatasetFormat format)
{
    return format == DatasetFormat::Jsonl || format == DatasetFormat::Brat
           || format == DatasetFormat::Conll || format == DatasetFormat::Doccano
           || format == DatasetFormat::Spacy;
}

bool DatasetFormats::writesFolder(DatasetFormat format)
{
    return format == DatasetFormat::Brat;
}

QString DatasetFormats::suffix(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Jsonl:
    case DatasetFormat::Doccano:
    case DatasetFormat::Spacy: return QStringLiteral("jsonl");
    case DatasetFormat::Brat: return {};
    case DatasetFormat::Conll: return QStringLiteral("conll");
    case DatasetFormat::AcledCsv:
    case DatasetFormat::CasualtyCsv: return QStringLiteral("csv");
    case DatasetFormat::Xlsx: return QStringLiteral("xlsx");
    }
    return {};
}

QString DatasetFormats::name(TagScheme scheme)
{
    switch (scheme) {
    case TagScheme::Iob2: return QStringLiteral("iob2");
    case TagScheme::Iob1: return QStringLiteral("iob1");
    case TagScheme::Bioes: return QStringLiteral("bioes");
    }
    return {};
}

std::optional<TagScheme> DatasetFormats::schemeFromName(const QString &name)
{
    for (TagScheme scheme : {TagScheme::Iob2, TagScheme::Iob1, TagScheme::Bioes}) {
        if (DatasetFormats::name(scheme) == name.toLower())
            return scheme;
    }
    return std::nullopt;
}
