#include "core/exchange/documentjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

Provenance provenance(Status status, const QString &origin)
{
    Provenance p;
    p.status = status;
    p.origin = origin;
    p.confidence = 0.75;
    p.annotator = QStringLiteral("amira");
    p.created = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
    p.updated = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    return p;
}

// A small article with an emoji before the names, so code point and UTF-16 offsets differ.
Document sampleDocument()
{
    Document d;
    d.article.uid = QStringLiteral("abc123");
    d.article.title = QStringLiteral("Clash near Saraqib");
    d.article.text = QStringLiteral("\U0001F525 Clash near Saraqib\n\nHTS killed 3 fighters "
                                    "of Jaysh al-Izza near \u0633\u0631\u0627\u0642\u0628.");
    d.article.sourcePath = QStringLiteral("/data/a.txt");
    d.article.url = QStringLiteral("https://example.org/a");
    d.article.outlet = QStringLiteral("Example News");
    d.article.published = QDate(2019, 3, 24);
    d.article.language = QStringLiteral("en");
    d.article.encoding = QStringLiteral("UTF-8");
    d.article.importedAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    d.segments = {{0, 22, SegmentKind::Title}, {22, 72, SegmentKind::Body}};

    Mention hts;
    hts.id = 7;
    hts.start = 22;
    hts.end = 25;
    hts.text = QStringLiteral("HTS");
    hts.type = EntityType::ArmedGroup;
    hts.canonical = QStringLiteral("Hay'at Tahrir al-Sham");
    hts.kbId = QStringLiteral("hts");
    hts.provenance = provenance(Status::Confirmed, QStringLiteral("kb:hts"));
    d.mentions << hts;

    Affiliation affiliation;
    affiliation.id = 3;
    affiliation.actor = QStringLiteral("Jaysh al-Izza");
    affiliation.relation = Relation::PartOf;
    affiliation.relationTarget = QStringLiteral("Free Syrian Army");
    affiliation.former = true;
    affiliation.stance = Stance::Reported;
    affiliation.attributedTo = QStringLiteral("SOHR");
    affiliation.start = 47;
    affiliation.end = 60;
    affiliation.provenance = provenance(Status::Proposed, QStringLiteral("rule:part-of"));
    d.affiliations << affiliation;

    CasualtyFigure figure;
    figure.id = 5;
    figure.start = 26;
    figure.end = 60;
    figure.text = QStringLiteral("killed 3 fighters of Jaysh al-Izza");
    figure.kind = CasualtyKind::Killed;
    figure.victim = QStringLiteral("Jaysh al-Izza");
    figure.perpetrator = QStringLiteral("Hay'at Tahrir al-Sham");
    figure.low = 3;
    figure.best = 3;
    figure.precision = Precision::AtLeast;
    figure.hedged = true;
    figure.scope = Scope::Event;
    figure.provenance = provenance(Status::Corrected, QStringLiteral("rule:casualty"));
    d.casualties << figure;

    Event event;
    event.id = 2;
    event.eventType = QStringLiteral("Battles");
    event.subEventType = QStringLiteral("Armed clash");
    event.actor1 = QStringLiteral("Hay'at Tahrir al-Sham");
    event.actor2 = QStringLiteral("Jaysh al-Izza");
    event.location = QStringLiteral("Saraqib");
    event.admin1 = QStringLiteral("Idlib");
    event.geoPrecision = 1;
    event.date = QDate(2019, 3, 22);
    event.timePrecision = 1;
    event.fatalities = 3;
    event.sources = {QStringLiteral("SOHR")};
    event.notes = QStringLiteral("HTS clashed with Jaysh al-Izza.");
    event.casualtyIds = {5};
    event.provenance = provenance(Status::Manual, QStringLiteral("manual"));
    d.events << event;
    return d;
}

} // namespace

class TestDocumentJson : public QObject
{
    Q_OBJECT

private slots:
    void fieldNamesFollowTheDesign()
    {
        const QJsonObject json = DocumentJson::toJson(sampleDocument());
        QCOMPARE(json.value("offsets").toString(), QStringLiteral("codepoints"));
        QCOMPARE(json.value("source").toObject().value("published").toString(),
                 QStringLiteral("2019-03-24"));
        const QJsonObject entity = json.value("entities").toArray().at(0).toObject();
        QCOMPARE(entity.value("id").toString(), QStringLiteral("e7"));
        QCOMPARE(entity.value("type").toString(), QStringLiteral("ARMED_GROUP"));
        QCOMPARE(entity.value("status").toString(), QStringLiteral("confirmed"));
        QCOMPARE(entity.value("origin").toString(), QStringLiteral("kb:hts"));
        QCOMPARE(entity.value("annotator").toString(), QStringLiteral("amira"));
        const QJsonObject casualty = json.value("casualties").toArray().at(0).toObject();
        QCOMPARE(casualty.value("precision").toString(), QStringLiteral("at_least"));
        QVERIFY(casualty.value("high").isNull());
        QCOMPARE(casualty.value("best").toInt(), 3);
        const QJsonObject event = json.value("events").toArray().at(0).toObject();
        QCOMPARE(event.value("casualties").toArray().at(0).toString(), QStringLiteral("c5"));
    }

    void entityTextIsSlicedByCodePoints()
    {
        Document d = sampleDocument();
        d.mentions[0].text.clear(); // ask the writer to slice the text itself
        const QJsonObject json = DocumentJson::toJson(d);
        QCOMPARE(json.value("entities").toArray().at(0).toObject().value("text").toString(),
                 QStringLiteral("HTS"));
    }

    void roundTripKeepsEveryField()
    {
        const Document original = sampleDocument();
        const QByteArray line = DocumentJson::toLine(original);
        QVERIFY(!line.contains('\n'));
        QString error;
        const auto back = DocumentJson::fromJson(QJsonDocument::fromJson(line).object(), &error);
        QVERIFY2(back, qPrintable(error));
        // Writing the read document again gives the same bytes: nothing was lost or changed.
        QCOMPARE(DocumentJson::toLine(*back), line);
        QCOMPARE(back->article.text, original.article.text);
        QCOMPARE(back->segments, original.segments);
        QCOMPARE(back->mentions.at(0).id, qint64(7));
        QCOMPARE(back->mentions.at(0).provenance.created, original.mentions.at(0).provenance.created);
        QCOMPARE(back->casualties.at(0).high.has_value(), false);
        QCOMPARE(back->events.at(0).casualtyIds, QList<qint64>({5}));
    }

    void badValuesAreReported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status") << "entities/status" << QJsonValue("accepted") << "accepted";
        QTest::newRow("type") << "entities/type" << QJsonValue("GROUP") << "GROUP";
        QTest::newRow("offset past end") << "entities/end" << QJsonValue(500) << "outside the text";
        QTest::newRow("precision") << "casualties/precision" << QJsonValue("roughly") << "roughly";
        QTest::newRow("number") << "casualties/best" << QJsonValue("four") << "must be a number";
        QTest::newRow("segment kind") << "segments/kind" << QJsonValue("footer") << "footer";
    }

    void badValuesAreReported()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = DocumentJson::toJson(sampleDocument());
        const QString list = path.section('/', 0, 0);
        QJsonArray items = json.value(list).toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert(path.section('/', 1), value);
        items[0] = item;
        json.insert(list, items);
        QString error;
        QVERIFY(!DocumentJson::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void missingTextIsRefused()
    {
        QString error;
        QVERIFY(!DocumentJson::fromJson(QJsonObject{{"title", "x"}}, &error));
        QVERIFY(error.contains("text"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentJson)
#include "test_documentjson.moc"
