#include "core/quality/prfcounts.h"

double PrfCounts::precision() const
{
    const int proposed = truePositives + falsePositives;
    return proposed == 0 ? 0.0 : double(truePositives) / proposed;
}

double PrfCounts::recall() const
{
    const int gold = truePositives + falseNegatives;
    return gold == 0 ? 0.0 : double(truePositives) / gold;
}

double PrfCounts::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

PrfCounts &PrfCounts::operator+=(const PrfCounts &other)
{
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
    return *this;
}
