#pragma once

#include "core/model/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Who or what made an annotation, how sure it was, and where review stands
// (codebook section 6). Every annotation kind carries one.
struct Provenance
{
    Status status = Status::Proposed;
    QString origin;          // "kb:jund-al-aqsa", "rule:casualty.verb-object", "manual"
    double confidence = 1.0; // 0..1
    QString annotator;       // who made or last reviewed it
    QDateTime created;       // UTC
    QDateTime updated;       // UTC
};

// A span of text naming an entity (codebook section 2).
struct Mention
{
    qint64 id = 0;
    int start = 0; // code points
    int end = 0;
    QString text;
    EntityType type = EntityType::ArmedGroup;
    QString canonical; // knowledge-base canonical name, or the surface form
    QString kbId;      // empty when no entry exists
    Provenance provenance;
};

// A claim the article makes that one actor stands in a relation to another (section 3).
struct Affiliation
{
    qint64 id = 0;
    QString actor;
    QString relationTarget;
    Relation relation = Relation::AffiliatedWith;
    bool former = false;
    Stance stance = Stance::Asserted;
    QString attributedTo; // the source the text attributes the claim to, if any
    int start = 0;        // the stating span, code points
    int end = 0;
    Provenance provenance;
};

// A span stating a number of people harmed, with structured values (section 4).
struct CasualtyFigure
{
    qint64 id = 0;
    int start = 0;
    int end = 0;
    QString text;
    CasualtyKind kind = CasualtyKind::Killed;
    QString victim; // actor, "civilians" or "unknown"
    QString perpetrator;
    std::optional<qint64> low;
    std::optional<qint64> best;
    std::optional<qint64> high;
    Precision precision = Precision::Exact;
    bool hedged = false;
    Scope scope = Scope::Event;
    Provenance provenance;
};

// One incident for ACLED-style export (section 5).
struct Event
{
    qint64 id = 0;
    QString eventType;
    QString subEventType;
    QString actor1;
    QString assocActor1;
    QString actor2;
    QString assocActor2;
    QString location;
    QString admin1;
    int geoPrecision = 0;  // 1 named town, 2 near a town, 3 region only; 0 unknown
    QDate date;
    int timePrecision = 0; // 1 day, 2 week, 3 month; 0 unknown
    int fatalities = 0;
    QStringList sources;
    QString notes;
    QList<qint64> casualtyIds;
    Provenance provenance;
};
