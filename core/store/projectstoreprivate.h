#pragma once

// The inside of ProjectStore, shared by the files that implement it: projectstore.cpp (opening,
// articles, analyst actions, history), projectstoreknowledge.cpp (the project's knowledge base)
// and projectstorebulk.cpp (batch inserts). Nothing outside core/store includes this.

#include "core/store/projectstore.h"

#include "core/store/annotationrows.h"
#include "core/store/transaction.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <array>

namespace ProjectStoreDetail {

inline const QLatin1String sqliteDriver("QSQLITE");
inline const QLatin1String memoryPath(":memory:");
// Waits this long for another process's write lock before an action fails as busy.
inline constexpr int busyTimeoutMs = 5000;

inline QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cwb-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace ProjectStoreDetail

using namespace AnnotationRows;
using namespace ProjectStoreDetail;

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

    // The sqlite3 handle behind a QSQLITE connection, or null for any other driver (the Qt
    // plugin on Debian links the same system libsqlite3 as this library does).
    sqlite3 *sqliteHandle() const
    {
        if (db.driverName() != sqliteDriver || !db.driver())
            return nullptr;
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(handle.constData());
    }

    bool bulkInsertSqlite(sqlite3 *handle, qint64 firstId, qint64 articleId,
                          const QList<Mention> &mentions) const;
    bool bulkInsertPortable(qint64 firstId, qint64 articleId,
                            const QList<Mention> &mentions) const;
};
