#include "core/review/articlelistmodel.h"

#include <QFileInfo>

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setArticles(const QList<ProjectStore::ArticleSummary> &articles)
{
    beginResetModel();
    m_articles = articles;
    endResetModel();
}

void ArticleListModel::updateProgress(qint64 articleId, int annotationCount, int proposedCount)
{
    const int row = rowOf(articleId);
    if (row < 0)
        return;
    m_articles[row].annotationCount = annotationCount;
    m_articles[row].proposedCount = proposedCount;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (int row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).id == articleId)
            return row;
    }
    return -1;
}

qint64 ArticleListModel::articleIdAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? m_articles.at(row).id : 0;
}

ArticleListModel::ReviewState ArticleListModel::stateOf(const ProjectStore::ArticleSummary &a)
{
    if (a.annotationCount > 0 && a.proposedCount == 0)
        return ReviewState::Reviewed;
    if (a.proposedCount < a.annotationCount)
        return ReviewState::InProgress;
    return ReviewState::NotStarted;
}

QString ArticleListModel::stateName(ReviewState state)
{
    switch (state) {
    case ReviewState::NotStarted:
        return QStringLiteral("not-started");
    case ReviewState::InProgress:
        return QStringLiteral("in-progress");
    case ReviewState::Reviewed:
        return QStringLiteral("reviewed");
    }
    return {};
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProjectStore::ArticleSummary &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn) {
            return article.title.isEmpty() ? QFileInfo(article.sourcePath).fileName()
                                           : article.title;
        }
        return tr("%1/%2").arg(article.annotationCount - article.proposedCount)
            .arg(article.annotationCount);
    case Qt::ToolTipRole:
        return tr("%1\n%2 of %3 annotations reviewed, %4 proposals left")
            .arg(article.sourcePath)
            .arg(article.annotationCount - article.proposedCount)
            .arg(article.annotationCount)
            .arg(article.proposedCount);
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ArticleIdRole:
        return article.id;
    case StateRole:
        return stateName(stateOf(article));
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Article") : tr("Reviewed");
}
