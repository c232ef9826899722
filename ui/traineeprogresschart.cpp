#include "ui/traineeprogresschart.h"

#include "core/quality/confusionmatrixmodel.h"
#include "ui/annotationstyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace {

// A dash pattern per type, so that two lines differ in more than their colour.
void applyDash(QPen &pen, EntityType type)
{
    switch (type) {
    case EntityType::ArmedGroup:
        pen.setStyle(Qt::SolidLine);
        break;
    case EntityType::StateForce:
        pen.setStyle(Qt::DashLine);
        break;
    case EntityType::State:
        pen.setStyle(Qt::DashDotLine);
        break;
    case EntityType::Person:
        pen.setStyle(Qt::DotLine);
        break;
    case EntityType::Location:
        pen.setStyle(Qt::DashDotDotLine);
        break;
    case EntityType::Date:
        pen.setDashPattern({8, 3});
        break;
    case EntityType::Source:
        pen.setDashPattern({1, 4});
        break;
    }
}

} // namespace

TraineeProgressChart::TraineeProgressChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    setPoints(QString(), {});
}

void TraineeProgressChart::setPoints(const QString &trainee, QList<TraineeProgressPoint> points)
{
    std::sort(points.begin(), points.end(),
              [](const TraineeProgressPoint &a, const TraineeProgressPoint &b) {
                  return a.when < b.when;
              });
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(points.isEmpty() ? tr("No scored session yet")
                                     : trainee.isEmpty() ? tr("Strict F1 over time")
                                                         : tr("%1: strict F1 over time").arg(trainee));

    auto *overall = new QLineSeries;
    overall->setName(tr("All types"));
    QPen pen(Qt::black);
    pen.setWidthF(3.0);
    overall->setPen(pen);
    overall->setPointsVisible(true);
    QMap<QString, QLineSeries *> byType;
    for (const TraineeProgressPoint &point : points) {
        const qreal x = qreal(point.when.toMSecsSinceEpoch());
        overall->append(x, point.overallF1);
        for (auto it = point.f1ByType.cbegin(); it != point.f1ByType.cend(); ++it) {
            QLineSeries *&series = byType[it.key()];
            if (!series) {
                series = new QLineSeries;
                const std::optional<EntityType> type = fromString<EntityType>(it.key());
                series->setName(ConfusionMatrixModel::displayLabel(it.key()));
                QPen typePen(type ? AnnotationStyle::color(*type) : QColor(Qt::gray));
                typePen.setWidthF(1.8);
                if (type)
                    applyDash(typePen, *type);
                series->setPen(typePen);
                series->setPointsVisible(true);
            }
            series->append(x, it.value());
        }
    }
    chart->addSeries(overall);
    for (QLineSeries *series : byType)
        chart->addSeries(series);

    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("yyyy-MM-dd"));
    axisX->setTickCount(int(std::clamp<qsizetype>(points.size(), 2, 6)));
    if (!points.isEmpty()) {
        QDateTime first = points.first().when;
        QDateTime last = points.last().when;
        if (first == last) { // one session: give the axis a day either side
            first = first.addDays(-1);
            last = last.addDays(1);
        }
        axisX->setRange(first, last);
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setRange(0.0, 1.0);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%.1f"));
    axisY->setTitleText(tr("F1"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // the line and its dashes

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
