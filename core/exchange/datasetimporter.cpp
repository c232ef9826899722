#include "core/exchange/datasetimporter.h"

#include "core/store/projectstore.h"

#include <QSet>

QString DatasetImporter::Outcome::summary() const
{
    if (!ok)
        return error + QLatin1Char('\n') + tr("Nothing was imported.");
    QString text = tr("Imported %n article(s) with %1 annotation(s).", nullptr, imported)
                       .arg(annotations);
    if (!duplicates.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n article(s) already in the project were left as they were.", nullptr,
                     int(duplicates.size()));
    if (!loss.isEmpty())
        text += QLatin1Char('\n') + loss.summary();
    return text;
}

DatasetImporter::Outcome DatasetImporter::run(ProjectStore &store, DatasetFormat format,
                                              const QString &path,
                                              const DatasetReader::Options &options)
{
    Outcome outcome;
    DatasetReader::Result read = DatasetReader::read(format, path, options);
    outcome.loss = read.loss;
    if (!read.ok()) {
        outcome.error = read.error;
        return outcome;
    }

    QList<Document> documents;
    QList<QList<ProjectStore::HistoryEntry>> history;
    QSet<QString> seen;
    for (DatasetItem &item : read.items) {
        const Article &article = item.document.article;
        const QString name = article.title.isEmpty() ? article.uid : article.title;
        if (seen.contains(article.uid) || store.findArticleByUid(article.uid)) {
            outcome.duplicates.append(name);
            continue;
        }
        seen.insert(article.uid);
        const Document &document = item.document;
        outcome.annotations += int(document.mentions.size() + document.affiliations.size()
                                   + document.casualties.size() + document.events.size());
        documents.append(std::move(item.document));
        history.append(std::move(item.history));
    }
    if (!store.addDocuments(documents, history)) {
        outcome.error = tr("%1: the project could not store the import: %2")
                            .arg(path, store.lastError());
        outcome.annotations = 0;
        outcome.storeFailed = true;
        return outcome;
    }
    outcome.imported = int(documents.size());
    outcome.ok = true;
    return outcome;
}
