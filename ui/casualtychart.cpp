#include "ui/casualtychart.h"

#include "core/review/vocabularylabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace {

QColor kindColor(CasualtyKind kind)
{
    switch (kind) { // Okabe-Ito, in an order that keeps neighbours apart
    case CasualtyKind::Killed:
        return QColor(0xD5, 0x5E, 0x00);
    case CasualtyKind::Wounded:
        return QColor(0xE6, 0x9F, 0x00);
    case CasualtyKind::Captured:
        return QColor(0x00, 0x72, 0xB2);
    case CasualtyKind::Missing:
        return QColor(0x56, 0xB4, 0xE9);
    case CasualtyKind::Unknown:
        return QColor(0x99, 0x99, 0x99);
    }
    return Qt::gray;
}

} // namespace

CasualtyChart::CasualtyChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    setDocuments({});
}

void CasualtyChart::setDocuments(const QList<Document> &documents, CasualtyTotals::Side side)
{
    const CasualtyTotals totals(documents, side);
    const QStringList actors = totals.actors().mid(0, maxActors());

    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QString title = side == CasualtyTotals::Side::Victim ? tr("People harmed, by victim")
                                                         : tr("People harmed, by perpetrator");
    if (totals.actors().isEmpty())
        title = tr("No casualty figure");
    else if (totals.actors().size() > actors.size())
        title = tr("%1 (%n more actor(s) not shown)", nullptr,
                   int(totals.actors().size() - actors.size())).arg(title);
    chart->setTitle(title);

    auto *series = new QHorizontalStackedBarSeries;
    for (CasualtyKind kind : {CasualtyKind::Killed, CasualtyKind::Wounded, CasualtyKind::Captured,
                              CasualtyKind::Missing, CasualtyKind::Unknown}) {
        if (kind == CasualtyKind::Unknown && !totals.has(kind))
            continue;
        auto *set = new QBarSet(VocabularyLabels::label(kind));
        for (auto actor = actors.crbegin(); actor != actors.crend(); ++actor)
            set->append(qreal(totals.count(*actor, kind)));
        set->setColor(kindColor(kind));
        set->setBorderColor(kindColor(kind).darker(130));
        series->append(set);
    }
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    // Horizontal bars run from the bottom up: the largest actor is listed last to stand on top.
    axisY->append(QStringList(actors.crbegin(), actors.crend()));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(tr("people (event figures, best estimate)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    qint64 largest = 0;
    for (const QString &actor : actors)
        largest = std::max(largest, totals.total(actor));
    axisX->setRange(0, qreal(std::max<qint64>(largest, 1)));
    axisX->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
