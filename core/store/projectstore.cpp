#include "core/store/projectstore.h"

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

// Timestamps are ISO 8601 UTC text with milliseconds; an invalid time is NULL.
QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

QVariant dateValue(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalValue(const std::optional<qint64> &number)
{
    return number ? QVariant(*number) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

template<typename Enum>
Enum enumFrom(const QVariant &value, Enum fallback)
{
    return fromString<Enum>(value.toString()).value_or(fallback);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString provenanceColumns =
    QStringLiteral("status, origin, confidence, annotator, created_at, updated_at");

void bindProvenance(QSqlQuery &query, const Provenance &provenance)
{
    query.addBindValue(toString(provenance.status));
    query.addBindValue(provenance.origin);
    query.addBindValue(provenance.confidence);
    query.addBindValue(provenance.annotator);
    query.addBindValue(timeValue(provenance.created));
    query.addBindValue(timeValue(provenance.updated));
}

Provenance provenanceFrom(const QSqlQuery &query, int first)
{
    Provenance provenance;
    provenance.status = enumFrom(query.value(first), Status::Proposed);
    provenance.origin = query.value(first + 1).toString();
    provenance.confidence = query.value(first + 2).toDouble();
    provenance.annotator = query.value(first + 3).toString();
    provenance.created = timeFrom(query.value(first + 4));
    provenance.updated = timeFrom(query.value(first + 5));
    return provenance;
}

const QString mentionColumns = QStringLiteral(
    "id, article_id, start_cp, end_cp, text, type, canonical, kb_id, ") + provenanceColumns;

Mention mentionFrom(const QSqlQuery &query)
{
    // Column order as in mentionColumns.
    Mention mention;
    mention.id = query.value(0).toLongLong();
    mention.start = query.value(2).toInt();
    mention.end = query.value(3).toInt();
    mention.text = query.value(4).toString();
    mention.type = enumFrom(query.value(5), EntityType::ArmedGroup);
    mention.canonical = query.value(6).toString();
    mention.kbId = query.value(7).toString();
    mention.provenance = provenanceFrom(query, 8);
    return mention;
}

// The fields of a mention as history records them, by the names the document JSON uses.
QList<std::pair<QString, QString>> mentionFields(const Mention &mention)
{
    return {{QStringLiteral("start"), QString::number(mention.start)},
            {QStringLiteral("end"), QString::number(mention.end)},
            {QStringLiteral("text"), mention.text},
            {QStringLiteral("type"), toString(mention.type)},
            {QStringLiteral("canonical"), mention.canonical},
            {QStringLiteral("kb_id"), mention.kbId},
            {QStringLiteral("status"), toString(mention.provenance.status)},
            {QStringLiteral("origin"), mention.provenance.origin},
            {QStringLiteral("confidence"), QString::number(mention.provenance.confidence)}};
}

// A created or deleted mention is kept in history as one JSON object, enough to restore it.
QString mentionSnapshot(const Mention &mention)
{
    QJsonObject object;
    for (const auto &field : mentionFields(mention))
        object.insert(field.first, field.second);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
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

    bool insertHistory(qint64 articleId, const QString &kind, qint64 annotationId,
                       const QString &field, const QVariant &oldValue, const QVariant &newValue,
                       const QString &annotator, const QString &at) const
    {
        const std::optional<qint64> id = nextId(QStringLiteral("history"));
        if (!id)
            return false;
        QSqlQuery query(db);
        if (!prepare(query, QStringLiteral("INSERT INTO history (id, article_id, annotation_kind, "
                                           "annotation_id, field, old_value, new_value, "
                                           "annotator, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return false;
        query.addBindValue(*id);
        query.addBindValue(articleId);
        query.addBindValue(kind);
        query.addBindValue(annotationId);
        query.addBindValue(field);
        query.addBindValue(oldValue);
        query.addBindValue(newValue);
        query.addBindValue(annotator);
        query.addBindValue(at);
        return exec(query);
    }

    bool insertMention(qint64 id, qint64 articleId, const Mention &mention) const
    {
        QSqlQuery query(db);
        if (!prepare(query, QStringLiteral("INSERT INTO mentions (%1) VALUES "
                                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                .arg(mentionColumns)))
            return false;
        query.addBindValue(id);
        query.addBindValue(articleId);
        query.addBindValue(mention.start);
        query.addBindValue(mention.end);
        query.addBindValue(mention.text);
        query.addBindValue(toString(mention.type));
        query.addBindValue(mention.canonical);
        query.addBindValue(mention.kbId);
        bindProvenance(query, mention.provenance);
        return exec(query);
    }

    std::optional<Mention> loadMention(qint64 mentionId, qint64 *articleId) const
    {
        QSqlQuery query(db);
        if (!prepare(query,
                     QStringLiteral("SELECT %1 FROM mentions WHERE id = ?").arg(mentionColumns)))
            return std::nullopt;
        query.addBindValue(mentionId);
        if (!exec(query))
            return std::nullopt;
        if (!query.next()) {
            fail(ProjectStore::tr("There is no mention with id %1.").arg(mentionId));
            return std::nullopt;
        }
        *articleId = query.value(1).toLongLong();
        return mentionFrom(query);
    }

    bool bulkInsertSqlite(sqlite3 *handle, qint64 firstId, qint64 articleId,
                          const QList<Mention> &mentions) const;
    bool bulkInsertPortable(qint64 firstId, qint64 articleId,
                            const QList<Mention> &mentions) const;
};

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
    query.addBindValue(article.title.isNull() ? QStringLiteral("") : article.title);
    query.addBindValue(article.text.isNull() ? QStringLiteral("") : article.text);
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

    if (!(id = d->nextId(QStringLiteral("mentions"))))
        return false;
    for (Mention &mention : stored.mentions) {
        mention.id = (*id)++;
        if (!d->insertMention(mention.id, *articleId, mention))
            return false;
    }

    if (!(id = d->nextId(QStringLiteral("affiliations"))))
        return false;
    if (!d->prepare(query, QStringLiteral("INSERT INTO affiliations (id, article_id, actor, "
                                          "relation, relation_target, former, stance, "
                                          "attributed_to, start_cp, end_cp, %1) VALUES "
                                          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   .arg(provenanceColumns)))
        return false;
    for (Affiliation &affiliation : stored.affiliations) {
        affiliation.id = (*id)++;
        query.addBindValue(affiliation.id);
        query.addBindValue(*articleId);
        query.addBindValue(affiliation.actor);
        query.addBindValue(toString(affiliation.relation));
        query.addBindValue(affiliation.relationTarget);
        query.addBindValue(affiliation.former ? 1 : 0);
        query.addBindValue(toString(affiliation.stance));
        query.addBindValue(affiliation.attributedTo);
        query.addBindValue(affiliation.start);
        query.addBindValue(affiliation.end);
        bindProvenance(query, affiliation.provenance);
        if (!d->exec(query))
            return false;
    }

    QHash<qint64, qint64> casualtyIds; // id in the document -> database id
    if (!(id = d->nextId(QStringLiteral("casualties"))))
        return false;
    if (!d->prepare(query, QStringLiteral("INSERT INTO casualties (id, article_id, start_cp, "
                                          "end_cp, text, kind, victim, perpetrator, low, best, "
                                          "high, precision_kind, hedged, scope, %1) VALUES "
                                          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                          "?, ?, ?, ?, ?, ?)")
                                   .arg(provenanceColumns)))
        return false;
    for (CasualtyFigure &figure : stored.casualties) {
        const qint64 documentId = figure.id;
        figure.id = (*id)++;
        if (documentId != 0)
            casualtyIds.insert(documentId, figure.id);
        query.addBindValue(figure.id);
        query.addBindValue(*articleId);
        query.addBindValue(figure.start);
        query.addBindValue(figure.end);
        query.addBindValue(figure.text.isNull() ? QStringLiteral("") : figure.text);
        query.addBindValue(toString(figure.kind));
        query.addBindValue(figure.victim);
        query.addBindValue(figure.perpetrator);
        query.addBindValue(optionalValue(figure.low));
        query.addBindValue(optionalValue(figure.best));
        query.addBindValue(optionalValue(figure.high));
        query.addBindValue(toString(figure.precision));
        query.addBindValue(figure.hedged ? 1 : 0);
        query.addBindValue(toString(figure.scope));
        bindProvenance(query, figure.provenance);
        if (!d->exec(query))
            return false;
    }

    if (!(id = d->nextId(QStringLiteral("events"))))
        return false;
    QSqlQuery link(d->db);
    if (!d->prepare(query, QStringLiteral("INSERT INTO events (id, article_id, event_type, "
                                          "sub_event_type, actor1, assoc_actor1, actor2, "
                                          "assoc_actor2, location, admin1, geo_precision, "
                                          "event_date, time_precision, fatalities, sources, "
                                          "notes, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                          "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   .arg(provenanceColumns))
        || !d->prepare(link, QStringLiteral("INSERT INTO event_casualties (event_id, "
                                            "casualty_id, ordinal) VALUES (?, ?, ?)")))
        return false;
    for (Event &event : stored.events) {
        event.id = (*id)++;
        query.addBindValue(event.id);
        query.addBindValue(*articleId);
        query.addBindValue(event.eventType);
        query.addBindValue(event.subEventType);
        query.addBindValue(event.actor1);
        query.addBindValue(event.assocActor1);
        query.addBindValue(event.actor2);
        query.addBindValue(event.assocActor2);
        query.addBindValue(event.location);
        query.addBindValue(event.admin1);
        query.addBindValue(event.geoPrecision);
        query.addBindValue(dateValue(event.date));
        query.addBindValue(event.timePrecision);
        query.addBindValue(event.fatalities);
        query.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(event.sources)).toJson(QJsonDocument::Compact)));
        query.addBindValue(event.notes);
        bindProvenance(query, event.provenance);
        if (!d->exec(query))
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

    query.finish();
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

    if (!select(QStringLiteral("SELECT start_cp, end_cp, kind FROM segments "
                               "WHERE article_id = ? ORDER BY id")))
        return std::nullopt;
    while (query.next())
        document.segments.append({query.value(0).toInt(), query.value(1).toInt(),
                                  enumFrom(query.value(2), SegmentKind::Body)});

    if (!select(QStringLiteral("SELECT %1 FROM mentions WHERE article_id = ? ORDER BY id")
                    .arg(mentionColumns)))
        return std::nullopt;
    while (query.next())
        document.mentions.append(mentionFrom(query));

    if (!select(QStringLiteral("SELECT id, actor, relation, relation_target, former, stance, "
                               "attributed_to, start_cp, end_cp, %1 FROM affiliations "
                               "WHERE article_id = ? ORDER BY id")
                    .arg(provenanceColumns)))
        return std::nullopt;
    while (query.next()) {
        Affiliation affiliation;
        affiliation.id = query.value(0).toLongLong();
        affiliation.actor = query.value(1).toString();
        affiliation.relation = enumFrom(query.value(2), Relation::AffiliatedWith);
        affiliation.relationTarget = query.value(3).toString();
        affiliation.former = query.value(4).toInt() != 0;
        affiliation.stance = enumFrom(query.value(5), Stance::Asserted);
        affiliation.attributedTo = query.value(6).toString();
        affiliation.start = query.value(7).toInt();
        affiliation.end = query.value(8).toInt();
        affiliation.provenance = provenanceFrom(query, 9);
        document.affiliations.append(affiliation);
    }

    if (!select(QStringLiteral("SELECT id, start_cp, end_cp, text, kind, victim, perpetrator, "
                               "low, best, high, precision_kind, hedged, scope, %1 "
                               "FROM casualties WHERE article_id = ? ORDER BY id")
                    .arg(provenanceColumns)))
        return std::nullopt;
    while (query.next()) {
        CasualtyFigure figure;
        figure.id = query.value(0).toLongLong();
        figure.start = query.value(1).toInt();
        figure.end = query.value(2).toInt();
        figure.text = query.value(3).toString();
        figure.kind = enumFrom(query.value(4), CasualtyKind::Unknown);
        figure.victim = query.value(5).toString();
        figure.perpetrator = query.value(6).toString();
        figure.low = optionalFrom(query.value(7));
        figure.best = optionalFrom(query.value(8));
        figure.high = optionalFrom(query.value(9));
        figure.precision = enumFrom(query.value(10), Precision::Exact);
        figure.hedged = query.value(11).toInt() != 0;
        figure.scope = enumFrom(query.value(12), Scope::Event);
        figure.provenance = provenanceFrom(query, 13);
        document.casualties.append(figure);
    }

    if (!select(QStringLiteral("SELECT id, event_type, sub_event_type, actor1, assoc_actor1, "
                               "actor2, assoc_actor2, location, admin1, geo_precision, "
                               "event_date, time_precision, fatalities, sources, notes, %1 "
                               "FROM events WHERE article_id = ? ORDER BY id")
                    .arg(provenanceColumns)))
        return std::nullopt;
    QHash<qint64, int> eventIndex;
    while (query.next()) {
        Event event;
        event.id = query.value(0).toLongLong();
        event.eventType = query.value(1).toString();
        event.subEventType = query.value(2).toString();
        event.actor1 = query.value(3).toString();
        event.assocActor1 = query.value(4).toString();
        event.actor2 = query.value(5).toString();
        event.assocActor2 = query.value(6).toString();
        event.location = query.value(7).toString();
        event.admin1 = query.value(8).toString();
        event.geoPrecision = query.value(9).toInt();
        event.date = dateFrom(query.value(10));
        event.timePrecision = query.value(11).toInt();
        event.fatalities = query.value(12).toInt();
        const QJsonArray sources =
            QJsonDocument::fromJson(query.value(13).toString().toUtf8()).array();
        for (const QJsonValue &source : sources)
            event.sources << source.toString();
        event.notes = query.value(14).toString();
        event.provenance = provenanceFrom(query, 15);
        eventIndex.insert(event.id, document.events.size());
        document.events.append(event);
    }

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

bool ProjectStore::addMention(qint64 articleId, Mention &mention, const QString &annotator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    Mention stored = mention;
    const QString now = nowText();
    stored.provenance.annotator = annotator;
    if (!stored.provenance.created.isValid())
        stored.provenance.created = timeFrom(now);
    if (!stored.provenance.updated.isValid())
        stored.provenance.updated = stored.provenance.created;

    const std::optional<qint64> id = d->nextId(QStringLiteral("mentions"));
    if (!id)
        return false;
    stored.id = *id;
    if (!d->insertMention(stored.id, articleId, stored)
        || !d->insertHistory(articleId, QStringLiteral("mention"), stored.id,
                             QStringLiteral("created"), QVariant(), mentionSnapshot(stored),
                             annotator, now))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    mention = stored;
    return true;
}

bool ProjectStore::setMentionStatus(qint64 mentionId, Status status, const QString &annotator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    qint64 articleId = 0;
    const std::optional<Mention> old = d->loadMention(mentionId, &articleId);
    if (!old)
        return false;
    if (old->provenance.status == status)
        return true; // nothing changes, nothing to record; the destructor ends the transaction

    const QString now = nowText();
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("UPDATE mentions SET status = ?, annotator = ?, "
                                          "updated_at = ? WHERE id = ?")))
        return false;
    query.addBindValue(toString(status));
    query.addBindValue(annotator);
    query.addBindValue(now);
    query.addBindValue(mentionId);
    if (!d->exec(query)
        || !d->insertHistory(articleId, QStringLiteral("mention"), mentionId,
                             QStringLiteral("status"), toString(old->provenance.status),
                             toString(status), annotator, now))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

bool ProjectStore::updateMention(const Mention &mention, const QString &annotator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    qint64 articleId = 0;
    const std::optional<Mention> old = d->loadMention(mention.id, &articleId);
    if (!old)
        return false;

    const auto oldFields = mentionFields(*old);
    const auto newFields = mentionFields(mention);
    QList<int> changed;
    for (int i = 0; i < oldFields.size(); ++i) {
        if (oldFields.at(i).second != newFields.at(i).second)
            changed.append(i);
    }
    if (changed.isEmpty())
        return true;

    const QString now = nowText();
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("UPDATE mentions SET start_cp = ?, end_cp = ?, "
                                          "text = ?, type = ?, canonical = ?, kb_id = ?, "
                                          "status = ?, origin = ?, confidence = ?, "
                                          "annotator = ?, updated_at = ? WHERE id = ?")))
        return false;
    query.addBindValue(mention.start);
    query.addBindValue(mention.end);
    query.addBindValue(mention.text);
    query.addBindValue(toString(mention.type));
    query.addBindValue(mention.canonical);
    query.addBindValue(mention.kbId);
    query.addBindValue(toString(mention.provenance.status));
    query.addBindValue(mention.provenance.origin);
    query.addBindValue(mention.provenance.confidence);
    query.addBindValue(annotator);
    query.addBindValue(now);
    query.addBindValue(mention.id);
    if (!d->exec(query))
        return false;
    for (int i : std::as_const(changed)) {
        if (!d->insertHistory(articleId, QStringLiteral("mention"), mention.id,
                              oldFields.at(i).first, oldFields.at(i).second,
                              newFields.at(i).second, annotator, now))
            return false;
    }
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

bool ProjectStore::deleteMention(qint64 mentionId, const QString &annotator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    qint64 articleId = 0;
    const std::optional<Mention> old = d->loadMention(mentionId, &articleId);
    if (!old)
        return false;
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("DELETE FROM mentions WHERE id = ?")))
        return false;
    query.addBindValue(mentionId);
    if (!d->exec(query)
        || !d->insertHistory(articleId, QStringLiteral("mention"), mentionId,
                             QStringLiteral("deleted"), mentionSnapshot(*old), QVariant(),
                             annotator, nowText()))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

QList<ProjectStore::HistoryEntry> ProjectStore::history(qint64 articleId) const
{
    QList<HistoryEntry> entries;
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("SELECT id, article_id, annotation_kind, "
                                          "annotation_id, field, old_value, new_value, "
                                          "annotator, at FROM history WHERE article_id = ? "
                                          "ORDER BY id")))
        return entries;
    query.addBindValue(articleId);
    if (!d->exec(query))
        return entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.articleId = query.value(1).toLongLong();
        entry.annotationKind = query.value(2).toString();
        entry.annotationId = query.value(3).toLongLong();
        entry.field = query.value(4).toString();
        entry.oldValue = query.value(5).toString();
        entry.newValue = query.value(6).toString();
        entry.annotator = query.value(7).toString();
        entry.at = timeFrom(query.value(8));
        entries.append(entry);
    }
    return entries;
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
