#pragma once

#include <QDockWidget>

class ProjectStore;
class QTreeWidget;

// The history of the open article's annotations as the store records it
// (ProjectStore::history): who changed which field of what, from what to what, newest first.
// It reads the store again on refresh(); the main window calls that after every saved change.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryDock(QWidget *parent = nullptr);

    // Shows the history of `articleId` (nothing for a null store).
    void refresh(const ProjectStore *store, qint64 articleId);
    int entryCount() const;

private:
    QTreeWidget *m_list = nullptr;
};
