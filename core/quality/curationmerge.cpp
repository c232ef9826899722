#include "core/quality/curationmerge.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

namespace {

// One reader's annotation with a span, while units are formed.
struct Spanned
{
    QString owner;
    int index = 0;
    int start = 0;
    int end = 0;
    int type = 0; // entity type or casualty kind: a preference when spans overlap
};

template<typename T>
void confirm(T &annotation)
{
    annotation.id = 0;
    annotation.provenance.status = Status::Confirmed;
    annotation.provenance.annotator.clear();
    annotation.provenance.created = QDateTime();
    annotation.provenance.updated = QDateTime();
}

} // namespace

CurationMerge::CurationMerge(const QMap<QString, Document> &sets, SpanMatch match)
    : m_sets(sets)
{
    if (m_sets.isEmpty()) {
        m_error = tr("No annotator has a set on this article.");
        return;
    }
    const QString text = m_sets.first().article.text;
    for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it) {
        if (it->article.text != text) {
            m_error = tr("The set of %1 is not of the same text as the others.").arg(it.key());
            return;
        }
    }
    // Rejected annotations are nobody's claim (as in AnnotatorMentions), so they take no part.
    for (Document &document : m_sets) {
        auto rejected = [](const auto &a) { return a.provenance.status == Status::Rejected; };
        document.mentions.removeIf(rejected);
        document.affiliations.removeIf(rejected);
        document.casualties.removeIf(rejected);
        document.events.removeIf(rejected);
    }
    groupBySpan(Kind::Mention, match);
    groupBySpan(Kind::Casualty, match);
    groupAffiliations();
    groupEvents();
    finish();
}

void CurationMerge::groupBySpan(Kind kind, SpanMatch match)
{
    QList<Spanned> all;
    for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it) {
        if (kind == Kind::Mention) {
            for (int i = 0; i < it->mentions.size(); ++i) {
                const Mention &m = it->mentions.at(i);
                all.append({it.key(), i, m.start, m.end, int(m.type)});
            }
        } else {
            for (int i = 0; i < it->casualties.size(); ++i) {
                const CasualtyFigure &f = it->casualties.at(i);
                all.append({it.key(), i, f.start, f.end, int(f.kind)});
            }
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const Spanned &a, const Spanned &b) {
        return std::tie(a.start, a.end, a.type) < std::tie(b.start, b.end, b.type);
    });

    // Each unit remembers its first version's span and type; a new annotation joins the best
    // unit it qualifies for whose owner slot is free, in MentionAligner's order of preference.
    struct Open
    {
        Unit unit;
        int start, end, type;
    };
    QList<Open> open;
    for (const Spanned &s : std::as_const(all)) {
        int best = -1;
        std::tuple<int, int, int> bestRank{-1, -1, -1};
        for (int u = 0; u < open.size(); ++u) {
            const Open &o = open.at(u);
            if (o.unit.versions.contains(s.owner))
                continue;
            const bool identical = o.start == s.start && o.end == s.end;
            if (match == SpanMatch::Strict ? !identical
                                           : !MentionAligner::overlaps(o.start, o.end, s.start,
                                                                       s.end))
                continue;
            const int overlap = std::min(o.end, s.end) - std::max(o.start, s.start);
            const std::tuple<int, int, int> rank{identical ? 1 : 0, o.type == s.type ? 1 : 0,
                                                 overlap};
            if (rank > bestRank) {
                bestRank = rank;
                best = u;
            }
        }
        if (best < 0) {
            Open o{Unit(), s.start, s.end, s.type};
            o.unit.kind = kind;
            o.unit.start = s.start;
            o.unit.end = s.end;
            open.append(o);
            best = int(open.size()) - 1;
        }
        Unit &unit = open[best].unit;
        unit.versions.insert(s.owner, s.index);
        unit.start = std::min(unit.start, s.start);
        unit.end = std::max(unit.end, s.end);
    }
    for (const Open &o : std::as_const(open))
        m_units.append(o.unit);
}

void CurationMerge::groupAffiliations()
{
    QList<std::pair<QString, Unit>> open; // key -> unit
    for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it) {
        for (int i = 0; i < it->affiliations.size(); ++i) {
            const Affiliation &a = it->affiliations.at(i);
            const QString key = a.actor + QLatin1Char('\n') + toString(a.relation)
                                + QLatin1Char('\n') + a.relationTarget;
            auto slot = std::find_if(open.begin(), open.end(), [&](const auto &entry) {
                return entry.first == key && !entry.second.versions.contains(it.key());
            });
            if (slot == open.end()) {
                Unit unit;
                unit.kind = Kind::Affiliation;
                unit.start = a.start;
                unit.end = a.end;
                open.append({key, unit});
                slot = open.end() - 1;
            }
            slot->second.versions.insert(it.key(), i);
            slot->second.start = std::min(slot->second.start, a.start);
            slot->second.end = std::max(slot->second.end, a.end);
        }
    }
    for (const auto &entry : std::as_const(open))
        m_units.append(entry.second);
}

void CurationMerge::groupEvents()
{
    // Figure units are still in the order groupBySpan() made them: index them for the key.
    QMap<QString, QHash<qint64, int>> figureUnit;
    for (int u = 0; u < m_units.size(); ++u) {
        const Unit &unit = m_units.at(u);
        if (unit.kind != Kind::Casualty)
            continue;
        for (auto v = unit.versions.cbegin(); v != unit.versions.cend(); ++v)
            figureUnit[v.key()].insert(m_sets[v.key()].casualties.at(v.value()).id, u);
    }
    QList<std::pair<QString, Unit>> open;
    for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it) {
        for (int i = 0; i < it->events.size(); ++i) {
            const Event &e = it->events.at(i);
            QList<int> units;
            for (qint64 id : e.casualtyIds) {
                const auto found = figureUnit[it.key()].constFind(id);
                if (found != figureUnit[it.key()].constEnd())
                    units.append(*found);
            }
            std::sort(units.begin(), units.end());
            QStringList parts;
            for (int u : std::as_const(units))
                parts << QString::number(u);
            const QString key = units.isEmpty()
                                    ? QStringLiteral("type:") + e.eventType + QLatin1Char('\n')
                                          + e.date.toString(Qt::ISODate)
                                    : QStringLiteral("figures:") + parts.join(QLatin1Char(','));
            auto slot = std::find_if(open.begin(), open.end(), [&](const auto &entry) {
                return entry.first == key && !entry.second.versions.contains(it.key());
            });
            if (slot == open.end()) {
                Unit unit;
                unit.kind = Kind::Event;
                open.append({key, unit});
                slot = open.end() - 1;
            }
            slot->second.versions.insert(it.key(), i);
            for (int u : std::as_const(units)) {
                Unit &event = slot->second;
                const Unit &figure = m_units.at(u);
                event.start = event.start < 0 ? figure.start : std::min(event.start, figure.start);
                event.end = std::max(event.end, figure.end);
            }
        }
    }
    for (const auto &entry : std::as_const(open))
        m_units.append(entry.second);
}

// Sorts the units into text order, indexes the figure units by (owner, figure id), and
// decides which units are agreed. Events are compared through figureUnits(), so this runs
// after the figure index is built on the final order.
void CurationMerge::finish()
{
    std::stable_sort(m_units.begin(), m_units.end(), [](const Unit &a, const Unit &b) {
        const bool aNone = a.start < 0;
        const bool bNone = b.start < 0;
        return std::make_tuple(aNone, a.start, int(a.kind), a.end)
               < std::make_tuple(bNone, b.start, int(b.kind), b.end);
    });
    for (int u = 0; u < m_units.size(); ++u) {
        const Unit &unit = m_units.at(u);
        if (unit.kind != Kind::Casualty)
            continue;
        for (auto v = unit.versions.cbegin(); v != unit.versions.cend(); ++v)
            m_figureUnit[v.key()].insert(m_sets[v.key()].casualties.at(v.value()).id, u);
    }
    const QStringList readers = owners();
    for (int u = 0; u < m_units.size(); ++u) {
        Unit &unit = m_units[u];
        unit.agreed = unit.versions.size() == readers.size();
        for (const QString &owner : readers) {
            if (!unit.agreed)
                break;
            unit.agreed = sameValue(unit, readers.first(), owner);
        }
        if (!unit.agreed)
            m_differing.append(u);
    }
}

bool CurationMerge::sameValue(const Unit &unit, const QString &first, const QString &second) const
{
    switch (unit.kind) {
    case Kind::Mention: {
        const Mention *a = mention(unit, first);
        const Mention *b = mention(unit, second);
        return a && b && a->start == b->start && a->end == b->end && a->type == b->type;
    }
    case Kind::Casualty: {
        const CasualtyFigure *a = casualty(unit, first);
        const CasualtyFigure *b = casualty(unit, second);
        return a && b && a->start == b->start && a->end == b->end && a->kind == b->kind
               && a->victim == b->victim && a->low == b->low && a->best == b->best
               && a->high == b->high;
    }
    case Kind::Affiliation: {
        const Affiliation *a = affiliation(unit, first);
        const Affiliation *b = affiliation(unit, second);
        return a && b && a->start == b->start && a->end == b->end && a->former == b->former
               && a->stance == b->stance && a->attributedTo == b->attributedTo;
    }
    case Kind::Event: {
        const Event *a = event(unit, first);
        const Event *b = event(unit, second);
        return a && b && a->eventType == b->eventType && a->subEventType == b->subEventType
               && a->actor1 == b->actor1 && a->actor2 == b->actor2 && a->location == b->location
               && a->date == b->date && a->fatalities == b->fatalities
               && figureUnits(unit, first) == figureUnits(unit, second);
    }
    }
    return false;
}

int CurationMerge::agreedCount() const
{
    return int(m_units.size() - m_differing.size());
}

void CurationMerge::pick(int unit, const QString &owner)
{
    if (m_differing.contains(unit) && m_sets.contains(owner))
        m_decisions.insert(unit, {Choice::Picked, owner});
}

void CurationMerge::drop(int unit)
{
    if (m_differing.contains(unit))
        m_decisions.insert(unit, {Choice::Dropped, QString()});
}

void CurationMerge::undecide(int unit)
{
    m_decisions.remove(unit);
}

bool CurationMerge::isDecided(int unit) const
{
    return m_decisions.value(unit).choice != Choice::Undecided;
}

int CurationMerge::decidedCount() const
{
    return int(std::count_if(m_differing.cbegin(), m_differing.cend(),
                             [this](int unit) { return isDecided(unit); }));
}

const Mention *CurationMerge::mention(const Unit &unit, const QString &owner) const
{
    const auto v = unit.versions.constFind(owner);
    if (unit.kind != Kind::Mention || v == unit.versions.constEnd())
        return nullptr;
    return &m_sets.find(owner)->mentions.at(*v);
}

const Affiliation *CurationMerge::affiliation(const Unit &unit, const QString &owner) const
{
    const auto v = unit.versions.constFind(owner);
    if (unit.kind != Kind::Affiliation || v == unit.versions.constEnd())
        return nullptr;
    return &m_sets.find(owner)->affiliations.at(*v);
}

const CasualtyFigure *CurationMerge::casualty(const Unit &unit, const QString &owner) const
{
    const auto v = unit.versions.constFind(owner);
    if (unit.kind != Kind::Casualty || v == unit.versions.constEnd())
        return nullptr;
    return &m_sets.find(owner)->casualties.at(*v);
}

const Event *CurationMerge::event(const Unit &unit, const QString &owner) const
{
    const auto v = unit.versions.constFind(owner);
    if (unit.kind != Kind::Event || v == unit.versions.constEnd())
        return nullptr;
    return &m_sets.find(owner)->events.at(*v);
}

QList<int> CurationMerge::figureUnits(const Unit &eventUnit, const QString &owner) const
{
    QList<int> result;
    const Event *e = event(eventUnit, owner);
    if (!e)
        return result;
    const QHash<qint64, int> index = m_figureUnit.value(owner);
    for (qint64 id : e->casualtyIds) {
        const auto found = index.constFind(id);
        if (found != index.constEnd())
            result.append(*found);
    }
    std::sort(result.begin(), result.end());
    return result;
}

Document CurationMerge::merged() const
{
    Document result;
    if (!isValid())
        return result;
    result.article = m_sets.first().article;
    result.segments = m_sets.first().segments;
    // The owner whose version goes into the merge; nothing for an undecided or dropped unit
    // and for a pick of a reader who did not mark it.
    auto chosen = [this](int u) -> std::optional<QString> {
        const Unit &unit = m_units.at(u);
        if (unit.agreed)
            return unit.versions.firstKey();
        const Decision d = decision(u);
        if (d.choice == Choice::Picked && unit.versions.contains(d.owner))
            return d.owner;
        return std::nullopt;
    };
    QHash<int, qint64> figureId; // figure unit -> id in the merged document
    for (int u = 0; u < m_units.size(); ++u) {
        const Unit &unit = m_units.at(u);
        const std::optional<QString> chosenOwner = chosen(u);
        if (!chosenOwner)
            continue;
        const QString &owner = *chosenOwner;
        switch (unit.kind) {
        case Kind::Mention: {
            Mention m = *mention(unit, owner);
            confirm(m);
            result.mentions.append(m);
            break;
        }
        case Kind::Affiliation: {
            Affiliation a = *affiliation(unit, owner);
            confirm(a);
            result.affiliations.append(a);
            break;
        }
        case Kind::Casualty: {
            CasualtyFigure f = *casualty(unit, owner);
            confirm(f);
            f.id = result.casualties.size() + 1;
            figureId.insert(u, f.id);
            result.casualties.append(f);
            break;
        }
        case Kind::Event:
            break; // after every figure has its id
        }
    }
    for (int u = 0; u < m_units.size(); ++u) {
        const Unit &unit = m_units.at(u);
        const std::optional<QString> owner = chosen(u);
        if (unit.kind != Kind::Event || !owner)
            continue;
        Event e = *event(unit, *owner);
        confirm(e);
        e.casualtyIds.clear();
        for (int figure : figureUnits(unit, *owner)) {
            if (figureId.contains(figure))
                e.casualtyIds.append(figureId.value(figure));
        }
        result.events.append(e);
    }
    return result;
}
