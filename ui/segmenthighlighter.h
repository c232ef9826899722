#pragma once

#include "core/model/segment.h"
#include "ui/lazyhighlighter.h"

#include <QList>

// Shades an article's text by segment kind: noise (boilerplate, comments, spam) greyed, the
// title bold, captions italic. It formats only the blocks a view is about to paint (see
// LazyHighlighter), looking segments up in a sorted list kept outside the document, so it
// stays cheap on long articles.
class SegmentHighlighter : public LazyHighlighter
{
    Q_OBJECT

public:
    explicit SegmentHighlighter(QTextDocument *document);

    // `segments` in UTF-16 positions of the document text, sorted, non-overlapping. Every block
    // is formatted again when next painted.
    void setSegments(const QList<Segment> &segments);
    // The kind shown at a UTF-16 position of the document, for tests and tooltips.
    SegmentKind kindAt(int position) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<Segment> m_segments;
};
