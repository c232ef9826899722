#pragma once

#include "core/detect/rules/daterule.h"
#include "core/model/annotation.h"

#include <QList>
#include <QStringList>

class RuleDocument;

// Groups what describes one incident into an ACLED-style Event (codebook section 5).
//
// An incident sentence holds an event-scope casualty figure or an attack / clash / strike verb
// ("attacked", "clashed", "ambushed", "shelled", "an explosion"); plural aggregates ("carried out
// several attacks") are not incidents. Incident sentences of one paragraph form one event; the
// next paragraph joins it when it names no day or place of its own ("The source said that X lost
// ..." after the paragraph with the date and the town), and a paragraph without incidents ends
// it. An event needs a figure, or an attack with an actor and a date or place.
//
// Fields: event type and sub-type (Explosions/Remote violence for air and drone strikes,
// shelling, IEDs; Violence against civilians when civilians are the victims of an armed actor;
// Battles/Armed clash between two armed actors; Strategic developments otherwise); actor1 the
// attacker or perpetrator, actor2 the target or victim, associated actors the groups they are
// part_of when named in the event's sentences; location the most precise place (1 a named town,
// 2 "near"/"outskirts of" a town, 3 a governorate / region: a place whose admin1 is itself or
// empty, or followed by "countryside", "province"); the most precise date; fatalities the sum of
// the best values of the killed, event-scope figures (injuries and captures are not added);
// casualtyIds the indexes of the event's figures in the list given to build(); SOURCE entities of
// the event's sentences; and a one-sentence note.
class EventBuilder
{
public:
    static QList<Event> build(const RuleDocument &document, const QList<CasualtyFigure> &figures,
                              const QList<Affiliation> &affiliations,
                              const QList<DateMatch> &dates);
    // The words that make a token count for an incident's type and actors (attack, air, shelling,
    // explosive and ground-assault words, "suicide"): the TokenClass::Incident list.
    static QStringList incidentWords();
};
