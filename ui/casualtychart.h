#pragma once

#include "core/model/document.h"
#include "core/quality/casualtytotals.h"

#include <QChartView>
#include <QList>

// Casualty figures by actor (CasualtyTotals): one horizontal bar per actor, the largest at the
// top, stacked by kind (killed, wounded, captured, missing, and unknown when any figure has
// it), each stack printing its number. At most maxActors() actors are shown; the title says
// how many more there are.
class CasualtyChart : public QChartView
{
    Q_OBJECT

public:
    explicit CasualtyChart(QWidget *parent = nullptr);

    static int maxActors() { return 15; }

    // Replaces what the chart shows.
    void setDocuments(const QList<Document> &documents,
                      CasualtyTotals::Side side = CasualtyTotals::Side::Victim);
};
