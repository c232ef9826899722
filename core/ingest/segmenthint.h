#pragma once

#include "core/model/vocabulary.h"

// What the markup of an HTML page says about a stretch of its extracted text (a <figcaption>
// is a caption, a <nav> is boilerplate, an element whose class names comments holds comments).
// Offsets are QString (UTF-16) positions in the extracted text; the segmenter converts.
struct SegmentHint
{
    int start = 0;
    int end = 0;
    SegmentKind kind = SegmentKind::Boilerplate;
};
