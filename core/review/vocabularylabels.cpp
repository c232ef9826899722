#include "core/review/vocabularylabels.h"

QString VocabularyLabels::label(EntityType type)
{
    switch (type) {
    case EntityType::ArmedGroup:
        return tr("Armed group");
    case EntityType::StateForce:
        return tr("State force");
    case EntityType::State:
        return tr("State");
    case EntityType::Person:
        return tr("Person");
    case EntityType::Location:
        return tr("Location");
    case EntityType::Date:
        return tr("Date");
    case EntityType::Source:
        return tr("Source");
    }
    return toString(type);
}

QString VocabularyLabels::label(Status status)
{
    switch (status) {
    case Status::Proposed:
        return tr("proposed");
    case Status::Confirmed:
        return tr("confirmed");
    case Status::Rejected:
        return tr("rejected");
    case Status::Corrected:
        return tr("corrected");
    case Status::Manual:
        return tr("manual");
    }
    return toString(status);
}

QString VocabularyLabels::label(Relation relation)
{
    switch (relation) {
    case Relation::AffiliatedWith:
        return tr("affiliated with");
    case Relation::BackedBy:
        return tr("backed by");
    case Relation::PartOf:
        return tr("part of");
    case Relation::AlliedWith:
        return tr("allied with");
    case Relation::SplinterOf:
        return tr("splinter of");
    }
    return toString(relation);
}

QString VocabularyLabels::label(Stance stance)
{
    switch (stance) {
    case Stance::Asserted:
        return tr("asserted");
    case Stance::Reported:
        return tr("reported");
    case Stance::Alleged:
        return tr("alleged");
    }
    return toString(stance);
}

QString VocabularyLabels::label(CasualtyKind kind)
{
    switch (kind) {
    case CasualtyKind::Killed:
        return tr("killed");
    case CasualtyKind::Wounded:
        return tr("wounded");
    case CasualtyKind::Captured:
        return tr("captured");
    case CasualtyKind::Missing:
        return tr("missing");
    case CasualtyKind::Unknown:
        return tr("unknown");
    }
    return toString(kind);
}

QString VocabularyLabels::label(Precision precision)
{
    switch (precision) {
    case Precision::Exact:
        return tr("exact");
    case Precision::AtLeast:
        return tr("at least");
    case Precision::AtMost:
        return tr("at most");
    case Precision::Approximate:
        return tr("approximate");
    case Precision::Range:
        return tr("range");
    case Precision::Vague:
        return tr("vague");
    }
    return toString(precision);
}

QString VocabularyLabels::label(Scope scope)
{
    switch (scope) {
    case Scope::Event:
        return tr("event");
    case Scope::Period:
        return tr("period");
    }
    return toString(scope);
}

QString VocabularyLabels::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}
