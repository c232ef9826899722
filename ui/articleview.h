#pragma once

#include "core/review/annotationkind.h"
#include "core/text/displaymap.h"
#include "ui/annotationhighlighter.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <optional>

class ReviewSession;

// The article under review: its text, read-only but selectable from the keyboard, with page
// noise greyed and every annotation drawn by an AnnotationHighlighter. The selected
// annotation is outlined with the view's only ExtraSelection. Clicking a span reports it;
// hovering shows what it is.
//
// The session stores spans in code points and Qt's text classes count UTF-16 units of the
// shown text, which breaks very long paragraphs into display blocks (DisplayMap): this class
// is the one place that converts (toView/toCodePoint). Copying puts the article's own text on
// the clipboard, without the inserted breaks.
//
// Long articles: QPlainTextEdit lays out only the blocks it shows, and the highlighter formats
// only the blocks about to be painted (paintEvent asks it first). The view follows the
// session's change signals, updates the one span that changed and repaints.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    // Shows the session's article (or nothing for null). The session is not owned.
    void setSession(ReviewSession *session);
    AnnotationHighlighter *highlighter() const { return m_highlighter; }

    // Outlines an annotation and scrolls to it; row -1 clears the outline.
    void setSelectedAnnotation(AnnotationKind kind, int row);
    // The selected text as a code point span; nothing without a selection.
    std::optional<TextSpan> selectedSpan() const;

    // Collapses (or shows again) the page noise: the blocks that lie wholly in boilerplate,
    // comment or spam segments. The text and every offset stay as they are; only the layout
    // skips those blocks. Kept when another article is shown.
    void setNoiseHidden(bool hidden);
    bool isNoiseHidden() const { return m_noiseHidden; }

    int toView(int codePoint) const { return m_display.toDisplay(codePoint); }
    int toCodePoint(int utf16) const { return m_display.toCodePoint(utf16); }
    const DisplayMap &displayMap() const { return m_display; }

signals:
    // The analyst clicked an annotation (the shortest one under the pointer).
    void annotationClicked(AnnotationKind kind, int row);

protected:
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    QList<AnnotationHighlighter::Span> buildSpans() const;
    std::optional<AnnotationHighlighter::Span> spanOf(AnnotationKind kind, int row) const;
    // Redraws after the session changed annotations.
    void afterChange();
    void refreshAll();
    // Formats the blocks that the next paint shows.
    void formatVisibleBlocks();
    QString toolTipFor(AnnotationKind kind, int row) const;
    void applyNoiseVisibility();

    QPointer<ReviewSession> m_session;
    AnnotationHighlighter *m_highlighter = nullptr;
    DisplayMap m_display;
    AnnotationKind m_selectedKind = AnnotationKind::Mention;
    int m_selectedRow = -1;
    bool m_noiseHidden = false;
};
