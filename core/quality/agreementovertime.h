#pragma once

#include "core/quality/traineeprogresspoint.h"

#include <QList>

class ProjectStore;

// Agreement between annotators over time, for the chart beside the agreement figures: one
// point per article that two or more annotators read, placed at the time its last set was
// started (when the article's readings became comparable), with the strict span F1 pooled
// over every pair of its readers, overall and per entity type. Points are in time order.
class AgreementOverTime
{
public:
    static QList<TraineeProgressPoint> points(const ProjectStore &store);
};
