#pragma once

#include "core/model/document.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

// Casualty figures summed by actor and kind over a set of articles, for the casualty chart.
//
// Only figures of one event (Scope::Event) are summed: a period figure ("since 2011, 400
// fighters were killed") restates tolls that event figures already count, so adding it would
// count them twice. A figure counts its best value, else its low bound (conservative, codebook
// section 4), else its high; a figure with no number is left out. Rejected figures are
// nobody's reading. Actors are the victims (or perpetrators), grouped case-insensitively under
// the first spelling met; a figure without one counts under "unknown".
class CasualtyTotals
{
    Q_DECLARE_TR_FUNCTIONS(CasualtyTotals)

public:
    enum class Side { Victim, Perpetrator };

    CasualtyTotals(const QList<Document> &documents, Side side);

    Side side() const { return m_side; }
    // Every actor with a counted figure, the largest total first (ties by name).
    QStringList actors() const { return m_actors; }
    qint64 count(const QString &actor, CasualtyKind kind) const;
    qint64 total(const QString &actor) const;
    // Whether any actor has a figure of this kind.
    bool has(CasualtyKind kind) const;

private:
    Side m_side;
    QStringList m_actors;
    QMap<QString, QMap<CasualtyKind, qint64>> m_counts; // folded actor -> kind -> people
    QMap<QString, QString> m_spelling;                  // folded actor -> first spelling
};
