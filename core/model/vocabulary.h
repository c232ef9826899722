#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The closed vocabularies of the codebook (../shared/CONVENTIONS.md). Each enum has one
// spelling used everywhere data leaves the program: the database, the document JSON and
// the exports. toString()/fromString() are the only places that spelling is written.

enum class SegmentKind { Title, Body, Caption, Boilerplate, Comment, Spam };
enum class EntityType { ArmedGroup, StateForce, State, Person, Location, Date, Source };
enum class Status { Proposed, Confirmed, Rejected, Corrected, Manual };
enum class Relation { AffiliatedWith, BackedBy, PartOf, AlliedWith, SplinterOf };
enum class Stance { Asserted, Reported, Alleged };
enum class CasualtyKind { Killed, Wounded, Captured, Missing, Unknown };
enum class Precision { Exact, AtLeast, AtMost, Approximate, Range, Vague };
enum class Scope { Event, Period };

QString toString(SegmentKind kind);
QString toString(EntityType type);
QString toString(Status status);
QString toString(Relation relation);
QString toString(Stance stance);
QString toString(CasualtyKind kind);
QString toString(Precision precision);
QString toString(Scope scope);

// fromString returns nothing for a spelling the vocabulary does not hold, so that
// importers can report the bad value instead of guessing.
template<typename Enum>
std::optional<Enum> fromString(const QString &text);

template<typename Enum>
QStringList allSpellings();

// True for the segment kinds whose text is the article's own claim (codebook section 1).
bool isClaimSegment(SegmentKind kind);
