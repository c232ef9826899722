#pragma once

#include "core/kb/kbentry.h"
#include "core/model/document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
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
        int reviewedCount = 0;   // mentions no longer proposed
        int annotationCount = 0; // all four kinds
        int proposedCount = 0;   // of those, still waiting for the analyst
    };

    struct HistoryEntry
    {
        qint64 id = 0;
        qint64 articleId = 0;   // 0 for rows about the project (the knowledge base)
        QString annotationKind; // "mention", "affiliation", "casualty", "event", "kb_entry",
                                // "kb_alias", "kb_affiliation"
        qint64 annotationId = 0;
        QString annotationKey;  // knowledge-base rows: the kb id of the entry; else empty
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
    // Puts back a deleted mention with its old id and values (the undo of deleteMention) and
    // records "restored" with the snapshot. Fails when the id is in use or the article is gone.
    bool restoreMention(const Mention &mention, qint64 articleId, const QString &annotator);

    // The same actions for the other annotation kinds. add* allocates the id and fills it in;
    // update* writes one history row per changed field (old and new value); delete* records a
    // JSON snapshot of the whole annotation (id and provenance included) as the old value of
    // a "deleted" row; restore* is the undo of delete*. An unknown id fails with lastError()
    // and writes nothing.
    bool addAffiliation(qint64 articleId, Affiliation &affiliation, const QString &annotator);
    bool updateAffiliation(const Affiliation &affiliation, const QString &annotator);
    bool setAffiliationStatus(qint64 affiliationId, Status status, const QString &annotator);
    bool deleteAffiliation(qint64 affiliationId, const QString &annotator);
    bool restoreAffiliation(const Affiliation &affiliation, qint64 articleId,
                            const QString &annotator);

    // Deleting a figure also takes it out of every event that lists it (the link rows go with
    // it); each such event gets a "casualty_ids" history row in the same transaction. Undoing
    // it is restoreCasualty() and then updateEvent() with the event as it was.
    bool addCasualty(qint64 articleId, CasualtyFigure &figure, const QString &annotator);
    bool updateCasualty(const CasualtyFigure &figure, const QString &annotator);
    bool setCasualtyStatus(qint64 casualtyId, Status status, const QString &annotator);
    bool deleteCasualty(qint64 casualtyId, const QString &annotator);
    bool restoreCasualty(const CasualtyFigure &figure, qint64 articleId,
                         const QString &annotator);

    // An event's casualtyIds are database ids of figures of the same article; the links are
    // stored in that order, and update/restore rewrite them. Any other id fails the action.
    bool addEvent(qint64 articleId, Event &event, const QString &annotator);
    bool updateEvent(const Event &event, const QString &annotator);
    bool setEventStatus(qint64 eventId, Status status, const QString &annotator);
    bool deleteEvent(qint64 eventId, const QString &annotator);
    bool restoreEvent(const Event &event, qint64 articleId, const QString &annotator);

    // Every kind of history row of an article, oldest first.
    QList<HistoryEntry> history(qint64 articleId) const;
    // Only the rows written after the row `afterId` (for a view that already shows the rest).
    QList<HistoryEntry> history(qint64 articleId, qint64 afterId) const;

    // Project knowledge base -------------------------------------------------------------------
    // What the project adds on top of the bundled knowledge base (KnowledgeBase::addEntry,
    // addAlias, addAffiliation put it together). Entries come with project = true and with
    // every alias stored for their id, in the order the aliases were added.
    QList<KbEntry> knowledgeBaseEntries() const;
    // Aliases added to ids that are not project entries (bundled entries), by kb id.
    QHash<QString, QStringList> knowledgeBaseAliases() const;
    QList<KbAffiliation> knowledgeBaseAffiliations() const;
    // History rows of the knowledge base (articleId 0), oldest first.
    QList<HistoryEntry> knowledgeBaseHistory() const;

    // Adds a project entry with its aliases (a bundled id is allowed: the project's entry
    // replaces it). Fails when the project already has an entry with that id, or the id or
    // canonical name is empty. History: one "kb_entry" row, "created", with a JSON snapshot.
    bool addKnowledgeBaseEntry(const KbEntry &entry, const QString &annotator);
    // Adds an alias to a project or a bundled entry. An alias already stored for that id is
    // not added again and the call succeeds without writing anything. History: "kb_alias".
    bool addKnowledgeBaseAlias(const QString &entryId, const QString &alias,
                               const QString &annotator);
    // History: "kb_affiliation", "created".
    bool addKnowledgeBaseAffiliation(const KbAffiliation &affiliation, const QString &annotator);
    // All entries and affiliations in one transaction: any failure (a duplicate id within the
    // batch or with the project) leaves the project as it was.
    bool importKnowledgeBase(const QList<KbEntry> &entries,
                             const QList<KbAffiliation> &affiliations, const QString &annotator);

    // Batch import: all rows in one transaction, never committed row by row. For benchmarks
    // and dataset imports.
    bool bulkInsertMentions(qint64 articleId, const QList<Mention> &mentions);

    // Dataset import (projectstoreexchange.cpp) ------------------------------------------------
    // Stores every document as addDocument() does, all in ONE transaction: any failure leaves
    // the project as it was. `history`, when given, holds one list per document of rows whose
    // annotationId is the id the annotation carries in that document (as read from an export);
    // they are stored with the new database ids, their own times and annotators.
    bool addDocuments(QList<Document> &documents,
                      const QList<QList<HistoryEntry>> &history = {});

private:
    bool insertDocument(Document &document, const QList<HistoryEntry> &history);

private:
    ProjectStore();
    struct Private;
    std::unique_ptr<Private> d;
};
