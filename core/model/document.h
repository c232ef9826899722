#pragma once

#include "core/model/annotation.h"
#include "core/model/article.h"
#include "core/model/segment.h"

#include <QList>

// An article with everything known about it: its segments and its annotations. This is the
// unit that ingest produces, detection fills, the store saves and the document JSON carries.
struct Document
{
    Article article;
    QList<Segment> segments;
    QList<Mention> mentions;
    QList<Affiliation> affiliations;
    QList<CasualtyFigure> casualties;
    QList<Event> events;
};
