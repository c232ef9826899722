#pragma once

#include "core/quality/disagreement.h"

#include <QAbstractTableModel>
#include <QList>

// The list of a trainee's disagreements with gold, one row per Disagreement in the order
// given (TraineeScore gives text order): what kind, which annotation (and field), and the
// explanation. The roles carry what the feedback view needs to show the place in the text and
// the guideline rule.
class DisagreementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, AnnotationColumn, ExplanationColumn, ColumnCount };
    enum Role {
        StartRole = Qt::UserRole + 1, // int, code points; -1 when the disagreement has no span
        EndRole,                      // int, code points, exclusive
        RuleRole,                     // QString, a GuidelineAnchors id
        KindRole,                     // QString, toString(Disagreement::Kind)
    };

    explicit DisagreementModel(const QList<Disagreement> &disagreements, QObject *parent = nullptr);

    const Disagreement &disagreement(int row) const { return m_disagreements.at(row); }

    // The kind as the list shows it: "Missed", "Wrong type", ...
    static QString kindLabel(Disagreement::Kind kind);
    // "mention", "casualty figure: best figure", ... in the user's language.
    static QString annotationLabel(const Disagreement &disagreement);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Disagreement> m_disagreements;
};
