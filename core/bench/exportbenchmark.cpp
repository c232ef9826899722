#include "core/bench/exportbenchmark.h"

#include "core/bench/synthetictext.h"
#include "core/exchange/datasetexporter.h"
#include "core/exchange/jsonlstream.h"
#include "core/store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <ctime>

namespace {

// Resets VmHWM to the current resident size (Linux 4.0 and later); false elsewhere.
bool resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// Article `index` with `mentions` mentions spread over its sentences.
Document madeUpDocument(int index, int mentions)
{
    static const QStringList groups{QStringLiteral("Jund al-Aqsa"), QStringLiteral("Faylaq al-Sham"),
                                    QStringLiteral("Hay'at Tahrir al-Sham"),
                                    QStringLiteral("\u0647\u064a\u0626\u0629 \u062a\u062d\u0631\u064a\u0631 \u0627\u0644\u0634\u0627\u0645")};
    static const QStringList places{QStringLiteral("Saraqib"), QStringLiteral("Ariha"),
                                    QStringLiteral("Kafr Zita"), QStringLiteral("\u0625\u062f\u0644\u0628")};
    Document document;
    Article &article = document.article;
    article.uid = QStringLiteral("bench-%1").arg(index);
    article.title = QStringLiteral("Clashes near %1, report %2").arg(places.at(index % 4)).arg(index);
    article.language = QStringLiteral("en");
    article.encoding = QStringLiteral("UTF-8");
    article.published = QDate(2019, 1, 1).addDays(index % 365);
    article.importedAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    const QDateTime when = article.importedAt;
    QString &text = article.text;
    for (int i = 0; i < mentions; ++i) {
        const QString &name = i % 2 ? places.at((index + i) % 4) : groups.at((index + i) % 4);
        text += QStringLiteral("On day %1 fighters of ").arg(i);
        Mention mention;
        mention.start = int(text.size()); // all BMP: UTF-16 = code points
        text += name;
        mention.end = int(text.size());
        mention.text = name;
        mention.canonical = name;
        mention.type = i % 2 ? EntityType::Location : EntityType::ArmedGroup;
        mention.kbId = QStringLiteral("kb-%1").arg((index + i) % 4);
        mention.provenance.status = i % 3 ? Status::Proposed : Status::Confirmed;
        mention.provenance.origin = QStringLiteral("kb:benchmark");
        mention.provenance.confidence = 0.9;
        mention.provenance.annotator = QStringLiteral("detector");
        mention.provenance.created = when;
        mention.provenance.updated = when;
        document.mentions.append(mention);
        text += QStringLiteral(" were reported, said the monitor.\n");
    }
    document.segments.append({0, int(text.size()), SegmentKind::Body});
    return document;
}

} // namespace

QString ExportBenchmark::Figures::report() const
{
    const double megabytes = double(outputBytes) / 1e6;
    return QCoreApplication::translate("ExportBenchmark",
                                       "project: %1 articles, %2 annotations, built in %3 s\n"
                                       "export jsonl from the project: %4 MB in %5 s = %6 MB/s "
                                       "(goal >= 100)\n"
                                       "CPU time of the export, all threads: %10 s "
                                       "(%11 MB per CPU second)\n"
                                       "serialise and write only: %7 MB/s\n"
                                       "read the project only: %9 s\n"
                                       "peak memory during the export: %8 MB (goal < 1024)")
        .arg(articles)
        .arg(annotations)
        .arg(buildSeconds, 0, 'f', 1)
        .arg(megabytes, 0, 'f', 1)
        .arg(exportSeconds, 0, 'f', 2)
        .arg(megabytes / exportSeconds, 0, 'f', 1)
        .arg(megabytes / writeSeconds, 0, 'f', 1)
        .arg(exportPeakKb < 0 ? QStringLiteral("?") : QString::number(exportPeakKb / 1024))
        .arg(readSeconds, 0, 'f', 2)
        .arg(exportCpuSeconds, 0, 'f', 2)
        .arg(megabytes / exportCpuSeconds, 0, 'f', 1);
}

ExportBenchmark::Figures ExportBenchmark::run(const Options &options,
                                              const std::function<void(const QString &)> &progress)
{
    auto say = [&progress](const QString &line) {
        if (progress)
            progress(line);
    };
    Figures figures;
    QTemporaryDir dir(options.workDir.isEmpty()
                          ? QDir::tempPath() + QStringLiteral("/cwb-export-bench-XXXXXX")
                          : options.workDir + QStringLiteral("/cwb-export-bench-XXXXXX"));
    if (!dir.isValid()) {
        figures.error = dir.errorString();
        return figures;
    }
    QString error;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("bench.cwb")),
                                    ProjectStore::OpenMode::CreateIfMissing, &error);
    if (!store) {
        figures.error = error;
        return figures;
    }

    say(QStringLiteral("building %1 articles with %2 annotations ...")
            .arg(options.articles)
            .arg(options.annotations));
    QElapsedTimer timer;
    timer.start();
    const int perArticle = int(qMax<qint64>(1, options.annotations / qMax(1, options.articles)));
    constexpr int batch = 500;
    for (int first = 0; first < options.articles; first += batch) {
        QList<Document> documents;
        for (int i = first; i < qMin(first + batch, options.articles); ++i)
            documents.append(madeUpDocument(i, perArticle));
        if (!store->addDocuments(documents)) {
            figures.error = store->lastError();
            return figures;
        }
    }
    figures.articles = options.articles;
    figures.annotations = qint64(perArticle) * options.articles;
    figures.buildSeconds = timer.elapsed() / 1000.0;

    say(QStringLiteral("exporting ..."));
    const bool peakReset = resetPeakMemory();
    DatasetExporter::Options exportOptions;
    exportOptions.format = DatasetFormat::Jsonl;
    exportOptions.path = dir.filePath(QStringLiteral("export.jsonl"));
    timer.restart();
    const std::clock_t cpuStart = std::clock();
    const auto outcome = DatasetExporter::run(*store, exportOptions);
    figures.exportSeconds = timer.nsecsElapsed() / 1e9;
    figures.exportCpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!outcome.ok) {
        figures.error = outcome.error;
        return figures;
    }
    figures.outputBytes = QFileInfo(exportOptions.path).size();
    figures.exportPeakKb = peakReset ? SyntheticText::peakMemoryKb() : -1;

    say(QStringLiteral("reading alone ..."));
    timer.restart();
    qint64 rows = 0;
    if (!store->forEachDocument({}, [&rows](Document &&document) {
            rows += document.mentions.size();
            return true;
        })) {
        figures.error = store->lastError();
        return figures;
    }
    figures.readSeconds = timer.nsecsElapsed() / 1e9;
    if (rows != figures.annotations) {
        figures.error = QStringLiteral("the read found %1 of the %2 mentions")
                            .arg(rows)
                            .arg(figures.annotations);
        return figures;
    }

    say(QStringLiteral("serialising alone ..."));
    QFile sink(dir.filePath(QStringLiteral("again.jsonl")));
    if (!sink.open(QIODevice::WriteOnly)) {
        figures.error = sink.errorString();
        return figures;
    }
    JsonlStream stream(&sink);
    double seconds = 0;
    for (int i = 0; i < options.articles; ++i) {
        const Document document = madeUpDocument(i, perArticle);
        timer.restart();
        if (!stream.writeDocument(document)) {
            figures.error = stream.errorString();
            return figures;
        }
        seconds += timer.nsecsElapsed() / 1e9;
    }
    timer.restart();
    stream.flush();
    sink.close();
    seconds += timer.nsecsElapsed() / 1e9;
    const qint64 written = stream.bytesWritten();
    figures.writeSeconds = seconds * double(figures.outputBytes) / double(qMax<qint64>(1, written));
    return figures;
}
