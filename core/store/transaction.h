#pragma once

#include <QSqlDatabase>
#include <QString>

// A write transaction that rolls back unless commit() succeeded: leave the scope early (an
// error, an exception) and nothing of it reaches the database.
//
// On SQLite it begins with BEGIN IMMEDIATE, which takes the write lock at once. A plain
// (deferred) BEGIN would read under a snapshot first and then fail with SQLITE_BUSY_SNAPSHOT,
// which no busy timeout can wait out, when another process committed in between; the ids
// the store allocates as MAX(id) + 1 depend on nobody writing between that read and the insert.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not begin; errorText() says why.
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorText() const { return m_error; }

private:
    bool execute(const char *sql);

    QSqlDatabase m_db;
    bool m_sqlite = false;
    bool m_active = false;
    QString m_error;
};
