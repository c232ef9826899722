#include "core/quality/confusionmatrixmodel.h"

#include "core/review/vocabularylabels.h"

#include <QColor>

ConfusionMatrixModel::ConfusionMatrixModel(const ConfusionMatrix &matrix, QObject *parent)
    : QAbstractTableModel(parent), m_matrix(matrix), m_labels(matrix.labels())
{
}

QString ConfusionMatrixModel::displayLabel(const QString &label)
{
    if (label == ConfusionMatrix::noLabel())
        return tr("(none)");
    const std::optional<EntityType> type = fromString<EntityType>(label);
    return type ? VocabularyLabels::label(*type) : label;
}

int ConfusionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

int ConfusionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

QVariant ConfusionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const QString &gold = m_labels.at(index.row());
    const QString &other = m_labels.at(index.column());
    const int count = m_matrix.count(gold, other);
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(count);
    case ValueRole:
        return count;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (count == 0)
            return QVariant();
        // Translucent tints read on light and dark palettes alike.
        return gold == other ? QColor(0x00, 0x9E, 0x73, 70) : QColor(0xD5, 0x5E, 0x00, 70);
    case Qt::ToolTipRole:
        return tr("Gold %1, trainee %2: %n mention(s)", nullptr, count)
            .arg(displayLabel(gold), displayLabel(other));
    }
    return QVariant();
}

QVariant ConfusionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_labels.size())
        return QVariant();
    if (role == LabelRole)
        return m_labels.at(section);
    if (role == Qt::DisplayRole)
        return displayLabel(m_labels.at(section));
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("Gold: %1").arg(displayLabel(m_labels.at(section)))
                                           : tr("Trainee: %1").arg(displayLabel(m_labels.at(section)));
    return QVariant();
}
