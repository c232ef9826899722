#include "core/review/eventmodel.h"

#include "core/review/reviewsession.h"
#include "core/review/vocabularylabels.h"

#include <QStringList>

namespace {

QString eventType(const Event &event)
{
    if (event.subEventType.isEmpty())
        return event.eventType;
    return EventModel::tr("%1 / %2").arg(event.eventType, event.subEventType);
}

// The ACLED actor columns in one cell: actor 1 (with its associated actor), then actor 2.
// The order says nothing about who attacked (codebook section 5).
QString actors(const Event &event)
{
    auto side = [](const QString &actor, const QString &associated) {
        if (associated.isEmpty())
            return actor;
        return EventModel::tr("%1 (with %2)").arg(actor, associated);
    };
    QStringList sides;
    if (!event.actor1.isEmpty())
        sides << side(event.actor1, event.assocActor1);
    if (!event.actor2.isEmpty())
        sides << side(event.actor2, event.assocActor2);
    return sides.join(EventModel::tr("; "));
}

} // namespace

EventModel::EventModel(ReviewSession *session, QObject *parent)
    : AnnotationTableModel(session, AnnotationKind::Event, parent)
{
}

QString EventModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case TypeColumn:
        return tr("Type");
    case ActorsColumn:
        return tr("Actors");
    case LocationColumn:
        return tr("Location");
    case AdminOneColumn:
        return tr("Admin1");
    case DateColumn:
        return tr("Date");
    case FatalitiesColumn:
        return tr("Fatalities");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventModel::cell(int row, int column) const
{
    const Event &event = session()->document().events.at(row);
    switch (Column(column)) {
    case TypeColumn:
        return eventType(event);
    case ActorsColumn:
        return actors(event);
    case LocationColumn:
        return event.location;
    case AdminOneColumn:
        return event.admin1;
    case DateColumn:
        return event.date.isValid() ? QVariant(event.date.toString(Qt::ISODate)) : QVariant();
    case FatalitiesColumn:
        return event.fatalities;
    case StatusColumn:
        return VocabularyLabels::label(event.provenance.status);
    case ColumnCount:
        break;
    }
    return {};
}

bool EventModel::isNumeric(int column) const
{
    switch (Column(column)) {
    case FatalitiesColumn:
        return true;
    default:
        return false;
    }
}
