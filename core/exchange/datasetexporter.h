#pragma once

#include "core/exchange/datasetformat.h"
#include "core/exchange/exportfilter.h"
#include "core/exchange/lossreport.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class ProjectStore;

// Exports a project's articles in one format: reads each article, applies the filter, hands it
// to the format's writer, and writes the loss report beside the output
// (LossReport::pathFor). The CLI and the export dialog both export through here.
class DatasetExporter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)

public:
    struct Options
    {
        DatasetFormat format = DatasetFormat::Jsonl;
        QString path; // a file, or a folder for brat
        ExportFilter filter;
        bool history = false;
        TagScheme scheme = TagScheme::Iob2;
    };

    struct Outcome
    {
        bool ok = false;
        QString error;      // why the export failed; nothing is left at the path then
        int articles = 0;   // articles written
        int annotations = 0; // annotations of the written articles, after filtering
        qint64 bytes = 0;
        QString outputPath;
        LossReport loss;
        QString lossReportPath;
        // One paragraph for the user: what was written where and the loss summary.
        QString summary() const;
    };

    // `progress(done, total)` is called after each article.
    static Outcome run(const ProjectStore &store, const Options &options,
                       const std::function<void(int, int)> &progress = {});
};
