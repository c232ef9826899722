#include "core/quality/agreement.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

AgreementResult refused(const QString &why)
{
    AgreementResult result;
    result.error = why;
    return result;
}

// Chance disagreement of zero means every value is the same category: the coefficient is
// 0/0 and any figure shown would be made up.
constexpr double NoVariation = 1e-12;

} // namespace

AgreementResult CohenKappa::compute(const QStringList &first, const QStringList &second)
{
    if (first.size() != second.size()) {
        return refused(tr("The two coders coded different numbers of units (%1 and %2).")
                           .arg(first.size())
                           .arg(second.size()));
    }
    QStringList categories;
    for (qsizetype u = 0; u < first.size(); ++u) {
        if (first[u].isEmpty() || second[u].isEmpty())
            continue;
        for (const QString &label : {first[u], second[u]}) {
            if (!categories.contains(label))
                categories.append(label);
        }
    }
    QList<QList<int>> table(categories.size(), QList<int>(categories.size(), 0));
    for (qsizetype u = 0; u < first.size(); ++u) {
        if (!first[u].isEmpty() && !second[u].isEmpty())
            ++table[categories.indexOf(first[u])][categories.indexOf(second[u])];
    }
    return fromTable(table);
}

AgreementResult CohenKappa::fromTable(const QList<QList<int>> &table)
{
    const qsizetype k = table.size();
    int total = 0;
    QList<double> rows(k, 0.0);
    QList<double> columns(k, 0.0);
    double agreeing = 0.0;
    for (qsizetype r = 0; r < k; ++r) {
        if (table[r].size() != k)
            return refused(tr("The contingency table is not square."));
        for (qsizetype c = 0; c < k; ++c) {
            if (table[r][c] < 0)
                return refused(tr("The contingency table holds a negative count."));
            total += table[r][c];
            rows[r] += table[r][c];
            columns[c] += table[r][c];
        }
        agreeing += table[r][r];
    }
    if (total == 0)
        return refused(tr("Kappa needs at least one unit coded by both coders; there is none."));
    double chance = 0.0;
    for (qsizetype c = 0; c < k; ++c)
        chance += (rows[c] / total) * (columns[c] / total);
    AgreementResult result;
    result.units = total;
    result.coders = 2;
    result.pairableValues = 2 * total;
    result.observedDisagreement = 1.0 - agreeing / total;
    result.expectedDisagreement = 1.0 - chance;
    if (result.expectedDisagreement < NoVariation) {
        result.error = tr("Both coders used one and the same category for every unit, so "
                          "agreement by chance is certain and kappa is undefined.");
        return result;
    }
    result.value = 1.0 - result.observedDisagreement / result.expectedDisagreement;
    return result;
}

AgreementResult FleissKappa::fromCounts(const QList<QList<int>> &counts)
{
    if (counts.isEmpty())
        return refused(tr("Kappa needs at least one subject; there is none."));
    const qsizetype categories = counts.first().size();
    int raters = -1;
    QList<double> perCategory(categories, 0.0);
    double agreementSum = 0.0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const QList<int> &row = counts[i];
        if (row.size() != categories)
            return refused(tr("Subject %1 has %2 categories; the first has %3.")
                               .arg(i + 1)
                               .arg(row.size())
                               .arg(categories));
        int n = 0;
        double pairs = 0.0;
        for (qsizetype j = 0; j < categories; ++j) {
            if (row[j] < 0)
                return refused(tr("Subject %1 holds a negative count.").arg(i + 1));
            n += row[j];
            pairs += double(row[j]) * (row[j] - 1);
            perCategory[j] += row[j];
        }
        if (raters < 0)
            raters = n;
        if (n != raters) {
            return refused(tr("Fleiss' kappa needs the same number of raters for every subject: "
                              "subject %1 has %2, the first has %3.")
                               .arg(i + 1)
                               .arg(n)
                               .arg(raters));
        }
        if (n >= 2)
            agreementSum += pairs / (double(n) * (n - 1));
    }
    if (raters < 2)
        return refused(tr("Kappa needs at least two raters per subject; there are %1.").arg(raters));
    const double total = double(counts.size()) * raters;
    double chance = 0.0;
    for (double c : perCategory)
        chance += (c / total) * (c / total);
    AgreementResult result;
    result.units = int(counts.size());
    result.coders = raters;
    result.pairableValues = int(total);
    result.observedDisagreement = 1.0 - agreementSum / counts.size();
    result.expectedDisagreement = 1.0 - chance;
    if (result.expectedDisagreement < NoVariation) {
        result.error = tr("Every rating is the same category, so agreement by chance is certain "
                          "and kappa is undefined.");
        return result;
    }
    result.value = 1.0 - result.observedDisagreement / result.expectedDisagreement;
    return result;
}

AgreementResult FleissKappa::compute(const QList<QStringList> &byCoder)
{
    if (byCoder.size() < 2)
        return refused(tr("Kappa needs at least two raters; there are %1.").arg(byCoder.size()));
    const qsizetype units = byCoder.first().size();
    QStringList categories;
    for (const QStringList &row : byCoder) {
        if (row.size() != units)
            return refused(tr("The raters coded different numbers of units."));
        for (qsizetype u = 0; u < units; ++u) {
            if (row[u].isEmpty()) {
                return refused(tr("Unit %1 has a missing rating; Fleiss' kappa needs every "
                                  "rater's label of every unit (Krippendorff's alpha allows "
                                  "missing values).")
                                   .arg(u + 1));
            }
            if (!categories.contains(row[u]))
                categories.append(row[u]);
        }
    }
    QList<QList<int>> counts(units, QList<int>(categories.size(), 0));
    for (const QStringList &row : byCoder) {
        for (qsizetype u = 0; u < units; ++u)
            ++counts[u][categories.indexOf(row[u])];
    }
    return fromCounts(counts);
}

// Krippendorff's alpha over units of already-paired values. `values[u]` lists the values of
// unit u as indices into the distinct values; `delta2(c, k)` is the squared difference of two
// distinct values. Builds the coincidence matrix o_ck (each ordered pair of values within a
// unit weighted 1/(m_u - 1)), its marginals n_c, and
//     Do = (1/n) sum o_ck delta2,   De = 1/(n(n-1)) sum n_c n_k delta2.
AgreementResult KrippendorffAlpha::fromUnits(const QList<QList<int>> &values, int distinct,
                                             int coders,
                                             const std::function<double(int, int)> &delta2)
{
    QList<QList<double>> coincidences(distinct, QList<double>(distinct, 0.0));
    int pairableUnits = 0;
    for (const QList<int> &unit : values) {
        const qsizetype m = unit.size();
        if (m < 2)
            continue;
        ++pairableUnits;
        for (qsizetype i = 0; i < m; ++i) {
            for (qsizetype j = 0; j < m; ++j) {
                if (i != j)
                    coincidences[unit[i]][unit[j]] += 1.0 / double(m - 1);
            }
        }
    }
    QList<double> marginals(distinct, 0.0);
    double n = 0.0;
    for (int c = 0; c < distinct; ++c) {
        for (int k = 0; k < distinct; ++k)
            marginals[c] += coincidences[c][k];
        n += marginals[c];
    }
    if (n < 2.0) {
        return refused(tr("Alpha needs at least two pairable values (two coders' values of one "
                          "unit); these data have none."));
    }
    double observed = 0.0;
    double expected = 0.0;
    for (int c = 0; c < distinct; ++c) {
        for (int k = 0; k < distinct; ++k) {
            const double d = delta2(c, k);
            observed += coincidences[c][k] * d;
            expected += marginals[c] * marginals[k] * d;
        }
    }
    observed /= n;
    expected /= n * (n - 1.0);
    AgreementResult result;
    result.units = pairableUnits;
    result.coders = coders;
    result.pairableValues = int(std::lround(n));
    result.observedDisagreement = observed;
    result.expectedDisagreement = expected;
    if (expected < NoVariation) {
        result.error = tr("Every pairable value is the same, so no disagreement could be "
                          "expected by chance and alpha is undefined.");
        return result;
    }
    result.value = 1.0 - observed / expected;
    return result;
}

AgreementResult KrippendorffAlpha::nominal(const QList<QStringList> &byCoder)
{
    QHash<QString, int> index;
    QList<QList<int>> units;
    for (const QStringList &row : byCoder) {
        if (units.size() < row.size())
            units.resize(row.size());
        for (qsizetype u = 0; u < row.size(); ++u) {
            if (row[u].isEmpty())
                continue;
            const auto it = index.constFind(row[u]);
            const int value = it != index.constEnd() ? *it : int(index.size());
            if (it == index.constEnd())
                index.insert(row[u], value);
            units[u].append(value);
        }
    }
    return fromUnits(
        units, int(index.size()), int(byCoder.size()),
        [](int c, int k) { return c == k ? 0.0 : 1.0; });
}

AgreementResult KrippendorffAlpha::interval(const QList<QList<std::optional<double>>> &byCoder)
{
    QList<double> distinct;
    QList<QList<int>> units;
    for (const QList<std::optional<double>> &row : byCoder) {
        if (units.size() < row.size())
            units.resize(row.size());
        for (qsizetype u = 0; u < row.size(); ++u) {
            if (!row[u])
                continue;
            if (!std::isfinite(*row[u]))
                return refused(tr("Unit %1 holds a value that is not a finite number.").arg(u + 1));
            qsizetype at = distinct.indexOf(*row[u]);
            if (at < 0) {
                at = distinct.size();
                distinct.append(*row[u]);
            }
            units[u].append(int(at));
        }
    }
    return fromUnits(
        units, int(distinct.size()), int(byCoder.size()),
        [&distinct](int c, int k) {
            const double d = distinct[c] - distinct[k];
            return d * d;
        });
}
