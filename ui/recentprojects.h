#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

// The projects opened lately, newest first, kept in the user's settings and offered in a
// File menu of their own. A project that no longer exists is dropped from the list when the
// menu is built, so the menu never offers a dead end.
class RecentProjects : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumCount = 8;

    RecentProjects(QMenu *menu, QObject *parent = nullptr);

    QStringList paths() const;
    // Puts a project at the top of the list (after it opened).
    void add(const QString &path);
    void clear();

signals:
    void chosen(const QString &path);

private:
    void rebuildMenu();
    void store(const QStringList &paths);

    QMenu *m_menu;
};
