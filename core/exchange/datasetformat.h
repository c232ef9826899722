#pragma once

#include "core/model/document.h"
#include "core/store/projectstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The dataset formats the workbench writes and reads (docs/exchange.md), and their names on
// the command line and in the export dialog.
enum class DatasetFormat { Jsonl, Brat, Conll, Doccano, Spacy, AcledCsv, CasualtyCsv, Xlsx };

// How CoNLL tags mark the tokens of a span (docs/exchange.md).
enum class TagScheme { Iob2, Iob1, Bioes };

// One article as it travels through an export or an import: the document and, on request,
// its history (annotationId is the id of the annotation in `document`).
struct DatasetItem
{
    Document document;
    QList<ProjectStore::HistoryEntry> history;
};

// Names, descriptions and abilities of the formats.
class DatasetFormats
{
    Q_DECLARE_TR_FUNCTIONS(DatasetFormats)

public:
    static QList<DatasetFormat> all();
    static QList<DatasetFormat> importable();
    static QString name(DatasetFormat format); // "jsonl", "brat", ..., as on the command line
    static std::optional<DatasetFormat> fromName(const QString &name);
    static QStringList names(const QList<DatasetFormat> &formats);
    static QString description(DatasetFormat format); // for the user, translated
    static bool canImport(DatasetFormat format);
    // brat writes a folder (a .txt and an .ann per article); the others one file.
    static bool writesFolder(DatasetFormat format);
    // The usual file name ending, for file dialogs: "jsonl", "csv", "xlsx", "conll"; empty
    // for a folder.
    static QString suffix(DatasetFormat format);

    static QString name(TagScheme scheme); // "iob2", "iob1", "bioes"
    static std::optional<TagScheme> schemeFromName(const QString &name);
};
