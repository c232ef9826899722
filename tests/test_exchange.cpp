#include "core/exchange/datasetexporter.h"
#include "core/exchange/datasetimporter.h"
#include "core/exchange/documentjson.h"
#include "core/exchange/historyjson.h"
#include "core/exchange/jsonlreader.h"
#include "core/exchange/jsonlstream.h"
#include "core/exchange/jsonlwriter.h"
#include "core/exchange/lossreport.h"
#include "core/exchange/standofftext.h"
#include "core/store/projectstore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

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

    // A document with every field set, and every string, number and time the JSON writer has
    // to escape, encode or format: control characters, quotes, backslash, DEL, lone
    // surrogates, noncharacters, an emoji, a combining mark, Arabic; fractions, integers past
    // 2^53, negative and absent figures; times in another zone, dates outside 1000-9999,
    // unknown times; annotations without ids or texts (the writer numbers and cuts them).
    static Document everyFieldDocument()
    {
        const QString awkward = QStringLiteral("a\u0001\u001f\b\f\n\r\t\"\\/\u007f ")
                                + QChar(0xD800) + QStringLiteral(" x ") + QChar(0xDC00)
                                + QStringLiteral(" \uFFFF\uFFFE \U0001F525 e\u0301 \u0642\u062a\u0644 ")
                                + QChar(0xDBFF);
        Document d;
        Article &a = d.article;
        a.uid = QStringLiteral("every-field ") + awkward;
        a.title = awkward;
        a.text = QStringLiteral("\U0001F525 Jund al-Aqsa killed four in \u0625\u062f\u0644\u0628.\r\n")
                 + awkward;
        a.sourcePath = QStringLiteral("C:\\data\\a \"b\".txt");
        a.url = QStringLiteral("https://example.org/a?b=c&d=</script>");
        a.outlet = QStringLiteral("\u0627\u0644\u0645\u0631\u0635\u062f");
        a.published = QDate(999, 12, 31);
        a.language = QStringLiteral("ar");
        a.encoding = QStringLiteral("windows-1256");
        a.importedAt = QDateTime(QDate(2026, 1, 5), QTime(23, 59, 59, 7), QTimeZone(3 * 3600));
        d.segments = {{0, 2, SegmentKind::Title}, {2, 40, SegmentKind::Body},
                      {40, 41, SegmentKind::Spam}};

        const QList<double> confidences{0.1 + 0.2, 1.0, 0.0, 1e-7, 123456.789, 1e21, -0.5};
        for (int i = 0; i < confidences.size(); ++i) {
            Provenance p;
            p.status = Status(i % 5);
            p.origin = QStringLiteral("kb:") + awkward;
            p.confidence = confidences.at(i);
            p.annotator = i % 2 ? QStringLiteral("omar") : QString();
            p.created = QDateTime(QDate(2026, 3, 1 + i), QTime(9, 30, 15, 250), Qt::UTC);
            p.updated = i == 3 ? QDateTime()
                               : QDateTime(QDate(10000 + i, 1, 1), QTime(0, 0), Qt::UTC);

            Mention m;
            m.id = i == 2 ? 0 : 10 + i;
            m.start = 2;
            m.end = 14;
            m.text = i % 3 ? awkward : QString();
            m.type = EntityType(i % 7);
            m.canonical = awkward;
            m.kbId = QStringLiteral("kb-%1").arg(i);
            m.provenance = p;
            d.mentions << m;

            Affiliation f;
            f.id = i == 4 ? 0 : 20 + i;
            f.actor = awkward;
            f.relation = Relation(i % 5);
            f.relationTarget = QStringLiteral("Islamic State");
            f.former = i % 2;
            f.stance = Stance(i % 3);
            f.attributedTo = awkward;
            f.start = 0;
            f.end = 40;
            f.provenance = p;
            d.affiliations << f;

            CasualtyFigure c;
            c.id = 30 + i;
            c.start = 0;
            c.end = 1 + i;
            c.text = i % 2 ? QStringLiteral("killed four") : QString();
            c.kind = CasualtyKind(i % 5);
            c.victim = awkward;
            c.perpetrator = QStringLiteral("Jund al-Aqsa");
            const QList<std::optional<qint64>> numbers{std::nullopt, -5, 0, 4,
                                                       9007199254740993LL,
                                                       123456789012345678LL, 1000000};
            c.low = numbers.at(i);
            c.best = numbers.at((i + 1) % numbers.size());
            c.high = numbers.at((i + 2) % numbers.size());
            c.precision = Precision(i % 6);
            c.hedged = i % 2 == 0;
            c.scope = Scope(i % 2);
            c.provenance = p;
            d.casualties << c;

            Event e;
            e.id = i == 5 ? 0 : 40 + i;
            e.eventType = QStringLiteral("Battles");
            e.subEventType = awkward;
            e.actor1 = QStringLiteral("Jund al-Aqsa");
            e.assocActor1 = awkward;
            e.actor2 = QStringLiteral("Faylaq al-Sham");
            e.assocActor2 = QString();
            e.location = QStringLiteral("\u0625\u062f\u0644\u0628");
            e.admin1 = QStringLiteral("Idlib");
            e.geoPrecision = i;
            e.date = i == 1 ? QDate() : QDate(2019, 3, 22 + i);
            e.timePrecision = -i;
            e.fatalities = 4 * i;
            e.sources = i == 0 ? QStringList() : QStringList{QStringLiteral("SOHR"), awkward};
            e.notes = awkward;
            e.casualtyIds = {30 + i, 30 + (i + 1) % 7};
            e.provenance = p;
            d.events << e;
        }
        return d;
    }

    // Where two byte strings first differ, for a failure message.
    static QByteArray difference(const QByteArray &actual, const QByteArray &expected)
    {
        qsizetype at = 0;
        while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
            ++at;
        return "first difference at byte " + QByteArray::number(at) + ": streamed \""
               + actual.mid(qMax<qsizetype>(0, at - 40), 80) + "\", expected \""
               + expected.mid(qMax<qsizetype>(0, at - 40), 80) + "\"";
    }

    // The reference: one line as the export wrote it before JsonlStream, through QJsonObject.
    static QByteArray referenceLine(const DatasetItem &item, bool withHistory)
    {
        if (!withHistory)
            return DocumentJson::toLine(item.document);
        QJsonObject object = DocumentJson::toJson(item.document);
        object.insert(QStringLiteral("history"), HistoryJson::toJson(item.history));
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
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

    void streamedLinesAreTheBytesOfDocumentJson_data()
    {
        QTest::addColumn<int>("index");
        const auto fixtureItems = JsonlReader::read(fixture()).items;
        QCOMPARE(fixtureItems.size(), 2);
        QTest::newRow("awkward.jsonl line 1") << 0;
        QTest::newRow("awkward.jsonl line 2") << 1;
        QTest::newRow("every field") << 2;
        QTest::newRow("every field with history") << 3;
        QTest::newRow("empty document") << 4;
    }

    void streamedLinesAreTheBytesOfDocumentJson()
    {
        QFETCH(int, index);
        QList<DatasetItem> items = JsonlReader::read(fixture()).items;
        items << DatasetItem{everyFieldDocument(), {}};
        DatasetItem withHistory{everyFieldDocument(), {}};
        ProjectStore::HistoryEntry entry;
        entry.annotationKind = QStringLiteral("mention");
        entry.annotationId = 10;
        entry.field = QStringLiteral("canonical");
        entry.newValue = QStringLiteral("Jund \"al-Aqsa\"\n");
        entry.annotator = QStringLiteral("amira");
        entry.at = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        withHistory.history << entry;
        items << withHistory << DatasetItem{};
        const DatasetItem &item = items.at(index);
        const bool history = index == 3;

        const QByteArray expected = referenceLine(item, history);
        const QByteArray streamed = JsonlWriter::line(item, history);
        QVERIFY2(streamed == expected, difference(streamed, expected).constData());
        // The line is valid JSON that reads back to the same line.
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(streamed, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(parsed.toJson(QJsonDocument::Compact), expected);
    }

    // The bulk read the export uses gives, article by article, what loadDocument gives: the
    // same rows in the same order, event links included, for all articles or a few.
    void bulkReadGivesWhatLoadDocumentGives()
    {
        QTemporaryDir dir;
        auto store = project(dir, "p.cwb");
        QVERIFY(DatasetImporter::run(*store, DatasetFormat::Jsonl, fixture(), {}).ok);
        Document every = everyFieldDocument();
        QVERIFY2(store->addDocument(every), qPrintable(store->lastError()));
        Document plain = everyFieldDocument();
        plain.article.uid = QStringLiteral("without annotations");
        plain.mentions.clear();
        plain.affiliations.clear();
        plain.casualties.clear();
        plain.events.clear();
        QVERIFY(store->addDocument(plain));
        // A gap in the ids, and an event that lost one of its figures.
        QVERIFY(store->deleteMention(every.mentions.at(1).id, "omar"));
        QVERIFY(store->deleteCasualty(every.casualties.at(3).id, "omar"));

        QList<QByteArray> expected;
        for (const ProjectStore::ArticleSummary &summary : store->articles())
            expected << DocumentJson::toLine(*store->loadDocument(summary.id));
        QCOMPARE(expected.size(), 4);

        const auto bulk = [&](const QList<qint64> &ids, int stopAfter = -1) {
            QList<QByteArray> lines;
            const bool ok = store->forEachDocument(ids, [&](Document &&document) {
                lines << DocumentJson::toLine(document);
                return lines.size() != stopAfter;
            });
            if (!ok)
                qFatal("forEachDocument failed: %s", qPrintable(store->lastError()));
            return lines;
        };
        const QList<QByteArray> all = bulk({});
        QCOMPARE(all.size(), expected.size());
        for (int i = 0; i < all.size(); ++i)
            QVERIFY2(all.at(i) == expected.at(i), difference(all.at(i), expected.at(i)).constData());
        QCOMPARE(store->documentCount({}), 4);

        const QList<QByteArray> some = bulk({4, 1, 99});
        QCOMPARE(some.size(), 2);
        QCOMPARE(some.at(0), expected.at(0));
        QCOMPARE(some.at(1), expected.at(3));
        QCOMPARE(store->documentCount({4, 1, 99}), 2);

        QCOMPARE(bulk({}, 2).size(), 2); // visit returning false stops the read
    }

    // What a user gets from cwb export --format jsonl: one document JSON per article, each the
    // bytes of DocumentJson, with and without history.
    void jsonlExportWritesTheDocumentJsonOfEveryArticle()
    {
        QTemporaryDir dir;
        auto store = project(dir, "p.cwb");
        QVERIFY(DatasetImporter::run(*store, DatasetFormat::Jsonl, fixture(), {}).ok);
        Document every = everyFieldDocument();
        QVERIFY(store->addDocument(every));
        QVERIFY(store->setMentionStatus(every.mentions.at(0).id, Status::Rejected, "amira"));

        for (const bool history : {false, true}) {
            QByteArray expected;
            for (const ProjectStore::ArticleSummary &summary : store->articles()) {
                DatasetItem item{*store->loadDocument(summary.id), store->history(summary.id)};
                expected += referenceLine(item, history) + '\n';
            }
            const QString path = dir.filePath(history ? "h.jsonl" : "p.jsonl");
            const auto outcome = exportTo(*store, DatasetFormat::Jsonl, path, history);
            QVERIFY2(outcome.ok, qPrintable(outcome.error));
            QCOMPARE(outcome.articles, 3);
            QCOMPARE(outcome.bytes, qint64(expected.size()));
            const QByteArray written = readAll(path);
            QVERIFY2(written == expected, difference(written, expected).constData());
        }
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
