#include "core/bench/matcherbenchmark.h"

#include "core/bench/synthetictext.h"

#include "core/detect/detector.h"
#include "core/detect/matcher.h"
#include "core/kb/knowledgebase.h"
#include "core/model/document.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <utility>

namespace {





// `count` distinct aliases, grouped five to an entry (canonical + variants + an acronym).
KnowledgeBase syntheticKnowledgeBase(const QStringList &aliases, int count)
{
    KnowledgeBase kb;
    for (int i = 0; i < count; i += 5) {
        KbEntry entry;
        entry.id = QStringLiteral("syn-%1").arg(i / 5);
        entry.canonical = aliases.at(i);
        entry.type = EntityType::ArmedGroup;
        entry.certainty = Certainty::Confirmed;
        for (int k = i + 1; k < std::min(i + 5, count); ++k)
            entry.aliases << aliases.at(k);
        kb.addEntry(entry);
    }
    return kb;
}





// The whole pipeline over the articles with a detector on the knowledge base: best of the
// repetitions, in seconds, and the mentions proposed.
void measurePipeline(MatcherBenchmark::Run *run, const KnowledgeBase &kb,
                     const QList<Document> &articles, qint64 corpusBytes, int repetitions)
{
    const Detector detector(kb);
    QElapsedTimer timer;
    double best = -1;
    for (int r = 0; r < std::max(1, repetitions); ++r) {
        qint64 mentions = 0;
        timer.start();
        for (const Document &article : articles) {
            Document document = article; // implicitly shared: copying costs nothing measurable
            detector.detect(document);
            mentions += document.mentions.size();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        run->pipelineMentions = mentions;
        if (best < 0 || seconds < best)
            best = seconds;
    }
    run->pipelineSeconds = best;
    run->pipelineMegabytesPerSecond = double(corpusBytes) / 1e6 / best;
}

MatcherBenchmark::Run measure(const KnowledgeBase &kb, int aliases, const QString &corpus,
                              qint64 corpusBytes, int repetitions)
{
    MatcherBenchmark::Run run;
    run.aliases = aliases;
    QElapsedTimer timer;
    timer.start();
    const Matcher matcher(kb);
    run.buildMs = double(timer.nsecsElapsed()) / 1e6;
    const Matcher::Statistics stats = matcher.statistics();
    run.patterns = stats.patterns;
    run.nodes = stats.nodes;
    run.hashedNodes = stats.hashedNodes;
    run.firstWords = stats.firstWords;
    run.automatonBytes = stats.bytes;
    double best = -1;
    for (int r = 0; r < std::max(1, repetitions); ++r) {
        timer.restart();
        const QList<Matcher::Match> matches = matcher.find(corpus);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        run.matches = matches.size();
        if (best < 0 || seconds < best)
            best = seconds;
    }
    run.scanSeconds = best;
    run.megabytesPerSecond = double(corpusBytes) / 1e6 / best;
    return run;
}

void runGrep(MatcherBenchmark::Run *run, const QString &grep, const QString &corpusPath,
             const QString &aliasPath, qint64 corpusBytes)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(grep, {QStringLiteral("-F"), QStringLiteral("-i"), QStringLiteral("-w"),
                         QStringLiteral("-c"), QStringLiteral("-f"), aliasPath, corpusPath});
    if (!process.waitForFinished(600000))
        return;
    run->grepSeconds = double(timer.nsecsElapsed()) / 1e9;
    run->grepMegabytesPerSecond = double(corpusBytes) / 1e6 / run->grepSeconds;
    run->grepMatchingLines = process.readAllStandardOutput().trimmed().toLongLong();
}

} // namespace

MatcherBenchmark::Figures MatcherBenchmark::run(const Options &options,
                                                const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &line) {
        if (progress)
            progress(line);
    };
    Figures figures;
    QRandomGenerator random(options.seed);

    say(QStringLiteral("generating %1 aliases").arg(options.largeAliases));
    const int largeCount = std::max(options.largeAliases, options.smallAliases);
    const QStringList aliases = SyntheticText::aliases(random, largeCount);
    const QStringList smallAliases = aliases.mid(0, options.smallAliases);

    say(QStringLiteral("generating a corpus of %1 MB").arg(double(options.corpusBytes) / 1e6, 0, 'f', 1));
    QString corpus = SyntheticText::corpus(random, smallAliases, options.corpusBytes);
    figures.corpusUnits = corpus.size();

    QTemporaryDir tempDir(options.workDir.isEmpty()
                              ? QDir::tempPath() + QStringLiteral("/cwb-match-bench-XXXXXX")
                              : options.workDir + QStringLiteral("/cwb-match-bench-XXXXXX"));
    const QString corpusPath = tempDir.filePath(QStringLiteral("corpus.txt"));
    {
        const QByteArray utf8 = corpus.toUtf8();
        figures.corpusBytes = utf8.size();
        QFile file(corpusPath);
        if (file.open(QIODevice::WriteOnly))
            file.write(utf8);
    }
    auto writeAliases = [&](const QStringList &list, const QString &name) {
        const QString path = tempDir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(list.join(u'\n').toUtf8() + '\n');
        return path;
    };
    const QString smallPath = writeAliases(smallAliases, QStringLiteral("aliases-small.txt"));
    const QString largePath = writeAliases(aliases, QStringLiteral("aliases-large.txt"));

    {
        say(QStringLiteral("matcher, %1 aliases").arg(options.smallAliases));
        const KnowledgeBase kb = syntheticKnowledgeBase(aliases, options.smallAliases);
        figures.small = measure(kb, options.smallAliases, corpus, figures.corpusBytes, options.repetitions);
    }
    {
        say(QStringLiteral("matcher, %1 aliases").arg(largeCount));
        const KnowledgeBase kb = syntheticKnowledgeBase(aliases, largeCount);
        figures.large = measure(kb, largeCount, corpus, figures.corpusBytes, options.repetitions);
    }
    // The matcher's peak, before the detectors and the articles the pipeline reads.
    figures.peakMemoryKb = SyntheticText::peakMemoryKb();
    {
        // The articles take the corpus's place once made (grep reads the file): while they
        // are made, the corpus, its lines and the articles are held at once.
        const QList<Document> articles = SyntheticText::articles(std::exchange(corpus, QString()));
        say(QStringLiteral("whole pipeline, %1 aliases").arg(options.smallAliases));
        measurePipeline(&figures.small, syntheticKnowledgeBase(aliases, options.smallAliases),
                        articles, figures.corpusBytes, options.repetitions);
        say(QStringLiteral("whole pipeline, %1 aliases").arg(largeCount));
        measurePipeline(&figures.large, syntheticKnowledgeBase(aliases, largeCount), articles,
                        figures.corpusBytes, options.repetitions);
    }
    figures.pipelinePeakMemoryKb = SyntheticText::peakMemoryKb();

    const QString grep = QStandardPaths::findExecutable(QStringLiteral("grep"));
    if (!options.runGrep) {
        figures.grepNote = QStringLiteral("grep not run (turned off)");
    } else if (grep.isEmpty() || !tempDir.isValid()) {
        figures.grepNote = QStringLiteral("grep not run (not found or no temporary directory)");
    } else {
        say(QStringLiteral("grep, %1 aliases").arg(options.smallAliases));
        runGrep(&figures.small, grep, corpusPath, smallPath, figures.corpusBytes);
        say(QStringLiteral("grep, %1 aliases").arg(largeCount));
        runGrep(&figures.large, grep, corpusPath, largePath, figures.corpusBytes);
        figures.grepNote = QStringLiteral("LC_ALL=C %1 -F -i -w -c -f <aliases> <corpus>").arg(grep);
    }
    return figures;
}

QString MatcherBenchmark::Figures::report() const
{
    QString out;
    if (!error.isEmpty())
        return QStringLiteral("matcher benchmark failed: %1\n").arg(error);
    out += QStringLiteral("corpus: %1 MB UTF-8 (%2 UTF-16 units), synthetic, one thread\n")
               .arg(double(corpusBytes) / 1e6, 0, 'f', 1)
               .arg(corpusUnits);
    for (const Run *run : {&small, &large}) {
        out += QStringLiteral("%1 aliases (%2 keys): build %3 ms; trie %4 nodes, %5 first words, "
                              "%6 hashed child lists, %7 MB\n")
                   .arg(run->aliases)
                   .arg(run->patterns)
                   .arg(run->buildMs, 0, 'f', 1)
                   .arg(run->nodes)
                   .arg(run->firstWords)
                   .arg(run->hashedNodes)
                   .arg(double(run->automatonBytes) / 1e6, 0, 'f', 1);
        out += QStringLiteral("    matcher: %1 MB/s (%2 s, %3 matches)\n")
                   .arg(run->megabytesPerSecond, 0, 'f', 0)
                   .arg(run->scanSeconds, 0, 'f', 3)
                   .arg(run->matches);
        if (run->pipelineSeconds >= 0)
            out += QStringLiteral("    whole pipeline: %1 MB/s (%2 s, %3 mentions)\n")
                       .arg(run->pipelineMegabytesPerSecond, 0, 'f', 1)
                       .arg(run->pipelineSeconds, 0, 'f', 3)
                       .arg(run->pipelineMentions);
        if (run->grepSeconds >= 0)
            out += QStringLiteral("    grep:    %1 MB/s (%2 s, %3 matching lines)\n")
                       .arg(run->grepMegabytesPerSecond, 0, 'f', 0)
                       .arg(run->grepSeconds, 0, 'f', 3)
                       .arg(run->grepMatchingLines);
    }
    out += QStringLiteral("peak memory (VmHWM): %1 MB with the matchers, %2 MB with the pipelines "
                          "too\n")
               .arg(double(peakMemoryKb) / 1024, 0, 'f', 0)
               .arg(double(pipelinePeakMemoryKb) / 1024, 0, 'f', 0);
    out += QStringLiteral("grep: %1\n").arg(grepNote);
    return out;
}
