#include "ui/annotationhighlighter.h"

#include <QTextBlock>
#include <algorithm>

namespace {

// The drawing order: by start, and at the same start the longer span first.
bool drawnBefore(const AnnotationHighlighter::Span &a, const AnnotationHighlighter::Span &b)
{
    return a.start != b.start ? a.start < b.start : a.end > b.end;
}

} // namespace

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document)
    : SegmentHighlighter(document)
{
}

void AnnotationHighlighter::setSpans(QList<Span> spans)
{
    std::stable_sort(spans.begin(), spans.end(), drawnBefore);
    m_spans = std::move(spans);
    m_maxEnd.resize(m_spans.size());
    updateMaxEnd(0);
    rehighlight();
}

void AnnotationHighlighter::changeRow(AnnotationKind kind, int row,
                                      const std::optional<Span> &span)
{
    const qsizetype index = indexOf(kind, row);
    if (span && index >= 0 && span->start == m_spans[index].start
        && span->end == m_spans[index].end) {
        // Same place (a status change): no reordering.
        m_spans[index] = *span;
        rehighlightRange(span->start, span->end);
        return;
    }
    take(index);
    if (span)
        place(*span);
}

void AnnotationHighlighter::insertRow(AnnotationKind kind, int row,
                                      const std::optional<Span> &span)
{
    shiftRows(kind, row, 1);
    if (span)
        place(*span);
}

void AnnotationHighlighter::removeRow(AnnotationKind kind, int row)
{
    take(indexOf(kind, row));
    shiftRows(kind, row + 1, -1);
}

qsizetype AnnotationHighlighter::indexOf(AnnotationKind kind, int row) const
{
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        if (m_spans[i].row == row && m_spans[i].kind == kind)
            return i;
    }
    return -1;
}

void AnnotationHighlighter::take(qsizetype index)
{
    if (index < 0)
        return;
    rehighlightRange(m_spans[index].start, m_spans[index].end);
    m_spans.remove(index);
    m_maxEnd.remove(index);
    updateMaxEnd(index);
}

void AnnotationHighlighter::place(const Span &span)
{
    const auto at = std::upper_bound(m_spans.begin(), m_spans.end(), span, drawnBefore);
    const qsizetype index = at - m_spans.begin();
    m_spans.insert(index, span);
    m_maxEnd.insert(index, 0);
    updateMaxEnd(index);
    rehighlightRange(span.start, span.end);
}

void AnnotationHighlighter::shiftRows(AnnotationKind kind, int fromRow, int by)
{
    for (Span &span : m_spans) {
        if (span.kind == kind && span.row >= fromRow)
            span.row += by;
    }
}

void AnnotationHighlighter::updateMaxEnd(qsizetype index)
{
    int maxEnd = index > 0 ? m_maxEnd[index - 1] : 0;
    for (qsizetype i = index; i < m_spans.size(); ++i) {
        maxEnd = std::max(maxEnd, m_spans[i].end);
        m_maxEnd[i] = maxEnd;
    }
}

qsizetype AnnotationHighlighter::firstReaching(int position) const
{
    return std::upper_bound(m_maxEnd.cbegin(), m_maxEnd.cend(), position) - m_maxEnd.cbegin();
}

QList<AnnotationHighlighter::Span> AnnotationHighlighter::spansAt(int position) const
{
    QList<Span> found;
    for (qsizetype i = firstReaching(position); i < m_spans.size() && m_spans[i].start <= position;
         ++i) {
        if (m_spans[i].end > position)
            found.append(m_spans[i]);
    }
    std::stable_sort(found.begin(), found.end(), [](const Span &a, const Span &b) {
        return a.end - a.start < b.end - b.start;
    });
    return found;
}

void AnnotationHighlighter::highlightBlock(const QString &text)
{
    SegmentHighlighter::highlightBlock(text);
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    // Outer spans come first, so an inner mention's underline wins over a figure's wave.
    for (qsizetype i = firstReaching(blockStart); i < m_spans.size() && m_spans[i].start < blockEnd;
         ++i) {
        const Span &span = m_spans[i];
        if (span.end <= blockStart)
            continue;
        const int from = std::max(span.start, blockStart) - blockStart;
        const int to = std::min(span.end, blockEnd) - blockStart;
        // Merge run by run: setFormat() replaces, and the segment format must survive.
        int runStart = from;
        while (runStart < to) {
            const QTextCharFormat base = format(runStart);
            int runEnd = runStart + 1;
            while (runEnd < to && format(runEnd) == base)
                ++runEnd;
            QTextCharFormat merged = base;
            merged.merge(span.format);
            setFormat(runStart, runEnd - runStart, merged);
            runStart = runEnd;
        }
    }
}
