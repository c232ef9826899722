// conflict-workbench: the analyst's window.

#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
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
    parser.addOption(projectOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "Articles or folders to import."),
                                 QStringLiteral("[PATHS...]"));
    parser.process(app);

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
