#pragma once

#include <QString>
#include <functional>

// Measures the JSONL export on this machine: builds a project of `articles` made-up articles
// carrying `annotations` mentions in all (seeded; a few KB of text each), then exports it
// with DatasetExporter as `cwb export --format jsonl` does (read every article from the
// database, serialise, write) and, apart, times the serialisation and writing alone on the
// documents already in memory, and the reading alone (ProjectStore::forEachDocument).
// MB/s are of JSONL output (MB = 10^6 bytes). Peak memory
// (VmHWM) is reset after the project is built, so it is the export's own. The CPU time beside
// the wall time tells what the export costs when other processes share the machine.
// `cwb bench export` prints the report; no test depends on the figures.
class ExportBenchmark
{
public:
    struct Options
    {
        int articles = 10000;
        qint64 annotations = 500000;
        QString workDir; // the system temp dir when empty
    };

    struct Figures
    {
        int articles = 0;
        qint64 annotations = 0;
        double buildSeconds = 0;
        qint64 outputBytes = 0;
        double exportSeconds = 0;   // DatasetExporter, from the database to the file
        double exportCpuSeconds = 0; // the same, in CPU time of all the process's threads
        double writeSeconds = 0;    // serialisation and writing only
        double readSeconds = 0;     // ProjectStore::forEachDocument over the whole project only
        qint64 exportPeakKb = -1;   // VmHWM during the export, -1 when unknown
        QString error;
        QString report() const;
    };

    static Figures run(const Options &options,
                       const std::function<void(const QString &)> &progress = {});
};
