#pragma once

#include <QString>
#include <functional>

// Measures the project database on this machine: bulk insert of many annotations into a
// fresh project, and the latency of single analyst actions with their history rows, each
// committed on its own. `cwb bench store` prints the figures; no test depends on them.
class StoreBenchmark
{
public:
    struct Figures
    {
        qint64 bulkRows = 0;
        double bulkSeconds = 0;
        double bulkRowsPerSecond = 0;
        int actions = 0;
        double actionMeanMs = 0;
        double actionP95Ms = 0;
        double actionMaxMs = 0;
        QString error; // set when the benchmark could not run
    };

    // Runs in a temporary directory under `workDir` (the system temp dir when empty).
    // `progress` receives short human-readable lines for stderr.
    static Figures run(qint64 bulkRows, int actions, const QString &workDir = {},
                       const std::function<void(const QString &)> &progress = {});
};
