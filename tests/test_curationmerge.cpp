#include "core/quality/curationmerge.h"

#include <QtTest>

// Three readers' hand-made sets of one sentence, merged as the curation view does.
class TestCurationMerge : public QObject
{
    Q_OBJECT

    static QString text()
    {
        return QStringLiteral("Jaysh al-Izza fighters killed 4 civilians in Saraqib on Monday, "
                              "the SOHR said.");
    }

    static Mention mention(const QString &words, EntityType type)
    {
        Mention m;
        m.start = int(text().indexOf(words));
        m.end = m.start + int(words.size());
        m.text = words;
        m.type = type;
        m.canonical = words;
        m.provenance.status = Status::Manual;
        m.provenance.annotator = QStringLiteral("someone");
        return m;
    }

    static CasualtyFigure figure(qint64 id, const QString &victim)
    {
        CasualtyFigure f;
        f.id = id;
        f.start = int(text().indexOf(QStringLiteral("4 civilians")));
        f.end = f.start + 11;
        f.text = QStringLiteral("4 civilians");
        f.kind = CasualtyKind::Killed;
        f.victim = victim;
        f.best = 4;
        return f;
    }

    static Affiliation affiliation()
    {
        Affiliation a;
        a.actor = QStringLiteral("Jaysh al-Izza");
        a.relation = Relation::PartOf;
        a.relationTarget = QStringLiteral("Free Syrian Army");
        a.start = 0;
        a.end = 22;
        return a;
    }

    static Event event(qint64 figureId)
    {
        Event e;
        e.eventType = QStringLiteral("Violence against civilians");
        e.location = QStringLiteral("Saraqib");
        e.fatalities = 4;
        e.casualtyIds << figureId;
        return e;
    }

    // ali and bea agree on "Jaysh al-Izza"; cy marks "Jaysh al-Izza fighters". All three
    // agree on Saraqib, the affiliation and the event; only ali marks Monday; cy calls the
    // SOHR an armed group; bea reads the victims as unknown. Figure ids differ per set, as
    // database ids do.
    static QMap<QString, Document> sets()
    {
        Document base;
        base.article.text = text();
        base.article.title = QStringLiteral("Saraqib");
        Document ali = base, bea = base, cy = base;
        ali.mentions << mention(QStringLiteral("Jaysh al-Izza"), EntityType::ArmedGroup)
                     << mention(QStringLiteral("Saraqib"), EntityType::Location)
                     << mention(QStringLiteral("Monday"), EntityType::Date)
                     << mention(QStringLiteral("SOHR"), EntityType::Source);
        bea.mentions << mention(QStringLiteral("SOHR"), EntityType::Source)
                     << mention(QStringLiteral("Saraqib"), EntityType::Location)
                     << mention(QStringLiteral("Jaysh al-Izza"), EntityType::ArmedGroup);
        cy.mentions << mention(QStringLiteral("Jaysh al-Izza fighters"), EntityType::ArmedGroup)
                    << mention(QStringLiteral("Saraqib"), EntityType::Location)
                    << mention(QStringLiteral("SOHR"), EntityType::ArmedGroup);
        ali.casualties << figure(11, QStringLiteral("civilians"));
        bea.casualties << figure(21, QStringLiteral("unknown"));
        cy.casualties << figure(31, QStringLiteral("civilians"));
        ali.events << event(11);
        bea.events << event(21);
        cy.events << event(31);
        ali.affiliations << affiliation();
        bea.affiliations << affiliation();
        cy.affiliations << affiliation();
        return {{QStringLiteral("ali"), ali}, {QStringLiteral("bea"), bea},
                {QStringLiteral("cy"), cy}};
    }

    static int unitAt(const CurationMerge &merge, CurationMerge::Kind kind, const QString &words)
    {
        const int start = int(text().indexOf(words));
        for (int u = 0; u < merge.units().size(); ++u) {
            if (merge.units().at(u).kind == kind && merge.units().at(u).start == start)
                return u;
        }
        return -1;
    }

    static QStringList spans(const QList<Mention> &mentions)
    {
        QStringList result;
        for (const Mention &m : mentions)
            result << QStringLiteral("%1 %2").arg(m.text, toString(m.type));
        return result;
    }

private slots:
    void lenientGroupsNearSpansIntoOneUnit()
    {
        const CurationMerge merge(sets(), SpanMatch::Lenient);
        QVERIFY2(merge.isValid(), qPrintable(merge.error()));
        QCOMPARE(merge.owners(), (QStringList{"ali", "bea", "cy"}));
        // Mentions: Jaysh (span differs), Saraqib (agreed), Monday (ali only), SOHR (type
        // differs); one figure (victim differs), one affiliation and one event (agreed).
        QCOMPARE(merge.units().size(), 7);
        QCOMPARE(merge.agreedCount(), 3);
        QCOMPARE(merge.differing().size(), 4);
        const int jaysh = unitAt(merge, CurationMerge::Kind::Mention, QStringLiteral("Jaysh"));
        QVERIFY(jaysh >= 0);
        const CurationMerge::Unit &unit = merge.units().at(jaysh);
        QVERIFY(!unit.agreed);
        QCOMPARE(unit.versions.size(), 3);
        QCOMPARE(merge.mention(unit, QStringLiteral("cy"))->text,
                 QStringLiteral("Jaysh al-Izza fighters"));
        QCOMPARE(unit.end, 22); // the union of the versions' spans, for marking the text
        const int monday = unitAt(merge, CurationMerge::Kind::Mention, QStringLiteral("Monday"));
        QCOMPARE(merge.units().at(monday).versions.keys(), QStringList{"ali"});
        QVERIFY(!merge.mention(merge.units().at(monday), QStringLiteral("bea")));
        // Units come in text order.
        for (int u = 1; u < merge.units().size(); ++u)
            QVERIFY(merge.units().at(u - 1).start <= merge.units().at(u).start);
    }

    void strictKeepsDifferentSpansApart()
    {
        const CurationMerge merge(sets(), SpanMatch::Strict);
        QCOMPARE(merge.units().size(), 8); // "Jaysh al-Izza" and "... fighters" are two units
        QCOMPARE(merge.agreedCount(), 3);
        QCOMPARE(merge.differing().size(), 5);
    }

    void mergedHoldsOnlyAgreedUnitsUntilDecided()
    {
        const CurationMerge merge(sets());
        QVERIFY(!merge.isComplete());
        QCOMPARE(merge.decidedCount(), 0);
        const Document gold = merge.merged();
        QCOMPARE(gold.article.text, text());
        QCOMPARE(spans(gold.mentions), QStringList{"Saraqib LOCATION"});
        QCOMPARE(toString(gold.mentions.first().provenance.status), toString(Status::Confirmed));
        QVERIFY(gold.mentions.first().provenance.annotator.isEmpty()); // the store fills it in
        QCOMPARE(gold.mentions.first().id, 0);
        QCOMPARE(gold.affiliations.size(), 1);
        QCOMPARE(gold.casualties.size(), 0);
        // The event is agreed, but its figure is not decided yet: it has no link.
        QCOMPARE(gold.events.size(), 1);
        QVERIFY(gold.events.first().casualtyIds.isEmpty());
    }

    void picksAndDropsDecideTheDifferingUnits()
    {
        CurationMerge merge(sets());
        const int jaysh = unitAt(merge, CurationMerge::Kind::Mention, QStringLiteral("Jaysh"));
        const int monday = unitAt(merge, CurationMerge::Kind::Mention, QStringLiteral("Monday"));
        const int sohr = unitAt(merge, CurationMerge::Kind::Mention, QStringLiteral("SOHR"));
        const int figure = unitAt(merge, CurationMerge::Kind::Casualty, QStringLiteral("4 civ"));
        const int saraqib = unitAt(merge, CurationMerge::Kind::Mention, QStringLiteral("Saraqib"));
        merge.pick(saraqib, QStringLiteral("bea")); // agreed units take no decision
        QCOMPARE(merge.decidedCount(), 0);

        merge.pick(jaysh, QStringLiteral("cy"));
        merge.pick(monday, QStringLiteral("bea")); // bea did not mark it: that drops it
        merge.drop(sohr);
        QCOMPARE(merge.decidedCount(), 3);
        QVERIFY(!merge.isComplete());
        merge.pick(figure, QStringLiteral("bea"));
        merge.pick(figure, QStringLiteral("ali")); // a later choice replaces the earlier one
        QVERIFY(merge.isComplete());
        QVERIFY(merge.decision(sohr).choice == CurationMerge::Choice::Dropped);
        QCOMPARE(merge.decision(jaysh).owner, QStringLiteral("cy"));

        const Document gold = merge.merged();
        QCOMPARE(spans(gold.mentions),
                 (QStringList{"Jaysh al-Izza fighters ARMED_GROUP", "Saraqib LOCATION"}));
        QCOMPARE(gold.casualties.size(), 1);
        QCOMPARE(gold.casualties.first().victim, QStringLiteral("civilians"));
        QCOMPARE(gold.casualties.first().id, 1);
        QCOMPARE(gold.events.size(), 1);
        QCOMPARE(gold.events.first().casualtyIds, QList<qint64>{1});

        merge.undecide(figure);
        QVERIFY(!merge.isComplete());
        QCOMPARE(merge.merged().casualties.size(), 0);
    }

    void rejectedAnnotationsTakeNoPart()
    {
        QMap<QString, Document> input = sets();
        Mention rejected = mention(QStringLiteral("civilians"), EntityType::Person);
        rejected.provenance.status = Status::Rejected;
        input[QStringLiteral("bea")].mentions << rejected;
        const CurationMerge merge(input);
        QCOMPARE(merge.units().size(), 7);
    }

    void setsOfDifferentTextsAreRefused()
    {
        QMap<QString, Document> input = sets();
        input[QStringLiteral("cy")].article.text += QStringLiteral(" More.");
        const CurationMerge merge(input);
        QVERIFY(!merge.isValid());
        QVERIFY(merge.error().contains(QStringLiteral("cy")));
        QVERIFY(merge.merged().mentions.isEmpty());
        QVERIFY(!CurationMerge({}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCurationMerge)
#include "test_curationmerge.moc"
