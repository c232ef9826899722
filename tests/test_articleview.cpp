#include "core/review/review.h"
#include "core/review/reviewsession.h"
#include "core/store/projectstore.h"
#include "core/text/offsetmap.h"
#include "ui/annotationhighlighter.h"
#include "ui/articleview.h"

#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

// An article that is one very long paragraph of Arabic, English and emoji: the view shows it
// broken into display blocks, and everything the analyst does in it must still land on the
// article's code points: clicking an annotation, selecting words (also across a place where
// the view broke the paragraph), the outline of the selected annotation, copying, and the
// highlights drawn once the text is scrolled into view.
class TestArticleView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ReviewSession> m_session;
    std::unique_ptr<ArticleView> m_view;
    QString m_text;
    OffsetMap m_offsets;

    // The article's code points [start, end) as text.
    QString slice(int start, int end) const
    {
        const int from = m_offsets.toUtf16(start);
        return m_text.mid(from, m_offsets.toUtf16(end) - from);
    }
    // The code point span of the n-th occurrence (0-based) of `needle` in the article.
    TextSpan find(const QString &needle, int occurrence) const
    {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = m_text.indexOf(needle, at + 1);
        const int start = m_offsets.toCodePoint(int(at));
        return {start, start + OffsetMap::codePointLength(needle)};
    }
    // The row of the mention at a code point span, -1 if none.
    int mentionRow(const TextSpan &span) const
    {
        const auto &mentions = m_session->document().mentions;
        for (int row = 0; row < mentions.size(); ++row) {
            if (mentions[row].start == span.start && mentions[row].end == span.end)
                return row;
        }
        return -1;
    }
    // Scrolls the view so the shown position is on screen, and gives the pixel of the
    // character after it.
    QPoint pointAt(int shownPosition)
    {
        QTextCursor cursor(m_view->document());
        cursor.setPosition(shownPosition);
        m_view->setTextCursor(cursor);
        m_view->centerCursor();
        QCoreApplication::processEvents();
        const QRect caret = m_view->cursorRect(cursor);
        return QPoint(caret.center().x() + 2, caret.center().y());
    }
    // The start of the display block the paragraph was broken at, nearest after `position`.
    int nextBlockStart(int shownPosition) const
    {
        return m_view->document()->findBlock(shownPosition).next().position();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_store = ProjectStore::open(m_dir.filePath("long.cwb"),
                                     ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_store, qPrintable(error));

        // About 60,000 UTF-16 units in one paragraph, with an emoji pair in every sentence so
        // code points and UTF-16 positions drift apart all along.
        const QString sentence = QStringLiteral(
            "Fighters of \u0647\u064a\u0626\u0629 \u062a\u062d\u0631\u064a\u0631 "
            "\u0627\u0644\u0634\u0627\u0645 \U0001F54A shelled Saraqib near Idlib \U0001F1F8"
            "\U0001F1FE while Hurras al-Din held the road to \u0625\u062f\u0644\u0628. ");
        for (int i = 0; i < 600; ++i)
            m_text += sentence;
        m_offsets = OffsetMap(m_text);

        Document document;
        document.article.uid = QStringLiteral("long-paragraph");
        document.article.title = QStringLiteral("One long paragraph");
        document.article.text = m_text;
        document.article.language = QStringLiteral("en");
        document.article.encoding = QStringLiteral("UTF-8");
        document.article.importedAt = QDateTime::currentDateTimeUtc();
        document.segments = {{0, m_offsets.codePointCount(), SegmentKind::Body}};
        // Every "Hurras al-Din" and every Arabic "Idlib" is a proposed mention.
        auto addAll = [&](const QString &needle, EntityType type) {
            for (int i = 0; i < 600; ++i) {
                const TextSpan span = find(needle, i);
                Mention mention;
                mention.start = span.start;
                mention.end = span.end;
                mention.text = needle;
                mention.type = type;
                mention.canonical = needle;
                mention.provenance.origin = QStringLiteral("kb:test");
                mention.provenance.confidence = 0.9;
                document.mentions.append(mention);
            }
        };
        addAll(QStringLiteral("Hurras al-Din"), EntityType::ArmedGroup);
        addAll(QStringLiteral("\u0625\u062f\u0644\u0628"), EntityType::Location);
        std::sort(document.mentions.begin(), document.mentions.end(),
                  [](const Mention &a, const Mention &b) { return a.start < b.start; });
        QVERIFY2(m_store->addDocument(document), qPrintable(m_store->lastError()));

        m_session = ReviewSession::open(*m_store, document.article.id, QStringLiteral("tester"),
                                        &error);
        QVERIFY2(m_session, qPrintable(error));
        m_view = std::make_unique<ArticleView>();
        m_view->resize(700, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setSession(m_session.get());
    }

    void longParagraphIsShownInShortBlocks()
    {
        QTextDocument *shown = m_view->document();
        QVERIFY2(shown->blockCount() > 20, qPrintable(QString::number(shown->blockCount())));
        for (QTextBlock block = shown->begin(); block.isValid(); block = block.next())
            QVERIFY(block.length() <= DisplayMap::DefaultMaxBlockLength + 1);
        // Taking the inserted breaks out gives the article back.
        QString text = m_view->toPlainText();
        QCOMPARE(text.count(QLatin1Char('\n')), shown->blockCount() - 1);
        text.remove(QLatin1Char('\n'));
        QCOMPARE(text, m_text);
    }

    void clickingAnAnnotationFarIntoTheParagraphReportsIt()
    {
        QSignalSpy clicked(m_view.get(), &ArticleView::annotationClicked);
        for (int occurrence : {0, 250, 599}) {
            const TextSpan span = find(QStringLiteral("Hurras al-Din"), occurrence);
            const int row = mentionRow(span);
            QVERIFY(row >= 0);
            clicked.clear();
            const QPoint point = pointAt(m_view->toView(span.start) + 3);
            QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, point);
            QCOMPARE(clicked.size(), 1);
            QCOMPARE(toString(clicked.first().at(0).value<AnnotationKind>()),
                     toString(AnnotationKind::Mention));
            QCOMPARE(clicked.first().at(1).toInt(), row);
        }
        // An Arabic name after many emoji: its shown position is far from its code point.
        const TextSpan idlib = find(QStringLiteral("\u0625\u062f\u0644\u0628"), 400);
        QVERIFY(m_view->toView(idlib.start) - idlib.start > 400);
        clicked.clear();
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          pointAt(m_view->toView(idlib.start) + 1));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().at(1).toInt(), mentionRow(idlib));
    }

    void selectionAcrossABreakIsTheArticlesText()
    {
        // Select from a few characters before the start of a display block to a few after it,
        // from the keyboard as an analyst would.
        const int blockStart =
            nextBlockStart(m_view->toView(find(QStringLiteral("Saraqib"), 300).start));
        QVERIFY(blockStart > 0);
        QTextCursor cursor(m_view->document());
        cursor.setPosition(blockStart - 5);
        m_view->setTextCursor(cursor);
        m_view->setFocus();
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
        const QTextCursor selection = m_view->textCursor();
        QVERIFY(selection.selectionStart() < blockStart && selection.selectionEnd() > blockStart);

        // The span reported is exactly the text the analyst sees selected, in the article.
        const auto selected = m_view->selectedSpan();
        QVERIFY(selected);
        QString seen = selection.selectedText();
        QCOMPARE(seen.count(QChar::ParagraphSeparator), 1);
        seen.remove(QChar::ParagraphSeparator);
        QCOMPARE(slice(selected->start, selected->end), seen);

        // Copying gives the article's text, without the break the view inserted.
        m_view->copy();
        QCOMPARE(QApplication::clipboard()->text(), seen);
    }

    void outlineOfAnAnnotationAcrossABreak()
    {
        // Make an annotation that straddles a break: the words on both sides of it.
        const int blockStart =
            nextBlockStart(m_view->toView(find(QStringLiteral("Saraqib"), 500).start));
        const int start = m_view->toCodePoint(blockStart - 8);
        const int end = m_view->toCodePoint(blockStart) + 6;
        QVERIFY(Review::addMention(*m_session, start, end, EntityType::Location));
        const int row = mentionRow({start, end});
        QVERIFY(row >= 0);
        const QString text = m_session->document().mentions[row].text;
        QCOMPARE(text, slice(start, end));

        m_view->setSelectedAnnotation(AnnotationKind::Mention, row);
        const auto outlines = m_view->extraSelections();
        QCOMPARE(outlines.size(), 1);
        const QTextCursor outline = outlines.first().cursor;
        QCOMPARE(m_view->toCodePoint(outline.selectionStart()), start);
        QCOMPARE(m_view->toCodePoint(outline.selectionEnd()), end);
        // The outlined text, shown on two lines, is the annotation's.
        QString shown = outline.selectedText();
        shown.remove(QChar::ParagraphSeparator);
        QCOMPARE(shown, text);
        // Both halves are drawn: the highlighter has the span on each side of the break.
        auto drawnAt = [this, row](int shownPosition) {
            for (const auto &span : m_view->highlighter()->spansAt(shownPosition)) {
                if (span.kind == AnnotationKind::Mention && span.row == row)
                    return true;
            }
            return false;
        };
        QVERIFY(drawnAt(blockStart - 2));
        QVERIFY(drawnAt(blockStart + 2));
    }

    void highlightsAreDrawnWhereTheTextIsScrolledTo()
    {
        // Accept a mention far down (one that sits in one display block); once the view shows
        // it, its block carries the accepted (filled) format over the mention's characters.
        TextSpan span;
        int from = 0;
        int to = 0;
        for (int occurrence = 420; occurrence < 480; ++occurrence) {
            span = find(QStringLiteral("Hurras al-Din"), occurrence);
            from = m_view->toView(span.start);
            to = m_view->toView(span.end);
            if (m_view->document()->findBlock(from).contains(to - 1))
                break;
        }
        const QTextBlock block = m_view->document()->findBlock(from);
        QVERIFY(block.contains(to - 1));
        const int row = mentionRow(span);
        QVERIFY(Review::accept(*m_session, AnnotationKind::Mention, row));
        m_view->setSelectedAnnotation(AnnotationKind::Mention, row);
        m_view->viewport()->repaint();
        bool filled = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            const int start = block.position() + range.start;
            const int end = start + range.length;
            if (range.format.background().style() == Qt::NoBrush || end <= from || start >= to)
                continue;
            // A filled range over the mention covers nothing outside it.
            QVERIFY(start >= from && end <= to);
            filled = true;
        }
        QVERIFY(filled);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_session.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestArticleView)
#include "test_articleview.moc"
