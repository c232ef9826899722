#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Creates and upgrades the project schema from numbered SQL files (001_initial.sql,
// 002_....sql, ...) in a directory, by default the ones compiled into the resources under
// ":/schema". The number of the highest file is the newest schema version.
//
// Each migration runs in its own transaction, and that transaction also writes the new
// schema_version into schema_meta: a database is always exactly at one version, never half
// way. A failed step is rolled back and reported with the file name and the SQL error.
//
// Tests point a Migrator at their own directory (for a broken or an extra migration) and
// use migrateTo() to build a database at an older version.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString fileName;
        QString sql;
    };

    // What an existing database holds, read without writing anything.
    struct Probe
    {
        enum class Kind { Empty, Project, NotProject, Unreadable };
        Kind kind = Kind::Unreadable;
        int version = 0;    // for Project (and 0 for Empty)
        QString detail;     // the SQL error for Unreadable, what is wrong for NotProject
        bool notSqlite = false; // Unreadable because the file is not an SQLite database
    };

    static QString defaultDirectory();

    explicit Migrator(const QString &directory = defaultDirectory());

    // False when the directory holds no migrations or their numbers are not 1, 2, 3, ...
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString directory() const { return m_directory; }
    const QList<Migration> &migrations() const { return m_migrations; }
    int latestVersion() const { return m_migrations.size(); }

    // Reads the schema version. Only SELECTs: safe on a file that must not be changed.
    static Probe probe(const QSqlDatabase &db);

    // Applies migrations current+1 .. target, each in its own transaction. On failure returns
    // false with a translated message in `error`; the database stays at the last version
    // that completed.
    bool migrateTo(const QSqlDatabase &db, int target, QString *error) const;

    // Splits a migration file into statements: a statement ends with ';' at the end of a line;
    // "--" comments (outside quoted strings) are dropped. QSQLITE runs one statement per exec.
    static QStringList splitStatements(const QString &sql);

private:
    QString m_directory;
    QList<Migration> m_migrations;
    QString m_error;
};
