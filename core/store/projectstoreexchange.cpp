#include "core/store/projectstoreprivate.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

// Dataset import: many documents, with their history, in one transaction --------------------

namespace {

// A history row's old or new value: a null string stays NULL, as the analyst actions wrote it.
QVariant historyValue(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// " AND <column> IN (1, 2, 3)" for the articles asked for, nothing for all of them. The ids are
// numbers formatted here, never text from outside.
QString articleCondition(const QString &column, const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty())
        return QString();
    QStringList numbers;
    numbers.reserve(articleIds.size());
    for (qint64 id : articleIds)
        numbers.append(QString::number(id));
    return QStringLiteral(" AND %1 IN (%2)").arg(column, numbers.join(QLatin1Char(',')));
}

// Rows of one query ordered by article, read alongside the articles query: the reader stands
// on its first row not yet taken, and at(id) skips what belongs to earlier articles. Two
// implementations with the same members: QueryRows on QSqlQuery (any driver) and SqliteRows
// on the connection's sqlite3 handle; readDocuments() is written once against both.
class QueryRows
{
public:
    QueryRows(const QSqlDatabase &db, int articleColumn)
        : m_query(db)
        , m_articleColumn(articleColumn)
    {
        // QSQLITE keeps every row it has read unless the query is forward-only.
        m_query.setForwardOnly(true);
    }
    bool start(const QString &sql)
    {
        if (!m_query.exec(sql))
            return false;
        advance();
        return true;
    }
    void advance()
    {
        m_onRow = m_query.next();
        if (m_onRow)
            m_articleId = m_query.value(m_articleColumn).toLongLong();
    }
    bool onRow() const { return m_onRow; }
    qint64 articleId() const { return m_articleId; }
    bool at(qint64 id)
    {
        while (m_onRow && m_articleId < id)
            advance();
        return m_onRow && m_articleId == id;
    }
    QString error() const
    {
        return m_query.lastError().type() == QSqlError::NoError ? QString()
                                                                : m_query.lastError().text();
    }

    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QDate date(int column) const { return dateFrom(m_query.value(column)); }
    QDateTime time(int column) const { return timeFrom(m_query.value(column)); }
    template<typename T>
    T annotation() const { return Kind<T>::from(m_query); }

private:
    QSqlQuery m_query;
    int m_articleColumn;
    bool m_onRow = false;
    qint64 m_articleId = 0;
};

// The same rows through the sqlite3 API: QSqlQuery turns every value into a QVariant and
// every text into a new QString, which costs more than SQLite's reading. Here a text equal to
// the one the same column held in the previous row is handed out again (shared, not copied):
// statuses, origins, annotators, types and the import time repeat from row to row. The
// annotation readers mirror Kind<T>::from() (annotationrows.h) column for column;
// test_exchange checks them against loadDocument() with every field set.
class SqliteRows
{
public:
    SqliteRows(sqlite3 *db, int articleColumn)
        : m_db(db)
        , m_articleColumn(articleColumn)
    {
    }
    ~SqliteRows() { sqlite3_finalize(m_statement); }
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    bool start(const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        m_columns.resize(sqlite3_column_count(m_statement));
        advance();
        return m_error.isEmpty();
    }
    void advance()
    {
        const int result = sqlite3_step(m_statement);
        m_onRow = result == SQLITE_ROW;
        if (m_onRow)
            m_articleId = sqlite3_column_int64(m_statement, m_articleColumn);
        else if (result != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    bool onRow() const { return m_onRow; }
    qint64 articleId() const { return m_articleId; }
    bool at(qint64 id)
    {
        while (m_onRow && m_articleId < id)
            advance();
        return m_onRow && m_articleId == id;
    }
    QString error() const { return m_error; }

    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    std::optional<qint64> optional(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
    }
    // NULL reads as a null QString and '' as an empty one, as through QSQLITE.
    const QString &text(int column) { return cell(column).text; }
    QDate date(int column)
    {
        Column &cell = this->cell(column);
        const std::string &b = cell.bytes;
        if (hasShape(b, "dddd-dd-dd"))
            return QDate(number(b, 0, 4), number(b, 5, 2), number(b, 8, 2));
        return cell.isNull ? QDate() : QDate::fromString(cell.text, Qt::ISODate);
    }
    // The store writes times as AnnotationRows::timeValue() does, "2026-01-05T08:00:00.000Z";
    // anything else is read as timeFrom() reads it.
    QDateTime time(int column)
    {
        Column &cell = this->cell(column);
        if (!cell.timeRead) {
            const std::string &b = cell.bytes;
            if (hasShape(b, "dddd-dd-ddTdd:dd:dd.dddZ"))
                cell.time = QDateTime(QDate(number(b, 0, 4), number(b, 5, 2), number(b, 8, 2)),
                                      QTime(number(b, 11, 2), number(b, 14, 2),
                                            number(b, 17, 2), number(b, 20, 3)),
                                      Qt::UTC);
            else
                cell.time = cell.isNull ? QDateTime()
                                        : QDateTime::fromString(cell.text, Qt::ISODateWithMs)
                                              .toUTC();
            cell.timeRead = true;
        }
        return cell.time;
    }
    template<typename Enum>
    Enum enumValue(int column, Enum fallback)
    {
        return fromString<Enum>(text(column)).value_or(fallback);
    }
    Provenance provenance(int first)
    {
        Provenance provenance;
        provenance.status = enumValue(first, Status::Proposed);
        provenance.origin = text(first + 1);
        provenance.confidence = real(first + 2);
        provenance.annotator = text(first + 3);
        provenance.created = time(first + 4);
        provenance.updated = time(first + 5);
        return provenance;
    }
    template<typename T>
    T annotation();

private:
    // One column's value as last read: its UTF-8 bytes and what was made of them.
    struct Column
    {
        bool read = false;
        bool isNull = false;
        std::string bytes;
        QString text;
        bool timeRead = false;
        QDateTime time;
    };

    // Whether `bytes` has the shape of `pattern`, where 'd' stands for any digit.
    static bool hasShape(const std::string &bytes, const char *pattern)
    {
        size_t i = 0;
        for (; pattern[i] != 0; ++i) {
            if (i >= bytes.size())
                return false;
            const char c = bytes[i];
            if (pattern[i] == 'd' ? (c < '0' || c > '9') : c != pattern[i])
                return false;
        }
        return i == bytes.size();
    }
    static int number(const std::string &bytes, size_t from, size_t digits)
    {
        int value = 0;
        for (size_t i = from; i < from + digits; ++i)
            value = value * 10 + (bytes[i] - '0');
        return value;
    }

    Column &cell(int column)
    {
        Column &cell = m_columns[size_t(column)];
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        const size_t size = size_t(sqlite3_column_bytes(m_statement, column));
        const bool isNull = bytes == nullptr;
        if (cell.read && cell.isNull == isNull && cell.bytes.size() == size
            && (size == 0 || memcmp(cell.bytes.data(), bytes, size) == 0))
            return cell;
        cell.read = true;
        cell.isNull = isNull;
        cell.bytes.assign(bytes ? bytes : "", size);
        cell.timeRead = false;
        if (isNull) {
            cell.text = QString();
        } else if (std::all_of(cell.bytes.cbegin(), cell.bytes.cend(),
                               [](char c) { return uchar(c) < 0x80; })) {
            cell.text = size == 0 ? QStringLiteral("")
                                  : QString::fromLatin1(cell.bytes.data(), qsizetype(size));
        } else {
            // SQLite's own UTF-16 conversion, as QSQLITE reads text: it differs from
            // QString::fromUtf8 on what is not valid UTF-8 (a lone surrogate stored from
            // UTF-16) and on U+FFFE and U+FFFF, which it replaces. `bytes` is invalid from here.
            const void *units = sqlite3_column_text16(m_statement, column);
            cell.text = QString(static_cast<const QChar *>(units),
                                sqlite3_column_bytes16(m_statement, column) / 2);
        }
        return cell;
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_articleColumn;
    bool m_onRow = false;
    qint64 m_articleId = 0;
    QString m_error;
    std::vector<Column> m_columns;
};

template<>
Mention SqliteRows::annotation<Mention>()
{
    Mention mention;
    mention.id = integer(0);
    mention.start = int(integer(2));
    mention.end = int(integer(3));
    mention.text = text(4);
    mention.type = enumValue(5, EntityType::ArmedGroup);
    mention.canonical = text(6);
    mention.kbId = text(7);
    mention.provenance = provenance(8);
    return mention;
}

template<>
Affiliation SqliteRows::annotation<Affiliation>()
{
    Affiliation affiliation;
    affiliation.id = integer(0);
    affiliation.actor = text(2);
    affiliation.relation = enumValue(3, Relation::AffiliatedWith);
    affiliation.relationTarget = text(4);
    affiliation.former = integer(5) != 0;
    affiliation.stance = enumValue(6, Stance::Asserted);
    affiliation.attributedTo = text(7);
    affiliation.start = int(integer(8));
    affiliation.end = int(integer(9));
    affiliation.provenance = provenance(10);
    return affiliation;
}

template<>
CasualtyFigure SqliteRows::annotation<CasualtyFigure>()
{
    CasualtyFigure figure;
    figure.id = integer(0);
    figure.start = int(integer(2));
    figure.end = int(integer(3));
    figure.text = text(4);
    figure.kind = enumValue(5, CasualtyKind::Unknown);
    figure.victim = text(6);
    figure.perpetrator = text(7);
    figure.low = optional(8);
    figure.best = optional(9);
    figure.high = optional(10);
    figure.precision = enumValue(11, Precision::Exact);
    figure.hedged = integer(12) != 0;
    figure.scope = enumValue(13, Scope::Event);
    figure.provenance = provenance(14);
    return figure;
}

template<>
Event SqliteRows::annotation<Event>()
{
    Event event;
    event.id = integer(0);
    event.eventType = text(2);
    event.subEventType = text(3);
    event.actor1 = text(4);
    event.assocActor1 = text(5);
    event.actor2 = text(6);
    event.assocActor2 = text(7);
    event.location = text(8);
    event.admin1 = text(9);
    event.geoPrecision = int(integer(10));
    event.date = date(11);
    event.timePrecision = int(integer(12));
    event.fatalities = int(integer(13));
    event.sources = stringListFrom(QVariant(text(14)));
    event.notes = text(15);
    event.provenance = provenance(16);
    return event;
}

// One query per table, each ordered by article and then by id (the order loadDocument() reads
// one article's rows in), all open at once and advanced together, article by article: the rows
// of the article being read are always at the front of every query. Only the shared set
// (owner '') is read, as loadDocument(id) does. Returns the error text, empty on success.
template<typename Rows, typename Connection>
QString readDocuments(Connection connection, const QList<qint64> &articleIds,
                      const std::function<bool(Document &&)> &visit)
{
    const QString ids = articleCondition(QStringLiteral("article_id"), articleIds);
    const QString shared = QStringLiteral(" WHERE owner = ''") + ids;
    const auto annotationSql = [&](const QString &columns, const QString &table) {
        return QStringLiteral("SELECT %1 FROM %2%3 ORDER BY article_id, id")
            .arg(columns, table, shared);
    };
    Rows articles(connection, 0);
    Rows segments(connection, 0);
    Rows mentions(connection, 1);
    Rows affiliations(connection, 1);
    Rows casualties(connection, 1);
    Rows events(connection, 1);
    Rows links(connection, 0);
    const std::array<Rows *, 7> all{&articles, &segments, &mentions, &affiliations,
                                    &casualties, &events, &links};
    const auto firstError = [&all] {
        for (const Rows *rows : all) {
            if (!rows->error().isEmpty())
                return rows->error();
        }
        return QString();
    };
    const bool started =
        articles.start(QStringLiteral("SELECT id, uid, title, text, source_path, url, outlet, "
                                      "published, language, encoding, imported_at FROM articles "
                                      "WHERE 1 = 1%1 ORDER BY id")
                           .arg(articleCondition(QStringLiteral("id"), articleIds)))
        && segments.start(QStringLiteral("SELECT article_id, start_cp, end_cp, kind FROM segments "
                                         "WHERE 1 = 1%1 ORDER BY article_id, id")
                              .arg(ids))
        && mentions.start(annotationSql(columnsWithIds<Mention>(), Kind<Mention>::table()))
        && affiliations.start(
            annotationSql(columnsWithIds<Affiliation>(), Kind<Affiliation>::table()))
        && casualties.start(
            annotationSql(columnsWithIds<CasualtyFigure>(), Kind<CasualtyFigure>::table()))
        && events.start(annotationSql(columnsWithIds<Event>(), Kind<Event>::table()))
        && links.start(QStringLiteral("SELECT e.article_id, l.event_id, l.casualty_id "
                                      "FROM event_casualties l JOIN events e "
                                      "ON e.id = l.event_id WHERE e.owner = ''%1 "
                                      "ORDER BY e.article_id, l.event_id, l.ordinal")
                           .arg(articleCondition(QStringLiteral("e.article_id"), articleIds)));
    if (!started) {
        const QString error = firstError();
        return error.isEmpty() ? ProjectStore::tr("The project could not be read.") : error;
    }

    const auto take = [](Rows &rows, qint64 articleId, auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        for (; rows.at(articleId); rows.advance())
            list.append(rows.template annotation<T>());
    };
    for (; articles.onRow(); articles.advance()) {
        Document document;
        Article &article = document.article;
        article.id = articles.articleId();
        article.uid = articles.text(1);
        article.title = articles.text(2);
        article.text = articles.text(3);
        article.sourcePath = articles.text(4);
        article.url = articles.text(5);
        article.outlet = articles.text(6);
        article.published = articles.date(7);
        article.language = articles.text(8);
        article.encoding = articles.text(9);
        article.importedAt = articles.time(10);

        for (; segments.at(article.id); segments.advance()) {
            document.segments.append({int(segments.integer(1)), int(segments.integer(2)),
                                      fromString<SegmentKind>(segments.text(3))
                                          .value_or(SegmentKind::Body)});
        }
        take(mentions, article.id, document.mentions);
        take(affiliations, article.id, document.affiliations);
        take(casualties, article.id, document.casualties);
        take(events, article.id, document.events);
        // Links come ordered by event id like the events, so one pass pairs them.
        qsizetype event = 0;
        for (; links.at(article.id); links.advance()) {
            const qint64 eventId = links.integer(1);
            while (event < document.events.size() && document.events.at(event).id < eventId)
                ++event;
            if (event < document.events.size() && document.events.at(event).id == eventId)
                document.events[event].casualtyIds.append(links.integer(2));
        }
        if (!visit(std::move(document)))
            return QString();
    }
    return firstError();
}

} // namespace

// Dataset export: every document through a few ordered queries ------------------------------

int ProjectStore::documentCount(const QList<qint64> &articleIds) const
{
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM articles WHERE 1 = 1")
                    + articleCondition(QStringLiteral("id"), articleIds))
        || !query.next()) {
        d->failQuery(query);
        return 0;
    }
    return query.value(0).toInt();
}

bool ProjectStore::forEachDocument(const QList<qint64> &articleIds,
                                   const std::function<bool(Document &&)> &visit) const
{
    // One read transaction, so that every document comes from one snapshot even while another
    // process writes; ended when this returns.
    QSqlQuery begin(d->db);
    if (!begin.exec(QStringLiteral("BEGIN")))
        return d->failQuery(begin);
    struct EndRead
    {
        QSqlDatabase db;
        ~EndRead() { QSqlQuery(db).exec(QStringLiteral("COMMIT")); }
    } endRead{d->db};

    sqlite3 *handle = d->sqliteHandle();
    const QString error = handle ? readDocuments<SqliteRows>(handle, articleIds, visit)
                                 : readDocuments<QueryRows>(d->db, articleIds, visit);
    return error.isEmpty() || d->fail(error);
}

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

// The rows of one document, inside the caller's transaction: addDocument() wraps one call in a
// transaction, addDocuments() many. The ids the document
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
