#pragma once

#include "core/model/vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

// How sure the knowledge base is of an entry or an affiliation, following the marks of the
// facts it was built from: confirmed (stated by the cited source), second_hand (◐, seen only
// through a secondary listing) and unverified (✱, recalled and not re-checked, or added by us
// without a source). A higher certainty wins when one alias names several entries.
enum class Certainty { Unverified = 0, SecondHand = 1, Confirmed = 2 };

QString toString(Certainty certainty);
std::optional<Certainty> certaintyFromString(const QString &text);
QStringList certaintySpellings();

// One canonical thing the knowledge base knows: an actor, a state, a place or a news source,
// with every spelling it goes by. Plain data; KnowledgeBase owns the collection.
struct KbEntry
{
    QString id;        // stable key, e.g. "jund-al-aqsa"; unique across the knowledge base
    QString canonical; // the name annotations are normalised to
    EntityType type = EntityType::ArmedGroup;
    QString kind;            // places: governorate|town|country|region; sources: monitor|outlet|agency|state_media
    QStringList aliases;     // spellings, transliterations, acronyms (without the canonical name)
    QStringList adjectives;  // states: adjectives and demonyms ("Turkish", "Turk")
    QString acledName;       // ACLED-style actor name, when known
    std::optional<Certainty> acledCertainty; // how sure that name is (its own mark in the facts)
    QString governorate;     // places: id of the governorate the place lies in
    QString country;         // places and sources: id of the state
    QString army;            // states: id of the state's army (a STATE_FORCE entry), if known
    QString police;          // states: id of the state's police force, if known
    QString area;            // indicative area of operation, free text
    QString notes;
    QStringList sources;     // source keys of the facts file ("WP-BELL", "A-LIST")
    Certainty certainty = Certainty::Unverified;
    bool project = false;    // true for entries of the project overlay (not bundled)

    // canonical, then aliases, then adjectives: every spelling the matcher looks for.
    QStringList allNames() const
    {
        QStringList names{canonical};
        names += aliases;
        names += adjectives;
        return names;
    }
};

// A standing relation between two entries that the knowledge base holds (as opposed to a claim
// an article makes, which is an Affiliation in core/model/annotation.h).
struct KbAffiliation
{
    QString actorId;
    Relation relation = Relation::AffiliatedWith;
    QString targetId;
    QString from; // "2017-01-28", "2015", or empty when unknown
    QString to;   // empty while it stands
    bool former = false;
    Certainty certainty = Certainty::Unverified;
    QStringList sources;
    QString note;
};

// An actor that took a new name, or merged into another, from a date on: an article published
// after it that still uses the old name ("Jabhat al-Nusra" in a 2019 pro-government report)
// means the newer actor (the gold set's "a referent, not a surface, decides the canonical").
struct KbRenaming
{
    QString fromId;
    QString toId;
    QString on; // "2017-01-28", "2017-01" or "2017" (then from the end of that month or year)
    QDate effective; // the first day an article's old name means the new actor (from `on`)
    QStringList sources;
    QString note;
};
