#pragma once

#include <QList>
#include <QObject>
#include <QTextBlock>
#include <QTextCharFormat>

class QTextDocument;

// Formats a document's blocks like QSyntaxHighlighter, but only when a view is about to paint
// them. QSyntaxHighlighter formats every block when the text is set and again on every
// rehighlight(), which for a 1 MB article is most of the time it takes to open; here the view
// calls ensureFormatted() for the blocks on screen (ArticleView does it at the start of each
// paint) and a change only marks blocks stale.
//
// Staleness is kept in each block's userState(): a block is up to date when its state equals
// the highlighter's generation. rehighlight() moves to a new generation, which makes every
// block stale at once without touching any; rehighlightRange() resets the state of the blocks
// it covers. Nothing else may use the document's block user states.
class LazyHighlighter : public QObject
{
    Q_OBJECT

public:
    // The highlighter is a child of the document and lives as long as it.
    explicit LazyHighlighter(QTextDocument *document);

    QTextDocument *document() const;
    // Computes and applies the block's formats unless they are up to date; for a block that
    // is about to be painted (views are not told to repaint it). Blocks whose formats do
    // change are laid out again.
    void ensureFormatted(const QTextBlock &block);
    bool isFormatted(const QTextBlock &block) const;
    // Every block is stale; nothing is formatted until asked.
    void rehighlight();
    // The blocks overlapping the document positions [start, end] are stale.
    void rehighlightRange(int start, int end);

protected:
    // Sets the formats of `text`, the current block's text, with setFormat().
    virtual void highlightBlock(const QString &text) = 0;
    void setFormat(int start, int count, const QTextCharFormat &format);
    QTextCharFormat format(int position) const;
    QTextBlock currentBlock() const { return m_block; }

private:
    QList<QTextCharFormat> m_formats; // one per character of the block being formatted
    QTextBlock m_block;
    int m_generation = 0;             // never -1, the state of a block nobody has formatted
};
