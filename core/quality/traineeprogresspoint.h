#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

// One scored training session of a trainee, a point of the progress chart: when it was scored,
// the strict span F1 over all types, and the strict F1 per entity type spelling (types the
// session did not involve are absent, not 0).
struct TraineeProgressPoint
{
    QDateTime when;
    double overallF1 = 0.0;
    QMap<QString, double> f1ByType;
};
