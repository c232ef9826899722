#pragma once

#include "core/model/document.h"
#include "core/review/annotationkind.h"
#include "core/review/spannudger.h"
#include "core/workflow/articleimporter.h"

#include <QMainWindow>
#include <array>
#include <memory>

class AnnotationDock;
class AnnotationTableModel;
class ArticleListPanel;
class ArticleView;
class FindBar;
class GuidelinesDock;
class HistoryDock;
class ImportRunner;
class ProjectStore;
class QLabel;
class QTreeWidget;
class RecentProjects;
class TrainingMenu;
class QUndoGroup;
class ReviewActions;
class ReviewSession;

// The analyst's review workbench: the project's articles on the left, the selected article in
// the middle with its annotations highlighted, a panel per annotation kind on the right, the
// history below. It owns the open project and a ReviewSession for the shown article; every
// analyst action goes through the core's Review facade and is committed by it, so the title
// never needs an "unsaved" mark and the status bar says "All changes saved" after each.
//
// Imports run off the UI thread (ImportRunner) with a progress dialog; the article list is
// reloaded when one ends, and importFinished() tells tests and the screenshot option.
//
// Selection: one annotation is selected at a time, kept as (kind, id) because rows move when
// annotations are added or removed; the text outlines it and its panel selects its row.
//
// Ownership and order: the models refer to the session, so they are declared after it and
// destroyed first; the session's undo stack leaves the undo group when the session dies.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) a project; shows a message and returns false on failure.
    bool openProject(const QString &path);
    // Imports files or folders into the open project in the background and shows the first
    // new article when done (importFinished()). Returns false when no import could start.
    bool importPaths(const QStringList &paths);
    bool isImporting() const;
    // Reads the open project again: the article list and the shown article, with what other
    // windows or processes have saved since.
    void reload();
    ProjectStore *project() const { return m_store.get(); }
    const Document &currentDocument() const;
    ReviewSession *session() const { return m_session.get(); }
    // Whose annotation set the window shows and edits: '' for the project's shared set, or a
    // trainee's name (blind: nothing else of the article is shown).
    QString owner() const { return m_owner; }
    // Shows the current article's `owner` set from now on (the set must have been started).
    void workAs(const QString &owner);
    // Who the actions are recorded as: the trainee when working as one, else the user.
    QString userName() const;
    // Opens the guidelines beside the article at a rule (GuidelineAnchors id).
    void showGuideline(const QString &anchorId);
    // The selected annotation's row, -1 when none is selected.
    AnnotationKind selectedKind() const { return m_selectedKind; }
    int selectedRow() const;

signals:
    void importFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createActions();
    void reloadArticleList();
    void finishImport(const ArticleImporter::Outcome &outcome);
    void showArticle(qint64 articleId);
    void updateArticleProgress();
    void fillSegmentList();
    void showImportOutcome(const QString &summary, const QStringList &problems);
    // True with a project open; else says to open one first.
    bool needProject();
    void chooseProject();
    void chooseFilesToImport();
    void pasteArticle();

    // Review actions.
    void select(AnnotationKind kind, int row);
    void reselect();
    void walk(bool forward);
    void decide(bool accept);
    void editSelected();
    void applyEdit(class AnnotationEditorDialog *dialog);
    void markSelection(EntityType type);
    void removeSelected();
    void nudgeSelected(SpanNudger::Edge edge, SpanNudger::Direction direction);
    void showSettings();
    void moveArticle(int step);
    void switchFocus();
    void showCheatSheet();
    void reportSaved();
    void reportFailure(const QString &message);
    // True when an annotation is selected; else says how to select one.
    bool needSelection();
    AnnotationDock *dock(AnnotationKind kind) const;

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ReviewSession> m_session;
    std::array<std::unique_ptr<AnnotationTableModel>, 4> m_models;
    Document m_emptyDocument;
    AnnotationKind m_selectedKind = AnnotationKind::Mention;
    qint64 m_selectedId = 0;

    QUndoGroup *m_undoGroup = nullptr;
    ReviewActions *m_actions = nullptr;
    ArticleListPanel *m_articles = nullptr;
    ImportRunner *m_importRunner = nullptr;
    RecentProjects *m_recentProjects = nullptr;
    ArticleView *m_articleView = nullptr;
    FindBar *m_findBar = nullptr;
    QTreeWidget *m_segmentList = nullptr;
    std::array<AnnotationDock *, 4> m_docks{};
    HistoryDock *m_historyDock = nullptr;
    GuidelinesDock *m_guidelines = nullptr;
    TrainingMenu *m_training = nullptr;
    QString m_owner;
    QLabel *m_selectionLabel = nullptr;
};
