#include "core/store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Drives the real `cwb` binary the way a batch user or a script would, and checks what it
// prints, the exit codes the README documents, and what ends up in the project.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run cwb(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(CWB_CLI_PATH), arguments);
        if (!process.waitForFinished(300000))
            qFatal("cwb did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write fixture");
        return path;
    }

    // A project p.cwb in `dir` with one imported article a.txt of `text`; the article's path.
    static QString projectWithArticle(const QTemporaryDir &dir, const QByteArray &text)
    {
        const QString article = write(dir, "a.txt", text);
        if (cwb({"import", dir.filePath("p.cwb"), article}).exitCode != 0)
            qFatal("cannot import the fixture article");
        return article;
    }

    // The kind of the segment that contains `needle` in an annotate --json document.
    static QString kindOf(const QJsonObject &document, const QString &needle)
    {
        const QList<uint> text = document.value("text").toString().toUcs4();
        const QList<uint> wanted = needle.toUcs4();
        const auto found = std::search(text.cbegin(), text.cend(), wanted.cbegin(), wanted.cend());
        if (found == text.cend())
            return QStringLiteral("<not in text>");
        const int at = int(found - text.cbegin());
        for (const QJsonValue &value : document.value("segments").toArray()) {
            const QJsonObject segment = value.toObject();
            if (segment.value("start").toInt() <= at && at < segment.value("end").toInt())
                return segment.value("kind").toString();
        }
        return QStringLiteral("<no segment>");
    }

private slots:
    void helpAndUsage()
    {
        const Run help = cwb({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"import", "annotate", "export", "info", "bench"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        QVERIFY(help.out.contains("Exit codes"));

        const Run importHelp = cwb({"import", "--help"});
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY(importHelp.out.contains("--encoding"));

        const Run unknown = cwb({"frobnicate"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("Unknown command"));

        const Run missingArgument = cwb({"import", "only-a-project.cwb"});
        QCOMPARE(missingArgument.exitCode, 1);
    }

    void annotateSegmentsTheSample()
    {
        const Run run = cwb({"annotate", CWB_SAMPLE_ARTICLE, "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject document =
            QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);

        QFile sample(CWB_SAMPLE_ARTICLE);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QCOMPARE(document.value("text").toString(), QString::fromUtf8(sample.readAll()));
        QCOMPARE(document.value("offsets").toString(), QStringLiteral("codepoints"));
        QCOMPARE(document.value("title").toString(),
                 QStringLiteral("Turkish-backed faction clashes with HTS near Darat Izza"));

        QCOMPARE(kindOf(document, "1,120 $"), QStringLiteral("boilerplate"));
        QCOMPARE(kindOf(document, "Fighters of the Sham Legion"), QStringLiteral("caption"));
        QCOMPARE(kindOf(document, "On June 4, fighters"), QStringLiteral("body"));
        QCOMPARE(kindOf(document, "Local activists said"), QStringLiteral("body"));
        QCOMPARE(kindOf(document, "Do you like this content?"), QStringLiteral("boilerplate"));
        QCOMPARE(kindOf(document, "Same story every month"), QStringLiteral("comment"));
        QCOMPARE(kindOf(document, "I make $85 per-hour"), QStringLiteral("spam"));
        QCOMPARE(kindOf(document, "Darat Izza has changed hands"), QStringLiteral("comment"));

        int titles = 0;
        int bodies = 0;
        int end = 0;
        for (const QJsonValue &value : document.value("segments").toArray()) {
            const QJsonObject segment = value.toObject();
            QCOMPARE(segment.value("start").toInt(), end); // segments tile the text
            end = segment.value("end").toInt();
            titles += segment.value("kind").toString() == QLatin1String("title");
            bodies += segment.value("kind").toString() == QLatin1String("body");
        }
        QCOMPARE(end, int(document.value("text").toString().toUcs4().size()));
        QCOMPARE(titles, 1);
        QCOMPARE(bodies, 5);

        const Run plain = cwb({"annotate", CWB_SAMPLE_ARTICLE});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains("Title:"));
        QVERIFY(plain.out.contains("spam"));
    }

    void annotateReportsBadInput()
    {
        QTemporaryDir dir;
        const Run missing = cwb({"annotate", dir.filePath("nowhere.txt")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("nowhere.txt"), qPrintable(missing.err));
        QVERIFY(missing.out.isEmpty());

        const Run empty = cwb({"annotate", write(dir, "empty.txt", {})});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains("empty"), qPrintable(empty.err));
    }

    void importInfoExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("team.cwb");
        const QString good = write(dir, "good.txt",
                                   "Clashes near Saraqib\n\nOn May 2, fighters of Jaysh al-Izza "
                                   "clashed with government forces near Saraqib, activists said. "
                                   "\xF0\x9F\x94\xA5 Two fighters were killed.\n");
        const QString binary = write(dir, "image.txt", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));

        const Run import = cwb({"import", project, good, binary});
        QCOMPARE(import.exitCode, 4); // some imported, some failed
        QVERIFY2(import.err.contains("image.txt"), qPrintable(import.err));
        QVERIFY2(import.out.contains("1"), qPrintable(import.out));

        const Run again = cwb({"import", project, good});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains("already in the project"), qPrintable(again.err));

        const Run info = cwb({"info", project});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QRegularExpression("Articles:\\s+1\\n")), qPrintable(info.out));

        const QString jsonl = dir.filePath("export.jsonl");
        const Run exported = cwb({"export", project, "--format", "jsonl", "--out", jsonl});
        QCOMPARE(exported.exitCode, 0);
        QFile file(dir.filePath("export.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 2); // one document and the final newline
        const QJsonObject document = QJsonDocument::fromJson(lines.first()).object();
        QFile original(good);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(document.value("text").toString(), QString::fromUtf8(original.readAll()));
        QCOMPARE(document.value("source").toObject().value("path").toString(),
                 QFileInfo(good).absoluteFilePath());
    }

    void importOfNothingGoodFails()
    {
        QTemporaryDir dir;
        const Run run = cwb({"import", dir.filePath("p.cwb"), write(dir, "e.txt", "  \n")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("e.txt"));
    }

    void projectErrors()
    {
        QTemporaryDir dir;
        const Run info = cwb({"info", dir.filePath("missing.cwb")});
        QCOMPARE(info.exitCode, 3);
        QVERIFY2(info.err.contains("missing.cwb"), qPrintable(info.err));
        QVERIFY(!QFile::exists(dir.filePath("missing.cwb"))); // not created by a look

        const QString notAProject = write(dir, "notes.cwb", "just some text, not a database\n");
        const Run garbage = cwb({"info", notAProject});
        QCOMPARE(garbage.exitCode, 3);
        QVERIFY2(garbage.err.contains("not a Conflict Workbench project"), qPrintable(garbage.err));

        const Run format = cwb({"export", notAProject, "--format", "pdf", "--out", "x"});
        QCOMPARE(format.exitCode, 1);
        QVERIFY(format.err.contains("pdf"));
    }

    void annotateProposesWhatAnAnalystWouldLabel()
    {
        const Run run = cwb({"annotate", CWB_FIXTURES_DIR "/detect/hurras-saraqib.txt", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QStringList groups;
        for (const QJsonValue &value : document.value("entities").toArray()) {
            const QJsonObject entity = value.toObject();
            QCOMPARE(entity.value("status").toString(), QStringLiteral("proposed"));
            QVERIFY(!entity.value("origin").toString().isEmpty());
            if (entity.value("type").toString() == QLatin1String("ARMED_GROUP"))
                groups << entity.value("canonical").toString();
        }
        QVERIFY(groups.contains("Hurras al-Din"));
        QVERIFY(groups.contains("Jaysh al-Nasr"));
        const QJsonArray figures = document.value("casualties").toArray();
        QCOMPARE(figures.size(), 3);
        QCOMPARE(document.value("events").toArray().size(), 1);

        const Run plain = cwb({"annotate", CWB_FIXTURES_DIR "/detect/hurras-saraqib.txt"});
        QVERIFY2(plain.out.contains("Jaysh al-Nasr backed_by Turkey"), qPrintable(plain.out));
        QVERIFY(plain.out.contains("killed three fighters of Jaysh al-Nasr"));

        const Run bare = cwb({"annotate", CWB_FIXTURES_DIR "/detect/hurras-saraqib.txt", "--json",
                              "--no-detect"});
        QCOMPARE(QJsonDocument::fromJson(bare.out.toUtf8()).object().value("entities")
                     .toArray().size(), 0);
    }

    void importStoresProposals()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("p.cwb");
        QCOMPARE(cwb({"import", project, CWB_FIXTURES_DIR "/detect/hurras-saraqib.txt"}).exitCode,
                 0);
        const Run info = cwb({"info", project});
        QVERIFY2(info.out.contains(QRegularExpression("proposed\\s+[1-9]")), qPrintable(info.out));
        QVERIFY2(info.out.contains(QRegularExpression("Casualties:\\s+3")), qPrintable(info.out));
    }

    void knowledgeBaseImport()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("p.cwb");
        const QString article = projectWithArticle(
            dir, "Clashes near Kafr Naha\n\nFighters of Katibat al-Ghuraba attacked a checkpoint "
                 "near Kafr Naha on Monday.\n");

        const QString bad = write(dir, "bad.tsv",
                                  "canonical\ttype\taliases\n"
                                  "Katibat al-Ghuraba\tARMED_GROUP\tGhuraba Battalion\n"
                                  "Liwa al-Haqq\tMILITIA\t\n");
        const Run refused = cwb({"kb", "import", project, bad});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("line 3"), qPrintable(refused.err));
        QVERIFY(refused.err.contains("MILITIA"));

        const QString good = write(dir, "good.csv",
                                   "canonical,type,aliases\n"
                                   "Katibat al-Ghuraba,ARMED_GROUP,Ghuraba Battalion\n"
                                   "\"Kafr Naha\",LOCATION,\n");
        const Run imported = cwb({"kb", "import", project, good});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("2"), qPrintable(imported.out));

        // The next annotation with the project's knowledge base knows the group.
        const Run annotated = cwb({"annotate", article, "--project", project});
        QVERIFY2(annotated.out.contains("Katibat al-Ghuraba  [kb:"), qPrintable(annotated.out));
    }

    // A state's army and police from `cwb kb import` are kept by the project, so that a bare
    // "the army" in an article set in that state is its army.
    void importedStateForcesAreKept()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("p.cwb");
        const QString article = projectWithArticle(
            dir, "Shelling near Tarvik\n\nThe army said it shelled positions near Tarvik on "
                 "Monday.\n");
        const QString kb = write(dir, "kb.tsv",
                                 "id\tcanonical\ttype\tkind\tcountry\tarmy\tpolice\n"
                                 "norland\tNorland\tSTATE\t\t\tnorland-army\tnorland-police\n"
                                 "norland-army\tNorland Defence Force\tSTATE_FORCE\t\tnorland\t\t\n"
                                 "norland-police\tNorland Police\tSTATE_FORCE\t\tnorland\t\t\n"
                                 "tarvik\tTarvik\tLOCATION\ttown\tnorland\t\t\n");
        QCOMPARE(cwb({"kb", "import", project, kb}).exitCode, 0);
        const Run annotated = cwb({"annotate", article, "--project", project});
        QCOMPARE(annotated.exitCode, 0);
        QVERIFY2(annotated.out.contains("army -> Norland Defence Force"), qPrintable(annotated.out));
    }

    void evalScoresTheGoldSet()
    {
        const Run run = cwb({"eval", CWB_FIXTURES_DIR "/eval/gold.jsonl"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("24 document(s)"));
        for (const char *label : {"ARMED_GROUP", "LOCATION", "affiliation", "casualty", "event"})
            QVERIFY2(run.out.contains(QLatin1String(label)), label);
        QVERIFY(!run.out.contains("Article:"));

        // --details names the articles and lists what was missed or wrong, with its fields.
        const Run details = cwb({"eval", CWB_FIXTURES_DIR "/eval/gold.jsonl", "--details"});
        QCOMPARE(details.exitCode, 0);
        QVERIFY(details.out.startsWith(run.out));
        QVERIFY2(details.out.contains("Article: "), qPrintable(details.out));
        QVERIFY(details.out.contains(QRegularExpression(
            "\\n  (missed|wrong) casualty  \"[^\"]+\" \\w+, victim .+, low/best/high")));

        QTemporaryDir dir;
        const QString broken = write(dir, "gold.jsonl",
                                     "{\"text\": \"Idlib\", \"entities\": []}\n"
                                     "{\"text\": \"Hama\", \"entities\": [{\"start\": 0, "
                                     "\"end\": 4, \"type\": \"TOWN\"}]}\n");
        const Run bad = cwb({"eval", broken});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("line 2") && bad.err.contains("TOWN"), qPrintable(bad.err));
    }

    // Two annotators and a gold article built through the API; `cwb score` and `cwb agree`
    // print figures worked out by hand. Text: "Jaysh al-Izza fought Faylaq al-Sham near
    // Saraqib on Monday." Gold (ali): ARMED_GROUP 0-13, ARMED_GROUP 21-35, LOCATION 41-48.
    // Trainee (tara): ARMED_GROUP 0-13, ARMED_GROUP 21-27.
    //  score, strict: TP 1, FP 1, FN 2 -> P 0.500, R 0.333, F1 0.400;
    //         lenient: TP 2, FP 0, FN 1 -> P 1.000, R 0.667, F1 0.800.
    //  agree, strict span units 0-13 (AG, AG), 21-27 (none, AG), 21-35 (AG, none),
    //  41-48 (LOC, none):
    //   Cohen: Po = 1/4, Pe = (2*2 + 1*2 + 1*0)/16 = 0.375, kappa = -0.125/0.625 = -0.200;
    //   Fleiss: P-bar = 0.25, p = (AG 4/8, none 3/8, LOC 1/8), Pe = 0.40625,
    //           kappa = -0.15625/0.59375 = -0.263;
    //   alpha (nominal): Do = 6/8, De = (64 - 16 - 9 - 1)/56 = 38/56, alpha = -0.105;
    //   span F1 strict 2*1/(2+1+2) = 0.400, lenient 2*2/(4+0+1) = 0.800.
    void scoreAndAgreeOnAHandWorkedProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("training.cwb");
        const QString text = "Jaysh al-Izza fought Faylaq al-Sham near Saraqib on Monday.";
        qint64 articleId = 0;
        {
            QString error;
            auto store = ProjectStore::open(project, ProjectStore::OpenMode::CreateIfMissing,
                                            &error);
            QVERIFY2(store, qPrintable(error));
            Document document;
            document.article.uid = "saraqib";
            document.article.title = "Clashes near Saraqib";
            document.article.text = text;
            QVERIFY(store->addDocument(document));
            articleId = document.article.id;
            QVERIFY(!store->startSet(articleId, "ali", "ali")); // not an annotator yet
        }
        const Run added = cwb({"annotators", project, "add", "tara", "--role", "trainee"});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(QRegularExpression("tara\\s+trainee")), qPrintable(added.out));
        QCOMPARE(cwb({"annotators", project, "add", "ali", "--role", "analyst"}).exitCode, 0);
        QCOMPARE(cwb({"annotators", project, "add", "x", "--role", "boss"}).exitCode, 1);
        const Run listed = cwb({"annotators", project});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.count('\n'), 2);
        {
            QString error;
            auto store = ProjectStore::open(project, ProjectStore::OpenMode::ExistingOnly, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->startSet(articleId, "ali", "ali"));
            QVERIFY(store->startSet(articleId, "tara", "tara"));
            auto add = [&](const QString &owner, int start, int end, EntityType type) {
                Mention m;
                m.start = start;
                m.end = end;
                m.text = text.mid(start, end - start);
                m.type = type;
                m.provenance.status = Status::Manual;
                return store->addMention(articleId, m, owner, owner);
            };
            QVERIFY(add("ali", 0, 13, EntityType::ArmedGroup));
            QVERIFY(add("ali", 21, 35, EntityType::ArmedGroup));
            QVERIFY(add("ali", 41, 48, EntityType::Location));
            QVERIFY(add("tara", 0, 13, EntityType::ArmedGroup));
            QVERIFY(add("tara", 21, 27, EntityType::ArmedGroup));
        }

        const Run notYet = cwb({"score", project, "--annotator", "tara"});
        QCOMPARE(notYet.exitCode, 0);
        QVERIFY2(notYet.out.contains("Nothing to score"), qPrintable(notYet.out));
        QCOMPARE(cwb({"gold", project, QString::number(articleId), "--set", "nobody"}).exitCode, 2);
        const Run gold = cwb({"gold", project, QString::number(articleId), "--set", "ali"});
        QCOMPARE(gold.exitCode, 0);

        const Run score = cwb({"score", project, "--annotator", "tara"});
        QCOMPARE(score.exitCode, 0);
        QVERIFY2(score.out.contains(QRegularExpression(
                     "all\\s+0\\.500\\s+0\\.333\\s+0\\.400\\s+1\\.000\\s+0\\.667\\s+0\\.800\\s+3\\s+2")),
                 qPrintable(score.out));
        QVERIFY2(score.out.contains(QRegularExpression(
                     "LOCATION\\s+0\\.000\\s+0\\.000\\s+0\\.000")),
                 qPrintable(score.out));
        QVERIFY2(score.out.contains("missed") && score.out.contains("entity-types.location"),
                 qPrintable(score.out));
        QVERIFY2(score.err.contains("Recorded"), qPrintable(score.err));
        const Run rerun = cwb({"score", project, "--annotator", "tara", "--json"});
        QCOMPARE(rerun.exitCode, 0);
        QVERIFY2(rerun.err.contains("Unchanged"), qPrintable(rerun.err));
        const QJsonObject json = QJsonDocument::fromJson(rerun.out.toUtf8()).object();
        QCOMPARE(json.value("documents").toInt(), 1);
        QCOMPARE(json.value("strict").toObject().value("f1").toDouble(), 0.4);
        QCOMPARE(json.value("lenient").toObject().value("f1").toDouble(), 0.8);
        QCOMPARE(json.value("strict_by_type").toObject().value("ARMED_GROUP").toObject()
                     .value("f1").toDouble(), 0.5);
        {
            QString error;
            auto store = ProjectStore::open(project, ProjectStore::OpenMode::ExistingOnly, &error);
            QVERIFY2(store, qPrintable(error));
            const auto scores = store->scores("tara");
            QCOMPARE(scores.size(), 1);
            QCOMPARE(scores.first().strictF1, 0.4);
        }
        QCOMPARE(cwb({"score", project, "--annotator", "nobody"}).exitCode, 2);

        const Run agree = cwb({"agree", project});
        QCOMPARE(agree.exitCode, 0);
        QVERIFY2(agree.out.contains(QRegularExpression("Fleiss' kappa[^\\n]*-0\\.263")),
                 qPrintable(agree.out));
        QVERIFY2(agree.out.contains(QRegularExpression("alpha, nominal:\\s+-0\\.105")),
                 qPrintable(agree.out));
        QVERIFY2(agree.out.contains(QRegularExpression(
                     "ali / tara: 1 article\\(s\\), Cohen's kappa -0\\.200, span F1 strict "
                     "0\\.400, lenient 0\\.800")),
                 qPrintable(agree.out));
        const Run agreeJson = cwb({"agree", project, "--json"});
        QCOMPARE(agreeJson.exitCode, 0);
        const QJsonObject figures = QJsonDocument::fromJson(agreeJson.out.toUtf8()).object();
        const QJsonObject pair = figures.value("pairs").toArray().first().toObject();
        QVERIFY(qAbs(pair.value("cohen_kappa").toObject().value("value").toDouble() + 0.2) < 1e-9);
        QVERIFY(qAbs(figures.value("fleiss_kappa").toObject().value("value").toDouble()
                     + 0.15625 / 0.59375) < 1e-9);
        QVERIFY(qAbs(figures.value("alpha_labels_nominal").toObject().value("value").toDouble()
                     - (1.0 - 0.75 / (38.0 / 56.0))) < 1e-9);

        for (const char *command : {"annotators", "gold", "score", "agree"}) {
            const Run help = cwb({command, "--help"});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains("PROJECT"), command);
        }
    }

    void benchRunsSmall()
    {
        const Run run = cwb({"bench", "store", "--rows", "2000", "--actions", "3"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("2000 annotations"), qPrintable(run.out));
        QVERIFY(run.out.contains("3 actions"));
    }

    // `bench match` runs the whole detection pipeline over its own corpus and knowledge bases,
    // beside the matcher alone, as the detection issue's benchmark asks.
    void benchMatchReportsTheWholePipeline()
    {
        const Run run = cwb({"bench", "match", "--megabytes", "1", "--aliases", "500,1000",
                             "--no-grep"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QStringLiteral("whole pipeline:")), 2);
        QCOMPARE(run.out.count(QStringLiteral("matcher:")), 2);
        // The corpus names the knowledge base's groups: the pipeline proposes mentions.
        const QString line = run.out.mid(run.out.indexOf(QStringLiteral("whole pipeline:")));
        QVERIFY2(!line.section(u'\n', 0, 0).contains(QStringLiteral(" 0 mentions")),
                 qPrintable(run.out));
    }

    // `bench detect --corpus` measures the analyst's own articles beside the generated ones;
    // a file it cannot read is refused with the line at fault.
    void benchDetectMeasuresOwnArticles()
    {
        const Run run = cwb({"bench", "detect", "--megabytes", "1", "--synthetic-megabytes", "0",
                             "--corpus", CWB_FIXTURES_DIR "/eval/gold.jsonl"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("your articles:"), qPrintable(run.out));
        QVERIFY2(run.out.contains("gold.jsonl"), qPrintable(run.out));
        QVERIFY2(!run.out.contains("synthetic corpus"), qPrintable(run.out));
        // The gold articles name groups and casualties: the run over them proposes some.
        const QString own = run.out.mid(run.out.indexOf("your articles:"));
        QVERIFY2(!own.contains(" 0 mentions") && !own.contains(" 0 casualty figures"),
                 qPrintable(own));

        QTemporaryDir dir;
        const QString broken = write(dir, "mine.jsonl", "\n{\"not a document\n");
        const Run bad = cwb({"bench", "detect", "--megabytes", "1", "--corpus", broken});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("mine.jsonl, line 2"), qPrintable(bad.err));
    }

    // `bench detect --proposals` writes what the pipeline proposed for every measured article,
    // without times, so two runs of one build (or two builds that propose alike) write the
    // same bytes; an unwritable path is refused.
    void benchDetectWritesItsProposals()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath("first.jsonl");
        const QString second = dir.filePath("second.jsonl");
        for (const QString &path : {first, second}) {
            const Run run = cwb({"bench", "detect", "--megabytes", "1", "--synthetic-megabytes",
                                 "0", "--corpus", CWB_FIXTURES_DIR "/eval/gold.jsonl",
                                 "--proposals", path});
            QCOMPARE(run.exitCode, 0);
        }
        QFile firstFile(first);
        QFile secondFile(second);
        QVERIFY(firstFile.open(QIODevice::ReadOnly) && secondFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = firstFile.readAll();
        QCOMPARE(bytes, secondFile.readAll());
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QVERIFY(lines.size() > 24); // the news corpus and the gold articles, repeated
        int withCasualties = 0;
        for (const QByteArray &line : lines) {
            const QJsonObject document = QJsonDocument::fromJson(line).object();
            QVERIFY(!document.value("text").toString().isEmpty());
            const QJsonArray casualties = document.value("casualties").toArray();
            withCasualties += casualties.isEmpty() ? 0 : 1;
            for (const QJsonValue &figure : casualties)
                QCOMPARE(figure.toObject().value("created").toString(), QString());
        }
        QVERIFY(withCasualties > 0);

        const Run bad = cwb({"bench", "detect", "--megabytes", "1", "--synthetic-megabytes", "0",
                             "--proposals", dir.filePath("no/such/dir/p.jsonl")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("p.jsonl"), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
