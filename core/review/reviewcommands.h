#pragma once

#include "core/model/annotation.h"
#include "core/review/annotationkind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUndoCommand>
#include <optional>
#include <variant>

class ProjectStore;
class ReviewSession;

// The undo commands of a review session. They share this header and its .cpp, against the
// one-class-per-file rule, because each is a few lines over the same small set of helpers
// (the per-kind store calls in reviewcommands.cpp) and they make sense only read together; a
// file per command would be six files of boilerplate around one or two calls each.
//
// How every command works (the Tiled pattern): redo() and undo() each make one call to the
// store, which is one committed transaction with its history row; only when it succeeded do
// they change the session's Document, which emits the change signal the models listen to.
// When the store refuses, the command makes itself obsolete (QUndoStack then deletes it and
// nothing is left to undo), the session emits failed() with the store's reason, and the
// Document stays as it was. Commands refer to annotations by id; they read the values they
// need from the session's Document when they run, not when they are built.
//
// The UI never builds these: it calls the Review facade (core/review/review.h), which
// validates the input and pushes them through ReviewSession::push().

// Merge ids of all review commands (QUndoCommand::id()), kept in one enum so that two
// commands never share one by accident. No review command merges today: every decision is a
// row of its own in the history and a step of its own in the undo stack, the way the analyst
// sees them. The ids still identify the command for views of the stack and for tests.
enum class ReviewCommandId {
    SetStatus = 1000,
    EditMention,
    EditAffiliation,
    EditCasualty,
    EditEvent,
    AddMention,
    RemoveAnnotation,
};

// The base of every review command: the session's private entry points (it is the session's
// friend) made available to the commands, plus the failure and learning steps they share.
class ReviewCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)

public:
    ReviewSession &session() const { return m_session; }

protected:
    explicit ReviewCommand(ReviewSession &session, QUndoCommand *parent = nullptr);

    ProjectStore &store() const;
    QString annotator() const;
    qint64 articleId() const;
    // Whose set the session edits ('' = the shared set); adds and restores go there.
    QString owner() const;

    // The store refused: the command becomes obsolete and the session reports `what` with
    // the store's reason.
    void fail(const QString &what);
    // The annotation is not in the session's Document (it cannot be, while the stack is
    // linear; a guard): obsolete, reported.
    void failGone();
    // A later step failed after the main change was committed: report only.
    void problem(const QString &what);
    void saved(const QString &what);

    template<typename T>
    bool replace(const T &annotation);
    template<typename T>
    bool insert(const T &annotation);
    bool erase(AnnotationKind kind, qint64 id);

    // After a mention was stored as confirmed, corrected or manual: lets the project's
    // knowledge base learn from it (ProjectKnowledge::learnFromReview), stores the link to a
    // new entry when that gave the mention one, and reports the lesson through saved().
    // Returns the mention as it is now stored.
    Mention learnFrom(const Mention &mention);

    // The annotation of type T with `id` as the session holds it now, or nothing.
    template<typename T>
    std::optional<T> current(qint64 id) const;
    // Stores `value` over the annotation with its id (one update, a history row per changed
    // field) and puts it in the session. Used by corrections and by every undo that writes an
    // old value back. On failure reports `what` and returns nothing.
    template<typename T>
    std::optional<T> write(const T &value, const QString &what);

private:
    ReviewSession &m_session;
};

// Sets the review status of one annotation of any kind: accept (confirmed) or reject
// (rejected). Accepting a mention teaches the knowledge base (see ReviewCommand::learnFrom).
// Undo writes back the annotation as it was before, in one update with its history rows.
class SetStatusCommand : public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetStatusCommand)

public:
    SetStatusCommand(ReviewSession &session, AnnotationKind kind, qint64 id, Status status);
    int id() const override { return int(ReviewCommandId::SetStatus); }
    void redo() override;
    void undo() override;

private:
    AnnotationKind m_kind;
    qint64 m_annotationId;
    Status m_status;
    std::variant<Mention, Affiliation, CasualtyFigure, Event> m_before;
};

// Replaces a mention's values (type, canonical, kbId, span and with it text) and marks it
// corrected; a manual mention stays manual. Teaches the knowledge base like an accept.
class EditMentionCommand : public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditMentionCommand)

public:
    // `after` holds the new values; its id names the mention. Status and provenance are taken
    // from the mention as it is when redo() runs.
    EditMentionCommand(ReviewSession &session, const Mention &after);
    int id() const override { return int(ReviewCommandId::EditMention); }
    void redo() override;
    void undo() override;

private:
    Mention m_before;
    Mention m_after;
};

// Replaces an affiliation's, casualty figure's or event's values and marks it corrected (a
// manual one stays manual). The three differ only in their type; a mention's correction also
// teaches the knowledge base and has a class of its own. Instantiated in reviewcommands.cpp
// for the three types below.
template<typename T>
class EditValueCommand : public ReviewCommand
{
public:
    // `after` holds the new values; its id names the annotation. Status and provenance are
    // taken from the annotation as it is when redo() runs.
    EditValueCommand(ReviewSession &session, const T &after);
    int id() const override;
    void redo() override;
    void undo() override;

private:
    T m_before;
    T m_after;
};
using EditAffiliationCommand = EditValueCommand<Affiliation>;
using EditCasualtyCommand = EditValueCommand<CasualtyFigure>;
using EditEventCommand = EditValueCommand<Event>;
extern template class EditValueCommand<Affiliation>;
extern template class EditValueCommand<CasualtyFigure>;
extern template class EditValueCommand<Event>;

// Adds a mention the analyst marked (status manual). The first redo() lets the store give it
// an id; undo() deletes it, and the command keeps the mention (its value, id included) so
// that a later redo() restores it with the same id rather than making a new one.
class AddMentionCommand : public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddMentionCommand)

public:
    AddMentionCommand(ReviewSession &session, const Mention &mention);
    int id() const override { return int(ReviewCommandId::AddMention); }
    void redo() override;
    void undo() override;
    // The id the store gave the mention; 0 before the first redo().
    qint64 mentionId() const { return m_mention.id; }

private:
    Mention m_mention;
};

// Deletes one annotation of any kind. The command owns the removed annotation (a copy of its
// values, id and provenance included) from redo() until it is undone or destroyed; undo()
// puts it back with the store's restore* under the same id. Deleting a casualty figure also
// takes it out of the events that list it (the store does that in the same transaction); the
// command keeps those events as they were and undo() writes them back after the restore.
class RemoveAnnotationCommand : public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAnnotationCommand)

public:
    RemoveAnnotationCommand(ReviewSession &session, AnnotationKind kind, qint64 id);
    int id() const override { return int(ReviewCommandId::RemoveAnnotation); }
    void redo() override;
    void undo() override;

private:
    AnnotationKind m_kind;
    qint64 m_annotationId;
    std::variant<Mention, Affiliation, CasualtyFigure, Event> m_removed;
    QList<Event> m_eventsBefore; // casualty figures only: the events that listed it
};
