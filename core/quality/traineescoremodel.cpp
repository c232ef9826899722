#include "core/quality/traineescoremodel.h"

#include "core/quality/traineescore.h"
#include "core/review/vocabularylabels.h"

#include <QFont>
#include <QLocale>

TraineeScoreModel::TraineeScoreModel(const TraineeScore &score, QObject *parent)
    : QAbstractTableModel(parent)
{
    QStringList types = score.strictByType().keys();
    for (const QString &type : score.lenientByType().keys()) {
        if (!types.contains(type))
            types.append(type);
    }
    types.sort();
    for (const QString &type : types) {
        const std::optional<EntityType> known = fromString<EntityType>(type);
        m_rows.append({type, known ? VocabularyLabels::label(*known) : type,
                       score.strictByType().value(type), score.lenientByType().value(type), true,
                       false});
    }
    if (!types.isEmpty())
        m_rows.append({QStringLiteral("all"), tr("All mentions"), score.strictTotal(),
                       score.lenientTotal(), true, true});
    const auto annotationRow = [this](const QString &key, const QString &label,
                                      const PrfCounts &counts) {
        if (counts.truePositives + counts.falsePositives + counts.falseNegatives > 0)
            m_rows.append({key, label, counts, counts, false, false});
    };
    annotationRow(QStringLiteral("affiliation"), tr("Affiliations"), score.affiliations());
    annotationRow(QStringLiteral("casualty"), tr("Casualty figures"), score.casualties());
    annotationRow(QStringLiteral("event"), tr("Events"), score.events());
}

int TraineeScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraineeScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraineeScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (role == KeyRole)
        return row.key;
    if (role == Qt::FontRole && row.isTotal) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Label)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);

    QVariant value;
    switch (index.column()) {
    case Label:
        return role == Qt::DisplayRole ? QVariant(row.label) : QVariant();
    case Gold:
        value = row.strict.truePositives + row.strict.falseNegatives;
        break;
    case Trainee:
        value = row.strict.truePositives + row.strict.falsePositives;
        break;
    case StrictPrecision:
        value = row.strict.precision();
        break;
    case StrictRecall:
        value = row.strict.recall();
        break;
    case StrictF1:
        value = row.strict.f1();
        break;
    case LenientF1:
        if (row.hasLenient)
            value = row.lenient.f1();
        break;
    }
    if (role == ValueRole)
        return value;
    if (role == Qt::DisplayRole) {
        if (!value.isValid())
            return QStringLiteral("\u2013");
        if (value.typeId() == QMetaType::Double)
            return QLocale().toString(value.toDouble(), 'f', 2);
        return QLocale().toString(value.toInt());
    }
    if (role == Qt::ToolTipRole && !row.hasLenient && index.column() == LenientF1)
        return tr("Annotations other than mentions are scored by their fields, not by span "
                  "overlap.");
    return QVariant();
}

QVariant TraineeScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return tr("Label");
    case Gold:
        return tr("Gold");
    case Trainee:
        return tr("Trainee");
    case StrictPrecision:
        return tr("Precision");
    case StrictRecall:
        return tr("Recall");
    case StrictF1:
        return tr("F1 (strict)");
    case LenientF1:
        return tr("F1 (lenient)");
    }
    return QVariant();
}
