#include "core/store/migrator.h"

#include "core/store/transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString metaTable = QStringLiteral("schema_meta");
const QString applicationName = QStringLiteral("conflict-workbench");

// The text of a line up to a "--" comment that is not inside a '...' string.
QString withoutComment(const QString &line, bool *inString)
{
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\''))
            *inString = !*inString;
        else if (!*inString && c == QLatin1Char('-') && i + 1 < line.size()
                 && line.at(i + 1) == QLatin1Char('-'))
            return line.left(i);
    }
    return line;
}

} // namespace

QString Migrator::defaultDirectory()
{
    return QStringLiteral(":/schema");
}

Migrator::Migrator(const QString &directory)
    : m_directory(directory)
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d+)_[^/]*\\.sql$"));
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = namePattern.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("Cannot read the schema file %1.").arg(name);
            return;
        }
        m_migrations.append({match.captured(1).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    if (m_migrations.isEmpty()) {
        m_error = tr("No schema files found in %1.").arg(directory);
        return;
    }
    for (int i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations.at(i).version != i + 1) {
            m_error = tr("The schema files in %1 are not numbered 1, 2, 3, ... (%2).")
                          .arg(directory, m_migrations.at(i).fileName);
            m_migrations.clear();
            return;
        }
    }
}

Migrator::Probe Migrator::probe(const QSqlDatabase &db)
{
    Probe result;
    QSqlQuery query(db);
    // sqlite_master is SQLite's catalogue; another driver would ask information_schema.
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        result.kind = Probe::Kind::Unreadable;
        result.detail = query.lastError().text();
        // SQLITE_NOTADB: SQLite looked at the header and found no database there.
        result.notSqlite = query.lastError().nativeErrorCode() == QLatin1String("26");
        return result;
    }
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    query.finish();
    if (tables.isEmpty()) {
        result.kind = Probe::Kind::Empty;
        return result;
    }
    if (!tables.contains(metaTable)) {
        result.kind = Probe::Kind::NotProject;
        result.detail = tr("it has no %1 table").arg(metaTable);
        return result;
    }
    if (!query.exec(QStringLiteral("SELECT key, value FROM schema_meta"))) {
        result.kind = Probe::Kind::Unreadable;
        result.detail = query.lastError().text();
        return result;
    }
    QString application;
    QString version;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1String("application"))
            application = query.value(1).toString();
        else if (key == QLatin1String("schema_version"))
            version = query.value(1).toString();
    }
    bool ok = false;
    result.version = version.toInt(&ok);
    if (application != applicationName || !ok || result.version < 1) {
        result.kind = Probe::Kind::NotProject;
        result.detail = tr("its schema_meta table does not describe a project");
        return result;
    }
    result.kind = Probe::Kind::Project;
    return result;
}

bool Migrator::migrateTo(const QSqlDatabase &db, int target, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isValid())
        return fail(m_error);
    if (target < 0 || target > latestVersion())
        return fail(tr("There is no schema version %1 (this version knows up to %2).")
                        .arg(target)
                        .arg(latestVersion()));

    const Probe current = probe(db);
    if (current.kind == Probe::Kind::Unreadable || current.kind == Probe::Kind::NotProject)
        return fail(tr("Cannot read the schema version: %1").arg(current.detail));
    if (current.version > target)
        return fail(tr("The project is at schema %1, newer than %2; it is not downgraded.")
                        .arg(current.version)
                        .arg(target));

    for (int version = current.version + 1; version <= target; ++version) {
        const Migration &migration = m_migrations.at(version - 1);
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(tr("Could not apply schema migration %1: %2")
                            .arg(migration.fileName, transaction.errorText()));
        QSqlQuery query(db);
        const QStringList statements = splitStatements(migration.sql);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return fail(tr("Schema migration %1 failed: %2\nIn: %3")
                                .arg(migration.fileName, query.lastError().text(),
                                     statement.left(200)));
        }
        // DELETE + INSERT instead of an upsert: both SQLite and PostgreSQL run it.
        const QString versionText = QString::number(version);
        bool recorded =
            query.exec(QStringLiteral("DELETE FROM schema_meta WHERE key = 'schema_version'"))
            && query.prepare(QStringLiteral(
                "INSERT INTO schema_meta (key, value) VALUES ('schema_version', ?)"));
        if (recorded) {
            query.addBindValue(versionText);
            recorded = query.exec();
        }
        if (!recorded)
            return fail(tr("Schema migration %1 could not record its version: %2")
                            .arg(migration.fileName, query.lastError().text()));
        query.finish();
        if (!transaction.commit())
            return fail(tr("Schema migration %1 could not be committed: %2")
                            .arg(migration.fileName, transaction.errorText()));
    }
    return true;
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inString = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = withoutComment(rawLine, &inString);
        if (line.trimmed().isEmpty())
            continue;
        if (!current.isEmpty())
            current += QLatin1Char('\n');
        current += line;
        const QString trimmed = line.trimmed();
        if (!inString && trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}
