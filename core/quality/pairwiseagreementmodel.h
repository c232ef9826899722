#pragma once

#include "core/quality/annotatormentions.h"
#include "core/quality/mentionaligner.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <optional>

// The pairwise matrix of the agreement view: annotators down and across, in each cell how
// well the two agree on the articles both read: span F1 or Cohen's kappa on the span units
// (AgreementUnits), strict or lenient. Every cell prints its number and carries a heat tint
// (light for low, dark for high, one hue so that it reads in colour-vision deficiencies), the
// text turning white on the dark end. The diagonal, and a pair with no shared article or no
// computable kappa, shows a dash and says why in its tooltip.
class PairwiseAgreementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Measure { SpanF1, CohenKappa };
    enum Role { ValueRole = Qt::UserRole + 1 }; // double, or invalid for a dash

    PairwiseAgreementModel(const QList<AnnotatorMentions> &articles, QObject *parent = nullptr);

    void setMeasure(Measure measure, SpanMatch match);
    Measure measure() const { return m_measure; }
    SpanMatch match() const { return m_match; }
    QStringList annotators() const { return m_annotators; }
    // The figure of one pair, nothing when there is none (see the class comment).
    std::optional<double> value(int row, int column) const;

    // The heat tint of a value in 0..1 (clamped), and the text colour that reads on it.
    static QColor heat(double value);
    static QColor textOn(double value);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        std::optional<double> value;
        QString why; // the tooltip when there is no value
    };
    void recompute();

    QList<AnnotatorMentions> m_articles;
    QStringList m_annotators;
    Measure m_measure = Measure::SpanF1;
    SpanMatch m_match = SpanMatch::Strict;
    QList<QList<Cell>> m_cells;
};
