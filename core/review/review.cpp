#include "core/review/review.h"

#include "core/review/reviewcommands.h"
#include "core/review/reviewsession.h"
#include "core/review/vocabularylabels.h"

#include <climits>
#include <tuple>

namespace {

bool refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Pushes the command; on a store failure hands the session's message back.
bool pushed(ReviewSession &session, QUndoCommand *command, QString *error)
{
    if (session.push(command))
        return true;
    return refuse(error, session.lastError());
}

// The place of a row in the walk between proposals (see Review::nextProposal).
using WalkKey = std::tuple<int, int, int, int>; // start, end, kind, row

WalkKey walkKey(const ReviewSession &session, AnnotationKind kind, int row)
{
    const std::optional<TextSpan> span = session.span(kind, row);
    if (!span)
        return {INT_MAX, INT_MAX, int(kind), row};
    return {span->start, span->end, int(kind), row};
}

const AnnotationKind allKinds[] = {AnnotationKind::Mention, AnnotationKind::Affiliation,
                                   AnnotationKind::Casualty, AnnotationKind::Event};

std::optional<Review::Position> walk(const ReviewSession &session, AnnotationKind fromKind,
                                     int fromRow, Review::Walk scope, bool forward)
{
    const bool fromEdge = fromRow < 0 || fromRow >= session.count(fromKind);
    const WalkKey from = fromEdge ? WalkKey{} : walkKey(session, fromKind, fromRow);
    std::optional<WalkKey> best;
    std::optional<Review::Position> found;
    for (AnnotationKind kind : allKinds) {
        if (scope == Review::Walk::SameKind && kind != fromKind)
            continue;
        for (int row = 0; row < session.count(kind); ++row) {
            if (session.status(kind, row) != Status::Proposed)
                continue;
            const WalkKey key = walkKey(session, kind, row);
            if (!fromEdge && (forward ? !(from < key) : !(key < from)))
                continue;
            if (!best || (forward ? key < *best : *best < key)) {
                best = key;
                found = Review::Position{kind, row};
            }
        }
    }
    return found;
}

bool validRow(const ReviewSession &session, AnnotationKind kind, int row)
{
    return row >= 0 && row < session.count(kind);
}

} // namespace

QString Review::checkSpan(const ReviewSession &session, int start, int end)
{
    if (start < 0 || end < 0)
        return tr("A span cannot start or end before the text (%1 to %2).").arg(start).arg(end);
    if (start >= end)
        return tr("A span must start before it ends (%1 to %2).").arg(start).arg(end);
    if (end > session.codePointLength())
        return tr("The span %1 to %2 runs past the end of the text (%3 characters).")
            .arg(start)
            .arg(end)
            .arg(session.codePointLength());
    if (session.slice(start, end).trimmed().isEmpty())
        return tr("The span %1 to %2 holds only spaces.").arg(start).arg(end);
    return {};
}

QString Review::checkMention(const ReviewSession &session, const Mention &value)
{
    const QString span = checkSpan(session, value.start, value.end);
    if (!span.isEmpty())
        return span;
    if (!value.kbId.isEmpty() && !session.knowledgeBase().entry(value.kbId))
        return tr("The knowledge base has no entry \u201c%1\u201d.").arg(value.kbId);
    return {};
}

QString Review::checkAffiliation(const ReviewSession &session, const Affiliation &value)
{
    const QString span = checkSpan(session, value.start, value.end);
    if (!span.isEmpty())
        return span;
    if (value.actor.trimmed().isEmpty())
        return tr("An affiliation needs an actor.");
    if (value.relationTarget.trimmed().isEmpty())
        return tr("An affiliation needs a target: whom the actor is %1.")
            .arg(VocabularyLabels::label(value.relation));
    if (value.actor.trimmed() == value.relationTarget.trimmed())
        return tr("An actor cannot be %1 itself.").arg(VocabularyLabels::label(value.relation));
    return {};
}

QString Review::checkCasualty(const ReviewSession &session, const CasualtyFigure &value)
{
    const QString span = checkSpan(session, value.start, value.end);
    if (!span.isEmpty())
        return span;
    if ((value.low && *value.low < 0) || (value.best && *value.best < 0)
        || (value.high && *value.high < 0))
        return tr("A number of people cannot be negative.");
    // Pairwise, because any of the three may be unknown ("up to 40" has no low).
    if (value.low && value.best && *value.low > *value.best)
        return tr("The low figure (%1) cannot be above the best (%2).")
            .arg(*value.low)
            .arg(*value.best);
    if (value.best && value.high && *value.best > *value.high)
        return tr("The best figure (%1) cannot be above the high (%2).")
            .arg(*value.best)
            .arg(*value.high);
    if (value.low && value.high && *value.low > *value.high)
        return tr("The low figure (%1) cannot be above the high (%2).")
            .arg(*value.low)
            .arg(*value.high);
    return {};
}

QString Review::checkEvent(const Event &value)
{
    if (value.eventType.trimmed().isEmpty())
        return tr("An event needs a type (Battles, Explosions/Remote violence, ...).");
    if (value.actor1.trimmed().isEmpty())
        return tr("An event needs at least its first actor.");
    if (value.fatalities < 0)
        return tr("Fatalities cannot be negative.");
    if (!value.date.isValid() && value.timePrecision != 0)
        return tr("An event with a date precision needs a date.");
    if (value.geoPrecision < 0 || value.geoPrecision > 3)
        return tr("The place precision is 1 (named town), 2 (near a town) or 3 (region only).");
    if (value.timePrecision < 0 || value.timePrecision > 3)
        return tr("The date precision is 1 (day), 2 (week) or 3 (month).");
    return {};
}

bool Review::accept(ReviewSession &session, AnnotationKind kind, int row, QString *error)
{
    if (!validRow(session, kind, row))
        return refuse(error, tr("There is no annotation in row %1 to accept.").arg(row + 1));
    const Status status = *session.status(kind, row);
    if (status == Status::Confirmed || status == Status::Corrected || status == Status::Manual)
        return true;
    return pushed(session,
                  new SetStatusCommand(session, kind, session.idAt(kind, row),
                                       Status::Confirmed),
                  error);
}

bool Review::reject(ReviewSession &session, AnnotationKind kind, int row, QString *error)
{
    if (!validRow(session, kind, row))
        return refuse(error, tr("There is no annotation in row %1 to reject.").arg(row + 1));
    if (*session.status(kind, row) == Status::Rejected)
        return true;
    return pushed(session,
                  new SetStatusCommand(session, kind, session.idAt(kind, row),
                                       Status::Rejected),
                  error);
}

bool Review::editMention(ReviewSession &session, int row, const Mention &newValue,
                         QString *error)
{
    if (!validRow(session, AnnotationKind::Mention, row))
        return refuse(error, tr("There is no mention in row %1 to correct.").arg(row + 1));
    const Mention &old = session.document().mentions.at(row);
    Mention value = old;
    value.type = newValue.type;
    value.start = newValue.start;
    value.end = newValue.end;
    value.kbId = newValue.kbId.trimmed();
    const QString problem = checkMention(session, value);
    if (!problem.isEmpty())
        return refuse(error, problem);
    value.text = session.slice(value.start, value.end);
    value.canonical = newValue.canonical.trimmed().isEmpty() ? value.text
                                                             : newValue.canonical.trimmed();
    if (value.type == old.type && value.start == old.start && value.end == old.end
        && value.kbId == old.kbId && value.canonical == old.canonical)
        return true;
    return pushed(session, new EditMentionCommand(session, value), error);
}

bool Review::editAffiliation(ReviewSession &session, int row, const Affiliation &newValue,
                             QString *error)
{
    if (!validRow(session, AnnotationKind::Affiliation, row))
        return refuse(error,
                      tr("There is no affiliation in row %1 to correct.").arg(row + 1));
    const Affiliation &old = session.document().affiliations.at(row);
    Affiliation value = old;
    value.actor = newValue.actor.trimmed();
    value.relationTarget = newValue.relationTarget.trimmed();
    value.relation = newValue.relation;
    value.former = newValue.former;
    value.stance = newValue.stance;
    value.attributedTo = newValue.attributedTo.trimmed();
    value.start = newValue.start;
    value.end = newValue.end;
    const QString problem = checkAffiliation(session, value);
    if (!problem.isEmpty())
        return refuse(error, problem);
    if (value.actor == old.actor && value.relationTarget == old.relationTarget
        && value.relation == old.relation && value.former == old.former
        && value.stance == old.stance && value.attributedTo == old.attributedTo
        && value.start == old.start && value.end == old.end)
        return true;
    return pushed(session, new EditAffiliationCommand(session, value), error);
}

bool Review::editCasualty(ReviewSession &session, int row, const CasualtyFigure &newValue,
                          QString *error)
{
    if (!validRow(session, AnnotationKind::Casualty, row))
        return refuse(error,
                      tr("There is no casualty figure in row %1 to correct.").arg(row + 1));
    const CasualtyFigure &old = session.document().casualties.at(row);
    CasualtyFigure value = old;
    value.kind = newValue.kind;
    value.victim = newValue.victim.trimmed();
    value.perpetrator = newValue.perpetrator.trimmed();
    value.low = newValue.low;
    value.best = newValue.best;
    value.high = newValue.high;
    value.precision = newValue.precision;
    value.hedged = newValue.hedged;
    value.scope = newValue.scope;
    value.start = newValue.start;
    value.end = newValue.end;
    const QString problem = checkCasualty(session, value);
    if (!problem.isEmpty())
        return refuse(error, problem);
    value.text = session.slice(value.start, value.end);
    if (value.kind == old.kind && value.victim == old.victim
        && value.perpetrator == old.perpetrator && value.low == old.low
        && value.best == old.best && value.high == old.high && value.precision == old.precision
        && value.hedged == old.hedged && value.scope == old.scope && value.start == old.start
        && value.end == old.end)
        return true;
    return pushed(session, new EditCasualtyCommand(session, value), error);
}

bool Review::editEvent(ReviewSession &session, int row, const Event &newValue, QString *error)
{
    if (!validRow(session, AnnotationKind::Event, row))
        return refuse(error, tr("There is no event in row %1 to correct.").arg(row + 1));
    const Event &old = session.document().events.at(row);
    Event value = old;
    value.eventType = newValue.eventType.trimmed();
    value.subEventType = newValue.subEventType.trimmed();
    value.actor1 = newValue.actor1.trimmed();
    value.assocActor1 = newValue.assocActor1.trimmed();
    value.actor2 = newValue.actor2.trimmed();
    value.assocActor2 = newValue.assocActor2.trimmed();
    value.location = newValue.location.trimmed();
    value.admin1 = newValue.admin1.trimmed();
    value.geoPrecision = newValue.geoPrecision;
    value.date = newValue.date;
    value.timePrecision = newValue.timePrecision;
    value.fatalities = newValue.fatalities;
    value.sources = newValue.sources;
    value.notes = newValue.notes.trimmed();
    const QString problem = checkEvent(value);
    if (!problem.isEmpty())
        return refuse(error, problem);
    if (value.eventType == old.eventType && value.subEventType == old.subEventType
        && value.actor1 == old.actor1 && value.assocActor1 == old.assocActor1
        && value.actor2 == old.actor2 && value.assocActor2 == old.assocActor2
        && value.location == old.location && value.admin1 == old.admin1
        && value.geoPrecision == old.geoPrecision && value.date == old.date
        && value.timePrecision == old.timePrecision && value.fatalities == old.fatalities
        && value.sources == old.sources && value.notes == old.notes)
        return true;
    return pushed(session, new EditEventCommand(session, value), error);
}

bool Review::nudgeSpan(ReviewSession &session, AnnotationKind kind, int row,
                       SpanNudger::Edge edge, SpanNudger::Direction direction, QString *error)
{
    if (kind == AnnotationKind::Event)
        return refuse(error, tr("An event has no span of its own: adjust its figures."));
    const auto span = session.span(kind, row);
    if (!validRow(session, kind, row) || !span)
        return refuse(error, tr("There is no annotation in row %1 to adjust.").arg(row + 1));
    const auto moved = SpanNudger(session.article().text).nudge(*span, edge, direction);
    if (!moved)
        return refuse(error, direction == SpanNudger::Direction::Forward
                                 ? tr("The span cannot move further that way.")
                                 : tr("The span cannot shrink or move further that way."));
    const Document &document = session.document();
    switch (kind) {
    case AnnotationKind::Mention: {
        Mention value = document.mentions.at(row);
        value.start = moved->start;
        value.end = moved->end;
        return editMention(session, row, value, error);
    }
    case AnnotationKind::Affiliation: {
        Affiliation value = document.affiliations.at(row);
        value.start = moved->start;
        value.end = moved->end;
        return editAffiliation(session, row, value, error);
    }
    case AnnotationKind::Casualty: {
        CasualtyFigure value = document.casualties.at(row);
        value.start = moved->start;
        value.end = moved->end;
        return editCasualty(session, row, value, error);
    }
    case AnnotationKind::Event:
        break;
    }
    return false;
}

bool Review::addMention(ReviewSession &session, int start, int end, EntityType type,
                        QString *error)
{
    const QString problem = checkSpan(session, start, end);
    if (!problem.isEmpty())
        return refuse(error, problem);
    Mention mention;
    mention.start = start;
    mention.end = end;
    mention.text = session.slice(start, end);
    mention.type = type;
    for (const Mention &other : session.document().mentions) {
        if (other.start == start && other.end == end && other.type == type)
            return refuse(error, tr("\u201c%1\u201d is already marked there as %2.")
                                     .arg(mention.text, VocabularyLabels::label(type)));
    }
    mention.canonical = mention.text;
    for (const KbEntry *entry : session.knowledgeBase().lookup(mention.text)) {
        if (entry->type == type) {
            mention.kbId = entry->id;
            mention.canonical = entry->canonical;
            break;
        }
    }
    mention.provenance.status = Status::Manual;
    mention.provenance.origin = QStringLiteral("manual");
    mention.provenance.confidence = 1.0;
    return pushed(session, new AddMentionCommand(session, mention), error);
}

bool Review::remove(ReviewSession &session, AnnotationKind kind, int row, QString *error)
{
    if (!validRow(session, kind, row))
        return refuse(error, tr("There is no annotation in row %1 to delete.").arg(row + 1));
    return pushed(session, new RemoveAnnotationCommand(session, kind, session.idAt(kind, row)),
                  error);
}

std::optional<Review::Position> Review::nextProposal(const ReviewSession &session,
                                                     AnnotationKind fromKind, int fromRow,
                                                     Walk walkScope)
{
    return walk(session, fromKind, fromRow, walkScope, true);
}

std::optional<Review::Position> Review::previousProposal(const ReviewSession &session,
                                                         AnnotationKind fromKind, int fromRow,
                                                         Walk walkScope)
{
    return walk(session, fromKind, fromRow, walkScope, false);
}
