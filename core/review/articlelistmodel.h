#pragma once

#include "core/store/projectstore.h"

#include <QAbstractTableModel>
#include <QList>

// The project's articles as the side list shows them: title, and how far the review has come
// ("12 of 40 reviewed"), with the article's review state as a role that a filter can match.
// It holds a snapshot of ProjectStore::articles() (one query, so a project of thousands of
// articles lists at once) and is refreshed by the window after imports and reviews.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ProgressColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        StateRole, // stateName() of the article's ReviewState
    };
    // Untouched: nothing decided yet (or nothing proposed); started: some proposals decided;
    // reviewed: no proposal left.
    enum class ReviewState { NotStarted, InProgress, Reviewed };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(const QList<ProjectStore::ArticleSummary> &articles);
    // Replaces one article's review counts (after an action in it) without resetting the list.
    void updateProgress(qint64 articleId, int annotationCount, int proposedCount);
    // The row of an article, -1 when it is not listed.
    int rowOf(qint64 articleId) const;
    qint64 articleIdAt(int row) const;

    static ReviewState stateOf(const ProjectStore::ArticleSummary &article);
    // The untranslated name a filter matches: "not-started", "in-progress", "reviewed".
    static QString stateName(ReviewState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ProjectStore::ArticleSummary> m_articles;
};
