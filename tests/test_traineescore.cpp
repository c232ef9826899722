#include "core/quality/guidelineanchors.h"
#include "core/quality/traineescore.h"

#include <QtTest>

// Scoring a trainee's blind reading of a gold article: one small article read twice, by gold
// and by a trainee who makes one mistake of every kind, with the figures counted by hand.
class TestTraineeScore : public QObject
{
    Q_OBJECT

    const QString m_text = QStringLiteral(
        "ISIS-affiliated Jund al-Aqsa killed four fighters of Faylaq al-Sham in al-Ghassaniyah "
        "on March 22, and between 3 and 6 civilians were wounded. Faylaq al-Sham, backed by "
        "Turkey, captured loads of weapons, Enab Baladi reported.");

    // The span of the n-th occurrence of `words` (the text is ASCII: code points = UTF-16).
    std::pair<int, int> span(const QString &words, int occurrence = 0) const
    {
        int at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = int(m_text.indexOf(words, at + 1));
        Q_ASSERT(at >= 0);
        return {at, at + int(words.size())};
    }

    Mention mention(const QString &words, EntityType type, int occurrence = 0) const
    {
        Mention m;
        std::tie(m.start, m.end) = span(words, occurrence);
        m.type = type;
        m.provenance.status = Status::Confirmed;
        return m;
    }

    Affiliation affiliation(const QString &stating, const QString &actor, Relation relation,
                            const QString &target) const
    {
        Affiliation a;
        std::tie(a.start, a.end) = span(stating);
        a.actor = actor;
        a.relation = relation;
        a.relationTarget = target;
        a.provenance.status = Status::Confirmed;
        return a;
    }

    CasualtyFigure figure(qint64 id, const QString &words, CasualtyKind kind, const QString &victim,
                          std::optional<qint64> low, std::optional<qint64> best,
                          std::optional<qint64> high) const
    {
        CasualtyFigure f;
        f.id = id;
        std::tie(f.start, f.end) = span(words);
        f.kind = kind;
        f.victim = victim;
        f.low = low;
        f.best = best;
        f.high = high;
        f.provenance.status = Status::Confirmed;
        return f;
    }

    Document gold() const
    {
        Document d;
        d.article.uid = QStringLiteral("ghassaniyah");
        d.article.text = m_text;
        d.mentions = {mention("ISIS", EntityType::ArmedGroup),
                      mention("Jund al-Aqsa", EntityType::ArmedGroup),
                      mention("Faylaq al-Sham", EntityType::ArmedGroup),
                      mention("al-Ghassaniyah", EntityType::Location),
                      mention("March 22", EntityType::Date),
                      mention("Turkey", EntityType::State)};
        Mention notGold = mention("Enab Baladi", EntityType::Source);
        notGold.provenance.status = Status::Rejected; // the adjudicator struck it out
        d.mentions << notGold;
        d.affiliations = {affiliation("ISIS-affiliated", "Jund al-Aqsa", Relation::AffiliatedWith,
                                      "Islamic State"),
                          affiliation("backed by Turkey", "Faylaq al-Sham", Relation::BackedBy,
                                      "Turkey")};
        d.casualties = {figure(1, "killed four fighters of Faylaq al-Sham", CasualtyKind::Killed,
                               "Faylaq al-Sham", 4, 4, 4),
                        figure(2, "between 3 and 6 civilians were wounded", CasualtyKind::Wounded,
                               "civilians", 3, 3, 6)};
        Event e;
        e.eventType = QStringLiteral("Battles");
        e.date = QDate(2017, 3, 22);
        e.location = QStringLiteral("al-Ghassaniyah");
        e.fatalities = 4;
        e.casualtyIds = {1};
        e.provenance.status = Status::Confirmed;
        d.events = {e};
        return d;
    }

    // A trainee who gets one thing of each kind wrong.
    Document trainee() const
    {
        Document d;
        d.article.text = m_text;
        d.mentions = {mention("ISIS", EntityType::ArmedGroup),
                      mention("Jund al-Aqsa", EntityType::ArmedGroup),
                      mention("fighters of Faylaq al-Sham", EntityType::ArmedGroup), // wrong span
                      mention("al-Ghassaniyah", EntityType::Person),                 // wrong type
                      // March 22 missed
                      mention("Turkey", EntityType::State),
                      mention("Enab Baladi", EntityType::Source)}; // extra: gold rejected it
        // Relation misread (part_of for backed_by); the ISIS affiliation missed.
        d.affiliations = {affiliation("backed by Turkey", "Faylaq al-Sham", Relation::PartOf,
                                      "Turkey")};
        d.casualties = {
            // A shorter span with the same values still states the same figure.
            figure(11, "killed four fighters", CasualtyKind::Killed, "faylaq al-sham", 4, 4, 4),
            // Kind wrong; best 5 lies within gold's 3..6 and is right.
            figure(12, "between 3 and 6 civilians were wounded", CasualtyKind::Killed, "civilians",
                   3, 5, 6),
            // Weapons are materiel, not people.
            figure(13, "captured loads of weapons", CasualtyKind::Captured, "unknown", 1, 1, 1)};
        Event e;
        e.eventType = QStringLiteral("Battles");
        e.date = QDate(2017, 3, 22);
        e.location = QStringLiteral("al-Ghassaniyah");
        e.fatalities = 5; // wrong
        e.casualtyIds = {11};
        d.events = {e};
        return d;
    }

    static const Disagreement *find(const QList<Disagreement> &list, const QString &annotation,
                                    Disagreement::Kind kind, const QString &field = QString())
    {
        for (const Disagreement &d : list) {
            if (d.annotation == annotation && d.kind == kind && d.field == field)
                return &d;
        }
        return nullptr;
    }

private slots:
    void mentionSpansStrictAndLenient()
    {
        TraineeScore score;
        QVERIFY(score.add(gold(), trainee()));
        // Armed groups: gold 3, trainee 3; strict agrees on ISIS and Jund al-Aqsa, lenient
        // also on Faylaq al-Sham.
        const PrfCounts groupsStrict = score.strictByType().value("ARMED_GROUP");
        QCOMPARE(groupsStrict.truePositives, 2);
        QCOMPARE(groupsStrict.falsePositives, 1);
        QCOMPARE(groupsStrict.falseNegatives, 1);
        QCOMPARE(score.lenientByType().value("ARMED_GROUP").f1(), 1.0);
        QCOMPARE(score.strictByType().value("LOCATION").recall(), 0.0);
        QCOMPARE(score.strictByType().value("PERSON").falsePositives, 1);
        QCOMPARE(score.strictByType().value("DATE").falseNegatives, 1);
        QCOMPARE(score.strictByType().value("STATE").f1(), 1.0);
        QCOMPARE(score.strictByType().value("SOURCE").falsePositives, 1); // rejected gold is not gold
        // Totals: gold 6 mentions, trainee 6; strict TP 3, lenient TP 4.
        QCOMPARE(score.strictTotal().truePositives, 3);
        QCOMPARE(score.lenientTotal().truePositives, 4);
        QCOMPARE(score.lenientTotal().precision(), 4.0 / 6);
    }

    void confusionMatrix()
    {
        TraineeScore score;
        score.add(gold(), trainee());
        const ConfusionMatrix &m = score.confusion();
        QCOMPARE(m.count("ARMED_GROUP", "ARMED_GROUP"), 3);
        QCOMPARE(m.count("LOCATION", "PERSON"), 1);
        QCOMPARE(m.count("LOCATION", "LOCATION"), 0);
        QCOMPARE(m.count("DATE", "none"), 1);
        QCOMPARE(m.count("none", "SOURCE"), 1);
        QCOMPARE(m.count("STATE", "STATE"), 1);
        QCOMPARE(m.labels(), QStringList({"ARMED_GROUP", "DATE", "LOCATION", "PERSON", "SOURCE",
                                          "STATE", "none"}));
        QCOMPARE(m.total(), 7);
        QCOMPARE(m.accuracy(), 4.0 / 7);
    }

    void mentionDisagreementsNameTheirRule()
    {
        TraineeScore score;
        score.add(gold(), trainee());
        const QList<Disagreement> &all = score.disagreements();

        const Disagreement *span = find(all, "mention", Disagreement::Kind::WrongSpan);
        QVERIFY(span);
        QCOMPARE(std::pair(span->start, span->end), this->span("Faylaq al-Sham"));
        QCOMPARE(span->ruleId, QString("entity-types.armed-group"));
        QCOMPARE(toString(span->kind), QString("wrong_span"));
        QVERIFY(span->explanation.contains("fighters of Faylaq al-Sham"));

        const Disagreement *type = find(all, "mention", Disagreement::Kind::WrongType);
        QVERIFY(type);
        QCOMPARE(type->goldValue, QString("LOCATION"));
        QCOMPARE(type->traineeValue, QString("PERSON"));
        QCOMPARE(type->ruleId, QString("entity-types.location"));
        QVERIFY(type->explanation.contains("al-Ghassaniyah"));

        const Disagreement *missed = find(all, "mention", Disagreement::Kind::Missed);
        QVERIFY(missed);
        QCOMPARE(std::pair(missed->start, missed->end), this->span("March 22"));
        QCOMPARE(missed->ruleId, QString("entity-types.date"));
        QVERIFY(missed->explanation.contains("March 22")); // text taken from the article

        const Disagreement *extra = find(all, "mention", Disagreement::Kind::Extra);
        QVERIFY(extra);
        QCOMPARE(extra->ruleId, QString("entity-types.source"));
        QCOMPARE(extra->documentId, QString("ghassaniyah"));

        // Every rule a disagreement names is in the guidelines' table, and the list is in text
        // order with the span-less ones last.
        int previous = -1;
        for (const Disagreement &d : all) {
            QVERIFY2(GuidelineAnchors::contains(d.ruleId), qPrintable(d.ruleId));
            QVERIFY(!d.explanation.isEmpty());
            if (d.start >= 0) {
                QVERIFY(d.start >= previous);
                previous = d.start;
            }
        }
    }

    void affiliations()
    {
        TraineeScore score;
        score.add(gold(), trainee());
        // Two gold claims; the trainee read one with the wrong relation and missed the other.
        QCOMPARE(score.affiliationFields().value("relation").correct, 0);
        QCOMPARE(score.affiliationFields().value("relation").total, 2);
        QCOMPARE(score.affiliationFields().value("actor").accuracy(), 0.5);
        QCOMPARE(score.affiliationFields().value("target").accuracy(), 0.5);
        QCOMPARE(score.affiliationFields().value("former").accuracy(), 0.5);
        QCOMPARE(score.affiliations().truePositives, 0);
        QCOMPARE(score.affiliations().falseNegatives, 2);
        QCOMPARE(score.affiliations().falsePositives, 1);

        const Disagreement *relation = find(score.disagreements(), "affiliation",
                                            Disagreement::Kind::WrongValue, "relation");
        QVERIFY(relation);
        QCOMPARE(relation->ruleId, QString("affiliations.backed-by"));
        QCOMPARE(std::pair(relation->start, relation->end), span("backed by Turkey"));
        const Disagreement *missed =
            find(score.disagreements(), "affiliation", Disagreement::Kind::Missed);
        QVERIFY(missed);
        QCOMPARE(missed->ruleId, QString("affiliations.affiliated-with"));
        QVERIFY(missed->explanation.contains("Islamic State"));
    }

    void formerFlag()
    {
        Document g = gold();
        g.affiliations[0].former = true;
        Document t = gold();
        t.article.uid.clear();
        TraineeScore score;
        score.add(g, t);
        const Disagreement *former = find(score.disagreements(), "affiliation",
                                          Disagreement::Kind::WrongValue, "former");
        QVERIFY(former);
        QCOMPARE(former->ruleId, QString("affiliations.former"));
        QCOMPARE(score.affiliationFields().value("former").accuracy(), 0.5);
        QCOMPARE(score.affiliationFields().value("relation").accuracy(), 1.0);
    }

    void casualtyFigures()
    {
        TraineeScore score;
        score.add(gold(), trainee());
        QCOMPARE(score.casualtyFields().value("kind").correct, 1);
        QCOMPARE(score.casualtyFields().value("kind").total, 2);
        QCOMPARE(score.casualtyFields().value("victim").accuracy(), 1.0); // case does not count
        QCOMPARE(score.casualtyFields().value("best").accuracy(), 1.0);   // 5 within 3..6
        QCOMPARE(score.casualties().truePositives, 1);
        QCOMPARE(score.casualties().falsePositives, 2); // the wrong kind and the weapons

        const Disagreement *kind =
            find(score.disagreements(), "casualty", Disagreement::Kind::WrongValue, "kind");
        QVERIFY(kind);
        QCOMPARE(kind->ruleId, QString("casualties.kind"));
        const Disagreement *extra =
            find(score.disagreements(), "casualty", Disagreement::Kind::Extra);
        QVERIFY(extra);
        QCOMPARE(extra->ruleId, QString("casualties.not-a-figure"));
        QVERIFY(extra->explanation.contains("weapons"));
    }

    void bestOutsideTheGoldRange_data()
    {
        QTest::addColumn<qint64>("best");
        QTest::addColumn<bool>("right");
        QTest::newRow("low end") << qint64(3) << true;
        QTest::newRow("high end") << qint64(6) << true;
        QTest::newRow("below") << qint64(2) << false;
        QTest::newRow("above") << qint64(7) << false;
    }

    void bestOutsideTheGoldRange()
    {
        QFETCH(qint64, best);
        QFETCH(bool, right);
        Document t = gold();
        t.casualties[1].best = best;
        TraineeScore score;
        score.add(gold(), t);
        QCOMPARE(score.casualtyFields().value("best").correct, right ? 2 : 1);
        const Disagreement *wrong =
            find(score.disagreements(), "casualty", Disagreement::Kind::WrongValue, "best");
        QCOMPARE(wrong != nullptr, !right);
        if (wrong) {
            QCOMPARE(wrong->goldValue, QString("3-6"));
            QCOMPARE(wrong->traineeValue, QString::number(best));
            QCOMPARE(wrong->ruleId, QString("casualties.reading-numbers"));
        }
    }

    void events()
    {
        TraineeScore score;
        score.add(gold(), trainee());
        QCOMPARE(score.eventFields().value("type").accuracy(), 1.0);
        QCOMPARE(score.eventFields().value("date").accuracy(), 1.0);
        QCOMPARE(score.eventFields().value("location").accuracy(), 1.0);
        QCOMPARE(score.eventFields().value("fatalities").accuracy(), 0.0);
        const Disagreement *fatalities =
            find(score.disagreements(), "event", Disagreement::Kind::WrongValue, "fatalities");
        QVERIFY(fatalities);
        QCOMPARE(fatalities->ruleId, QString("events.fatalities"));
        QCOMPARE(fatalities->goldValue, QString("4"));
        QCOMPARE(fatalities->traineeValue, QString("5"));
        // The event is shown where its killed figure is.
        QCOMPARE(std::pair(fatalities->start, fatalities->end),
                 span("killed four fighters of Faylaq al-Sham"));
    }

    void goldAgainstItselfHasNoDisagreement()
    {
        TraineeScore score;
        QVERIFY(score.add(gold(), gold()));
        QVERIFY(score.disagreements().isEmpty());
        QCOMPARE(score.strictTotal().f1(), 1.0);
        QCOMPARE(score.confusion().accuracy(), 1.0);
        QCOMPARE(score.casualties().f1(), 1.0);
        QCOMPARE(score.events().f1(), 1.0);
    }

    void refusesAnotherText()
    {
        Document t = trainee();
        t.article.text += QLatin1Char('.');
        TraineeScore score;
        QString error;
        QVERIFY(!score.add(gold(), t, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(score.documents(), 0);
    }

    void accumulatesOverArticles()
    {
        TraineeScore score;
        score.add(gold(), trainee());
        score.add(gold(), gold());
        QCOMPARE(score.documents(), 2);
        QCOMPARE(score.strictTotal().truePositives, 3 + 6);
        QCOMPARE(score.casualtyFields().value("kind").total, 4);
    }

    void anchorsAreUniqueAndTitled()
    {
        QStringList ids;
        for (const GuidelineAnchors::Anchor &a : GuidelineAnchors::all()) {
            QVERIFY2(!ids.contains(a.id), a.id);
            ids << a.id;
            QVERIFY(!GuidelineAnchors::title(a.id).isEmpty());
        }
        // Every entity type and relation has its rule.
        for (const QString &type : allSpellings<EntityType>())
            QVERIFY(GuidelineAnchors::contains(
                GuidelineAnchors::forEntityType(*fromString<EntityType>(type))));
        for (const QString &relation : allSpellings<Relation>())
            QVERIFY(GuidelineAnchors::contains(
                GuidelineAnchors::forRelation(*fromString<Relation>(relation))));
        QCOMPARE(GuidelineAnchors::section("casualties.kind"), QString("4"));
        QVERIFY(GuidelineAnchors::section("no-such-rule").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTraineeScore)
#include "test_traineescore.moc"
