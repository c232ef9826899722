#pragma once

#include "core/model/document.h"

#include <QMainWindow>
#include <memory>

class ProjectStore;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;
class SegmentHighlighter;

// The analyst's window: the project's articles on the left, the selected article in the
// middle with its page noise greyed, its segments on the right. It owns the open project.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) a project; shows a message and returns false on failure.
    bool openProject(const QString &path);
    // Imports files or folders into the open project and shows the first new article.
    void importPaths(const QStringList &paths);
    ProjectStore *project() const { return m_store.get(); }
    const Document &currentDocument() const { return m_document; }

private:
    void createActions();
    void reloadArticleList();
    void showArticle(qint64 articleId);
    void showImportOutcome(const QString &summary, const QStringList &problems);
    void chooseProject();
    void chooseFilesToImport();
    void pasteArticle();

    std::unique_ptr<ProjectStore> m_store;
    Document m_document;
    QListWidget *m_articleList = nullptr;
    QPlainTextEdit *m_articleView = nullptr;
    QTreeWidget *m_segmentList = nullptr;
    SegmentHighlighter *m_highlighter = nullptr;
};
