#include "core/review/affiliationmodel.h"

#include "core/review/reviewsession.h"
#include "core/review/vocabularylabels.h"

AffiliationModel::AffiliationModel(ReviewSession *session, QObject *parent)
    : AnnotationTableModel(session, AnnotationKind::Affiliation, parent)
{
}

QString AffiliationModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case ActorColumn:
        return tr("Actor");
    case RelationColumn:
        return tr("Relation");
    case TargetColumn:
        return tr("Target");
    case FormerColumn:
        return tr("Former");
    case StanceColumn:
        return tr("Stance");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AffiliationModel::cell(int row, int column) const
{
    const Affiliation &affiliation = session()->document().affiliations.at(row);
    switch (Column(column)) {
    case ActorColumn:
        return affiliation.actor;
    case RelationColumn:
        return VocabularyLabels::label(affiliation.relation);
    case TargetColumn:
        return affiliation.relationTarget;
    case FormerColumn:
        return VocabularyLabels::yesNo(affiliation.former);
    case StanceColumn:
        return VocabularyLabels::label(affiliation.stance);
    case StatusColumn:
        return VocabularyLabels::label(affiliation.provenance.status);
    case ColumnCount:
        break;
    }
    return {};
}
