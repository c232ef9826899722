#pragma once

#include <QDockWidget>

class ProjectStore;
class QTreeWidget;

// The history of the open article's annotations as the store records it
// (ProjectStore::history): who changed which field of what, from what to what, newest first.
// The main window calls refresh() after every saved change: for the article already shown it
// reads only the rows written since (so an accept costs the same on the 20,000th change as on
// the first); another article is read whole.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryDock(QWidget *parent = nullptr);

    // Shows the history of `articleId` (nothing for a null store).
    void refresh(const ProjectStore *store, qint64 articleId);
    // Forgets what is shown, so that the next refresh() reads everything (after a reload).
    void clear();
    int entryCount() const;

private:
    QTreeWidget *m_list = nullptr;
    const ProjectStore *m_store = nullptr;
    qint64 m_articleId = 0;
    qint64 m_lastId = 0; // the newest row shown
};
