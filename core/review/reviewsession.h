#pragma once

#include "core/kb/knowledgebase.h"
#include "core/workflow/projectknowledge.h"
#include "core/model/document.h"
#include "core/review/annotationkind.h"

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <memory>
#include <optional>

class ProjectStore;
class QUndoCommand;

// One article open for review: the Document as the store holds it, the undo stack of the
// analyst's decisions on it, who the analyst is, and the project's knowledge base that those
// decisions teach. The UI reads the document through the getters and the annotation models,
// and changes it only through the Review facade (core/review/review.h), which pushes commands
// (core/review/reviewcommands.h) onto this session's stack.
//
// Ownership: the session does not own the store; the store must outlive it. The session owns
// its undo stack and with it every command, and each command that removed an annotation owns
// that annotation (as a value) until it is undone or destroyed.
//
// Ordering: a command first writes to the store (one committed transaction) and only when that
// succeeds changes the session's Document and emits the change signal, so the Document never
// shows a change that is not on disk. Rows of the Document's lists are kept in id order, the
// order ProjectStore::loadDocument() returns them in, so a reload gives the same rows; commands
// refer to annotations by id, never by row, because rows move as annotations come and go.
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    // Loads the article and the project's knowledge base. Returns null and sets `error`
    // (translated) when the article cannot be loaded. The caller owns the session (it has no
    // QObject parent, so that the unique_ptr is its only owner).
    static std::unique_ptr<ReviewSession> open(ProjectStore &store, qint64 articleId,
                                               const QString &annotator, QString *error);
    // The same on one owner's annotation set ('' = the shared set, as above). The session is
    // blind: it loads that set and nothing else, and what it adds or restores goes into that
    // set. The set must have been started (ProjectStore::startSet), else null and `error`.
    static std::unique_ptr<ReviewSession> open(ProjectStore &store, qint64 articleId,
                                               const QString &annotator, const QString &owner,
                                               QString *error);
    ~ReviewSession() override;

    const Document &document() const { return m_document; }
    const Article &article() const { return m_document.article; }
    qint64 articleId() const { return m_document.article.id; }
    QString annotator() const { return m_annotator; }
    // Whose set this session edits; '' for the project's shared set.
    QString owner() const { return m_owner; }
    const KnowledgeBase &knowledgeBase() const { return m_knowledgeBase; }
    QUndoStack *undoStack() { return &m_undoStack; }
    const QUndoStack *undoStack() const { return &m_undoStack; }
    // The article's length in code points (what every span is measured in).
    int codePointLength() const { return m_codePointLength; }
    // The text of a code point span of the article.
    QString slice(int start, int end) const;

    int count(AnnotationKind kind) const;
    // 0 for a row out of range.
    qint64 idAt(AnnotationKind kind, int row) const;
    // -1 when the document holds no annotation of that kind with that id.
    int rowOf(AnnotationKind kind, qint64 id) const;
    std::optional<Status> status(AnnotationKind kind, int row) const;
    // Where a row sits in the text: a mention's, an affiliation's stating span, a figure's; an
    // event's runs from the first of its figures to the end of the last. Nothing for an event
    // with no figures or a row out of range.
    std::optional<TextSpan> span(AnnotationKind kind, int row) const;
    // A short human name for a row (the mention's text, "actor relation target", ...), for
    // undo texts and messages.
    QString describe(AnnotationKind kind, int row) const;

    // The message of the last failure reported through failed().
    QString lastError() const { return m_lastError; }

    // Pushes a command onto the stack (which takes it) and runs it. Returns false when the
    // command failed: it has emitted failed(), made itself obsolete and the stack has deleted
    // it. Used by the Review facade; the UI does not build commands.
    bool push(QUndoCommand *command);

    // Reads the article again from the store (after a change made elsewhere) and resets every
    // kind. The undo stack is kept: its commands refer to ids, which a reload does not change.
    bool reload();

signals:
    // Generic change signals, by kind; the annotation models listen to these. The "about to"
    // signals come before the Document changes, the others after.
    void annotationChanged(AnnotationKind kind, int row);
    void annotationAboutToBeInserted(AnnotationKind kind, int row);
    void annotationInserted(AnnotationKind kind, int row);
    void annotationAboutToBeRemoved(AnnotationKind kind, int row);
    void annotationRemoved(AnnotationKind kind, int row);
    void annotationsAboutToBeReset(AnnotationKind kind);
    void annotationsReset(AnnotationKind kind);

    // The same per kind, for listeners that care about one panel (emitted after the generic
    // one; insertions and removals are reported as a reset here).
    void mentionChanged(int row);
    void mentionsReset();
    void affiliationChanged(int row);
    void affiliationsReset();
    void casualtyChanged(int row);
    void casualtiesReset();
    void eventChanged(int row);
    void eventsReset();

    // A change was committed; `what` says which, translated (the command's text, or what the
    // knowledge base learned).
    void saved(const QString &what);
    // The store refused a change (or a follow-up step of one); `message` is translated and
    // includes the store's reason. Validation refusals of the facade are not reported here:
    // they come back from the facade call itself.
    void failed(const QString &message);

private:
    ReviewSession(ProjectStore &store, const QString &annotator, const QString &owner);

    // For the commands only (core/review/reviewcommands.h): they are the one way in.
    friend class ReviewCommand;

    ProjectStore &store() const { return m_store; }
    // Reads the project's knowledge base again (when the article is reloaded).
    void reloadKnowledge();
    // Teaches the knowledge base in memory what a review just taught the project's one (the
    // same entry or alias the store now holds), instead of reading it all again.
    void learn(const ProjectKnowledge::Lesson &lesson);
    // Replace the annotation with the same id; insert one in id order; erase by id. Each
    // emits its signals and returns false when the id is unknown (insert: already present).
    bool replace(const Mention &mention);
    bool replace(const Affiliation &affiliation);
    bool replace(const CasualtyFigure &figure);
    bool replace(const Event &event);
    bool insert(const Mention &mention);
    bool insert(const Affiliation &affiliation);
    bool insert(const CasualtyFigure &figure);
    bool insert(const Event &event);
    bool erase(AnnotationKind kind, qint64 id);
    // A command failed and is obsolete: emits failed() and tells push() so.
    void commandFailed(const QString &message);
    // A later step of a command that did succeed went wrong: failed() only.
    void reportProblem(const QString &message);
    void reportSaved(const QString &what);

    template<typename T>
    bool replaceIn(QList<T> &list, AnnotationKind kind, const T &annotation);
    template<typename T>
    bool insertIn(QList<T> &list, AnnotationKind kind, const T &annotation);
    void emitChanged(AnnotationKind kind, int row);
    void emitReset(AnnotationKind kind);

    ProjectStore &m_store;
    QString m_annotator;
    QString m_owner;
    Document m_document;
    int m_codePointLength = 0;
    KnowledgeBase m_knowledgeBase;
    QUndoStack m_undoStack;
    QString m_lastError;
    bool m_commandFailed = false;
};
