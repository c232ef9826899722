#include "core/quality/detectionscore.h"

#include "core/text/offsetmap.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

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

// The annotations that count: gold ones not rejected, proposals not rejected.
template<typename T>
QList<T> counted(const QList<T> &annotations)
{
    QList<T> kept;
    for (const T &a : annotations) {
        if (isGold(a.provenance))
            kept.append(a);
    }
    return kept;
}

// Matches gold against proposed annotations, each at most once, with `agree(gold, proposed)`;
// counts the result and keeps what matched nothing in `missed` (gold) and `wrong` (proposed).
template<typename T, typename Agree>
void match(const QList<T> &gold, QList<T> proposed, Agree agree, DetectionScore::Counts &counts,
           QList<T> &missed, QList<T> &wrong)
{
    for (const T &g : gold) {
        const auto it = std::find_if(proposed.begin(), proposed.end(),
                                     [&](const T &p) { return agree(g, p); });
        if (it != proposed.end()) {
            ++counts.truePositives;
            proposed.erase(it);
        } else {
            ++counts.falseNegatives;
            missed.append(g);
        }
    }
    counts.falsePositives += int(proposed.size());
    wrong = proposed;
}

QString number(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
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

    DetectionMisses misses;
    misses.article = gold.article.title.isEmpty() ? gold.article.uid : gold.article.title;
    misses.text = gold.article.text;
    match(counted(gold.affiliations), counted(proposed.affiliations),
          [](const Affiliation &g, const Affiliation &p) {
              return affiliationKey(g) == affiliationKey(p);
          },
          m_byLabel[QStringLiteral("affiliation")], misses.missedAffiliations,
          misses.wrongAffiliations);
    // Casualty figures match by overlapping span, so a proposal that reads "killed four
    // fighters" where gold reads "killed four fighters of Faylaq al-Sham" still counts when
    // kind, victim and best agree.
    match(counted(gold.casualties), counted(proposed.casualties), figuresAgree,
          m_byLabel[QStringLiteral("casualty")], misses.missedFigures, misses.wrongFigures);
    match(counted(gold.events), counted(proposed.events),
          [](const Event &g, const Event &p) { return eventKey(g) == eventKey(p); },
          m_byLabel[QStringLiteral("event")], misses.missedEvents, misses.wrongEvents);
    m_misses.append(misses);
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

bool DetectionMisses::isEmpty() const
{
    return missedFigures.isEmpty() && wrongFigures.isEmpty() && missedEvents.isEmpty()
        && wrongEvents.isEmpty() && missedAffiliations.isEmpty() && wrongAffiliations.isEmpty();
}

// "missed casualty  "killed four fighters" killed, victim Faylaq al-Sham, perpetrator
// Jund al-Aqsa, low/best/high 4/4/4, exact, event"
QString DetectionScore::figureLine(const QString &verdict, const CasualtyFigure &f) const
{
    QString line = tr("%1 casualty  \"%2\" %3, victim %4, perpetrator %5, low/best/high %6/%7/%8, "
                      "%9, %10")
                       .arg(verdict, f.text.simplified(), toString(f.kind),
                            f.victim.isEmpty() ? tr("(none)") : f.victim,
                            f.perpetrator.isEmpty() ? tr("(none)") : f.perpetrator, number(f.low),
                            number(f.best), number(f.high), toString(f.precision),
                            toString(f.scope));
    if (f.hedged)
        line += tr(", hedged");
    return line;
}

// "wrong event  Battles / Armed clash, location Sarmada (Idlib), date 2021-09-13,
// fatalities 5, Hay'at Tahrir al-Sham vs Faylaq al-Sham"
QString DetectionScore::eventLine(const QString &verdict, const Event &e) const
{
    const QString none = tr("(none)");
    return tr("%1 event  %2 / %3, location %4 (%5), date %6, fatalities %7, %8 vs %9")
        .arg(verdict, e.eventType, e.subEventType, e.location.isEmpty() ? none : e.location,
             e.admin1.isEmpty() ? none : e.admin1,
             e.date.isValid() ? e.date.toString(Qt::ISODate) : none, QString::number(e.fatalities),
             e.actor1.isEmpty() ? none : e.actor1, e.actor2.isEmpty() ? none : e.actor2);
}

QString DetectionScore::affiliationLine(const QString &verdict, const Affiliation &a,
                                        const QString &text) const
{
    const OffsetMap map(text);
    const int from = map.toUtf16(a.start);
    const QString span = text.mid(from, map.toUtf16(a.end) - from).simplified();
    QString line = tr("%1 affiliation  \"%2\" %3 %4 %5")
                       .arg(verdict, span, a.actor, toString(a.relation), a.relationTarget);
    if (a.former)
        line += tr(", former");
    return line;
}

QStringList DetectionScore::articleDetails(const DetectionMisses &misses) const
{
    const QString missed = tr("missed");
    const QString wrong = tr("wrong");
    // Figures by position, gold first: a wrong proposal follows the gold figure it nearly is.
    QList<std::pair<const CasualtyFigure *, bool>> figures;
    for (const CasualtyFigure &f : misses.missedFigures)
        figures.append({&f, true});
    for (const CasualtyFigure &f : misses.wrongFigures)
        figures.append({&f, false});
    std::stable_sort(figures.begin(), figures.end(), [](const auto &a, const auto &b) {
        return a.first->start != b.first->start ? a.first->start < b.first->start
                                                : a.second && !b.second;
    });
    QStringList lines;
    for (const auto &[figure, fromGold] : figures)
        lines << QStringLiteral("  ") + figureLine(fromGold ? missed : wrong, *figure);
    for (const Event &e : misses.missedEvents)
        lines << QStringLiteral("  ") + eventLine(missed, e);
    for (const Event &e : misses.wrongEvents)
        lines << QStringLiteral("  ") + eventLine(wrong, e);
    for (const Affiliation &a : misses.missedAffiliations)
        lines << QStringLiteral("  ") + affiliationLine(missed, a, misses.text);
    for (const Affiliation &a : misses.wrongAffiliations)
        lines << QStringLiteral("  ") + affiliationLine(wrong, a, misses.text);
    return lines;
}

QString DetectionScore::details() const
{
    QStringList lines;
    for (const DetectionMisses &misses : m_misses) {
        if (misses.isEmpty())
            continue;
        lines << QString() << tr("Article: %1").arg(misses.article);
        lines << articleDetails(misses);
    }
    if (lines.isEmpty())
        lines << tr("Every casualty figure, event and affiliation was found.");
    return lines.join(QLatin1Char('\n'));
}
