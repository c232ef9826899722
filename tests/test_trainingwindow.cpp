#include "core/review/review.h"
#include "core/review/reviewsession.h"
#include "core/store/projectstore.h"
#include "ui/articleview.h"
#include "ui/feedbackview.h"
#include "ui/mainwindow.h"
#include "windowtesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QTreeView>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QChartView>
#include <QLineSeries>

// A trainee walked through a gold article in the real window: the adjudicator accepts the
// shared set's proposals and marks it gold; the trainee opens the article blind (nothing of
// the shared set is shown), marks two names from the keyboard, and asks for the score. The
// feedback window shows what was missed, and the project holds the trainee's set and score.
class TestTrainingWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    static bool press(MainWindow &window, int key, Qt::KeyboardModifiers modifiers = {})
    {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, Qt::Key(key), modifiers);
        return true;
    }
    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
    // Selects `phrase` in the view with the keyboard (Home, Right to its start, Shift+Right).
    static void selectPhrase(ArticleView *view, const QString &phrase)
    {
        const int at = int(view->toPlainText().indexOf(phrase));
        QVERIFY(at >= 0);
        QTextCursor cursor = view->textCursor();
        cursor.setPosition(at);
        view->setTextCursor(cursor);
        for (int i = 0; i < phrase.size(); ++i)
            QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(view->textCursor().selectedText(), phrase);
    }

private slots:
    void annotatorsAreAddedWithTheirRoles()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir.filePath("people.cwb")));
        action(window, "annotators")->trigger();
        auto *dialog = window.findChild<QDialog *>("annotatorsDialog");
        QVERIFY(dialog && dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>("name");
        auto *role = dialog->findChild<QComboBox *>("role");
        auto *list = dialog->findChild<QTreeWidget *>("annotatorList");
        QVERIFY(name && role && list);
        QTest::keyClicks(name, QStringLiteral("ada"));
        role->setCurrentIndex(role->findData(int(ProjectStore::AnnotatorRole::Adjudicator)));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(list->topLevelItemCount(), 1);
        const auto ada = window.project()->annotator(QStringLiteral("ada"));
        QVERIFY(ada);
        QCOMPARE(int(ada->role), int(ProjectStore::AnnotatorRole::Adjudicator));
        // The same name again is refused, with the reason, and nothing changes.
        QTest::keyClicks(name, QStringLiteral("ada"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!dialog->findChild<QLabel *>("message")->text().isEmpty());
        QCOMPARE(window.project()->annotators().size(), 1);
        dialog->close();
    }

    void traineeIsScoredAgainstGold()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath("training.cwb");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(importAndWait(window, {QStringLiteral(CWB_FIXTURES_DIR "/detect/hurras-saraqib.txt")}));
        ReviewSession *shared = window.session();
        const qint64 articleId = shared->articleId();
        const int goldMentions = shared->count(AnnotationKind::Mention);
        QVERIFY(goldMentions > 2);

        // The adjudicator accepts every proposal, then marks the shared set as gold.
        for (int row = 0; row < goldMentions; ++row)
            QVERIFY(Review::accept(*shared, AnnotationKind::Mention, row));
        action(window, "markGold")->trigger();
        QVERIFY2(window.project()->goldMark(articleId).has_value(),
                 qPrintable(window.statusBar()->currentMessage()));

        // The trainee "tariq" opens the article blind.
        action(window, "annotateAsTrainee")->trigger();
        auto *ask = window.findChild<QInputDialog *>("traineeName");
        QVERIFY(ask);
        ask->setTextValue(QStringLiteral("tariq"));
        ask->accept();
        QTRY_VERIFY(!window.findChild<QInputDialog *>("traineeName")); // closed and gone
        QCOMPARE(window.owner(), QStringLiteral("tariq"));
        QVERIFY(window.windowTitle().contains("tariq"));
        QCOMPARE(window.session()->count(AnnotationKind::Mention), 0);

        // Two names marked from the keyboard: Hurras al-Din as an armed group (1), Saraqib as
        // a location (5).
        auto *view = window.findChild<ArticleView *>("articleView");
        view->setFocus();
        const Document gold = *window.project()->loadDocument(articleId);
        QString group;
        QString place;
        for (const Mention &m : gold.mentions) {
            if (m.type == EntityType::ArmedGroup && group.isEmpty())
                group = m.text;
            if (m.type == EntityType::Location && place.isEmpty())
                place = m.text;
        }
        QVERIFY(!group.isEmpty() && !place.isEmpty());
        selectPhrase(view, group);
        QVERIFY(press(window, Qt::Key_1));
        selectPhrase(view, place);
        QVERIFY(press(window, Qt::Key_5));
        QCOMPARE(window.session()->count(AnnotationKind::Mention), 2);

        // A trainee cannot make their own set the gold.
        action(window, "markGold")->trigger();
        QCOMPARE(window.project()->goldMark(articleId)->goldOwner, QString());
        QVERIFY(window.statusBar()->currentMessage().contains("trainee"));

        // In the file: the trainee's set holds the two, the shared set is as it was.
        const auto traineeSet = window.project()->loadDocument(articleId, QStringLiteral("tariq"));
        QVERIFY(traineeSet);
        QCOMPARE(traineeSet->mentions.size(), 2);
        QCOMPARE(window.project()->loadDocument(articleId)->mentions.size(), goldMentions);

        // The score: precision is perfect, recall is what two of the gold mentions make.
        action(window, "scoreTrainee")->trigger();
        auto *feedback = window.findChild<FeedbackView *>("feedbackView");
        QVERIFY(feedback);
        QVERIFY(feedback->isValid());
        const auto scores = window.project()->scores(QStringLiteral("tariq"));
        QCOMPARE(scores.size(), 1);
        QVERIFY(scores.first().strictF1 > 0.0);
        QVERIFY(scores.first().strictF1 < 1.0);
        // Every gold mention the trainee did not mark is listed as missed.
        QVERIFY(feedback->disagreementList()->model()->rowCount() >= goldMentions - 2);

        // The trainee closes the feedback window and goes back to the shared set.
        auto *feedbackWindow = window.findChild<QDialog *>("feedbackWindow");
        QVERIFY(feedbackWindow);
        feedbackWindow->close();
        // Back to the shared set: all of it is shown again.
        action(window, "backToShared")->trigger();
        QCOMPARE(window.owner(), QString());
        QCOMPARE(window.session()->count(AnnotationKind::Mention), goldMentions);

        // A second trainee marks only the group: agreement with the first is 2/3 (one span in
        // common, one only tariq marked), one point on the chart of agreement over time.
        action(window, "annotateAsTrainee")->trigger();
        ask = window.findChild<QInputDialog *>("traineeName");
        QVERIFY(ask);
        ask->setTextValue(QStringLiteral("sami"));
        ask->accept();
        QCOMPARE(window.owner(), QStringLiteral("sami"));
        QCOMPARE(window.session()->count(AnnotationKind::Mention), 0);
        view->setFocus();
        selectPhrase(view, group);
        QVERIFY(press(window, Qt::Key_1));
        QCOMPARE(window.session()->count(AnnotationKind::Mention), 1);
        action(window, "agreement")->trigger();
        // The per-article table names the article by its title.
        auto *agreementView = window.findChild<QWidget *>("agreementView");
        QVERIFY(agreementView);
        bool titled = false;
        for (auto *table : agreementView->findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = table->model();
            for (int row = 0; model && row < model->rowCount(); ++row)
                titled = titled || model->index(row, 0).data().toString() == gold.article.title;
        }
        QVERIFY(titled);
        auto *chart = window.findChild<QChartView *>("agreementChart");
        QVERIFY(chart);
        auto *overall = qobject_cast<QLineSeries *>(chart->chart()->series().value(0));
        QVERIFY(overall);
        QCOMPARE(overall->count(), 1);
        QVERIFY2(qAbs(overall->at(0).y() - 2.0 / 3.0) < 1e-9,
                 qPrintable(QString::number(overall->at(0).y())));

        // Listed as an analyst (cwb annotators add), the user may no longer decide gold.
        action(window, "backToShared")->trigger();
        QVERIFY(window.project()->addAnnotator(window.userName(),
                                               ProjectStore::AnnotatorRole::Analyst,
                                               QStringLiteral("test")));
        QVERIFY(window.project()->unmarkGold(articleId, QStringLiteral("test")));
        action(window, "markGold")->trigger();
        QVERIFY(!window.project()->goldMark(articleId).has_value());
        QVERIFY2(window.statusBar()->currentMessage().contains("adjudicator"),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestTrainingWindow)
#include "test_trainingwindow.moc"
