#include "core/quality/casualtytotals.h"

#include <algorithm>

CasualtyTotals::CasualtyTotals(const QList<Document> &documents, Side side) : m_side(side)
{
    for (const Document &document : documents) {
        for (const CasualtyFigure &figure : document.casualties) {
            if (figure.provenance.status == Status::Rejected || figure.scope != Scope::Event)
                continue;
            const std::optional<qint64> people =
                figure.best ? figure.best : figure.low ? figure.low : figure.high;
            if (!people)
                continue;
            QString actor = (side == Side::Victim ? figure.victim : figure.perpetrator).simplified();
            if (actor.isEmpty())
                actor = tr("unknown");
            const QString folded = actor.toCaseFolded();
            if (!m_spelling.contains(folded))
                m_spelling.insert(folded, actor);
            m_counts[folded][figure.kind] += *people;
        }
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        m_actors.append(m_spelling.value(it.key()));
    std::sort(m_actors.begin(), m_actors.end(), [this](const QString &a, const QString &b) {
        const qint64 x = total(a);
        const qint64 y = total(b);
        return x != y ? x > y : a.localeAwareCompare(b) < 0;
    });
}

qint64 CasualtyTotals::count(const QString &actor, CasualtyKind kind) const
{
    return m_counts.value(actor.simplified().toCaseFolded()).value(kind);
}

qint64 CasualtyTotals::total(const QString &actor) const
{
    qint64 sum = 0;
    for (qint64 people : m_counts.value(actor.simplified().toCaseFolded()))
        sum += people;
    return sum;
}

bool CasualtyTotals::has(CasualtyKind kind) const
{
    return std::any_of(m_counts.cbegin(), m_counts.cend(),
                       [kind](const QMap<CasualtyKind, qint64> &byKind) {
                           return byKind.value(kind) > 0;
                       });
}
