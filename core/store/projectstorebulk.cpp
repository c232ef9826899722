#include "core/store/projectstoreprivate.h"

namespace {

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

