#include "core/review/casualtymodel.h"

#include "core/review/reviewsession.h"
#include "core/review/vocabularylabels.h"

namespace {

// An unknown number is an empty cell, not 0.
QVariant number(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

CasualtyModel::CasualtyModel(ReviewSession *session, QObject *parent)
    : AnnotationTableModel(session, AnnotationKind::Casualty, parent)
{
}

QString CasualtyModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case TextColumn:
        return tr("Text");
    case VictimColumn:
        return tr("Victim");
    case KindColumn:
        return tr("Kind");
    case LowColumn:
        return tr("Low");
    case BestColumn:
        return tr("Best");
    case HighColumn:
        return tr("High");
    case PrecisionColumn:
        return tr("Precision");
    case HedgedColumn:
        return tr("Hedged");
    case ScopeColumn:
        return tr("Scope");
    case PerpetratorColumn:
        return tr("Perpetrator");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CasualtyModel::cell(int row, int column) const
{
    const CasualtyFigure &figure = session()->document().casualties.at(row);
    switch (Column(column)) {
    case TextColumn:
        return figure.text;
    case VictimColumn:
        return figure.victim;
    case KindColumn:
        return VocabularyLabels::label(figure.kind);
    case LowColumn:
        return number(figure.low);
    case BestColumn:
        return number(figure.best);
    case HighColumn:
        return number(figure.high);
    case PrecisionColumn:
        return VocabularyLabels::label(figure.precision);
    case HedgedColumn:
        return VocabularyLabels::yesNo(figure.hedged);
    case ScopeColumn:
        return VocabularyLabels::label(figure.scope);
    case PerpetratorColumn:
        return figure.perpetrator;
    case StatusColumn:
        return VocabularyLabels::label(figure.provenance.status);
    case ColumnCount:
        break;
    }
    return {};
}

bool CasualtyModel::isNumeric(int column) const
{
    switch (Column(column)) {
    case LowColumn:
    case BestColumn:
    case HighColumn:
        return true;
    default:
        return false;
    }
}
