#pragma once

#include "core/model/annotation.h"

#include <QList>

class RuleDocument;

// Proposes affiliations (codebook section 3) between entities of a sentence:
//  - compounds "ISIS-affiliated X", "X-linked", "Turkish-backed X" (the adjective arrives as a
//    STATE hit "Turkey"), "US-allied X": relation to the head of the noun phrase that follows;
//  - "X group Y" inside such a phrase ("Free Syrian Army (FSA) group Faylaq al-Sham"): Y part_of X;
//  - phrases "loyal to", "pledged allegiance to", "an affiliate of", "backed/supported/funded/
//    armed by", "a faction of", "member of", "branch of", "allied with", "alongside", "joint
//    operation with", "broke away from", "offshoot of", "splinter of"; possessives "X's proxy",
//    "X's Syrian branch";
//  - a person next to a role of a group: "Abu ..., a Qatari commander of al-Qaeda".
// The actor is the entity the phrase is about: the head that follows a compound, an apposition
// ("the former branch of al-Qaeda in Syria Hay'at Tahrir al-Sham"), or the nearest actor before
// the phrase in the same sentence. "the ISIS-affiliated group" with no name binds only to a group
// of the same sentence that is not an opponent or a target of it; with none, nothing is proposed.
//
// former: "former", "ex-", "formerly", "previously" right before the cue. Stance: alleged for
// "allegedly", "accused"; reported for "reportedly", "according to", "said"; else asserted.
// attributedTo: the SOURCE entity the sentence names (after "according to" first).
// The same (actor, relation, target, former) is proposed once, at its first statement.
class AffiliationRule
{
public:
    static QList<Affiliation> find(const RuleDocument &document);
};
