#include "core/review/articlelistmodel.h"
#include "core/review/review.h"
#include "core/review/reviewsession.h"
#include "core/store/projectstore.h"
#include "ui/annotationeditordialog.h"
#include "ui/articleview.h"
#include "ui/languagesettings.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "windowtesthelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

// The workbench around the review itself, driven like an analyst would: the article list
// with review progress and its filter, recent projects, importing by drag and drop and from
// the clipboard (in the background, cancellable), adjusting a span's ends and deleting from
// the keyboard, correcting an event, reloading what another process saved, and choosing the
// language. After each step the window, the models and the project file must agree.
class TestWorkbenchWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString fixture(const QString &name) const
    {
        return QStringLiteral(CWB_FIXTURES_DIR "/") + name;
    }
    static bool press(MainWindow &window, int key, Qt::KeyboardModifiers modifiers = {})
    {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, Qt::Key(key), modifiers);
        return true;
    }
    static Document stored(const QString &path, qint64 articleId)
    {
        QString error;
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
        if (!store)
            qFatal("cannot reopen: %s", qPrintable(error));
        return *store->loadDocument(articleId);
    }
    static QString status(MainWindow &window) { return window.statusBar()->currentMessage(); }
    static void dropOn(MainWindow &window, QMimeData *data)
    {
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings().clear();
    }

    void articleListShowsProgressAndFilters()
    {
        const QString path = m_dir.filePath("list.cwb");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(importAndWait(window, {fixture("detect/hurras-saraqib.txt"),
                                       fixture("rules/hama-raid.txt")}));
        auto *list = window.findChild<QTreeView *>("articleList");
        auto *filter = window.findChild<QComboBox *>("articleFilter");
        QVERIFY(list && filter);
        QCOMPARE(list->model()->rowCount(), 2);

        // The article shown is the first imported; its progress reads "0/N".
        const qint64 shown = window.session()->articleId();
        const int total = window.session()->count(AnnotationKind::Mention)
            + window.session()->count(AnnotationKind::Affiliation)
            + window.session()->count(AnnotationKind::Casualty)
            + window.session()->count(AnnotationKind::Event);
        QVERIFY(total > 0);
        QCOMPARE(list->currentIndex().siblingAtColumn(ArticleListModel::ProgressColumn)
                     .data().toString(),
                 QStringLiteral("0/%1").arg(total));

        // Accepting one proposal moves the article to "in progress" at once.
        window.findChild<ArticleView *>("articleView")->setFocus();
        QVERIFY(press(window, Qt::Key_J));
        QVERIFY(press(window, Qt::Key_A));
        QCOMPARE(status(window), QStringLiteral("All changes saved"));
        QCOMPARE(list->currentIndex().siblingAtColumn(ArticleListModel::ProgressColumn)
                     .data().toString(),
                 QStringLiteral("1/%1").arg(total));

        // "In progress" lists only that article; "Not started" only the other one.
        filter->setCurrentIndex(filter->findText(tr("In progress")));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(),
                 shown);
        filter->setCurrentIndex(filter->findText(tr("Not started")));
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong()
                != shown);
        // Ctrl+PageDown goes to the next article of the filtered list and opens it.
        filter->setCurrentIndex(0);
        QVERIFY(press(window, Qt::Key_PageDown, Qt::ControlModifier));
        QVERIFY(window.session()->articleId() != shown);

        // The same counts come from the project file, for the next start.
        QString error;
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
        QVERIFY(store);
        for (const auto &summary : store->articles()) {
            if (summary.id == shown) {
                QCOMPARE(summary.annotationCount, total);
                QCOMPARE(summary.proposedCount, total - 1);
            }
        }
    }

    void recentProjectsAreOfferedNewestFirst()
    {
        const QString first = m_dir.filePath("first.cwb");
        const QString second = m_dir.filePath("second.cwb");
        MainWindow window;
        QVERIFY(window.openProject(first));
        QVERIFY(window.openProject(second));
        QMenu *recent = nullptr;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            if (menu->title() == tr("Open &Recent"))
                recent = menu;
        }
        QVERIFY(recent);
        emit recent->aboutToShow();
        const QList<QAction *> actions = recent->actions();
        QVERIFY(actions.size() >= 2);
        QVERIFY2(actions.at(0)->text().endsWith("second.cwb"), qPrintable(actions.at(0)->text()));
        QVERIFY(actions.at(1)->text().endsWith("first.cwb"));
        // Choosing one opens it.
        actions.at(1)->trigger();
        QCOMPARE(QFileInfo(window.project()->path()).fileName(), QStringLiteral("first.cwb"));
        QVERIFY(window.windowTitle().contains("first.cwb"));
    }

    void dropAndPasteImportInTheBackground()
    {
        const QString path = m_dir.filePath("drop.cwb");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));

        QSignalSpy finished(&window, &MainWindow::importFinished);
        auto *files = new QMimeData;
        files->setUrls({QUrl::fromLocalFile(fixture("ingest"))}); // a folder
        dropOn(window, files);
        QVERIFY(finished.wait(60000));
        delete files;
        const int fromFolder = int(window.project()->articles().size());
        QVERIFY2(fromFolder >= 1, "the dropped folder's articles are imported");

        // A web address is refused, never fetched.
        auto *web = new QMimeData;
        web->setUrls({QUrl(QStringLiteral("https://example.org/article.html"))});
        dropOn(window, web);
        delete web;
        QVERIFY(!window.isImporting());
        QVERIFY2(status(window).contains(tr("save the page first")), qPrintable(status(window)));

        // Paste an article from the clipboard (Ctrl+Shift+V).
        QApplication::clipboard()->setText(QStringLiteral(
            "Clashes near Saraqib\n\nFighters of Hurras al-Din killed two soldiers of the "
            "Syrian Arab Army near Saraqib on Monday, activists said."));
        QVERIFY(press(window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier));
        QVERIFY(finished.wait(60000));
        QCOMPARE(int(window.project()->articles().size()), fromFolder + 1);
        QVERIFY(window.currentDocument().article.text.contains("Hurras al-Din killed two"));
        QVERIFY(!window.currentDocument().casualties.isEmpty());
    }

    void cancellingAnImportKeepsWhatWasStored()
    {
        const QString path = m_dir.filePath("cancel.cwb");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        const QStringList inputs = {fixture("eval")};
        QVERIFY(window.importPaths(inputs));
        QVERIFY(window.isImporting());
        auto *progress = window.findChild<QProgressDialog *>("importProgress");
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(60000));
        QVERIFY(!window.isImporting());
        // Whatever was stored before the cancel is complete and listed; the rest is not there.
        const auto articles = window.project()->articles();
        QVERIFY2(articles.size() < 24, "the import stopped before the last article");
        QVERIFY2(status(window).contains("Cancelled"), qPrintable(status(window)));
        for (const auto &summary : articles)
            QVERIFY(window.project()->loadDocument(summary.id).has_value());
    }

    void adjustDeleteAndCorrectAnEventFromTheKeyboard()
    {
        const QString path = m_dir.filePath("adjust.cwb");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(importAndWait(window, {fixture("detect/hurras-saraqib.txt")}));
        ReviewSession &session = *window.session();
        const qint64 articleId = session.articleId();
        auto *view = window.findChild<ArticleView *>("articleView");
        view->setFocus();

        // Select a mention and extend its end by a word, then shrink it back.
        QVERIFY(press(window, Qt::Key_J));
        QCOMPARE(toString(window.selectedKind()), toString(AnnotationKind::Mention));
        const int row = window.selectedRow();
        const Mention before = session.document().mentions.at(row);
        QVERIFY(press(window, Qt::Key_Right, Qt::AltModifier));
        const Mention longer = session.document().mentions.at(window.selectedRow());
        QVERIFY2(longer.end > before.end, qPrintable(longer.text));
        QCOMPARE(longer.start, before.start);
        QVERIFY(longer.text.startsWith(before.text));
        Mention inFile;
        for (const Mention &m : stored(path, articleId).mentions) {
            if (m.id == before.id)
                inFile = m;
        }
        QCOMPARE(inFile.end, longer.end);
        QCOMPARE(toString(inFile.provenance.status), toString(Status::Corrected));
        QVERIFY(press(window, Qt::Key_Left, Qt::AltModifier));
        QCOMPARE(session.document().mentions.at(window.selectedRow()).end, before.end);
        // The start cannot pass the end: the span is one word, so it refuses and says so.
        const int words = int(before.text.split(QLatin1Char(' ')).size());
        for (int i = 0; i < words; ++i)
            QVERIFY(press(window, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier));
        const Mention narrowed = session.document().mentions.at(window.selectedRow());
        QVERIFY(narrowed.end > narrowed.start);
        QVERIFY(!status(window).isEmpty());

        // Shift+Delete deletes the annotation; undo brings it back with the same id.
        const qint64 id = before.id;
        QVERIFY(press(window, Qt::Key_Delete, Qt::ShiftModifier));
        QCOMPARE(session.rowOf(AnnotationKind::Mention, id), -1);
        bool inFileAfterDelete = false;
        for (const Mention &m : stored(path, articleId).mentions)
            inFileAfterDelete = inFileAfterDelete || m.id == id;
        QVERIFY(!inFileAfterDelete);
        QVERIFY(press(window, Qt::Key_Z, Qt::ControlModifier));
        QVERIFY(session.rowOf(AnnotationKind::Mention, id) >= 0);

        // Correct the event's fatalities and place in its editor.
        QVERIFY(session.count(AnnotationKind::Event) > 0);
        const qint64 eventId = session.document().events.first().id;
        const auto firstEvent = Review::nextProposal(session, AnnotationKind::Event, -1,
                                                     Review::Walk::SameKind);
        QVERIFY(firstEvent);
        // Walk to the event with the keyboard.
        for (int guard = 0; guard < 200 && window.selectedKind() != AnnotationKind::Event;
             ++guard)
            QVERIFY(press(window, Qt::Key_J));
        QCOMPARE(toString(window.selectedKind()), toString(AnnotationKind::Event));
        QVERIFY(press(window, Qt::Key_E));
        auto *dialog = window.findChild<AnnotationEditorDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *fatalities = dialog->findChild<QSpinBox *>("fatalities");
        auto *location = dialog->findChild<QLineEdit *>("location");
        auto *date = dialog->findChild<QLineEdit *>("date");
        QVERIFY(fatalities && location && date);
        // A date that is not one is refused in the dialog, which stays open.
        date->setText(QStringLiteral("yesterday"));
        QTest::keyClick(fatalities, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        date->setText(QStringLiteral("2019-06-04"));
        fatalities->setValue(7);
        location->setText(QStringLiteral("Saraqib"));
        QTest::keyClick(fatalities, Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<AnnotationEditorDialog *>()
                    || !window.findChild<AnnotationEditorDialog *>()->isVisible());
        Event inFileEvent;
        for (const Event &e : stored(path, articleId).events) {
            if (e.id == eventId)
                inFileEvent = e;
        }
        QCOMPARE(inFileEvent.fatalities, 7);
        QCOMPARE(inFileEvent.location, QStringLiteral("Saraqib"));
        QCOMPARE(inFileEvent.date, QDate(2019, 6, 4));
        QCOMPARE(toString(inFileEvent.provenance.status), toString(Status::Corrected));
        // Undo puts the event back as it was, in the file too.
        QVERIFY(press(window, Qt::Key_Z, Qt::ControlModifier));
        for (const Event &e : stored(path, articleId).events) {
            if (e.id == eventId)
                QVERIFY(e.fatalities != 7 || e.location != QLatin1String("Saraqib"));
        }
    }

    void reloadShowsWhatAnotherProcessSaved()
    {
        const QString path = m_dir.filePath("shared.cwb");
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(importAndWait(window, {fixture("detect/hurras-saraqib.txt")}));
        QCOMPARE(window.project()->articles().size(), 1);

        // A second process adds an article with three annotations to the same file.
        QProcess helper;
        helper.start(QStringLiteral(CWB_STORE_HELPER_PATH), {path, QStringLiteral("3")});
        QVERIFY(helper.waitForFinished(60000));
        QCOMPARE(helper.exitCode(), 0);

        // A second window on the same project accepts a proposal.
        MainWindow other;
        QVERIFY(other.openProject(path));
        const qint64 articleId = window.session()->articleId();
        other.findChild<QTreeView *>("articleList")->setFocus();
        QVERIFY(other.session());
        const auto proposal = Review::nextProposal(*other.session(), AnnotationKind::Mention, -1);
        QVERIFY(proposal);
        QVERIFY(Review::accept(*other.session(), proposal->kind, proposal->row));
        const qint64 acceptedId = other.session()->idAt(proposal->kind, proposal->row);

        // F5 in the first window shows both.
        window.findChild<ArticleView *>("articleView")->setFocus();
        QVERIFY(press(window, Qt::Key_F5));
        auto *list = window.findChild<QTreeView *>("articleList");
        QVERIFY2(list->model()->rowCount() == 2, qPrintable(window.project()->lastError()));
        QCOMPARE(window.session()->articleId(), articleId);
        const int row = window.session()->rowOf(AnnotationKind::Mention, acceptedId);
        QVERIFY(row >= 0);
        QCOMPARE(toString(*window.session()->status(AnnotationKind::Mention, row)),
                 toString(Status::Confirmed));
    }

    void languageIsChosenInTheSettings()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *settings = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == tr("&Settings..."))
                settings = action;
        }
        QVERIFY(settings);
        settings->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *language = dialog->findChild<QComboBox *>("language");
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        dialog->accept();
        QCOMPARE(LanguageSettings::chosen(), QStringLiteral("fr"));

        // At the next start the French translation is installed and the window says "Fichier".
        QTranslator translator;
        QVERIFY(LanguageSettings::install(translator, LanguageSettings::locale()));
        MainWindow french;
        QCOMPARE(french.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QApplication::removeTranslator(&translator);

        // Arabic mirrors the window.
        QTranslator arabic;
        QVERIFY(LanguageSettings::install(arabic, QLocale(QStringLiteral("ar"))));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QApplication::removeTranslator(&arabic);
        QApplication::setLayoutDirection(Qt::LeftToRight);
        LanguageSettings::choose({});
    }
};

QTEST_MAIN(TestWorkbenchWindow)
#include "test_workbenchwindow.moc"
