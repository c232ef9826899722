#pragma once

#include "core/model/annotation.h"

#include <QList>
#include <QString>
#include <QStringList>

class RuleDocument;

// Proposes attackers the text leaves unnamed as ARMED_GROUP mentions linked to ACLED's
// "Unidentified Armed Group (<country>)" (the gold README's reading of codebook section 2):
// "gunmen", "unknown gunmen", "Armed bandits", "unidentified gunmen on motorbikes" ("the
// gunmen" alone refers back and is left out). The country is the state the article is set
// in, which the caller gives; without one the canonical has no country. Giving them an actor
// lets the casualty and event rules name a perpetrator.
class UnidentifiedGroupRule
{
public:
    static QList<Mention> find(const RuleDocument &document, const QString &homeState);
    // "Unidentified Armed Group (Nigeria)", or "Unidentified Armed Group" without a state.
    static QString canonicalFor(const QString &homeState);
    // The nouns it proposes ("gunmen", "bandits"): the TokenClass::AttackerNoun list.
    static QStringList attackerNouns();
};
