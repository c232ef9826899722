#pragma once

#include "core/model/document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

// Measures the whole detection pipeline (matcher, rules, events: Detector::detect) on this
// machine, on one thread, with articles it makes up itself (seeded, no files needed).
//
// The main corpus is conflict news in the codebook's style: articles of a few KB with a title,
// a dateline, body paragraphs built from sentence templates (casualty figures in many forms,
// affiliations, dates, sources, persons, places and groups taken from the bundled knowledge
// base) and ordinary filler sentences, and now and then a caption, a boilerplate line or reader
// comments. A second corpus follows MatcherBenchmark's recipe (English-like filler with made-up
// names, no sentence ends, 600-byte lines): it has almost no knowledge-base names, but its long
// sentences are what makes a per-sentence scan quadratic.
//
// Reported for each corpus: the matcher alone (Matcher::find over every article), the whole
// Detector::detect over every article, in MB/s of UTF-8 input (MB = 10^6 bytes), best of the
// repetitions with the spread, the proposals made, and at the end peak memory (VmHWM; each
// corpus is dropped before the next one is made or the long article is timed, so it counts
// one corpus or the long article at a time). A
// linearity probe times detect() on one long article made of the corpus's first articles at
// two sizes: a linear pipeline takes about the size ratio. Given articles of one's own
// (Options::ownArticles, `cwb bench detect --corpus FILE.jsonl`), they are measured the same
// way, repeated to the news corpus's size. `cwb bench detect` prints the report; no test
// depends on the figures. The proposals themselves can be written out (Options::proposalsPath)
// to check that a faster build proposes exactly what the slower one did.
class DetectionBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(DetectionBenchmark)

public:
    struct Options
    {
        QList<Document> ownArticles; // measured too, when given
        QString ownName;             // where they came from, for the report
        qint64 corpusBytes = 20 * 1024 * 1024; // UTF-8 bytes of the news corpus
        qint64 matcherCorpusBytes = 20 * 1024 * 1024; // 0: skip MatcherBenchmark's corpus kind
        qint64 probeSmallBytes = 512 * 1024;   // the linearity probe; 0 skips it
        qint64 probeLargeBytes = 2600 * 1024;
        int repetitions = 3;
        quint32 seed = 20240611;
        // When set, every measured article's proposals are written here after the timed passes,
        // one document JSON line each with the annotation times left out: two builds that
        // propose the same write the same file (`cwb bench detect --proposals FILE`).
        QString proposalsPath;
    };

    struct Run
    {
        QString name;
        int articles = 0;
        qint64 bytes = 0;             // UTF-8
        double matcherSeconds = 0;    // best
        double matcherWorstSeconds = 0;
        double pipelineSeconds = 0;   // best
        double pipelineWorstSeconds = 0;
        qint64 matches = 0;
        qint64 mentions = 0;
        qint64 affiliations = 0;
        qint64 casualties = 0;
        qint64 events = 0;
        double rate(double seconds) const { return seconds > 0 ? double(bytes) / 1e6 / seconds : 0; }
    };

    struct Figures
    {
        Run news;
        Run synthetic; // articles == 0 when not run
        Run own;       // articles == 0 when not run
        int ownRepeats = 0; // how many times Options::ownArticles were taken
        QString ownName;
        qint64 probeSmallBytes = 0;
        qint64 probeLargeBytes = 0;
        double probeSmallSeconds = -1;
        double probeLargeSeconds = -1;
        double buildMs = 0; // building the Detector (the matcher) over the bundled knowledge base
        qint64 peakMemoryKb = -1; // VmHWM of this process; -1 when /proc is not there
        QString error;
        QString report() const;
    };

    static Figures run(const Options &options,
                       const std::function<void(const QString &)> &progress = {});
};
