#include "core/exchange/datasetexporter.h"
#include "core/exchange/datasetimporter.h"
#include "core/exchange/jsonlreader.h"
#include "core/exchange/lossreport.h"
#include "core/exchange/standofftext.h"
#include "core/store/projectstore.h"

#include <QTemporaryDir>
#include <QtTest>

// The exchange core: the lossless document JSONL round trip with history, the export
// filters, the loss report file, the all-or-nothing import, and the one offset conversion of
// the standoff formats. The fixture (fixtures/exchange/awkward.jsonl) has an emoji outside
// the BMP, a combining mark, Arabic and CR LF line ends; its offsets were computed by Python.
class TestExchange : public QObject
{
    Q_OBJECT

    static QString fixture() { return QStringLiteral(CWB_FIXTURES_DIR "/exchange/awkward.jsonl"); }

    static std::unique_ptr<ProjectStore> project(const QTemporaryDir &dir, const QString &name)
    {
        QString error;
        auto store = ProjectStore::open(dir.filePath(name), ProjectStore::OpenMode::CreateIfMissing,
                                        &error);
        if (!store)
            qFatal("cannot open project: %s", qPrintable(error));
        return store;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    static DatasetExporter::Outcome exportTo(const ProjectStore &store, DatasetFormat format,
                                             const QString &path, bool history = false,
                                             const ExportFilter &filter = {})
    {
        DatasetExporter::Options options;
        options.format = format;
        options.path = path;
        options.history = history;
        options.filter = filter;
        return DatasetExporter::run(store, options);
    }

private slots:
    void jsonlRoundTripKeepsEverythingWithHistory()
    {
        QTemporaryDir dir;
        auto original = project(dir, "a.cwb");
        const auto imported = DatasetImporter::run(*original, DatasetFormat::Jsonl, fixture(), {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.imported, 2);

        // Analyst actions make history rows.
        const qint64 articleId = original->articles().first().id;
        Document document = *original->loadDocument(articleId);
        QVERIFY(original->setMentionStatus(document.mentions.at(4).id, Status::Confirmed, "omar"));
        CasualtyFigure figure = document.casualties.at(1);
        figure.best = 5;
        figure.hedged = false;
        QVERIFY(original->updateCasualty(figure, "amira"));
        QCOMPARE(original->history(articleId).size(), 3);

        const QString first = dir.filePath("first.jsonl");
        const auto exported = exportTo(*original, DatasetFormat::Jsonl, first, true);
        QVERIFY2(exported.ok, qPrintable(exported.error));
        QCOMPARE(exported.articles, 2);
        QVERIFY(exported.loss.isEmpty());
        QVERIFY(QFile::exists(first + ".loss.txt"));
        QVERIFY(readAll(first + ".loss.txt").startsWith("Nothing was lost"));

        auto copy = project(dir, "b.cwb");
        const auto again = DatasetImporter::run(*copy, DatasetFormat::Jsonl, first, {});
        QVERIFY2(again.ok, qPrintable(again.error));
        const QString second = dir.filePath("second.jsonl");
        QVERIFY(exportTo(*copy, DatasetFormat::Jsonl, second, true).ok);
        QCOMPARE(readAll(second), readAll(first));

        const auto history = copy->history(copy->articles().first().id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).annotator, QStringLiteral("omar"));
        QCOMPARE(history.at(0).newValue, QStringLiteral("confirmed"));
        QCOMPARE(history.at(0).annotationId, document.mentions.at(4).id);
        QCOMPARE(copy->counts().byStatus, original->counts().byStatus);

        // Importing the same file again adds nothing and says so.
        const auto twice = DatasetImporter::run(*copy, DatasetFormat::Jsonl, first, {});
        QVERIFY(twice.ok);
        QCOMPARE(twice.imported, 0);
        QCOMPARE(twice.duplicates.size(), 2);
        QCOMPARE(copy->counts().articles, 2);
    }

    void filtersTakeStatusAnnotatorArticlesAndDates()
    {
        QTemporaryDir dir;
        auto store = project(dir, "p.cwb");
        QVERIFY(DatasetImporter::run(*store, DatasetFormat::Jsonl, fixture(), {}).ok);
        const auto read = [&](const ExportFilter &filter) {
            const QString path = dir.filePath("f.jsonl");
            const auto outcome = exportTo(*store, DatasetFormat::Jsonl, path, false, filter);
            if (!outcome.ok)
                qFatal("export failed");
            return JsonlReader::read(path).items;
        };

        ExportFilter confirmed;
        confirmed.statuses = {Status::Confirmed};
        auto items = read(confirmed);
        QCOMPARE(items.size(), 2);
        for (const DatasetItem &item : items) {
            for (const Mention &m : item.document.mentions)
                QCOMPARE(toString(m.provenance.status), QStringLiteral("confirmed"));
        }
        QCOMPARE(items.at(0).document.mentions.size(), 8);
        QCOMPARE(items.at(1).document.mentions.size(), 1);

        ExportFilter omar;
        omar.annotators = {QStringLiteral("omar")};
        items = read(omar);
        QCOMPARE(items.at(0).document.mentions.size(), 1);
        QCOMPARE(items.at(0).document.mentions.first().text, QStringLiteral("Faylaq al-Sham"));
        QVERIFY(items.at(0).document.events.isEmpty()); // amira's

        ExportFilter second;
        second.articleIds = {2};
        items = read(second);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().document.article.title, QStringLiteral("Ariha"));

        ExportFilter in2019;
        in2019.from = QDate(2019, 1, 1);
        in2019.to = QDate(2019, 12, 31);
        items = read(in2019);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().document.article.published, QDate(2019, 3, 24));

        // An event whose figure is filtered out loses the link, and the report says so.
        ExportFilter proposedAndEvents;
        proposedAndEvents.statuses = {Status::Confirmed};
        proposedAndEvents.annotators = {QStringLiteral("amira")};
        const auto outcome = exportTo(*store, DatasetFormat::Jsonl, dir.filePath("g.jsonl"), false,
                                      proposedAndEvents);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.loss.size(), 0); // c1 is confirmed and amira's: the link stays
    }

    void malformedJsonlImportsNothingAndNamesTheLine()
    {
        QTemporaryDir dir;
        QFile original(fixture());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = original.readAll().split('\n');
        lines[1].replace("\"proposed\"", "\"maybe\"");
        const QString bad = dir.filePath("bad.jsonl");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.join('\n'));
        file.close();

        auto store = project(dir, "p.cwb");
        const auto outcome = DatasetImporter::run(*store, DatasetFormat::Jsonl, bad, {});
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains("bad.jsonl, line 2"), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains("maybe"), qPrintable(outcome.error));
        QCOMPARE(store->counts().articles, 0); // not even the good first line

        QFile truncated(dir.filePath("cut.jsonl"));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(lines.at(0) + "\n" + lines.at(1).left(40) + "\n");
        truncated.close();
        const auto cut = DatasetImporter::run(*store, DatasetFormat::Jsonl, truncated.fileName(), {});
        QVERIFY(!cut.ok);
        QVERIFY2(cut.error.contains("line 2") && cut.error.contains("not JSON"),
                 qPrintable(cut.error));
        QCOMPARE(store->counts().articles, 0);
    }

    void importIsOneTransaction()
    {
        // The second document names a figure it lacks only in the store's eyes: addDocuments
        // must leave the project as it was, the first document included.
        QTemporaryDir dir;
        auto store = project(dir, "p.cwb");
        Document good;
        good.article.uid = "good";
        good.article.text = "text";
        Document bad;
        bad.article.uid = "bad";
        bad.article.text = "text";
        Event event;
        event.casualtyIds = {42};
        bad.events << event;
        QList<Document> documents{good, bad};
        QVERIFY(!store->addDocuments(documents));
        QVERIFY(store->lastError().contains("42"));
        QCOMPARE(store->counts().articles, 0);
        QList<Document> one{good};
        QVERIFY(store->addDocuments(one));
        QCOMPARE(store->counts().articles, 1);
        QVERIFY(one.first().article.id > 0);
    }

    void lossReportCountsAndListsByArticleAndAnnotation()
    {
        LossReport report;
        QVERIFY(report.summary().startsWith("Nothing was lost"));
        report.add("uid1", "e3", "overlapping span", "STATE \"Syrian\"\toverlaps");
        report.add("uid1", "e4", "overlapping span");
        report.add("uid2", QString(), "article metadata");
        QCOMPARE(report.count("overlapping span"), 2);
        QVERIFY(report.summary().contains("3 item(s)"));
        const QStringList lines = report.text().split('\n');
        QVERIFY(lines.contains("uid1\te3\toverlapping span\tSTATE \"Syrian\" overlaps"));
        QVERIFY(lines.contains("uid2\t\tarticle metadata\t"));
        QTemporaryDir dir;
        QString error;
        QVERIFY(report.writeTo(LossReport::pathFor(dir.filePath("x.csv")), &error));
        QVERIFY(QFile::exists(dir.filePath("x.csv.loss.txt")));
    }

    void standoffTextConvertsOffsetsInOnePlace()
    {
        // "a\r\nb😀\r\nc": code points a0 \r1 \n2 b3 😀4 \r5 \n6 c7
        const QString text = QStringLiteral("a\r\nb\U0001F600\r\nc");
        const StandoffText keep(text, StandoffText::LineEnds::Keep);
        QCOMPARE(keep.text(), text);
        QCOMPARE(keep.toOutput(7), 7);
        const StandoffText lf(text, StandoffText::LineEnds::Lf);
        QCOMPARE(lf.text(), QStringLiteral("a\nb\U0001F600\nc"));
        QVERIFY(lf.changedLineEnds());
        QCOMPARE(lf.toOutput(0), 0);
        QCOMPARE(lf.toOutput(1), 1); // before the CR
        QCOMPARE(lf.toOutput(2), 1); // between CR and LF: at the LF
        QCOMPARE(lf.toOutput(3), 2); // b
        QCOMPARE(lf.toOutput(4), 3); // the emoji is one code point
        QCOMPARE(lf.toOutput(7), 5); // c
        QCOMPARE(lf.slice(3, 4), QStringLiteral("\U0001F600"));
        QCOMPARE(lf.slice(lf.toOutput(3), lf.toOutput(5)), QStringLiteral("b\U0001F600"));
        // A lone CR becomes an LF of the same length; combining marks and Arabic are one each.
        const StandoffText lone(QStringLiteral("x\ry e\u0301 \u0642"), StandoffText::LineEnds::Lf);
        QCOMPARE(lone.text(), QStringLiteral("x\ny e\u0301 \u0642"));
        QCOMPARE(lone.toOutput(7), 7);
        QCOMPARE(lone.slice(4, 6), QStringLiteral("e\u0301"));
        QCOMPARE(lone.slice(7, 8), QStringLiteral("\u0642"));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "test_exchange.moc"
