#include "ui/segmenthighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

SegmentHighlighter::SegmentHighlighter(QTextDocument *document)
    : LazyHighlighter(document)
{
}

void SegmentHighlighter::setSegments(const QList<Segment> &segments)
{
    m_segments = segments;
    rehighlight();
}

SegmentKind SegmentHighlighter::kindAt(int position) const
{
    const auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), position,
                                     [](int pos, const Segment &s) { return pos < s.end; });
    return it != m_segments.cend() && it->start <= position ? it->kind : SegmentKind::Body;
}

void SegmentHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    const QPalette palette = QGuiApplication::palette();

    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), blockStart,
                               [](int pos, const Segment &s) { return pos < s.end; });
    for (; it != m_segments.cend() && it->start < blockEnd; ++it) {
        QTextCharFormat format;
        switch (it->kind) {
        case SegmentKind::Title:
            format.setFontWeight(QFont::Bold);
            format.setFontPointSize(QGuiApplication::font().pointSizeF() * 1.3);
            break;
        case SegmentKind::Caption:
            format.setFontItalic(true);
            break;
        case SegmentKind::Boilerplate:
        case SegmentKind::Comment:
            format.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
            break;
        case SegmentKind::Spam:
            format.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
            format.setFontStrikeOut(true);
            break;
        case SegmentKind::Body:
            continue;
        }
        const int from = std::max(it->start, blockStart) - blockStart;
        const int to = std::min(it->end, blockEnd) - blockStart;
        setFormat(from, to - from, format);
    }
}
