#include "core/quality/detectionscore.h"

#include <QSet>
#include <QStringList>

namespace {

bool isGold(const Provenance &provenance)
{
    return provenance.status != Status::Rejected;
}

QString fold(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// Counts matches between two multisets of keys: each key matches at most once.
void countKeys(const QStringList &gold, QStringList proposed, DetectionScore::Counts &counts)
{
    for (const QString &key : gold) {
        const qsizetype at = proposed.indexOf(key);
        if (at >= 0) {
            ++counts.truePositives;
            proposed.removeAt(at);
        } else {
            ++counts.falseNegatives;
        }
    }
    counts.falsePositives += int(proposed.size());
}

QString affiliationKey(const Affiliation &a)
{
    return QStringList{fold(a.actor), toString(a.relation), fold(a.relationTarget),
                       a.former ? QStringLiteral("former") : QString()}
        .join(QLatin1Char('|'));
}

QString eventKey(const Event &e)
{
    return QStringList{e.eventType, fold(e.location), e.date.toString(Qt::ISODate)}.join(
        QLatin1Char('|'));
}

bool figuresAgree(const CasualtyFigure &gold, const CasualtyFigure &proposed)
{
    return gold.start < proposed.end && proposed.start < gold.end && gold.kind == proposed.kind
        && fold(gold.victim) == fold(proposed.victim) && gold.best == proposed.best;
}

} // namespace

void DetectionScore::add(const Document &gold, const Document &proposed)
{
    ++m_documents;

    QMap<QString, QStringList> goldSpans;
    QMap<QString, QStringList> proposedSpans;
    const auto spanKey = [](const Mention &m) {
        return QStringLiteral("%1-%2").arg(m.start).arg(m.end);
    };
    for (const Mention &m : gold.mentions) {
        if (isGold(m.provenance))
            goldSpans[toString(m.type)].append(spanKey(m));
    }
    for (const Mention &m : proposed.mentions) {
        if (m.provenance.status != Status::Rejected)
            proposedSpans[toString(m.type)].append(spanKey(m));
    }
    for (const QString &type : allSpellings<EntityType>()) {
        if (goldSpans.contains(type) || proposedSpans.contains(type))
            countKeys(goldSpans.value(type), proposedSpans.value(type), m_byLabel[type]);
    }

    QStringList goldAffiliations;
    QStringList proposedAffiliations;
    for (const Affiliation &a : gold.affiliations) {
        if (isGold(a.provenance))
            goldAffiliations.append(affiliationKey(a));
    }
    for (const Affiliation &a : proposed.affiliations) {
        if (a.provenance.status != Status::Rejected)
            proposedAffiliations.append(affiliationKey(a));
    }
    countKeys(goldAffiliations, proposedAffiliations, m_byLabel[QStringLiteral("affiliation")]);

    // Casualty figures match by overlapping span, so a proposal that reads "killed four
    // fighters" where gold reads "killed four fighters of Faylaq al-Sham" still counts when
    // kind, victim and best agree.
    Counts &figures = m_byLabel[QStringLiteral("casualty")];
    QList<CasualtyFigure> unmatched;
    for (const CasualtyFigure &f : proposed.casualties) {
        if (f.provenance.status != Status::Rejected)
            unmatched.append(f);
    }
    for (const CasualtyFigure &g : gold.casualties) {
        if (!isGold(g.provenance))
            continue;
        const auto it = std::find_if(unmatched.begin(), unmatched.end(),
                                     [&](const CasualtyFigure &p) { return figuresAgree(g, p); });
        if (it != unmatched.end()) {
            ++figures.truePositives;
            unmatched.erase(it);
        } else {
            ++figures.falseNegatives;
        }
    }
    figures.falsePositives += int(unmatched.size());

    QStringList goldEvents;
    QStringList proposedEvents;
    for (const Event &e : gold.events) {
        if (isGold(e.provenance))
            goldEvents.append(eventKey(e));
    }
    for (const Event &e : proposed.events) {
        if (e.provenance.status != Status::Rejected)
            proposedEvents.append(eventKey(e));
    }
    countKeys(goldEvents, proposedEvents, m_byLabel[QStringLiteral("event")]);
}

DetectionScore::Counts DetectionScore::total() const
{
    Counts sum;
    for (const Counts &c : m_byLabel)
        sum += c;
    return sum;
}

QString DetectionScore::report() const
{
    QStringList lines;
    lines << tr("%n document(s)", nullptr, m_documents);
    lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                 .arg(tr("label"), -12)
                 .arg(tr("gold"), 6)
                 .arg(tr("proposed"), 9)
                 .arg(tr("correct"), 8)
                 .arg(tr("precision"), 10)
                 .arg(tr("recall"), 8)
                 .arg(tr("F1"), 6);
    const auto row = [](const QString &label, const Counts &c) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
            .arg(label, -12)
            .arg(c.truePositives + c.falseNegatives, 6)
            .arg(c.truePositives + c.falsePositives, 9)
            .arg(c.truePositives, 8)
            .arg(c.precision(), 10, 'f', 3)
            .arg(c.recall(), 8, 'f', 3)
            .arg(c.f1(), 6, 'f', 3);
    };
    for (auto it = m_byLabel.cbegin(); it != m_byLabel.cend(); ++it)
        lines << row(it.key(), it.value());
    lines << row(tr("all"), total());
    return lines.join(QLatin1Char('\n'));
}
