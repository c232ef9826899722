#pragma once

#include "core/quality/prfcounts.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class TraineeScore;

// The score table of the feedback view: one row per entity type the gold or the trainee used
// (strict precision, recall and F1, lenient F1), a row for all mentions together, and one row
// each for affiliations, casualty figures and events when either reading has any. Numbers are
// shown with two decimals; ValueRole gives the unrounded figure. A snapshot: the model copies
// what it shows from the score and does not follow later changes to it.
class TraineeScoreModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Label, Gold, Trainee, StrictPrecision, StrictRecall, StrictF1, LenientF1, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, // double, or invalid for a cell without a number
        KeyRole,                      // the row's key: an entity type spelling, "all", "affiliation", ...
    };

    explicit TraineeScoreModel(const TraineeScore &score, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString label;
        PrfCounts strict;
        PrfCounts lenient;
        bool hasLenient = true;
        bool isTotal = false;
    };
    QList<Row> m_rows;
};
