#include "ui/mainwindow.h"

#include "core/review/affiliationmodel.h"
#include "core/review/casualtymodel.h"
#include "core/review/eventmodel.h"
#include "core/review/mentionmodel.h"
#include "core/review/review.h"
#include "core/review/reviewsession.h"
#include "core/store/projectstore.h"
#include "core/workflow/articleimporter.h"
#include "ui/annotationdock.h"
#include "ui/annotationeditordialog.h"
#include "ui/annotationstyle.h"
#include "ui/articlelistpanel.h"
#include "ui/articleview.h"
#include "ui/cheatsheetdialog.h"
#include "ui/datasetimportdialog.h"
#include "ui/exportdialog.h"
#include "ui/findbar.h"
#include "ui/guidelinesdock.h"
#include "ui/historydock.h"
#include "ui/importrunner.h"
#include "ui/recentprojects.h"
#include "ui/reviewactions.h"
#include "ui/settingsdialog.h"
#include "ui/trainingmenu.h"
#include "core/guidelines/guidelinebook.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace {
constexpr AnnotationKind allKinds[] = {AnnotationKind::Mention, AnnotationKind::Affiliation,
                                       AnnotationKind::Casualty, AnnotationKind::Event};
} // namespace

QString MainWindow::userName() const
{
    if (!m_owner.isEmpty())
        return m_owner;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("analyst") : user;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Conflict Workbench"));
    m_undoGroup = new QUndoGroup(this);

    m_articleView = new ArticleView(this);
    m_articleView->setObjectName(QStringLiteral("articleView"));
    m_findBar = new FindBar(m_articleView, this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_articleView, 1);
    centralLayout->addWidget(m_findBar);
    setCentralWidget(central);
    connect(m_articleView, &ArticleView::annotationClicked, this, &MainWindow::select);

    createDocks();
    createActions();
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setMinimumWidth(420);
    statusBar()->addPermanentWidget(m_selectionLabel);
    resize(1400, 880);
    setAcceptDrops(true);
    statusBar()->showMessage(tr("No project open."));
}

MainWindow::~MainWindow()
{
    // Views let go of the models and the session before those die.
    for (AnnotationDock *d : m_docks)
        d->table()->setModel(nullptr);
    m_articleView->setSession(nullptr);
}

void MainWindow::createDocks()
{
    m_articles = new ArticleListPanel(this);
    auto *articlesDock = new QDockWidget(tr("Articles"), this);
    articlesDock->setObjectName(QStringLiteral("articlesDock"));
    articlesDock->setWidget(m_articles);
    // A right-to-left window reads from the right: the article list goes there, the panels
    // to the left (QMainWindow does not mirror dock areas by itself).
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const Qt::DockWidgetArea listArea = rightToLeft ? Qt::RightDockWidgetArea
                                                    : Qt::LeftDockWidgetArea;
    const Qt::DockWidgetArea panelArea = rightToLeft ? Qt::LeftDockWidgetArea
                                                     : Qt::RightDockWidgetArea;
    addDockWidget(listArea, articlesDock);
    connect(m_articles, &ArticleListPanel::articleChosen, this, &MainWindow::showArticle);

    m_segmentList = new QTreeWidget(this);
    m_segmentList->setObjectName(QStringLiteral("segmentList"));
    m_segmentList->setHeaderLabels({tr("Segment"), tr("Text")});
    m_segmentList->setRootIsDecorated(false);
    m_segmentList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *segmentsDock = new QDockWidget(tr("Segments"), this);
    segmentsDock->setObjectName(QStringLiteral("segmentsDock"));
    segmentsDock->setWidget(m_segmentList);
    addDockWidget(listArea, segmentsDock);
    connect(m_segmentList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        QTextCursor cursor(m_articleView->document());
        cursor.setPosition(item->data(0, Qt::UserRole).toInt());
        cursor.setPosition(item->data(0, Qt::UserRole + 1).toInt(), QTextCursor::KeepAnchor);
        m_articleView->setTextCursor(cursor);
        m_articleView->centerCursor();
    });

    auto *legend = new QLabel(AnnotationStyle::legendHtml(), this);
    legend->setObjectName(QStringLiteral("legend"));
    legend->setWordWrap(true);
    legend->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    legend->setMargin(6);
    auto *legendDock = new QDockWidget(tr("Legend"), this);
    legendDock->setObjectName(QStringLiteral("legendDock"));
    legendDock->setWidget(legend);
    addDockWidget(listArea, legendDock);
    tabifyDockWidget(segmentsDock, legendDock);
    legendDock->raise();

    const QString titles[] = {tr("Entities"), tr("Affiliations"), tr("Casualty Figures"),
                              tr("Events")};
    for (AnnotationKind kind : allKinds) {
        auto *d = new AnnotationDock(kind, titles[int(kind)], this);
        m_docks[int(kind)] = d;
        connect(d, &AnnotationDock::rowSelected, this, &MainWindow::select);
    }
    addDockWidget(panelArea, dock(AnnotationKind::Mention));
    addDockWidget(panelArea, dock(AnnotationKind::Casualty));
    tabifyDockWidget(dock(AnnotationKind::Casualty), dock(AnnotationKind::Affiliation));
    tabifyDockWidget(dock(AnnotationKind::Affiliation), dock(AnnotationKind::Event));
    dock(AnnotationKind::Casualty)->raise();

    m_historyDock = new HistoryDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_guidelines = new GuidelinesDock(this);
    m_guidelines->setObjectName(QStringLiteral("guidelinesDock"));
    addDockWidget(panelArea, m_guidelines);
    m_guidelines->hide();
    resizeDocks({articlesDock}, {260}, Qt::Horizontal);
    resizeDocks({articlesDock, legendDock}, {220, 480}, Qt::Vertical);
    resizeDocks({m_historyDock}, {150}, Qt::Vertical);
    resizeDocks({dock(AnnotationKind::Mention)}, {560}, Qt::Horizontal);
}

AnnotationDock *MainWindow::dock(AnnotationKind kind) const
{
    return m_docks[int(kind)];
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open or Create Project..."), this,
                                        &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    m_recentProjects = new RecentProjects(fileMenu->addMenu(tr("Open &Recent")), this);
    connect(m_recentProjects, &RecentProjects::chosen, this, &MainWindow::openProject);
    fileMenu->addSeparator();
    QAction *import = fileMenu->addAction(tr("&Import Articles..."), this,
                                          &MainWindow::chooseFilesToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *paste = fileMenu->addAction(tr("&Paste Article from Clipboard"), this,
                                         &MainWindow::pasteArticle);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    fileMenu->addSeparator();
    QAction *importDataset = fileMenu->addAction(tr("Import &Dataset..."), this, [this] {
        if (needProject() && DatasetImportDialog::run(*m_store, this))
            reloadArticleList();
    });
    importDataset->setObjectName(QStringLiteral("importDataset"));
    QAction *exportDataset = fileMenu->addAction(tr("&Export Dataset..."), this, [this] {
        if (needProject())
            ExportDialog::run(*m_store, this);
    });
    exportDataset->setObjectName(QStringLiteral("exportDataset"));
    exportDataset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->addSeparator();
    QAction *settings = fileMenu->addAction(tr("&Settings..."), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_actions = new ReviewActions(this, m_undoGroup);
    m_actions->populate(menuBar());
    // View goes before Help, which is the last menu by convention.
    auto *view = new QMenu(tr("&View"), this);
    menuBar()->insertMenu(menuBar()->actions().last(), view);
    QAction *hideNoise = view->addAction(tr("Hide Page &Noise"));
    hideNoise->setObjectName(QStringLiteral("hideNoise"));
    hideNoise->setCheckable(true);
    hideNoise->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    hideNoise->setToolTip(tr("Collapse boilerplate, reader comments and spam"));
    connect(hideNoise, &QAction::toggled, m_articleView, &ArticleView::setNoiseHidden);
    view->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());

    connect(m_actions->nextProposal, &QAction::triggered, this, [this] { walk(true); });
    connect(m_actions->previousProposal, &QAction::triggered, this, [this] { walk(false); });
    connect(m_actions->accept, &QAction::triggered, this, [this] { decide(true); });
    connect(m_actions->reject, &QAction::triggered, this, [this] { decide(false); });
    connect(m_actions->edit, &QAction::triggered, this, &MainWindow::editSelected);
    connect(m_actions->remove, &QAction::triggered, this, &MainWindow::removeSelected);
    using Edge = SpanNudger::Edge;
    using Direction = SpanNudger::Direction;
    connect(m_actions->extendEnd, &QAction::triggered, this,
            [this] { nudgeSelected(Edge::End, Direction::Forward); });
    connect(m_actions->shrinkEnd, &QAction::triggered, this,
            [this] { nudgeSelected(Edge::End, Direction::Backward); });
    connect(m_actions->extendStart, &QAction::triggered, this,
            [this] { nudgeSelected(Edge::Start, Direction::Backward); });
    connect(m_actions->shrinkStart, &QAction::triggered, this,
            [this] { nudgeSelected(Edge::Start, Direction::Forward); });
    connect(m_actions->reload, &QAction::triggered, this, &MainWindow::reload);

    auto *guideline = new QAction(tr("&Guideline for the Selection"), this);
    guideline->setObjectName(QStringLiteral("guideline"));
    guideline->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    addAction(guideline);
    connect(guideline, &QAction::triggered, this, [this] {
        showGuideline(GuidelineBook::anchorFor(m_selectedKind, currentDocument(), selectedRow()));
    });
    QMenu *help = menuBar()->actions().last()->menu();
    help->addAction(guideline);
    help->addAction(tr("The &Labelling Guidelines"), this, [this] {
        m_guidelines->show();
        m_guidelines->raise();
        m_guidelines->showIndex();
    });
    auto *trainingMenu = new QMenu(tr("&Training"), this);
    menuBar()->insertMenu(menuBar()->actions().last(), trainingMenu);
    m_training = new TrainingMenu(trainingMenu, this);
    for (QAction *mark : m_actions->markAs) {
        connect(mark, &QAction::triggered, this,
                [this, mark] { markSelection(EntityType(mark->data().toInt())); });
    }
    connect(m_actions->nextArticle, &QAction::triggered, this, [this] { moveArticle(1); });
    connect(m_actions->previousArticle, &QAction::triggered, this, [this] { moveArticle(-1); });
    connect(m_actions->find, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(m_actions->switchFocus, &QAction::triggered, this, &MainWindow::switchFocus);
    connect(m_actions->cheatSheet, &QAction::triggered, this, &MainWindow::showCheatSheet);
    // An undo or redo can make the selected annotation vanish or move rows.
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, [this] { reselect(); });
}

bool MainWindow::openProject(const QString &path)
{
    QString error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::CreateIfMissing, &error);
    if (!store) {
        QMessageBox::warning(this, tr("Cannot open project"), error);
        return false;
    }
    if (isImporting()) {
        QMessageBox::information(this, tr("Open Project"),
                                 tr("An import is still running into the open project. Wait for "
                                    "it to end, or cancel it, then open the other project."));
        return false;
    }
    showArticle(0); // closes the session on the old store before the store goes
    m_articles->setArticles({});
    m_owner.clear();
    m_store = std::move(store);
    delete m_importRunner;
    m_importRunner = new ImportRunner(m_store->path(), this);
    connect(m_importRunner, &ImportRunner::finished, this, &MainWindow::finishImport);
    m_recentProjects->add(path);
    setWindowTitle(tr("%1 - Conflict Workbench").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Project %1: every change is saved as you make it.")
                                 .arg(QFileInfo(path).absoluteFilePath()));
    reloadArticleList();
    return true;
}

const Document &MainWindow::currentDocument() const
{
    return m_session ? m_session->document() : m_emptyDocument;
}

bool MainWindow::needProject()
{
    if (m_store)
        return true;
    QMessageBox::information(this, tr("No Project"), tr("Open or create a project first."));
    return false;
}

bool MainWindow::isImporting() const
{
    return m_importRunner && m_importRunner->isRunning();
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (!m_store) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a project first."));
        return false;
    }
    if (isImporting()) {
        statusBar()->showMessage(tr("An import is running: wait for it to end, or cancel it."));
        return false;
    }
    statusBar()->showMessage(tr("Importing %n path(s)...", nullptr, int(paths.size())));
    m_importRunner->importPaths(paths);
    return true;
}

void MainWindow::finishImport(const ArticleImporter::Outcome &outcome)
{
    QStringList problems;
    for (const auto &failure : outcome.failures)
        problems << tr("%1: %2").arg(failure.path, failure.reason);
    reloadArticleList();
    if (!outcome.importedIds.isEmpty()) {
        m_articles->setCurrentArticle(outcome.importedIds.first());
        showArticle(outcome.importedIds.first());
    }
    showImportOutcome(ArticleImporter::summary(outcome), problems);
    emit importFinished();
}

void MainWindow::reload()
{
    if (!m_store)
        return;
    const qint64 shown = m_session ? m_session->articleId() : 0;
    reloadArticleList();
    // A fresh session reads the article as the file holds it now; the undo stack of the old
    // one goes with it, since its steps may no longer apply to what others saved.
    if (shown) {
        showArticle(0);
        showArticle(shown);
        m_articles->setCurrentArticle(shown);
    }
    statusBar()->showMessage(tr("Reloaded from the project."));
}

void MainWindow::showImportOutcome(const QString &summary, const QStringList &problems)
{
    statusBar()->showMessage(summary);
    if (!problems.isEmpty()) {
        // Window-modal, not application-modal: the import is already stored, the box only
        // reports, and it must not block the event loop (or a test driving the window).
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), summary, QMessageBox::Ok,
                                    this);
        box->setObjectName(QStringLiteral("importProblems"));
        box->setInformativeText(tr("The articles that could not be imported are listed in the "
                                   "details."));
        box->setDetailedText(problems.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::reloadArticleList()
{
    if (!m_store) {
        m_articles->setArticles({});
        return;
    }
    m_articles->setArticles(m_store->articles());
    if (!m_session && m_articles->visibleCount() > 0) {
        const qint64 first = m_articles->articleAfter(1);
        m_articles->setCurrentArticle(first);
        showArticle(first);
    }
}

void MainWindow::updateArticleProgress()
{
    if (!m_session)
        return;
    const Document &document = m_session->document();
    int proposed = 0;
    const auto countProposed = [&proposed](const auto &list) {
        for (const auto &annotation : list)
            proposed += annotation.provenance.status == Status::Proposed ? 1 : 0;
    };
    countProposed(document.mentions);
    countProposed(document.affiliations);
    countProposed(document.casualties);
    countProposed(document.events);
    const int total = int(document.mentions.size() + document.affiliations.size()
                          + document.casualties.size() + document.events.size());
    m_articles->updateProgress(m_session->articleId(), total, proposed);
}

void MainWindow::showArticle(qint64 articleId)
{
    std::unique_ptr<ReviewSession> session;
    if (articleId > 0 && m_store) {
        QString error;
        session = ReviewSession::open(*m_store, articleId, userName(), m_owner, &error);
        if (!session) {
            statusBar()->showMessage(tr("The article could not be read: %1").arg(error));
            return;
        }
    }
    // The views switch to the new session and models before the old ones are destroyed.
    std::array<std::unique_ptr<AnnotationTableModel>, 4> models;
    if (session) {
        models[int(AnnotationKind::Mention)] = std::make_unique<MentionModel>(session.get());
        models[int(AnnotationKind::Affiliation)] =
            std::make_unique<AffiliationModel>(session.get());
        models[int(AnnotationKind::Casualty)] = std::make_unique<CasualtyModel>(session.get());
        models[int(AnnotationKind::Event)] = std::make_unique<EventModel>(session.get());
    }
    for (AnnotationKind kind : allKinds)
        dock(kind)->setModel(models[int(kind)].get());
    m_articleView->setSession(session.get());
    m_selectedId = 0;
    m_models.swap(models);
    m_session.swap(session);
    session.reset();
    models = {};

    if (m_session) {
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        connect(m_session.get(), &ReviewSession::saved, this, &MainWindow::reportSaved);
        connect(m_session.get(), &ReviewSession::failed, this, &MainWindow::reportFailure);
    }
    fillSegmentList();
    m_historyDock->clear();
    m_historyDock->refresh(m_store.get(), m_session ? m_session->articleId() : 0);
    reselect();
}

void MainWindow::fillSegmentList()
{
    m_segmentList->clear();
    if (!m_session)
        return;
    const QString shown = m_articleView->toPlainText();
    for (const Segment &segment : m_session->document().segments) {
        const int start = m_articleView->toView(segment.start);
        const int end = m_articleView->toView(segment.end);
        auto *item = new QTreeWidgetItem(m_segmentList);
        item->setText(0, toString(segment.kind));
        item->setText(1, shown.mid(start, end - start).simplified().left(80));
        item->setData(0, Qt::UserRole, start);
        item->setData(0, Qt::UserRole + 1, end);
    }
}

int MainWindow::selectedRow() const
{
    return m_session && m_selectedId ? m_session->rowOf(m_selectedKind, m_selectedId) : -1;
}

void MainWindow::select(AnnotationKind kind, int row)
{
    m_selectedKind = kind;
    m_selectedId = m_session ? m_session->idAt(kind, row) : 0;
    reselect();
    if (row >= 0 && dock(kind)->isHidden() == false)
        dock(kind)->raise();
}

void MainWindow::reselect()
{
    const int row = selectedRow();
    if (row < 0)
        m_selectedId = 0;
    m_articleView->setSelectedAnnotation(m_selectedKind, row);
    for (AnnotationKind kind : allKinds)
        dock(kind)->selectRow(kind == m_selectedKind ? row : -1);
    if (row < 0) {
        m_selectionLabel->setText(m_session ? tr("Nothing selected: J for the next proposal")
                                            : QString());
        return;
    }
    const auto status = m_session->status(m_selectedKind, row);
    m_selectionLabel->setText(tr("%1 %2 of %3: %4 (%5)")
                                  .arg(dock(m_selectedKind)->windowTitle())
                                  .arg(row + 1)
                                  .arg(m_session->count(m_selectedKind))
                                  .arg(m_session->describe(m_selectedKind, row),
                                       status ? toString(*status) : QString()));
}

bool MainWindow::needSelection()
{
    if (m_session && selectedRow() >= 0)
        return true;
    statusBar()->showMessage(tr("Select an annotation first: J goes to the next proposal."));
    return false;
}

void MainWindow::walk(bool forward)
{
    if (!m_session)
        return;
    const int row = selectedRow();
    const auto next = forward ? Review::nextProposal(*m_session, m_selectedKind, row)
                              : Review::previousProposal(*m_session, m_selectedKind, row);
    if (!next) {
        statusBar()->showMessage(forward ? tr("No more proposals after this one.")
                                         : tr("No proposals before this one."));
        return;
    }
    select(next->kind, next->row);
}

void MainWindow::decide(bool accept)
{
    if (!needSelection())
        return;
    QString error;
    const int row = selectedRow();
    const bool done = accept ? Review::accept(*m_session, m_selectedKind, row, &error)
                             : Review::reject(*m_session, m_selectedKind, row, &error);
    if (!done) {
        reportFailure(error);
        return;
    }
    // Triage: go on to the next proposal, or stay when there is none.
    if (const auto next = Review::nextProposal(*m_session, m_selectedKind, selectedRow()))
        select(next->kind, next->row);
    else
        reselect();
}

void MainWindow::editSelected()
{
    if (!needSelection())
        return;
    auto *dialog = new AnnotationEditorDialog(*m_session, m_selectedKind, selectedRow(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyEdit(dialog); });
    dialog->open();
}

void MainWindow::applyEdit(AnnotationEditorDialog *dialog)
{
    if (!m_session)
        return;
    QString error;
    bool done = false;
    switch (dialog->kind()) {
    case AnnotationKind::Mention:
        done = Review::editMention(*m_session, dialog->row(), dialog->mention(), &error);
        break;
    case AnnotationKind::Affiliation:
        done = Review::editAffiliation(*m_session, dialog->row(), dialog->affiliation(), &error);
        break;
    case AnnotationKind::Casualty:
        done = Review::editCasualty(*m_session, dialog->row(), dialog->casualty(), &error);
        break;
    case AnnotationKind::Event:
        done = Review::editEvent(*m_session, dialog->row(), dialog->event(), &error);
        break;
    }
    if (!done)
        reportFailure(error);
    reselect();
    m_articleView->setFocus();
}

void MainWindow::markSelection(EntityType type)
{
    if (!m_session)
        return;
    const auto span = m_articleView->selectedSpan();
    if (!span) {
        statusBar()->showMessage(tr("Select the words first (Shift+arrows), then press the "
                                    "type's number."));
        return;
    }
    QString error;
    if (!Review::addMention(*m_session, span->start, span->end, type, &error)) {
        reportFailure(error);
        return;
    }
    const auto &mentions = m_session->document().mentions;
    for (int row = 0; row < mentions.size(); ++row) {
        if (mentions[row].start == span->start && mentions[row].end == span->end
            && mentions[row].type == type)
            select(AnnotationKind::Mention, row);
    }
}

void MainWindow::moveArticle(int step)
{
    const qint64 next = m_articles->articleAfter(step);
    if (!next) {
        statusBar()->showMessage(step > 0 ? tr("This is the last article.")
                                          : tr("This is the first article."));
        return;
    }
    m_articles->setCurrentArticle(next);
    showArticle(next);
}

void MainWindow::removeSelected()
{
    if (!needSelection())
        return;
    QString error;
    if (!Review::remove(*m_session, m_selectedKind, selectedRow(), &error))
        reportFailure(error);
    reselect();
}

void MainWindow::nudgeSelected(SpanNudger::Edge edge, SpanNudger::Direction direction)
{
    if (!needSelection())
        return;
    QString error;
    if (!Review::nudgeSpan(*m_session, m_selectedKind, selectedRow(), edge, direction, &error))
        statusBar()->showMessage(error);
    reselect();
}

void MainWindow::workAs(const QString &owner)
{
    const qint64 shown = m_session ? m_session->articleId() : 0;
    m_owner = owner;
    showArticle(0);
    if (shown)
        showArticle(shown);
    const QString project = m_store ? QFileInfo(m_store->path()).fileName() : QString();
    setWindowTitle(m_owner.isEmpty()
                       ? tr("%1 - Conflict Workbench").arg(project)
                       : tr("%1 - %2's set (blind) - Conflict Workbench").arg(project, m_owner));
    statusBar()->showMessage(m_owner.isEmpty()
                                 ? tr("Showing the shared set.")
                                 : tr("Annotating as %1: only %1's own annotations are shown.")
                                       .arg(m_owner));
}

void MainWindow::showGuideline(const QString &anchorId)
{
    m_guidelines->show();
    m_guidelines->raise();
    m_guidelines->showAnchor(anchorId);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (m_store && (data->hasUrls() || data->hasText()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        importPaths(paths);
    } else if (data->hasUrls()) {
        // Nothing is ever fetched: a web address dropped here is refused, not downloaded.
        statusBar()->showMessage(tr("Only files and folders on this computer can be imported; "
                                    "save the page first."));
        return;
    } else if (data->hasText() && m_store && !isImporting()) {
        m_importRunner->importPastedText(data->text());
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Stop a running import between two articles; what it stored so far stays stored.
    if (m_importRunner)
        m_importRunner->cancel();
    delete m_importRunner;
    m_importRunner = nullptr;
    event->accept();
}

void MainWindow::switchFocus()
{
    if (m_articleView->hasFocus()) {
        AnnotationDock *target = dock(m_selectedKind);
        target->show();
        target->raise();
        target->table()->setFocus(Qt::ShortcutFocusReason);
    } else {
        m_articleView->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::showCheatSheet()
{
    auto *sheet = new CheatSheetDialog(m_actions->all(), this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
}

void MainWindow::reportSaved()
{
    statusBar()->showMessage(tr("All changes saved"));
    updateArticleProgress();
    m_historyDock->refresh(m_store.get(), m_session ? m_session->articleId() : 0);
}

void MainWindow::reportFailure(const QString &message)
{
    statusBar()->showMessage(tr("Not saved: %1").arg(message));
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or Create Project"), QString(), tr("Conflict Workbench projects (*.cwb)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseFilesToImport()
{
    if (!m_store) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a project first."));
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QString(), tr("Articles (*.txt *.html *.htm)"));
    if (!paths.isEmpty())
        importPaths(paths);
}

void MainWindow::pasteArticle()
{
    if (!m_store) {
        QMessageBox::information(this, tr("Paste"), tr("Open or create a project first."));
        return;
    }
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to import."));
        return;
    }
    if (isImporting()) {
        statusBar()->showMessage(tr("An import is running: wait for it to end, or cancel it."));
        return;
    }
    m_importRunner->importPastedText(text);
}
