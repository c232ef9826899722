#include "ui/lazyhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <limits>

LazyHighlighter::LazyHighlighter(QTextDocument *document)
    : QObject(document)
{
}

QTextDocument *LazyHighlighter::document() const
{
    return static_cast<QTextDocument *>(parent());
}

bool LazyHighlighter::isFormatted(const QTextBlock &block) const
{
    return block.userState() == m_generation;
}

void LazyHighlighter::ensureFormatted(const QTextBlock &block)
{
    if (!block.isValid() || isFormatted(block))
        return;
    const QString text = block.text();
    m_block = block;
    m_formats.fill(QTextCharFormat(), text.size());
    highlightBlock(text);
    m_block = QTextBlock();

    // Runs of equal formats become the layout's format ranges; plain text needs none.
    QList<QTextLayout::FormatRange> ranges;
    const int length = int(m_formats.size());
    for (int start = 0; start < length;) {
        int end = start + 1;
        while (end < length && m_formats[end] == m_formats[start])
            ++end;
        if (m_formats[start].propertyCount() > 0)
            ranges.append({start, end - start, m_formats[start]});
        start = end;
    }
    QTextBlock formatted = block;
    formatted.setUserState(m_generation);
    QTextLayout *layout = block.layout();
    if (layout->formats() == ranges)
        return;
    const bool laidOut = layout->lineCount() > 0;
    layout->setFormats(ranges);
    // As QSyntaxHighlighter does, the document lays the block out again (a title's larger font
    // changes its height). Unlike it, the views are not asked to repaint the block: the caller
    // is about to paint it, and a second paint of every newly shown block would double the
    // cost of scrolling. Only a change in the number of lines is passed on (the scroll bars
    // depend on it).
    //
    // A block that is not laid out yet needs no layout now, only the document's note of the
    // change settled: a range that reaches into the next block makes the document clear the
    // layouts of the range instead of laying the block out (twice), so it is laid out once,
    // when painted.
    QAbstractTextDocumentLayout *documentLayout = document()->documentLayout();
    const int linesBefore = document()->lineCount();
    {
        const QSignalBlocker quiet(documentLayout);
        const int reach = laidOut || !block.next().isValid() ? 0 : 1;
        document()->markContentsDirty(block.position(), block.length() + reach);
    }
    if (document()->lineCount() != linesBefore)
        emit documentLayout->documentSizeChanged(documentLayout->documentSize());
}

void LazyHighlighter::rehighlight()
{
    // The generation skips -1 (a block's state before anyone set it) when it wraps.
    m_generation = m_generation == std::numeric_limits<int>::max() ? 0 : m_generation + 1;
}

void LazyHighlighter::rehighlightRange(int start, int end)
{
    for (QTextBlock block = document()->findBlock(start);
         block.isValid() && block.position() <= end; block = block.next())
        block.setUserState(-1);
}

void LazyHighlighter::setFormat(int start, int count, const QTextCharFormat &format)
{
    const int from = std::max(start, 0);
    const int to = std::min(start + count, int(m_formats.size()));
    for (int i = from; i < to; ++i)
        m_formats[i] = format;
}

QTextCharFormat LazyHighlighter::format(int position) const
{
    return position >= 0 && position < m_formats.size() ? m_formats[position] : QTextCharFormat();
}
