#include "core/review/spannudger.h"

#include <QTextBoundaryFinder>

SpanNudger::SpanNudger(const QString &text)
    : m_text(text)
    , m_offsets(text)
{
}

std::optional<int> SpanNudger::wordEdge(int utf16, Edge edge, Direction direction) const
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, m_text);
    finder.setPosition(utf16);
    const auto wanted = edge == Edge::End ? QTextBoundaryFinder::EndOfItem
                                          : QTextBoundaryFinder::StartOfItem;
    for (;;) {
        const qsizetype next = direction == Direction::Forward ? finder.toNextBoundary()
                                                               : finder.toPreviousBoundary();
        if (next < 0)
            return std::nullopt;
        if (finder.boundaryReasons() & wanted)
            return int(next);
    }
}

std::optional<TextSpan> SpanNudger::nudge(TextSpan span, Edge edge, Direction direction) const
{
    const int start = m_offsets.toUtf16(span.start);
    const int end = m_offsets.toUtf16(span.end);
    const auto moved = wordEdge(edge == Edge::Start ? start : end, edge, direction);
    if (!moved)
        return std::nullopt;
    TextSpan result = span;
    if (edge == Edge::Start) {
        if (*moved >= end)
            return std::nullopt;
        result.start = m_offsets.toCodePoint(*moved);
    } else {
        if (*moved <= start)
            return std::nullopt;
        result.end = m_offsets.toCodePoint(*moved);
    }
    return result;
}
