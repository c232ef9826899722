#pragma once

#include "core/review/annotationkind.h"
#include "ui/segmenthighlighter.h"

#include <QList>
#include <QTextCharFormat>

// Draws the annotations of the article under review on top of the segment shading. Like
// SegmentHighlighter it formats only the blocks Qt asks for: the spans live in a list kept
// outside the document, sorted by start, with a running maximum of the ends so that the
// spans touching a block (spans overlap: an affiliation covers its mentions) are found by
// binary search. Formats are merged over the segment format, so page noise stays grey.
class AnnotationHighlighter : public SegmentHighlighter
{
    Q_OBJECT

public:
    // One span to draw, in UTF-16 positions of the document.
    struct Span
    {
        int start = 0;
        int end = 0;
        AnnotationKind kind = AnnotationKind::Mention;
        int row = -1;
        QTextCharFormat format;
    };

    explicit AnnotationHighlighter(QTextDocument *document);

    // Replaces every span and redraws the whole document (after opening an article).
    void setSpans(QList<Span> spans);
    // Replaces every span and redraws only the blocks covering [start, end) (after one change).
    void updateSpans(QList<Span> spans, int start, int end);
    // The spans covering a UTF-16 position, shortest first.
    QList<Span> spansAt(int position) const;
    int spanCount() const { return int(m_spans.size()); }

protected:
    void highlightBlock(const QString &text) override;

private:
    void store(QList<Span> spans);
    // Index of the first span whose end lies after `position` in the running maximum.
    qsizetype firstReaching(int position) const;

    QList<Span> m_spans;   // sorted by start, then longest first (outer spans drawn first)
    QList<int> m_maxEnd;   // m_maxEnd[i] = max end of m_spans[0..i]
};
