#pragma once

#include "core/quality/agreement.h"
#include "core/quality/annotatormentions.h"
#include "core/quality/mentionaligner.h"
#include "core/quality/prfcounts.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

// Agreement per entity type among several annotators, and over all types: the units compared,
// span F1 pooled over every pair of annotators, Cohen's kappa (two annotators only), Fleiss'
// kappa and Krippendorff's alpha (nominal). Coefficients are printed with their reading
// against the codebook's thresholds (AgreementVerdict); one that cannot be computed shows a
// dash and its reason as tooltip.
//
// The units are AgreementUnits' spans. For one type the units are those that at least one
// annotator marked with that type, and each annotator's value is reduced to "this type" or
// "something else" (another type, or nothing), a missing value staying missing: the question
// is whether the others saw the same thing as that type. Units nobody gave the type would only
// add agreements on "something else" and inflate the figure. The "All types" row keeps the
// full labels over every unit.
class TypeAgreementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Label, Units, SpanF1, Cohen, Fleiss, Alpha, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, KeyRole };

    TypeAgreementModel(const QList<AnnotatorMentions> &articles, SpanMatch match,
                       QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key; // entity type spelling, or "all"
        QString label;
        int units = 0;
        PrfCounts spans;
        AgreementResult cohen;
        AgreementResult fleiss;
        AgreementResult alpha;
    };
    QList<Row> m_rows;
};
