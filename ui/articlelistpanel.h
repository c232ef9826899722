#pragma once

#include "core/store/projectstore.h"

#include <QWidget>

class ArticleListModel;
class QComboBox;
class QSortFilterProxyModel;
class QTreeView;

// The project's articles beside the text: a list with each article's review progress and a
// filter by review state (all, still to review, not started, in progress, reviewed). It
// reports the article the analyst picks; the window decides what opening it means.
class ArticleListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleListPanel(QWidget *parent = nullptr);

    // Lists the articles, keeping the current one when it is still there.
    void setArticles(const QList<ProjectStore::ArticleSummary> &articles);
    void updateProgress(qint64 articleId, int annotationCount, int proposedCount);
    // Makes an article current (and lists it, also when the filter hid it).
    void setCurrentArticle(qint64 articleId);
    // The article the window shows: it stays current while the filter hides its row.
    qint64 currentArticle() const { return m_current; }
    // The article `step` rows away in the filtered list, counted from where the current
    // article is or would be; 0 when there is none.
    qint64 articleAfter(int step) const;
    int visibleCount() const;
    QTreeView *view() const { return m_view; }
    ArticleListModel *model() const { return m_model; }

signals:
    void articleChosen(qint64 articleId);

private:
    void applyFilter();

    ArticleListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTreeView *m_view = nullptr;
    qint64 m_current = 0;
};
