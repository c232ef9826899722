#pragma once

#include "core/model/vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The stable anchors of the labelling conventions (../shared/CONVENTIONS.md): one per section
// heading and one per rule that a disagreement can turn on (an entity type's row, a relation's
// row, a casualty field). Trainee feedback names the anchor that decides each disagreement and
// the guideline viewer scrolls to it, so the ids are part of the program's vocabulary: add
// anchors, never rename one. This table is the only place they are written.
class GuidelineAnchors
{
    Q_DECLARE_TR_FUNCTIONS(GuidelineAnchors)

public:
    struct Anchor
    {
        const char *id;      // "entity-types.armed-group"
        const char *section; // the codebook's section number, "2"
        const char *title;   // English heading; title() translates it
    };

    static QList<Anchor> all();
    static bool contains(const QString &id);
    // The section number of an anchor ("2"), empty for an unknown id.
    static QString section(const QString &id);
    // The anchor's heading in the user's language, empty for an unknown id.
    static QString title(const QString &id);

    // The rule that says what a type covers: "entity-types.armed-group".
    static QString forEntityType(EntityType type);
    // The row of a relation: "affiliations.backed-by".
    static QString forRelation(Relation relation);
    // The rule deciding one casualty field: "kind", "victim", "best" (reading numbers).
    static QString forCasualtyField(const QString &field);
    // The rule deciding one event field: "type", "date", "location", "fatalities".
    static QString forEventField(const QString &field);
};
