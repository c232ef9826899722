#pragma once

#include <vector>

// Resolves overlapping spans the way the detector ranks them: of spans that overlap, the
// longer one is kept, on equal length the one earlier in the list, and every span overlapping
// a kept one is dropped.
//
// The spans come as runs each ordered by start (the knowledge base's hits, then the rules'
// mentions). Spans that overlap nothing are kept as they are; only a cluster of overlapping
// spans (a maximal run, ordered by start, in which each span starts before the furthest end so
// far) is ranked, as a span of one cluster overlaps none of another and cannot change what the
// other keeps. A single overlap in a long article used to send every span of it through the
// ranking, which made such articles markedly slower than their size.
namespace LongestSpans {

struct Span
{
    int start = 0;
    int end = 0; // not before start; callers leave out empty spans and spans outside the text
};

// Indexes into `spans` of the kept ones, ordered by start. `runStarts` lists where each
// start-ordered run begins (the first is 0); a run out of order is sorted, not trusted.
std::vector<int> keep(const std::vector<Span> &spans, const std::vector<int> &runStarts);

} // namespace LongestSpans
