#pragma once

#include "core/model/annotation.h"

#include <QList>
#include <QStringList>

class RuleDocument;

// Proposes ARMED_GROUP mentions, with low confidence (0.3-0.5), for capitalised names the
// knowledge base does not know when group words surround them (codebook section 2):
//  - a name ending in a group head: "the Ansar al-Din Front", "the Sultan Murad Brigade";
//  - a name opening with an Arabic group word: "Liwa al-Haqq", "Saraya Qasioun", "Jaysh al-Izza";
//  - a name before a lower-case group noun: "Saraya Qasioun militants", "the Wagner fighters";
//  - a name after "a group called / named / known as".
// Demonyms ("Syrian fighters", "Kurdish militias") and sentence-opening words are not names.
class UnknownGroupRule
{
public:
    static QList<Mention> find(const RuleDocument &document);

    // The naming cues before a name ("called", "named", "known as"), as the rule reads them.
    static QStringList namingCues();
    // The words that stand at a cue's token, the last of each cue ("called", "named", "as"):
    // the TokenClass::NamingCue list.
    static QStringList namingCueWords();
};
