#include "core/bench/matcherbenchmark.h"

#include "core/detect/matcher.h"
#include "core/kb/knowledgebase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace {

// Syllables for made-up Arabic-looking names; combined they give millions of distinct words.
const char *const syllables[] = {"ka", "ra", "sha", "mu", "ta", "la", "ba", "di", "qa", "za",
                                 "ha", "fa", "nu", "ja", "wa", "si", "ma", "ri", "da", "ya",
                                 "tu", "ghu", "kha", "zi", "bi", "hu", "lu", "sa", "ni", "ru"};
const char *const heads[] = {"Jaysh", "Liwa", "Katibat", "Harakat", "Firqat", "Jabhat", "Ansar",
                             "Saraya", "Tajammu", "Faylaq", "Quwat", "Kataib", "Ahrar", "Suqour",
                             "Jund", "Usud", "Thuwar", "Majlis"};
// Filler for the corpus: common news English.
const char *const filler[] = {
    "the", "of", "and", "in", "to", "a", "was", "were", "said", "on", "that", "for", "with", "by",
    "fighters", "killed", "near", "village", "attack", "forces", "group", "clashes", "town",
    "according", "reported", "local", "sources", "members", "after", "during", "at", "least",
    "civilians", "wounded", "countryside", "northern", "southern", "western", "eastern", "area",
    "is", "it", "this", "us", "as", "from", "their", "its", "they", "control", "front", "lines",
    "shelling", "drone", "strike", "checkpoint", "convoy", "commander", "statement", "monday",
    "tuesday", "later", "two", "three", "four", "dozens", "residents", "told", "news", "agency",
    "ceasefire", "offensive", "positions", "artillery", "road", "between", "an", "which", "had",
    "been", "have", "not", "also", "but", "who", "into", "over", "some", "other", "than", "army"};

QString makeWord(QRandomGenerator &random, int minSyllables, int maxSyllables)
{
    QString word;
    const int count = int(random.bounded(minSyllables, maxSyllables + 1));
    for (int i = 0; i < count; ++i)
        word += QLatin1String(syllables[random.bounded(int(std::size(syllables)))]);
    word[0] = word[0].toUpper();
    return word;
}

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

QStringList syntheticAliases(QRandomGenerator &random, int count)
{
    QStringList aliases;
    QSet<QString> seen;
    aliases.reserve(count);
    while (aliases.size() < count) {
        const QString head = QLatin1String(heads[random.bounded(int(std::size(heads)))]);
        const QString name = makeWord(random, 2, 4);
        QStringList group;
        group << head + QStringLiteral(" al-") + name;
        group << head + QStringLiteral(" al ") + name + QStringLiteral(" Brigade");
        group << name + QStringLiteral(" ") + makeWord(random, 2, 3);
        group << QStringLiteral("Harakat ") + name + QStringLiteral(" al-") + makeWord(random, 2, 3);
        QString acronym;
        for (const QString &part : {head, name, makeWord(random, 1, 2)})
            acronym += part.at(0).toUpper();
        group << acronym + QString::number(random.bounded(10, 99));
        for (const QString &alias : group) {
            const QString key = alias.toLower().replace(u'-', u' ');
            if (!seen.contains(key) && aliases.size() < count) {
                seen.insert(key);
                aliases << alias;
            }
        }
    }
    return aliases;
}

// English-like news text, about one alias per 25 words, in paragraphs (lines) of ~600 bytes,
// with a little non-ASCII (curly apostrophes, accented and Arabic names) as real pages have.
QString syntheticCorpus(QRandomGenerator &random, const QStringList &names, qint64 utf8Bytes)
{
    QString text;
    text.reserve(utf8Bytes + utf8Bytes / 8);
    qint64 bytes = 0;
    int line = 0;
    const QString extras[] = {QStringLiteral("Türkiye’s"), QStringLiteral("Hay’at"),
                              QStringLiteral("\u0625\u062F\u0644\u0628"), QStringLiteral("Efrîn"),
                              QStringLiteral("officials’")};
    while (bytes < utf8Bytes) {
        QString word;
        const quint32 roll = random.bounded(1000);
        if (roll < 40)
            word = names.at(random.bounded(int(names.size())));
        else if (roll < 45)
            word = extras[random.bounded(int(std::size(extras)))];
        else if (roll < 120)
            word = makeWord(random, 1, 3);
        else
            word = QLatin1String(filler[random.bounded(int(std::size(filler)))]);
        if (roll % 17 == 0)
            word += u',';
        text += word;
        line += int(word.size()) + 1;
        bytes += word.toUtf8().size() + 1;
        if (line > 600) {
            text += u'\n';
            line = 0;
        } else {
            text += u' ';
        }
    }
    return text;
}

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
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
    run.states = stats.states;
    run.denseStates = stats.denseStates;
    run.classes = stats.classes;
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
    const QStringList aliases = syntheticAliases(random, largeCount);
    const QStringList smallAliases = aliases.mid(0, options.smallAliases);

    say(QStringLiteral("generating a corpus of %1 MB").arg(double(options.corpusBytes) / 1e6, 0, 'f', 1));
    QString corpus = syntheticCorpus(random, smallAliases, options.corpusBytes);
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
    figures.peakMemoryKb = peakMemoryKb();

    const QString grep = QStandardPaths::findExecutable(QStringLiteral("grep"));
    if (!options.runGrep) {
        figures.grepNote = QStringLiteral("grep not run (turned off)");
    } else if (grep.isEmpty() || !tempDir.isValid()) {
        figures.grepNote = QStringLiteral("grep not run (not found or no temporary directory)");
    } else {
        corpus.clear();
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
                   .arg(run->states)
                   .arg(run->classes)
                   .arg(run->denseStates)
                   .arg(double(run->automatonBytes) / 1e6, 0, 'f', 1);
        out += QStringLiteral("    matcher: %1 MB/s (%2 s, %3 matches)\n")
                   .arg(run->megabytesPerSecond, 0, 'f', 0)
                   .arg(run->scanSeconds, 0, 'f', 3)
                   .arg(run->matches);
        if (run->grepSeconds >= 0)
            out += QStringLiteral("    grep:    %1 MB/s (%2 s, %3 matching lines)\n")
                       .arg(run->grepMegabytesPerSecond, 0, 'f', 0)
                       .arg(run->grepSeconds, 0, 'f', 3)
                       .arg(run->grepMatchingLines);
    }
    out += QStringLiteral("peak memory (VmHWM): %1 MB\n").arg(double(peakMemoryKb) / 1024, 0, 'f', 0);
    out += QStringLiteral("grep: %1\n").arg(grepNote);
    return out;
}
