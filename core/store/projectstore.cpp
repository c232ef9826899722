#include "core/store/projectstoreprivate.h"

#include "core/store/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

bool ProjectStore::Private::loadExtra(Event &event) const
{
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("SELECT casualty_id FROM event_casualties "
                                       "WHERE event_id = ? ORDER BY ordinal")))
        return false;
    query.addBindValue(event.id);
    if (!exec(query))
        return false;
    event.casualtyIds.clear();
    while (query.next())
        event.casualtyIds.append(query.value(0).toLongLong());
    return true;
}

// Replaces the event's links with its casualtyIds, in that order. Every figure must belong to
// the event's article.
bool ProjectStore::Private::afterWrite(const Event &event, qint64 articleId) const
{
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("DELETE FROM event_casualties WHERE event_id = ?")))
        return false;
    query.addBindValue(event.id);
    if (!exec(query))
        return false;
    QSqlQuery owner(db);
    if (!prepare(owner, QStringLiteral("SELECT article_id FROM casualties WHERE id = ?"))
        || !prepare(query, QStringLiteral("INSERT INTO event_casualties (event_id, casualty_id, "
                                          "ordinal) VALUES (?, ?, ?)")))
        return false;
    for (int i = 0; i < event.casualtyIds.size(); ++i) {
        const qint64 casualtyId = event.casualtyIds.at(i);
        owner.addBindValue(casualtyId);
        if (!exec(owner))
            return false;
        if (!owner.next() || owner.value(0).toLongLong() != articleId)
            return fail(ProjectStore::tr("The event \"%1\" refers to casualty figure %2, which "
                                         "is not part of the article.")
                            .arg(event.eventType)
                            .arg(casualtyId));
        owner.finish();
        query.addBindValue(event.id);
        query.addBindValue(casualtyId);
        query.addBindValue(i);
        if (!exec(query))
            return false;
    }
    return true;
}

// The link rows go with the figure (ON DELETE CASCADE); the events that listed it record the
// change of their casualty_ids here, before the rows are gone.
bool ProjectStore::Private::beforeDelete(const CasualtyFigure &figure, qint64 articleId,
                                         const QString &annotator, const QString &now) const
{
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("SELECT DISTINCT event_id FROM event_casualties "
                                       "WHERE casualty_id = ? ORDER BY event_id")))
        return false;
    query.addBindValue(figure.id);
    if (!exec(query))
        return false;
    QList<qint64> eventIds;
    while (query.next())
        eventIds.append(query.value(0).toLongLong());
    query.finish();
    for (qint64 eventId : std::as_const(eventIds)) {
        Event event;
        event.id = eventId;
        if (!loadExtra(event))
            return false;
        const QString before = idListJson(event.casualtyIds);
        event.casualtyIds.removeAll(figure.id);
        if (!insertHistory(articleId, Kind<Event>::name(), eventId,
                           QStringLiteral("casualty_ids"), before, idListJson(event.casualtyIds),
                           annotator, now))
            return false;
    }
    return true;
}


ProjectStore::ProjectStore()
    : d(std::make_unique<Private>())
{
}

// The connection is closed and removed only after the last QSqlDatabase copy of it is gone,
// otherwise Qt warns that the connection is still in use. Closing the last connection to a
// WAL database checkpoints it into the main file.
ProjectStore::~ProjectStore()
{
    if (d->connectionName.isEmpty())
        return;
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

int ProjectStore::latestSchemaVersion()
{
    static const int latest = Migrator().latestVersion();
    return latest;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, OpenMode mode,
                                                 QString *error)
{
    return open(path, mode, error, Migrator::defaultDirectory());
}

// The order of the steps is the point of this function. Nothing may write to an existing file
// before its schema version has been read: even PRAGMA journal_mode=WAL rewrites the file
// header, and a project saved by a newer program must stay byte-for-byte as it was. So an
// existing file is first probed through a separate connection that only runs SELECTs.
//
// The file is never opened here other than through SQLite. POSIX file locks belong to the
// process, and closing any descriptor of a file drops every lock the process holds on it: a
// QFile opened to read the header while another store of this process (a second window, the
// import thread) has the project open would silently release that store's locks, and another
// process could then checkpoint the WAL under it and corrupt the file. SQLite shares one
// descriptor per file among its connections and defers such closes, so it alone may look. Where a -wal file lies beside the project (another program has it
// open, or crashed), that connection is read-only, so that closing it cannot checkpoint the
// newer program's WAL into the file. Where there is none, it is read-write on purpose: a
// read-only connection to a WAL database would leave empty -wal and -shm files behind, while
// a read-write one, as the last to close, removes the ones it made and writes nothing to the
// file itself. Only after the probe is the project's own connection opened, configured and
// migrated.
std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, OpenMode mode,
                                                 QString *error,
                                                 const QString &migrationsDirectory)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    const QString shownPath = QDir::toNativeSeparators(path);

    if (!QSqlDatabase::isDriverAvailable(sqliteDriver))
        return fail(tr("The SQLite driver for Qt is not installed, so projects cannot be "
                       "opened. Install the package libqt6sql6-sqlite and start again."));

    const Migrator migrator(migrationsDirectory);
    if (!migrator.isValid())
        return fail(migrator.errorString());
    const int latest = migrator.latestVersion();

    const bool inMemory = path == memoryPath;
    if (!inMemory) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (mode == OpenMode::ExistingOnly)
                return fail(tr("No project at %1.").arg(shownPath));
        } else if (info.isDir()) {
            return fail(tr("%1 is a folder, not a Conflict Workbench project.").arg(shownPath));
        } else if (info.size() == 0) {
            // SQLite takes an empty file as an empty database; only creating may fill it.
            if (mode == OpenMode::ExistingOnly)
                return fail(tr("%1 is empty, not a Conflict Workbench project.").arg(shownPath));
        } else if (!info.isReadable()) {
            return fail(tr("Cannot read %1: permission denied.").arg(shownPath));
        } else {
            Migrator::Probe probe;
            const QString probeName = connectionName();
            {
                QSqlDatabase probeDb = QSqlDatabase::addDatabase(sqliteDriver, probeName);
                probeDb.setDatabaseName(path);
                const bool walPending = QFileInfo::exists(path + QStringLiteral("-wal"));
                probeDb.setConnectOptions(
                    QStringLiteral("%1QSQLITE_BUSY_TIMEOUT=%2")
                        .arg(walPending ? QStringLiteral("QSQLITE_OPEN_READONLY;") : QString())
                        .arg(busyTimeoutMs));
                if (probeDb.open()) {
                    probe = Migrator::probe(probeDb);
                } else {
                    probe.kind = Migrator::Probe::Kind::Unreadable;
                    probe.detail = probeDb.lastError().text();
                }
                probeDb.close();
            }
            QSqlDatabase::removeDatabase(probeName);

            switch (probe.kind) {
            case Migrator::Probe::Kind::Unreadable:
                if (probe.notSqlite)
                    return fail(tr("%1 is not a Conflict Workbench project (it is not an SQLite "
                                   "database).")
                                    .arg(shownPath));
                return fail(tr("%1 could not be read as a Conflict Workbench project: %2")
                                .arg(shownPath, probe.detail));
            case Migrator::Probe::Kind::NotProject:
                return fail(tr("%1 is not a Conflict Workbench project (%2).")
                                .arg(shownPath, probe.detail));
            case Migrator::Probe::Kind::Empty:
                if (mode == OpenMode::ExistingOnly)
                    return fail(tr("%1 is an empty database, not a Conflict Workbench project.")
                                    .arg(shownPath));
                break;
            case Migrator::Probe::Kind::Project:
                if (probe.version > latest)
                    return fail(tr("This project was saved by a newer version of Conflict "
                                   "Workbench (schema %1; this version reads up to %2). It has "
                                   "not been changed.")
                                    .arg(probe.version)
                                    .arg(latest));
                break;
            }
        }
    }

    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->d->path = path;
    store->d->connectionName = connectionName();
    store->d->db = QSqlDatabase::addDatabase(sqliteDriver, store->d->connectionName);
    QSqlDatabase &db = store->d->db;
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return fail(tr("Could not open the project %1: %2")
                        .arg(shownPath, db.lastError().text()));

    // WAL lets other processes read while this one writes; synchronous=FULL makes a committed
    // transaction survive power loss, not only a crash of the program. page_size only takes
    // effect on a new, empty file and must come before WAL; 8 KiB pages and a 64 MiB cache
    // make bulk imports of a million annotations about a tenth faster.
    QSqlQuery pragma(db);
    const QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                              QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                              QStringLiteral("PRAGMA page_size = 8192"),
                              QStringLiteral("PRAGMA cache_size = -65536"),
                              QStringLiteral("PRAGMA journal_mode = WAL"),
                              QStringLiteral("PRAGMA synchronous = FULL")};
    for (const QString &statement : pragmas) {
        if (!pragma.exec(statement))
            return fail(tr("Could not open the project %1: %2")
                            .arg(shownPath, pragma.lastError().text()));
        if (statement.contains(QLatin1String("journal_mode")) && pragma.next()) {
            const QString journal = pragma.value(0).toString().toLower();
            if (!inMemory && journal != QLatin1String("wal"))
                return fail(tr("Could not open the project %1: the file system does not allow "
                               "write-ahead logging (journal mode is %2).")
                                .arg(shownPath, journal));
        }
        pragma.finish();
    }

    QString migrationError;
    if (!migrator.migrateTo(db, latest, &migrationError))
        return fail(tr("Could not bring the project %1 up to date. %2")
                        .arg(shownPath, migrationError));
    store->d->schemaVersion = latest;
    return store;
}

QString ProjectStore::path() const
{
    return d->path;
}

int ProjectStore::schemaVersion() const
{
    return d->schemaVersion;
}

QString ProjectStore::lastError() const
{
    return d->lastError;
}

// Articles --------------------------------------------------------------------------------------

// Before it is stored, an event's casualtyIds name casualty figures of the same document by
// the ids they carry in the document (a detector or an importer numbers them 1, 2, ...); the
// store gives every figure a database id and rewrites the event's list to match. The rows are
// written by insertDocument() (projectstoreexchange.cpp), which a dataset import runs for many
// documents in one transaction.
bool ProjectStore::addDocument(Document &document)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    Document stored = document;
    if (!insertDocument(stored, {}))
        return false; // the transaction rolls back
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    document = stored;
    return true;
}

std::optional<qint64> ProjectStore::findArticleByUid(const QString &uid) const
{
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("SELECT id FROM articles WHERE uid = ?")))
        return std::nullopt;
    query.addBindValue(uid);
    if (!d->exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}


std::optional<Document> ProjectStore::loadDocument(qint64 articleId) const
{
    return loadDocument(articleId, QString());
}

// The annotations of one owner's set only ('' = the shared set; see the training block of
// projectstore.h).
std::optional<Document> ProjectStore::loadDocument(qint64 articleId, const QString &owner) const
{
    // One read transaction, so that the article and its annotations come from one snapshot
    // even while another process writes.
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral("BEGIN"))) {
        d->failQuery(query);
        return std::nullopt;
    }
    struct EndRead
    {
        QSqlDatabase db;
        ~EndRead() { QSqlQuery(db).exec(QStringLiteral("COMMIT")); }
    } endRead{d->db};

    Document document;
    if (!d->prepare(query, QStringLiteral("SELECT id, uid, title, text, source_path, url, outlet, "
                                          "published, language, encoding, imported_at "
                                          "FROM articles WHERE id = ?")))
        return std::nullopt;
    query.addBindValue(articleId);
    if (!d->exec(query))
        return std::nullopt;
    if (!query.next()) {
        d->fail(tr("There is no article with id %1.").arg(articleId));
        return std::nullopt;
    }
    Article &article = document.article;
    article.id = query.value(0).toLongLong();
    article.uid = query.value(1).toString();
    article.title = query.value(2).toString();
    article.text = query.value(3).toString();
    article.sourcePath = query.value(4).toString();
    article.url = query.value(5).toString();
    article.outlet = query.value(6).toString();
    article.published = dateFrom(query.value(7));
    article.language = query.value(8).toString();
    article.encoding = query.value(9).toString();
    article.importedAt = timeFrom(query.value(10));

    auto select = [&](const QString &sql) {
        if (!d->prepare(query, sql))
            return false;
        query.addBindValue(articleId);
        return d->exec(query);
    };
    // Every row of one annotation kind of the article, in the order they were stored.
    auto selectAll = [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (!d->prepare(query, QStringLiteral("SELECT %1 FROM %2 WHERE article_id = ? "
                                              "AND owner = ? ORDER BY id")
                                   .arg(columnsWithIds<T>(), Kind<T>::table())))
            return false;
        query.addBindValue(articleId);
        query.addBindValue(notNull(owner));
        if (!d->exec(query))
            return false;
        while (query.next())
            list.append(Kind<T>::from(query));
        return true;
    };

    if (!select(QStringLiteral("SELECT start_cp, end_cp, kind FROM segments "
                               "WHERE article_id = ? ORDER BY id")))
        return std::nullopt;
    while (query.next())
        document.segments.append({query.value(0).toInt(), query.value(1).toInt(),
                                  enumFrom(query.value(2), SegmentKind::Body)});

    if (!selectAll(document.mentions) || !selectAll(document.affiliations)
        || !selectAll(document.casualties) || !selectAll(document.events))
        return std::nullopt;
    QHash<qint64, int> eventIndex;
    for (int i = 0; i < document.events.size(); ++i)
        eventIndex.insert(document.events.at(i).id, i);

    if (!select(QStringLiteral("SELECT l.event_id, l.casualty_id FROM event_casualties l "
                               "JOIN events e ON e.id = l.event_id WHERE e.article_id = ? "
                               "ORDER BY l.event_id, l.ordinal")))
        return std::nullopt;
    while (query.next()) {
        const auto index = eventIndex.constFind(query.value(0).toLongLong());
        if (index != eventIndex.constEnd())
            document.events[*index].casualtyIds.append(query.value(1).toLongLong());
    }
    return document;
}

// Review progress is that of the shared set: annotators' own sets (owner <> '') do not count.
QList<ProjectStore::ArticleSummary> ProjectStore::articles() const
{
    QList<ArticleSummary> result;
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral(
            "SELECT a.id, a.title, a.source_path, "
            "COALESCE(c.mentions, 0), COALESCE(c.reviewed_mentions, 0), "
            "COALESCE(c.total, 0), COALESCE(c.proposed, 0) "
            "FROM articles a LEFT JOIN ("
            "  SELECT article_id, "
            "    SUM(CASE WHEN kind = 'm' THEN 1 ELSE 0 END) AS mentions, "
            "    SUM(CASE WHEN kind = 'm' AND status <> 'proposed' THEN 1 ELSE 0 END) "
            "      AS reviewed_mentions, "
            "    COUNT(*) AS total, "
            "    SUM(CASE WHEN status = 'proposed' THEN 1 ELSE 0 END) AS proposed "
            "  FROM (SELECT article_id, status, 'm' AS kind FROM mentions WHERE owner = '' "
            "        UNION ALL SELECT article_id, status, 'a' FROM affiliations "
            "          WHERE owner = '' "
            "        UNION ALL SELECT article_id, status, 'c' FROM casualties WHERE owner = '' "
            "        UNION ALL SELECT article_id, status, 'e' FROM events WHERE owner = '') "
            "    AS annotations "
            "  GROUP BY article_id) AS c ON c.article_id = a.id "
            "ORDER BY a.id"))) {
        d->failQuery(query);
        return result;
    }
    while (query.next()) {
        ArticleSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.title = query.value(1).toString();
        summary.sourcePath = query.value(2).toString();
        summary.mentionCount = query.value(3).toInt();
        summary.reviewedCount = query.value(4).toInt();
        summary.annotationCount = query.value(5).toInt();
        summary.proposedCount = query.value(6).toInt();
        result.append(summary);
    }
    return result;
}

QList<qint64> ProjectStore::mentionIds(qint64 articleId) const
{
    QList<qint64> ids;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!d->prepare(query, QStringLiteral("SELECT id FROM mentions WHERE article_id = ? "
                                          "ORDER BY id")))
        return ids;
    query.addBindValue(articleId);
    if (!d->exec(query))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

ProjectStore::Counts ProjectStore::counts() const
{
    Counts counts;
    QSqlQuery query(d->db);
    auto scalar = [&](const QString &sql) {
        if (!query.exec(sql) || !query.next()) {
            d->failQuery(query);
            return 0;
        }
        return query.value(0).toInt();
    };
    counts.articles = scalar(QStringLiteral("SELECT COUNT(*) FROM articles"));
    counts.affiliations = scalar(QStringLiteral("SELECT COUNT(*) FROM affiliations"));
    counts.casualties = scalar(QStringLiteral("SELECT COUNT(*) FROM casualties"));
    counts.events = scalar(QStringLiteral("SELECT COUNT(*) FROM events"));

    const QStringList annotationTables{QStringLiteral("mentions"), QStringLiteral("affiliations"),
                                       QStringLiteral("casualties"), QStringLiteral("events")};
    for (const QString &table : annotationTables) {
        if (!query.exec(
                QStringLiteral("SELECT status, COUNT(*) FROM %1 GROUP BY status").arg(table))) {
            d->failQuery(query);
            continue;
        }
        while (query.next())
            counts.byStatus[query.value(0).toString()] += query.value(1).toInt();
    }
    if (query.exec(QStringLiteral("SELECT type, COUNT(*) FROM mentions GROUP BY type"))) {
        while (query.next())
            counts.byType[query.value(0).toString()] += query.value(1).toInt();
    } else {
        d->failQuery(query);
    }
    return counts;
}


// Analyst actions ---------------------------------------------------------------------------------
// Each is one transaction with its history rows; the work is done once for every kind by the
// templates in ProjectStore::Private.

bool ProjectStore::addMention(qint64 articleId, Mention &mention, const QString &annotator)
{
    return d->add(articleId, mention, annotator);
}

bool ProjectStore::setMentionStatus(qint64 mentionId, Status status, const QString &annotator)
{
    return d->setStatus<Mention>(mentionId, status, annotator);
}

bool ProjectStore::updateMention(const Mention &mention, const QString &annotator)
{
    return d->update(mention, annotator);
}

bool ProjectStore::deleteMention(qint64 mentionId, const QString &annotator)
{
    return d->remove<Mention>(mentionId, annotator);
}

bool ProjectStore::restoreMention(const Mention &mention, qint64 articleId,
                                  const QString &annotator)
{
    return d->restore(mention, articleId, annotator);
}

bool ProjectStore::addAffiliation(qint64 articleId, Affiliation &affiliation,
                                  const QString &annotator)
{
    return d->add(articleId, affiliation, annotator);
}

bool ProjectStore::updateAffiliation(const Affiliation &affiliation, const QString &annotator)
{
    return d->update(affiliation, annotator);
}

bool ProjectStore::setAffiliationStatus(qint64 affiliationId, Status status,
                                        const QString &annotator)
{
    return d->setStatus<Affiliation>(affiliationId, status, annotator);
}

bool ProjectStore::deleteAffiliation(qint64 affiliationId, const QString &annotator)
{
    return d->remove<Affiliation>(affiliationId, annotator);
}

bool ProjectStore::restoreAffiliation(const Affiliation &affiliation, qint64 articleId,
                                      const QString &annotator)
{
    return d->restore(affiliation, articleId, annotator);
}

bool ProjectStore::addCasualty(qint64 articleId, CasualtyFigure &figure, const QString &annotator)
{
    return d->add(articleId, figure, annotator);
}

bool ProjectStore::updateCasualty(const CasualtyFigure &figure, const QString &annotator)
{
    return d->update(figure, annotator);
}

bool ProjectStore::setCasualtyStatus(qint64 casualtyId, Status status, const QString &annotator)
{
    return d->setStatus<CasualtyFigure>(casualtyId, status, annotator);
}

bool ProjectStore::deleteCasualty(qint64 casualtyId, const QString &annotator)
{
    return d->remove<CasualtyFigure>(casualtyId, annotator);
}

bool ProjectStore::restoreCasualty(const CasualtyFigure &figure, qint64 articleId,
                                   const QString &annotator)
{
    return d->restore(figure, articleId, annotator);
}

bool ProjectStore::addEvent(qint64 articleId, Event &event, const QString &annotator)
{
    return d->add(articleId, event, annotator);
}

bool ProjectStore::updateEvent(const Event &event, const QString &annotator)
{
    return d->update(event, annotator);
}

bool ProjectStore::setEventStatus(qint64 eventId, Status status, const QString &annotator)
{
    return d->setStatus<Event>(eventId, status, annotator);
}

bool ProjectStore::deleteEvent(qint64 eventId, const QString &annotator)
{
    return d->remove<Event>(eventId, annotator);
}

bool ProjectStore::restoreEvent(const Event &event, qint64 articleId, const QString &annotator)
{
    return d->restore(event, articleId, annotator);
}

QList<ProjectStore::HistoryEntry> ProjectStore::Private::readHistory(const QString &where,
                                                                     const QVariant &value) const
{
    QList<HistoryEntry> entries;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepare(query, QStringLiteral("SELECT id, article_id, annotation_kind, annotation_id, "
                                       "annotation_key, field, old_value, new_value, annotator, "
                                       "at FROM history WHERE %1 ORDER BY id")
                            .arg(where)))
        return entries;
    if (value.isValid())
        query.addBindValue(value);
    if (!exec(query))
        return entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.articleId = query.value(1).toLongLong(); // NULL reads as 0
        entry.annotationKind = query.value(2).toString();
        entry.annotationId = query.value(3).toLongLong();
        entry.annotationKey = query.value(4).toString();
        entry.field = query.value(5).toString();
        entry.oldValue = query.value(6).toString();
        entry.newValue = query.value(7).toString();
        entry.annotator = query.value(8).toString();
        entry.at = timeFrom(query.value(9));
        entries.append(entry);
    }
    return entries;
}

QList<ProjectStore::HistoryEntry> ProjectStore::history(qint64 articleId) const
{
    return d->readHistory(QStringLiteral("article_id = ?"), articleId);
}

QList<ProjectStore::HistoryEntry> ProjectStore::history(qint64 articleId, qint64 afterId) const
{
    // The id is a number formatted here, never text from outside.
    return d->readHistory(QStringLiteral("article_id = ? AND id > %1").arg(afterId), articleId);
}

// Project knowledge base --------------------------------------------------------------------------

