#include "core/quality/mentionaligner.h"

#include <algorithm>

namespace {

struct Candidate
{
    int first;
    int second;
    bool sameSpan;
    bool sameType;
    int overlap;
};

} // namespace

QList<MentionAligner::Pair> MentionAligner::align(const QList<Mention> &first,
                                                  const QList<Mention> &second, SpanMatch match,
                                                  bool sameType)
{
    QList<Candidate> candidates;
    for (int i = 0; i < first.size(); ++i) {
        const Mention &a = first[i];
        for (int j = 0; j < second.size(); ++j) {
            const Mention &b = second[j];
            const bool identical = a.start == b.start && a.end == b.end;
            const bool typed = a.type == b.type;
            if (sameType && !typed)
                continue;
            if (match == SpanMatch::Strict ? !identical
                                           : !(identical || overlaps(a.start, a.end, b.start, b.end)))
                continue;
            const int overlap = std::min(a.end, b.end) - std::max(a.start, b.start);
            candidates.append({i, j, identical, typed, overlap});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &x, const Candidate &y) {
                         if (x.sameSpan != y.sameSpan)
                             return x.sameSpan;
                         if (x.sameType != y.sameType)
                             return x.sameType;
                         return x.overlap > y.overlap;
                     });

    QList<int> partnerOfFirst(first.size(), -1);
    QList<bool> secondTaken(second.size(), false);
    for (const Candidate &c : candidates) {
        if (partnerOfFirst[c.first] >= 0 || secondTaken[c.second])
            continue;
        partnerOfFirst[c.first] = c.second;
        secondTaken[c.second] = true;
    }

    QList<Pair> pairs;
    for (int i = 0; i < first.size(); ++i) {
        if (partnerOfFirst[i] >= 0)
            pairs.append({i, partnerOfFirst[i]});
    }
    for (int i = 0; i < first.size(); ++i) {
        if (partnerOfFirst[i] < 0)
            pairs.append({i, -1});
    }
    for (int j = 0; j < second.size(); ++j) {
        if (!secondTaken[j])
            pairs.append({-1, j});
    }
    return pairs;
}
