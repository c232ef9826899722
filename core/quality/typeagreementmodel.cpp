#include "core/quality/typeagreementmodel.h"

#include "core/quality/agreementunits.h"
#include "core/quality/agreementverdict.h"
#include "core/quality/spanagreement.h"
#include "core/review/vocabularylabels.h"

#include <QFont>
#include <QLocale>

namespace {

// The units at least one coder labelled `type`, each value reduced to `type`, "other" or
// missing (empty).
QList<QStringList> reduceToType(const QList<QStringList> &byCoder, const QString &type)
{
    const QString other = QStringLiteral("other");
    QList<QStringList> reduced(byCoder.size());
    const qsizetype units = byCoder.isEmpty() ? 0 : byCoder.first().size();
    for (qsizetype u = 0; u < units; ++u) {
        const bool anyone = std::any_of(byCoder.cbegin(), byCoder.cend(),
                                        [&](const QStringList &row) { return row.at(u) == type; });
        if (!anyone)
            continue;
        for (qsizetype c = 0; c < byCoder.size(); ++c) {
            const QString &value = byCoder.at(c).at(u);
            reduced[c].append(value.isEmpty() ? QString() : value == type ? type : other);
        }
    }
    return reduced;
}

AgreementResult cohenOf(const QList<QStringList> &byCoder)
{
    if (byCoder.size() != 2) {
        AgreementResult refused;
        refused.error = TypeAgreementModel::tr(
            "Cohen's kappa compares two annotators; the pairwise matrix shows each pair.");
        return refused;
    }
    return CohenKappa::compute(byCoder.at(0), byCoder.at(1));
}

} // namespace

TypeAgreementModel::TypeAgreementModel(const QList<AnnotatorMentions> &articles, SpanMatch match,
                                       QObject *parent)
    : QAbstractTableModel(parent)
{
    const PairwiseSpanAgreement spans(articles, match);
    const QStringList coders = spans.annotators();
    AgreementUnits units(coders, match);
    for (const AnnotatorMentions &article : articles)
        units.add(article);

    // Span counts pooled over every unordered pair of annotators.
    QMap<QString, PrfCounts> spansByType;
    PrfCounts spansTotal;
    for (int i = 0; i < coders.size(); ++i) {
        for (int j = i + 1; j < coders.size(); ++j) {
            const SpanAgreement pair = spans.pair(coders.at(i), coders.at(j));
            const QMap<QString, PrfCounts> byType = pair.byType();
            for (auto it = byType.cbegin(); it != byType.cend(); ++it)
                spansByType[it.key()] += it.value();
            spansTotal += pair.total();
        }
    }

    QStringList types;
    for (const QStringList &row : units.byCoder()) {
        for (const QString &label : row) {
            if (!label.isEmpty() && label != AgreementUnits::noLabel() && !types.contains(label))
                types.append(label);
        }
    }
    types.sort();
    for (const QString &type : types) {
        const QList<QStringList> reduced = reduceToType(units.byCoder(), type);
        const std::optional<EntityType> known = fromString<EntityType>(type);
        Row row;
        row.key = type;
        row.label = known ? VocabularyLabels::label(*known) : type;
        row.units = reduced.isEmpty() ? 0 : int(reduced.first().size());
        row.spans = spansByType.value(type);
        row.cohen = cohenOf(reduced);
        row.fleiss = FleissKappa::compute(reduced);
        row.alpha = KrippendorffAlpha::nominal(reduced);
        m_rows.append(row);
    }
    Row all;
    all.key = QStringLiteral("all");
    all.label = tr("All types");
    all.units = int(units.units().size());
    all.spans = spansTotal;
    all.cohen = cohenOf(units.byCoder());
    all.fleiss = FleissKappa::compute(units.byCoder());
    all.alpha = KrippendorffAlpha::nominal(units.byCoder());
    m_rows.append(all);
}

int TypeAgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TypeAgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TypeAgreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (role == KeyRole)
        return row.key;
    if (role == Qt::FontRole && row.key == QLatin1String("all")) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Label)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);

    switch (index.column()) {
    case Label:
        return role == Qt::DisplayRole ? QVariant(row.label) : QVariant();
    case Units:
        if (role == Qt::DisplayRole || role == ValueRole)
            return row.units;
        return QVariant();
    case SpanF1:
        if (role == Qt::DisplayRole)
            return QLocale().toString(row.spans.f1(), 'f', 3);
        if (role == ValueRole)
            return row.spans.f1();
        return QVariant();
    }

    const AgreementResult &result = index.column() == Cohen    ? row.cohen
                                    : index.column() == Fleiss ? row.fleiss
                                                               : row.alpha;
    switch (role) {
    case Qt::DisplayRole:
        return result.ok() ? AgreementVerdict::withWord(*result.value) : QStringLiteral("\u2013");
    case ValueRole:
        return result.ok() ? QVariant(*result.value) : QVariant();
    case Qt::BackgroundRole:
        return result.ok() ? QVariant(AgreementVerdict::tint(*result.value)) : QVariant();
    case Qt::ToolTipRole:
        if (!result.ok())
            return result.error;
        return tr("Observed agreement %1, expected by chance %2, over %n unit(s) and %3 "
                  "annotators.",
                  nullptr, result.units)
            .arg(QLocale().toString(result.observedAgreement(), 'f', 3),
                 QLocale().toString(result.expectedAgreement(), 'f', 3))
            .arg(result.coders);
    }
    return QVariant();
}

QVariant TypeAgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return tr("Type");
    case Units:
        return tr("Units");
    case SpanF1:
        return tr("Span F1");
    case Cohen:
        return tr("Cohen's \u03BA");
    case Fleiss:
        return tr("Fleiss' \u03BA");
    case Alpha:
        return tr("Krippendorff's \u03B1");
    }
    return QVariant();
}
