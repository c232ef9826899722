#include "ui/mainwindow.h"

#include "core/store/projectstore.h"
#include "core/text/offsetmap.h"
#include "core/workflow/articleimporter.h"
#include "ui/segmenthighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTreeWidget>

namespace {
constexpr int ArticleIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Conflict Workbench"));

    m_articleView = new QPlainTextEdit(this);
    m_articleView->setObjectName(QStringLiteral("articleView"));
    m_articleView->setReadOnly(true);
    m_articleView->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_highlighter = new SegmentHighlighter(m_articleView->document());
    setCentralWidget(m_articleView);

    m_articleList = new QListWidget(this);
    m_articleList->setObjectName(QStringLiteral("articleList"));
    auto *articlesDock = new QDockWidget(tr("Articles"), this);
    articlesDock->setObjectName(QStringLiteral("articlesDock"));
    articlesDock->setWidget(m_articleList);
    addDockWidget(Qt::LeftDockWidgetArea, articlesDock);
    connect(m_articleList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                if (item)
                    showArticle(item->data(ArticleIdRole).toLongLong());
            });

    m_segmentList = new QTreeWidget(this);
    m_segmentList->setObjectName(QStringLiteral("segmentList"));
    m_segmentList->setHeaderLabels({tr("Segment"), tr("Text")});
    m_segmentList->setRootIsDecorated(false);
    m_segmentList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *segmentsDock = new QDockWidget(tr("Segments"), this);
    segmentsDock->setObjectName(QStringLiteral("segmentsDock"));
    segmentsDock->setWidget(m_segmentList);
    addDockWidget(Qt::RightDockWidgetArea, segmentsDock);
    connect(m_segmentList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        QTextCursor cursor(m_articleView->document());
        cursor.setPosition(item->data(0, Qt::UserRole).toInt());
        cursor.setPosition(item->data(0, Qt::UserRole + 1).toInt(), QTextCursor::KeepAnchor);
        m_articleView->setTextCursor(cursor);
        m_articleView->centerCursor();
    });

    createActions();
    resize(1200, 760);
    statusBar()->showMessage(tr("No project open."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open or Create Project..."), this,
                                        &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    QAction *import = fileMenu->addAction(tr("&Import Articles..."), this,
                                          &MainWindow::chooseFilesToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *paste = fileMenu->addAction(tr("&Paste Article from Clipboard"), this,
                                         &MainWindow::pasteArticle);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

bool MainWindow::openProject(const QString &path)
{
    QString error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::CreateIfMissing, &error);
    if (!store) {
        QMessageBox::warning(this, tr("Cannot open project"), error);
        return false;
    }
    m_store = std::move(store);
    setWindowTitle(tr("%1 - Conflict Workbench").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Project %1: every change is saved as you make it.")
                                 .arg(QFileInfo(path).absoluteFilePath()));
    reloadArticleList();
    return true;
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_store)
        return;
    ArticleImporter importer(*m_store);
    const auto outcome = importer.importPaths(paths);
    QStringList problems;
    for (const auto &failure : outcome.failures)
        problems << tr("%1: %2").arg(failure.path, failure.reason);
    reloadArticleList();
    if (!outcome.importedIds.isEmpty()) {
        for (int row = 0; row < m_articleList->count(); ++row) {
            if (m_articleList->item(row)->data(ArticleIdRole).toLongLong()
                == outcome.importedIds.first())
                m_articleList->setCurrentRow(row);
        }
    }
    showImportOutcome(ArticleImporter::summary(outcome), problems);
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
    const qint64 current = m_document.article.id;
    m_articleList->clear();
    if (!m_store)
        return;
    for (const auto &summary : m_store->articles()) {
        auto *item = new QListWidgetItem(
            summary.title.isEmpty() ? QFileInfo(summary.sourcePath).fileName() : summary.title,
            m_articleList);
        item->setData(ArticleIdRole, summary.id);
        item->setToolTip(summary.sourcePath);
    }
    for (int row = 0; row < m_articleList->count(); ++row) {
        if (m_articleList->item(row)->data(ArticleIdRole).toLongLong() == current)
            m_articleList->setCurrentRow(row);
    }
    if (!m_articleList->currentItem() && m_articleList->count() > 0)
        m_articleList->setCurrentRow(0);
}

void MainWindow::showArticle(qint64 articleId)
{
    const auto document = m_store ? m_store->loadDocument(articleId) : std::nullopt;
    if (!document) {
        statusBar()->showMessage(tr("The article could not be read: %1")
                                     .arg(m_store ? m_store->lastError() : QString()));
        return;
    }
    m_document = *document;

    // The view shows the text as imported; a lone CR would start a new block in the view and
    // shift every later position, so it is shown as a space (one UTF-16 unit for one).
    QString shown = m_document.article.text;
    shown.replace(QLatin1Char('\r'), QLatin1Char(' '));
    m_articleView->setPlainText(shown);

    const OffsetMap offsets(m_document.article.text);
    QList<Segment> viewSegments;
    m_segmentList->clear();
    for (const Segment &segment : m_document.segments) {
        const Segment inView{offsets.toUtf16(segment.start), offsets.toUtf16(segment.end),
                             segment.kind};
        viewSegments.append(inView);
        auto *item = new QTreeWidgetItem(m_segmentList);
        item->setText(0, toString(segment.kind));
        item->setText(1, shown.mid(inView.start, inView.end - inView.start).simplified().left(80));
        item->setData(0, Qt::UserRole, inView.start);
        item->setData(0, Qt::UserRole + 1, inView.end);
    }
    m_highlighter->setSegments(viewSegments);
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
    ArticleImporter importer(*m_store);
    const auto outcome = importer.importPastedText(QApplication::clipboard()->text());
    QStringList problems;
    for (const auto &failure : outcome.failures)
        problems << failure.reason;
    reloadArticleList();
    showImportOutcome(ArticleImporter::summary(outcome), problems);
}
