#pragma once

#include "ui/mainwindow.h"

#include <QSignalSpy>
#include <QtTest>

// Imports run in the background (ImportRunner): a test starts one and waits for the window
// to say it ended, as an analyst waits for the progress dialog to close.
inline bool importAndWait(MainWindow &window, const QStringList &paths)
{
    QSignalSpy finished(&window, &MainWindow::importFinished);
    if (!window.importPaths(paths))
        return false;
    return finished.wait(120000);
}
