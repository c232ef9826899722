#include "core/review/reviewsession.h"

#include "core/review/vocabularylabels.h"
#include "core/store/projectstore.h"
#include "core/text/offsetmap.h"
#include "core/workflow/projectknowledge.h"

#include <algorithm>
#include <climits>

namespace {

template<typename T>
int indexOfId(const QList<T> &list, qint64 id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

template<typename T>
qint64 idOf(const QList<T> &list, int row)
{
    return row >= 0 && row < list.size() ? list.at(row).id : 0;
}

} // namespace

ReviewSession::ReviewSession(ProjectStore &store, const QString &annotator,
                             const QString &owner)
    : QObject(nullptr)
    , m_store(store)
    , m_annotator(annotator)
    , m_owner(owner)
{
}

ReviewSession::~ReviewSession() = default;

std::unique_ptr<ReviewSession> ReviewSession::open(ProjectStore &store, qint64 articleId,
                                                   const QString &annotator, QString *error)
{
    return open(store, articleId, annotator, QString(), error);
}

std::unique_ptr<ReviewSession> ReviewSession::open(ProjectStore &store, qint64 articleId,
                                                   const QString &annotator,
                                                   const QString &owner, QString *error)
{
    if (!owner.isEmpty() && !store.hasSet(articleId, owner)) {
        if (error)
            *error = tr("The article cannot be opened for review: %1 has not started it.")
                         .arg(owner);
        return nullptr;
    }
    std::optional<Document> document = store.loadDocument(articleId, owner);
    if (!document) {
        if (error)
            *error = tr("The article cannot be opened for review: %1").arg(store.lastError());
        return nullptr;
    }
    std::unique_ptr<ReviewSession> session(new ReviewSession(store, annotator, owner));
    session->m_document = std::move(*document);
    session->m_codePointLength = OffsetMap::codePointLength(session->m_document.article.text);
    session->m_knowledgeBase = ProjectKnowledge::load(store);
    return session;
}

QString ReviewSession::slice(int start, int end) const
{
    const OffsetMap map(m_document.article.text);
    const int from = map.toUtf16(start);
    return m_document.article.text.mid(from, map.toUtf16(end) - from);
}

int ReviewSession::count(AnnotationKind kind) const
{
    switch (kind) {
    case AnnotationKind::Mention:
        return int(m_document.mentions.size());
    case AnnotationKind::Affiliation:
        return int(m_document.affiliations.size());
    case AnnotationKind::Casualty:
        return int(m_document.casualties.size());
    case AnnotationKind::Event:
        return int(m_document.events.size());
    }
    return 0;
}

qint64 ReviewSession::idAt(AnnotationKind kind, int row) const
{
    switch (kind) {
    case AnnotationKind::Mention:
        return idOf(m_document.mentions, row);
    case AnnotationKind::Affiliation:
        return idOf(m_document.affiliations, row);
    case AnnotationKind::Casualty:
        return idOf(m_document.casualties, row);
    case AnnotationKind::Event:
        return idOf(m_document.events, row);
    }
    return 0;
}

int ReviewSession::rowOf(AnnotationKind kind, qint64 id) const
{
    switch (kind) {
    case AnnotationKind::Mention:
        return indexOfId(m_document.mentions, id);
    case AnnotationKind::Affiliation:
        return indexOfId(m_document.affiliations, id);
    case AnnotationKind::Casualty:
        return indexOfId(m_document.casualties, id);
    case AnnotationKind::Event:
        return indexOfId(m_document.events, id);
    }
    return -1;
}

std::optional<Status> ReviewSession::status(AnnotationKind kind, int row) const
{
    if (row < 0 || row >= count(kind))
        return std::nullopt;
    switch (kind) {
    case AnnotationKind::Mention:
        return m_document.mentions.at(row).provenance.status;
    case AnnotationKind::Affiliation:
        return m_document.affiliations.at(row).provenance.status;
    case AnnotationKind::Casualty:
        return m_document.casualties.at(row).provenance.status;
    case AnnotationKind::Event:
        return m_document.events.at(row).provenance.status;
    }
    return std::nullopt;
}

std::optional<TextSpan> ReviewSession::span(AnnotationKind kind, int row) const
{
    if (row < 0 || row >= count(kind))
        return std::nullopt;
    switch (kind) {
    case AnnotationKind::Mention: {
        const Mention &mention = m_document.mentions.at(row);
        return TextSpan{mention.start, mention.end};
    }
    case AnnotationKind::Affiliation: {
        const Affiliation &affiliation = m_document.affiliations.at(row);
        return TextSpan{affiliation.start, affiliation.end};
    }
    case AnnotationKind::Casualty: {
        const CasualtyFigure &figure = m_document.casualties.at(row);
        return TextSpan{figure.start, figure.end};
    }
    case AnnotationKind::Event: {
        TextSpan result{INT_MAX, INT_MIN};
        for (qint64 id : m_document.events.at(row).casualtyIds) {
            const int figureRow = indexOfId(m_document.casualties, id);
            if (figureRow < 0)
                continue;
            const CasualtyFigure &figure = m_document.casualties.at(figureRow);
            result.start = std::min(result.start, figure.start);
            result.end = std::max(result.end, figure.end);
        }
        if (result.start == INT_MAX)
            return std::nullopt;
        return result;
    }
    }
    return std::nullopt;
}

QString ReviewSession::describe(AnnotationKind kind, int row) const
{
    if (row < 0 || row >= count(kind))
        return {};
    switch (kind) {
    case AnnotationKind::Mention:
        return m_document.mentions.at(row).text;
    case AnnotationKind::Affiliation: {
        const Affiliation &affiliation = m_document.affiliations.at(row);
        return tr("%1 %2 %3")
            .arg(affiliation.actor, VocabularyLabels::label(affiliation.relation),
                 affiliation.relationTarget);
    }
    case AnnotationKind::Casualty:
        return m_document.casualties.at(row).text;
    case AnnotationKind::Event: {
        const Event &event = m_document.events.at(row);
        return event.location.isEmpty() ? event.eventType
                                        : tr("%1 in %2").arg(event.eventType, event.location);
    }
    }
    return {};
}

bool ReviewSession::push(QUndoCommand *command)
{
    // The stack runs redo() inside push() and deletes the command there when redo() made it
    // obsolete, so the outcome is only known through the flag commandFailed() sets.
    m_commandFailed = false;
    m_undoStack.push(command);
    return !m_commandFailed;
}

bool ReviewSession::reload()
{
    std::optional<Document> document = m_store.loadDocument(articleId(), m_owner);
    if (!document) {
        reportProblem(tr("The article cannot be read again: %1").arg(m_store.lastError()));
        return false;
    }
    const AnnotationKind kinds[] = {AnnotationKind::Mention, AnnotationKind::Affiliation,
                                    AnnotationKind::Casualty, AnnotationKind::Event};
    for (AnnotationKind kind : kinds)
        emit annotationsAboutToBeReset(kind);
    m_document = std::move(*document);
    m_codePointLength = OffsetMap::codePointLength(m_document.article.text);
    reloadKnowledge();
    for (AnnotationKind kind : kinds) {
        emit annotationsReset(kind);
        emitReset(kind);
    }
    return true;
}

void ReviewSession::reloadKnowledge()
{
    m_knowledgeBase = ProjectKnowledge::load(m_store);
}

void ReviewSession::learn(const ProjectKnowledge::Lesson &lesson)
{
    if (lesson.entryAdded)
        m_knowledgeBase.addEntry(*lesson.entryAdded);
    else if (!lesson.aliasAdded.isEmpty())
        m_knowledgeBase.addAlias(lesson.entryId, lesson.aliasAdded);
}

template<typename T>
bool ReviewSession::replaceIn(QList<T> &list, AnnotationKind kind, const T &annotation)
{
    const int row = indexOfId(list, annotation.id);
    if (row < 0)
        return false;
    list[row] = annotation;
    emitChanged(kind, row);
    return true;
}

// Rows stay in id order (see the class comment): a new annotation has the highest id and goes
// last; a restored one goes back where it was.
template<typename T>
bool ReviewSession::insertIn(QList<T> &list, AnnotationKind kind, const T &annotation)
{
    if (indexOfId(list, annotation.id) >= 0)
        return false;
    const auto at = std::lower_bound(list.cbegin(), list.cend(), annotation.id,
                                     [](const T &a, qint64 id) { return a.id < id; });
    const int row = int(at - list.cbegin());
    emit annotationAboutToBeInserted(kind, row);
    list.insert(row, annotation);
    emit annotationInserted(kind, row);
    emitReset(kind);
    return true;
}

bool ReviewSession::replace(const Mention &mention)
{
    return replaceIn(m_document.mentions, AnnotationKind::Mention, mention);
}

bool ReviewSession::replace(const Affiliation &affiliation)
{
    return replaceIn(m_document.affiliations, AnnotationKind::Affiliation, affiliation);
}

bool ReviewSession::replace(const CasualtyFigure &figure)
{
    return replaceIn(m_document.casualties, AnnotationKind::Casualty, figure);
}

bool ReviewSession::replace(const Event &event)
{
    return replaceIn(m_document.events, AnnotationKind::Event, event);
}

bool ReviewSession::insert(const Mention &mention)
{
    return insertIn(m_document.mentions, AnnotationKind::Mention, mention);
}

bool ReviewSession::insert(const Affiliation &affiliation)
{
    return insertIn(m_document.affiliations, AnnotationKind::Affiliation, affiliation);
}

bool ReviewSession::insert(const CasualtyFigure &figure)
{
    return insertIn(m_document.casualties, AnnotationKind::Casualty, figure);
}

bool ReviewSession::insert(const Event &event)
{
    return insertIn(m_document.events, AnnotationKind::Event, event);
}

bool ReviewSession::erase(AnnotationKind kind, qint64 id)
{
    const int row = rowOf(kind, id);
    if (row < 0)
        return false;
    emit annotationAboutToBeRemoved(kind, row);
    switch (kind) {
    case AnnotationKind::Mention:
        m_document.mentions.removeAt(row);
        break;
    case AnnotationKind::Affiliation:
        m_document.affiliations.removeAt(row);
        break;
    case AnnotationKind::Casualty:
        m_document.casualties.removeAt(row);
        break;
    case AnnotationKind::Event:
        m_document.events.removeAt(row);
        break;
    }
    emit annotationRemoved(kind, row);
    emitReset(kind);
    return true;
}

// The per-kind signals after the generic one. Insertions and removals reach the per-kind
// listeners as a reset (they have no insert/remove signals of their own); the generic
// annotationsReset is not emitted for them, so the models do not reset twice.
void ReviewSession::emitChanged(AnnotationKind kind, int row)
{
    emit annotationChanged(kind, row);
    switch (kind) {
    case AnnotationKind::Mention:
        emit mentionChanged(row);
        break;
    case AnnotationKind::Affiliation:
        emit affiliationChanged(row);
        break;
    case AnnotationKind::Casualty:
        emit casualtyChanged(row);
        break;
    case AnnotationKind::Event:
        emit eventChanged(row);
        break;
    }
}

void ReviewSession::emitReset(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Mention:
        emit mentionsReset();
        break;
    case AnnotationKind::Affiliation:
        emit affiliationsReset();
        break;
    case AnnotationKind::Casualty:
        emit casualtiesReset();
        break;
    case AnnotationKind::Event:
        emit eventsReset();
        break;
    }
}

void ReviewSession::commandFailed(const QString &message)
{
    m_commandFailed = true;
    reportProblem(message);
}

void ReviewSession::reportProblem(const QString &message)
{
    m_lastError = message;
    emit failed(message);
}

void ReviewSession::reportSaved(const QString &what)
{
    emit saved(what);
}
