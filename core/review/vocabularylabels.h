#pragma once

#include "core/model/vocabulary.h"

#include <QCoreApplication>
#include <QString>

// The codebook's closed vocabularies as the analyst reads them in the review panels, in the
// user's language ("Armed group", "at least", "reported"). The spellings in
// core/model/vocabulary.h stay what the data uses; these are for display only.
class VocabularyLabels
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyLabels)

public:
    static QString label(EntityType type);
    static QString label(Status status);
    static QString label(Relation relation);
    static QString label(Stance stance);
    static QString label(CasualtyKind kind);
    static QString label(Precision precision);
    static QString label(Scope scope);
    static QString yesNo(bool value);
};
