// cwb-bench-gui: measures the review window on long articles and big projects (GuiBenchmark).

#include "ui/guibenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // The benchmark drives real widgets without a display unless one is asked for.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cwb-bench-gui"));
    QApplication::setApplicationVersion(QStringLiteral(CWB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Measure the review window on long articles and a big project: opening, keys, "
                "scrolling, accepting, jumping, starting and listing, each to a finished paint."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quickOption(
        QStringLiteral("quick"),
        QApplication::translate("main", "Smaller data and fewer repetitions (a smoke run)."));
    const QCommandLineOption workDirOption(
        QStringLiteral("work-dir"),
        QApplication::translate("main", "Where to write the temporary projects."),
        QStringLiteral("DIR"));
    parser.addOption(quickOption);
    parser.addOption(workDirOption);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    GuiBenchmark::Options options;
    options.quick = parser.isSet(quickOption);
    options.workDir = parser.value(workDirOption);
    const auto figures =
        GuiBenchmark::run(options, [&err](const QString &line) { err << line << Qt::endl; });
    if (!figures.error.isEmpty()) {
        err << figures.error << Qt::endl;
        return 2;
    }
    out << figures.report() << Qt::endl;
    return 0;
}
