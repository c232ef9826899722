#pragma once

#include "core/model/annotation.h"

#include <QList>

class RuleDocument;

// Binds an acronym in parentheses to the name before it (codebook section 2):
// "Free Syrian Army (FSA)", "Syrian Liberation Front (SLF)".
//  - name is an entity, acronym is not: the acronym mention takes the name's type, canonical
//    and kbId ("rule:acronym.bound");
//  - acronym is an entity, name is not: the name mention takes the acronym's;
//  - neither: when the acronym's letters are the initials of the capitalised words before it,
//    both become mentions with the name as canonical, ARMED_GROUP (SOURCE when the name reads
//    like an outlet or monitor), low confidence ("rule:acronym.unknown").
class AcronymRule
{
public:
    static QList<Mention> find(const RuleDocument &document);

    // "SLF" -> "SLF"; "al-Sham" -> "S"; "wal-Muslimin" -> "M": the letter a word contributes.
    static QChar initialOf(QStringView word);
};
