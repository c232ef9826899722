#include "core/store/projectstoreprivate.h"

// Dataset import: many documents, with their history, in one transaction --------------------

namespace {

// A history row's old or new value: a null string stays NULL, as the analyst actions wrote it.
QVariant historyValue(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace

bool ProjectStore::addDocuments(QList<Document> &documents,
                                const QList<QList<HistoryEntry>> &history)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    QList<Document> stored = documents;
    for (int i = 0; i < stored.size(); ++i) {
        if (!insertDocument(stored[i], history.value(i)))
            return false; // the transaction rolls back
    }
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    documents = stored;
    return true;
}

// The same rows as addDocument() writes, inside the caller's transaction. The ids the document
// carries (an export's e12, c3, ...) are replaced by new database ids; the maps kept on the way
// rewrite the event links and the history rows. A history row about an annotation that is not
// in the document (one deleted before the export) keeps the number it had.
bool ProjectStore::insertDocument(Document &document, const QList<HistoryEntry> &history)
{
    QSqlQuery query(d->db);
    const std::optional<qint64> articleId = d->nextId(QStringLiteral("articles"));
    if (!articleId)
        return false;
    const Article &article = document.article;
    if (!d->prepare(query, QStringLiteral("INSERT INTO articles (id, uid, title, text, "
                                          "source_path, url, outlet, published, language, "
                                          "encoding, imported_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    query.addBindValue(*articleId);
    query.addBindValue(article.uid);
    query.addBindValue(notNull(article.title));
    query.addBindValue(notNull(article.text));
    query.addBindValue(article.sourcePath);
    query.addBindValue(article.url);
    query.addBindValue(article.outlet);
    query.addBindValue(dateValue(article.published));
    query.addBindValue(article.language);
    query.addBindValue(article.encoding);
    query.addBindValue(timeValue(article.importedAt));
    if (!d->exec(query))
        return false;
    document.article.id = *articleId;

    std::optional<qint64> id = d->nextId(QStringLiteral("segments"));
    if (!id)
        return false;
    if (!d->prepare(query, QStringLiteral("INSERT INTO segments (id, article_id, start_cp, "
                                          "end_cp, kind) VALUES (?, ?, ?, ?, ?)")))
        return false;
    for (const Segment &segment : std::as_const(document.segments)) {
        query.addBindValue((*id)++);
        query.addBindValue(*articleId);
        query.addBindValue(segment.start);
        query.addBindValue(segment.end);
        query.addBindValue(toString(segment.kind));
        if (!d->exec(query))
            return false;
    }
    query.finish();

    // Stores every annotation of one kind with a new id, remembering old id -> new id.
    auto insertAll = [&](auto &list, QHash<qint64, qint64> &ids) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        std::optional<qint64> next = d->nextId(Kind<T>::table());
        if (!next)
            return false;
        for (T &annotation : list) {
            const qint64 documentId = annotation.id;
            annotation.id = (*next)++;
            if (documentId != 0)
                ids.insert(documentId, annotation.id);
            if (!d->insertRow(*articleId, annotation))
                return false;
        }
        return true;
    };
    QHash<qint64, qint64> mentionIds;
    QHash<qint64, qint64> affiliationIds;
    QHash<qint64, qint64> casualtyIds;
    QHash<qint64, qint64> eventIds;
    if (!insertAll(document.mentions, mentionIds)
        || !insertAll(document.affiliations, affiliationIds)
        || !insertAll(document.casualties, casualtyIds) || !insertAll(document.events, eventIds))
        return false;

    QSqlQuery link(d->db);
    if (!d->prepare(link, QStringLiteral("INSERT INTO event_casualties (event_id, "
                                         "casualty_id, ordinal) VALUES (?, ?, ?)")))
        return false;
    for (Event &event : document.events) {
        for (int i = 0; i < event.casualtyIds.size(); ++i) {
            const auto mapped = casualtyIds.constFind(event.casualtyIds.at(i));
            if (mapped == casualtyIds.constEnd())
                return d->fail(tr("The event \"%1\" refers to casualty figure %2, which is not "
                                  "part of the article.")
                                   .arg(event.eventType)
                                   .arg(event.casualtyIds.at(i)));
            event.casualtyIds[i] = *mapped;
            link.addBindValue(event.id);
            link.addBindValue(*mapped);
            link.addBindValue(i);
            if (!d->exec(link))
                return false;
        }
    }
    link.finish();

    const QHash<QString, const QHash<qint64, qint64> *> idsByKind{
        {Kind<Mention>::name(), &mentionIds},
        {Kind<Affiliation>::name(), &affiliationIds},
        {Kind<CasualtyFigure>::name(), &casualtyIds},
        {Kind<Event>::name(), &eventIds}};
    for (const HistoryEntry &entry : history) {
        const QHash<qint64, qint64> *ids = idsByKind.value(entry.annotationKind);
        const qint64 annotationId = ids ? ids->value(entry.annotationId, entry.annotationId)
                                        : entry.annotationId;
        if (!d->insertHistory(*articleId, entry.annotationKind, annotationId, entry.field,
                              historyValue(entry.oldValue), historyValue(entry.newValue),
                              entry.annotator, timeValue(entry.at).toString(),
                              entry.annotationKey))
            return false;
    }
    return true;
}
