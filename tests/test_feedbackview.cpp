#include "core/quality/confusionmatrixmodel.h"
#include "core/quality/disagreementmodel.h"
#include "core/quality/traineescoremodel.h"
#include "core/text/offsetmap.h"
#include "ui/annotationstyle.h"
#include "ui/casualtychart.h"
#include "ui/feedbackview.h"
#include "ui/traineeprogresschart.h"

#include "widgetscreenshot.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

// The trainee feedback view walked as a trainee walks it: a short gold article read by a
// trainee who misses a group, marks an extra state, gives a state force the wrong type, cuts a
// source short and reads a casualty figure wrong. The figures are counted by hand. The charts
// that sit beside the view (progress over time, casualties by actor) are tested at the end.
//
// With CWB_SCREENSHOT_DIR set, each view is also saved there as a PNG for a person to look at.
class TestFeedbackView : public QObject
{
    Q_OBJECT

    // The emoji of a "breaking news" banner is outside the BMP: from there on, code points and
    // UTF-16 positions differ by one, so the view's conversions are exercised.
    const QString m_text = QStringLiteral(
        "\U0001F534 Hayat Tahrir al-Sham fighters shelled Kafr Nabl on Tuesday, killing three "
        "civilians, the Syrian Observatory for Human Rights said. Government forces answered "
        "with Russian air strikes on Maarat al-Numan.");

    // The code point span of `words` in the text.
    std::pair<int, int> span(const QString &words) const
    {
        const int at = int(m_text.indexOf(words));
        Q_ASSERT(at >= 0);
        const OffsetMap offsets(m_text);
        return {offsets.toCodePoint(at), offsets.toCodePoint(at + int(words.size()))};
    }

    Mention mention(const QString &words, EntityType type) const
    {
        Mention m;
        std::tie(m.start, m.end) = span(words);
        m.text = words;
        m.type = type;
        m.provenance.status = Status::Confirmed;
        return m;
    }

    CasualtyFigure killed(qint64 best) const
    {
        CasualtyFigure f;
        f.id = 1;
        std::tie(f.start, f.end) = span("killing three civilians");
        f.kind = CasualtyKind::Killed;
        f.victim = QStringLiteral("civilians");
        f.best = best;
        f.provenance.status = Status::Confirmed;
        return f;
    }

    Document gold() const
    {
        Document d;
        d.article.uid = QStringLiteral("kafr-nabl");
        d.article.title = QStringLiteral("Shelling on Kafr Nabl");
        d.article.text = m_text;
        d.mentions = {mention("Hayat Tahrir al-Sham", EntityType::ArmedGroup),
                      mention("Kafr Nabl", EntityType::Location),
                      mention("Tuesday", EntityType::Date),
                      mention("Syrian Observatory for Human Rights", EntityType::Source),
                      mention("Government forces", EntityType::StateForce),
                      mention("Maarat al-Numan", EntityType::Location)};
        d.casualties = {killed(3)};
        return d;
    }

    Document trainee() const
    {
        Document d = gold();
        d.mentions = {mention("Kafr Nabl", EntityType::Location),
                      mention("Tuesday", EntityType::Date),
                      mention("Syrian Observatory", EntityType::Source),
                      mention("Government forces", EntityType::State),
                      mention("Russian", EntityType::State),
                      mention("Maarat al-Numan", EntityType::Location)};
        d.casualties = {killed(4)};
        return d;
    }

    static int rowOf(const QAbstractItemModel *model, const QString &key)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(TraineeScoreModel::KeyRole).toString() == key)
                return row;
        }
        return -1;
    }

    static QString cell(const QAbstractItemModel *model, const QString &key, int column)
    {
        return model->index(rowOf(model, key), column).data().toString();
    }

private slots:
    void showsTheScorePerType()
    {
        FeedbackView view(gold(), trainee(), QStringLiteral("Rania"));
        QVERIFY(view.isValid());
        const QAbstractItemModel *model = view.scoreTable()->model();
        // Strict: the three places and the date agree, the source's span does not.
        QCOMPARE(cell(model, "LOCATION", TraineeScoreModel::StrictF1), QString("1.00"));
        QCOMPARE(cell(model, "SOURCE", TraineeScoreModel::StrictF1), QString("0.00"));
        QCOMPARE(cell(model, "SOURCE", TraineeScoreModel::LenientF1), QString("1.00"));
        QCOMPARE(cell(model, "ARMED_GROUP", TraineeScoreModel::Gold), QString("1"));
        QCOMPARE(cell(model, "ARMED_GROUP", TraineeScoreModel::Trainee), QString("0"));
        QCOMPARE(cell(model, "STATE", TraineeScoreModel::Trainee), QString("2"));
        // All mentions: 3 of 6 strict both ways, 4 of 6 lenient.
        QCOMPARE(cell(model, "all", TraineeScoreModel::StrictPrecision), QString("0.50"));
        QCOMPARE(cell(model, "all", TraineeScoreModel::StrictRecall), QString("0.50"));
        QCOMPARE(cell(model, "all", TraineeScoreModel::StrictF1), QString("0.50"));
        QCOMPARE(cell(model, "all", TraineeScoreModel::LenientF1), QString("0.67"));
        // The one casualty figure is read with a wrong number: it does not count as right.
        QCOMPARE(cell(model, "casualty", TraineeScoreModel::Gold), QString("1"));
        QCOMPARE(cell(model, "casualty", TraineeScoreModel::StrictF1), QString("0.00"));
        QCOMPARE(rowOf(model, "affiliation"), -1); // neither reading has one
        QAbstractItemModelTester tester(view.scoreModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void listsEveryDisagreementInTextOrder()
    {
        FeedbackView view(gold(), trainee(), QStringLiteral("Rania"));
        const QAbstractItemModel *list = view.disagreementList()->model();
        QCOMPARE(list->rowCount(), 5);
        const QStringList kinds = {"missed", "wrong_value", "wrong_span", "wrong_type", "extra"};
        for (int row = 0; row < 5; ++row)
            QCOMPARE(list->index(row, 0).data(DisagreementModel::KindRole).toString(), kinds[row]);
        QCOMPARE(list->index(0, DisagreementModel::KindColumn).data().toString(), QString("Missed"));
        QVERIFY(list->index(1, DisagreementModel::ExplanationColumn).data().toString().contains("3"));
        QVERIFY(list->index(1, DisagreementModel::ExplanationColumn).data().toString().contains("4"));
        QAbstractItemModelTester tester(view.disagreementModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Every disagreement with a span is marked in the text, each kind differently in
        // something other than colour.
        const QList<QTextEdit::ExtraSelection> marks = view.textView()->extraSelections();
        QCOMPARE(marks.size(), 5);
        const auto shape = [](const QTextCharFormat &f) {
            return QStringLiteral("%1/%2/%3/%4/%5")
                .arg(int(f.underlineStyle()))
                .arg(f.fontStrikeOut())
                .arg(f.fontOverline())
                .arg(f.fontItalic())
                .arg(f.fontWeight());
        };
        QSet<QString> shapes;
        for (const QTextEdit::ExtraSelection &mark : marks)
            shapes.insert(shape(mark.format));
        QCOMPARE(shapes.size(), 5);
        QCOMPARE(marks.at(0).cursor.selectedText(), QString("Hayat Tahrir al-Sham"));
        QVERIFY(marks.at(0).format.underlineStyle() == QTextCharFormat::WaveUnderline);
        QVERIFY(marks.at(4).format.fontStrikeOut()); // the extra "Russian"
        QCOMPARE(marks.at(4).cursor.selectedText(), QString("Russian"));
    }

    void keyboardSelectsTheSpanAndTheGuideline()
    {
        FeedbackView view(gold(), trainee(), QStringLiteral("Rania"));
        view.resize(1200, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTreeView *list = view.disagreementList();
        QVERIFY(!view.guidelineButton()->isVisible());
        QCOMPARE(view.selectedSpan(), std::make_pair(-1, -1));

        // Entering the list shows its first disagreement.
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        list->setFocus();
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(view.selectedSpan(), span("Hayat Tahrir al-Sham"));
        QCOMPARE(view.textView()->textCursor().selectedText(), QString("Hayat Tahrir al-Sham"));
        QVERIFY(view.explanationLabel()->text().contains("Hayat Tahrir al-Sham"));

        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(view.selectedSpan(), span("killing three civilians"));
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(view.selectedSpan(), span("Government forces"));
        QVERIFY(view.explanationLabel()->text().contains("Government forces"));
        saveScreenshotIfAsked(view, "feedbackview");

        // The trainee moved about in the text; Return on the list brings the span back.
        QTextCursor elsewhere(view.textView()->document());
        view.textView()->setTextCursor(elsewhere);
        QCOMPARE(view.selectedSpan(), std::make_pair(-1, -1));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(view.selectedSpan(), span("Government forces"));

        QVERIFY(view.guidelineButton()->isVisible());
        QVERIFY(view.guidelineButton()->text().contains("State force"));
        QSignalSpy requested(&view, &FeedbackView::guidelineRequested);
        QTest::mouseClick(view.guidelineButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QString("entity-types.state-force"));

        // The wrong number's rule is the one on reading numbers.
        list->setCurrentIndex(list->model()->index(1, 0));
        requested.clear();
        QTest::keyClick(view.guidelineButton(), Qt::Key_Space);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QString("casualties.reading-numbers"));
    }

    void chartHasOneBarPerLabel()
    {
        FeedbackView view(gold(), trainee(), QStringLiteral("Rania"));
        QChart *chart = view.chartView()->chart();
        QCOMPARE(chart->series().size(), 1);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
        QVERIFY(series);
        // Types in spelling order, strict F1 by hand.
        const QList<std::pair<EntityType, double>> expected = {
            {EntityType::ArmedGroup, 0.0}, {EntityType::Date, 1.0},  {EntityType::Location, 1.0},
            {EntityType::Source, 0.0},     {EntityType::State, 0.0}, {EntityType::StateForce, 0.0}};
        QCOMPARE(series->count(), expected.size());
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(axis);
        QCOMPARE(axis->count(), expected.size());
        // Categories run from the bottom up: the first type is the last category, the top bar.
        const int n = int(expected.size());
        for (int i = 0; i < n; ++i) {
            QBarSet *set = series->barSets().at(i);
            QCOMPARE(set->color(), AnnotationStyle::color(expected[i].first));
            QCOMPARE(set->count(), n);
            const int bar = n - 1 - i;
            for (int j = 0; j < n; ++j)
                QCOMPARE(set->at(j), j == bar ? expected[i].second : 0.0);
            // The axis names the type and prints its F1, so the figure can be read off.
            QVERIFY2(axis->at(bar).startsWith(set->label()), qPrintable(axis->at(bar)));
            QVERIFY(axis->at(bar).endsWith(expected[i].second == 1.0 ? "1.00" : "0.00"));
        }
        QVERIFY(axis->at(n - 1).startsWith("Armed group"));
    }

    void confusionMatrixCountsEveryPair()
    {
        FeedbackView view(gold(), trainee(), QStringLiteral("Rania"));
        const ConfusionMatrixModel *model = view.confusionModel();
        QCOMPARE(view.confusionTable()->model(), model);
        const QStringList labels = model->labels();
        QCOMPARE(labels, QStringList({"ARMED_GROUP", "DATE", "LOCATION", "SOURCE", "STATE",
                                      "STATE_FORCE", "none"}));
        const auto count = [&](const QString &gold, const QString &trainee) {
            return model->index(int(labels.indexOf(gold)), int(labels.indexOf(trainee))).data().toString();
        };
        QCOMPARE(count("LOCATION", "LOCATION"), QString("2"));
        QCOMPARE(count("SOURCE", "SOURCE"), QString("1")); // lenient pair
        QCOMPARE(count("STATE_FORCE", "STATE"), QString("1"));
        QCOMPARE(count("ARMED_GROUP", "none"), QString("1"));
        QCOMPARE(count("none", "STATE"), QString("1"));
        QCOMPARE(count("STATE", "STATE"), QString("0"));
        QCOMPARE(model->headerData(5, Qt::Vertical).toString(), QString("State force"));
        QAbstractItemModelTester tester(view.confusionModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void refusesADifferentText()
    {
        Document other = trainee();
        other.article.text += QStringLiteral(" More.");
        FeedbackView view(gold(), other, QStringLiteral("Rania"));
        QVERIFY(!view.isValid());
        QVERIFY(!view.disagreementList());
        const QList<QLabel *> labels = view.findChildren<QLabel *>();
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.first()->text().contains("cannot be scored"));
    }

    void progressChartDrawsF1OverTime()
    {
        TraineeProgressChart chart;
        const QDateTime start(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
        chart.setPoints(QStringLiteral("Rania"),
                        {{start.addDays(14), 0.72, {{"ARMED_GROUP", 0.8}, {"LOCATION", 0.9}}},
                         {start, 0.41, {{"ARMED_GROUP", 0.3}}},
                         {start.addDays(7), 0.55, {{"ARMED_GROUP", 0.5}, {"LOCATION", 0.6}}}});
        chart.resize(640, 380);
        QCOMPARE(chart.chart()->series().size(), 3); // all types, armed group, location
        auto *overall = qobject_cast<QLineSeries *>(chart.chart()->series().at(0));
        QCOMPARE(overall->name(), QString("All types"));
        QCOMPARE(overall->count(), 3);
        // Sorted by date whatever order the sessions came in.
        QCOMPARE(overall->at(0), QPointF(start.toMSecsSinceEpoch(), 0.41));
        QCOMPARE(overall->at(2), QPointF(start.addDays(14).toMSecsSinceEpoch(), 0.72));
        auto *location = qobject_cast<QLineSeries *>(chart.chart()->series().at(2));
        QCOMPARE(location->name(), QString("Location"));
        QCOMPARE(location->count(), 2);
        QCOMPARE(location->pen().color(), AnnotationStyle::color(EntityType::Location));
        auto *axis = qobject_cast<QDateTimeAxis *>(chart.chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        QCOMPARE(axis->min(), start);
        QCOMPARE(axis->max(), start.addDays(14));
        saveScreenshotIfAsked(chart, "traineeprogresschart");
    }

    void casualtyChartStacksKindsByActor()
    {
        Document one = gold();
        CasualtyFigure wounded = killed(2);
        wounded.kind = CasualtyKind::Wounded;
        wounded.victim = QStringLiteral("Faylaq al-Sham");
        CasualtyFigure fighters = killed(4);
        fighters.victim = QStringLiteral("faylaq al-sham "); // the same actor, spelt loosely
        CasualtyFigure period = killed(400);
        period.scope = Scope::Period; // a cumulative toll restates the events: not summed
        CasualtyFigure rejected = killed(50);
        rejected.provenance.status = Status::Rejected;
        CasualtyFigure captured = killed(0);
        captured.kind = CasualtyKind::Captured;
        captured.best.reset();
        captured.low = 2; // "at least two": the low bound counts
        captured.victim = QStringLiteral("Government forces");
        one.casualties = {killed(3), wounded, fighters, period, rejected};
        Document two = gold();
        two.casualties = {captured};

        CasualtyChart chart;
        chart.setDocuments({one, two});
        chart.resize(640, 380);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart.chart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 4); // killed, wounded, captured, missing; no unknown
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical).first());
        // The largest total on top: categories run from the bottom up.
        QCOMPARE(axis->categories(),
                 QStringList({"Government forces", "civilians", "Faylaq al-Sham"}));
        const QBarSet *killedSet = series->barSets().at(0);
        const QBarSet *woundedSet = series->barSets().at(1);
        const QBarSet *capturedSet = series->barSets().at(2);
        QCOMPARE(killedSet->label(), QString("killed"));
        QCOMPARE(killedSet->at(2), 4.0);
        QCOMPARE(woundedSet->at(2), 2.0);
        QCOMPARE(killedSet->at(1), 3.0);
        QCOMPARE(capturedSet->at(0), 2.0);
        QCOMPARE(capturedSet->at(2), 0.0);
        saveScreenshotIfAsked(chart, "casualtychart");
    }
};

QTEST_MAIN(TestFeedbackView)
#include "test_feedbackview.moc"
