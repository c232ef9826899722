#include "core/review/reviewcommands.h"

#include "core/review/reviewsession.h"
#include "core/review/vocabularylabels.h"
#include "core/store/projectstore.h"
#include "core/workflow/projectknowledge.h"

#include <QDateTime>
#include <type_traits>

namespace {

// The store's calls for each annotation kind, so that the commands are written once.
template<typename T>
struct Ops;

template<>
struct Ops<Mention>
{
    static constexpr AnnotationKind kind = AnnotationKind::Mention;
    static const QList<Mention> &list(const Document &document) { return document.mentions; }
    static bool setStatus(ProjectStore &store, qint64 id, Status status, const QString &who)
    {
        return store.setMentionStatus(id, status, who);
    }
    static bool update(ProjectStore &store, const Mention &value, const QString &who)
    {
        return store.updateMention(value, who);
    }
    static bool remove(ProjectStore &store, qint64 id, const QString &who)
    {
        return store.deleteMention(id, who);
    }
    static bool restore(ProjectStore &store, const Mention &value, qint64 articleId,
                        const QString &who, const QString &owner)
    {
        return store.restoreMention(value, articleId, who, owner);
    }
};

template<>
struct Ops<Affiliation>
{
    static constexpr AnnotationKind kind = AnnotationKind::Affiliation;
    static const QList<Affiliation> &list(const Document &document)
    {
        return document.affiliations;
    }
    static bool setStatus(ProjectStore &store, qint64 id, Status status, const QString &who)
    {
        return store.setAffiliationStatus(id, status, who);
    }
    static bool update(ProjectStore &store, const Affiliation &value, const QString &who)
    {
        return store.updateAffiliation(value, who);
    }
    static bool remove(ProjectStore &store, qint64 id, const QString &who)
    {
        return store.deleteAffiliation(id, who);
    }
    static bool restore(ProjectStore &store, const Affiliation &value, qint64 articleId,
                        const QString &who, const QString &owner)
    {
        return store.restoreAffiliation(value, articleId, who, owner);
    }
};

template<>
struct Ops<CasualtyFigure>
{
    static constexpr AnnotationKind kind = AnnotationKind::Casualty;
    static const QList<CasualtyFigure> &list(const Document &document)
    {
        return document.casualties;
    }
    static bool setStatus(ProjectStore &store, qint64 id, Status status, const QString &who)
    {
        return store.setCasualtyStatus(id, status, who);
    }
    static bool update(ProjectStore &store, const CasualtyFigure &value, const QString &who)
    {
        return store.updateCasualty(value, who);
    }
    static bool remove(ProjectStore &store, qint64 id, const QString &who)
    {
        return store.deleteCasualty(id, who);
    }
    static bool restore(ProjectStore &store, const CasualtyFigure &value, qint64 articleId,
                        const QString &who, const QString &owner)
    {
        return store.restoreCasualty(value, articleId, who, owner);
    }
};

template<>
struct Ops<Event>
{
    static constexpr AnnotationKind kind = AnnotationKind::Event;
    static const QList<Event> &list(const Document &document) { return document.events; }
    static bool setStatus(ProjectStore &store, qint64 id, Status status, const QString &who)
    {
        return store.setEventStatus(id, status, who);
    }
    static bool update(ProjectStore &store, const Event &value, const QString &who)
    {
        return store.updateEvent(value, who);
    }
    static bool remove(ProjectStore &store, qint64 id, const QString &who)
    {
        return store.deleteEvent(id, who);
    }
    static bool restore(ProjectStore &store, const Event &value, qint64 articleId,
                        const QString &who, const QString &owner)
    {
        return store.restoreEvent(value, articleId, who, owner);
    }
};

template<typename T>
struct Tag
{
    using type = T;
};

// Calls `run` with the tag of the annotation type of `kind`.
template<typename F>
void dispatch(AnnotationKind kind, F &&run)
{
    switch (kind) {
    case AnnotationKind::Mention:
        run(Tag<Mention>{});
        break;
    case AnnotationKind::Affiliation:
        run(Tag<Affiliation>{});
        break;
    case AnnotationKind::Casualty:
        run(Tag<CasualtyFigure>{});
        break;
    case AnnotationKind::Event:
        run(Tag<Event>{});
        break;
    }
}

// The provenance every store action sets on what it writes: who, and when. The store keeps
// its own clock; the session's copy is within milliseconds of it.
template<typename T>
T stamped(T annotation, const QString &annotator)
{
    annotation.provenance.annotator = annotator;
    annotation.provenance.updated = QDateTime::currentDateTimeUtc();
    return annotation;
}

// An edit keeps the analyst's own annotation manual; anything else becomes corrected.
Status correctedStatus(Status before)
{
    return before == Status::Manual ? Status::Manual : Status::Corrected;
}

} // namespace

// ReviewCommand --------------------------------------------------------------------------------

ReviewCommand::ReviewCommand(ReviewSession &session, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
{
}

ProjectStore &ReviewCommand::store() const
{
    return m_session.store();
}

QString ReviewCommand::annotator() const
{
    return m_session.annotator();
}

qint64 ReviewCommand::articleId() const
{
    return m_session.articleId();
}

QString ReviewCommand::owner() const
{
    return m_session.owner();
}

void ReviewCommand::fail(const QString &what)
{
    setObsolete(true);
    m_session.commandFailed(tr("%1 was not saved: %2").arg(what, store().lastError()));
}

void ReviewCommand::failGone()
{
    setObsolete(true);
    m_session.commandFailed(
        tr("%1 was not saved: the annotation is no longer in the article.").arg(text()));
}

void ReviewCommand::problem(const QString &what)
{
    m_session.reportProblem(what);
}

void ReviewCommand::saved(const QString &what)
{
    m_session.reportSaved(what);
}

template<typename T>
bool ReviewCommand::replace(const T &annotation)
{
    return m_session.replace(annotation);
}

template<typename T>
bool ReviewCommand::insert(const T &annotation)
{
    return m_session.insert(annotation);
}

bool ReviewCommand::erase(AnnotationKind kind, qint64 id)
{
    return m_session.erase(kind, id);
}

template<typename T>
std::optional<T> ReviewCommand::current(qint64 id) const
{
    for (const T &annotation : Ops<T>::list(m_session.document())) {
        if (annotation.id == id)
            return annotation;
    }
    return std::nullopt;
}

template<typename T>
std::optional<T> ReviewCommand::write(const T &value, const QString &what)
{
    if (!Ops<T>::update(store(), value, annotator())) {
        fail(what);
        return std::nullopt;
    }
    const T stored = stamped(value, annotator());
    replace(stored);
    return stored;
}

// Learning is a step of its own after the review was committed: the knowledge base is the
// project's, not the article's, so it is written in its own transaction (history row with
// article 0) and is not taken back by undo; undo only takes back the mention's link to it.
Mention ReviewCommand::learnFrom(const Mention &mention)
{
    Mention learned = mention;
    const ProjectKnowledge::Lesson lesson = ProjectKnowledge::learnFromReview(
        store(), m_session.knowledgeBase(), learned, annotator());
    if (lesson.learned) {
        m_session.learn(lesson);
        saved(lesson.description);
    }
    if (learned.kbId == mention.kbId && learned.canonical == mention.canonical)
        return mention;
    if (!Ops<Mention>::update(store(), learned, annotator())) {
        problem(tr("The link of \u201c%1\u201d to the knowledge base was not saved: %2")
                    .arg(mention.text, store().lastError()));
        return mention;
    }
    const Mention stored = stamped(learned, annotator());
    replace(stored);
    return stored;
}

// SetStatusCommand -----------------------------------------------------------------------------

SetStatusCommand::SetStatusCommand(ReviewSession &session, AnnotationKind kind, qint64 id,
                                   Status status)
    : ReviewCommand(session)
    , m_kind(kind)
    , m_annotationId(id)
    , m_status(status)
{
    const QString name = session.describe(kind, session.rowOf(kind, id));
    switch (status) {
    case Status::Confirmed:
        setText(tr("Accept \u201c%1\u201d").arg(name));
        break;
    case Status::Rejected:
        setText(tr("Reject \u201c%1\u201d").arg(name));
        break;
    default:
        setText(tr("Mark \u201c%1\u201d as %2").arg(name, VocabularyLabels::label(status)));
        break;
    }
}

void SetStatusCommand::redo()
{
    dispatch(m_kind, [this](auto tag) {
        using T = typename decltype(tag)::type;
        const std::optional<T> before = current<T>(m_annotationId);
        if (!before) {
            failGone();
            return;
        }
        if (!Ops<T>::setStatus(store(), m_annotationId, m_status, annotator())) {
            fail(text());
            return;
        }
        m_before = *before;
        T stored = stamped(*before, annotator());
        stored.provenance.status = m_status;
        replace(stored);
        saved(text());
        if constexpr (std::is_same_v<T, Mention>) {
            if (m_status == Status::Confirmed)
                learnFrom(stored);
        }
    });
}

// The whole annotation goes back, not only its status: accepting a mention can also have
// linked it to a new knowledge-base entry.
void SetStatusCommand::undo()
{
    dispatch(m_kind, [this](auto tag) {
        using T = typename decltype(tag)::type;
        if (write(std::get<T>(m_before), tr("Undo %1").arg(text())))
            saved(tr("Undone: %1").arg(text()));
    });
}

// EditMentionCommand ---------------------------------------------------------------------------

EditMentionCommand::EditMentionCommand(ReviewSession &session, const Mention &after)
    : ReviewCommand(session)
    , m_after(after)
{
    setText(tr("Correct \u201c%1\u201d")
                .arg(session.describe(AnnotationKind::Mention,
                                      session.rowOf(AnnotationKind::Mention, after.id))));
}

void EditMentionCommand::redo()
{
    const std::optional<Mention> before = current<Mention>(m_after.id);
    if (!before) {
        failGone();
        return;
    }
    Mention value = m_after;
    value.provenance = before->provenance;
    value.provenance.status = correctedStatus(before->provenance.status);
    const std::optional<Mention> stored = write(value, text());
    if (!stored)
        return;
    m_before = *before;
    saved(text());
    learnFrom(*stored);
}

void EditMentionCommand::undo()
{
    if (write(m_before, tr("Undo %1").arg(text())))
        saved(tr("Undone: %1").arg(text()));
}

// EditValueCommand -----------------------------------------------------------------------------

namespace {
template<typename T>
constexpr ReviewCommandId editCommandId()
{
    if constexpr (std::is_same_v<T, Affiliation>)
        return ReviewCommandId::EditAffiliation;
    else if constexpr (std::is_same_v<T, CasualtyFigure>)
        return ReviewCommandId::EditCasualty;
    else
        return ReviewCommandId::EditEvent;
}
} // namespace

template<typename T>
EditValueCommand<T>::EditValueCommand(ReviewSession &session, const T &after)
    : ReviewCommand(session)
    , m_after(after)
{
    constexpr AnnotationKind kind = Ops<T>::kind;
    setText(ReviewCommand::tr("Correct \u201c%1\u201d")
                .arg(session.describe(kind, session.rowOf(kind, after.id))));
}

template<typename T>
int EditValueCommand<T>::id() const
{
    return int(editCommandId<T>());
}

template<typename T>
void EditValueCommand<T>::redo()
{
    const std::optional<T> before = this->template current<T>(m_after.id);
    if (!before) {
        failGone();
        return;
    }
    T value = m_after;
    value.provenance = before->provenance;
    value.provenance.status = correctedStatus(before->provenance.status);
    if (!this->write(value, text()))
        return;
    m_before = *before;
    saved(text());
}

template<typename T>
void EditValueCommand<T>::undo()
{
    if (this->write(m_before, ReviewCommand::tr("Undo %1").arg(text())))
        saved(ReviewCommand::tr("Undone: %1").arg(text()));
}

// AddMentionCommand ----------------------------------------------------------------------------

AddMentionCommand::AddMentionCommand(ReviewSession &session, const Mention &mention)
    : ReviewCommand(session)
    , m_mention(mention)
{
    m_mention.id = 0;
    m_mention.provenance.status = Status::Manual;
    setText(tr("Add \u201c%1\u201d").arg(mention.text));
}

void AddMentionCommand::redo()
{
    if (m_mention.id == 0) {
        Mention added = m_mention;
        if (!store().addMention(articleId(), added, annotator(), owner())) {
            fail(text());
            return;
        }
        m_mention = added;
    } else if (!Ops<Mention>::restore(store(), m_mention, articleId(), annotator(), owner())) {
        fail(text());
        return;
    }
    insert(m_mention);
    saved(text());
    // A manual mention is the analyst's own confirmation: it teaches like an accept, and
    // the link it gains is kept in m_mention so that a redo after an undo restores it.
    m_mention = learnFrom(m_mention);
}

void AddMentionCommand::undo()
{
    if (const std::optional<Mention> now = current<Mention>(m_mention.id))
        m_mention = *now;
    if (!Ops<Mention>::remove(store(), m_mention.id, annotator())) {
        fail(tr("Undo %1").arg(text()));
        return;
    }
    erase(AnnotationKind::Mention, m_mention.id);
    saved(tr("Undone: %1").arg(text()));
}

// RemoveAnnotationCommand ----------------------------------------------------------------------

RemoveAnnotationCommand::RemoveAnnotationCommand(ReviewSession &session, AnnotationKind kind,
                                                 qint64 id)
    : ReviewCommand(session)
    , m_kind(kind)
    , m_annotationId(id)
{
    setText(tr("Delete \u201c%1\u201d").arg(session.describe(kind, session.rowOf(kind, id))));
}

void RemoveAnnotationCommand::redo()
{
    dispatch(m_kind, [this](auto tag) {
        using T = typename decltype(tag)::type;
        const std::optional<T> before = current<T>(m_annotationId);
        if (!before) {
            failGone();
            return;
        }
        // The events that list a figure lose it in the store's transaction; keep them as
        // they were for undo.
        QList<Event> eventsBefore;
        if constexpr (std::is_same_v<T, CasualtyFigure>) {
            for (const Event &event : session().document().events) {
                if (event.casualtyIds.contains(m_annotationId))
                    eventsBefore.append(event);
            }
        }
        if (!Ops<T>::remove(store(), m_annotationId, annotator())) {
            fail(text());
            return;
        }
        m_removed = *before;
        m_eventsBefore = eventsBefore;
        erase(m_kind, m_annotationId);
        for (Event event : std::as_const(eventsBefore)) {
            event.casualtyIds.removeAll(m_annotationId);
            replace(event);
        }
        saved(text());
    });
}

// The restore is the command's one transaction; putting the figure back into its events is
// one more update per event (the store's documented undo of deleteCasualty). If one of those
// fails the figure is back but unlinked, which is reported and not rolled back.
void RemoveAnnotationCommand::undo()
{
    dispatch(m_kind, [this](auto tag) {
        using T = typename decltype(tag)::type;
        const T &removed = std::get<T>(m_removed);
        if (!Ops<T>::restore(store(), removed, articleId(), annotator(), owner())) {
            fail(tr("Undo %1").arg(text()));
            return;
        }
        insert(removed);
        for (const Event &event : std::as_const(m_eventsBefore)) {
            if (!Ops<Event>::update(store(), event, annotator())) {
                problem(tr("The figure was restored but not put back into the event "
                           "\u201c%1\u201d: %2")
                            .arg(event.eventType, store().lastError()));
                continue;
            }
            replace(stamped(event, annotator()));
        }
        m_eventsBefore.clear();
        saved(tr("Undone: %1").arg(text()));
    });
}

// The corrections' one implementation, for the three types (last in the file: lupdate reads
// an explicit instantiation as the start of a class and would file later tr() calls under it).
template class EditValueCommand<Affiliation>;
template class EditValueCommand<CasualtyFigure>;
template class EditValueCommand<Event>;
