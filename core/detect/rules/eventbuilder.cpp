#include "core/detect/rules/eventbuilder.h"

#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/wordset.h"

#include <QLocale>
#include <QSet>

#include <initializer_list>

namespace {

enum class Remote { None, Air, Shelling, Explosive, Suicide };

// The words of the incident vocabulary, listed once for the sets below.
const std::initializer_list<const char *> s_attackWords = {
    "attacked", "attack", "stormed", "raided", "raid", "ambushed", "ambush", "clashed", "clashes",
    "clash", "fought", "shelled", "shelling", "bombed", "struck", "targeted", "airstrike",
    "air-strike", "strike", "explosion", "blast", "exploded", "detonated", "assaulted", "assault",
    "overran", "besieged", "firefight", "skirmish", "bombardment"};
const std::initializer_list<const char *> s_airWords = {
    "airstrike", "airstrikes", "air-strike", "air-strikes", "drone", "drones", "warplanes",
    "warplane", "jets", "aircraft", "helicopter", "helicopters", "air", "bombed", "airplanes",
    "planes"};
const std::initializer_list<const char *> s_shellingWords = {
    "shelled", "shelling", "artillery", "mortar", "mortars", "rocket", "rockets", "missile",
    "missiles", "shells", "bombardment"};
const std::initializer_list<const char *> s_explosiveWords = {
    "ied", "ieds", "landmine", "landmines", "mine", "explosive", "explosives", "detonated",
    "exploded", "vbied", "roadside", "booby-trapped", "car-bomb"};

// Words of a fight on the ground, as opposed to a strike from afar. "raid" is not one: air raids.
bool isGroundAssaultWord(QStringView norm)
{
    static const WordSet words = {"stormed", "storming", "ambushed", "ambush", "overran",
                                  "overrun", "assaulted", "assault", "clashed", "clashes",
                                  "clash", "fought", "firefight", "skirmish"};
    return words.contains(norm);
}

bool isAttackWord(QStringView norm)
{
    static const WordSet words(s_attackWords);
    return words.contains(norm);
}

Remote remoteKind(QStringView norm)
{
    static const WordSet air(s_airWords);
    static const WordSet shelling(s_shellingWords);
    static const WordSet explosive(s_explosiveWords);
    if (norm == QLatin1String("suicide"))
        return Remote::Suicide;
    if (air.contains(norm))
        return Remote::Air;
    if (shelling.contains(norm))
        return Remote::Shelling;
    if (explosive.contains(norm))
        return Remote::Explosive;
    return Remote::None;
}

// Every word isAttackWord(), isGroundAssaultWord() or remoteKind() knows: a word that is none of them (most tokens)
// is settled with one look-up.
bool mayBeEventWord(QStringView norm)
{
    static const WordSet words = [] {
        WordSet set{"suicide", "storming", "overrun"};
        for (const auto &list : {s_attackWords, s_airWords, s_shellingWords, s_explosiveWords}) {
            for (const char *word : list)
                set.insert(QString::fromUtf8(word));
        }
        return set;
    }();
    return words.contains(norm);
}

bool isBlockingBefore(QStringView norm)
{
    static const WordSet words = {
        "against", "on", "with", "at", "to", "toward", "towards", "targeting", "near", "from",
        "between", "and", "by"};
    return words.contains(norm);
}

// "22 March 2019" (or "March 2019" without the day), as QLocale(English) writes "d MMMM yyyy";
// by hand for four-digit years, as the locale parses its format on every call.
QString englishDate(const QDate &date, bool withDay)
{
    static const char *const months[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};
    if (date.year() < 1000 || date.year() > 9999) {
        static const QLocale english(QLocale::English);
        return english.toString(
            date, withDay ? QStringLiteral("d MMMM yyyy") : QStringLiteral("MMMM yyyy"));
    }
    QString out;
    if (withDay)
        out += QString::number(date.day()) + u' ';
    out += QLatin1String(months[date.month() - 1]);
    out += u' ';
    out += QString::number(date.year());
    return out;
}

struct Group
{
    QList<int> sentences;
    int lastParagraph = -1;
    QList<QDate> days; // the days its sentences name
};

class Builder
{
public:
    Builder(const RuleDocument &document, const QList<CasualtyFigure> &figures,
            const QList<Affiliation> &affiliations, const QList<DateMatch> &dates)
        : m_doc(document)
        , m_tokens(document.tokens())
        , m_figures(figures)
        , m_affiliations(affiliations)
        , m_dates(dates)
    {
    }

    QList<Event> run()
    {
        const QList<Sentence> &sentences = m_doc.sentences();
        for (int i = 0; i < m_figures.size(); ++i) {
            const int sentence = sentenceOf(m_figures[i].start);
            m_figuresBySentence[sentence].append(i);
            if (m_figures[i].scope == Scope::Event)
                m_sentencesWithEventFigures.insert(sentence);
        }
        for (int i = 0; i < m_dates.size(); ++i)
            m_datesBySentence[sentenceOf(m_dates[i].start)].append(i);
        for (int i = 0; i < m_affiliations.size(); ++i) {
            const Affiliation &a = m_affiliations[i];
            if (a.relation == Relation::PartOf && !a.former)
                m_partOfByActor[a.actor].append(i);
        }
        QList<Group> groups;
        Group current;
        int lastParagraphSeen = -1;
        bool paragraphHasIncident = false;
        auto close = [&]() {
            if (!current.sentences.isEmpty())
                groups.append(current);
            current = Group();
        };
        for (int s = 0; s < sentences.size(); ++s) {
            const int paragraph = sentences[s].paragraph;
            if (paragraph != lastParagraphSeen) {
                // A whole paragraph without incidents ends the event before it.
                if (lastParagraphSeen >= 0 && !paragraphHasIncident)
                    close();
                lastParagraphSeen = paragraph;
                paragraphHasIncident = false;
            }
            if (!isIncident(s))
                continue;
            paragraphHasIncident = true;
            if (!current.sentences.isEmpty() && paragraph != current.lastParagraph
                && startsNewIncident(s, current))
                close();
            current.sentences.append(s);
            current.lastParagraph = paragraph;
            addDays(s, current.days);
        }
        close();

        QList<Event> events;
        for (const Group &group : groups) {
            Event event;
            if (fill(group, event))
                events.append(event);
        }
        return events;
    }

private:
    QStringView norm(int t) const { return m_tokens[t].norm; }

    // Sentences are in text order and do not overlap, so a binary search finds the one
    // holding a position: the builder asks this for every figure and date of every group, and
    // a linear scan made long articles quadratic.
    int sentenceOf(int position) const
    {
        const QList<Sentence> &sentences = m_doc.sentences();
        const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
                                         [](int pos, const Sentence &s) { return pos < s.end; });
        if (it == sentences.cend() || position < it->start)
            return -1;
        return int(it - sentences.cbegin());
    }

    bool isIncident(int s) const
    {
        // The title restates the body's incident (its figures are annotated, not linked).
        if (m_doc.sentences()[s].segment == SegmentKind::Title)
            return false;
        if (m_sentencesWithEventFigures.contains(s))
            return true;
        const Sentence &sentence = m_doc.sentences()[s];
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            if (m_tokens[t].kind == RuleToken::Word && isAttackWord(norm(t))) {
                // "the battle against", "carried out several attacks": not one incident.
                if (norm(t) == QLatin1String("attack") && t > sentence.firstToken
                    && m_tokens[t - 1].kind == RuleToken::Entity)
                    continue; // "Jund al-Aqsa attacks" as a noun phrase is handled as plural
                return true;
            }
        }
        return false;
    }

    // Whether incident sentence s, opening a new paragraph, tells another incident than the
    // group's: another day does; a reference back to the incident ("the attack began with
    // ...", "the ambush", "the clashes") keeps it in the same one whatever places it names;
    // otherwise a day or place of its own does.
    bool startsNewIncident(int s, const Group &group) const
    {
        if (!group.days.isEmpty()) {
            QList<QDate> days;
            addDays(s, days);
            for (const QDate &day : days) {
                if (!group.days.contains(day))
                    return true;
            }
        }
        if (refersBack(s))
            return false;
        return hasOwnDayOrPlace(s);
    }

    // Appends the days (dates of day precision) sentence s names.
    void addDays(int s, QList<QDate> &days) const
    {
        const auto found = m_datesBySentence.constFind(s);
        if (found == m_datesBySentence.cend())
            return;
        for (int i : *found) {
            const DateMatch &d = m_dates[i];
            if (d.date.isValid() && d.precision == DatePrecision::Day)
                days.append(d.date);
        }
    }

    // "the attack", "the ambush", "the clashes": the incident already told.
    bool refersBack(int s) const
    {
        static const WordSet incidents = {
            "attack", "ambush", "raid", "strike", "assault", "explosion", "blast", "bombing",
            "shelling", "clashes", "clash", "fighting", "massacre", "assassination", "firefight",
            "incident", "counter-attack", "counterattack", "airstrike", "air-strike"};
        const Sentence &sentence = m_doc.sentences()[s];
        for (int t = sentence.firstToken; t + 1 < sentence.endToken; ++t) {
            if (norm(t) == QLatin1String("the") && m_tokens[t + 1].kind == RuleToken::Word
                && incidents.contains(norm(t + 1)))
                return true;
        }
        return false;
    }

    bool hasOwnDayOrPlace(int s) const
    {
        return m_doc.sentenceHasEntity(s, {EntityType::Location}) || [&]() {
            if (!m_doc.sentenceHasEntity(s, {EntityType::Date}))
                return false;
            for (int t : m_doc.entityTokens(s, {EntityType::Date})) {
                const QString &c = m_doc.entityOf(t)->canonical;
                if (c.size() == 10)
                    return true;
            }
            return false;
        }();
    }

    // The weapon a state force's name carries: "Russian warplanes", "a Turkish drone".
    Remote platformOf(int t) const
    {
        const EntityHit *e = m_doc.entityOf(t);
        if (!e || e->type != EntityType::StateForce)
            return Remote::None;
        const QStringView name = norm(t);
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        if (space < 0)
            return Remote::None;
        const QStringView last = name.mid(space + 1);
        return mayBeEventWord(last) ? remoteKind(last) : Remote::None;
    }

    // The first token after the dateline that opens the sentence ("KIRKUK, Iraq (Reuters) -",
    // "MOGADISHU –"): a paragraph's first sentence starting with a place and with a dash
    // among its first words. The sentence's first token when it has none.
    int datelineEnd(int s) const
    {
        const QList<Sentence> &sentences = m_doc.sentences();
        const Sentence &sentence = sentences[s];
        const bool opensParagraph = s == 0 || sentences[s - 1].paragraph != sentence.paragraph;
        const EntityHit *first = m_doc.entityOf(sentence.firstToken);
        if (!opensParagraph || !first || first->type != EntityType::Location)
            return sentence.firstToken;
        for (int t = sentence.firstToken + 1; t < sentence.endToken && t <= sentence.firstToken + 12; ++t) {
            if (m_tokens[t].kind != RuleToken::Punct)
                continue;
            const QStringView w = norm(t);
            if (w == QLatin1String("-") || w == QStringView(u"\u2013") || w == QStringView(u"\u2014"))
                return t + 1;
        }
        return sentence.firstToken;
    }

    int subjectBefore(int t, int first) const
    {
        for (int k = t - 1; k >= first; --k) {
            const EntityHit *e = m_doc.entityOf(k);
            if (!e || (e->type != EntityType::ArmedGroup && e->type != EntityType::StateForce))
                continue;
            if (k + 1 < m_tokens.size() && norm(k + 1) == QLatin1String("-"))
                continue;
            int b = k - 1;
            while (b >= first && (norm(b) == QLatin1String("the") || norm(b) == QLatin1String("a")))
                --b;
            if (b >= first && isBlockingBefore(norm(b)))
                continue;
            return k;
        }
        return -1;
    }

    // The head of the noun phrase after an attack verb: the last group named before a
    // preposition ("a headquarter of the Turkish-backed FSA group Faylaq al-Sham in ...").
    int objectAfter(int t, int end) const
    {
        int head = -1;
        for (int k = t + 1; k < end && k <= t + 14; ++k) {
            const EntityHit *e = m_doc.entityOf(k);
            if (e && (e->type == EntityType::ArmedGroup || e->type == EntityType::StateForce)) {
                head = k;
                continue;
            }
            if (e)
                continue;
            const QStringView w = norm(k);
            if (w == QLatin1String(",") || w == QLatin1String(".") || w == QLatin1String("in")
                || w == QLatin1String("near") || w == QLatin1String("at") || w == QLatin1String("during")
                || w == QLatin1String("on") || w == QLatin1String("killing") || w == QLatin1String("and")) {
                if (head >= 0)
                    break;
                if (w != QLatin1String("on") && w != QLatin1String("and"))
                    break;
            }
        }
        return head;
    }

    // The most precise place the sentences name (1 a town, 2 near a town, 3 a region; its
    // precision in `precision`); a dateline's place only when they name no other.
    const EntityHit *placeOf(const QList<int> &sentences, int &precision) const
    {
        int bestRank = 5;
        const EntityHit *place = nullptr;
        for (int s : sentences) {
            if (!m_doc.sentenceHasEntity(s, {EntityType::Location}))
                continue;
            const int dateline = datelineEnd(s);
            for (int t : m_doc.entityTokens(s, {EntityType::Location})) {
                const int p = placePrecision(s, t);
                const int rank = t < dateline ? 4 : p;
                if (rank < bestRank) {
                    bestRank = rank;
                    precision = p;
                    place = m_doc.entityOf(t);
                }
            }
        }
        return place;
    }

    // 1 a named town, 2 near it ("near the town of Saraqib", "east of Palmyra"), 3 a region.
    int placePrecision(int s, int t) const
    {
        static const WordSet region = {
            "countryside", "province", "governorate", "region", "district", "state", "area",
            "countrysides", "desert", "plains"};
        static const WordSet near = {
            "near", "outskirts", "vicinity", "outside", "close", "around", "nearby", "km",
            "kilometres", "kilometers", "miles", "east", "west", "north", "south", "northeast",
            "northwest", "southeast", "southwest"};
        const EntityHit *e = m_doc.entityOf(t);
        const int first = m_doc.sentences()[s].firstToken;
        const int end = m_doc.sentences()[s].endToken;
        if (e->admin1.isEmpty() || e->admin1 == e->canonical
            || (t + 1 < end && region.contains(norm(t + 1))))
            return 3;
        // The cue may stand four words before the name.
        for (int k = std::max(first, t - 5); k < t; ++k) {
            if (near.contains(norm(k)))
                return 2;
        }
        return 1;
    }

    // The most precise valid date of the sentences, a dateline's only when they have no other
    // ("Bamako, 24 May 2022 - ... on Sunday" happened on Sunday).
    const DateMatch *dateOf(const QList<int> &sentences) const
    {
        const DateMatch *date = nullptr;
        int bestRank = 0;
        for (int s : sentences) {
            const auto found = m_datesBySentence.constFind(s);
            if (found == m_datesBySentence.cend())
                continue;
            const int end = datelineEnd(s);
            const int dateline = end > m_doc.sentences()[s].firstToken && end < m_tokens.size()
                ? m_tokens[end].start
                : -1;
            for (int i : *found) {
                const DateMatch &d = m_dates[i];
                if (!d.date.isValid())
                    continue;
                const int rank = DateRule::timePrecision(d.precision) + (d.start < dateline ? 10 : 0);
                if (!date || rank < bestRank) {
                    date = &d;
                    bestRank = rank;
                }
            }
        }
        return date;
    }

    // For an event whose sentences name no place (or date): the nearest earlier body sentence
    // that names one, a few sentences back at most ("The attackers also abducted four aid
    // workers from a guesthouse in the town" after the paragraph that named the town).
    QList<int> contextBefore(const Group &group, EntityType type) const
    {
        const QList<Sentence> &sentences = m_doc.sentences();
        const int first = group.sentences.first();
        for (int s = first - 1; s >= 0 && s >= first - 6; --s) {
            if (sentences[s].segment == SegmentKind::Title)
                break;
            if (m_doc.sentenceHasEntity(s, {type}))
                return {s};
        }
        return {};
    }

    bool fill(const Group &group, Event &event) const
    {
        QStringList sideA;
        QStringList sideB;
        auto addTo = [](QStringList &list, const QString &name) {
            if (!name.isEmpty() && name != QLatin1String("unknown") && !list.contains(name))
                list.append(name);
        };
        bool attackVerb = false;
        bool ground = false; // a ground assault or clash: stormed, ambushed, clashes
        Remote remote = Remote::None;
        bool civilianVictims = false;
        bool armedVictims = false;
        bool captures = false;

        for (int s : group.sentences) {
            const Sentence &sentence = m_doc.sentences()[s];
            for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
                if (m_tokens[t].kind == RuleToken::Entity) {
                    const Remote r = platformOf(t);
                    if (r != Remote::None && remote == Remote::None)
                        remote = r;
                    continue;
                }
                if (m_tokens[t].kind != RuleToken::Word || !mayBeEventWord(norm(t)))
                    continue;
                const Remote r = remoteKind(norm(t));
                if (r != Remote::None && (remote == Remote::None || r == Remote::Suicide))
                    remote = r;
                ground = ground || isGroundAssaultWord(norm(t));
                if (isAttackWord(norm(t)) && norm(t) != QLatin1String("clashes")
                    && norm(t) != QLatin1String("clash") && norm(t) != QLatin1String("clashed")) {
                    const int subject = subjectBefore(t, sentence.firstToken);
                    const int object = objectAfter(t, sentence.endToken);
                    if (subject >= 0 || object >= 0)
                        attackVerb = true;
                    if (subject >= 0)
                        addTo(sideA, m_doc.entityOf(subject)->canonical);
                    if (object >= 0)
                        addTo(sideB, m_doc.entityOf(object)->canonical);
                } else if (norm(t) == QLatin1String("clashes") || norm(t) == QLatin1String("clashed")
                           || norm(t) == QLatin1String("clash")) {
                    // "clashes between X and Y", "X clashed with Y"
                    for (int k : m_doc.entityTokens(s, {EntityType::ArmedGroup, EntityType::StateForce})) {
                        if (sideA.isEmpty())
                            addTo(sideA, m_doc.entityOf(k)->canonical);
                        else if (!sideA.contains(m_doc.entityOf(k)->canonical))
                            addTo(sideB, m_doc.entityOf(k)->canonical);
                    }
                }
            }
        }

        int fatalities = 0;
        QList<qint64> ids;
        QStringList killedParts;
        QList<int> groupFigures;
        for (int s : group.sentences)
            groupFigures += m_figuresBySentence.value(s);
        std::sort(groupFigures.begin(), groupFigures.end());
        for (int i : groupFigures) {
            const CasualtyFigure &f = m_figures[i];
            if (f.scope != Scope::Event)
                continue;
            ids.append(i);
            addTo(sideA, f.perpetrator);
            if (f.victim == QLatin1String("civilians")) {
                civilianVictims = true;
                captures = captures || f.kind == CasualtyKind::Captured;
            } else if (f.victim != QLatin1String("unknown")) {
                armedVictims = true;
                addTo(sideB, f.victim);
            }
            if (f.kind == CasualtyKind::Killed && f.best) {
                fatalities += int(*f.best);
                killedParts.append(QString::number(*f.best));
            }
        }
        if (ids.isEmpty() && !attackVerb)
            return false;

        // Actors: the attacker side first.
        QString actor1 = sideA.value(0);
        QString actor2;
        for (const QString &b : sideB) {
            if (b != actor1) {
                actor2 = b;
                break;
            }
        }
        if (actor1.isEmpty() && !sideB.isEmpty()) {
            actor1 = sideB.takeFirst();
            actor2 = sideB.value(0);
        }
        // Civilians harmed by nobody named: ACLED's unidentified armed group.
        if (actor1.isEmpty() && civilianVictims)
            actor1 = QStringLiteral("Unidentified Armed Group");
        if (actor2.isEmpty() && civilianVictims)
            actor2 = QStringLiteral("Civilians");
        if (actor2.isEmpty()) {
            for (const QString &a : sideA) {
                if (a != actor1) {
                    actor2 = a;
                    break;
                }
            }
        }
        // Every entity the event's sentences name, for the associated actors; only gathered when
        // one of the two actors has a standing part_of affiliation to look through.
        QSet<QString> namedInEvent;
        if (m_partOfByActor.contains(actor1) || m_partOfByActor.contains(actor2)) {
            for (int s : group.sentences) {
                const Sentence &sentence = m_doc.sentences()[s];
                for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
                    if (const EntityHit *e = m_doc.entityOf(t))
                        namedInEvent.insert(e->canonical);
                }
            }
        }
        auto associated = [&](const QString &actor) {
            QStringList list;
            for (int i : m_partOfByActor.value(actor)) {
                const Affiliation &a = m_affiliations[i];
                if (namedInEvent.contains(a.relationTarget) && a.relationTarget != actor1
                    && a.relationTarget != actor2 && !list.contains(a.relationTarget))
                    list.append(a.relationTarget);
            }
            return list.join(QStringLiteral("; "));
        };
        event.actor1 = actor1;
        event.actor2 = actor2;
        event.assocActor1 = associated(actor1);
        event.assocActor2 = associated(actor2);

        // Type. A ground assault with armed victims is a battle, whatever weapons opened it
        // ("the attack began with two suicide car bombs, followed by an assault").
        if (ground && armedVictims && remote != Remote::None && !actor1.isEmpty()
            && !actor2.isEmpty() && actor2 != QLatin1String("Civilians"))
            remote = Remote::None;
        if (remote == Remote::Air) {
            event.eventType = QStringLiteral("Explosions/Remote violence");
            event.subEventType = QStringLiteral("Air/drone strike");
        } else if (remote == Remote::Shelling) {
            event.eventType = QStringLiteral("Explosions/Remote violence");
            event.subEventType = QStringLiteral("Shelling/artillery/missile attack");
        } else if (remote == Remote::Explosive) {
            event.eventType = QStringLiteral("Explosions/Remote violence");
            event.subEventType = QStringLiteral("Remote explosive/landmine/IED");
        } else if (remote == Remote::Suicide) {
            event.eventType = QStringLiteral("Explosions/Remote violence");
            event.subEventType = QStringLiteral("Suicide bomb");
        } else if (civilianVictims && !armedVictims && !actor1.isEmpty()) {
            event.eventType = QStringLiteral("Violence against civilians");
            event.subEventType = captures ? QStringLiteral("Abduction/forced disappearance")
                                          : QStringLiteral("Attack");
        } else if (!actor1.isEmpty() && !actor2.isEmpty() && actor2 != QLatin1String("Civilians")) {
            event.eventType = QStringLiteral("Battles");
            event.subEventType = QStringLiteral("Armed clash");
        } else {
            event.eventType = QStringLiteral("Strategic developments");
            event.subEventType = QStringLiteral("Other");
        }

        // Place and date: the incident's own, else the ones the text gave just before it.
        int bestPrecision = 4;
        const EntityHit *place = placeOf(group.sentences, bestPrecision);
        if (!place)
            place = placeOf(contextBefore(group, EntityType::Location), bestPrecision);
        if (place) {
            event.location = place->canonical;
            event.admin1 = place->admin1.isEmpty() && bestPrecision == 3 ? QString() : place->admin1;
            event.geoPrecision = bestPrecision;
        }
        const DateMatch *date = dateOf(group.sentences);
        if (!date)
            date = dateOf(contextBefore(group, EntityType::Date));
        if (date) {
            event.date = date->date;
            event.timePrecision = DateRule::timePrecision(date->precision);
        }

        event.fatalities = fatalities;
        event.casualtyIds = ids;
        for (int s : group.sentences) {
            for (int t : m_doc.entityTokens(s, {EntityType::Source})) {
                const QString &name = m_doc.entityOf(t)->canonical;
                if (!event.sources.contains(name))
                    event.sources.append(name);
            }
        }

        // Notes: "On 22 March 2019, Jund al-Aqsa attacked Faylaq al-Sham in al-Ghassaniyah
        // (Idlib). 5 killed (1 + 4)."
        QString note;
        if (date) {
            if (event.timePrecision == 1)
                note = QStringLiteral("On %1, ").arg(englishDate(event.date, true));
            else if (event.timePrecision == 2)
                note = QStringLiteral("In the week of %1, ").arg(englishDate(event.date, true));
            else
                note = QStringLiteral("In %1, ").arg(englishDate(event.date, false));
        }
        const QString who = actor1.isEmpty() ? QStringLiteral("unidentified attackers") : actor1;
        if (event.eventType == QLatin1String("Battles"))
            note += attackVerb ? QStringLiteral("%1 attacked %2").arg(who, actor2)
                               : QStringLiteral("%1 clashed with %2").arg(who, actor2);
        else if (!actor2.isEmpty())
            note += QStringLiteral("%1 attacked %2").arg(who, actor2);
        else
            note += QStringLiteral("%1 carried out an attack").arg(who);
        if (place)
            note += event.admin1.isEmpty() || event.admin1 == event.location
                ? QStringLiteral(" in %1").arg(event.location)
                : QStringLiteral(" in %1 (%2)").arg(event.location, event.admin1);
        note += QStringLiteral(".");
        if (fatalities > 0)
            note += killedParts.size() > 1
                ? QStringLiteral(" %1 killed (%2).").arg(fatalities).arg(killedParts.join(QStringLiteral(" + ")))
                : QStringLiteral(" %1 killed.").arg(fatalities);
        if (note.at(0).isLower())
            note[0] = note.at(0).toUpper();
        event.notes = note;

        double confidence = 0.6;
        if (!place)
            confidence -= 0.15;
        if (!date)
            confidence -= 0.15;
        event.provenance = RuleHelpers::proposed(QStringLiteral("rule:event.builder"), confidence);
        return true;
    }

    const RuleDocument &m_doc;
    const QList<RuleToken> &m_tokens;
    const QList<CasualtyFigure> &m_figures;
    const QList<Affiliation> &m_affiliations;
    const QList<DateMatch> &m_dates;
    // Filled once by run(), so that grouping stays linear in the length of the article.
    QSet<int> m_sentencesWithEventFigures;
    QHash<int, QList<int>> m_figuresBySentence; // sentence -> indexes into m_figures
    QHash<int, QList<int>> m_datesBySentence;   // sentence -> indexes into m_dates
    QHash<QString, QList<int>> m_partOfByActor; // actor -> its current part_of affiliations
};

} // namespace

QList<Event> EventBuilder::build(const RuleDocument &document, const QList<CasualtyFigure> &figures,
                                 const QList<Affiliation> &affiliations,
                                 const QList<DateMatch> &dates)
{
    return Builder(document, figures, affiliations, dates).run();
}
