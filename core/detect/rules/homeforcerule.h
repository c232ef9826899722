#pragma once

#include "core/detect/rules/ruleinput.h"
#include "core/model/annotation.h"

#include <QList>
#include <QStringList>

class RuleDocument;

// Proposes the bare forces of the article's own state as STATE_FORCE mentions (the gold
// README's reading of codebook section 2): "the army", "Army units", "army drone", "the army
// general staff", "police", "government forces", "pro-government soldiers" name the army or
// police of the state the article is set in, which the caller gives (RuleInput::homeArmy and
// homePolice). Nothing is proposed for a force the state has none of in the knowledge base.
//
// Left out: a word that is part of a name ("Free Syrian Army", "Zamfara State Police
// Command": the word before it is capitalised or an entity), another state's force ("Syria's
// army" after an entity and "'s"; "Turkish army" is the matcher's), and generic classes
// ("police officers", "police station").
class HomeForceRule
{
public:
    static QList<Mention> find(const RuleDocument &document, const HomeForce &army,
                               const HomeForce &police);
    // The words a force is read from ("army", "police", "government", "pro-government"): the
    // TokenClass::HomeForce list.
    static QStringList forceWords();
};
