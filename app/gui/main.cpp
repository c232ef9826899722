// conflict-workbench: the analyst's window.

#include "ui/languagesettings.h"
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

    // The language is needed before the options are parsed (their help is translated), so
    // --language is looked for by hand first.
    QString languageCode;
    const QStringList arguments = QApplication::arguments();
    const qsizetype languageAt = arguments.indexOf(QStringLiteral("--language"));
    if (languageAt >= 0 && languageAt + 1 < arguments.size())
        languageCode = arguments.at(languageAt + 1);
    QTranslator translator;
    LanguageSettings::install(translator, LanguageSettings::locale(languageCode));

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
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Speak this language (en, fr, ar) instead of the one "
                                        "chosen in the settings."),
        QStringLiteral("CODE"));
    parser.addOption(languageOption);
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
    const bool importing = window.openProject(projectPath)
        && !parser.positionalArguments().isEmpty()
        && window.importPaths(parser.positionalArguments());

    if (parser.isSet(screenshotOption)) {
        // The picture is taken once the window shows what it was asked to open.
        const QString target = parser.value(screenshotOption);
        const auto shoot = [&window, target] {
            QTimer::singleShot(300, &window, [&window, target] {
                const bool saved = window.grab().save(target);
                QApplication::exit(saved ? 0 : 1);
            });
        };
        if (importing)
            QObject::connect(&window, &MainWindow::importFinished, &window, shoot);
        else
            shoot();
    }
    return app.exec();
}
