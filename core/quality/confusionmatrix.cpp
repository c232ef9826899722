#include "core/quality/confusionmatrix.h"

#include <QSet>

void ConfusionMatrix::add(const QString &gold, const QString &other, int count)
{
    m_counts[gold][other] += count;
}

int ConfusionMatrix::count(const QString &gold, const QString &other) const
{
    return m_counts.value(gold).value(other);
}

QStringList ConfusionMatrix::labels() const
{
    QSet<QString> seen;
    for (auto row = m_counts.cbegin(); row != m_counts.cend(); ++row) {
        seen.insert(row.key());
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell)
            seen.insert(cell.key());
    }
    const bool hasNone = seen.remove(noLabel());
    QStringList result(seen.cbegin(), seen.cend());
    result.sort();
    if (hasNone)
        result.append(noLabel());
    return result;
}

int ConfusionMatrix::goldTotal(const QString &gold) const
{
    int sum = 0;
    for (int c : m_counts.value(gold))
        sum += c;
    return sum;
}

int ConfusionMatrix::total() const
{
    int sum = 0;
    for (auto row = m_counts.cbegin(); row != m_counts.cend(); ++row)
        sum += goldTotal(row.key());
    return sum;
}

double ConfusionMatrix::accuracy() const
{
    const int all = total();
    if (all == 0)
        return 0.0;
    int agreeing = 0;
    for (auto row = m_counts.cbegin(); row != m_counts.cend(); ++row)
        agreeing += row->value(row.key());
    return double(agreeing) / all;
}

ConfusionMatrix &ConfusionMatrix::operator+=(const ConfusionMatrix &other)
{
    for (auto row = other.m_counts.cbegin(); row != other.m_counts.cend(); ++row) {
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell)
            add(row.key(), cell.key(), cell.value());
    }
    return *this;
}
