#include "ui/articleview.h"

#include "core/review/reviewsession.h"
#include "core/review/vocabularylabels.h"
#include "ui/annotationstyle.h"

#include <QHelpEvent>
#include <QMimeData>
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
        m_display = DisplayMap();
        m_highlighter->setSegments({});
        m_highlighter->setSpans({});
        return;
    }
    m_display = DisplayMap(session->article().text);
    setPlainText(m_display.text());

    QList<Segment> segments;
    for (const Segment &segment : session->document().segments)
        segments.append({toView(segment.start), toView(segment.end), segment.kind});
    m_highlighter->setSegments(segments);
    m_highlighter->setSpans(buildSpans());
    if (m_noiseHidden)
        applyNoiseVisibility();

    connect(session, &ReviewSession::annotationChanged, this,
            [this](AnnotationKind kind, int row) {
                m_highlighter->changeRow(kind, row, spanOf(kind, row));
                afterChange();
            });
    connect(session, &ReviewSession::annotationInserted, this,
            [this](AnnotationKind kind, int row) {
                m_highlighter->insertRow(kind, row, spanOf(kind, row));
                afterChange();
            });
    connect(session, &ReviewSession::annotationRemoved, this,
            [this](AnnotationKind kind, int row) {
                m_highlighter->removeRow(kind, row);
                afterChange();
            });
    connect(session, &ReviewSession::annotationsReset, this, &ArticleView::refreshAll);
}

void ArticleView::setNoiseHidden(bool hidden)
{
    if (hidden == m_noiseHidden)
        return;
    m_noiseHidden = hidden;
    applyNoiseVisibility();
}

void ArticleView::applyNoiseVisibility()
{
    if (!m_session)
        return;
    // Noise segments in view positions, in text order (segments tile the text).
    QList<QPair<int, int>> noise;
    for (const Segment &segment : m_session->document().segments) {
        if (segment.kind == SegmentKind::Boilerplate || segment.kind == SegmentKind::Comment
            || segment.kind == SegmentKind::Spam)
            noise.append({toView(segment.start), toView(segment.end)});
    }
    qsizetype next = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const int start = block.position();
        const int end = start + qMax(0, block.length() - 1);
        while (next < noise.size() && noise.at(next).second < end)
            ++next;
        // A block is noise when one noise segment holds it whole (an empty line between two
        // noise segments too, so that the collapsed page has no gaps).
        bool inNoise = next < noise.size() && noise.at(next).first <= start
            && end <= noise.at(next).second;
        if (block.length() <= 1 && !inNoise) {
            const bool afterNoise = next > 0 && noise.at(next - 1).second >= start - 1;
            const bool beforeNoise = next < noise.size() && noise.at(next).first <= end + 1;
            inNoise = afterNoise && beforeNoise;
        }
        block.setVisible(!(m_noiseHidden && inNoise));
    }
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
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

void ArticleView::afterChange()
{
    setSelectedAnnotation(m_selectedKind, m_selectedRow);
    viewport()->update();
}

void ArticleView::refreshAll()
{
    m_highlighter->setSpans(buildSpans());
    afterChange();
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    formatVisibleBlocks();
    QPlainTextEdit::paintEvent(event);
}

void ArticleView::formatVisibleBlocks()
{
    // The same walk as QPlainTextEdit::paintEvent: from the first visible block down to the
    // bottom of the viewport. Formatting a block may change its height (a title's font), so
    // each height is read after the block is formatted.
    //
    // The layouts of shown blocks keep their shaped glyphs (setCacheEnabled): by default
    // QTextLayout drops them after laying out, and the paint that follows shapes every newly
    // shown line a second time. A block that has been painted keeps them anyway.
    const qreal bottom = viewport()->rect().bottom();
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return;
    block.layout()->setCacheEnabled(true);
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= bottom) {
        block.layout()->setCacheEnabled(true);
        m_highlighter->ensureFormatted(block);
        top += blockBoundingRect(block).height();
        block = block.next();
    }
}

QMimeData *ArticleView::createMimeDataFromSelection() const
{
    const auto span = selectedSpan();
    if (!span || !m_session)
        return QPlainTextEdit::createMimeDataFromSelection();
    auto *data = new QMimeData;
    data->setText(m_session->slice(span->start, span->end));
    return data;
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
