#pragma once

#include "core/review/annotationkind.h"
#include "core/text/offsetmap.h"

#include <QString>
#include <optional>

// Moves one end of an annotation's span by a word, for the keyboard commands that adjust a
// span without the mouse. Word boundaries are Unicode's (QTextBoundaryFinder), so Arabic and
// text with emoji step by words too; spans are code points in and out.
//
// A span never becomes empty and never leaves the text: a step that would do either gives
// nothing, and the caller says so instead of changing the annotation.
class SpanNudger
{
public:
    enum class Edge { Start, End };
    enum class Direction { Backward, Forward };

    explicit SpanNudger(const QString &text);

    std::optional<TextSpan> nudge(TextSpan span, Edge edge, Direction direction) const;

private:
    // The next (or previous) word edge strictly after (before) a UTF-16 position: the end of
    // a word when moving an end, the start of a word when moving a start.
    std::optional<int> wordEdge(int utf16, Edge edge, Direction direction) const;

    QString m_text;
    OffsetMap m_offsets;
};
