#pragma once

#include "core/model/vocabulary.h"

// One stretch of an imported page and what it is (codebook section 1). The segments of an
// article tile its text: every code point belongs to exactly one segment.
struct Segment
{
    int start = 0; // code points, inclusive
    int end = 0;   // code points, exclusive
    SegmentKind kind = SegmentKind::Body;

    bool operator==(const Segment &other) const
    {
        return start == other.start && end == other.end && kind == other.kind;
    }
};
