#include "core/store/migrator.h"
#include "core/store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// A plain QSQLITE connection for looking at (or tampering with) a project file the way
// another program would. Removed again when it goes out of scope.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("test-raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }
    QString scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<no result>");
        return query.value(0).toString();
    }
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery query(db());
        if (!query.exec(sql))
            return {QStringLiteral("<error>")};
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// The project folder as name -> hash, so that a refused open can be shown to have written
// nothing: not the file, and no -wal or -shm beside it.
QMap<QString, QByteArray> folderState(const QString &dirPath)
{
    QMap<QString, QByteArray> state;
    const QDir dir(dirPath);
    for (const QString &name : dir.entryList(QDir::Files))
        state.insert(name, fileHash(dir.filePath(name)));
    return state;
}

// Everything about a schema that a program reading it depends on: tables, their columns with
// type, NOT NULL, default and key, foreign keys, and indexes with their columns. The SQL text
// in sqlite_master is left out on purpose: ALTER TABLE writes it differently from CREATE.
QStringList schemaDump(const QString &path)
{
    RawDb raw(path);
    QStringList dump;
    const QStringList tables = raw.column(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"));
    for (const QString &table : tables) {
        QSqlQuery query(raw.db());
        query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (query.next())
            dump << QStringLiteral("column %1.%2 %3 notnull=%4 default=%5 pk=%6")
                        .arg(table, query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString(), query.value(4).toString(),
                             query.value(5).toString());
        query.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
        while (query.next())
            dump << QStringLiteral("fk %1.%2 -> %3.%4 on delete %5")
                        .arg(table, query.value(3).toString(), query.value(2).toString(),
                             query.value(4).toString(), query.value(6).toString());
    }
    const QStringList indexes = raw.column(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
    for (const QString &index : indexes) {
        QSqlQuery query(raw.db());
        query.exec(QStringLiteral("PRAGMA index_info(%1)").arg(index));
        QStringList columns;
        while (query.next())
            columns << query.value(2).toString();
        dump << QStringLiteral("index %1 (%2) on %3")
                    .arg(index, columns.join(QLatin1Char(',')),
                         raw.scalar(QStringLiteral("SELECT tbl_name FROM sqlite_master "
                                                   "WHERE name = '%1'")
                                        .arg(index)));
    }
    dump << QStringLiteral("schema_version %1")
                .arg(raw.scalar(QStringLiteral(
                    "SELECT value FROM schema_meta WHERE key = 'schema_version'")));
    dump.sort();
    return dump;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// The schema files and the migrator: a fresh install, upgrades from older versions, and
// refusing files that are not ours or are newer than this program.
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaFilesAreInTheResources();
    void splitStatements_data();
    void splitStatements();
    void freshInstallHasEveryTable();
    void newerProjectIsRefusedAndUntouched();
    void missingProjectIsReported();
    void garbageFileIsRefused();
    void foreignSqliteFileIsRefused();
    void failingMigrationIsReportedAndRolledBack();
    void upgradeFromEveryOlderVersion_data();
    void upgradeFromEveryOlderVersion();
    void upgradeFromVersion1KeepsData();
    void upgradeFromVersion2PutsEveryAnnotationInTheSharedSet();
    void upgradeFromVersion3KeepsKnowledgeBaseEntries();

private:
    QString newPath(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QTemporaryDir m_twoStepSchema; // the real migrations plus a second, test-only one
    QTemporaryDir m_brokenSchema;  // the real migrations plus one that fails half way
};

void TestMigrations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_twoStepSchema.isValid());
    QVERIFY(m_brokenSchema.isValid());

    const Migrator real;
    QVERIFY2(real.isValid(), qPrintable(real.errorString()));
    for (const Migrator::Migration &migration : real.migrations()) {
        QVERIFY(writeFile(m_twoStepSchema.filePath(migration.fileName), migration.sql.toUtf8()));
        QVERIFY(writeFile(m_brokenSchema.filePath(migration.fileName), migration.sql.toUtf8()));
    }
    const QString next = QStringLiteral("%1").arg(real.latestVersion() + 1, 3, 10, QLatin1Char('0'));
    QVERIFY(writeFile(m_twoStepSchema.filePath(next + QStringLiteral("_add_notes.sql")),
                      "-- a later migration as a real one would look\n"
                      "ALTER TABLE articles ADD COLUMN notes TEXT;\n"
                      "CREATE INDEX idx_mentions_status ON mentions (status);\n"));
    QVERIFY(writeFile(m_brokenSchema.filePath(next + QStringLiteral("_broken.sql")),
                      "CREATE TABLE half_done (x INTEGER);\n"
                      "INSERT INTO no_such_table (x) VALUES (1);\n"));
}

void TestMigrations::schemaFilesAreInTheResources()
{
    const Migrator migrator;
    QVERIFY2(migrator.isValid(), qPrintable(migrator.errorString()));
    QCOMPARE(migrator.directory(), QStringLiteral(":/schema"));
    QCOMPARE(migrator.migrations().first().fileName, QStringLiteral("001_initial.sql"));
    QCOMPARE(migrator.migrations().at(1).fileName, QStringLiteral("002_knowledge_base.sql"));
    QCOMPARE(ProjectStore::latestSchemaVersion(), migrator.latestVersion());
    QVERIFY(ProjectStore::latestSchemaVersion() >= 2);
}

void TestMigrations::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements")
        << QStringLiteral("CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y TEXT);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x INTEGER)"),
                       QStringLiteral("CREATE TABLE b (y TEXT)")};
    QTest::newRow("comments dropped, multi-line kept")
        << QStringLiteral("-- header; with a semicolon;\nCREATE TABLE a (\n    x INTEGER, -- note;\n"
                          "    y TEXT\n);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (\n    x INTEGER, \n    y TEXT\n)")};
    QTest::newRow("semicolon and dashes inside a string")
        << QStringLiteral("INSERT INTO t VALUES ('a;\n-- not a comment;');\nSELECT 1;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;\n-- not a comment;')"),
                       QStringLiteral("SELECT 1")};
    QTest::newRow("last statement without semicolon")
        << QStringLiteral("SELECT 1;\nSELECT 2\n")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("only comments") << QStringLiteral("-- nothing\n\n-- here;\n") << QStringList{};
}

void TestMigrations::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    QCOMPARE(Migrator::splitStatements(sql), statements);
}

void TestMigrations::freshInstallHasEveryTable()
{
    const QString path = newPath(QStringLiteral("fresh.cwbproject"));
    QString error;
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), ProjectStore::latestSchemaVersion());
    }
    RawDb raw(path);
    QVERIFY(raw.isOpen());
    const QStringList tables = raw.column(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    for (const char *table : {"schema_meta", "articles", "segments", "mentions", "affiliations",
                              "casualties", "events", "event_casualties", "history", "kb_entries",
                              "kb_aliases", "kb_affiliations", "annotators", "annotation_sets",
                              "gold_marks", "trainee_scores"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM schema_meta WHERE key = 'schema_version'")),
             QString::number(ProjectStore::latestSchemaVersion()));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM schema_meta WHERE key = 'application'")),
             QStringLiteral("conflict-workbench"));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    const QStringList indexes = raw.column(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions'"));
    QVERIFY(indexes.contains(QStringLiteral("idx_mentions_article")));

    // Opening it again changes nothing and keeps the version.
    auto again = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->schemaVersion(), ProjectStore::latestSchemaVersion());
}

void TestMigrations::newerProjectIsRefusedAndUntouched()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("from-the-future.cwbproject"));
    QString error;
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(store, qPrintable(error));
    }
    const int newer = ProjectStore::latestSchemaVersion() + 1;
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE schema_meta SET value = '%1' "
                                        "WHERE key = 'schema_version'")
                             .arg(newer)));
        // The newer program also added something of its own.
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future_things (x INTEGER)")));
    }
    const QMap<QString, QByteArray> before = folderState(folder.path());
    QVERIFY(before.contains(QStringLiteral("from-the-future.cwbproject")));

    const QString expected =
        QStringLiteral("This project was saved by a newer version of Conflict Workbench (schema "
                       "%1; this version reads up to %2). It has not been changed.")
            .arg(newer)
            .arg(ProjectStore::latestSchemaVersion());
    for (ProjectStore::OpenMode mode :
         {ProjectStore::OpenMode::ExistingOnly, ProjectStore::OpenMode::CreateIfMissing}) {
        error.clear();
        auto store = ProjectStore::open(path, mode, &error);
        QVERIFY(!store);
        QCOMPARE(error, expected);
        QCOMPARE(folderState(folder.path()), before);
    }

    // The same while the newer program still has it open, with its -wal beside it.
    RawDb newerProgram(path);
    QCOMPARE(newerProgram.scalar(QStringLiteral("SELECT COUNT(*) FROM future_things")),
             QStringLiteral("0"));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray mainFile = fileHash(path);
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    QVERIFY(!store);
    QCOMPARE(error, expected);
    QCOMPARE(fileHash(path), mainFile);
}

void TestMigrations::missingProjectIsReported()
{
    const QString path = newPath(QStringLiteral("nobody-made-this.cwbproject"));
    QString error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    QVERIFY(!store);
    QCOMPARE(error, QStringLiteral("No project at %1.").arg(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
}

void TestMigrations::garbageFileIsRefused()
{
    const QString path = newPath(QStringLiteral("notes.cwbproject"));
    QVERIFY(writeFile(path, QByteArray("These are my notes, not a database.\n").repeated(100)));
    const QByteArray before = fileHash(path);
    QString error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::CreateIfMissing, &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(QStringLiteral("is not a Conflict Workbench project")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestMigrations::foreignSqliteFileIsRefused()
{
    const QString path = newPath(QStringLiteral("recipes.sqlite"));
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE recipes (name TEXT, minutes INTEGER)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO recipes VALUES ('mujaddara', 45)")));
    }
    const QByteArray before = fileHash(path);
    QString error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(QStringLiteral("is not a Conflict Workbench project")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT name FROM recipes")), QStringLiteral("mujaddara"));
}

void TestMigrations::failingMigrationIsReportedAndRolledBack()
{
    const QString path = newPath(QStringLiteral("upgrade-fails.cwbproject"));
    const int current = ProjectStore::latestSchemaVersion();
    QString error;
    qint64 articleId = 0;
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(store, qPrintable(error));
        Document document;
        document.article.uid = QStringLiteral("kept");
        document.article.text = QStringLiteral("Text that must survive a failed upgrade.");
        QVERIFY2(store->addDocument(document), qPrintable(store->lastError()));
        articleId = document.article.id;
    }

    auto broken = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error,
                                     m_brokenSchema.path());
    QVERIFY(!broken);
    QVERIFY2(error.contains(QStringLiteral("_broken.sql")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no such table")), qPrintable(error));

    // The project is still at the old version, without the half-done step, with its data,
    // and the program opens it as before.
    {
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM schema_meta "
                                           "WHERE key = 'schema_version'")),
                 QString::number(current));
        QVERIFY(!raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))
                     .contains(QStringLiteral("half_done")));
    }
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), current);
    const std::optional<Document> loaded = store->loadDocument(articleId);
    QVERIFY(loaded);
    QCOMPARE(loaded->article.text, QStringLiteral("Text that must survive a failed upgrade."));

    // The migrator itself reports the same way when driven directly.
    const Migrator migrator(m_brokenSchema.path());
    QVERIFY(migrator.isValid());
    const QString direct = newPath(QStringLiteral("direct.sqlite"));
    RawDb raw(direct);
    QString migrationError;
    QVERIFY(!migrator.migrateTo(raw.db(), migrator.latestVersion(), &migrationError));
    QVERIFY2(migrationError.contains(QStringLiteral("_broken.sql")), qPrintable(migrationError));
    QCOMPARE(Migrator::probe(raw.db()).version, current);
}

void TestMigrations::upgradeFromEveryOlderVersion_data()
{
    QTest::addColumn<QString>("schemaDir");
    QTest::newRow("shipped migrations") << Migrator::defaultDirectory();
    QTest::newRow("with a second, test-only migration") << m_twoStepSchema.path();
}

// A project made by every older version must, once opened, have exactly the schema of a fresh
// install. Each older version is built with migrateTo(); upgrading is ProjectStore::open.
void TestMigrations::upgradeFromEveryOlderVersion()
{
    QFETCH(QString, schemaDir);
    const Migrator migrator(schemaDir);
    QVERIFY2(migrator.isValid(), qPrintable(migrator.errorString()));
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '),
                                                                            QLatin1Char('-'));

    QString error;
    const QString freshPath = newPath(tag + QStringLiteral("-fresh.cwbproject"));
    {
        auto fresh = ProjectStore::open(freshPath, ProjectStore::OpenMode::CreateIfMissing, &error,
                                        schemaDir);
        QVERIFY2(fresh, qPrintable(error));
        QCOMPARE(fresh->schemaVersion(), migrator.latestVersion());
    }
    const QStringList expected = schemaDump(freshPath);
    QVERIFY(expected.contains(QStringLiteral("schema_version %1").arg(migrator.latestVersion())));

    for (int version = 0; version < migrator.latestVersion(); ++version) {
        const QString path = newPath(tag + QStringLiteral("-from-%1.cwbproject").arg(version));
        {
            RawDb raw(path);
            QString migrationError;
            QVERIFY2(migrator.migrateTo(raw.db(), version, &migrationError),
                     qPrintable(migrationError));
            const Migrator::Probe probe = Migrator::probe(raw.db());
            QCOMPARE(probe.version, version);
        }
        auto upgraded = ProjectStore::open(path, ProjectStore::OpenMode::CreateIfMissing, &error,
                                           schemaDir);
        QVERIFY2(upgraded, qPrintable(QStringLiteral("from %1: %2").arg(version).arg(error)));
        QCOMPARE(upgraded->schemaVersion(), migrator.latestVersion());
        upgraded.reset();
        QCOMPARE(schemaDump(path), expected);
    }
}

// A project as version 1 of the program left it, with an article, a mention and a history
// row, written with version 1's own SQL: opening it runs 002 for real (the history table is
// rebuilt), keeps every row, and the result has the schema of a fresh install.
void TestMigrations::upgradeFromVersion1KeepsData()
{
    const QString path = newPath(QStringLiteral("made-by-version-1.cwbproject"));
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QString migrationError;
        QVERIFY2(Migrator().migrateTo(raw.db(), 1, &migrationError), qPrintable(migrationError));
        QCOMPARE(Migrator::probe(raw.db()).version, 1);
        QVERIFY(!raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))
                     .contains(QStringLiteral("kb_entries")));
        for (const char *sql : {
                 "INSERT INTO articles (id, uid, title, text) VALUES "
                 "(7, 'v1-article', 'Old title', 'Jund al-Aqsa killed four fighters.')",
                 "INSERT INTO mentions (id, article_id, start_cp, end_cp, text, type, canonical, "
                 "kb_id, status, origin, confidence, annotator, created_at, updated_at) VALUES "
                 "(3, 7, 0, 12, 'Jund al-Aqsa', 'ARMED_GROUP', 'Jund al-Aqsa', 'jund-al-aqsa', "
                 "'confirmed', 'kb:jund-al-aqsa', 0.9, 'amira', '2024-03-22T10:00:00.000Z', "
                 "'2024-03-22T11:00:00.000Z')",
                 "INSERT INTO history (id, article_id, annotation_kind, annotation_id, field, "
                 "old_value, new_value, annotator, at) VALUES (5, 7, 'mention', 3, 'status', "
                 "'proposed', 'confirmed', 'amira', '2024-03-22T11:00:00.000Z')"})
            QVERIFY2(raw.exec(QString::fromLatin1(sql)), sql);
    }

    QString error;
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), ProjectStore::latestSchemaVersion());
        const std::optional<Document> document = store->loadDocument(7);
        QVERIFY2(document, qPrintable(store->lastError()));
        QCOMPARE(document->article.title, QStringLiteral("Old title"));
        QCOMPARE(document->mentions.size(), 1);
        QCOMPARE(document->mentions.first().id, 3);
        QCOMPARE(document->mentions.first().kbId, QStringLiteral("jund-al-aqsa"));
        QCOMPARE(toString(document->mentions.first().provenance.status),
                 QStringLiteral("confirmed"));

        QList<ProjectStore::HistoryEntry> history = store->history(7);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().id, 5);
        QCOMPARE(history.first().annotationKind, QStringLiteral("mention"));
        QCOMPARE(history.first().annotationId, 3);
        QCOMPARE(history.first().field, QStringLiteral("status"));
        QCOMPARE(history.first().oldValue, QStringLiteral("proposed"));
        QCOMPARE(history.first().newValue, QStringLiteral("confirmed"));
        QCOMPARE(history.first().annotator, QStringLiteral("amira"));
        QCOMPARE(history.first().at,
                 QDateTime(QDate(2024, 3, 22), QTime(11, 0), Qt::UTC));
        QVERIFY(history.first().annotationKey.isEmpty());

        // The upgraded project takes the new kinds of work: history continues after the old
        // rows, and project-wide rows sit beside the article's.
        QVERIFY2(store->setMentionStatus(3, Status::Rejected, QStringLiteral("omar")),
                 qPrintable(store->lastError()));
        QVERIFY2(store->addKnowledgeBaseAlias(QStringLiteral("jund-al-aqsa"),
                                              QStringLiteral("Jund al Aqsa"), QStringLiteral("omar")),
                 qPrintable(store->lastError()));
        history = store->history(7);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().id, 6);
        QCOMPARE(store->knowledgeBaseHistory().size(), 1);
        QCOMPARE(store->knowledgeBaseHistory().first().id, 7);
    }

    // The history rows still go with their article (the rebuilt table kept its foreign key).
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM articles WHERE id = 7")));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM history")), QStringLiteral("1"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT annotation_kind FROM history")),
                 QStringLiteral("kb_alias"));
    }

    const QString freshPath = newPath(QStringLiteral("fresh-for-version-1.cwbproject"));
    {
        auto fresh = ProjectStore::open(freshPath, ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(fresh, qPrintable(error));
    }
    QCOMPARE(schemaDump(path), schemaDump(freshPath));
}

// A project as version 2 left it: after 003 its annotations are the shared set (owner ''),
// which is what the single-analyst workflow reads, and annotators' sets can be started beside
// it. The schema equals a fresh install's.
void TestMigrations::upgradeFromVersion2PutsEveryAnnotationInTheSharedSet()
{
    const QString path = newPath(QStringLiteral("made-by-version-2.cwbproject"));
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QString migrationError;
        QVERIFY2(Migrator().migrateTo(raw.db(), 2, &migrationError), qPrintable(migrationError));
        for (const char *sql : {
                 "INSERT INTO articles (id, uid, title, text) VALUES "
                 "(7, 'v2-article', 'Old title', 'Jund al-Aqsa killed four fighters.')",
                 "INSERT INTO mentions (id, article_id, start_cp, end_cp, text, type, canonical, "
                 "kb_id, status, origin, confidence, annotator, created_at, updated_at) VALUES "
                 "(3, 7, 0, 12, 'Jund al-Aqsa', 'ARMED_GROUP', 'Jund al-Aqsa', 'jund-al-aqsa', "
                 "'confirmed', 'kb:jund-al-aqsa', 0.9, 'amira', '2024-03-22T10:00:00.000Z', "
                 "'2024-03-22T11:00:00.000Z')",
                 "INSERT INTO casualties (id, article_id, start_cp, end_cp, text, kind, low, best, "
                 "high, precision_kind, hedged, scope, status, confidence) VALUES (4, 7, 13, 33, "
                 "'killed four fighters', 'killed', 4, 4, 4, 'exact', 0, 'event', 'proposed', "
                 "0.8)"})
            QVERIFY2(raw.exec(QString::fromLatin1(sql)), sql);
    }
    QString error;
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), ProjectStore::latestSchemaVersion());
        const std::optional<Document> shared = store->loadDocument(7);
        QVERIFY2(shared, qPrintable(store->lastError()));
        QCOMPARE(shared->mentions.size(), 1);
        QCOMPARE(shared->casualties.size(), 1);
        QCOMPARE(store->articles().first().mentionCount, 1);
        QVERIFY(store->annotators().isEmpty());
        QVERIFY(store->addAnnotator(QStringLiteral("tara"), ProjectStore::AnnotatorRole::Trainee,
                                    QStringLiteral("test")));
        QVERIFY(store->startSet(7, QStringLiteral("tara"), QStringLiteral("tara")));
        QCOMPARE(store->loadDocument(7, QStringLiteral("tara"))->mentions.size(), 0);
    }
    {
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT owner FROM mentions WHERE id = 3")), QString());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM casualties WHERE owner = ''")),
                 QStringLiteral("1"));
    }
    const QString freshPath = newPath(QStringLiteral("fresh-for-version-2.cwbproject"));
    {
        auto fresh = ProjectStore::open(freshPath, ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(fresh, qPrintable(error));
    }
    QCOMPARE(schemaDump(path), schemaDump(freshPath));
}

// A project as version 3 left it: its knowledge-base entries read back unchanged after 004,
// with no army, police or ACLED-name certainty, and can then be given them. The schema equals
// a fresh install's.
void TestMigrations::upgradeFromVersion3KeepsKnowledgeBaseEntries()
{
    const QString path = newPath(QStringLiteral("made-by-version-3.cwbproject"));
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QString migrationError;
        QVERIFY2(Migrator().migrateTo(raw.db(), 3, &migrationError), qPrintable(migrationError));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO kb_entries (id, kb_id, canonical, type, kind, adjectives, sources, "
            "certainty, added_by, added_at) VALUES (5, 'norland', 'Norland', 'STATE', 'country', "
            "'[\"Norlandic\"]', '[]', 'confirmed', 'amira', '2024-03-22T10:00:00.000Z')")));
    }
    QString error;
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), ProjectStore::latestSchemaVersion());
        const QList<KbEntry> entries = store->knowledgeBaseEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().id, QStringLiteral("norland"));
        QCOMPARE(entries.first().adjectives, QStringList{QStringLiteral("Norlandic")});
        QVERIFY(entries.first().army.isEmpty() && entries.first().police.isEmpty());
        QVERIFY(!entries.first().acledCertainty);

        KbEntry armed = entries.first();
        armed.id = QStringLiteral("southland");
        armed.canonical = QStringLiteral("Southland");
        armed.army = QStringLiteral("southland-army");
        QVERIFY2(store->addKnowledgeBaseEntry(armed, QStringLiteral("amira")),
                 qPrintable(store->lastError()));
        QCOMPARE(store->knowledgeBaseEntries().last().army, QStringLiteral("southland-army"));
    }
    const QString freshPath = newPath(QStringLiteral("fresh-for-version-3.cwbproject"));
    {
        auto fresh = ProjectStore::open(freshPath, ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(fresh, qPrintable(error));
    }
    QCOMPARE(schemaDump(path), schemaDump(freshPath));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"

