#pragma once

#include "core/detect/rules/numberreader.h"
#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/ruleengine.h"
#include "core/detect/rules/ruleinput.h"
#include "core/detect/rules/tokenizer.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Helpers for the rule tests: a test reads "sentence + hits -> proposals".
//
// Hits are written compactly as "surface=T:canonical[@admin1]" separated by ";", where T is
// G ARMED_GROUP, F STATE_FORCE, S STATE, P PERSON, L LOCATION, D DATE, O SOURCE, e.g.
//   "Jund al-Aqsa=G:Jund al-Aqsa; Turkish=S:Turkey; al-Ghassaniyah=L:al-Ghassaniyah@Idlib"
// Every whole-word occurrence of the surface in the text becomes a hit, as the matcher would
// report it (the matcher is not used: the rules must not depend on it).
namespace RuleTest {

// The sentences the rules read in a text that is all body.
inline QList<Sentence> sentencesOf(const QString &text)
{
    RuleInput input;
    input.text = text;
    input.segments = {Segment{0, int(text.size()), SegmentKind::Body}};
    return RuleDocument(input, {}, NumberReader()).sentences();
}

// The plain computation of a token's normal form: lower case, apostrophes and hyphens unified.
inline QString plainNormal(const QString &word)
{
    QString normal = word.toLower();
    for (QChar &c : normal) {
        if (Tokenizer::isApostrophe(c))
            c = u'\'';
        else if (Tokenizer::isHyphen(c))
            c = u'-';
    }
    return normal;
}

inline EntityType typeOf(QChar code)
{
    switch (code.unicode()) {
    case 'G':
        return EntityType::ArmedGroup;
    case 'F':
        return EntityType::StateForce;
    case 'S':
        return EntityType::State;
    case 'P':
        return EntityType::Person;
    case 'L':
        return EntityType::Location;
    case 'D':
        return EntityType::Date;
    default:
        return EntityType::Source;
    }
}

inline QList<EntityHit> hitsIn(const QString &text, const QString &spec)
{
    QList<EntityHit> hits;
    for (const QString &entry : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString e = entry.trimmed();
        const int eq = e.lastIndexOf(u'=');
        if (eq <= 0)
            continue;
        const QString surface = e.left(eq);
        const QString rest = e.mid(eq + 1);
        const EntityType type = typeOf(rest.at(0));
        QString canonical = rest.mid(2);
        QString admin1;
        const int at = canonical.indexOf(u'@');
        if (at >= 0) {
            admin1 = canonical.mid(at + 1);
            canonical = canonical.left(at);
        }
        int from = 0;
        while ((from = text.indexOf(surface, from)) >= 0) {
            const int end = from + surface.size();
            const bool leftOk = from == 0 || !text.at(from - 1).isLetterOrNumber();
            const bool rightOk = end >= text.size() || !text.at(end).isLetterOrNumber();
            if (leftOk && rightOk) {
                EntityHit hit;
                hit.start = from;
                hit.end = end;
                hit.type = type;
                hit.canonical = canonical;
                hit.kbId = QStringLiteral("kb:") + canonical.toLower().replace(u' ', u'-');
                hit.confidence = 0.9;
                hit.admin1 = admin1;
                hits.append(hit);
            }
            from = end;
        }
    }
    std::sort(hits.begin(), hits.end(),
              [](const EntityHit &a, const EntityHit &b) { return a.start < b.start; });
    return hits;
}

// Runs the engine on text that is one segment of the given kind.
inline RuleOutput run(const QString &text, const QString &hits, QDate published = QDate(),
                      SegmentKind kind = SegmentKind::Body)
{
    RuleInput input;
    input.text = text;
    input.segments = {Segment{0, int(text.size()), kind}};
    input.hits = hitsIn(text, hits);
    input.published = published;
    return RuleEngine::run(input);
}

// The same in an article set in a state whose army and police are given (canonical names;
// empty: none known).
inline RuleOutput runAtHome(const QString &text, const QString &hits, const QString &army,
                            const QString &police)
{
    RuleInput input;
    input.text = text;
    input.segments = {Segment{0, int(text.size()), SegmentKind::Body}};
    input.hits = hitsIn(text, hits);
    input.homeArmy = {army, army.isEmpty() ? QString() : QStringLiteral("kb:army")};
    input.homePolice = {police, police.isEmpty() ? QString() : QStringLiteral("kb:police")};
    return RuleEngine::run(input);
}

inline QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

// "killed|Faylaq al-Sham|by Jund al-Aqsa|4/4/4|exact|event" (+ "|hedged")
inline QString describe(const CasualtyFigure &f)
{
    QString s = QStringLiteral("%1|%2|by %3|%4/%5/%6|%7|%8")
                    .arg(toString(f.kind), f.victim,
                         f.perpetrator.isEmpty() ? QStringLiteral("?") : f.perpetrator,
                         optionalNumber(f.low), optionalNumber(f.best), optionalNumber(f.high),
                         toString(f.precision), toString(f.scope));
    if (f.hedged)
        s += QStringLiteral("|hedged");
    return s;
}

inline QStringList describe(const QList<CasualtyFigure> &figures)
{
    QStringList list;
    for (const CasualtyFigure &f : figures)
        list.append(describe(f));
    return list;
}

// "Faylaq al-Sham backed_by Turkey" (+ " former", + " reported(Enab Baladi)")
inline QString describe(const Affiliation &a)
{
    QString s = QStringLiteral("%1 %2 %3").arg(a.actor, toString(a.relation), a.relationTarget);
    if (a.former)
        s += QStringLiteral(" former");
    if (a.stance != Stance::Asserted) {
        s += QLatin1Char(' ') + toString(a.stance);
        if (!a.attributedTo.isEmpty())
            s += QStringLiteral("(%1)").arg(a.attributedTo);
    }
    return s;
}

inline QStringList describe(const QList<Affiliation> &affiliations)
{
    QStringList list;
    for (const Affiliation &a : affiliations)
        list.append(describe(a));
    return list;
}

// "PERSON Abu Bakr al-Baghdadi", "DATE March 22=2019-03-22" (canonical shown when it differs).
inline QString describe(const Mention &m)
{
    QString s = toString(m.type) + QLatin1Char(' ') + m.text;
    if (m.canonical != m.text)
        s += QLatin1Char('=') + m.canonical;
    return s;
}

inline QStringList describe(const QList<Mention> &mentions, EntityType type)
{
    QStringList list;
    for (const Mention &m : mentions) {
        if (m.type == type)
            list.append(describe(m));
    }
    return list;
}

} // namespace RuleTest
