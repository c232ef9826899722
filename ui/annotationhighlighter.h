#pragma once

#include "core/review/annotationkind.h"
#include "ui/segmenthighlighter.h"

#include <QList>
#include <QTextCharFormat>
#include <optional>

// Draws the annotations of the article under review on top of the segment shading. Like
// SegmentHighlighter it formats only the blocks a view is about to paint: the spans live in a
// list kept outside the document, sorted by start, with a running maximum of the ends so that
// the spans touching a block (spans overlap: an affiliation covers its mentions) are found by
// binary search. Formats are merged over the segment format, so page noise stays grey.
//
// A span names its annotation by kind and row, the row in the session's list of that kind.
// A change of one annotation updates its one span in place (insertRow/removeRow also shift
// the rows after it) and marks stale only the blocks of its old and new place.
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

    // Replaces every span (after opening an article or a reset); every block is stale.
    void setSpans(QList<Span> spans);
    // The annotation (kind, row) changed: draws `span` in place of its old span, or nothing.
    void changeRow(AnnotationKind kind, int row, const std::optional<Span> &span);
    // An annotation was inserted at `row`: later rows of its kind move down by one.
    void insertRow(AnnotationKind kind, int row, const std::optional<Span> &span);
    // The annotation at `row` was removed: its span goes, later rows move up by one.
    void removeRow(AnnotationKind kind, int row);

    // The spans covering a UTF-16 position, shortest first.
    QList<Span> spansAt(int position) const;
    int spanCount() const { return int(m_spans.size()); }

protected:
    void highlightBlock(const QString &text) override;

private:
    // Index of the first span whose end lies after `position` in the running maximum.
    qsizetype firstReaching(int position) const;
    qsizetype indexOf(AnnotationKind kind, int row) const;
    // Takes out the span at `index` (marking its blocks stale); -1 does nothing.
    void take(qsizetype index);
    // Puts a span at its sorted place (marking its blocks stale).
    void place(const Span &span);
    void shiftRows(AnnotationKind kind, int fromRow, int by);
    // Recomputes the running maximum from `index` on.
    void updateMaxEnd(qsizetype index);

    QList<Span> m_spans;   // sorted by start, then longest first (outer spans drawn first)
    QList<int> m_maxEnd;   // m_maxEnd[i] = max end of m_spans[0..i]
};
