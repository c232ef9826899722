#pragma once

#include "core/review/annotationkind.h"
#include "core/text/offsetmap.h"
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
// The session stores spans in code points and Qt's text classes count UTF-16 units: this
// class is the one place that converts (toView/toCodePoint), with the article's OffsetMap.
// It follows the session's change signals and redraws only the blocks a change touches.
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

    int toView(int codePoint) const { return m_offsets.toUtf16(codePoint); }
    int toCodePoint(int utf16) const { return m_offsets.toCodePoint(utf16); }

signals:
    // The analyst clicked an annotation (the shortest one under the pointer).
    void annotationClicked(AnnotationKind kind, int row);

protected:
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QList<AnnotationHighlighter::Span> buildSpans() const;
    std::optional<AnnotationHighlighter::Span> spanOf(AnnotationKind kind, int row) const;
    // Redraws after a change of one row, also the range it covered before (for moves).
    void refresh(AnnotationKind kind, int row);
    void refreshRange(int start, int end);
    void refreshAll();
    QString toolTipFor(AnnotationKind kind, int row) const;

    QPointer<ReviewSession> m_session;
    AnnotationHighlighter *m_highlighter = nullptr;
    OffsetMap m_offsets;
    AnnotationKind m_selectedKind = AnnotationKind::Mention;
    int m_selectedRow = -1;
    std::optional<TextSpan> m_removedSpan; // view positions of a row about to be removed
};
