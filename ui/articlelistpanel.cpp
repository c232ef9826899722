#include "ui/articlelistpanel.h"

#include "core/review/articlelistmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

ArticleListPanel::ArticleListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArticleListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("articleFilter"));
    m_stateFilter->setToolTip(tr("Show the articles in this review state"));
    // The data is a regular expression over ArticleListModel::stateName().
    m_stateFilter->addItem(tr("All articles"), QString());
    m_stateFilter->addItem(tr("Still to review"), QStringLiteral("^(not-started|in-progress)$"));
    m_stateFilter->addItem(tr("Not started"), QStringLiteral("^not-started$"));
    m_stateFilter->addItem(tr("In progress"), QStringLiteral("^in-progress$"));
    m_stateFilter->addItem(tr("Reviewed"), QStringLiteral("^reviewed$"));

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ArticleListModel::StateRole);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("articleList"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // lets a list of thousands lay out at once
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ArticleListModel::ProgressColumn,
                                           QHeaderView::ResizeToContents);
    // Sized from the rows on screen: a project of 10,000 articles lists at once.
    m_view->header()->setResizeContentsPrecision(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_stateFilter);
    layout->addWidget(m_view, 1);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &ArticleListPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_current = current.data(ArticleListModel::ArticleIdRole).toLongLong();
                emit articleChosen(m_current);
            });
}

void ArticleListPanel::setArticles(const QList<ProjectStore::ArticleSummary> &articles)
{
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setArticles(articles);
    }
    if (m_model->rowOf(m_current) >= 0)
        setCurrentArticle(m_current);
    else
        m_current = 0;
}

void ArticleListPanel::updateProgress(qint64 articleId, int annotationCount, int proposedCount)
{
    // The current article may leave the filter (it is now reviewed) and the view would then
    // move the current row to another article: that must not open it.
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->updateProgress(articleId, annotationCount, proposedCount);
}

void ArticleListPanel::setCurrentArticle(qint64 articleId)
{
    const int sourceRow = m_model->rowOf(articleId);
    if (sourceRow < 0)
        return;
    m_current = articleId;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_stateFilter->setCurrentIndex(0); // show all rather than hide what is opened
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

qint64 ArticleListPanel::articleAfter(int step) const
{
    // Where the current article stands in the filtered list: its own row, or between the
    // listed rows that come before and after it in the project when the filter hides it.
    const int currentSource = m_model->rowOf(m_current);
    int before = -1; // the last filtered row before the current article (or at it)
    int at = -1;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        if (currentSource >= 0 && source == currentSource)
            at = row;
        if (currentSource >= 0 && source <= currentSource)
            before = row;
    }
    int target;
    if (currentSource < 0)
        target = step > 0 ? step - 1 : m_filter->rowCount() + step;
    else if (at >= 0)
        target = at + step;
    else
        target = step > 0 ? before + step : before + 1 + step;
    if (target < 0 || target >= m_filter->rowCount())
        return 0;
    return m_filter->index(target, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
}

int ArticleListPanel::visibleCount() const
{
    return m_filter->rowCount();
}

void ArticleListPanel::applyFilter()
{
    const QString pattern = m_stateFilter->currentData().toString();
    const QSignalBlocker blocker(m_view->selectionModel());
    m_filter->setFilterRegularExpression(QRegularExpression(pattern));
    const int sourceRow = m_model->rowOf(m_current);
    const QModelIndex index =
        sourceRow >= 0 ? m_filter->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
    if (index.isValid())
        m_view->setCurrentIndex(index);
    else
        m_view->selectionModel()->clearCurrentIndex();
}
