#include "core/quality/agreementverdict.h"
#include "core/quality/pairwiseagreementmodel.h"
#include "core/quality/typeagreementmodel.h"
#include "ui/agreementview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

// The agreement view over three analysts' independent readings of two articles: amal and
// bilal read article A the same way; chadi gives one of its mentions another type and misses
// one; only amal and chadi read article B, and agree on it. The figures are counted by hand.
// With CWB_SCREENSHOT_DIR set, the view is also saved there as a PNG.
class TestAgreementView : public QObject
{
    Q_OBJECT

    static Mention mention(int start, int end, EntityType type)
    {
        Mention m;
        m.start = start;
        m.end = end;
        m.type = type;
        m.provenance.status = Status::Confirmed;
        return m;
    }

    static AnnotatorReading reading(const QString &annotator, const QString &uid,
                                    const QList<Mention> &mentions)
    {
        AnnotatorReading r;
        r.annotator = annotator;
        r.document.article.uid = uid;
        r.document.article.title = uid == "a" ? QStringLiteral("Clashes near Saraqib")
                                              : QStringLiteral("A commander killed");
        r.document.article.text = QString(40, QLatin1Char('x'));
        r.document.mentions = mentions;
        return r;
    }

    static QList<AnnotatorReading> readings()
    {
        const QList<Mention> a = {mention(0, 5, EntityType::ArmedGroup),
                                  mention(10, 15, EntityType::Location),
                                  mention(20, 25, EntityType::Date)};
        Mention rejected = mention(30, 35, EntityType::Person);
        rejected.provenance.status = Status::Rejected; // struck out: nobody's reading
        return {reading("amal", "a", a),
                reading("bilal", "a", a + QList<Mention>{rejected}),
                reading("chadi", "a", {mention(0, 5, EntityType::ArmedGroup),
                                       mention(10, 15, EntityType::State)}),
                reading("amal", "b", {mention(0, 4, EntityType::Person)}),
                reading("chadi", "b", {mention(0, 4, EntityType::Person)})};
    }

    static QString text(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    static int typeRow(const QAbstractItemModel *model, const QString &key)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(TypeAgreementModel::KeyRole).toString() == key)
                return row;
        }
        return -1;
    }

private slots:
    void pairwiseMatrixShowsSpanF1()
    {
        AgreementView view(readings());
        const QAbstractItemModel *matrix = view.pairwiseTable()->model();
        QCOMPARE(matrix->rowCount(), 3);
        QCOMPARE(matrix->headerData(2, Qt::Horizontal).toString(), QString("chadi"));
        QCOMPARE(text(matrix, 0, 1), QString("1.00"));
        // amal-chadi: A gives TP 1, FP 1, FN 2; B TP 1: F1 = 4 / 7.
        QCOMPARE(text(matrix, 0, 2), QString("0.57"));
        QCOMPARE(text(matrix, 2, 0), QString("0.57"));
        // bilal-chadi read A only: TP 1, FP 1, FN 2: F1 = 2 / 5.
        QCOMPARE(text(matrix, 1, 2), QString("0.40"));
        QCOMPARE(text(matrix, 1, 1), QString("\u2013"));
        // The heat tint darkens with agreement; the number stays readable on it.
        const QColor high = matrix->index(0, 1).data(Qt::BackgroundRole).value<QColor>();
        const QColor low = matrix->index(1, 2).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(high.lightness() < low.lightness());
        QCOMPARE(matrix->index(0, 1).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
        QVERIFY(!matrix->index(1, 1).data(Qt::BackgroundRole).isValid());
        QAbstractItemModelTester tester(view.pairwiseModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void measureChooserSwitchesToCohensKappa()
    {
        AgreementView view(readings());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester tester(view.pairwiseModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.measureChooser()->setFocus();
        QTest::keyClick(view.measureChooser(), Qt::Key_Down);
        QCOMPARE(view.measureChooser()->currentIndex(), 1);
        const QAbstractItemModel *matrix = view.pairwiseTable()->model();
        // Units are the four spans anyone marked. amal-chadi: 2 of 4 agree, chance 1/8:
        // (1/2 - 1/8) / (7/8) = 3/7. bilal-chadi (3 units, B missing): (1/3 - 1/9) / (8/9) = 1/4.
        QCOMPARE(text(matrix, 0, 1), QString("1.00"));
        QCOMPARE(text(matrix, 0, 2), QString("0.43"));
        QCOMPARE(text(matrix, 1, 2), QString("0.25"));
    }

    void perTypeFiguresNameTheThresholds()
    {
        AgreementView view(readings());
        view.resize(900, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QAbstractItemModel *types = view.typeTable()->model();
        QCOMPARE(typeRow(types, "all"), types->rowCount() - 1);
        const int all = typeRow(types, "all");
        QCOMPARE(text(types, all, TypeAgreementModel::Units), QString("4"));
        // Nominal alpha over the four units (11 pairable values, 4 disagreeing coincidences
        // of 98 expected): 1 - 10 * 4 / 98.
        QCOMPARE(text(types, all, TypeAgreementModel::Alpha), QString("0.592 (low)"));
        // Fleiss' kappa needs every annotator on every unit; bilal never read B.
        QCOMPARE(text(types, all, TypeAgreementModel::Fleiss), QString("\u2013"));
        QVERIFY(!types->index(all, TypeAgreementModel::Fleiss).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(text(types, all, TypeAgreementModel::Cohen), QString("\u2013")); // three annotators
        // Location: one unit, two of three say location: alpha 0.
        const int location = typeRow(types, "LOCATION");
        QCOMPARE(text(types, location, TypeAgreementModel::Units), QString("1"));
        QCOMPARE(text(types, location, TypeAgreementModel::Alpha), QString("0.000 (low)"));
        // Span F1 pooled over the three pairs: TP 1 (amal-bilal), FN 1 with chadi twice.
        QCOMPARE(text(types, location, TypeAgreementModel::SpanF1), QString("0.500"));
        QAbstractItemModelTester tester(view.typeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The per-article table pools every pair of readers of the article.
        const QTableWidget *documents = view.documentTable();
        QCOMPARE(documents->rowCount(), 2);
        QCOMPARE(documents->item(0, 0)->text(), QString("Clashes near Saraqib"));
        QCOMPARE(documents->item(0, 1)->text(), QString("amal, bilal, chadi"));
        QCOMPARE(documents->item(0, 2)->text(), QString("0.625")); // TP 5, FP 2, FN 4
        QCOMPARE(documents->item(1, 2)->text(), QString("1.000"));

        const QString dir = qEnvironmentVariable("CWB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(view.grab().save(dir + QStringLiteral("/agreementview.png")));
        }

        // Lenient spans rebuild the per-type table.
        view.matchChooser()->setCurrentIndex(1);
        QVERIFY(view.typeTable()->model() == view.typeModel());
        QCOMPARE(text(view.typeModel(), typeRow(view.typeModel(), "all"), TypeAgreementModel::Units),
                 QString("4"));
    }

    void verdictsFollowTheCodebook()
    {
        QCOMPARE(AgreementVerdict::word(0.85), QString("good"));
        QCOMPARE(AgreementVerdict::word(0.80), QString("good"));
        QCOMPARE(AgreementVerdict::word(0.72), QString("tentative"));
        // 0.6669 prints as 0.667, and reads as what it prints.
        QCOMPARE(AgreementVerdict::withWord(0.6669), QString("0.667 (tentative)"));
        QCOMPARE(AgreementVerdict::word(0.6664), QString("low"));
    }
};

QTEST_MAIN(TestAgreementView)
#include "test_agreementview.moc"
