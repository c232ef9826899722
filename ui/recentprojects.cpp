#include "ui/recentprojects.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("recentProjects");
}

RecentProjects::RecentProjects(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentProjects::rebuildMenu);
    rebuildMenu();
}

QStringList RecentProjects::paths() const
{
    QStringList existing;
    for (const QString &path : QSettings().value(settingsKey).toStringList()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaximumCount)
        list.removeLast();
    store(list);
}

void RecentProjects::clear()
{
    store({});
}

void RecentProjects::store(const QStringList &paths)
{
    QSettings().setValue(settingsKey, paths);
    rebuildMenu();
}

void RecentProjects::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = paths();
    int number = 1;
    for (const QString &path : list) {
        // &1..&8 let the keyboard pick one once the menu is open.
        QAction *action = m_menu->addAction(
            tr("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { emit chosen(path); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("&Clear the List"), this, &RecentProjects::clear);
}
