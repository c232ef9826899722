#pragma once

#include "core/model/annotation.h"

#include <QList>

class RuleDocument;

// Proposes LOCATION mentions, with low confidence (0.4), for villages and areas the knowledge
// base does not know, where the words around them say they are places (codebook section 2):
//  - after "the village of", "the villages of", "the town of", "the area of", "the hill of",
//    "the district of", "the neighbourhood of", "the camp of": "the village of Arnabah";
//  - in a list after such a plural cue: "the villages of Maranaz and Kashtaar",
//    "the villages of al-Lataminah, Kafr Zita and al-Hamidiyah";
//  - as the second of "between <known place> and <name>": "between Sarmada and Kafr Deryan".
// The name runs over capitalised words and joined particles ("al-Hawayij", "Ma'arshurin"), at
// most four words. A name the knowledge base already matched is left to it; the canonical is
// the name as written, with no governorate, for the analyst to settle.
class UnknownPlaceRule
{
public:
    static QList<Mention> find(const RuleDocument &document);
};
