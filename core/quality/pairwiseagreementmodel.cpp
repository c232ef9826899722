#include "core/quality/pairwiseagreementmodel.h"

#include "core/quality/agreement.h"
#include "core/quality/agreementunits.h"
#include "core/quality/spanagreement.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

PairwiseAgreementModel::PairwiseAgreementModel(const QList<AnnotatorMentions> &articles,
                                               QObject *parent)
    : QAbstractTableModel(parent), m_articles(articles)
{
    recompute();
}

void PairwiseAgreementModel::setMeasure(Measure measure, SpanMatch match)
{
    if (measure == m_measure && match == m_match)
        return;
    beginResetModel();
    m_measure = measure;
    m_match = match;
    recompute();
    endResetModel();
}

void PairwiseAgreementModel::recompute()
{
    const PairwiseSpanAgreement spans(m_articles, m_match);
    m_annotators = spans.annotators();
    AgreementUnits units(m_annotators, m_match);
    for (const AnnotatorMentions &article : m_articles)
        units.add(article);

    m_cells.clear();
    for (const QString &first : m_annotators) {
        QList<Cell> row;
        for (const QString &second : m_annotators) {
            Cell cell;
            if (first == second) {
                cell.why = tr("An annotator with itself.");
            } else if (!spans.f1(first, second)) {
                cell.why = tr("%1 and %2 read no article in common.").arg(first, second);
            } else if (m_measure == Measure::SpanF1) {
                cell.value = spans.f1(first, second);
            } else {
                const AgreementResult kappa =
                    CohenKappa::compute(units.labelsOf(first), units.labelsOf(second));
                cell.value = kappa.value;
                cell.why = kappa.error;
            }
            row.append(cell);
        }
        m_cells.append(row);
    }
}

std::optional<double> PairwiseAgreementModel::value(int row, int column) const
{
    if (row < 0 || row >= m_cells.size() || column < 0 || column >= m_cells.size())
        return std::nullopt;
    return m_cells.at(row).at(column).value;
}

QColor PairwiseAgreementModel::heat(double value)
{
    // From a pale to a deep Okabe-Ito blue (0x00 0x72 0xB2).
    const double t = std::clamp(value, 0.0, 1.0);
    const auto mix = [t](int pale, int deep) { return int(pale + (deep - pale) * t + 0.5); };
    return QColor(mix(0xEE, 0x00), mix(0xF4, 0x4A), mix(0xFA, 0x80));
}

QColor PairwiseAgreementModel::textOn(double value)
{
    return value > 0.55 ? QColor(Qt::white) : QColor(Qt::black);
}

int PairwiseAgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotators.size());
}

int PairwiseAgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotators.size());
}

QVariant PairwiseAgreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Cell &cell = m_cells.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.value ? QLocale().toString(*cell.value, 'f', 2) : QStringLiteral("\u2013");
    case ValueRole:
        return cell.value ? QVariant(*cell.value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return cell.value ? QVariant(heat(*cell.value)) : QVariant();
    case Qt::ForegroundRole:
        return cell.value ? QVariant(textOn(*cell.value)) : QVariant();
    case Qt::ToolTipRole: {
        if (!cell.value)
            return cell.why;
        const QString measure = m_measure == Measure::SpanF1 ? tr("span F1") : tr("Cohen's kappa");
        return tr("%1 and %2: %3 %4")
            .arg(m_annotators.at(index.row()), m_annotators.at(index.column()), measure,
                 QLocale().toString(*cell.value, 'f', 3));
    }
    }
    return QVariant();
}

QVariant PairwiseAgreementModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= m_annotators.size())
        return QVariant();
    return m_annotators.at(section);
}
