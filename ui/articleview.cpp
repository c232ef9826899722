#include "ui/articleview.h"

#include "core/review/reviewsession.h"
#include "core/review/vocabularylabels.h"
#include "ui/annotationstyle.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPen>
#include <QTextBlock>
#include <QToolTip>

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMouseTracking(true);
    m_highlighter = new AnnotationHighlighter(document());
}

void ArticleView::setSession(ReviewSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_selectedRow = -1;
    setExtraSelections({});
    if (!session) {
        clear();
        m_offsets = OffsetMap();
        m_highlighter->setSegments({});
        m_highlighter->setSpans({});
        return;
    }
    const QString text = session->article().text;
    m_offsets = OffsetMap(text);
    // A lone CR would start a new block in the view and shift every later position, so it is
    // shown as a space (one UTF-16 unit for one).
    QString shown = text;
    shown.replace(QLatin1Char('\r'), QLatin1Char(' '));
    setPlainText(shown);

    QList<Segment> segments;
    for (const Segment &segment : session->document().segments)
        segments.append({toView(segment.start), toView(segment.end), segment.kind});
    // Both lists are set before the one full redraw of setSpans().
    m_highlighter->blockSignals(true);
    m_highlighter->setSegments(segments);
    m_highlighter->blockSignals(false);
    m_highlighter->setSpans(buildSpans());

    connect(session, &ReviewSession::annotationChanged, this, &ArticleView::refresh);
    connect(session, &ReviewSession::annotationInserted, this, &ArticleView::refresh);
    connect(session, &ReviewSession::annotationAboutToBeRemoved, this,
            [this](AnnotationKind kind, int row) {
                const auto span = spanOf(kind, row);
                m_removedSpan = span ? std::optional<TextSpan>(TextSpan{span->start, span->end})
                                     : std::nullopt;
            });
    connect(session, &ReviewSession::annotationRemoved, this, [this] {
        if (m_removedSpan)
            refreshRange(m_removedSpan->start, m_removedSpan->end);
        m_removedSpan.reset();
    });
    connect(session, &ReviewSession::annotationsReset, this, &ArticleView::refreshAll);
}

std::optional<AnnotationHighlighter::Span> ArticleView::spanOf(AnnotationKind kind, int row) const
{
    if (!m_session || kind == AnnotationKind::Event)
        return std::nullopt;
    const Document &doc = m_session->document();
    AnnotationHighlighter::Span span;
    span.kind = kind;
    span.row = row;
    switch (kind) {
    case AnnotationKind::Mention: {
        if (row < 0 || row >= doc.mentions.size())
            return std::nullopt;
        const Mention &m = doc.mentions[row];
        span.start = m.start;
        span.end = m.end;
        span.format = AnnotationStyle::mentionFormat(m.type, m.provenance.status);
        break;
    }
    case AnnotationKind::Affiliation: {
        if (row < 0 || row >= doc.affiliations.size())
            return std::nullopt;
        const Affiliation &a = doc.affiliations[row];
        span.start = a.start;
        span.end = a.end;
        span.format = AnnotationStyle::affiliationFormat(a.provenance.status);
        break;
    }
    case AnnotationKind::Casualty: {
        if (row < 0 || row >= doc.casualties.size())
            return std::nullopt;
        const CasualtyFigure &c = doc.casualties[row];
        span.start = c.start;
        span.end = c.end;
        span.format = AnnotationStyle::casualtyFormat(c.provenance.status);
        break;
    }
    case AnnotationKind::Event:
        return std::nullopt;
    }
    span.start = toView(span.start);
    span.end = toView(span.end);
    return span;
}

QList<AnnotationHighlighter::Span> ArticleView::buildSpans() const
{
    QList<AnnotationHighlighter::Span> spans;
    if (!m_session)
        return spans;
    for (AnnotationKind kind :
         {AnnotationKind::Affiliation, AnnotationKind::Casualty, AnnotationKind::Mention}) {
        for (int row = 0; row < m_session->count(kind); ++row) {
            if (const auto span = spanOf(kind, row))
                spans.append(*span);
        }
    }
    return spans;
}

void ArticleView::refresh(AnnotationKind kind, int row)
{
    const auto span = spanOf(kind, row);
    if (!span)
        return refreshAll();
    // A changed span may have moved: redraw the old place too (the highlighter still has it).
    int start = span->start, end = span->end;
    for (const auto &old : m_highlighter->spansAt(start)) {
        if (old.kind == kind && old.row == row)
            end = std::max(end, old.end);
    }
    refreshRange(start, end);
}

void ArticleView::refreshRange(int start, int end)
{
    m_highlighter->updateSpans(buildSpans(), start, end);
    setSelectedAnnotation(m_selectedKind, m_selectedRow);
}

void ArticleView::refreshAll()
{
    m_highlighter->setSpans(buildSpans());
    setSelectedAnnotation(m_selectedKind, m_selectedRow);
}

void ArticleView::setSelectedAnnotation(AnnotationKind kind, int row)
{
    const bool moved = kind != m_selectedKind || row != m_selectedRow;
    m_selectedKind = kind;
    m_selectedRow = row;
    std::optional<TextSpan> span;
    if (m_session && row >= 0) {
        if (const auto cp = m_session->span(kind, row))
            span = TextSpan{toView(cp->start), toView(cp->end)};
    }
    if (!span) {
        setExtraSelections({});
        return;
    }
    QTextEdit::ExtraSelection outline;
    outline.cursor = QTextCursor(document());
    outline.cursor.setPosition(span->start);
    outline.cursor.setPosition(span->end, QTextCursor::KeepAnchor);
    // QTextLayout draws a rectangle around a selection whose format has an outline pen.
    outline.format.setProperty(QTextFormat::OutlinePen,
                               QPen(palette().color(QPalette::Highlight), 2));
    setExtraSelections({outline});
    if (moved) {
        QTextCursor cursor(document());
        cursor.setPosition(span->start);
        setTextCursor(cursor);
        centerCursor();
    }
}

std::optional<TextSpan> ArticleView::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    return TextSpan{toCodePoint(cursor.selectionStart()), toCodePoint(cursor.selectionEnd())};
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int position = cursorForPosition(event->position().toPoint()).position();
    const auto spans = m_highlighter->spansAt(position);
    if (!spans.isEmpty())
        emit annotationClicked(spans.first().kind, spans.first().row);
}

bool ArticleView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const auto spans = m_highlighter->spansAt(cursorForPosition(inViewport).position());
        QStringList lines;
        for (const auto &span : spans)
            lines << toolTipFor(span.kind, span.row);
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<hr>")), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

QString ArticleView::toolTipFor(AnnotationKind kind, int row) const
{
    if (!m_session)
        return {};
    const Document &doc = m_session->document();
    const Provenance *provenance = nullptr;
    QString what;
    switch (kind) {
    case AnnotationKind::Mention: {
        const Mention &m = doc.mentions[row];
        what = tr("<b>%1</b>: %2").arg(VocabularyLabels::label(m.type), m.canonical.toHtmlEscaped());
        provenance = &m.provenance;
        break;
    }
    case AnnotationKind::Affiliation: {
        const Affiliation &a = doc.affiliations[row];
        what = tr("<b>Affiliation</b>: %1 %2 %3%4")
                   .arg(a.actor.toHtmlEscaped(), VocabularyLabels::label(a.relation),
                        a.relationTarget.toHtmlEscaped(), a.former ? tr(" (former)") : QString());
        provenance = &a.provenance;
        break;
    }
    case AnnotationKind::Casualty: {
        const CasualtyFigure &c = doc.casualties[row];
        what = tr("<b>Casualty figure</b>: %1 %2, best %3 (%4)")
                   .arg(c.victim.toHtmlEscaped(), VocabularyLabels::label(c.kind),
                        c.best ? QString::number(*c.best) : tr("unknown"),
                        VocabularyLabels::label(c.precision));
        provenance = &c.provenance;
        break;
    }
    case AnnotationKind::Event:
        return {};
    }
    return tr("%1<br>%2, from %3, confidence %4")
        .arg(what, VocabularyLabels::label(provenance->status),
             provenance->origin.toHtmlEscaped(),
             QLocale().toString(provenance->confidence, 'f', 2));
}
