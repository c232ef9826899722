#pragma once

#include "core/model/annotation.h"

#include <QList>

class RuleDocument;

// Proposes PERSON mentions (codebook section 2) that the knowledge base does not know:
// kunyas ("Abu Abd al-Aziz al-Qatari", "Umm Sayyaf"), names after a title or role ("commander
// Ahmed al-Hassan", "spokesman John Smith", "President Bashar al-Assad"), names in apposition to
// a role ("Ahmed al-Hassan, a commander of ..."), Arabic names built with al-/bin/ibn, and the
// last word of a name found so, named again alone ("Al-Hariri was"), as the same person.
//
// The role word is never part of the span, and neither are surrounding quotes: the span runs
// from the first to the last name word.
class PersonRule
{
public:
    static QList<Mention> find(const RuleDocument &document);

    // Role words that precede or describe a person ("commander", "spokesman", "Gen.").
    static bool isRoleWord(QStringView norm);
    // True when the word can be part of a personal or group name: capitalised, or an Arabic
    // particle ("al-Aziz", "bin", "ibn", "ad-Din").
    static bool isNameWord(const RuleDocument &document, int token);
};
