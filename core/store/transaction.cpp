#include "core/store/transaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
    , m_sqlite(db.driverName() == QLatin1String("QSQLITE"))
{
    if (m_sqlite) {
        m_active = execute("BEGIN IMMEDIATE");
    } else {
        m_active = m_db.transaction();
        if (!m_active)
            m_error = m_db.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const bool ok = m_sqlite ? execute("COMMIT") : m_db.commit();
    if (!ok) {
        if (!m_sqlite)
            m_error = m_db.lastError().text();
        // A failed COMMIT leaves the transaction open on SQLite; the destructor rolls back.
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_sqlite)
        execute("ROLLBACK");
    else
        m_db.rollback();
}

bool Transaction::execute(const char *sql)
{
    QSqlQuery query(m_db);
    if (query.exec(QString::fromLatin1(sql)))
        return true;
    m_error = query.lastError().text();
    return false;
}
