#include "ui/annotationhighlighter.h"

#include <QTextBlock>
#include <QTextDocument>
#include <algorithm>

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document)
    : SegmentHighlighter(document)
{
}

void AnnotationHighlighter::store(QList<Span> spans)
{
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    m_spans = std::move(spans);
    m_maxEnd.resize(m_spans.size());
    int maxEnd = 0;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        maxEnd = std::max(maxEnd, m_spans[i].end);
        m_maxEnd[i] = maxEnd;
    }
}

void AnnotationHighlighter::setSpans(QList<Span> spans)
{
    store(std::move(spans));
    rehighlight();
}

void AnnotationHighlighter::updateSpans(QList<Span> spans, int start, int end)
{
    store(std::move(spans));
    QTextBlock block = document()->findBlock(start);
    while (block.isValid() && block.position() <= end) {
        rehighlightBlock(block);
        block = block.next();
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
