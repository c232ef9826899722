#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

// Measures the review workbench on long articles and big projects by driving the real
// MainWindow (offscreen in practice): it writes its own temporary projects (synthetic 1 MB and
// 5 MB articles, one 1 MB article that is a single paragraph, thousands of annotations seeded
// with the store's bulk insert, a project of many small articles), then times what an analyst
// waits for, each from the input to a finished paint of the article view:
// opening an article, a cursor key, Page Down, accepting a proposal with the A key (committed
// to SQLite), jumping anywhere in the 5 MB article, a warm start, listing a big project.
// `cwb-bench-gui` prints the figures with the goal beside each; no test depends on them.
class GuiBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(GuiBenchmark)

public:
    struct Options
    {
        bool quick = false;   // smaller data and fewer repetitions, for a smoke run
        QString workDir;      // where the temporary projects go (the system temp dir if empty)
    };

    // One measured operation: every repetition's milliseconds and the goal they are held to.
    struct Timing
    {
        QString name;
        QList<double> ms;
        double goalMs = 0;
        bool goalOnP95 = true; // else the goal is for the single (or last) measurement

        double percentile(double p) const;
        double max() const;
        bool met() const;
    };

    struct Figures
    {
        QList<Timing> timings;
        QStringList notes;     // sizes and set-up times, for context
        qint64 peakMemoryKb = -1;
        QString error;         // set when the benchmark could not run

        QString report() const;
    };

    // Needs a QApplication. `progress` receives short lines for stderr.
    static Figures run(const Options &options,
                       const std::function<void(const QString &)> &progress = {});
};
