#pragma once

#include "core/model/document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

// The project database: one SQLite file per project (WAL, foreign keys, a busy timeout),
// created and upgraded by the numbered migrations in resources/schema/. It is the only class
// that speaks SQL, and it keeps to SQL that PostgreSQL also runs, so that a team server can
// later sit behind the same class through Qt's QPSQL driver.
//
// Every public call that changes data is one committed transaction: when it returns true the
// change is on disk and survives a crash or kill -9. Status changes and corrections also
// write history rows (who, when, old value, new value) in the same transaction.
//
// A store owns a named connection and must be used only on the thread that opened it.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)

public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    struct ArticleSummary
    {
        qint64 id = 0;
        QString title;
        QString sourcePath;
        int mentionCount = 0;
        int reviewedCount = 0; // mentions no longer proposed
    };

    struct HistoryEntry
    {
        qint64 id = 0;
        qint64 articleId = 0;
        QString annotationKind; // "mention", "affiliation", "casualty", "event"
        qint64 annotationId = 0;
        QString field;          // "status", "type", "canonical", "start", ...
        QString oldValue;
        QString newValue;
        QString annotator;
        QDateTime at;           // UTC
    };

    struct Counts
    {
        int articles = 0;
        QHash<QString, int> byStatus; // status spelling -> annotations of every kind
        QHash<QString, int> byType;   // entity type spelling -> mentions
        int affiliations = 0;
        int casualties = 0;
        int events = 0;
    };

    // The newest schema this program knows (the highest numbered migration).
    static int latestSchemaVersion();

    // Opens (and with CreateIfMissing creates) a project. On failure returns null and sets
    // `error` to a translated message; a project written by a newer schema is refused and left
    // byte-for-byte untouched. `path` ":memory:" gives a private in-memory project for tests.
    static std::unique_ptr<ProjectStore> open(const QString &path, OpenMode mode, QString *error);
    // The same with the numbered migrations read from `migrationsDirectory` instead of the
    // resources; for tests of upgrades and of failing migrations.
    static std::unique_ptr<ProjectStore> open(const QString &path, OpenMode mode, QString *error,
                                              const QString &migrationsDirectory);
    ~ProjectStore();

    QString path() const;
    int schemaVersion() const;
    QString lastError() const;

    // Articles --------------------------------------------------------------------------------
    // Stores the article, its segments and annotations in one transaction and fills in the
    // ids. Returns false (and leaves the project as it was) on failure.
    bool addDocument(Document &document);
    std::optional<qint64> findArticleByUid(const QString &uid) const;
    std::optional<Document> loadDocument(qint64 articleId) const;
    QList<ArticleSummary> articles() const;
    // The ids of an article's mentions in the order they were stored.
    QList<qint64> mentionIds(qint64 articleId) const;
    Counts counts() const;

    // Analyst actions: each is one transaction with its history rows ---------------------------
    bool addMention(qint64 articleId, Mention &mention, const QString &annotator);
    bool setMentionStatus(qint64 mentionId, Status status, const QString &annotator);
    // Writes every field that differs from the stored mention, one history row per field.
    bool updateMention(const Mention &mention, const QString &annotator);
    bool deleteMention(qint64 mentionId, const QString &annotator);
    QList<HistoryEntry> history(qint64 articleId) const;

    // Batch import: all rows in one transaction, never committed row by row. For benchmarks
    // and dataset imports.
    bool bulkInsertMentions(qint64 articleId, const QList<Mention> &mentions);

private:
    ProjectStore();
    struct Private;
    std::unique_ptr<Private> d;
};
