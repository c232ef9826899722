// conflict-workbench: the analyst's window.

#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QPalette>
#include <QStyleFactory>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("conflict-workbench"));
    QApplication::setOrganizationName(QStringLiteral("Conflict Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CWB_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("conflict-workbench"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    // Arabic (and any right-to-left language) mirrors the whole window.
    QApplication::setLayoutDirection(QLocale().textDirection());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Conflict Workbench: review and annotate conflict news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption projectOption(
        QStringLiteral("project"),
        QApplication::translate("main", "The project to open or create (default: %1).")
            .arg(QStringLiteral("workbench.cwb")),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QApplication::translate("main", "Use a dark colour palette."));
    parser.addOption(projectOption);
    parser.addOption(screenshotOption);
    parser.addOption(darkOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "Articles or folders to import."),
                                 QStringLiteral("[PATHS...]"));
    parser.process(app);

    if (parser.isSet(darkOption)) {
        // Fusion honours the palette on every platform (the native styles may not).
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(220, 220, 220));
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        dark.setColor(QPalette::Text, QColor(225, 225, 225));
        dark.setColor(QPalette::Button, QColor(50, 50, 54));
        dark.setColor(QPalette::ButtonText, QColor(220, 220, 220));
        dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
        dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(60, 130, 220));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
        QApplication::setPalette(dark);
    }

    QString projectPath = parser.value(projectOption);
    if (projectPath.isEmpty()) {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        projectPath = QDir(dataDir).filePath(QStringLiteral("workbench.cwb"));
    }

    MainWindow window;
    window.show();
    if (window.openProject(projectPath) && !parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());

    if (parser.isSet(screenshotOption)) {
        const QString target = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, target] {
            const bool saved = window.grab().save(target);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
