#pragma once

#include "core/quality/traineeprogresspoint.h"

#include <QChartView>
#include <QList>

// A trainee's strict span F1 over time, one point per scored session: a thick black line for
// all types together and a thinner line per entity type in the type's colour and its own dash
// pattern (so a line is told apart without its colour; the legend draws the line), dates along the bottom, F1 from 0 to 1.
class TraineeProgressChart : public QChartView
{
    Q_OBJECT

public:
    explicit TraineeProgressChart(QWidget *parent = nullptr);

    // Replaces what the chart shows. Points need not be sorted.
    void setPoints(const QString &trainee, QList<TraineeProgressPoint> points);
};
