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
#include <functional>
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

    // Dataset export (projectstoreexchange.cpp) ------------------------------------------------
    // Reads the articles with the given ids (every article when the list is empty), in id
    // order, each with its segments and annotations as loadDocument(id) gives them, and hands
    // them to `visit` one at a time; stops early, successfully, when visit returns false. A few
    // ordered queries over the whole project instead of seven per article, in one read
    // transaction; only the document being visited is held in memory. Returns false with
    // lastError() when the project cannot be read.
    bool forEachDocument(const QList<qint64> &articleIds,
                         const std::function<bool(Document &&)> &visit) const;
    // How many articles forEachDocument() will visit (for progress).
    int documentCount(const QList<qint64> &articleIds) const;

    // Training and agreement (projectstoretraining.cpp) ----------------------------------------
    // Annotators, their independent annotation sets, gold marks and trainee scores (codebook
    // section 7). Every annotation has an owner: the annotator whose set it belongs to, or ''
    // for the project's shared set. Everything above this block reads and writes the shared
    // set only (loadDocument(id), add*, restore*, articles()), so a project without
    // annotators works exactly as before; update*, set*Status and delete* act on an id and so
    // on whichever set holds it, leaving its owner as it is.
    enum class AnnotatorRole { Trainee, Analyst, Adjudicator };
    // "trainee", "analyst", "adjudicator"
    static QString roleName(AnnotatorRole role);
    static std::optional<AnnotatorRole> roleFromName(const QString &name);
    // The owner of a set an adjudicator curated from several annotators' sets. Annotator
    // names cannot start with '#', so it never clashes with one.
    static QString curatedOwner() { return QStringLiteral("#gold"); }

    struct Annotator
    {
        QString name;
        AnnotatorRole role = AnnotatorRole::Analyst;
        QString addedBy;
        QDateTime addedAt; // UTC
    };

    struct AnnotationSet
    {
        qint64 articleId = 0;
        QString owner;
        QString startedBy;
        QDateTime startedAt; // UTC
    };

    struct GoldMark
    {
        qint64 articleId = 0;
        QString goldOwner;          // the set that is gold: '', a name, or curatedOwner()
        bool curated = false;       // merged by the adjudicator rather than one set confirmed
        QString adjudicator;
        QDateTime markedAt;         // UTC
        bool othersVisible = false; // trainees may now see the article's other sets
    };

    // A trainee's figures at one moment; `figures` is TrainingReport's JSON.
    struct ScoreRecord
    {
        qint64 id = 0;
        QString annotator;
        QDateTime scoredAt; // UTC
        int documents = 0;
        double strictF1 = 0.0;
        double lenientF1 = 0.0;
        QString figures;
    };

    // Adds an annotator. Fails for an empty name, a name starting with '#', or one in use.
    // The row records who added it and when (project-wide rows are not written to history,
    // whose project-wide part is the knowledge base's).
    bool addAnnotator(const QString &name, AnnotatorRole role, const QString &addedBy);
    QList<Annotator> annotators() const; // by name
    std::optional<Annotator> annotator(const QString &name) const;

    // The article with one owner's set only ('' = the shared set): what a blind session loads.
    std::optional<Document> loadDocument(qint64 articleId, const QString &owner) const;
    // Starts `owner`'s set on the article, EMPTY: a trainee is scored on what they read in the
    // text, and a copy of the detector's proposals would score how many of them they accepted
    // (and make every reader agree on whatever the detectors found, inflating kappa). The
    // owner must be an annotator and must not have a set on the article yet. History:
    // "annotation_set" "started". The shared set needs no start.
    bool startSet(qint64 articleId, const QString &owner, const QString &startedBy);
    bool hasSet(qint64 articleId, const QString &owner) const;
    // Started sets of one article, or of every article for 0, by article then owner.
    QList<AnnotationSet> sets(qint64 articleId = 0) const;
    // Blindness: whether `viewer` may see `owner`'s set on the article. Anyone sees their own
    // set; a trainee sees no other set (the shared one included) until the article's gold
    // mark lets others be seen; analysts, adjudicators and names that are not annotators see
    // every set. Sessions load one set only, so the UI asks this before offering another.
    bool mayRead(qint64 articleId, const QString &viewer, const QString &owner) const;

    // add* and restore* into `owner`'s set (which must have been started; '' is the shared
    // set and behaves as the calls above). Same transaction and history as those.
    bool addMention(qint64 articleId, Mention &mention, const QString &annotator,
                    const QString &owner);
    bool addAffiliation(qint64 articleId, Affiliation &affiliation, const QString &annotator,
                        const QString &owner);
    bool addCasualty(qint64 articleId, CasualtyFigure &figure, const QString &annotator,
                     const QString &owner);
    bool addEvent(qint64 articleId, Event &event, const QString &annotator, const QString &owner);
    bool restoreMention(const Mention &mention, qint64 articleId, const QString &annotator,
                        const QString &owner);
    bool restoreAffiliation(const Affiliation &affiliation, qint64 articleId,
                            const QString &annotator, const QString &owner);
    bool restoreCasualty(const CasualtyFigure &figure, qint64 articleId, const QString &annotator,
                         const QString &owner);
    bool restoreEvent(const Event &event, qint64 articleId, const QString &annotator,
                      const QString &owner);

    // Confirms one set ('' or a started set) as the article's gold, replacing any earlier
    // mark; others stay hidden from trainees. History: "gold" "gold_owner" (old, new).
    bool markGold(qint64 articleId, const QString &owner, const QString &adjudicator);
    // Stores the adjudicator's merge of several sets as the curatedOwner() set (replacing an
    // earlier curated set of the article) and marks it gold, in one transaction. The
    // document's annotations get new ids (filled in); its events' casualtyIds refer to its
    // own figures' ids, as in addDocument(). History: "created" per annotation, and "gold".
    bool markCuratedGold(qint64 articleId, Document &curated, const QString &adjudicator);
    bool unmarkGold(qint64 articleId, const QString &adjudicator);
    // Lets trainees see the article's other sets (or hides them again). Needs a gold mark.
    bool setOthersVisible(qint64 articleId, bool visible, const QString &adjudicator);
    std::optional<GoldMark> goldMark(qint64 articleId) const;
    QList<GoldMark> goldMarks() const; // by article

    // Records a trainee's score unless it equals the last one recorded for them (same
    // documents and figures), so that progress over time shows changes, not reruns. Sets
    // record.id and scoredAt when a row was written; *written (optional) says whether.
    bool recordScore(ScoreRecord &record, bool *written = nullptr);
    QList<ScoreRecord> scores(const QString &annotator) const; // oldest first

private:
    bool insertDocument(Document &document, const QList<HistoryEntry> &history);

private:
    ProjectStore();
    struct Private;
    std::unique_ptr<Private> d;
};
