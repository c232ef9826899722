#include "core/exchange/datasetexporter.h"

#include "core/exchange/datasetwriter.h"
#include "core/store/projectstore.h"

#include <QDir>

QString DatasetExporter::Outcome::summary() const
{
    if (!ok)
        return error;
    return tr("Wrote %n article(s) with %1 annotation(s) to %2.", nullptr, articles)
               .arg(annotations)
               .arg(QDir::toNativeSeparators(outputPath))
           + QLatin1Char('\n') + loss.summary() + QLatin1Char('\n')
           + tr("Loss report: %1").arg(QDir::toNativeSeparators(lossReportPath));
}

DatasetExporter::Outcome DatasetExporter::run(const ProjectStore &store, const Options &options,
                                              const std::function<void(int, int)> &progress)
{
    Outcome outcome;
    outcome.outputPath = options.path;
    DatasetWriter::Options writerOptions;
    writerOptions.history = options.history;
    writerOptions.scheme = options.scheme;
    const std::unique_ptr<DatasetWriter> writer = DatasetWriter::create(options.format,
                                                                        writerOptions);
    if (!writer->begin(options.path, &outcome.error))
        return outcome;

    // The articles are read in one pass (ProjectStore::forEachDocument), one at a time; the
    // filter's ids are applied by that read, its dates and annotation criteria here.
    const int total = store.documentCount(options.filter.articleIds);
    int done = 0;
    const bool read = store.forEachDocument(options.filter.articleIds, [&](Document &&document) {
        ++done;
        if (options.filter.acceptsArticle(document.article)) {
            DatasetItem item;
            item.document = std::move(document);
            options.filter.apply(item.document, outcome.loss);
            if (options.history)
                item.history = store.history(item.document.article.id);
            if (!writer->write(item, outcome.loss, &outcome.error))
                return false;
            ++outcome.articles;
            const Document &written = item.document;
            outcome.annotations += int(written.mentions.size() + written.affiliations.size()
                                       + written.casualties.size() + written.events.size());
        }
        if (progress)
            progress(done, total);
        return true;
    });
    if (!read) {
        outcome.error = tr("The project could not be read: %1").arg(store.lastError());
        return outcome; // the writer's files are discarded with it
    }
    if (!outcome.error.isEmpty())
        return outcome;
    if (!writer->finish(outcome.loss, &outcome.error))
        return outcome;
    outcome.bytes = writer->bytesWritten();
    outcome.lossReportPath = LossReport::pathFor(options.path);
    if (!outcome.loss.writeTo(outcome.lossReportPath, &outcome.error))
        return outcome;
    outcome.ok = true;
    return outcome;
}
