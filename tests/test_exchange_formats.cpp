#include "core/exchange/bratwriter.h"
#include "core/exchange/conllwriter.h"
#include "core/exchange/datasetexporter.h"
#include "core/exchange/datasetimporter.h"
#include "core/exchange/jsonlreader.h"
#include "core/store/projectstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// Every format on the awkward fixture (emoji, combining mark, Arabic, CR LF): round trips for
// the formats that import (export, import into a new project, export again, compare), the
// offsets checked against the text by code points, a malformed input per importer (nothing
// imported, file and line named), the loss reports, and the CSV and Excel files read by
// Python's csv and zipfile modules when python3 is there.
class TestExchangeFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;

    std::unique_ptr<ProjectStore> project(const QString &name)
    {
        QString error;
        auto store = ProjectStore::open(m_dir.filePath(name),
                                        ProjectStore::OpenMode::CreateIfMissing, &error);
        if (!store)
            qFatal("cannot open project: %s", qPrintable(error));
        return store;
    }

    static DatasetExporter::Outcome exportTo(const ProjectStore &store, DatasetFormat format,
                                             const QString &path,
                                             TagScheme scheme = TagScheme::Iob2)
    {
        DatasetExporter::Options options;
        options.format = format;
        options.path = path;
        options.scheme = scheme;
        return DatasetExporter::run(store, options);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write");
    }

    static QString slice(const QString &text, int start, int end)
    {
        const QList<uint> codePoints = text.toUcs4();
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start,
                                 end - start);
    }

    // Exports in `format`, imports that into a new project, exports again: the two outputs
    // must be the same. Returns the first output's path.
    QString roundTrip(DatasetFormat format, const QString &name, TagScheme scheme = TagScheme::Iob2)
    {
        const QString first = m_dir.filePath(name + "-1");
        const auto exported = exportTo(*m_store, format, first, scheme);
        if (!exported.ok)
            qFatal("export failed: %s", qPrintable(exported.error));
        auto copy = project(name + ".cwb");
        DatasetReader::Options options;
        options.scheme = scheme;
        const auto imported = DatasetImporter::run(*copy, format, first, options);
        if (!imported.ok)
            qFatal("import failed: %s", qPrintable(imported.error));
        if (imported.imported != 2)
            qFatal("expected two articles");
        const QString second = m_dir.filePath(name + "-2");
        if (!exportTo(*copy, format, second, scheme).ok)
            qFatal("second export failed");
        return first;
    }

    static void compareTrees(const QString &first, const QString &second)
    {
        QDirIterator it(first, QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QCOMPARE(readAll(second + "/" + it.fileName()), readAll(path));
            ++files;
        }
        QCOMPARE(files, 5); // two .txt, two .ann, annotation.conf
    }

    static bool runPython(const QString &script, QString *output)
    {
        const QString python = QStandardPaths::findExecutable("python3");
        if (python.isEmpty())
            return false;
        QProcess process;
        process.start(python, {"-c", script});
        process.waitForFinished(60000);
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = project("source.cwb");
        const auto imported = DatasetImporter::run(
            *m_store, DatasetFormat::Jsonl, CWB_FIXTURES_DIR "/exchange/awkward.jsonl", {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
    }

    void bratRoundTripAndOffsets()
    {
        const QString first = roundTrip(DatasetFormat::Brat, "brat");
        compareTrees(first, m_dir.filePath("brat-2"));

        // Our own small brat reader: every T line's text is what its offsets hold in the .txt.
        const QString text = QString::fromUtf8(readAll(first + "/article-000001.txt"));
        QVERIFY(!text.contains('\r'));
        const QStringList lines = QString::fromUtf8(readAll(first + "/article-000001.ann")).split('\n');
        int spans = 0;
        for (const QString &line : lines) {
            if (!line.startsWith('T'))
                continue;
            const QStringList fields = line.split('\t');
            const QStringList ranges = fields.at(1).section(' ', 1).split(';');
            QStringList pieces;
            for (const QString &range : ranges)
                pieces << slice(text, range.section(' ', 0, 0).toInt(), range.section(' ', 1, 1).toInt());
            QCOMPARE(pieces.join(' '), fields.at(2));
            ++spans;
        }
        QCOMPARE(spans, 15);
        QVERIFY(lines.contains("T7\tARMED_GROUP 150 166\t\u0647\u064a\u0626\u0629 \u062a\u062d\u0631\u064a\u0631 \u0627\u0644\u0634\u0627\u0645"));
        QVERIFY(lines.contains("R1\taffiliated_with Arg1:T9 Arg2:T10"));
        QVERIFY(lines.contains("A1\tStatus T1 confirmed"));
        QVERIFY(lines.contains("N1\tReference T1 CWB:saraqib\tSaraqib"));
        QVERIFY(lines.contains("E1\tEvent:T15 Actor1:T3 Actor2:T4 Location:T1 Casualty:T12"));
        const QByteArray conf = readAll(first + "/annotation.conf");
        QVERIFY(conf.contains("[attributes]\nStatus\tArg:<ANY>, Value:proposed|confirmed"));
        QVERIFY(conf.contains("EventType\tArg:Event, Value:Battles"));

        const QString report = QString::fromUtf8(readAll(first + ".loss.txt"));
        QVERIFY2(report.contains("CR LF line ends written as LF"), qPrintable(report));
        QVERIFY(report.contains("article metadata"));
    }

    void bratImportOfWhatBratWrites()
    {
        const QString folder = m_dir.filePath("native");
        QDir().mkpath(folder);
        write(folder + "/doc.txt", "HTS fighters and Jaysh al-Izza\nclashed near Kafr Zita.\n");
        write(folder + "/doc.ann",
              "T1\tARMED_GROUP 0 3\tHTS\n"
              "T2\tARMED_GROUP 17 30\tJaysh al-Izza\n"
              "T3\tLOCATION 44 53\tKafr Zita\n"
              "T4\tARMED_GROUP 0 3;17 30\tHTS Jaysh al-Izza\n"
              "T5\tOrganization 17 22\tJaysh\n"
              "T6\tLOCATION 31 53\tclashed near Kafr Zita\n"
              "R1\tallied_with Arg1:T1 Arg2:T2\n"
              "A1\tStatus T1 confirmed\n"
              "#1\tAnnotatorNotes T2\tcheck the spelling\n"
              "*\tEquiv T1 T2\n");
        auto store = project("native.cwb");
        const auto outcome = DatasetImporter::run(*store, DatasetFormat::Brat, folder, {});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.loss.count("discontinuous span"), 1);
        QCOMPARE(outcome.loss.count("type outside the codebook"), 1);
        QCOMPARE(outcome.loss.count("free-text note"), 1);
        QCOMPARE(outcome.loss.count("equivalence"), 1);
        const Document document = *store->loadDocument(store->articles().first().id);
        QCOMPARE(document.mentions.size(), 4);
        QCOMPARE(toString(document.mentions.first().provenance.status), QStringLiteral("confirmed"));
        QCOMPARE(document.mentions.at(3).text, QStringLiteral("clashed near Kafr Zita"));
        QCOMPARE(document.affiliations.size(), 1);
        QCOMPARE(toString(document.affiliations.first().relation), QStringLiteral("allied_with"));
        QCOMPARE(document.affiliations.first().relationTarget, QStringLiteral("Jaysh al-Izza"));
    }

    void bratMalformedImportsNothing()
    {
        const QString folder = m_dir.filePath("broken");
        QDir().mkpath(folder);
        write(folder + "/a.txt", "HTS shelled Ariha.\n");
        write(folder + "/a.ann", "T1\tARMED_GROUP 0 3\tHTS\n");
        write(folder + "/b.txt", "SDF entered Raqqa.\n");
        write(folder + "/b.ann", "T1\tARMED_GROUP 0 3\tSDF\nT2\tLOCATION 12 40\tRaqqa\n");
        auto store = project("broken.cwb");
        const auto outcome = DatasetImporter::run(*store, DatasetFormat::Brat, folder, {});
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains("b.ann, line 2") && outcome.error.contains("12-40"),
                 qPrintable(outcome.error));
        QCOMPARE(store->counts().articles, 0);

        write(folder + "/b.ann", "T1\tARMED_GROUP 0 3\tSDF\nT2\tLOCATION 13 18\tRaqqa\n");
        const auto shifted = DatasetImporter::run(*store, DatasetFormat::Brat, folder, {});
        QVERIFY(!shifted.ok);
        QVERIFY2(shifted.error.contains("line 2") && shifted.error.contains("not what offsets"),
                 qPrintable(shifted.error));
        QCOMPARE(store->counts().articles, 0);
    }

    void conllRoundTripInEveryScheme_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::newRow("iob2") << int(TagScheme::Iob2);
        QTest::newRow("iob1") << int(TagScheme::Iob1);
        QTest::newRow("bioes") << int(TagScheme::Bioes);
    }

    void conllRoundTripInEveryScheme()
    {
        QFETCH(int, scheme);
        const QString name = "conll-" + DatasetFormats::name(TagScheme(scheme));
        const QString first = roundTrip(DatasetFormat::Conll, name, TagScheme(scheme));
        QCOMPARE(readAll(m_dir.filePath(name + "-2")), readAll(first));
        const QStringList lines = QString::fromUtf8(readAll(first)).split('\n');
        if (TagScheme(scheme) == TagScheme::Iob2) {
            QVERIFY(lines.contains("Jund B-ARMED_GROUP"));
            QVERIFY(lines.contains("al-Aqsa I-ARMED_GROUP"));
            QVERIFY(lines.contains("\U0001F525 O"));
            QVERIFY(lines.contains("Sara\u0301qib B-LOCATION"));
            QVERIFY(lines.contains("\u0647\u064a\u0626\u0629 B-ARMED_GROUP"));
            QVERIFY(lines.contains("\u0627\u0644\u0634\u0627\u0645 I-ARMED_GROUP"));
        } else if (TagScheme(scheme) == TagScheme::Bioes) {
            QVERIFY(lines.contains("al-Aqsa E-ARMED_GROUP"));
            QVERIFY(lines.contains("Sara\u0301qib S-LOCATION"));
        } else {
            QVERIFY(lines.contains("Jund I-ARMED_GROUP"));
        }
        const QString report = QString::fromUtf8(readAll(first + ".loss.txt"));
        QVERIFY(report.contains("rejected annotation (no label)"));
    }

    void conllReportsOverlaps()
    {
        Document document = JsonlReader::read(CWB_FIXTURES_DIR "/exchange/awkward.jsonl").items.first().document;
        Mention nested = document.mentions.at(5); // "Syrian Observatory"
        nested.id = 99;
        nested.end = nested.start + 6;             // "Syrian", nested in it
        nested.type = EntityType::State;
        nested.provenance.status = Status::Confirmed;
        document.mentions << nested;
        LossReport loss;
        const QString block = ConllWriter::block(document, TagScheme::Iob2, loss);
        QCOMPARE(loss.count("overlapping or nested span"), 1);
        QCOMPARE(loss.entries().first().annotation.isEmpty(), false);
        bool listed = false;
        for (const auto &entry : loss.entries())
            listed = listed || (entry.annotation == "e99" && entry.detail.contains("Syrian Observatory"));
        QVERIFY(listed);
        QVERIFY(block.contains("Syrian B-SOURCE\nObservatory I-SOURCE\n"));
    }

    void conllMalformedImportsNothing()
    {
        const QString path = m_dir.filePath("bad.conll");
        write(path, "-DOCSTART- O\n\nHTS B-ARMED_GROUP\nshelled O\n\n-DOCSTART- O\n\nAriha X-LOCATION\n");
        auto store = project("badconll.cwb");
        DatasetReader::Options options;
        const auto outcome = DatasetImporter::run(*store, DatasetFormat::Conll, path, options);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains("bad.conll, line 8") && outcome.error.contains("X-LOCATION"),
                 qPrintable(outcome.error));
        QCOMPARE(store->counts().articles, 0);
    }

    void doccanoAndSpacyRoundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("doccano") << int(DatasetFormat::Doccano);
        QTest::newRow("spacy") << int(DatasetFormat::Spacy);
    }

    void doccanoAndSpacyRoundTrip()
    {
        QFETCH(int, format);
        const QString name = DatasetFormats::name(DatasetFormat(format));
        const QString first = roundTrip(DatasetFormat(format), name);
        QCOMPARE(readAll(m_dir.filePath(name + "-2")), readAll(first));
        const QJsonObject line = QJsonDocument::fromJson(readAll(first).split('\n').first()).object();
        const QString text = line.value("text").toString();
        QVERIFY(text.contains("\r\n")); // the text as it is
        const QJsonArray spans = line.value(format == int(DatasetFormat::Spacy) ? "entities" : "label").toArray();
        QStringList seen;
        for (const QJsonValue &span : spans) {
            const QJsonArray s = span.toArray();
            seen << slice(text, s.at(0).toInt(), s.at(1).toInt()) + "/" + s.at(2).toString();
        }
        QVERIFY2(seen.contains("Sara\u0301qib/LOCATION"), qPrintable(seen.join(", ")));
        QVERIFY(seen.contains("\u0625\u062f\u0644\u0628/LOCATION"));
        QVERIFY(seen.contains("\u0642\u062a\u0644 \u0663/CASUALTY"));
        QVERIFY(!seen.contains("Syrian/STATE")); // rejected
        const QString report = QString::fromUtf8(readAll(first + ".loss.txt"));
        if (format == int(DatasetFormat::Spacy)) {
            QVERIFY(!seen.contains("killed four fighters of Faylaq al-Sham/CASUALTY"));
            QVERIFY(report.contains("overlapping span"));
        } else {
            QVERIFY(seen.contains("killed four fighters of Faylaq al-Sham/CASUALTY"));
            QVERIFY(!report.contains("overlapping span"));
        }
    }

    void spanJsonlMalformedImportsNothing()
    {
        const QString path = m_dir.filePath("bad-doccano.jsonl");
        write(path, "{\"text\": \"HTS shelled Ariha\", \"label\": [[0, 3, \"ARMED_GROUP\"]]}\n"
                    "{\"text\": \"\U0001F525 SDF\", \"label\": [[2, 6, \"ARMED_GROUP\"]]}\n");
        auto store = project("baddoccano.cwb");
        const auto outcome = DatasetImporter::run(*store, DatasetFormat::Doccano, path, {});
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains("bad-doccano.jsonl, line 2") && outcome.error.contains("2-6"),
                 qPrintable(outcome.error));
        QCOMPARE(store->counts().articles, 0);
    }

    void csvFilesAreRfc4180AndNeutraliseFormulas()
    {
        const QString events = m_dir.filePath("events.csv");
        const QString casualties = m_dir.filePath("casualties.csv");
        const auto eventsOutcome = exportTo(*m_store, DatasetFormat::AcledCsv, events);
        const auto casualtyOutcome = exportTo(*m_store, DatasetFormat::CasualtyCsv, casualties);
        QVERIFY(eventsOutcome.ok && casualtyOutcome.ok);
        QCOMPARE(eventsOutcome.loss.count("cell neutralised (formula)"), 1);
        QCOMPARE(casualtyOutcome.loss.count("cell neutralised (formula)"), 1); // "-civilians"
        const QByteArray bytes = readAll(events);
        QVERIFY(bytes.startsWith("event_date,year,time_precision,event_type,sub_event_type,actor1,"
                                 "assoc_actor_1,actor2,assoc_actor_2,inter1,inter2,location,admin1,"
                                 "geo_precision,source,notes,fatalities,"));
        QVERIFY(bytes.contains("\r\n2019-03-22,2019,1,Battles,Armed clash,Jund al-Aqsa,,Faylaq al-Sham,,2,2,"));

        QString output;
        const QString script = QStringLiteral(
            "import csv\n"
            "rows = list(csv.DictReader(open(r'%1', newline='', encoding='utf-8')))\n"
            "print(len(rows), rows[0]['notes'], rows[0]['fatalities'], rows[0]['inter1'])\n"
            "rows = list(csv.DictReader(open(r'%2', newline='', encoding='utf-8')))\n"
            "print(len(rows), '|'.join(r['text'] + ':' + r['victim'] for r in rows))\n")
                                   .arg(events, casualties);
        if (!runPython(script, &output))
            QSKIP("python3 is not installed; the CSV was checked in C++ only");
        const QStringList lines = output.split('\n');
        QCOMPARE(lines.value(0), QStringLiteral("1 '=HYPERLINK(\"http://example.org\",\"4 killed, \"\"exact\"\"\") 4 2"));
        QCOMPARE(lines.value(1), QStringLiteral("2 killed four fighters of Faylaq al-Sham:Faylaq al-Sham|\u0642\u062a\u0644 \u0663:'-civilians"));
    }

    void xlsxHasASheetPerTable()
    {
        const QString path = m_dir.filePath("project.xlsx");
        const auto outcome = exportTo(*m_store, DatasetFormat::Xlsx, path);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(readAll(path).startsWith("PK\x03\x04"));
        QVERIFY(!QFile::exists(path + ".part"));
        QCOMPARE(outcome.loss.count("segments"), 2);
        QString output;
        const QString script = QStringLiteral(
            "import zipfile, re\n"
            "z = zipfile.ZipFile(r'%1')\n"
            "print(sorted(re.findall(r'<sheet name=\"(\\w+)\"', z.read('xl/workbook.xml').decode())))\n"
            "s = z.read('xl/worksheets/sheet4.xml').decode('utf-8')\n"
            "print('\u0642\u062a\u0644 \u0663' in s, '<v>4</v>' in s)\n").arg(path);
        if (!runPython(script, &output))
            QSKIP("python3 is not installed; only the zip signature was checked");
        QCOMPARE(output.split('\n').value(0),
                 QStringLiteral("['affiliations', 'articles', 'casualties', 'entities', 'events']"));
        QCOMPARE(output.split('\n').value(1), QStringLiteral("True True"));
    }
};

QTEST_GUILESS_MAIN(TestExchangeFormats)
#include "test_exchange_formats.moc"
