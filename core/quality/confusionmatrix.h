#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Counts of (gold label, other reader's label) pairs: which types a trainee confuses with
// which. "none" (noLabel()) on the gold side is a mention only the trainee marked; on the
// trainee side, one the trainee missed. Labels are the codebook's spellings.
class ConfusionMatrix
{
public:
    static QString noLabel() { return QStringLiteral("none"); }

    void add(const QString &gold, const QString &other, int count = 1);
    int count(const QString &gold, const QString &other) const;
    // Every label seen on either side, sorted, with noLabel() last when present.
    QStringList labels() const;
    // Everything gold put in `gold`, whatever the other reader said.
    int goldTotal(const QString &gold) const;
    // The pairs with equal labels over all pairs (noLabel() x noLabel() never occurs).
    double accuracy() const;
    int total() const;
    ConfusionMatrix &operator+=(const ConfusionMatrix &other);

private:
    QMap<QString, QMap<QString, int>> m_counts; // gold -> other -> count
};
