#include "core/review/annotationtablemodel.h"
#include "core/review/review.h"
#include "core/review/reviewsession.h"
#include "core/store/projectstore.h"
#include "ui/annotationdock.h"
#include "ui/annotationeditordialog.h"
#include "ui/annotationhighlighter.h"
#include "ui/articleview.h"
#include "ui/historydock.h"
#include "ui/mainwindow.h"
#include "windowtesthelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// Drives the real review window offscreen from the keyboard: imports the Hurras al-Din
// article (detection proposes its annotations), walks the proposals, accepts and rejects,
// corrects a casualty figure and an affiliation in the editor dialog, marks a new mention,
// undoes and redoes; after each step the models, the view and a second ProjectStore on the
// same file must agree.
class TestReviewWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    ArticleView *m_view = nullptr;
    qint64 m_articleId = 0;

    ReviewSession &session() { return *m_window->session(); }
    // The article as a second connection reads it from the file.
    Document stored()
    {
        QString error;
        auto store = ProjectStore::open(m_path, ProjectStore::OpenMode::ExistingOnly, &error);
        if (!store)
            qFatal("cannot reopen: %s", qPrintable(error));
        const auto doc = store->loadDocument(m_articleId);
        if (!doc)
            qFatal("cannot load the article");
        return *doc;
    }
    QString storedStatus(AnnotationKind kind, qint64 id)
    {
        const Document doc = stored();
        const auto find = [id](const auto &list) -> QString {
            for (const auto &a : list) {
                if (a.id == id)
                    return toString(a.provenance.status);
            }
            return QStringLiteral("absent");
        };
        switch (kind) {
        case AnnotationKind::Mention:
            return find(doc.mentions);
        case AnnotationKind::Affiliation:
            return find(doc.affiliations);
        case AnnotationKind::Casualty:
            return find(doc.casualties);
        case AnnotationKind::Event:
            return find(doc.events);
        }
        return {};
    }
    QString modelStatus(AnnotationKind kind, int row)
    {
        auto *model = static_cast<AnnotationTableModel *>(dock(kind)->table()->model());
        return model->index(row, 0).data(AnnotationTableModel::StatusRole).toString();
    }
    AnnotationDock *dock(AnnotationKind kind)
    {
        for (auto *d : m_window->findChildren<AnnotationDock *>()) {
            if (d->kind() == kind)
                return d;
        }
        return nullptr;
    }
    bool press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_view,
                        Qt::Key(key), modifiers);
        return true;
    }
    void clickRow(AnnotationKind kind, int row)
    {
        QTableView *table = dock(kind)->table();
        dock(kind)->raise();
        table->scrollTo(table->model()->index(row, 0));
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    AnnotationEditorDialog *openEditor()
    {
        if (!press(Qt::Key_E))
            return nullptr;
        return m_window->findChild<AnnotationEditorDialog *>();
    }
    void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(widget, text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("review.cwb");
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_path));
        QVERIFY(importAndWait(
            *m_window, {QStringLiteral(CWB_FIXTURES_DIR "/detect/hurras-saraqib.txt")}));
        QVERIFY(m_window->session());
        m_articleId = session().articleId();
        m_view = m_window->findChild<ArticleView *>("articleView");
        QVERIFY(m_view);
        m_view->setFocus();
        QVERIFY(session().count(AnnotationKind::Mention) > 3);
        QVERIFY(session().count(AnnotationKind::Casualty) > 0);
        QVERIFY(session().count(AnnotationKind::Affiliation) > 0);
    }

    void highlightsComeFromTheIntervalList()
    {
        // Every mention, affiliation and figure is one span; the view's only ExtraSelection is
        // the outline of the selected annotation (none yet).
        const int expected = session().count(AnnotationKind::Mention)
            + session().count(AnnotationKind::Affiliation)
            + session().count(AnnotationKind::Casualty);
        QCOMPARE(m_view->highlighter()->spanCount(), expected);
        QVERIFY(m_view->extraSelections().isEmpty());
        const Mention &first = session().document().mentions.first();
        const auto at = m_view->highlighter()->spansAt(m_view->toView(first.start));
        QVERIFY(!at.isEmpty());
        QCOMPARE(toString(at.first().kind), toString(AnnotationKind::Mention));
        // A proposal is underlined, not filled.
        QCOMPARE(at.first().format.background().style(), Qt::NoBrush);
    }

    void walkAcceptRejectWithKeys()
    {
        const auto first = Review::nextProposal(session(), AnnotationKind::Mention, -1);
        QVERIFY(first);
        QVERIFY(press(Qt::Key_J));
        QCOMPARE(toString(m_window->selectedKind()), toString(first->kind));
        QCOMPARE(m_window->selectedRow(), first->row);
        QCOMPARE(m_view->extraSelections().size(), 1);
        const auto second = Review::nextProposal(session(), first->kind, first->row);
        QVERIFY(second);
        QVERIFY(press(Qt::Key_J));
        QCOMPARE(m_window->selectedRow(), second->row);
        QVERIFY(press(Qt::Key_K));
        QCOMPARE(m_window->selectedRow(), first->row);
        // The panel follows the text.
        QCOMPARE(dock(first->kind)->table()->currentIndex().row(), first->row);

        // Accept the first: the model, the view's format and the database say confirmed, and
        // the selection moves on to the next proposal.
        const qint64 acceptedId = session().idAt(first->kind, first->row);
        QVERIFY(press(Qt::Key_A));
        QCOMPARE(modelStatus(first->kind, session().rowOf(first->kind, acceptedId)),
                 QStringLiteral("confirmed"));
        QCOMPARE(storedStatus(first->kind, acceptedId), QStringLiteral("confirmed"));
        QCOMPARE(status(), QStringLiteral("All changes saved"));
        QVERIFY(session().idAt(m_window->selectedKind(), m_window->selectedRow()) != acceptedId);

        // Reject the one now selected.
        const AnnotationKind rejectKind = m_window->selectedKind();
        const qint64 rejectedId = session().idAt(rejectKind, m_window->selectedRow());
        QVERIFY(press(Qt::Key_X));
        QCOMPARE(modelStatus(rejectKind, session().rowOf(rejectKind, rejectedId)),
                 QStringLiteral("rejected"));
        QCOMPARE(storedStatus(rejectKind, rejectedId), QStringLiteral("rejected"));

        // Undo the rejection, redo it.
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier));
        QCOMPARE(storedStatus(rejectKind, rejectedId), QStringLiteral("proposed"));
        QCOMPARE(modelStatus(rejectKind, session().rowOf(rejectKind, rejectedId)),
                 QStringLiteral("proposed"));
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier));
        QCOMPARE(storedStatus(rejectKind, rejectedId), QStringLiteral("rejected"));

        // The history dock lists what the store recorded.
        auto *history = m_window->findChild<HistoryDock *>();
        QVERIFY(history);
        QVERIFY(history->entryCount() >= 2);
    }

    void editACasualtyFigure()
    {
        int row = -1;
        const auto &figures = session().document().casualties;
        for (int i = 0; i < figures.size(); ++i) {
            if (figures[i].best == 3)
                row = i;
        }
        QVERIFY2(row >= 0, "the detector found no figure of 3 (\"killed three fighters\")");
        const qint64 id = figures[row].id;
        const bool highBelowFour = figures[row].high && *figures[row].high < 4;

        // Clicking the panel's row selects and outlines the span in the text.
        clickRow(AnnotationKind::Casualty, row);
        QCOMPARE(toString(m_window->selectedKind()), toString(AnnotationKind::Casualty));
        QCOMPARE(m_window->selectedRow(), row);
        QCOMPARE(m_view->textCursor().position(), m_view->toView(figures[row].start));

        AnnotationEditorDialog *dialog = openEditor();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *best = dialog->findChild<QSpinBox *>("best");
        auto *high = dialog->findChild<QSpinBox *>("high");
        QVERIFY(best && high);
        QCOMPARE(best->value(), 3);
        typeInto(best, "4");
        QTest::keyClick(best, Qt::Key_Return);
        if (highBelowFour) {
            // The core's check refuses best above high; the dialog stays open and says why.
            QVERIFY(dialog->isVisible());
            auto *error = dialog->findChild<QLabel *>("error");
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains("4"), qPrintable(error->text()));
            QCOMPARE(stored().casualties[row].best, std::optional<qint64>(3));
            typeInto(high, "4");
            QTest::keyClick(high, Qt::Key_Return);
        }
        QVERIFY(!m_window->findChild<AnnotationEditorDialog *>() || !dialog->isVisible());
        QCOMPARE(session().document().casualties[session().rowOf(AnnotationKind::Casualty, id)].best,
                 std::optional<qint64>(4));
        const Document doc = stored();
        bool found = false;
        for (const auto &c : doc.casualties) {
            if (c.id == id) {
                found = true;
                QCOMPARE(c.best, std::optional<qint64>(4));
                QCOMPARE(toString(c.provenance.status), toString(Status::Corrected));
            }
        }
        QVERIFY(found);
        QCOMPARE(status(), QStringLiteral("All changes saved"));
    }

    void editAnAffiliation()
    {
        const int row = 0;
        const Affiliation before = session().document().affiliations[row];
        clickRow(AnnotationKind::Affiliation, row);
        QCOMPARE(toString(m_window->selectedKind()), toString(AnnotationKind::Affiliation));
        AnnotationEditorDialog *dialog = openEditor();
        QVERIFY(dialog);
        auto *relation = dialog->findChild<QComboBox *>("relation");
        QVERIFY(relation);
        relation->setFocus();
        const int start = relation->currentIndex();
        QTest::keyClick(relation, start == relation->count() - 1 ? Qt::Key_Up : Qt::Key_Down);
        QVERIFY(relation->currentIndex() != start);
        const Relation chosen = Relation(relation->currentData().toInt());
        QTest::keyClick(relation, Qt::Key_Return);
        const Affiliation after = session().document().affiliations[row];
        QCOMPARE(toString(after.relation), toString(chosen));
        QCOMPARE(toString(stored().affiliations[row].relation), toString(chosen));
        QCOMPARE(modelStatus(AnnotationKind::Affiliation, row), QStringLiteral("corrected"));

        // Undo puts the old relation back, in the window and on disk.
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier));
        QCOMPARE(toString(session().document().affiliations[row].relation),
                 toString(before.relation));
        QCOMPARE(toString(stored().affiliations[row].relation), toString(before.relation));
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier));
        QCOMPARE(toString(stored().affiliations[row].relation), toString(chosen));
    }

    void markAManualMention()
    {
        const QString name = QStringLiteral("eastern Idlib countryside");
        for (const Mention &m : session().document().mentions)
            QVERIFY2(m.text != name, "already detected: pick another phrase");
        const int mentionsBefore = session().count(AnnotationKind::Mention);

        // Find the first words, then stretch the selection with Shift+Right.
        m_view->setFocus();
        QVERIFY(press(Qt::Key_F, Qt::ControlModifier));
        auto *line = m_window->findChild<QLineEdit *>("findLine");
        QVERIFY(line && line->hasFocus());
        QTest::keyClicks(line, "eastern Idlib");
        QTest::keyClick(line, Qt::Key_Return);
        QTest::keyClick(line, Qt::Key_Escape);
        QVERIFY(m_view->hasFocus());
        QCOMPARE(m_view->textCursor().selectedText(), QStringLiteral("eastern Idlib"));
        for (int i = 0; i < int(QStringLiteral(" countryside").size()); ++i)
            QVERIFY(press(Qt::Key_Right, Qt::ShiftModifier));
        QCOMPARE(m_view->textCursor().selectedText(), name);

        QVERIFY(press(Qt::Key_5)); // LOCATION
        QCOMPARE(session().count(AnnotationKind::Mention), mentionsBefore + 1);
        QCOMPARE(toString(m_window->selectedKind()), toString(AnnotationKind::Mention));
        const Mention added = session().document().mentions[m_window->selectedRow()];
        QCOMPARE(added.text, name);
        QCOMPARE(toString(added.type), toString(EntityType::Location));
        QCOMPARE(modelStatus(AnnotationKind::Mention, m_window->selectedRow()),
                 QStringLiteral("manual"));
        QCOMPARE(storedStatus(AnnotationKind::Mention, added.id), QStringLiteral("manual"));
        // It is drawn filled (not a proposal).
        const auto at = m_view->highlighter()->spansAt(m_view->toView(added.start) + 1);
        QVERIFY(!at.isEmpty());
        QVERIFY(at.first().format.background().style() != Qt::NoBrush);

        // Undo removes it from the panel, the text and the file; redo brings it back.
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier));
        QCOMPARE(session().count(AnnotationKind::Mention), mentionsBefore);
        QCOMPARE(storedStatus(AnnotationKind::Mention, added.id), QStringLiteral("absent"));
        QCOMPARE(dock(AnnotationKind::Mention)->table()->model()->rowCount(), mentionsBefore);
        QVERIFY(press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier));
        QCOMPARE(session().count(AnnotationKind::Mention), mentionsBefore + 1);
        QCOMPARE(storedStatus(AnnotationKind::Mention, added.id), QStringLiteral("manual"));
        // For looking at the reviewed state: CWB_REVIEW_SHOT=/tmp/review.png.
        if (qEnvironmentVariableIsSet("CWB_REVIEW_SHOT"))
            m_window->grab().save(qEnvironmentVariable("CWB_REVIEW_SHOT"));
    }

    void typeKeyWithoutSelectionChangesNothing()
    {
        QTextCursor cursor = m_view->textCursor();
        cursor.clearSelection();
        m_view->setTextCursor(cursor);
        const int before = session().count(AnnotationKind::Mention);
        QVERIFY(press(Qt::Key_5));
        QCOMPARE(session().count(AnnotationKind::Mention), before);
        QVERIFY(status().contains("Select"));
    }

    void focusSwitchAndCheatSheet()
    {
        m_view->setFocus();
        QVERIFY(press(Qt::Key_F6));
        QCOMPARE(QApplication::focusWidget(), dock(m_window->selectedKind())->table());
        QVERIFY(press(Qt::Key_F6));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_view));

        QVERIFY(press(Qt::Key_F1));
        auto *sheet = m_window->findChild<QDialog *>("cheatSheet");
        QVERIFY(sheet && sheet->isVisible());
        auto *keys = sheet->findChild<QTreeWidget *>();
        QVERIFY(keys);
        bool acceptListed = false;
        for (int i = 0; i < keys->topLevelItemCount(); ++i) {
            if (keys->topLevelItem(i)->text(0) == QLatin1String("Accept"))
                acceptListed = keys->topLevelItem(i)->text(1).startsWith(QLatin1String("A"));
        }
        QVERIFY(acceptListed);
        sheet->reject();
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestReviewWindow)
#include "test_reviewwindow.moc"
