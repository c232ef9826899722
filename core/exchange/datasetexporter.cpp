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

    QList<qint64> ids;
    for (const ProjectStore::ArticleSummary &summary : store.articles()) {
        if (options.filter.acceptsArticleId(summary.id))
            ids.append(summary.id);
    }
    for (int i = 0; i < ids.size(); ++i) {
        DatasetItem item;
        std::optional<Document> document = store.loadDocument(ids.at(i));
        if (!document) {
            outcome.error = tr("Article %1 could not be read: %2")
                                .arg(ids.at(i))
                                .arg(store.lastError());
            return outcome; // the writer's files are discarded with it
        }
        if (options.filter.acceptsArticle(document->article)) {
            item.document = std::move(*document);
            options.filter.apply(item.document, outcome.loss);
            if (options.history)
                item.history = store.history(ids.at(i));
            if (!writer->write(item, outcome.loss, &outcome.error))
                return outcome;
            ++outcome.articles;
            const Document &written = item.document;
            outcome.annotations += int(written.mentions.size() + written.affiliations.size()
                                       + written.casualties.size() + written.events.size());
        }
        if (progress)
            progress(i + 1, int(ids.size()));
    }
    if (!writer->finish(outcome.loss, &outcome.error))
        return outcome;
    outcome.bytes = writer->bytesWritten();
    outcome.lossReportPath = LossReport::pathFor(options.path);
    if (!outcome.loss.writeTo(outcome.lossReportPath, &outcome.error))
        return outcome;
    outcome.ok = true;
    return outcome;
}
