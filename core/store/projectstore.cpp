#include "core/store/projectstore.h"

#include "core/store/annotationrows.h"
#include "core/store/migrator.h"
#include "core/store/transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <array>

using namespace AnnotationRows;

namespace {

const QLatin1String sqliteDriver("QSQLITE");
const QLatin1String memoryPath(":memory:");
// Waits this long for another process's write lock before an action fails as busy.
constexpr int busyTimeoutMs = 5000;

QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cwb-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Knowledge base ----------------------------------------------------------------------------

const QString kbEntryColumns =
    QStringLiteral("kb_id, canonical, type, kind, adjectives, acled_name, governorate, country, "
                   "area, notes, sources, certainty, added_by, added_at");
const QString kbAffiliationColumns =
    QStringLiteral("actor_kb_id, relation, target_kb_id, valid_from, valid_to, former, "
                   "certainty, sources, note, added_by, added_at");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Aliases as an entry lists them: trimmed, without empty ones and repeats, in order.
QStringList cleanAliases(const QStringList &aliases)
{
    QStringList result;
    for (const QString &alias : aliases) {
        const QString trimmed = alias.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    return result;
}

QString kbEntrySnapshot(const KbEntry &entry)
{
    return compactJson(QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("canonical"), entry.canonical},
        {QStringLiteral("type"), toString(entry.type)},
        {QStringLiteral("kind"), entry.kind},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(cleanAliases(entry.aliases))},
        {QStringLiteral("adjectives"), QJsonArray::fromStringList(entry.adjectives)},
        {QStringLiteral("acled_name"), entry.acledName},
        {QStringLiteral("governorate"), entry.governorate},
        {QStringLiteral("country"), entry.country},
        {QStringLiteral("area"), entry.area},
        {QStringLiteral("notes"), entry.notes},
        {QStringLiteral("sources"), QJsonArray::fromStringList(entry.sources)},
        {QStringLiteral("certainty"), toString(entry.certainty)}});
}

QString kbAffiliationSnapshot(const KbAffiliation &affiliation)
{
    return compactJson(QJsonObject{
        {QStringLiteral("actor"), affiliation.actorId},
        {QStringLiteral("relation"), toString(affiliation.relation)},
        {QStringLiteral("target"), affiliation.targetId},
        {QStringLiteral("from"), affiliation.from},
        {QStringLiteral("to"), affiliation.to},
        {QStringLiteral("former"), affiliation.former},
        {QStringLiteral("certainty"), toString(affiliation.certainty)},
        {QStringLiteral("sources"), QJsonArray::fromStringList(affiliation.sources)},
        {QStringLiteral("note"), affiliation.note}});
}

// The sqlite3 handle behind a QSQLITE connection, or null for any other driver. The Qt plugin
// on Debian links the same system libsqlite3 as this library does, so the handle is usable.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != sqliteDriver || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

struct ProjectStore::Private
{
    QString path;
    QString connectionName;
    QSqlDatabase db;
    int schemaVersion = 0;
    mutable QString lastError;

    bool fail(const QString &message) const
    {
        lastError = message;
        return false;
    }
    bool failQuery(const QSqlQuery &query) const { return fail(query.lastError().text()); }
    bool exec(QSqlQuery &query) const { return query.exec() || failQuery(query); }
    bool prepare(QSqlQuery &query, const QString &sql) const
    {
        return query.prepare(sql) || failQuery(query);
    }

    // The next free id of `table`: MAX(id) + 1, read inside the write transaction that uses it.
    std::optional<qint64> nextId(const QString &table) const
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT MAX(id) FROM %1").arg(table)) || !query.next()) {
            failQuery(query);
            return std::nullopt;
        }
        return query.value(0).toLongLong() + 1;
    }

    // Sets *found to whether `sql`, with one bound value, returns a row. Returns false (with
    // lastError set) only when the query itself fails.
    bool exists(const QString &sql, const QVariant &value, bool *found) const
    {
        QSqlQuery query(db);
        if (!prepare(query, sql))
            return false;
        query.addBindValue(value);
        if (!exec(query))
            return false;
        *found = query.next();
        return true;
    }

    bool articleExists(qint64 articleId) const
    {
        bool found = false;
        if (!exists(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"), articleId, &found))
            return false;
        return found || fail(ProjectStore::tr("There is no article with id %1.").arg(articleId));
    }

    // A history row. articleId 0 stands for the project (knowledge-base rows), stored as NULL;
    // `key` is the knowledge-base id such a row is about.
    bool insertHistory(qint64 articleId, const QString &kind, qint64 annotationId,
                       const QString &field, const QVariant &oldValue, const QVariant &newValue,
                       const QString &annotator, const QString &at,
                       const QString &key = QString()) const
    {
        const std::optional<qint64> id = nextId(QStringLiteral("history"));
        if (!id)
            return false;
        QSqlQuery query(db);
        if (!prepare(query, QStringLiteral("INSERT INTO history (id, article_id, annotation_kind, "
                                           "annotation_id, annotation_key, field, old_value, "
                                           "new_value, annotator, at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return false;
        query.addBindValue(*id);
        query.addBindValue(articleId > 0 ? QVariant(articleId)
                                         : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(kind);
        query.addBindValue(annotationId);
        query.addBindValue(textOrNull(key));
        query.addBindValue(field);
        query.addBindValue(oldValue);
        query.addBindValue(newValue);
        query.addBindValue(annotator);
        query.addBindValue(at);
        return exec(query);
    }

    QList<HistoryEntry> readHistory(const QString &where, const QVariant &value) const;

    // Rows of one annotation kind -----------------------------------------------------------

    template<typename T>
    bool insertRow(qint64 articleId, const T &annotation) const
    {
        QSqlQuery query(db);
        if (!prepare(query, QStringLiteral("INSERT INTO %1 (%2) VALUES (?, ?%3)")
                                .arg(Kind<T>::table(), columnsWithIds<T>(),
                                     QStringLiteral(", ?").repeated(
                                         Kind<T>::columns().count(QLatin1Char(',')) + 1))))
            return false;
        query.addBindValue(annotation.id);
        query.addBindValue(articleId);
        Kind<T>::bind(query, annotation);
        return exec(query);
    }

    template<typename T>
    bool updateRow(const T &annotation) const
    {
        QStringList assignments = Kind<T>::columns().split(QStringLiteral(", "));
        for (QString &column : assignments)
            column += QStringLiteral(" = ?");
        QSqlQuery query(db);
        if (!prepare(query, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                .arg(Kind<T>::table(), assignments.join(QStringLiteral(", ")))))
            return false;
        Kind<T>::bind(query, annotation);
        query.addBindValue(annotation.id);
        return exec(query);
    }

    template<typename T>
    std::optional<T> load(qint64 id, qint64 *articleId) const
    {
        QSqlQuery query(db);
        if (!prepare(query, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                .arg(columnsWithIds<T>(), Kind<T>::table())))
            return std::nullopt;
        query.addBindValue(id);
        if (!exec(query))
            return std::nullopt;
        if (!query.next()) {
            fail(Kind<T>::missing(id));
            return std::nullopt;
        }
        *articleId = query.value(1).toLongLong();
        T annotation = Kind<T>::from(query);
        query.finish();
        if (!loadExtra(annotation))
            return std::nullopt;
        return annotation;
    }

    // What some kinds keep outside their own row: an event's links to its casualty figures.
    // The overloads for Event and CasualtyFigure are chosen over these templates.
    template<typename T>
    bool loadExtra(T &) const
    {
        return true;
    }
    bool loadExtra(Event &event) const;
    template<typename T>
    bool afterWrite(const T &, qint64) const
    {
        return true;
    }
    bool afterWrite(const Event &event, qint64 articleId) const;
    template<typename T>
    bool beforeDelete(const T &, qint64, const QString &, const QString &) const
    {
        return true;
    }
    bool beforeDelete(const CasualtyFigure &figure, qint64 articleId, const QString &annotator,
                      const QString &now) const;

    // The analyst actions, once for every kind; each is one transaction -------------------

    template<typename T>
    bool add(qint64 articleId, T &annotation, const QString &annotator)
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(transaction.errorText());
        if (!articleExists(articleId))
            return false;
        T stored = annotation;
        const QString now = nowText();
        stored.provenance.annotator = annotator;
        if (!stored.provenance.created.isValid())
            stored.provenance.created = timeFrom(now);
        if (!stored.provenance.updated.isValid())
            stored.provenance.updated = stored.provenance.created;
        const std::optional<qint64> id = nextId(Kind<T>::table());
        if (!id)
            return false;
        stored.id = *id;
        if (!insertRow(articleId, stored) || !afterWrite(stored, articleId)
            || !insertHistory(articleId, Kind<T>::name(), stored.id, QStringLiteral("created"),
                              QVariant(), snapshot(stored), annotator, now))
            return false;
        if (!transaction.commit())
            return fail(transaction.errorText());
        annotation = stored;
        return true;
    }

    template<typename T>
    bool setStatus(qint64 id, Status status, const QString &annotator)
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(transaction.errorText());
        QSqlQuery query(db);
        if (!prepare(query, QStringLiteral("SELECT article_id, status FROM %1 WHERE id = ?")
                                .arg(Kind<T>::table())))
            return false;
        query.addBindValue(id);
        if (!exec(query))
            return false;
        if (!query.next())
            return fail(Kind<T>::missing(id));
        const qint64 articleId = query.value(0).toLongLong();
        const QString oldStatus = query.value(1).toString();
        query.finish();
        if (oldStatus == toString(status))
            return true; // nothing changes, nothing to record; the destructor ends it

        const QString now = nowText();
        if (!prepare(query, QStringLiteral("UPDATE %1 SET status = ?, annotator = ?, "
                                           "updated_at = ? WHERE id = ?")
                                .arg(Kind<T>::table())))
            return false;
        query.addBindValue(toString(status));
        query.addBindValue(annotator);
        query.addBindValue(now);
        query.addBindValue(id);
        if (!exec(query)
            || !insertHistory(articleId, Kind<T>::name(), id, QStringLiteral("status"),
                              oldStatus, toString(status), annotator, now))
            return false;
        if (!transaction.commit())
            return fail(transaction.errorText());
        return true;
    }

    // Writes every field that differs from the stored annotation, one history row per field.
    template<typename T>
    bool update(const T &annotation, const QString &annotator)
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(transaction.errorText());
        qint64 articleId = 0;
        const std::optional<T> old = load<T>(annotation.id, &articleId);
        if (!old)
            return false;
        const Fields oldFields = Kind<T>::fields(*old);
        const Fields newFields = Kind<T>::fields(annotation);
        QList<int> changed;
        for (int i = 0; i < oldFields.size(); ++i) {
            if (oldFields.at(i).second != newFields.at(i).second)
                changed.append(i);
        }
        if (changed.isEmpty())
            return true;

        const QString now = nowText();
        T stored = annotation;
        stored.provenance.annotator = annotator;
        stored.provenance.created = old->provenance.created;
        stored.provenance.updated = timeFrom(now);
        if (!updateRow(stored) || !afterWrite(stored, articleId))
            return false;
        for (int i : std::as_const(changed)) {
            if (!insertHistory(articleId, Kind<T>::name(), stored.id, oldFields.at(i).first,
                               oldFields.at(i).second, newFields.at(i).second, annotator, now))
                return false;
        }
        if (!transaction.commit())
            return fail(transaction.errorText());
        return true;
    }

    template<typename T>
    bool remove(qint64 id, const QString &annotator)
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(transaction.errorText());
        qint64 articleId = 0;
        const std::optional<T> old = load<T>(id, &articleId);
        if (!old)
            return false;
        const QString now = nowText();
        if (!beforeDelete(*old, articleId, annotator, now))
            return false;
        QSqlQuery query(db);
        if (!prepare(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Kind<T>::table())))
            return false;
        query.addBindValue(id);
        if (!exec(query)
            || !insertHistory(articleId, Kind<T>::name(), id, QStringLiteral("deleted"),
                              snapshot(*old), QVariant(), annotator, now))
            return false;
        if (!transaction.commit())
            return fail(transaction.errorText());
        return true;
    }

    // Inserts the annotation as it is, id and provenance included: the undo of remove().
    template<typename T>
    bool restore(const T &annotation, qint64 articleId, const QString &annotator)
    {
        if (annotation.id <= 0)
            return fail(ProjectStore::tr("Only an annotation that was saved before can be "
                                         "restored; this one has no id."));
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(transaction.errorText());
        if (!articleExists(articleId))
            return false;
        bool inUse = false;
        if (!exists(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(Kind<T>::table()),
                    annotation.id, &inUse))
            return false;
        if (inUse)
            return fail(Kind<T>::inUse(annotation.id));
        if (!insertRow(articleId, annotation) || !afterWrite(annotation, articleId)
            || !insertHistory(articleId, Kind<T>::name(), annotation.id,
                              QStringLiteral("restored"), QVariant(), snapshot(annotation),
                              annotator, nowText()))
            return false;
        if (!transaction.commit())
            return fail(transaction.errorText());
        return true;
    }

    // Knowledge base; the caller holds the transaction ----------------------------------------
    bool insertKbEntry(const KbEntry &entry, const QString &annotator, const QString &now) const;
    // Returns the new alias row id, 0 when the alias was there already, nullopt on failure.
    std::optional<qint64> insertKbAlias(const QString &kbId, const QString &alias,
                                        const QString &annotator, const QString &now) const;
    bool insertKbAffiliation(const KbAffiliation &affiliation, const QString &annotator,
                             const QString &now) const;

    bool bulkInsertSqlite(sqlite3 *handle, qint64 firstId, qint64 articleId,
                          const QList<Mention> &mentions) const;
    bool bulkInsertPortable(qint64 firstId, qint64 articleId,
                            const QList<Mention> &mentions) const;
};

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
// existing file is first looked at (its header) and then probed through a separate connection
// that only runs SELECTs. Where a -wal file lies beside the project (another program has it
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
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(tr("Cannot read %1: %2").arg(shownPath, file.errorString()));
            if (file.read(16) != QByteArray("SQLite format 3\0", 16))
                return fail(tr("%1 is not a Conflict Workbench project (it is not an SQLite "
                               "database).")
                                .arg(shownPath));
            file.close();

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
// store gives every figure a database id and rewrites the event's list to match.
bool ProjectStore::addDocument(Document &document)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());

    Document stored = document;
    QSqlQuery query(d->db);

    const std::optional<qint64> articleId = d->nextId(QStringLiteral("articles"));
    if (!articleId)
        return false;
    const Article &article = stored.article;
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
    stored.article.id = *articleId;

    std::optional<qint64> id = d->nextId(QStringLiteral("segments"));
    if (!id)
        return false;
    if (!d->prepare(query, QStringLiteral("INSERT INTO segments (id, article_id, start_cp, "
                                          "end_cp, kind) VALUES (?, ?, ?, ?, ?)")))
        return false;
    for (const Segment &segment : std::as_const(stored.segments)) {
        query.addBindValue((*id)++);
        query.addBindValue(*articleId);
        query.addBindValue(segment.start);
        query.addBindValue(segment.end);
        query.addBindValue(toString(segment.kind));
        if (!d->exec(query))
            return false;
    }
    query.finish();

    if (!(id = d->nextId(QStringLiteral("mentions"))))
        return false;
    for (Mention &mention : stored.mentions) {
        mention.id = (*id)++;
        if (!d->insertRow(*articleId, mention))
            return false;
    }

    if (!(id = d->nextId(QStringLiteral("affiliations"))))
        return false;
    for (Affiliation &affiliation : stored.affiliations) {
        affiliation.id = (*id)++;
        if (!d->insertRow(*articleId, affiliation))
            return false;
    }

    QHash<qint64, qint64> casualtyIds; // id in the document -> database id
    if (!(id = d->nextId(QStringLiteral("casualties"))))
        return false;
    for (CasualtyFigure &figure : stored.casualties) {
        const qint64 documentId = figure.id;
        figure.id = (*id)++;
        if (documentId != 0)
            casualtyIds.insert(documentId, figure.id);
        if (!d->insertRow(*articleId, figure))
            return false;
    }

    if (!(id = d->nextId(QStringLiteral("events"))))
        return false;
    QSqlQuery link(d->db);
    if (!d->prepare(link, QStringLiteral("INSERT INTO event_casualties (event_id, "
                                         "casualty_id, ordinal) VALUES (?, ?, ?)")))
        return false;
    for (Event &event : stored.events) {
        event.id = (*id)++;
        if (!d->insertRow(*articleId, event))
            return false;
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
        if (!select(QStringLiteral("SELECT %1 FROM %2 WHERE article_id = ? ORDER BY id")
                        .arg(columnsWithIds<T>(), Kind<T>::table())))
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

QList<ProjectStore::ArticleSummary> ProjectStore::articles() const
{
    QList<ArticleSummary> result;
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral(
            "SELECT a.id, a.title, a.source_path, "
            "(SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id), "
            "(SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id "
            "AND m.status <> 'proposed') "
            "FROM articles a ORDER BY a.id"))) {
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

// Project knowledge base --------------------------------------------------------------------------

bool ProjectStore::Private::insertKbEntry(const KbEntry &entry, const QString &annotator,
                                          const QString &now) const
{
    if (entry.id.trimmed().isEmpty())
        return fail(ProjectStore::tr("A knowledge-base entry needs an id (\"%1\" has none).")
                        .arg(entry.canonical));
    if (entry.canonical.trimmed().isEmpty())
        return fail(ProjectStore::tr("The knowledge-base entry %1 has no canonical name.")
                        .arg(entry.id));
    bool taken = false;
    if (!exists(QStringLiteral("SELECT 1 FROM kb_entries WHERE kb_id = ?"), entry.id, &taken))
        return false;
    if (taken)
        return fail(ProjectStore::tr("The project's knowledge base already has an entry with "
                                     "id %1.")
                        .arg(entry.id));
    const std::optional<qint64> id = nextId(QStringLiteral("kb_entries"));
    if (!id)
        return false;
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("INSERT INTO kb_entries (id, %1) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(kbEntryColumns)))
        return false;
    query.addBindValue(*id);
    query.addBindValue(entry.id);
    query.addBindValue(entry.canonical);
    query.addBindValue(toString(entry.type));
    query.addBindValue(textOrNull(entry.kind));
    query.addBindValue(stringListJson(entry.adjectives));
    query.addBindValue(textOrNull(entry.acledName));
    query.addBindValue(textOrNull(entry.governorate));
    query.addBindValue(textOrNull(entry.country));
    query.addBindValue(textOrNull(entry.area));
    query.addBindValue(textOrNull(entry.notes));
    query.addBindValue(stringListJson(entry.sources));
    query.addBindValue(toString(entry.certainty));
    query.addBindValue(annotator);
    query.addBindValue(now);
    if (!exec(query))
        return false;
    for (const QString &alias : cleanAliases(entry.aliases)) {
        if (!insertKbAlias(entry.id, alias, annotator, now))
            return false;
    }
    return insertHistory(0, QStringLiteral("kb_entry"), *id, QStringLiteral("created"),
                         QVariant(), kbEntrySnapshot(entry), annotator, now, entry.id);
}

// The history row of an alias is written by addKnowledgeBaseAlias(); aliases that come with a
// new entry are in that entry's snapshot.
std::optional<qint64> ProjectStore::Private::insertKbAlias(const QString &kbId,
                                                           const QString &alias,
                                                           const QString &annotator,
                                                           const QString &now) const
{
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("SELECT 1 FROM kb_aliases WHERE kb_id = ? AND alias = ?")))
        return std::nullopt;
    query.addBindValue(kbId);
    query.addBindValue(alias);
    if (!exec(query))
        return std::nullopt;
    if (query.next())
        return 0;
    query.finish();
    const std::optional<qint64> id = nextId(QStringLiteral("kb_aliases"));
    if (!id)
        return std::nullopt;
    if (!prepare(query, QStringLiteral("INSERT INTO kb_aliases (id, kb_id, alias, added_by, "
                                       "added_at) VALUES (?, ?, ?, ?, ?)")))
        return std::nullopt;
    query.addBindValue(*id);
    query.addBindValue(kbId);
    query.addBindValue(alias);
    query.addBindValue(annotator);
    query.addBindValue(now);
    if (!exec(query))
        return std::nullopt;
    return *id;
}

bool ProjectStore::Private::insertKbAffiliation(const KbAffiliation &affiliation,
                                                const QString &annotator,
                                                const QString &now) const
{
    if (affiliation.actorId.trimmed().isEmpty() || affiliation.targetId.trimmed().isEmpty())
        return fail(ProjectStore::tr("A knowledge-base affiliation needs both an actor and a "
                                     "target (\"%1\" %2 \"%3\").")
                        .arg(affiliation.actorId, toString(affiliation.relation),
                             affiliation.targetId));
    const std::optional<qint64> id = nextId(QStringLiteral("kb_affiliations"));
    if (!id)
        return false;
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("INSERT INTO kb_affiliations (id, %1) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(kbAffiliationColumns)))
        return false;
    query.addBindValue(*id);
    query.addBindValue(affiliation.actorId);
    query.addBindValue(toString(affiliation.relation));
    query.addBindValue(affiliation.targetId);
    query.addBindValue(textOrNull(affiliation.from));
    query.addBindValue(textOrNull(affiliation.to));
    query.addBindValue(affiliation.former ? 1 : 0);
    query.addBindValue(toString(affiliation.certainty));
    query.addBindValue(stringListJson(affiliation.sources));
    query.addBindValue(textOrNull(affiliation.note));
    query.addBindValue(annotator);
    query.addBindValue(now);
    if (!exec(query))
        return false;
    return insertHistory(0, QStringLiteral("kb_affiliation"), *id, QStringLiteral("created"),
                         QVariant(), kbAffiliationSnapshot(affiliation), annotator, now,
                         affiliation.actorId);
}

QList<KbEntry> ProjectStore::knowledgeBaseEntries() const
{
    QList<KbEntry> entries;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM kb_entries ORDER BY id").arg(kbEntryColumns))) {
        d->failQuery(query);
        return entries;
    }
    QHash<QString, int> index;
    while (query.next()) {
        KbEntry entry;
        entry.id = query.value(0).toString();
        entry.canonical = query.value(1).toString();
        entry.type = enumFrom(query.value(2), EntityType::ArmedGroup);
        entry.kind = query.value(3).toString();
        entry.adjectives = stringListFrom(query.value(4));
        entry.acledName = query.value(5).toString();
        entry.governorate = query.value(6).toString();
        entry.country = query.value(7).toString();
        entry.area = query.value(8).toString();
        entry.notes = query.value(9).toString();
        entry.sources = stringListFrom(query.value(10));
        entry.certainty =
            certaintyFromString(query.value(11).toString()).value_or(Certainty::Unverified);
        entry.project = true;
        index.insert(entry.id, int(entries.size()));
        entries.append(entry);
    }
    if (!query.exec(QStringLiteral("SELECT kb_id, alias FROM kb_aliases ORDER BY id"))) {
        d->failQuery(query);
        return entries;
    }
    while (query.next()) {
        const auto found = index.constFind(query.value(0).toString());
        if (found != index.constEnd())
            entries[*found].aliases.append(query.value(1).toString());
    }
    return entries;
}

QHash<QString, QStringList> ProjectStore::knowledgeBaseAliases() const
{
    QHash<QString, QStringList> aliases;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT a.kb_id, a.alias FROM kb_aliases a WHERE NOT EXISTS "
                                   "(SELECT 1 FROM kb_entries e WHERE e.kb_id = a.kb_id) "
                                   "ORDER BY a.id"))) {
        d->failQuery(query);
        return aliases;
    }
    while (query.next())
        aliases[query.value(0).toString()].append(query.value(1).toString());
    return aliases;
}

QList<KbAffiliation> ProjectStore::knowledgeBaseAffiliations() const
{
    QList<KbAffiliation> affiliations;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM kb_affiliations ORDER BY id")
                        .arg(kbAffiliationColumns))) {
        d->failQuery(query);
        return affiliations;
    }
    while (query.next()) {
        KbAffiliation affiliation;
        affiliation.actorId = query.value(0).toString();
        affiliation.relation = enumFrom(query.value(1), Relation::AffiliatedWith);
        affiliation.targetId = query.value(2).toString();
        affiliation.from = query.value(3).toString();
        affiliation.to = query.value(4).toString();
        affiliation.former = query.value(5).toInt() != 0;
        affiliation.certainty =
            certaintyFromString(query.value(6).toString()).value_or(Certainty::Unverified);
        affiliation.sources = stringListFrom(query.value(7));
        affiliation.note = query.value(8).toString();
        affiliations.append(affiliation);
    }
    return affiliations;
}

QList<ProjectStore::HistoryEntry> ProjectStore::knowledgeBaseHistory() const
{
    return d->readHistory(QStringLiteral("article_id IS NULL"), QVariant());
}

bool ProjectStore::addKnowledgeBaseEntry(const KbEntry &entry, const QString &annotator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    if (!d->insertKbEntry(entry, annotator, nowText()))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

bool ProjectStore::addKnowledgeBaseAlias(const QString &entryId, const QString &alias,
                                         const QString &annotator)
{
    const QString trimmed = alias.trimmed();
    if (entryId.trimmed().isEmpty() || trimmed.isEmpty())
        return d->fail(tr("An alias needs an entry id and a name (got \"%1\" for \"%2\").")
                           .arg(alias, entryId));
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    const QString now = nowText();
    const std::optional<qint64> id = d->insertKbAlias(entryId, trimmed, annotator, now);
    if (!id)
        return false;
    if (*id == 0)
        return true; // already there: nothing written, the destructor ends the transaction
    if (!d->insertHistory(0, QStringLiteral("kb_alias"), *id, QStringLiteral("created"),
                          QVariant(), trimmed, annotator, now, entryId))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

bool ProjectStore::addKnowledgeBaseAffiliation(const KbAffiliation &affiliation,
                                               const QString &annotator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    if (!d->insertKbAffiliation(affiliation, annotator, nowText()))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

bool ProjectStore::importKnowledgeBase(const QList<KbEntry> &entries,
                                       const QList<KbAffiliation> &affiliations,
                                       const QString &annotator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    const QString now = nowText();
    for (const KbEntry &entry : entries) {
        if (!d->insertKbEntry(entry, annotator, now))
            return false;
    }
    for (const KbAffiliation &affiliation : affiliations) {
        if (!d->insertKbAffiliation(affiliation, annotator, now))
            return false;
    }
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

// Batch import --------------------------------------------------------------------------------

namespace {

const char bulkMentionSql[] =
    "INSERT INTO mentions (id, article_id, start_cp, end_cp, text, type, canonical, kb_id, "
    "status, origin, confidence, annotator, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Formats a timestamp once for a run of rows that share it (a batch usually does).
class TimeCache
{
public:
    const QByteArray &text(const QDateTime &time)
    {
        if (!m_valid || time != m_time || time.isValid() != m_time.isValid()) {
            m_time = time;
            m_text = time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toUtf8()
                                    : QByteArray();
            m_valid = true;
        }
        return m_text;
    }

private:
    QDateTime m_time;
    QByteArray m_text;
    bool m_valid = false;
};

} // namespace

// The raw sqlite3 API on the connection's own handle: QSqlQuery spends more time in QVariant
// binding than SQLite spends inserting. The transaction is the caller's (BEGIN IMMEDIATE on
// this same connection). Strings are bound SQLITE_STATIC: they outlive the step that reads
// them, and reset() drops the references before the next row.
bool ProjectStore::Private::bulkInsertSqlite(sqlite3 *handle, qint64 firstId, qint64 articleId,
                                             const QList<Mention> &mentions) const
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, bulkMentionSql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(statement,
                                                                       sqlite3_finalize);

    // Vocabulary spellings encoded once, not once per row.
    std::array<QByteArray, 7> typeText;
    for (const QString &spelling : allSpellings<EntityType>())
        typeText[int(*fromString<EntityType>(spelling))] = spelling.toUtf8();
    std::array<QByteArray, 5> statusText;
    for (const QString &spelling : allSpellings<Status>())
        statusText[int(*fromString<Status>(spelling))] = spelling.toUtf8();

    auto bindText = [statement](int column, const QString &text) {
        if (text.isNull())
            return sqlite3_bind_null(statement, column);
        // constData(), not utf16(): utf16() copies a string whose data is static.
        return sqlite3_bind_text16(statement, column, text.constData(), int(text.size() * 2),
                                   SQLITE_STATIC);
    };
    auto bindBytes = [statement](int column, const QByteArray &bytes) {
        if (bytes.isNull())
            return sqlite3_bind_null(statement, column);
        return sqlite3_bind_text(statement, column, bytes.constData(), int(bytes.size()),
                                 SQLITE_STATIC);
    };

    TimeCache created;
    TimeCache updated;
    qint64 id = firstId;
    for (const Mention &mention : mentions) {
        const Provenance &provenance = mention.provenance;
        int rc = sqlite3_bind_int64(statement, 1, id++);
        rc |= sqlite3_bind_int64(statement, 2, articleId);
        rc |= sqlite3_bind_int(statement, 3, mention.start);
        rc |= sqlite3_bind_int(statement, 4, mention.end);
        rc |= bindText(5, mention.text.isNull() ? QStringLiteral("") : mention.text);
        rc |= bindBytes(6, typeText[int(mention.type)]);
        rc |= bindText(7, mention.canonical);
        rc |= bindText(8, mention.kbId);
        rc |= bindBytes(9, statusText[int(provenance.status)]);
        rc |= bindText(10, provenance.origin);
        rc |= sqlite3_bind_double(statement, 11, provenance.confidence);
        rc |= bindText(12, provenance.annotator);
        rc |= bindBytes(13, created.text(provenance.created));
        rc |= bindBytes(14, updated.text(provenance.updated));
        if (rc != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
        if (sqlite3_step(statement) != SQLITE_DONE) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_reset(statement);
            return fail(message);
        }
        sqlite3_reset(statement);
    }
    return true;
}

bool ProjectStore::Private::bulkInsertPortable(qint64 firstId, qint64 articleId,
                                               const QList<Mention> &mentions) const
{
    QSqlQuery query(db);
    if (!prepare(query, QString::fromLatin1(bulkMentionSql)))
        return false;
    qint64 id = firstId;
    for (const Mention &mention : mentions) {
        query.bindValue(0, id++);
        query.bindValue(1, articleId);
        query.bindValue(2, mention.start);
        query.bindValue(3, mention.end);
        query.bindValue(4, mention.text.isNull() ? QStringLiteral("") : mention.text);
        query.bindValue(5, toString(mention.type));
        query.bindValue(6, mention.canonical);
        query.bindValue(7, mention.kbId);
        query.bindValue(8, toString(mention.provenance.status));
        query.bindValue(9, mention.provenance.origin);
        query.bindValue(10, mention.provenance.confidence);
        query.bindValue(11, mention.provenance.annotator);
        query.bindValue(12, timeValue(mention.provenance.created));
        query.bindValue(13, timeValue(mention.provenance.updated));
        if (!exec(query))
            return false;
    }
    return true;
}

bool ProjectStore::bulkInsertMentions(qint64 articleId, const QList<Mention> &mentions)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    const std::optional<qint64> firstId = d->nextId(QStringLiteral("mentions"));
    if (!firstId)
        return false;
    sqlite3 *handle = sqliteHandle(d->db);
    const bool inserted = handle ? d->bulkInsertSqlite(handle, *firstId, articleId, mentions)
                                 : d->bulkInsertPortable(*firstId, articleId, mentions);
    if (!inserted)
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}
