#include "core/quality/traineescore.h"

#include "core/quality/guidelineanchors.h"
#include "core/quality/mentionaligner.h"
#include "core/quality/spanagreement.h"
#include "core/review/vocabularylabels.h"
#include "core/text/offsetmap.h"

#include <algorithm>
#include <climits>
#include <functional>

namespace {

template<typename T>
QList<T> notRejected(const QList<T> &annotations)
{
    QList<T> kept;
    for (const T &a : annotations) {
        if (a.provenance.status != Status::Rejected)
            kept.append(a);
    }
    return kept;
}

QString fold(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// One scored field of a paired annotation, with both values as the trainee reads them.
struct FieldCheck
{
    QString field;
    QString gold;
    QString trainee;
    bool equal;
};

int equalFields(const QList<FieldCheck> &checks)
{
    return int(std::count_if(checks.cbegin(), checks.cend(),
                             [](const FieldCheck &c) { return c.equal; }));
}

// Pairs gold and trainee annotations one-to-one. `candidate(g, t)` says whether two may pair
// at all and `checks(g, t)` scores their fields; pairs with more equal fields are taken
// first, then (on ties) the earlier gold annotation, so the result is deterministic. The
// result lists every annotation once: (g, t), (g, -1) for missed, (-1, t) for extra.
template<typename T, typename Candidate, typename Checks>
QList<std::pair<int, int>> pairUp(const QList<T> &gold, const QList<T> &trainee,
                                  Candidate candidate, Checks checks)
{
    struct Scored
    {
        int gold;
        int trainee;
        int equal;
    };
    QList<Scored> scored;
    for (int g = 0; g < gold.size(); ++g) {
        for (int t = 0; t < trainee.size(); ++t) {
            if (candidate(gold[g], trainee[t]))
                scored.append({g, t, equalFields(checks(gold[g], trainee[t]))});
        }
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return a.equal > b.equal; });
    QList<int> partner(gold.size(), -1);
    QList<bool> taken(trainee.size(), false);
    for (const Scored &s : scored) {
        if (partner[s.gold] < 0 && !taken[s.trainee]) {
            partner[s.gold] = s.trainee;
            taken[s.trainee] = true;
        }
    }
    QList<std::pair<int, int>> pairs;
    for (int g = 0; g < gold.size(); ++g)
        pairs.append({g, partner[g]});
    for (int t = 0; t < trainee.size(); ++t) {
        if (!taken[t])
            pairs.append({-1, t});
    }
    return pairs;
}

QString number(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

// Whether the trainee's best figure lies within what gold allows: low..high when gold gives
// them, else gold's best itself (codebook section 4: best is the conservative figure).
bool bestWithinGold(const CasualtyFigure &gold, const CasualtyFigure &trainee)
{
    if (!gold.best && !gold.low && !gold.high)
        return !trainee.best;
    if (!trainee.best)
        return false;
    const qint64 low = gold.low.value_or(gold.best.value_or(LLONG_MIN));
    const qint64 high = gold.high.value_or(gold.best.value_or(LLONG_MAX));
    return *trainee.best >= low && *trainee.best <= high;
}

QString goldRange(const CasualtyFigure &gold)
{
    const qint64 low = gold.low.value_or(gold.best.value_or(0));
    const qint64 high = gold.high.value_or(gold.best.value_or(0));
    if ((gold.low || gold.high) && low != high)
        return QStringLiteral("%1-%2").arg(low).arg(high);
    return number(gold.best);
}

QList<FieldCheck> affiliationChecks(const Affiliation &g, const Affiliation &t)
{
    return {
        {QStringLiteral("actor"), g.actor, t.actor, fold(g.actor) == fold(t.actor)},
        {QStringLiteral("relation"), VocabularyLabels::label(g.relation),
         VocabularyLabels::label(t.relation), g.relation == t.relation},
        {QStringLiteral("target"), g.relationTarget, t.relationTarget,
         fold(g.relationTarget) == fold(t.relationTarget)},
        {QStringLiteral("former"), VocabularyLabels::yesNo(g.former),
         VocabularyLabels::yesNo(t.former), g.former == t.former},
    };
}

QList<FieldCheck> casualtyChecks(const CasualtyFigure &g, const CasualtyFigure &t)
{
    return {
        {QStringLiteral("kind"), VocabularyLabels::label(g.kind), VocabularyLabels::label(t.kind),
         g.kind == t.kind},
        {QStringLiteral("victim"), g.victim, t.victim, fold(g.victim) == fold(t.victim)},
        {QStringLiteral("best"), goldRange(g), number(t.best), bestWithinGold(g, t)},
    };
}

QList<FieldCheck> eventChecks(const Event &g, const Event &t)
{
    return {
        {QStringLiteral("type"), g.eventType, t.eventType, fold(g.eventType) == fold(t.eventType)},
        {QStringLiteral("date"), g.date.toString(Qt::ISODate), t.date.toString(Qt::ISODate),
         g.date == t.date},
        {QStringLiteral("location"), g.location, t.location, fold(g.location) == fold(t.location)},
        {QStringLiteral("fatalities"), QString::number(g.fatalities),
         QString::number(t.fatalities), g.fatalities == t.fatalities},
    };
}

// The text an annotation covers, taken from the article when the annotation does not carry it.
QString spanText(const QString &text, const OffsetMap &offsets, int start, int end)
{
    if (start < 0 || end <= start || end > offsets.codePointCount())
        return QString();
    const int from = offsets.toUtf16(start);
    return text.mid(from, offsets.toUtf16(end) - from);
}

// An event has no span of its own; the figures it sums stand for it in the text.
std::pair<int, int> eventSpan(const Event &event, const QList<CasualtyFigure> &figures)
{
    int start = INT_MAX;
    int end = -1;
    for (const CasualtyFigure &f : figures) {
        if (event.casualtyIds.contains(f.id)) {
            start = std::min(start, f.start);
            end = std::max(end, f.end);
        }
    }
    return end < 0 ? std::pair<int, int>{-1, -1} : std::pair<int, int>{start, end};
}

} // namespace

bool TraineeScore::add(const Document &gold, const Document &trainee, QString *error)
{
    if (gold.article.text != trainee.article.text) {
        if (error)
            *error = tr("The trainee's document is not the gold article's text, so their "
                        "offsets cannot be compared.");
        return false;
    }
    ++m_documents;
    const QString documentId = !gold.article.uid.isEmpty() ? gold.article.uid
                                                            : QString::number(gold.article.id);
    const qsizetype firstNew = m_disagreements.size();
    scoreMentions(documentId, gold, trainee);
    scoreAffiliations(documentId, gold, trainee);
    scoreCasualties(documentId, gold, trainee);
    scoreEvents(documentId, gold, trainee);
    std::stable_sort(m_disagreements.begin() + firstNew, m_disagreements.end(),
                     [](const Disagreement &a, const Disagreement &b) {
                         const int x = a.start < 0 ? INT_MAX : a.start;
                         const int y = b.start < 0 ? INT_MAX : b.start;
                         return x < y;
                     });
    return true;
}

PrfCounts TraineeScore::strictTotal() const
{
    PrfCounts sum;
    for (const PrfCounts &c : m_strict)
        sum += c;
    return sum;
}

PrfCounts TraineeScore::lenientTotal() const
{
    PrfCounts sum;
    for (const PrfCounts &c : m_lenient)
        sum += c;
    return sum;
}

void TraineeScore::scoreMentions(const QString &documentId, const Document &goldDocument,
                                 const Document &traineeDocument)
{
    const QList<Mention> gold = notRejected(goldDocument.mentions);
    const QList<Mention> trainee = notRejected(traineeDocument.mentions);

    SpanAgreement strict(SpanMatch::Strict);
    strict.add(documentId, gold, trainee);
    SpanAgreement lenient(SpanMatch::Lenient);
    lenient.add(documentId, gold, trainee);
    for (auto [from, to] : {std::pair{&strict, &m_strict}, std::pair{&lenient, &m_lenient}}) {
        const QMap<QString, PrfCounts> byType = from->byType();
        for (auto it = byType.cbegin(); it != byType.cend(); ++it)
            (*to)[it.key()] += it.value();
    }

    const QString &text = goldDocument.article.text;
    const OffsetMap offsets(text);
    const auto textOf = [&](const Mention &m) {
        return m.text.isEmpty() ? spanText(text, offsets, m.start, m.end) : m.text;
    };
    const auto pairs = MentionAligner::align(gold, trainee, SpanMatch::Lenient, false);
    for (const MentionAligner::Pair &p : pairs) {
        Disagreement d;
        d.annotation = QStringLiteral("mention");
        d.documentId = documentId;
        if (p.second < 0) {
            const Mention &g = gold[p.first];
            m_confusion.add(toString(g.type), ConfusionMatrix::noLabel());
            d.kind = Disagreement::Kind::Missed;
            d.start = g.start;
            d.end = g.end;
            d.goldValue = toString(g.type);
            d.explanation = tr("Missed: gold marks \u201c%1\u201d as %2.")
                                .arg(textOf(g), VocabularyLabels::label(g.type));
            d.ruleId = GuidelineAnchors::forEntityType(g.type);
        } else if (p.first < 0) {
            const Mention &t = trainee[p.second];
            m_confusion.add(ConfusionMatrix::noLabel(), toString(t.type));
            d.kind = Disagreement::Kind::Extra;
            d.start = t.start;
            d.end = t.end;
            d.traineeValue = toString(t.type);
            d.explanation = tr("Extra: gold does not mark \u201c%1\u201d as %2.")
                                .arg(textOf(t), VocabularyLabels::label(t.type));
            d.ruleId = GuidelineAnchors::forEntityType(t.type);
        } else {
            const Mention &g = gold[p.first];
            const Mention &t = trainee[p.second];
            m_confusion.add(toString(g.type), toString(t.type));
            const bool sameSpan = g.start == t.start && g.end == t.end;
            if (g.type == t.type && sameSpan)
                continue;
            d.start = g.start;
            d.end = g.end;
            d.ruleId = GuidelineAnchors::forEntityType(g.type);
            if (g.type != t.type) {
                d.kind = Disagreement::Kind::WrongType;
                d.goldValue = toString(g.type);
                d.traineeValue = toString(t.type);
                d.explanation = tr("Wrong type: gold marks \u201c%1\u201d as %2, not %3.")
                                    .arg(textOf(g), VocabularyLabels::label(g.type),
                                         VocabularyLabels::label(t.type));
            } else {
                d.kind = Disagreement::Kind::WrongSpan;
                d.goldValue = textOf(g);
                d.traineeValue = textOf(t);
                d.explanation = tr("Wrong span: gold marks \u201c%1\u201d as %2, not \u201c%3\u201d.")
                                    .arg(textOf(g), VocabularyLabels::label(g.type), textOf(t));
            }
        }
        m_disagreements.append(d);
    }
}

namespace {

QString fieldLabel(const QString &field)
{
    static const QMap<QString, const char *> labels{
        {QStringLiteral("actor"), QT_TRANSLATE_NOOP("TraineeScore", "actor")},
        {QStringLiteral("relation"), QT_TRANSLATE_NOOP("TraineeScore", "relation")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("TraineeScore", "target")},
        {QStringLiteral("former"), QT_TRANSLATE_NOOP("TraineeScore", "former")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("TraineeScore", "kind")},
        {QStringLiteral("victim"), QT_TRANSLATE_NOOP("TraineeScore", "victim")},
        {QStringLiteral("best"), QT_TRANSLATE_NOOP("TraineeScore", "best figure")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("TraineeScore", "event type")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("TraineeScore", "date")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("TraineeScore", "location")},
        {QStringLiteral("fatalities"), QT_TRANSLATE_NOOP("TraineeScore", "fatalities")},
    };
    const char *label = labels.value(field);
    return label ? TraineeScore::tr(label) : field;
}

// Adds a paired annotation's field results to the accuracies and a WrongValue disagreement
// for each field that differs. Returns whether every field agreed.
bool scoreFields(const QList<FieldCheck> &checks, QMap<QString, TraineeScore::FieldAccuracy> &fields,
                 Disagreement base, const std::function<QString(const QString &)> &ruleFor,
                 QList<Disagreement> &out)
{
    bool all = true;
    for (const FieldCheck &c : checks) {
        TraineeScore::FieldAccuracy &accuracy = fields[c.field];
        ++accuracy.total;
        if (c.equal) {
            ++accuracy.correct;
            continue;
        }
        all = false;
        Disagreement d = base;
        d.kind = Disagreement::Kind::WrongValue;
        d.field = c.field;
        d.goldValue = c.gold;
        d.traineeValue = c.trainee;
        d.explanation = TraineeScore::tr("Wrong %1: gold reads \u201c%2\u201d, not \u201c%3\u201d.")
                            .arg(fieldLabel(c.field), c.gold, c.trainee);
        d.ruleId = ruleFor(c.field);
        out.append(d);
    }
    return all;
}

// A gold annotation the trainee missed: every field counts as wrong.
void countMissedFields(const QList<FieldCheck> &checks,
                       QMap<QString, TraineeScore::FieldAccuracy> &fields)
{
    for (const FieldCheck &c : checks)
        ++fields[c.field].total;
}

} // namespace

void TraineeScore::scoreAffiliations(const QString &documentId, const Document &goldDocument,
                                     const Document &traineeDocument)
{
    const QList<Affiliation> gold = notRejected(goldDocument.affiliations);
    const QList<Affiliation> trainee = notRejected(traineeDocument.affiliations);
    // Two claims may pair when they are stated in overlapping text or link the same two
    // actors; the first lets a swapped actor and target show as two wrong fields.
    const auto candidate = [](const Affiliation &g, const Affiliation &t) {
        return MentionAligner::overlaps(g.start, g.end, t.start, t.end)
            || (fold(g.actor) == fold(t.actor) && fold(g.relationTarget) == fold(t.relationTarget));
    };
    const auto describe = [](const Affiliation &a) {
        return QStringLiteral("%1 %2 %3").arg(a.actor, VocabularyLabels::label(a.relation),
                                               a.relationTarget);
    };
    for (const auto &[g, t] : pairUp(gold, trainee, candidate, affiliationChecks)) {
        Disagreement d;
        d.annotation = QStringLiteral("affiliation");
        d.documentId = documentId;
        if (t < 0) {
            countMissedFields(affiliationChecks(gold[g], gold[g]), m_affiliationFields);
            ++m_affiliations.falseNegatives;
            d.kind = Disagreement::Kind::Missed;
            d.start = gold[g].start;
            d.end = gold[g].end;
            d.goldValue = describe(gold[g]);
            d.explanation = tr("Missed: gold reads the claim %1.").arg(d.goldValue);
            d.ruleId = GuidelineAnchors::forRelation(gold[g].relation);
            m_disagreements.append(d);
        } else if (g < 0) {
            ++m_affiliations.falsePositives;
            d.kind = Disagreement::Kind::Extra;
            d.start = trainee[t].start;
            d.end = trainee[t].end;
            d.traineeValue = describe(trainee[t]);
            d.explanation = tr("Extra: gold reads no claim %1.").arg(d.traineeValue);
            d.ruleId = GuidelineAnchors::forRelation(trainee[t].relation);
            m_disagreements.append(d);
        } else {
            d.start = gold[g].start;
            d.end = gold[g].end;
            const Relation relation = gold[g].relation;
            const auto rule = [relation](const QString &field) {
                return field == QLatin1String("former") ? QStringLiteral("affiliations.former")
                                                        : GuidelineAnchors::forRelation(relation);
            };
            const bool right = scoreFields(affiliationChecks(gold[g], trainee[t]),
                                           m_affiliationFields, d, rule, m_disagreements);
            if (right) {
                ++m_affiliations.truePositives;
            } else {
                ++m_affiliations.falseNegatives;
                ++m_affiliations.falsePositives;
            }
        }
    }
}

void TraineeScore::scoreCasualties(const QString &documentId, const Document &goldDocument,
                                   const Document &traineeDocument)
{
    const QList<CasualtyFigure> gold = notRejected(goldDocument.casualties);
    const QList<CasualtyFigure> trainee = notRejected(traineeDocument.casualties);
    // Figures pair by overlapping span: "killed four fighters" and "killed four fighters of
    // Faylaq al-Sham" state the same figure.
    const auto candidate = [](const CasualtyFigure &g, const CasualtyFigure &t) {
        return MentionAligner::overlaps(g.start, g.end, t.start, t.end);
    };
    const QString &text = goldDocument.article.text;
    const OffsetMap offsets(text);
    const auto textOf = [&](const CasualtyFigure &f) {
        return f.text.isEmpty() ? spanText(text, offsets, f.start, f.end) : f.text;
    };
    for (const auto &[g, t] : pairUp(gold, trainee, candidate, casualtyChecks)) {
        Disagreement d;
        d.annotation = QStringLiteral("casualty");
        d.documentId = documentId;
        if (t < 0) {
            countMissedFields(casualtyChecks(gold[g], gold[g]), m_casualtyFields);
            ++m_casualties.falseNegatives;
            d.kind = Disagreement::Kind::Missed;
            d.start = gold[g].start;
            d.end = gold[g].end;
            d.goldValue = textOf(gold[g]);
            d.explanation = tr("Missed: gold reads a casualty figure in \u201c%1\u201d.")
                                .arg(d.goldValue);
            d.ruleId = QStringLiteral("casualties");
            m_disagreements.append(d);
        } else if (g < 0) {
            ++m_casualties.falsePositives;
            d.kind = Disagreement::Kind::Extra;
            d.start = trainee[t].start;
            d.end = trainee[t].end;
            d.traineeValue = textOf(trainee[t]);
            d.explanation = tr("Extra: gold reads no casualty figure in \u201c%1\u201d.")
                                .arg(d.traineeValue);
            d.ruleId = QStringLiteral("casualties.not-a-figure");
            m_disagreements.append(d);
        } else {
            d.start = gold[g].start;
            d.end = gold[g].end;
            const bool right = scoreFields(casualtyChecks(gold[g], trainee[t]), m_casualtyFields,
                                           d, GuidelineAnchors::forCasualtyField, m_disagreements);
            if (right) {
                ++m_casualties.truePositives;
            } else {
                ++m_casualties.falseNegatives;
                ++m_casualties.falsePositives;
            }
        }
    }
}

void TraineeScore::scoreEvents(const QString &documentId, const Document &goldDocument,
                               const Document &traineeDocument)
{
    const QList<Event> gold = notRejected(goldDocument.events);
    const QList<Event> trainee = notRejected(traineeDocument.events);
    // Events have no span: two pair when at least one of their scored fields agrees, the
    // pair agreeing on most fields first.
    const auto candidate = [](const Event &g, const Event &t) {
        return equalFields(eventChecks(g, t)) > 0;
    };
    for (const auto &[g, t] : pairUp(gold, trainee, candidate, eventChecks)) {
        Disagreement d;
        d.annotation = QStringLiteral("event");
        d.documentId = documentId;
        if (t < 0) {
            countMissedFields(eventChecks(gold[g], gold[g]), m_eventFields);
            ++m_events.falseNegatives;
            std::tie(d.start, d.end) = eventSpan(gold[g], goldDocument.casualties);
            d.kind = Disagreement::Kind::Missed;
            d.goldValue = gold[g].eventType;
            d.explanation = tr("Missed: gold records an event (%1, %2, %3).")
                                .arg(gold[g].eventType, gold[g].location,
                                     gold[g].date.toString(Qt::ISODate));
            d.ruleId = QStringLiteral("events");
            m_disagreements.append(d);
        } else if (g < 0) {
            ++m_events.falsePositives;
            std::tie(d.start, d.end) = eventSpan(trainee[t], traineeDocument.casualties);
            d.kind = Disagreement::Kind::Extra;
            d.traineeValue = trainee[t].eventType;
            d.explanation = tr("Extra: gold records no event (%1, %2, %3).")
                                .arg(trainee[t].eventType, trainee[t].location,
                                     trainee[t].date.toString(Qt::ISODate));
            d.ruleId = QStringLiteral("events");
            m_disagreements.append(d);
        } else {
            std::tie(d.start, d.end) = eventSpan(gold[g], goldDocument.casualties);
            const bool right = scoreFields(eventChecks(gold[g], trainee[t]), m_eventFields, d,
                                           GuidelineAnchors::forEventField, m_disagreements);
            if (right) {
                ++m_events.truePositives;
            } else {
                ++m_events.falseNegatives;
                ++m_events.falsePositives;
            }
        }
    }
}
