#include "app/cli/clicommands.h"

#include "core/bench/detectionbenchmark.h"
#include "core/bench/exportbenchmark.h"
#include "core/bench/matcherbenchmark.h"
#include "core/bench/storebenchmark.h"
#include "core/detect/detector.h"
#include "core/exchange/datasetexporter.h"
#include "core/exchange/datasetimporter.h"
#include "core/exchange/documentjson.h"
#include "core/exchange/jsonlreader.h"
#include "core/kb/kbimporter.h"
#include "core/quality/detectionscore.h"
#include "core/quality/trainingreport.h"
#include "core/ingest/articlereader.h"
#include "core/ingest/textdecoder.h"
#include "core/store/projectstore.h"
#include "core/text/offsetmap.h"
#include "core/workflow/articleimporter.h"
#include "core/workflow/projectknowledge.h"

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

// The map is the document's, built once by the caller: built here for every segment, printing
// a long page took time in the square of its length.
QString segmentPreview(const Document &document, const OffsetMap &offsets, const Segment &segment)
{
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
    if (command == QLatin1String("import-dataset"))
        return importDataset(rest);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("bench"))
        return bench(rest);
    if (command == QLatin1String("kb"))
        return kbCommand(rest);
    if (command == QLatin1String("eval"))
        return evaluate(rest);
    if (command == QLatin1String("annotators"))
        return annotatorsCommand(rest);
    if (command == QLatin1String("gold"))
        return gold(rest);
    if (command == QLatin1String("score"))
        return score(rest);
    if (command == QLatin1String("agree"))
        return agree(rest);
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
                "  export PROJECT --format FORMAT --out PATH [--status S] [--annotator A]\n"
                "         [--articles IDS] [--from DATE] [--to DATE] [--history] [--scheme S]\n"
                "                               write a dataset: jsonl, brat, conll, doccano,\n"
                "                               spacy, acled, casualties, xlsx (+ loss report)\n"
                "  import-dataset PROJECT PATH --format FORMAT\n"
                "                               import a dataset: jsonl, brat, conll, doccano,\n"
                "                               spacy (all or nothing)\n"
                "  info PROJECT                 counts by status and type\n"
                "  kb import PROJECT FILE       add an organisation's actors or places (.tsv, .csv)\n"
                "  eval GOLD.jsonl [--details]  score the detectors against gold documents\n"
                "  annotators PROJECT [add NAME --role ROLE]\n"
                "                               list or add annotators (trainee, analyst,\n"
                "                               adjudicator)\n"
                "  gold PROJECT ARTICLE_ID --set OWNER\n"
                "                               mark an annotator's set as the article's gold\n"
                "  score PROJECT --annotator NAME [--json]\n"
                "                               score a trainee against the gold articles\n"
                "  agree PROJECT [--json]       agreement between the annotators\n"
                "  bench store|match|detect|export\n"
                "                               measure the database, the matcher, detection\n"
                "                               or the JSONL export\n"
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
    const QCommandLineOption noDetect(QStringLiteral("no-detect"),
                                      tr("Only read and segment; propose no annotations."));
    const QCommandLineOption project(
        QStringLiteral("project"),
        tr("Detect with this project's knowledge base (the bundled one on top of which the "
           "project's own entries sit)."),
        QStringLiteral("PROJECT"));
    parser.addOptions({json, encoding, noDetect, project});
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("annotate reads exactly one file.") << Qt::endl;
        return UsageError;
    }
    const auto knowledgeBase = knowledgeBaseFor(parser.value(project));
    if (!knowledgeBase)
        return ProjectError;

    ArticleReader::Options options;
    options.encoding = parser.value(encoding);
    const auto read = ArticleReader::readFile(parser.positionalArguments().first(), options);
    if (read.documents.isEmpty()) {
        for (const auto &failure : read.failures)
            m_err << tr("%1: %2").arg(failure.path, failure.reason) << Qt::endl;
        return InputError;
    }
    Document document = read.documents.first();
    if (!parser.isSet(noDetect))
        Detector(*knowledgeBase).detect(document);

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
    const OffsetMap offsets(article.text);
    for (const Segment &segment : document.segments) {
        m_out << QStringLiteral("  %1  %2-%3  %4")
                     .arg(toString(segment.kind), -11)
                     .arg(segment.start, 6)
                     .arg(segment.end, -6)
                     .arg(segmentPreview(document, offsets, segment))
              << Qt::endl;
    }
    printProposals(document);
    return Success;
}

void CliCommands::printProposals(const Document &document)
{
    m_out << tr("Entities:  %n", nullptr, int(document.mentions.size())) << Qt::endl;
    for (const Mention &m : document.mentions) {
        m_out << QStringLiteral("  %1  %2-%3  %4")
                     .arg(toString(m.type), -11)
                     .arg(m.start, 6)
                     .arg(m.end, -6)
                     .arg(m.text);
        if (!m.canonical.isEmpty() && m.canonical != m.text)
            m_out << QStringLiteral(" -> ") << m.canonical;
        m_out << QStringLiteral("  [%1 %2]").arg(m.provenance.origin).arg(m.provenance.confidence, 0, 'f', 2)
              << Qt::endl;
    }
    m_out << tr("Affiliations: %n", nullptr, int(document.affiliations.size())) << Qt::endl;
    for (const Affiliation &a : document.affiliations) {
        m_out << QStringLiteral("  %1 %2 %3%4  (%5)")
                     .arg(a.actor, toString(a.relation), a.relationTarget,
                          a.former ? tr(", former") : QString(), toString(a.stance))
              << Qt::endl;
    }
    m_out << tr("Casualty figures: %n", nullptr, int(document.casualties.size())) << Qt::endl;
    const auto number = [](const std::optional<qint64> &value) {
        return value ? QString::number(*value) : QStringLiteral("-");
    };
    for (const CasualtyFigure &c : document.casualties) {
        m_out << QStringLiteral("  %1 %2: low %3, best %4, high %5, %6%7, %8; victim %9")
                     .arg(toString(c.kind), c.text, number(c.low), number(c.best), number(c.high),
                          toString(c.precision), c.hedged ? tr(", hedged") : QString(),
                          toString(c.scope), c.victim.isEmpty() ? tr("unknown") : c.victim);
        if (!c.perpetrator.isEmpty())
            m_out << tr("; perpetrator %1").arg(c.perpetrator);
        m_out << Qt::endl;
    }
    m_out << tr("Events: %n", nullptr, int(document.events.size())) << Qt::endl;
    for (const Event &e : document.events) {
        m_out << QStringLiteral("  %1 / %2: %3 vs %4, %5 (%6), %7, fatalities %8")
                     .arg(e.eventType, e.subEventType, e.actor1, e.actor2, e.location, e.admin1,
                          e.date.isValid() ? e.date.toString(Qt::ISODate) : tr("no date"))
                     .arg(e.fatalities)
              << Qt::endl;
    }
}

std::optional<KnowledgeBase> CliCommands::knowledgeBaseFor(const QString &projectPath)
{
    if (projectPath.isEmpty())
        return KnowledgeBase::bundled();
    QString error;
    const auto store =
        ProjectStore::open(projectPath, ProjectStore::OpenMode::ExistingOnly, &error);
    if (!store) {
        m_err << error << Qt::endl;
        return std::nullopt;
    }
    return ProjectKnowledge::load(*store);
}

int CliCommands::kbCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add an organisation's own list of actors, places or sources to a project's "
           "knowledge base. The file is CSV or TSV with a header row; the columns are described "
           "in resources/kb/README.md (canonical and type are required; aliases are separated by "
           "'|'). Bad rows are listed with their line numbers and nothing is imported until the "
           "file is clean."));
    parser.addPositionalArgument(QStringLiteral("import"), tr("The action: import."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .tsv or .csv file."));
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.first() != QLatin1String("import")) {
        m_err << tr("Usage: cwb kb import PROJECT FILE.tsv|.csv") << Qt::endl;
        return UsageError;
    }
    const auto read = KbImporter::readFile(positional.at(2));
    for (const QString &message : read.messages())
        m_err << tr("%1: %2").arg(positional.at(2), message) << Qt::endl;
    if (!read.readable || !read.problems.isEmpty()) {
        m_err << tr("Nothing was imported; correct the rows above and run the import again.")
              << Qt::endl;
        return InputError;
    }
    QString error;
    auto store = ProjectStore::open(positional.at(1), ProjectStore::OpenMode::ExistingOnly, &error);
    if (!store) {
        m_err << error << Qt::endl;
        return ProjectError;
    }
    if (!store->importKnowledgeBase(read.entries, {}, QStringLiteral("cwb"))) {
        m_err << store->lastError() << Qt::endl;
        return ProjectError;
    }
    m_out << tr("Added %n entries to the project's knowledge base.", nullptr,
                int(read.entries.size()))
          << Qt::endl;
    return Success;
}

int CliCommands::evaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the detectors on the text of each gold document (document JSON lines, "
           "docs/document-json.md) and print precision, recall and F1 per label."));
    parser.addPositionalArgument(QStringLiteral("GOLD"), tr("A .jsonl file of gold documents."));
    const QCommandLineOption project(QStringLiteral("project"),
                                     tr("Detect with this project's knowledge base."),
                                     QStringLiteral("PROJECT"));
    parser.addOption(project);
    const QCommandLineOption details(
        QStringLiteral("details"),
        tr("After the table, list per article every missed gold and every wrong proposed "
           "casualty figure, event and affiliation with its text and fields."));
    parser.addOption(details);
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("eval reads exactly one gold file.") << Qt::endl;
        return UsageError;
    }
    const auto knowledgeBase = knowledgeBaseFor(parser.value(project));
    if (!knowledgeBase)
        return ProjectError;
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return InputError;
    }
    const Detector detector(*knowledgeBase);
    DetectionScore score;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        QString error = parseError.error == QJsonParseError::NoError ? QString()
                                                                     : parseError.errorString();
        std::optional<Document> gold;
        if (error.isEmpty())
            gold = DocumentJson::fromJson(json.object(), &error);
        if (!gold) {
            m_err << tr("%1, line %2: %3").arg(path).arg(lineNumber).arg(error) << Qt::endl;
            return InputError;
        }
        Document proposed;
        proposed.article = gold->article;
        proposed.segments = gold->segments;
        detector.detect(proposed);
        score.add(*gold, proposed);
    }
    m_out << score.report() << Qt::endl;
    if (parser.isSet(details))
        m_out << score.details() << Qt::endl;
    return Success;
}

namespace {

// "a,b" and repeated options alike: --status confirmed,corrected --status manual.
QStringList listValues(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QStringList values;
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values << part.trimmed();
    }
    return values;
}

} // namespace

int CliCommands::exportProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a project's articles and annotations as a dataset (docs/exchange.md). A loss "
           "report, FILE.loss.txt, is written beside the output and summarised here: it lists "
           "by article and annotation what the format could not carry."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("The format to write: %1.")
            .arg(DatasetFormats::names(DatasetFormats::all()).join(QStringLiteral(", "))),
        QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    const QCommandLineOption outPath(QStringLiteral("out"),
                                     tr("The file to write (a folder for brat)."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        tr("Only annotations with these statuses (%1; comma-separated or repeated).")
            .arg(allSpellings<Status>().join(QStringLiteral(", "))),
        QStringLiteral("S"));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       tr("Only annotations last made or reviewed by these "
                                          "annotators (comma-separated or repeated)."),
                                       QStringLiteral("A"));
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      tr("Only these article ids, e.g. 1,2,5."),
                                      QStringLiteral("IDS"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Only articles published (or, undated, imported) on or "
                                     "after this day, YYYY-MM-DD."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Only articles published (or imported) on or before this "
                                   "day, YYYY-MM-DD."),
                                QStringLiteral("DATE"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     tr("jsonl: add each article's history of changes."));
    const QCommandLineOption scheme(QStringLiteral("scheme"),
                                    tr("conll: the tagging scheme, iob2 (default), iob1 or bioes."),
                                    QStringLiteral("SCHEME"), QStringLiteral("iob2"));
    parser.addOptions({format, outPath, status, annotator, articles, from, to, history, scheme});
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outPath)) {
        m_err << tr("export needs a project and --out PATH.") << Qt::endl;
        return UsageError;
    }

    DatasetExporter::Options options;
    const auto chosen = DatasetFormats::fromName(parser.value(format));
    if (!chosen) {
        m_err << tr("Unknown format \"%1\" (available: %2).")
                     .arg(parser.value(format),
                          DatasetFormats::names(DatasetFormats::all()).join(QStringLiteral(", ")))
              << Qt::endl;
        return UsageError;
    }
    options.format = *chosen;
    options.path = parser.value(outPath);
    options.history = parser.isSet(history);
    const auto tagScheme = DatasetFormats::schemeFromName(parser.value(scheme));
    if (!tagScheme) {
        m_err << tr("Unknown scheme \"%1\" (available: iob2, iob1, bioes).")
                     .arg(parser.value(scheme))
              << Qt::endl;
        return UsageError;
    }
    options.scheme = *tagScheme;
    for (const QString &value : listValues(parser, status)) {
        const auto parsed = fromString<Status>(value);
        if (!parsed) {
            m_err << tr("Unknown status \"%1\" (available: %2).")
                         .arg(value, allSpellings<Status>().join(QStringLiteral(", ")))
                  << Qt::endl;
            return UsageError;
        }
        options.filter.statuses.append(*parsed);
    }
    options.filter.annotators = listValues(parser, annotator);
    for (const QString &value : listValues(parser, articles)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id < 1) {
            m_err << tr("--articles takes article ids separated by commas, e.g. 1,2,5.")
                  << Qt::endl;
            return UsageError;
        }
        options.filter.articleIds.append(id);
    }
    for (const auto &[option, date] : {std::pair{&from, &options.filter.from},
                                      std::pair{&to, &options.filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            m_err << tr("--%1 takes a date as YYYY-MM-DD.").arg(option->names().first())
                  << Qt::endl;
            return UsageError;
        }
    }

    QString error;
    auto store = ProjectStore::open(parser.positionalArguments().first(),
                                    ProjectStore::OpenMode::ExistingOnly, &error);
    if (!store) {
        m_err << error << Qt::endl;
        return ProjectError;
    }
    const auto outcome = DatasetExporter::run(*store, options, [this](int done, int total) {
        if (total > 100 && done % 100 == 0)
            m_err << tr("[%1/%2] written").arg(done).arg(total) << Qt::endl;
    });
    if (!outcome.ok) {
        m_err << outcome.error << Qt::endl;
        return InputError;
    }
    m_out << outcome.summary() << Qt::endl;
    return Success;
}

int CliCommands::importDataset(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import an annotated dataset into a project, creating the project if it does not "
           "exist (docs/exchange.md). All or nothing: a malformed file is reported with its "
           "line and nothing is imported. Articles already in the project are left as they "
           "are; what the project cannot hold is listed."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.cwb)."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 tr("The dataset file (a folder or .ann file for brat)."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("The format to read: %1.")
            .arg(DatasetFormats::names(DatasetFormats::importable()).join(QStringLiteral(", "))),
        QStringLiteral("FORMAT"));
    const QCommandLineOption scheme(QStringLiteral("scheme"),
                                    tr("conll: the tagging scheme, iob2 (default), iob1 or bioes."),
                                    QStringLiteral("SCHEME"), QStringLiteral("iob2"));
    parser.addOptions({format, scheme});
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(format)) {
        m_err << tr("import-dataset needs a project, a path and --format FORMAT.") << Qt::endl;
        return UsageError;
    }
    const auto chosen = DatasetFormats::fromName(parser.value(format));
    if (!chosen || !DatasetFormats::canImport(*chosen)) {
        m_err << tr("Cannot import the format \"%1\" (importable: %2).")
                     .arg(parser.value(format),
                          DatasetFormats::names(DatasetFormats::importable())
                              .join(QStringLiteral(", ")))
              << Qt::endl;
        return UsageError;
    }
    DatasetReader::Options options;
    const auto tagScheme = DatasetFormats::schemeFromName(parser.value(scheme));
    if (!tagScheme) {
        m_err << tr("Unknown scheme \"%1\" (available: iob2, iob1, bioes).")
                     .arg(parser.value(scheme))
              << Qt::endl;
        return UsageError;
    }
    options.scheme = *tagScheme;

    QString error;
    auto store = ProjectStore::open(positional.first(), ProjectStore::OpenMode::CreateIfMissing,
                                    &error);
    if (!store) {
        m_err << error << Qt::endl;
        return ProjectError;
    }
    const auto outcome = DatasetImporter::run(*store, *chosen, positional.at(1), options);
    for (const QString &duplicate : outcome.duplicates)
        m_err << tr("%1: already in the project, left as it was.").arg(duplicate) << Qt::endl;
    for (const LossReport::Entry &entry : outcome.loss.entries())
        m_err << tr("not imported: %1 %2: %3").arg(entry.annotation, entry.what, entry.detail)
              << Qt::endl;
    if (!outcome.ok) {
        m_err << outcome.summary() << Qt::endl;
        return outcome.storeFailed ? ProjectError : InputError;
    }
    m_out << outcome.summary() << Qt::endl;
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
           "knowledge-base matcher and the whole detection pipeline over a synthetic corpus "
           "beside grep; \"detect\" runs the "
           "whole detection pipeline over generated conflict-news articles; \"export\" builds a "
           "project and exports it as JSONL."));
    parser.addPositionalArgument(QStringLiteral("WHAT"),
                                 tr("What to measure: store, match or detect."));
    const QCommandLineOption rows(QStringLiteral("rows"), tr("store: annotations to bulk insert."),
                                  QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption benchArticles(QStringLiteral("articles"),
                                           tr("export: articles in the made-up project."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption benchAnnotations(QStringLiteral("annotations"),
                                              tr("export: annotations in all."),
                                              QStringLiteral("N"), QStringLiteral("500000"));
    const QCommandLineOption actions(QStringLiteral("actions"),
                                     tr("store: single actions to time."), QStringLiteral("N"),
                                     QStringLiteral("200"));
    const QCommandLineOption megabytes(QStringLiteral("megabytes"),
                                       tr("match, detect: size of the corpus in MiB."),
                                       QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption syntheticMegabytes(
        QStringLiteral("synthetic-megabytes"),
        tr("detect: size in MiB of the second corpus, made like match's (0 skips it)."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption corpus(
        QStringLiteral("corpus"),
        tr("detect: also measure on these articles (document JSON lines, as eval reads), taken "
           "as many times as it needs to reach the corpus size."),
        QStringLiteral("FILE"));
    const QCommandLineOption aliases(QStringLiteral("aliases"),
                                     tr("match: aliases of the small and the large knowledge base."),
                                     QStringLiteral("SMALL,LARGE"), QStringLiteral("20000,100000"));
    const QCommandLineOption noGrep(QStringLiteral("no-grep"),
                                    tr("match: do not run grep for comparison."));
    const QCommandLineOption proposals(
        QStringLiteral("proposals"),
        tr("detect: also write every measured article's proposals to this file (document JSON "
           "lines, without times), to compare what two builds propose."),
        QStringLiteral("FILE"));
    parser.addOptions({rows, actions, megabytes, syntheticMegabytes, corpus, aliases, noGrep,
                       proposals,
                       benchArticles, benchAnnotations});
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    const QString what = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1
        || (what != QLatin1String("store") && what != QLatin1String("match")
            && what != QLatin1String("detect") && what != QLatin1String("export"))) {
        m_err << tr("bench measures: store, match, detect, export.") << Qt::endl;
        return UsageError;
    }
    const auto progress = [this](const QString &line) { m_err << line << Qt::endl; };

    if (what == QLatin1String("export")) {
        ExportBenchmark::Options options;
        bool articlesOk = false;
        bool annotationsOk = false;
        options.articles = parser.value(benchArticles).toInt(&articlesOk);
        options.annotations = parser.value(benchAnnotations).toLongLong(&annotationsOk);
        if (!articlesOk || !annotationsOk || options.articles < 1 || options.annotations < 1) {
            m_err << tr("--articles and --annotations take positive whole numbers.") << Qt::endl;
            return UsageError;
        }
        const auto figures = ExportBenchmark::run(options, progress);
        if (!figures.error.isEmpty()) {
            m_err << figures.error << Qt::endl;
            return ProjectError;
        }
        m_out << figures.report() << Qt::endl;
        return Success;
    }

    if (what == QLatin1String("detect")) {
        DetectionBenchmark::Options options;
        bool sizeOk = false;
        bool syntheticOk = false;
        const qint64 mib = parser.value(megabytes).toLongLong(&sizeOk);
        const qint64 syntheticMib = parser.value(syntheticMegabytes).toLongLong(&syntheticOk);
        if (!sizeOk || mib < 1 || !syntheticOk || syntheticMib < 0) {
            m_err << tr("--megabytes takes a positive whole number and --synthetic-megabytes a "
                        "whole number.")
                  << Qt::endl;
            return UsageError;
        }
        options.corpusBytes = mib * 1024 * 1024;
        options.matcherCorpusBytes = syntheticMib * 1024 * 1024;
        options.proposalsPath = parser.value(proposals);
        if (parser.isSet(corpus)) {
            const QString path = parser.value(corpus);
            const DatasetReader::Result read = JsonlReader::read(path);
            if (!read.ok()) {
                m_err << read.error << Qt::endl;
                return InputError;
            }
            if (read.items.isEmpty()) {
                m_err << tr("%1 holds no documents.").arg(path) << Qt::endl;
                return InputError;
            }
            for (const DatasetItem &item : read.items)
                options.ownArticles.append(item.document);
            options.ownName = QFileInfo(path).fileName();
        }
        const auto figures = DetectionBenchmark::run(options, progress);
        if (!figures.error.isEmpty()) {
            m_err << figures.error << Qt::endl;
            return InputError;
        }
        m_out << figures.report() << Qt::endl;
        return Success;
    }

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

// Training and agreement ------------------------------------------------------------------------

namespace {

// Opens an existing project for the training commands; null (and the reason on `err`) when it
// cannot be opened.
std::unique_ptr<ProjectStore> openExisting(const QString &path, QTextStream &err)
{
    QString error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    if (!store)
        err << error << Qt::endl;
    return store;
}

} // namespace

int CliCommands::annotatorsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List a project's annotators, or add one. Each annotator has a role: trainee "
           "(annotates gold articles blind and is scored), analyst or adjudicator (marks gold)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("add"), tr("Add the annotator NAME."),
                                 QStringLiteral("[add NAME]"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("The new annotator's role: trainee, analyst (the default) "
                                     "or adjudicator."),
                                  QStringLiteral("ROLE"), QStringLiteral("analyst"));
    parser.addOption(role);
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    const QStringList positional = parser.positionalArguments();
    const bool adding = positional.size() == 3 && positional.at(1) == QLatin1String("add");
    if (positional.size() != 1 && !adding) {
        m_err << tr("Usage: cwb annotators PROJECT [add NAME --role ROLE]") << Qt::endl;
        return UsageError;
    }
    const std::optional<ProjectStore::AnnotatorRole> parsedRole =
        ProjectStore::roleFromName(parser.value(role));
    if (!parsedRole) {
        m_err << tr("Unknown role \"%1\"; use trainee, analyst or adjudicator.")
                     .arg(parser.value(role))
              << Qt::endl;
        return UsageError;
    }
    auto store = openExisting(positional.first(), m_err);
    if (!store)
        return ProjectError;
    if (adding) {
        if (!store->addAnnotator(positional.at(2), *parsedRole, QStringLiteral("cwb"))) {
            m_err << store->lastError() << Qt::endl;
            return InputError;
        }
        m_err << tr("Added %1 (%2).").arg(positional.at(2).trimmed(),
                                          ProjectStore::roleName(*parsedRole))
              << Qt::endl;
    }
    for (const ProjectStore::Annotator &annotator : store->annotators())
        m_out << QStringLiteral("%1 %2").arg(annotator.name, -24).arg(
                     ProjectStore::roleName(annotator.role))
              << Qt::endl;
    return Success;
}

int CliCommands::gold(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Mark an annotator's set of an article as its gold (adjudicated) version, against "
           "which trainees are scored. --set \"\" marks the project's shared set."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ARTICLE_ID"), tr("The article's id."));
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("Whose set becomes gold (an annotator's name; \"\" for the "
                                    "shared set)."),
                                 QStringLiteral("OWNER"));
    const QCommandLineOption unmark(QStringLiteral("unmark"), tr("Remove the gold mark."));
    const QCommandLineOption adjudicator(QStringLiteral("adjudicator"),
                                         tr("Who adjudicated (recorded in the history)."),
                                         QStringLiteral("NAME"), QStringLiteral("cwb"));
    parser.addOptions({set, unmark, adjudicator});
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 articleId = positional.value(1).toLongLong(&isNumber);
    if (positional.size() != 2 || !isNumber || parser.isSet(set) == parser.isSet(unmark)) {
        m_err << tr("Usage: cwb gold PROJECT ARTICLE_ID --set OWNER | --unmark") << Qt::endl;
        return UsageError;
    }
    auto store = openExisting(positional.first(), m_err);
    if (!store)
        return ProjectError;
    const bool ok = parser.isSet(unmark)
                        ? store->unmarkGold(articleId, parser.value(adjudicator))
                        : store->markGold(articleId, parser.value(set), parser.value(adjudicator));
    if (!ok) {
        m_err << store->lastError() << Qt::endl;
        return InputError;
    }
    if (parser.isSet(unmark))
        m_out << tr("Article %1 is no longer gold.").arg(articleId) << Qt::endl;
    else
        m_out << tr("Article %1: the set of %2 is gold.")
                     .arg(articleId)
                     .arg(parser.value(set).isEmpty() ? tr("the project (shared set)")
                                                      : parser.value(set))
              << Qt::endl;
    return Success;
}

int CliCommands::score(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Score a trainee against every gold article they annotated: span precision, recall "
           "and F1 per type (strict and lenient), affiliation, casualty and event field "
           "accuracy, a confusion matrix and each disagreement with the guideline rule that "
           "decides it. The figures are recorded in the project when they changed since the "
           "last score, for progress over time."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption annotator(QStringLiteral("annotator"), tr("The trainee's name."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the figures as JSON."));
    parser.addOptions({annotator, json});
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    if (parser.positionalArguments().size() != 1 || parser.value(annotator).isEmpty()) {
        m_err << tr("Usage: cwb score PROJECT --annotator NAME [--json]") << Qt::endl;
        return UsageError;
    }
    auto store = openExisting(parser.positionalArguments().first(), m_err);
    if (!store)
        return ProjectError;
    const QString name = parser.value(annotator);
    if (!store->annotator(name)) {
        m_err << tr("\"%1\" is not an annotator of this project.").arg(name) << Qt::endl;
        return InputError;
    }
    const TrainingReport::TraineeFigures figures = TrainingReport::trainee(*store, name);
    if (parser.isSet(json))
        m_out << QJsonDocument(TrainingReport::traineeJson(figures)).toJson(QJsonDocument::Indented);
    else
        m_out << TrainingReport::traineeText(figures);
    m_out.flush();
    if (figures.total.documents() > 0) {
        ProjectStore::ScoreRecord record = TrainingReport::scoreRecord(figures);
        bool written = false;
        if (!store->recordScore(record, &written)) {
            m_err << tr("The score could not be recorded: %1").arg(store->lastError())
                  << Qt::endl;
            return ProjectError;
        }
        m_err << (written ? tr("Recorded in %1's progress.").arg(name)
                          : tr("Unchanged since the last recorded score."))
              << Qt::endl;
    }
    return Success;
}

int CliCommands::agree(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Agreement between the project's annotators on the articles they annotated "
           "independently: Cohen's kappa per pair, Fleiss' kappa and Krippendorff's alpha "
           "(nominal on entity labels, interval on casualty figures), span F1 per type, per "
           "article and as a pairwise matrix."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the figures as JSON."));
    const QCommandLineOption lenient(QStringLiteral("lenient"),
                                     tr("Kappa and alpha on overlapping spans rather than "
                                        "identical ones."));
    parser.addOptions({json, lenient});
    bool helpShown = false;
    if (!parseArguments(parser, arguments, m_out, m_err, &helpShown))
        return helpShown ? Success : UsageError;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: cwb agree PROJECT [--json] [--lenient]") << Qt::endl;
        return UsageError;
    }
    auto store = openExisting(parser.positionalArguments().first(), m_err);
    if (!store)
        return ProjectError;
    const TrainingReport::AgreementFigures figures = TrainingReport::agreement(
        *store, parser.isSet(lenient) ? SpanMatch::Lenient : SpanMatch::Strict);
    if (parser.isSet(json))
        m_out << QJsonDocument(TrainingReport::agreementJson(figures))
                     .toJson(QJsonDocument::Indented);
    else
        m_out << TrainingReport::agreementText(figures);
    m_out.flush();
    return Success;
}
