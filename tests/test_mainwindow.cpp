#include "core/store/projectstore.h"
#include "ui/mainwindow.h"
#include "ui/segmenthighlighter.h"
#include "windowtesthelpers.h"

#include <QDockWidget>
#include <QTextBlock>
#include <QTreeView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// Opens the real window on a fresh project, imports the sample article, walks its segments
// from the keyboard and checks the view, the segment list and the database agree.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void importAndBrowseTheSample()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath("sample.cwb");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(projectPath));
        QVERIFY(window.windowTitle().contains("sample.cwb"));

        QVERIFY(importAndWait(window, {CWB_SAMPLE_ARTICLE}));

        auto *articles = window.findChild<QTreeView *>("articleList");
        auto *view = window.findChild<QPlainTextEdit *>("articleView");
        auto *segments = window.findChild<QTreeWidget *>("segmentList");
        QVERIFY(articles && view && segments);
        QCOMPARE(articles->model()->rowCount(), 1);
        QCOMPARE(articles->currentIndex().data().toString(),
                 QStringLiteral("Turkish-backed faction clashes with HTS near Darat Izza"));

        QFile sample(CWB_SAMPLE_ARTICLE);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(sample.readAll());
        QCOMPARE(view->toPlainText(), text);
        QCOMPARE(segments->topLevelItemCount(), int(window.currentDocument().segments.size()));

        // Noise is shown as noise: the highlighter knows the appeal is boilerplate and the
        // money offer is spam.
        auto *highlighter = view->document()->findChild<SegmentHighlighter *>();
        QVERIFY(highlighter);
        QCOMPARE(toString(highlighter->kindAt(int(text.indexOf("Do you like this content")))),
                 toString(SegmentKind::Boilerplate));
        QCOMPARE(toString(highlighter->kindAt(int(text.indexOf("I make $85")))), toString(SegmentKind::Spam));
        QCOMPARE(toString(highlighter->kindAt(int(text.indexOf("On June 4")))), toString(SegmentKind::Body));

        // Walk the segment list from the keyboard: each row selects its span in the view.
        segments->setFocus();
        segments->setCurrentItem(segments->topLevelItem(0));
        int bodyRow = -1;
        for (int row = 0; row < segments->topLevelItemCount(); ++row) {
            if (segments->topLevelItem(row)->text(0) == QLatin1String("body")) {
                bodyRow = row;
                break;
            }
        }
        QVERIFY(bodyRow > 0);
        for (int row = 0; row < bodyRow; ++row)
            QTest::keyClick(segments, Qt::Key_Down);
        QCOMPARE(segments->currentItem(), segments->topLevelItem(bodyRow));
        QVERIFY2(view->textCursor().selectedText().startsWith("On June 4, fighters"),
                 qPrintable(view->textCursor().selectedText()));

        // Ctrl+Shift+H collapses the page noise and shows it again; the text is unchanged.
        const auto blockAt = [&](const char *phrase) {
            return view->document()->findBlock(int(text.indexOf(QLatin1String(phrase))));
        };
        view->setFocus();
        QTest::keyClick(view, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!blockAt("I make $85").isVisible());
        QVERIFY(!blockAt("Do you like this content").isVisible());
        QVERIFY(blockAt("On June 4").isVisible());
        QCOMPARE(view->toPlainText(), text);
        QTest::keyClick(view, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(blockAt("I make $85").isVisible());

        // What the window shows is what the project holds.
        QString error;
        auto reopened = ProjectStore::open(projectPath, ProjectStore::OpenMode::ExistingOnly,
                                           &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->articles().size(), 1);
        const auto stored = reopened->loadDocument(reopened->articles().first().id);
        QVERIFY(stored);
        QCOMPARE(stored->segments, window.currentDocument().segments);
    }

    void importingTheSameArticleTwiceKeepsOne()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openProject(dir.filePath("p.cwb")));
        QVERIFY(importAndWait(window, {CWB_SAMPLE_ARTICLE}));
        QVERIFY(importAndWait(window, {CWB_SAMPLE_ARTICLE}));
        QCOMPARE(window.findChild<QTreeView *>("articleList")->model()->rowCount(), 1);
    }

    void badFileIsReportedAndNothingStored()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath("empty.txt");
        QFile(empty).open(QIODevice::WriteOnly);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(dir.filePath("p.cwb")));
        QVERIFY(importAndWait(window, {empty}));
        auto *box = window.findChild<QMessageBox *>("importProblems");
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->detailedText().contains("empty.txt"), qPrintable(box->detailedText()));
        QCOMPARE(window.project()->articles().size(), 0);
        box->accept();
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
