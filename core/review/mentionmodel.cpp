#include "core/review/mentionmodel.h"

#include "core/review/reviewsession.h"
#include "core/review/vocabularylabels.h"

MentionModel::MentionModel(ReviewSession *session, QObject *parent)
    : AnnotationTableModel(session, AnnotationKind::Mention, parent)
{
}

QString MentionModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case TextColumn:
        return tr("Text");
    case TypeColumn:
        return tr("Type");
    case CanonicalColumn:
        return tr("Canonical");
    case StatusColumn:
        return tr("Status");
    case OriginColumn:
        return tr("Origin");
    case ConfidenceColumn:
        return tr("Confidence");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MentionModel::cell(int row, int column) const
{
    const Mention &mention = session()->document().mentions.at(row);
    switch (Column(column)) {
    case TextColumn:
        return mention.text;
    case TypeColumn:
        return VocabularyLabels::label(mention.type);
    case CanonicalColumn:
        return mention.canonical;
    case StatusColumn:
        return VocabularyLabels::label(mention.provenance.status);
    case OriginColumn:
        return mention.provenance.origin;
    case ConfidenceColumn:
        return mention.provenance.confidence;
    case ColumnCount:
        break;
    }
    return {};
}

bool MentionModel::isNumeric(int column) const
{
    switch (Column(column)) {
    case ConfidenceColumn:
        return true;
    default:
        return false;
    }
}
