#include "core/guidelines/guidelinebook.h"
#include "ui/guidelinesdock.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

// The guidelines dock as the analyst uses it: opened at a rule (Shift+F1 in the main window
// calls showAnchor), browsed with links and Back/Forward/Contents, and never leaving the
// shipped pages.
class TestGuidelinesDock : public QObject
{
    Q_OBJECT

    // The first block holding the anchor `name`, or an invalid block.
    static QTextBlock anchorBlock(const QTextDocument *document, const QString &name)
    {
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().anchorNames().contains(name))
                    return block;
            }
        }
        return {};
    }

    // Where the link to `href` sits in the viewport, scrolled into view first.
    static QPoint linkPoint(QTextBrowser *browser, const QString &href)
    {
        const QTextDocument *document = browser->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != href)
                    continue;
                QTextCursor cursor(browser->document());
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                browser->setTextCursor(cursor);
                browser->ensureCursorVisible();
                return browser->cursorRect(cursor).center();
            }
        }
        return {-1, -1};
    }

    // True when the top of the anchor's block is inside the visible part of the page.
    static bool anchorVisible(QTextBrowser *browser, const QString &name)
    {
        const QTextBlock block = anchorBlock(browser->document(), name);
        if (!block.isValid())
            return false;
        const qreal top =
            browser->document()->documentLayout()->blockBoundingRect(block).top();
        const int scrolled = browser->verticalScrollBar()->value();
        return top >= scrolled && top < scrolled + browser->viewport()->height();
    }

    static void click(QTextBrowser *browser, const QPoint &at)
    {
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    }

private slots:
    void init()
    {
        m_dock = new GuidelinesDock;
        m_dock->setLanguage(QStringLiteral("en"));
        m_dock->resize(420, 300);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock));
    }

    void cleanup()
    {
        delete m_dock;
        m_dock = nullptr;
    }

    void opensAtTheIndex()
    {
        QCOMPARE(m_dock->currentUrl(), GuidelineBook::indexUrl(QStringLiteral("en")));
        QVERIFY(m_dock->browser()->toPlainText().contains(QStringLiteral("Labelling guidelines")));
    }

    void scrollsToTheRule()
    {
        m_dock->showAnchor(QStringLiteral("casualties.not-a-figure"));
        QCOMPARE(m_dock->currentUrl().toString(),
                 QStringLiteral("qrc:/guidelines/en/casualties.html#casualties.not-a-figure"));
        QVERIFY(m_dock->browser()->toPlainText().contains(
            QStringLiteral("captured loads of weapons and ammunition")));
        // The rule is at the end of a long page: the page has moved to show it.
        QVERIFY(m_dock->browser()->verticalScrollBar()->value() > 0);
        QVERIFY(anchorVisible(m_dock->browser(), QStringLiteral("casualties.not-a-figure")));
        QVERIFY(m_dock->statusText().contains(QStringLiteral("What is not a casualty figure")));

        // Another rule higher on the same page scrolls back up to it.
        m_dock->showAnchor(QStringLiteral("casualties.kind"));
        QVERIFY(anchorVisible(m_dock->browser(), QStringLiteral("casualties.kind")));
        QVERIFY(!anchorVisible(m_dock->browser(), QStringLiteral("casualties.not-a-figure")));
    }

    void showsTheLanguageOfTheProgram()
    {
        m_dock->setLanguage(QStringLiteral("ar"));
        m_dock->showAnchor(QStringLiteral("affiliations.backed-by"));
        QCOMPARE(m_dock->currentUrl().toString(),
                 QStringLiteral("qrc:/guidelines/ar/affiliations.html#affiliations.backed-by"));
        const QTextBlock block =
            anchorBlock(m_dock->browser()->document(), QStringLiteral("affiliations.backed-by"));
        QVERIFY(block.isValid());
        QVERIFY(block.text().contains(QStringLiteral("\u0645\u062f\u0639\u0648\u0645"))); // مدعوم
        QCOMPARE(int(block.blockFormat().layoutDirection()), int(Qt::RightToLeft));
        QVERIFY(anchorVisible(m_dock->browser(), QStringLiteral("affiliations.backed-by")));

        m_dock->setLanguage(QStringLiteral("fr"));
        QCOMPARE(m_dock->currentUrl(), GuidelineBook::indexUrl(QStringLiteral("fr")));
        m_dock->setLanguage(QStringLiteral("de"));
        QCOMPARE(m_dock->language(), QStringLiteral("en"));
    }

    void backForwardAndContents()
    {
        auto *back = m_dock->findChild<QToolButton *>(QStringLiteral("guidelinesBack"));
        auto *forward = m_dock->findChild<QToolButton *>(QStringLiteral("guidelinesForward"));
        auto *home = m_dock->findChild<QToolButton *>(QStringLiteral("guidelinesHome"));
        QVERIFY(back && forward && home);
        QVERIFY(!back->isEnabled());

        const QUrl person = GuidelineBook::urlFor(QStringLiteral("entity-types.person"),
                                                  QStringLiteral("en"));
        const QUrl thresholds = GuidelineBook::urlFor(QStringLiteral("training.thresholds"),
                                                      QStringLiteral("en"));
        m_dock->showAnchor(QStringLiteral("entity-types.person"));
        m_dock->showAnchor(QStringLiteral("training.thresholds"));
        QVERIFY(back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(m_dock->currentUrl(), person);
        QVERIFY(forward->isEnabled());
        QTest::mouseClick(forward, Qt::LeftButton);
        QCOMPARE(m_dock->currentUrl(), thresholds);
        QTest::mouseClick(home, Qt::LeftButton);
        QCOMPARE(m_dock->currentUrl(), GuidelineBook::indexUrl(QStringLiteral("en")));
    }

    void followsLinksBetweenPages()
    {
        const QPoint at = linkPoint(m_dock->browser(), QStringLiteral("entity-types.html"));
        QVERIFY(at.x() >= 0);
        click(m_dock->browser(), at);
        QCOMPARE(m_dock->currentUrl(),
                 GuidelineBook::pageUrl(QStringLiteral("entity-types"), QStringLiteral("en")));
    }

    void doesNotFollowLinksOutsideTheGuidelines()
    {
        const QUrl index = GuidelineBook::indexUrl(QStringLiteral("en"));
        const QString web = QStringLiteral("https://acleddata.com/resources/");
        const QPoint at = linkPoint(m_dock->browser(), web);
        QVERIFY(at.x() >= 0);
        click(m_dock->browser(), at);
        QCOMPARE(m_dock->currentUrl(), index);
        QVERIFY(m_dock->statusText().contains(web));
        QVERIFY(m_dock->browser()->toPlainText().contains(QStringLiteral("Labelling guidelines")));

        // Nor by any other way in: a local file is refused like a web page.
        m_dock->browser()->setSource(QUrl::fromLocalFile(QStringLiteral(CWB_SAMPLE_ARTICLE)));
        QCOMPARE(m_dock->currentUrl(), index);
        QVERIFY(m_dock->statusText().contains(QStringLiteral("sample-article.txt")));
        QVERIFY(!m_dock->browser()->toPlainText().contains(QStringLiteral("Jund al-Aqsa militants")));
    }

    void unknownRuleShowsTheIndex()
    {
        m_dock->showAnchor(QStringLiteral("entity-types.person"));
        m_dock->showAnchor(QStringLiteral("entity-types.weapon"));
        QCOMPARE(m_dock->currentUrl(), GuidelineBook::indexUrl(QStringLiteral("en")));
        QVERIFY(m_dock->statusText().contains(QStringLiteral("entity-types.weapon")));
    }

private:
    GuidelinesDock *m_dock = nullptr;
};

QTEST_MAIN(TestGuidelinesDock)
#include "test_guidelinesdock.moc"
