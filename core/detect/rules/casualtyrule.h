#pragma once

#include "core/model/annotation.h"

#include <QList>
#include <QStringList>

class RuleDocument;

// Proposes casualty figures (codebook section 4): a number phrase joined to a casualty verb or
// noun, to the victim and, when the text says so, to the perpetrator.
//
// Shapes read (N a number phrase from NumberReader, V a victim phrase):
//  - subject:  "N V were (reportedly) killed (by X | in X attacks)", "3 soldiers killed in ...",
//              "two of them died", "N V and M W were wounded";
//  - object:   "X killed N V", "..., killing N V and wounding M others", "X captured N V";
//  - loss:     "X lost N of its fighters" (victim X, killed);
//  - noun:     "N dead", "N civilian casualties" (unknown kind: never counted as deaths),
//              "the death toll rose to N".
// V is "N fighters of X", "N X fighters", "N of X's members", "one of its fighters" (its = the
// actor before), "two of them" (the previous victim), "N civilians" (victim "civilians"),
// "N soldiers / troops / policemen" (the state force named in the sentence or paragraph, or the
// forces of a state adjective "Nigerian soldiers" -> "Military Forces of Nigeria"; else
// "unknown"). Materiel ("captured 3 tanks", "loads of weapons") is not people and gives nothing.
//
// The perpetrator of an active verb is the nearest actor before it that is not the object of
// "against / attacked / with ..."; of a passive one, "by X", "in X attacks", "at the hands of X".
// "X lost N" takes the perpetrator from context: another figure of the sentence where X killed Y.
//
// hedged: reportedly, allegedly, claimed, unconfirmed, purportedly or "according to" in the
// sentence. scope: period for aggregates ("since 2017", "so far", "during the campaign"), plural
// attacks with no day, month- or year-level dates, and vague numbers with nothing tying them to
// one incident; event when a day, a place or a singular incident ("the attack") ties them.
// The span is the stating phrase: number, verb and victim, not the perpetrator.
class CasualtyRule
{
public:
    static QList<CasualtyFigure> find(const RuleDocument &document);
    // The words that tell a figure's scope and hedging (incident nouns, aggregate cues, hedges
    // and the first words of cues such as "so far"): the TokenClass::CasualtyScope list.
    static QStringList scopeWordList();
};
