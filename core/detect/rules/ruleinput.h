#pragma once

#include "core/model/annotation.h"
#include "core/model/segment.h"
#include "core/model/vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

// The contract between the knowledge-base matcher and the rules (codebook sections 2-5).
//
// Offsets. Everything here is a UTF-16 position of `text` (a QString index), including the
// segments and the offsets of every proposal in RuleOutput. The model stores code points; the
// pipeline converts both ways with OffsetMap, once, at its edges. Keeping the rules in UTF-16
// lets them use QRegularExpression and QStringView positions directly.
//
// Lifetime. RuleInput::text is a view: the caller keeps the string alive during run().

// One knowledge-base alias found in the text.
struct EntityHit
{
    int start = 0; // UTF-16, inclusive
    int end = 0;   // UTF-16, exclusive
    EntityType type = EntityType::ArmedGroup;
    QString canonical; // "Turkey" for the surface "Turkish"
    QString kbId;
    double confidence = 1.0;
    // For LOCATION hits: the governorate / province / state the place lies in, filled by the
    // pipeline from the knowledge base. Equal to `canonical` when the place is itself a
    // first-level division; empty when unknown or for a country.
    QString admin1;
    // For LOCATION hits: an area rather than a settlement (a valley, a mountain range, a
    // district): an event there is placed with region precision, like a governorate.
    bool area = false;
};

// A state force of the knowledge base, as a bare "army" or "police" names it.
struct HomeForce
{
    QString canonical; // empty: the article's state has none known
    QString kbId;
};

struct RuleInput
{
    QStringView text;        // the article text
    QList<Segment> segments; // UTF-16 positions, tiling the text
    QList<EntityHit> hits;   // from the knowledge-base matcher, sorted by start
    QDate published;         // may be invalid
    // The army and police of the state the article is set in (the pipeline infers the state
    // from the places it names), for HomeForceRule.
    HomeForce homeArmy;
    HomeForce homePolice;
    // That state's canonical name ("Nigeria"), for the groups the text leaves unnamed; empty
    // when the article names no place.
    QString homeState;
};

// What the rules propose. Every item carries Provenance{Proposed, "rule:<name>", confidence}.
//
// Event::casualtyIds holds, for now, indexes into RuleOutput::casualties (not database ids):
// whoever stores the figures replaces each index by the id the figure received.
struct RuleOutput
{
    QList<Mention> mentions; // new mentions: DATE, PERSON, SOURCE, acronym-bound and unknown groups
    QList<Affiliation> affiliations;
    QList<CasualtyFigure> casualties;
    QList<Event> events;
};
