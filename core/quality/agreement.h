#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// What one chance-corrected agreement coefficient came to, and what it was computed from, so
// that a report can show its working. Every coefficient here has the form
//     value = 1 - observedDisagreement / expectedDisagreement
// (for the kappas, disagreement = 1 - agreement: 1 - Po and 1 - Pe). A refused computation has
// `error` set (a translated sentence saying why) and no value.
struct AgreementResult
{
    std::optional<double> value;
    QString error;
    int units = 0;          // units (items, subjects) that entered the computation
    int coders = 0;         // coders (raters, annotators)
    int pairableValues = 0; // values in units with at least two values (Krippendorff's n)
    double observedDisagreement = 0.0;
    double expectedDisagreement = 0.0;

    bool ok() const { return value.has_value(); }
    double observedAgreement() const { return 1.0 - observedDisagreement; }
    double expectedAgreement() const { return 1.0 - expectedDisagreement; }
};

// Cohen's kappa: two coders, nominal labels, every unit coded by both (Cohen 1960).
class CohenKappa
{
    Q_DECLARE_TR_FUNCTIONS(CohenKappa)

public:
    // `first[i]` and `second[i]` are the two coders' labels of unit i; an empty label is a
    // missing value and drops that unit (kappa needs both codes of a unit).
    static AgreementResult compute(const QStringList &first, const QStringList &second);

    // The same from a square contingency table: table[r][c] = units the first coder put in
    // category r and the second in category c.
    static AgreementResult fromTable(const QList<QList<int>> &table);
};

// Fleiss' kappa: any number of raters, the same number for every subject, nominal categories
// (Fleiss 1971). The raters of one subject need not be those of the next.
class FleissKappa
{
    Q_DECLARE_TR_FUNCTIONS(FleissKappa)

public:
    // counts[i][j] = raters who put subject i in category j; every row sums to the same n >= 2.
    static AgreementResult fromCounts(const QList<QList<int>> &counts);

    // byCoder[c][u] = coder c's label of unit u. Fleiss' kappa has no place for missing
    // values: a unit with an empty label is refused with a message naming it.
    static AgreementResult compute(const QList<QStringList> &byCoder);
};

// Krippendorff's alpha: any number of coders, missing values allowed, a nominal or interval
// difference function (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).
// Units with fewer than two values are not pairable and are left out, as alpha prescribes.
class KrippendorffAlpha
{
    Q_DECLARE_TR_FUNCTIONS(KrippendorffAlpha)

public:
    // byCoder[c][u] = coder c's label of unit u, empty when missing. Rows may differ in
    // length; a short row is missing its last units.
    static AgreementResult nominal(const QList<QStringList> &byCoder);

    // byCoder[c][u] = coder c's number for unit u, nothing when missing.
    static AgreementResult interval(const QList<QList<std::optional<double>>> &byCoder);

private:
    static AgreementResult fromUnits(const QList<QList<int>> &values, int distinct, int coders,
                                     const std::function<double(int, int)> &delta2);
};
