#include "app/cli/clicommands.h"

#include "core/bench/matcherbenchmark.h"
#include "core/bench/storebenchmark.h"
#include "core/exchange/documentjson.h"
#include "core/ingest/articlereader.h"
#include "core/ingest/textdecoder.h"
#include "core/store/projectstore.h"
#include "core/text/offsetmap.h"
#include "core/workflow/articleimporter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

// Parses one subcommand's options. Returns false (after printing what is wrong) when the
// arguments do not fit; `helpShown` tells the caller to stop with success.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    QTextStream &err, bool *helpShown)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliCommands::tr("Show this help."));
    parser.addOption(help);
    *helpShown = false;
    if (!parser.parse(QStringList{QStringLiteral("cwb")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText() << Qt::flush;
        *helpShown = true;
        return false;
    }
    return true;
}

QString segmentPreview(const Document &document, const Segment &segment)
{
    const OffsetMap offsets(document.article.text);
    const int from = offsets.toUtf16(segment.start);
    QString text = document.article.text.mid(from, offsets.toUtf16(segment.end) - from)
                       .simplified();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

} // namespace

CliCommands::CliCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CliCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("import"))
        return importArticles(rest);
    if (command == QLatin1String("annotate"))
        return annotate(rest);
    if (command == QLatin1String("export"))
        return exportProject(rest);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("bench"))
        return bench(rest);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "cwb " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        printUsage();
        return Success;
    }
    if (command.isEmpty())
        m_err << tr("No command given.") << Qt::endl;
    else
        m_err << tr("Unknown command \"%1\".").arg(command) << Qt::endl;
    printUsage();
    return UsageError;
}

void CliCommands::printUsage()
{
    m_out << tr("Usage: cwb COMMAND [OPTIONS]\n"
                "\n"
                "Commands:\n"
                "  import PROJECT PATHS...      import articles (.txt, .html, .htm, folders)\n"
                "  annotate FILE [--json]       read an article and print its document\n"
                "  export PROJECT --format jsonl --out FILE\n"
                "                               write the project's documents\n"
                "  info PROJECT                 counts by status and type\n"
                "  bench store|match            measure the database or the matcher\n"
                "\n"
                "Run \"cwb COMMAND --help\" for a command's options.\n"
                "\n"
                "Exit codes: 0 success, 1 usage error, 2 input could not be read or output\n"
                "not written, 3 project could not be opened or written, 4 some inputs\n"
                "imported and others failed.\n")
          << Qt::flush;
}

int CliCommands::importArticles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import articles into a project, creating the project if it does not exist. Each "
           "article is stored in its own transaction: a bad file is reported and the others "
           "are imported."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.cwb)."));
    parser.addPositionalArgument(QStringLiteral("PATHS"),
                                 tr("Files (.txt, .html, .htm) or folders to import."),
                                 QStringLiteral("PATHS..."));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        tr("Read text files in this encoding instead of detecting it (%1).")
            .arg(TextDecoder::supportedEncodings().join(QStringLiteral(", "))),
        QStringLiteral("ENCODING"));
    parser.addOption(encoding);
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        m_err << tr("import needs a project and at least one file or folder.") << Qt::endl;
        return UsageError;
    }

    QString error;
    auto store = ProjectStore::open(positional.first(), ProjectStore::OpenMode::CreateIfMissing,
                                    &error);
    if (!store) {
        m_err << error << Qt::endl;
        return ProjectError;
    }

    ArticleImporter importer(*store);
    ArticleReader::Options options;
    options.encoding = parser.value(encoding);
    const auto outcome = importer.importPaths(
        positional.mid(1), options, [this](int done, int total, const QString &path) {
            if (total > 1)
                m_err << tr("[%1/%2] %3").arg(done + 1).arg(total).arg(path) << Qt::endl;
        });

    for (const QString &path : outcome.duplicates)
        m_err << tr("%1: already in the project, left as it was.").arg(path) << Qt::endl;
    for (const auto &failure : outcome.failures)
        m_err << tr("%1: %2").arg(failure.path, failure.reason) << Qt::endl;
    m_out << ArticleImporter::summary(outcome) << Qt::endl;

    if (outcome.failures.isEmpty())
        return Success;
    return outcome.imported.isEmpty() && outcome.duplicates.isEmpty() ? InputError
                                                                      : PartialImport;
}

int CliCommands::annotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read one article and print what the workbench makes of it, without a project."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The article (.txt, .html, .htm)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the document JSON (docs/document-json.md)."));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("Read the file in this encoding instead of detecting it."),
                                      QStringLiteral("ENCODING"));
    parser.addOption(json);
    parser.addOption(encoding);
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("annotate reads exactly one file.") << Qt::endl;
        return UsageError;
    }

    ArticleReader::Options options;
    options.encoding = parser.value(encoding);
    const auto read = ArticleReader::readFile(parser.positionalArguments().first(), options);
    if (read.documents.isEmpty()) {
        for (const auto &failure : read.failures)
            m_err << tr("%1: %2").arg(failure.path, failure.reason) << Qt::endl;
        return InputError;
    }
    const Document &document = read.documents.first();

    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(
            QJsonDocument(DocumentJson::toJson(document)).toJson(QJsonDocument::Indented))
              << Qt::flush;
        return Success;
    }

    const Article &article = document.article;
    m_out << tr("Title:     %1").arg(article.title) << Qt::endl
          << tr("Encoding:  %1").arg(article.encoding) << Qt::endl
          << tr("Language:  %1").arg(article.language) << Qt::endl;
    if (article.published.isValid())
        m_out << tr("Published: %1").arg(article.published.toString(Qt::ISODate)) << Qt::endl;
    m_out << tr("Segments:  %n", nullptr, int(document.segments.size())) << Qt::endl;
    for (const Segment &segment : document.segments) {
        m_out << QStringLiteral("  %1  %2-%3  %4")
                     .arg(toString(segment.kind), -11)
                     .arg(segment.start, 6)
                     .arg(segment.end, -6)
                     .arg(segmentPreview(document, segment))
              << Qt::endl;
    }
    return Success;
}

int CliCommands::exportProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a project's articles and annotations to a file."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("The format to write: jsonl (one document JSON a line)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    const QCommandLineOption outPath(QStringLiteral("out"), tr("The file to write."),
                                     QStringLiteral("FILE"));
    parser.addOption(format);
    parser.addOption(outPath);
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outPath)) {
        m_err << tr("export needs a project and --out FILE.") << Qt::endl;
        return UsageError;
    }
    if (parser.value(format) != QLatin1String("jsonl")) {
        m_err << tr("Unknown format \"%1\" (available: jsonl).").arg(parser.value(format))
              << Qt::endl;
        return UsageError;
    }

    QString error;
    auto store = ProjectStore::open(parser.positionalArguments().first(),
                                    ProjectStore::OpenMode::ExistingOnly, &error);
    if (!store) {
        m_err << error << Qt::endl;
        return ProjectError;
    }

    // QSaveFile writes beside the target and renames at the end, so a failed export never
    // leaves half a file where a good one stood.
    QSaveFile file(parser.value(outPath));
    if (!file.open(QIODevice::WriteOnly)) {
        m_err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return InputError;
    }
    const auto summaries = store->articles();
    int written = 0;
    for (const auto &summary : summaries) {
        const auto document = store->loadDocument(summary.id);
        if (!document) {
            m_err << tr("Article %1 could not be read: %2").arg(summary.id).arg(store->lastError())
                  << Qt::endl;
            file.cancelWriting();
            return ProjectError;
        }
        file.write(DocumentJson::toLine(*document));
        file.write("\n");
        ++written;
        if (summaries.size() > 100 && written % 100 == 0)
            m_err << tr("[%1/%2] written").arg(written).arg(summaries.size()) << Qt::endl;
    }
    if (!file.commit()) {
        m_err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return InputError;
    }
    m_out << tr("Wrote %n document(s) to %1.", nullptr, written).arg(file.fileName()) << Qt::endl;
    return Success;
}

int CliCommands::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show a project's articles and annotation counts."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("info needs exactly one project.") << Qt::endl;
        return UsageError;
    }
    QString error;
    auto store = ProjectStore::open(parser.positionalArguments().first(),
                                    ProjectStore::OpenMode::ExistingOnly, &error);
    if (!store) {
        m_err << error << Qt::endl;
        return ProjectError;
    }
    const auto counts = store->counts();
    m_out << tr("Project:      %1").arg(QFileInfo(store->path()).absoluteFilePath()) << Qt::endl
          << tr("Schema:       %1").arg(store->schemaVersion()) << Qt::endl
          << tr("Articles:     %1").arg(counts.articles) << Qt::endl
          << tr("Affiliations: %1").arg(counts.affiliations) << Qt::endl
          << tr("Casualties:   %1").arg(counts.casualties) << Qt::endl
          << tr("Events:       %1").arg(counts.events) << Qt::endl;
    m_out << tr("By status:") << Qt::endl;
    for (const QString &status : allSpellings<Status>())
        m_out << QStringLiteral("  %1 %2").arg(status, -12).arg(counts.byStatus.value(status))
              << Qt::endl;
    m_out << tr("Entities by type:") << Qt::endl;
    for (const QString &type : allSpellings<EntityType>())
        m_out << QStringLiteral("  %1 %2").arg(type, -12).arg(counts.byType.value(type))
              << Qt::endl;
    return Success;
}

int CliCommands::bench(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measure this machine. \"store\" bulk-inserts annotations into a fresh project and "
           "times single analyst actions with their history rows; \"match\" runs the "
           "knowledge-base matcher over a synthetic corpus beside grep."));
    parser.addPositionalArgument(QStringLiteral("WHAT"), tr("What to measure: store or match."));
    const QCommandLineOption rows(QStringLiteral("rows"), tr("store: annotations to bulk insert."),
                                  QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption actions(QStringLiteral("actions"),
                                     tr("store: single actions to time."), QStringLiteral("N"),
                                     QStringLiteral("200"));
    const QCommandLineOption megabytes(QStringLiteral("megabytes"),
                                       tr("match: size of the synthetic corpus in MiB."),
                                       QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption aliases(QStringLiteral("aliases"),
                                     tr("match: aliases of the small and the large knowledge base."),
                                     QStringLiteral("SMALL,LARGE"), QStringLiteral("20000,100000"));
    const QCommandLineOption noGrep(QStringLiteral("no-grep"),
                                    tr("match: do not run grep for comparison."));
    parser.addOptions({rows, actions, megabytes, aliases, noGrep});
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    const QString what = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1
        || (what != QLatin1String("store") && what != QLatin1String("match"))) {
        m_err << tr("bench measures: store, match.") << Qt::endl;
        return UsageError;
    }
    const auto progress = [this](const QString &line) { m_err << line << Qt::endl; };

    if (what == QLatin1String("match")) {
        MatcherBenchmark::Options options;
        bool sizeOk = false;
        const qint64 mib = parser.value(megabytes).toLongLong(&sizeOk);
        const QStringList counts = parser.value(aliases).split(QLatin1Char(','));
        bool smallOk = false;
        bool largeOk = false;
        options.smallAliases = counts.value(0).toInt(&smallOk);
        options.largeAliases = counts.value(1).toInt(&largeOk);
        if (!sizeOk || mib < 1 || !smallOk || !largeOk || options.smallAliases < 1
            || options.largeAliases < 1) {
            m_err << tr("--megabytes takes a positive whole number and --aliases two, "
                        "separated by a comma.")
                  << Qt::endl;
            return UsageError;
        }
        options.corpusBytes = mib * 1024 * 1024;
        options.runGrep = !parser.isSet(noGrep);
        const auto figures = MatcherBenchmark::run(options, progress);
        if (!figures.error.isEmpty()) {
            m_err << figures.error << Qt::endl;
            return InputError;
        }
        m_out << figures.report() << Qt::endl;
        return Success;
    }

    bool rowsOk = false;
    bool actionsOk = false;
    const qint64 rowCount = parser.value(rows).toLongLong(&rowsOk);
    const int actionCount = parser.value(actions).toInt(&actionsOk);
    if (!rowsOk || !actionsOk || rowCount < 1 || actionCount < 1) {
        m_err << tr("--rows and --actions take positive whole numbers.") << Qt::endl;
        return UsageError;
    }
    const auto figures = StoreBenchmark::run(rowCount, actionCount, {}, progress);
    if (!figures.error.isEmpty()) {
        m_err << figures.error << Qt::endl;
        return ProjectError;
    }
    m_out << tr("bulk insert: %1 annotations in %2 s = %3 rows/s (goal >= 500000)")
                 .arg(figures.bulkRows)
                 .arg(figures.bulkSeconds, 0, 'f', 3)
                 .arg(qint64(figures.bulkRowsPerSecond))
          << Qt::endl
          << tr("analyst action with history row, committed: %1 actions, mean %2 ms, p95 %3 ms, "
                "max %4 ms (goal < 20 ms)")
                 .arg(figures.actions)
                 .arg(figures.actionMeanMs, 0, 'f', 2)
                 .arg(figures.actionP95Ms, 0, 'f', 2)
                 .arg(figures.actionMaxMs, 0, 'f', 2)
          << Qt::endl;
    return Success;
}
