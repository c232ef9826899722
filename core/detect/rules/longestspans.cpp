#include "core/detect/rules/longestspans.h"

#include <algorithm>
#include <map>

namespace LongestSpans {

namespace {

// The kept spans of one cluster of overlapping spans, appended to `kept` ordered by start.
void keepInCluster(const std::vector<Span> &spans, std::vector<int> cluster,
                   std::vector<int> &kept)
{
    std::sort(cluster.begin(), cluster.end(), [&](int a, int b) {
        const int lengthA = spans[a].end - spans[a].start;
        const int lengthB = spans[b].end - spans[b].start;
        return lengthA != lengthB ? lengthA > lengthB : a < b;
    });
    const std::size_t first = kept.size();
    // Kept spans never overlap, so ordered by end they are ordered by start too: a span
    // overlaps a kept one exactly when the first kept span ending after its start begins
    // before its end.
    std::map<int, int> startByEnd;
    for (const int i : cluster) {
        const Span &s = spans[i];
        const auto after = startByEnd.upper_bound(s.start);
        if (after != startByEnd.end() && after->second < s.end)
            continue;
        startByEnd.emplace(s.end, s.start);
        kept.push_back(i);
    }
    std::sort(kept.begin() + std::ptrdiff_t(first), kept.end(),
              [&](int a, int b) { return spans[a].start < spans[b].start; });
}

} // namespace

std::vector<int> keep(const std::vector<Span> &spans, const std::vector<int> &runStarts)
{
    const int count = int(spans.size());
    std::vector<int> byStart(spans.size());
    for (int i = 0; i < count; ++i)
        byStart[std::size_t(i)] = i;
    const auto earlierStart = [&](int a, int b) { return spans[a].start < spans[b].start; };
    // Each run sorted by start (as given, usually), then the runs merged: on an equal start the
    // earlier run first, which the ranking does not depend on.
    std::vector<int> bounds = runStarts;
    bounds.push_back(count);
    for (std::size_t r = 0; r + 1 < bounds.size(); ++r) {
        const auto begin = byStart.begin() + bounds[r];
        const auto end = byStart.begin() + bounds[r + 1];
        if (!std::is_sorted(begin, end, earlierStart))
            std::stable_sort(begin, end, earlierStart);
        if (r > 0)
            std::inplace_merge(byStart.begin(), begin, end, earlierStart);
    }

    std::vector<int> kept;
    kept.reserve(spans.size());
    std::size_t k = 0;
    while (k < byStart.size()) {
        // The cluster starting at k: [k, next).
        int furthest = spans[byStart[k]].end;
        std::size_t next = k + 1;
        while (next < byStart.size() && spans[byStart[next]].start < furthest) {
            furthest = std::max(furthest, spans[byStart[next]].end);
            ++next;
        }
        if (next == k + 1)
            kept.push_back(byStart[k]);
        else
            keepInCluster(spans, std::vector<int>(byStart.begin() + std::ptrdiff_t(k),
                                                  byStart.begin() + std::ptrdiff_t(next)),
                          kept);
        k = next;
    }
    return kept;
}

} // namespace LongestSpans
