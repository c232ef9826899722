#include "core/quality/disagreementmodel.h"

#include "core/quality/guidelineanchors.h"

DisagreementModel::DisagreementModel(const QList<Disagreement> &disagreements, QObject *parent)
    : QAbstractTableModel(parent), m_disagreements(disagreements)
{
}

QString DisagreementModel::kindLabel(Disagreement::Kind kind)
{
    switch (kind) {
    case Disagreement::Kind::Missed:
        return tr("Missed");
    case Disagreement::Kind::Extra:
        return tr("Extra");
    case Disagreement::Kind::WrongType:
        return tr("Wrong type");
    case Disagreement::Kind::WrongSpan:
        return tr("Wrong span");
    case Disagreement::Kind::WrongValue:
        return tr("Wrong value");
    }
    return QString();
}

QString DisagreementModel::annotationLabel(const Disagreement &disagreement)
{
    QString what;
    if (disagreement.annotation == QLatin1String("mention"))
        what = tr("mention");
    else if (disagreement.annotation == QLatin1String("affiliation"))
        what = tr("affiliation");
    else if (disagreement.annotation == QLatin1String("casualty"))
        what = tr("casualty figure");
    else if (disagreement.annotation == QLatin1String("event"))
        what = tr("event");
    else
        what = disagreement.annotation;
    if (disagreement.field.isEmpty())
        return what;
    //: an annotation and one of its fields: "casualty figure: best"
    return tr("%1: %2").arg(what, disagreement.field);
}

int DisagreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_disagreements.size());
}

int DisagreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisagreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Disagreement &d = m_disagreements.at(index.row());
    switch (role) {
    case StartRole:
        return d.start;
    case EndRole:
        return d.end;
    case RuleRole:
        return d.ruleId;
    case KindRole:
        return toString(d.kind);
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindLabel(d.kind);
        case AnnotationColumn:
            return annotationLabel(d);
        case ExplanationColumn:
            return d.explanation;
        }
        break;
    case Qt::ToolTipRole:
        if (!d.ruleId.isEmpty())
            return tr("%1\nGuideline: section %2, %3")
                .arg(d.explanation, GuidelineAnchors::section(d.ruleId),
                     GuidelineAnchors::title(d.ruleId));
        return d.explanation;
    }
    return QVariant();
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case AnnotationColumn:
        return tr("Annotation");
    case ExplanationColumn:
        return tr("Explanation");
    }
    return QVariant();
}
