#pragma once

#include <QDir>
#include <QWidget>
#include <QtTest>

// Saves a picture of the widget as NAME.png in $CWB_SCREENSHOT_DIR when that is set, so that a
// person can look at what a widget test drove; nothing otherwise.
inline void saveScreenshotIfAsked(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CWB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}
