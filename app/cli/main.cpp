// cwb: the headless Conflict Workbench (import, annotate, export, info, bench).

#include "app/cli/clicommands.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cwb"));
    QCoreApplication::setOrganizationName(QStringLiteral("Conflict Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CWB_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("conflict-workbench"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliCommands commands(out, err);
    return commands.run(app.arguments().mid(1));
}
