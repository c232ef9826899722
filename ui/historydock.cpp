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
    setWidget(m_list);
}

void HistoryDock::refresh(const ProjectStore *store, qint64 articleId)
{
    m_list->clear();
    if (!store)
        return;
    const auto entries = store->history(articleId);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, it->annotator);
        item->setText(2, tr("%1 %2").arg(it->annotationKind).arg(it->annotationId));
        item->setText(3, it->field);
        item->setText(4, it->oldValue.left(60));
        item->setText(5, it->newValue.left(60));
    }
}

int HistoryDock::entryCount() const
{
    return m_list->topLevelItemCount();
}
