#pragma once

// True positives, false positives and false negatives of one label, with precision, recall
// and F1 derived from them. Shared by the detector evaluation, the trainee score and span
// agreement between analysts, so that the three report the same arithmetic. An empty side
// gives 0 rather than NaN: "nothing proposed" reads as precision 0 in every report.
struct PrfCounts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const;
    double recall() const;
    double f1() const;

    PrfCounts &operator+=(const PrfCounts &other);
};
