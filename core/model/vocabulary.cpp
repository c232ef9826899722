#include "core/model/vocabulary.h"

#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char *>, N>;

constexpr Table<SegmentKind, 6> segmentKinds{{{SegmentKind::Title, "title"},
                                              {SegmentKind::Body, "body"},
                                              {SegmentKind::Caption, "caption"},
                                              {SegmentKind::Boilerplate, "boilerplate"},
                                              {SegmentKind::Comment, "comment"},
                                              {SegmentKind::Spam, "spam"}}};

constexpr Table<EntityType, 7> entityTypes{{{EntityType::ArmedGroup, "ARMED_GROUP"},
                                            {EntityType::StateForce, "STATE_FORCE"},
                                            {EntityType::State, "STATE"},
                                            {EntityType::Person, "PERSON"},
                                            {EntityType::Location, "LOCATION"},
                                            {EntityType::Date, "DATE"},
                                            {EntityType::Source, "SOURCE"}}};

constexpr Table<Status, 5> statuses{{{Status::Proposed, "proposed"},
                                     {Status::Confirmed, "confirmed"},
                                     {Status::Rejected, "rejected"},
                                     {Status::Corrected, "corrected"},
                                     {Status::Manual, "manual"}}};

constexpr Table<Relation, 5> relations{{{Relation::AffiliatedWith, "affiliated_with"},
                                        {Relation::BackedBy, "backed_by"},
                                        {Relation::PartOf, "part_of"},
                                        {Relation::AlliedWith, "allied_with"},
                                        {Relation::SplinterOf, "splinter_of"}}};

constexpr Table<Stance, 3> stances{
    {{Stance::Asserted, "asserted"}, {Stance::Reported, "reported"}, {Stance::Alleged, "alleged"}}};

constexpr Table<CasualtyKind, 5> casualtyKinds{{{CasualtyKind::Killed, "killed"},
                                                {CasualtyKind::Wounded, "wounded"},
                                                {CasualtyKind::Captured, "captured"},
                                                {CasualtyKind::Missing, "missing"},
                                                {CasualtyKind::Unknown, "unknown"}}};

constexpr Table<Precision, 6> precisions{{{Precision::Exact, "exact"},
                                          {Precision::AtLeast, "at_least"},
                                          {Precision::AtMost, "at_most"},
                                          {Precision::Approximate, "approximate"},
                                          {Precision::Range, "range"},
                                          {Precision::Vague, "vague"}}};

constexpr Table<Scope, 2> scopes{{{Scope::Event, "event"}, {Scope::Period, "period"}}};

template<typename Enum, std::size_t N>
QString spell(const Table<Enum, N> &table, Enum value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> parse(const Table<Enum, N> &table, const QString &text)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList spellings(const Table<Enum, N> &table)
{
    QStringList result;
    for (const auto &entry : table)
        result << QString::fromLatin1(entry.second);
    return result;
}

} // namespace

QString toString(SegmentKind kind) { return spell(segmentKinds, kind); }
QString toString(EntityType type) { return spell(entityTypes, type); }
QString toString(Status status) { return spell(statuses, status); }
QString toString(Relation relation) { return spell(relations, relation); }
QString toString(Stance stance) { return spell(stances, stance); }
QString toString(CasualtyKind kind) { return spell(casualtyKinds, kind); }
QString toString(Precision precision) { return spell(precisions, precision); }
QString toString(Scope scope) { return spell(scopes, scope); }

#define CWB_VOCABULARY(Enum, table)                                                                \
    template<>                                                                                     \
    std::optional<Enum> fromString<Enum>(const QString &text)                                     \
    {                                                                                              \
        return parse(table, text);                                                                 \
    }                                                                                              \
    template<>                                                                                     \
    QStringList allSpellings<Enum>()                                                               \
    {                                                                                              \
        return spellings(table);                                                                   \
    }

CWB_VOCABULARY(SegmentKind, segmentKinds)
CWB_VOCABULARY(EntityType, entityTypes)
CWB_VOCABULARY(Status, statuses)
CWB_VOCABULARY(Relation, relations)
CWB_VOCABULARY(Stance, stances)
CWB_VOCABULARY(CasualtyKind, casualtyKinds)
CWB_VOCABULARY(Precision, precisions)
CWB_VOCABULARY(Scope, scopes)

bool isClaimSegment(SegmentKind kind)
{
    return kind == SegmentKind::Title || kind == SegmentKind::Body || kind == SegmentKind::Caption;
}
