#include "ui/historydock.h"

#include "core/store/projectstore.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>

HistoryDock::HistoryDock(QWidget *parent)
    : QDockWidget(tr("History"), parent)
{
    setObjectName(QStringLiteral("historyDock"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Old"), tr("New")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized from the newest rows only: measuring thousands of rows on every change would cost
    // more than the change itself.
    m_list->header()->setResizeContentsPrecision(30);
    setWidget(m_list);
}

void HistoryDock::refresh(const ProjectStore *store, qint64 articleId)
{
    if (store != m_store || articleId != m_articleId)
        clear();
    m_store = store;
    m_articleId = articleId;
    if (!store)
        return;
    const auto entries = store->history(articleId, m_lastId);
    // Newest first: the new rows go on top, the newest of them first.
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, it->annotator);
        item->setText(2, tr("%1 %2").arg(it->annotationKind).arg(it->annotationId));
        item->setText(3, it->field);
        item->setText(4, it->oldValue.left(60));
        item->setText(5, it->newValue.left(60));
        items.append(item);
        m_lastId = qMax(m_lastId, it->id);
    }
    m_list->insertTopLevelItems(0, items);
}

void HistoryDock::clear()
{
    m_list->clear();
    m_lastId = 0;
}

int HistoryDock::entryCount() const
{
    return m_list->topLevelItemCount();
}
