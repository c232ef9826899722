#include "core/detect/detector.h"
#include "core/exchange/documentjson.h"
#include "core/kb/knowledgebase.h"
#include "core/quality/detectionscore.h"

#include <QJsonDocument>
#include <QtTest>

// Precision and recall of the detectors: first on cases small enough to count by hand, then
// on the evaluation set in tests/fixtures/eval, where the figures must not fall below what
// the detectors reach today (a regression guard, not a timing).
class TestDetectionScore : public QObject
{
    Q_OBJECT

    static Mention mention(int start, int end, EntityType type, Status status = Status::Confirmed)
    {
        Mention m;
        m.start = start;
        m.end = end;
        m.type = type;
        m.provenance.status = status;
        return m;
    }

private slots:
    void countsByHand()
    {
        Document gold;
        gold.mentions = {mention(0, 3, EntityType::ArmedGroup), mention(10, 15, EntityType::Location),
                         mention(20, 25, EntityType::ArmedGroup),
                         mention(30, 35, EntityType::Person, Status::Rejected)};
        Document proposed;
        proposed.mentions = {mention(0, 3, EntityType::ArmedGroup, Status::Proposed),   // right
                             mention(10, 15, EntityType::ArmedGroup, Status::Proposed), // wrong type
                             mention(21, 25, EntityType::ArmedGroup, Status::Proposed), // wrong span
                             mention(40, 44, EntityType::Date, Status::Rejected)};      // ignored
        DetectionScore score;
        score.add(gold, proposed);
        const auto groups = score.byLabel().value("ARMED_GROUP");
        QCOMPARE(groups.truePositives, 1);
        QCOMPARE(groups.falsePositives, 2);
        QCOMPARE(groups.falseNegatives, 1);
        QCOMPARE(groups.precision(), 1.0 / 3);
        QCOMPARE(groups.recall(), 0.5);
        QCOMPARE(groups.f1(), 0.4);
        const auto places = score.byLabel().value("LOCATION");
        QCOMPARE(places.falseNegatives, 1);
        QCOMPARE(places.truePositives, 0);
        QVERIFY(!score.byLabel().contains("PERSON")); // rejected gold is not gold
        QVERIFY(!score.byLabel().contains("DATE"));   // rejected proposals are not proposals
        QCOMPARE(score.total().truePositives, 1);
    }

    void figuresMatchByValueAndOverlap()
    {
        CasualtyFigure gold;
        gold.start = 10;
        gold.end = 40;
        gold.kind = CasualtyKind::Killed;
        gold.victim = QStringLiteral("Faylaq al-Sham");
        gold.best = 4;
        gold.provenance.status = Status::Confirmed;
        CasualtyFigure close = gold;
        close.start = 10;
        close.end = 30; // shorter span, same values
        close.provenance.status = Status::Proposed;
        CasualtyFigure wrongNumber = close;
        wrongNumber.best = 5;

        Document g;
        g.casualties = {gold};
        Document p;
        p.casualties = {close};
        DetectionScore right;
        right.add(g, p);
        QCOMPARE(right.byLabel().value("casualty").truePositives, 1);

        p.casualties = {wrongNumber};
        DetectionScore wrong;
        wrong.add(g, p);
        QCOMPARE(wrong.byLabel().value("casualty").truePositives, 0);
        QCOMPARE(wrong.byLabel().value("casualty").falsePositives, 1);
        QCOMPARE(wrong.byLabel().value("casualty").falseNegatives, 1);
    }

    void affiliationsMatchByMeaning()
    {
        Affiliation a;
        a.actor = QStringLiteral("Hay'at Tahrir al-Sham");
        a.relation = Relation::PartOf;
        a.relationTarget = QStringLiteral("al-Qaeda");
        a.former = true;
        Document gold;
        gold.affiliations = {a};
        Document proposed;
        a.actor = QStringLiteral("hay'at tahrir al-sham"); // case does not matter
        proposed.affiliations = {a};
        DetectionScore score;
        score.add(gold, proposed);
        QCOMPARE(score.byLabel().value("affiliation").truePositives, 1);

        proposed.affiliations[0].former = false; // "former branch" matters
        DetectionScore notFormer;
        notFormer.add(gold, proposed);
        QCOMPARE(notFormer.byLabel().value("affiliation").truePositives, 0);
    }

    // --details: a small gold/proposed pair worked out by hand. Gold has two figures and an
    // event; the detectors found the first figure, read the second with the wrong victim, and
    // put the event at the dateline's town.
    void detailsListMissesAndWrongProposals()
    {
        Document gold;
        gold.article.title = QStringLiteral("Ambush near Kafr Nabl");
        gold.article.text = QStringLiteral(
            "Jaysh al-Izza killed three soldiers near Kafr Nabl and captured two of their officers.");
        CasualtyFigure killed;
        killed.start = 14;
        killed.end = 35;
        killed.text = QStringLiteral("killed three soldiers");
        killed.kind = CasualtyKind::Killed;
        killed.victim = QStringLiteral("Syrian Arab Army");
        killed.perpetrator = QStringLiteral("Jaysh al-Izza");
        killed.low = killed.best = killed.high = 3;
        killed.provenance.status = Status::Confirmed;
        CasualtyFigure captured = killed;
        captured.start = 54;
        captured.end = 85;
        captured.text = QStringLiteral("captured two of their officers");
        captured.kind = CasualtyKind::Captured;
        captured.low = captured.best = captured.high = 2;
        Event event;
        event.eventType = QStringLiteral("Battles");
        event.subEventType = QStringLiteral("Armed clash");
        event.location = QStringLiteral("Kafr Nabl");
        event.admin1 = QStringLiteral("Idlib");
        event.date = QDate(2024, 3, 2);
        event.fatalities = 3;
        event.actor1 = QStringLiteral("Jaysh al-Izza");
        event.actor2 = QStringLiteral("Syrian Arab Army");
        event.provenance.status = Status::Confirmed;
        gold.casualties = {killed, captured};
        gold.events = {event};

        Document proposed;
        CasualtyFigure right = killed;
        right.provenance.status = Status::Proposed;
        CasualtyFigure wrongVictim = captured;
        wrongVictim.victim = QStringLiteral("unknown");
        wrongVictim.provenance.status = Status::Proposed;
        Event wrongPlace = event;
        wrongPlace.location = QStringLiteral("Idlib");
        wrongPlace.provenance.status = Status::Proposed;
        proposed.casualties = {right, wrongVictim};
        proposed.events = {wrongPlace};

        DetectionScore score;
        score.add(gold, proposed);
        QCOMPARE(score.misses().size(), 1);
        const DetectionMisses &misses = score.misses().first();
        QCOMPARE(misses.missedFigures.size(), 1);
        QCOMPARE(misses.missedFigures.first().text, captured.text);
        QCOMPARE(misses.wrongFigures.size(), 1);
        QCOMPARE(misses.wrongFigures.first().victim, QStringLiteral("unknown"));
        QCOMPARE(misses.missedEvents.size(), 1);
        QCOMPARE(misses.wrongEvents.size(), 1);

        const QStringList lines = score.details().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("Article: Ambush near Kafr Nabl"));
        // The near miss follows its gold figure, and both show the field that differs.
        QCOMPARE(lines.at(1),
                 QStringLiteral("  missed casualty  \"captured two of their officers\" captured, "
                                "victim Syrian Arab Army, perpetrator Jaysh al-Izza, "
                                "low/best/high 2/2/2, exact, event"));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("  wrong casualty  \"captured two"))
                     && lines.at(2).contains(QStringLiteral("victim unknown")),
                 qPrintable(lines.at(2)));
        QCOMPARE(lines.at(3),
                 QStringLiteral("  missed event  Battles / Armed clash, location Kafr Nabl (Idlib), "
                                "date 2024-03-02, fatalities 3, Jaysh al-Izza vs Syrian Arab Army"));
        QVERIFY2(lines.at(4).startsWith(QStringLiteral("  wrong event  Battles / Armed clash, "
                                                       "location Idlib (Idlib)")),
                 qPrintable(lines.at(4)));
        QVERIFY(!score.details().contains(QStringLiteral("killed three")));

        // An article without errors is left out of the listing.
        DetectionScore perfect;
        perfect.add(gold, gold);
        QVERIFY(perfect.misses().first().isEmpty());
        QVERIFY(!perfect.details().contains(QStringLiteral("Article:")));
    }

    void evaluationSetDoesNotRegress()
    {
        QFile file(QStringLiteral(CWB_FIXTURES_DIR "/eval/gold.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Detector detector(KnowledgeBase::bundled());
        DetectionScore score;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            QString error;
            const auto gold = DocumentJson::fromJson(QJsonDocument::fromJson(line).object(), &error);
            QVERIFY2(gold, qPrintable(error));
            Document proposed;
            proposed.article = gold->article;
            proposed.segments = gold->segments;
            detector.detect(proposed);
            score.add(*gold, proposed);
        }
        QCOMPARE(score.documents(), 24);
        qInfo().noquote() << '\n' + score.report();
        // Floors a little under today's figures: a change that makes the detectors worse at
        // what analysts see most fails here.
        QVERIFY(score.byLabel().value("ARMED_GROUP").f1() >= 0.95);
        QVERIFY(score.byLabel().value("LOCATION").f1() >= 0.95);
        QVERIFY(score.byLabel().value("DATE").f1() >= 0.95);
        QVERIFY(score.byLabel().value("STATE").f1() >= 0.95);
        QVERIFY(score.byLabel().value("SOURCE").f1() >= 0.94);
        QVERIFY(score.byLabel().value("STATE_FORCE").f1() >= 0.95);
        QVERIFY(score.byLabel().value("PERSON").f1() >= 0.9);
        QVERIFY(score.byLabel().value("affiliation").precision() >= 0.85);
        QVERIFY(score.byLabel().value("affiliation").f1() >= 0.78);
        QVERIFY(score.byLabel().value("casualty").f1() >= 0.76);
        QVERIFY(score.byLabel().value("event").f1() >= 0.76);
        QVERIFY(score.total().f1() >= 0.83);
    }
};

QTEST_GUILESS_MAIN(TestDetectionScore)
#include "test_detectionscore.moc"
