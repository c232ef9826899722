#pragma once

#include "core/quality/confusionmatrix.h"

#include <QAbstractTableModel>
#include <QStringList>

// A confusion matrix as a table: one row per gold label, one column per label the other
// reader (the trainee) gave, the count in each cell, "none" last on both sides. Agreeing
// cells (the diagonal) and confusions are tinted differently, and every count is printed, so
// the tint is never the only cue. ValueRole gives the count as an int.
class ConfusionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ValueRole = Qt::UserRole + 1, LabelRole };

    explicit ConfusionMatrixModel(const ConfusionMatrix &matrix, QObject *parent = nullptr);

    QStringList labels() const { return m_labels; }
    // An entity type spelling in the user's language; "none" as "(none)".
    static QString displayLabel(const QString &label);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ConfusionMatrix m_matrix;
    QStringList m_labels;
};
