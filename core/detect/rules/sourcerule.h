#pragma once

#include "core/model/annotation.h"

#include <QList>
#include <QStringList>

class RuleDocument;

// Proposes SOURCE mentions (codebook section 2) for who reports or claims:
//  - "according to the Syrian pro-opposition news outlet Enab Baladi" -> the name after the
//    descriptors ("Enab Baladi"), unless an entity (a knowledge-base SOURCE hit, a group, a
//    person) already covers it: nothing is duplicated;
//  - "activists said", "local sources reported", "according to witnesses" -> the generic source
//    with its modifiers ("Syrian opposition activists");
//  - "Reuters reported", "... told AFP" -> a capitalised name that is not an entity, with low
//    confidence.
// "the source said", "the sources", "he said" are anaphoric: no mention is created.
class SourceRule
{
public:
    static QList<Mention> find(const RuleDocument &document);

    // Generic nouns for sources ("activists", "witnesses", "sources", "officials").
    static bool isSourceNoun(QStringView norm);
    // Verbs of saying and reporting ("said", "reported", "told", "claimed", "believe").
    static bool isSpeechVerb(QStringView norm);
    // Every word isSpeechVerb() answers true for.
    static QStringList speechVerbs();
    // The words its readings start at: "according" and the speech verbs (the
    // TokenClass::SourceStart list).
    static QStringList readingStartWords();
};
