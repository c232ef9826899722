#pragma once

#include <QString>
#include <functional>

// Measures the knowledge-base matcher on this machine with data it makes up itself (seeded,
// no files needed): a synthetic English-like news corpus with names sprinkled in, and
// knowledge bases of many aliases. Reports build time, single-thread throughput in MB/s of
// UTF-8 input, the whole detection pipeline (a Detector on the same knowledge base) over the
// same corpus cut into articles, peak memory (VmHWM), and, when grep is installed,
// `grep -F -i -w -c` over the same corpus and alias list for comparison: the side-by-side
// figures the detection issue asks for. `cwb bench match` prints the report; no test depends
// on the figures.
class MatcherBenchmark
{
public:
    struct Options
    {
        qint64 corpusBytes = 20 * 1024 * 1024; // UTF-8 bytes of synthetic text
        int smallAliases = 20000;
        int largeAliases = 100000;
        int repetitions = 3;   // scans per knowledge base; the best is reported
        bool runGrep = true;
        quint32 seed = 20240601;
        QString workDir;       // for the grep files; the system temp dir when empty
    };

    struct Run
    {
        int aliases = 0;
        int patterns = 0;
        int nodes = 0;          // Matcher::Statistics: trie nodes
        int hashedNodes = 0;    // nodes with a hashed child list
        int firstWords = 0;     // distinct first words
        qint64 automatonBytes = 0;
        double buildMs = 0;
        double scanSeconds = 0;
        double megabytesPerSecond = 0; // MB = 10^6 bytes of UTF-8 input
        qint64 matches = 0;
        // The whole detection pipeline (Detector::detect over a detector on the same knowledge
        // base) over the same corpus, cut into articles of eight lines; < 0 when not run.
        double pipelineSeconds = -1;
        double pipelineMegabytesPerSecond = 0;
        qint64 pipelineMentions = 0;
        double grepSeconds = -1;       // < 0 when grep did not run
        double grepMegabytesPerSecond = 0;
        qint64 grepMatchingLines = -1;
    };

    struct Figures
    {
        qint64 corpusBytes = 0;
        qint64 corpusUnits = 0;
        Run small;
        Run large;
        qint64 peakMemoryKb = -1; // VmHWM after the matchers ran; -1 when /proc is not there
        qint64 pipelinePeakMemoryKb = -1; // VmHWM after the whole pipelines ran too
        QString grepNote;         // why grep did not run, or its exact command
        QString error;
        QString report() const;   // the figures as text for a terminal
    };

    static Figures run(const Options &options,
                       const std::function<void(const QString &)> &progress = {});
};
