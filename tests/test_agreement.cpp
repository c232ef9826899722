#include "core/quality/agreement.h"
#include "core/quality/agreementunits.h"
#include "core/quality/spanagreement.h"

#include <QtTest>

// Agreement between analysts. Every coefficient is checked on a worked example published with
// its value, so the figures the program shows can be trusted, and on cases small enough to
// work out by hand (the working is in the comments).
class TestAgreement : public QObject
{
    Q_OBJECT

    static Mention mention(int start, int end, EntityType type)
    {
        Mention m;
        m.start = start;
        m.end = end;
        m.type = type;
        m.provenance.status = Status::Manual;
        return m;
    }

    // Expands a contingency table into the two coders' label lists.
    static std::pair<QStringList, QStringList> expand(const QList<QList<int>> &table,
                                                      const QStringList &categories)
    {
        QStringList first;
        QStringList second;
        for (int r = 0; r < table.size(); ++r) {
            for (int c = 0; c < table[r].size(); ++c) {
                for (int k = 0; k < table[r][c]; ++k) {
                    first << categories[r];
                    second << categories[c];
                }
            }
        }
        return {first, second};
    }

private slots:
    // Wikipedia, "Cohen's kappa", worked example (50 grant proposals, readers A and B, the
    // table Yes/Yes 20, A Yes B No 5, A No B Yes 10, No/No 15): po = 0.7, pe = 0.5, kappa = 0.4.
    void cohenTextbookExample()
    {
        const QList<QList<int>> table{{20, 5}, {10, 15}};
        const AgreementResult fromTable = CohenKappa::fromTable(table);
        QVERIFY2(fromTable.ok(), qPrintable(fromTable.error));
        QCOMPARE(fromTable.observedAgreement(), 0.7);
        QCOMPARE(fromTable.expectedAgreement(), 0.5);
        QCOMPARE(*fromTable.value, 0.4);
        QCOMPARE(fromTable.units, 50);

        const auto [a, b] = expand(table, {"yes", "no"});
        const AgreementResult fromLabels = CohenKappa::compute(a, b);
        QCOMPARE(*fromLabels.value, 0.4);
        // Kappa does not depend on which coder comes first.
        QCOMPARE(*CohenKappa::compute(b, a).value, 0.4);
    }

    void cohenByHand()
    {
        // Perfect agreement over two categories.
        QCOMPARE(*CohenKappa::compute({"a", "b", "a", "c"}, {"a", "b", "a", "c"}).value, 1.0);
        // Systematic disagreement: po = 0; each coder uses a and b half the time, pe = 0.5;
        // kappa = (0 - 0.5) / (1 - 0.5) = -1.
        QCOMPARE(*CohenKappa::compute({"a", "b", "a", "b"}, {"b", "a", "b", "a"}).value, -1.0);
        // A unit missing either code is dropped: the result is that of the other units.
        const AgreementResult withMissing =
            CohenKappa::compute({"a", "b", "", "a", "b"}, {"a", "b", "a", "b", ""});
        QCOMPARE(withMissing.units, 3);
        // Units (a,a) (b,b) (a,b): po = 2/3; first a 2/3 b 1/3, second a 1/3 b 2/3;
        // pe = 2/9 + 2/9 = 4/9; kappa = (2/3 - 4/9) / (5/9) = 2/5.
        QCOMPARE(*withMissing.value, 0.4);
    }

    void cohenRefusesDegenerateInput()
    {
        const AgreementResult lengths = CohenKappa::compute({"a", "b"}, {"a"});
        QVERIFY(!lengths.ok());
        QVERIFY(lengths.error.contains("2"));
        QVERIFY(!CohenKappa::compute({"", "a"}, {"a", ""}).ok()); // no unit with both codes
        const AgreementResult single = CohenKappa::compute({"a", "a"}, {"a", "a"});
        QVERIFY(!single.ok());
        QVERIFY(!single.error.isEmpty());
        QVERIFY(!CohenKappa::fromTable({{1, 2}, {3}}).ok());
    }

    // Wikipedia, "Fleiss' kappa", worked example (10 subjects, 14 raters, 5 categories),
    // reproduced from Fleiss (1971)'s method: P-bar = 0.378, P-bar-e = 0.213, kappa = 0.210.
    void fleissPublishedExample()
    {
        const QList<QList<int>> counts{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6},
                                       {0, 3, 9, 2, 0},  {2, 2, 8, 1, 1}, {7, 7, 0, 0, 0},
                                       {3, 2, 6, 3, 0},  {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0},
                                       {0, 2, 2, 3, 7}};
        const AgreementResult result = FleissKappa::fromCounts(counts);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.units, 10);
        QCOMPARE(result.coders, 14);
        QVERIFY(qAbs(result.observedAgreement() - 0.378) < 0.0005);
        QVERIFY(qAbs(result.expectedAgreement() - 0.213) < 0.0005);
        QVERIFY(qAbs(*result.value - 0.210) < 0.0005);
    }

    void fleissByHand()
    {
        QCOMPARE(*FleissKappa::fromCounts({{3, 0}, {0, 3}}).value, 1.0);
        // Each subject split 2:1; P_i = (2*1 + 1*0) / (3*2) = 1/3; categories half and half,
        // Pe = 1/2; kappa = (1/3 - 1/2) / (1/2) = -1/3.
        const AgreementResult split = FleissKappa::fromCounts({{2, 1}, {1, 2}});
        QVERIFY(qAbs(*split.value + 1.0 / 3) < 1e-12);
        // The same from the raters' labels.
        const AgreementResult labels =
            FleissKappa::compute({{"a", "b"}, {"a", "b"}, {"b", "a"}});
        QVERIFY(qAbs(*labels.value + 1.0 / 3) < 1e-12);
    }

    void fleissRefusesDegenerateInput()
    {
        const AgreementResult uneven = FleissKappa::fromCounts({{2, 1}, {1, 1}});
        QVERIFY(!uneven.ok());
        QVERIFY(uneven.error.contains("2")); // names the subject
        const AgreementResult missing = FleissKappa::compute({{"a", "b"}, {"a", ""}});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains("Krippendorff"));
        QVERIFY(!FleissKappa::fromCounts({{1, 0}, {0, 1}}).ok()); // one rater
        QVERIFY(!FleissKappa::fromCounts({{3, 0}, {3, 0}}).ok()); // one category
        QVERIFY(!FleissKappa::fromCounts({}).ok());
    }

    // Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability", section C
    // (nominal data, any number of observers, missing values): 4 observers x 12 units, 40
    // pairable values; alpha nominal = 0.743, interval = 0.849 (ordinal 0.815, ratio 0.797).
    // The same table is the "C" data of R's irr::kripp.alpha / DescTools::KrippAlpha example.
    void krippendorffPublishedExample()
    {
        const QList<QStringList> nominal{
            {"1", "2", "3", "3", "2", "1", "4", "1", "2", "", "", ""},
            {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", "", "3"},
            {"", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", ""},
            {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", ""},
        };
        const AgreementResult labels = KrippendorffAlpha::nominal(nominal);
        QVERIFY2(labels.ok(), qPrintable(labels.error));
        QCOMPARE(labels.pairableValues, 40);
        QCOMPARE(labels.units, 11); // unit 12 has one value and is not pairable
        QCOMPARE(labels.coders, 4);
        QVERIFY(qAbs(*labels.value - 0.743) < 0.0005);

        QList<QList<std::optional<double>>> numbers;
        for (const QStringList &row : nominal) {
            QList<std::optional<double>> values;
            for (const QString &v : row)
                values << (v.isEmpty() ? std::nullopt : std::optional<double>(v.toDouble()));
            numbers << values;
        }
        const AgreementResult interval = KrippendorffAlpha::interval(numbers);
        QVERIFY2(interval.ok(), qPrintable(interval.error));
        QCOMPARE(interval.pairableValues, 40);
        QVERIFY(qAbs(*interval.value - 0.849) < 0.0005);
    }

    void krippendorffByHand()
    {
        // Nominal, units (a,a) (a,b) (b,b): o_aa = 2, o_ab = o_ba = 1, o_bb = 2; n = 6,
        // n_a = n_b = 3. Do = 2/6; De = (3*3 + 3*3) / (6*5) = 0.6; alpha = 1 - (1/3)/0.6 = 4/9.
        const AgreementResult small = KrippendorffAlpha::nominal({{"a", "a", "b"}, {"a", "b", "b"}});
        QVERIFY(qAbs(small.observedDisagreement - 1.0 / 3) < 1e-12);
        QVERIFY(qAbs(small.expectedDisagreement - 0.6) < 1e-12);
        QVERIFY(qAbs(*small.value - 4.0 / 9) < 1e-12);

        // A unit with a single value is not pairable: adding one changes nothing, wherever the
        // value sits, and a third coder who coded nothing changes nothing either.
        const AgreementResult lone =
            KrippendorffAlpha::nominal({{"a", "a", "b", "c"}, {"a", "b", "b", ""}, {}});
        QCOMPARE(*lone.value, *small.value);
        QCOMPARE(lone.units, 3);

        QCOMPARE(*KrippendorffAlpha::nominal({{"a", "b", "c"}, {"a", "b", "c"}}).value, 1.0);
        // Systematic disagreement: always the other value. o_ab = o_ba = 2, n = 4;
        // Do = 1; De = (2*2*2) / (4*3) = 2/3; alpha = 1 - 3/2 = -0.5.
        QCOMPARE(*KrippendorffAlpha::nominal({{"a", "b"}, {"b", "a"}}).value, -0.5);

        // Interval, units (1,2) (3,3): Do = (1 + 1) / 4 = 0.5; n_1 = n_2 = 1, n_3 = 2;
        // De = 2*(1*1*1 + 1*2*4 + 1*2*1) / (4*3) = 22/12; alpha = 1 - 0.5 / (22/12) = 8/11.
        const AgreementResult numbers = KrippendorffAlpha::interval({{1.0, 3.0}, {2.0, 3.0}});
        QVERIFY(qAbs(*numbers.value - 8.0 / 11) < 1e-12);
        // Nominal treats 1 and 2 as just different: Do = 2/4; De = 2*(1 + 2 + 2) / 12 = 10/12;
        // alpha = 1 - 0.5 / (10/12) = 0.4. Interval credits the near miss more.
        const AgreementResult asLabels = KrippendorffAlpha::nominal({{"1", "3"}, {"2", "3"}});
        QVERIFY(qAbs(*asLabels.value - 0.4) < 1e-12);
        QVERIFY(*numbers.value > *asLabels.value);
    }

    void krippendorffRefusesDegenerateInput()
    {
        const AgreementResult none = KrippendorffAlpha::nominal({{"a", ""}, {"", "b"}});
        QVERIFY(!none.ok());
        QVERIFY(none.error.contains("pairable"));
        QVERIFY(!KrippendorffAlpha::nominal({{"a", "a"}, {"a", "a"}}).ok());
        QVERIFY(!KrippendorffAlpha::interval({{1.0}}).ok());
        QVERIFY(!KrippendorffAlpha::interval({{qInf()}, {1.0}}).ok());
    }

    void spanF1StrictAndLenient()
    {
        // First: group 0-10, place 20-25, person 30-40. Second: group 0-10, place 19-25,
        // group 30-40, date 50-55.
        const QList<Mention> first{mention(0, 10, EntityType::ArmedGroup),
                                   mention(20, 25, EntityType::Location),
                                   mention(30, 40, EntityType::Person)};
        const QList<Mention> second{mention(0, 10, EntityType::ArmedGroup),
                                    mention(19, 25, EntityType::Location),
                                    mention(30, 40, EntityType::ArmedGroup),
                                    mention(50, 55, EntityType::Date)};
        SpanAgreement strict(SpanMatch::Strict);
        strict.add("doc", first, second);
        // Strict: only the group at 0-10 agrees. TP 1, FN 2, FP 3: P 1/4, R 1/3, F1 2/7.
        QCOMPARE(strict.total().truePositives, 1);
        QCOMPARE(strict.total().falseNegatives, 2);
        QCOMPARE(strict.total().falsePositives, 3);
        QVERIFY(qAbs(strict.total().f1() - 2.0 / 7) < 1e-12);
        QCOMPARE(strict.byType().value("LOCATION").falseNegatives, 1);
        QCOMPARE(strict.byType().value("ARMED_GROUP").falsePositives, 1);

        SpanAgreement lenient(SpanMatch::Lenient);
        lenient.add("doc", first, second);
        // Lenient: the place overlaps and counts; the person/group does not (types differ).
        // TP 2, FN 1, FP 2: P 1/2, R 2/3, F1 4/7.
        QCOMPARE(lenient.total().truePositives, 2);
        QVERIFY(qAbs(lenient.total().f1() - 4.0 / 7) < 1e-12);
        QCOMPARE(lenient.byType().value("LOCATION").f1(), 1.0);

        // F1 does not depend on which annotator is the reference.
        SpanAgreement swapped(SpanMatch::Lenient);
        swapped.add("doc", second, first);
        QCOMPARE(swapped.total().f1(), lenient.total().f1());
        QCOMPARE(swapped.total().precision(), lenient.total().recall());
    }

    void spanF1LenientPairsOneToOne()
    {
        // One long mention overlapping two short ones pairs with one of them only.
        SpanAgreement lenient(SpanMatch::Lenient);
        lenient.add("doc", {mention(0, 20, EntityType::ArmedGroup)},
                    {mention(0, 5, EntityType::ArmedGroup), mention(10, 20, EntityType::ArmedGroup)});
        QCOMPARE(lenient.total().truePositives, 1);
        QCOMPARE(lenient.total().falsePositives, 1);
    }

    void spanF1PerDocumentAndPairwise()
    {
        AnnotatorMentions one;
        one.documentId = "one";
        one.byAnnotator["amal"] = {mention(0, 5, EntityType::State), mention(10, 15, EntityType::Date)};
        one.byAnnotator["bilal"] = {mention(0, 5, EntityType::State), mention(10, 15, EntityType::Date)};
        one.byAnnotator["chadi"] = {mention(0, 5, EntityType::State)};
        AnnotatorMentions two;
        two.documentId = "two";
        two.byAnnotator["amal"] = {mention(0, 5, EntityType::Person)};
        two.byAnnotator["bilal"] = {mention(0, 5, EntityType::Source)};
        AnnotatorMentions three; // only dana read it
        three.documentId = "three";
        three.byAnnotator["dana"] = {mention(0, 5, EntityType::Person)};

        const PairwiseSpanAgreement matrix({one, two, three}, SpanMatch::Strict);
        QCOMPARE(matrix.annotators(), QStringList({"amal", "bilal", "chadi", "dana"}));
        // amal-bilal: document one 2/2 agree, document two 0 of 1 each: TP 2 FP 1 FN 1, F1 2/3.
        const SpanAgreement ab = matrix.pair("amal", "bilal");
        QCOMPARE(ab.documents(), 2);
        QCOMPARE(ab.byDocument().value("one").f1(), 1.0);
        QCOMPARE(ab.byDocument().value("two").f1(), 0.0);
        QVERIFY(qAbs(*matrix.f1("amal", "bilal") - 2.0 / 3) < 1e-12);
        QCOMPARE(*matrix.f1("bilal", "amal"), *matrix.f1("amal", "bilal"));
        QCOMPARE(matrix.pair("bilal", "chadi").forDocument("one").value("DATE").falsePositives, 0);
        QCOMPARE(matrix.pair("bilal", "chadi").forDocument("one").value("DATE").falseNegatives, 1);
        // amal-chadi share only document one: TP 1, FN 1: F1 2/3.
        QVERIFY(qAbs(*matrix.f1("amal", "chadi") - 2.0 / 3) < 1e-12);
        QVERIFY(!matrix.f1("amal", "dana").has_value()); // no shared article
        QCOMPARE(*matrix.f1("dana", "dana"), 1.0);
    }

    void splitsADocumentByAnnotator()
    {
        Document doc;
        doc.article.uid = "abc";
        Mention a = mention(0, 5, EntityType::State);
        a.provenance.annotator = "amal";
        Mention b = mention(0, 5, EntityType::State);
        b.provenance.annotator = "bilal";
        Mention rejected = mention(6, 9, EntityType::Date);
        rejected.provenance.annotator = "bilal";
        rejected.provenance.status = Status::Rejected;
        doc.mentions = {a, b, rejected};
        const AnnotatorMentions split = AnnotatorMentions::fromDocument(doc, {"chadi"});
        QCOMPARE(split.documentId, QString("abc"));
        QCOMPARE(split.byAnnotator.keys(), QStringList({"amal", "bilal", "chadi"}));
        QCOMPARE(split.byAnnotator.value("bilal").size(), 1);
        QVERIFY(split.byAnnotator.value("chadi").isEmpty());
    }

    void unitsFromSpans()
    {
        // Three coders. amal: group 0-10, place 20-25. bilal: group 0-10, place 21-25.
        // chadi: state 0-10, nothing else.
        AnnotatorMentions article;
        article.documentId = "doc";
        article.byAnnotator["amal"] = {mention(0, 10, EntityType::ArmedGroup),
                                       mention(20, 25, EntityType::Location)};
        article.byAnnotator["bilal"] = {mention(0, 10, EntityType::ArmedGroup),
                                        mention(21, 25, EntityType::Location)};
        article.byAnnotator["chadi"] = {mention(0, 10, EntityType::State)};
        const QStringList coders{"amal", "bilal", "chadi"};

        AgreementUnits strict(coders, SpanMatch::Strict);
        strict.add(article);
        QCOMPARE(strict.units().size(), 3); // 0-10, 20-25, 21-25
        QCOMPARE(strict.labelsOf("amal"), QStringList({"ARMED_GROUP", "LOCATION", "none"}));
        QCOMPARE(strict.labelsOf("bilal"), QStringList({"ARMED_GROUP", "none", "LOCATION"}));
        QCOMPARE(strict.labelsOf("chadi"), QStringList({"STATE", "none", "none"}));

        AgreementUnits lenient(coders, SpanMatch::Lenient);
        lenient.add(article);
        QCOMPARE(lenient.units().size(), 2);
        QCOMPARE(lenient.units()[1].start, 20);
        QCOMPARE(lenient.units()[1].end, 25);
        QCOMPARE(lenient.labelsOf("bilal"), QStringList({"ARMED_GROUP", "LOCATION"}));
        QCOMPARE(lenient.labelsOf("chadi"), QStringList({"STATE", "none"}));

        // Fleiss on the lenient units: counts {2 group, 1 state}, {2 place, 1 none}.
        // P_i = 1/3 each; categories 2/6, 1/6, 2/6, 1/6: Pe = (4+1+4+1)/36 = 10/36;
        // kappa = (1/3 - 10/36) / (26/36) = 2/26 = 1/13.
        const AgreementResult fleiss = FleissKappa::compute(lenient.byCoder());
        QVERIFY(qAbs(*fleiss.value - 1.0 / 13) < 1e-12);
        QVERIFY(KrippendorffAlpha::nominal(lenient.byCoder()).ok());
        QVERIFY(CohenKappa::compute(lenient.labelsOf("amal"), lenient.labelsOf("bilal")).ok());
        QCOMPARE(*CohenKappa::compute(lenient.labelsOf("amal"), lenient.labelsOf("bilal")).value,
                 1.0);
    }

    void unitsOfAnUnreadArticleAreMissing()
    {
        AnnotatorMentions article;
        article.documentId = "doc";
        article.byAnnotator["amal"] = {mention(0, 10, EntityType::ArmedGroup)};
        article.byAnnotator["bilal"] = {}; // read it, marked nothing
        AgreementUnits units({"amal", "bilal", "chadi"}, SpanMatch::Lenient);
        units.add(article);
        QCOMPARE(units.labelsOf("bilal"), QStringList({"none"}));
        QCOMPARE(units.labelsOf("chadi"), QStringList({QString()}));
        QVERIFY(!FleissKappa::compute(units.byCoder()).ok());
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "test_agreement.moc"
