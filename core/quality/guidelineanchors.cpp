#include "core/quality/guidelineanchors.h"

#include <array>

namespace {

// Section numbers and headings follow CONVENTIONS.md; the sub-anchors name a table row or a
// paragraph of their section.
constexpr std::array<GuidelineAnchors::Anchor, 32> anchors{{
    {"segments", "1", QT_TRANSLATE_NOOP("GuidelineAnchors", "Segments: what is the article and what is page noise")},
    {"entity-types", "2", QT_TRANSLATE_NOOP("GuidelineAnchors", "Entity types")},
    {"entity-types.armed-group", "2", QT_TRANSLATE_NOOP("GuidelineAnchors", "Armed group")},
    {"entity-types.state-force", "2", QT_TRANSLATE_NOOP("GuidelineAnchors", "State force")},
    {"entity-types.state", "2", QT_TRANSLATE_NOOP("GuidelineAnchors", "State")},
    {"entity-types.person", "2", QT_TRANSLATE_NOOP("GuidelineAnchors", "Person")},
    {"entity-types.location", "2", QT_TRANSLATE_NOOP("GuidelineAnchors", "Location")},
    {"entity-types.date", "2", QT_TRANSLATE_NOOP("GuidelineAnchors", "Date")},
    {"entity-types.source", "2", QT_TRANSLATE_NOOP("GuidelineAnchors", "Source")},
    {"entity-types.canonical", "2", QT_TRANSLATE_NOOP("GuidelineAnchors", "One actor, many names: the knowledge-base entry")},
    {"affiliations", "3", QT_TRANSLATE_NOOP("GuidelineAnchors", "Affiliations")},
    {"affiliations.affiliated-with", "3", QT_TRANSLATE_NOOP("GuidelineAnchors", "affiliated with")},
    {"affiliations.backed-by", "3", QT_TRANSLATE_NOOP("GuidelineAnchors", "backed by")},
    {"affiliations.part-of", "3", QT_TRANSLATE_NOOP("GuidelineAnchors", "part of")},
    {"affiliations.allied-with", "3", QT_TRANSLATE_NOOP("GuidelineAnchors", "allied with")},
    {"affiliations.splinter-of", "3", QT_TRANSLATE_NOOP("GuidelineAnchors", "splinter of")},
    {"affiliations.former", "3", QT_TRANSLATE_NOOP("GuidelineAnchors", "Former ties, stance and source")},
    {"casualties", "4", QT_TRANSLATE_NOOP("GuidelineAnchors", "Casualty figures")},
    {"casualties.kind", "4", QT_TRANSLATE_NOOP("GuidelineAnchors", "Kind: killed, wounded, captured, missing")},
    {"casualties.victim", "4", QT_TRANSLATE_NOOP("GuidelineAnchors", "Victim and perpetrator")},
    {"casualties.reading-numbers", "4", QT_TRANSLATE_NOOP("GuidelineAnchors", "Reading numbers")},
    {"casualties.not-a-figure", "4", QT_TRANSLATE_NOOP("GuidelineAnchors", "What is not a casualty figure")},
    {"events", "5", QT_TRANSLATE_NOOP("GuidelineAnchors", "Events (for ACLED-style export)")},
    {"events.type", "5", QT_TRANSLATE_NOOP("GuidelineAnchors", "Event type")},
    {"events.date", "5", QT_TRANSLATE_NOOP("GuidelineAnchors", "Event date and its precision")},
    {"events.location", "5", QT_TRANSLATE_NOOP("GuidelineAnchors", "Event location and its precision")},
    {"events.fatalities", "5", QT_TRANSLATE_NOOP("GuidelineAnchors", "Fatalities: the sum of the killed figures")},
    {"review", "6", QT_TRANSLATE_NOOP("GuidelineAnchors", "Review status and provenance")},
    {"training", "7", QT_TRANSLATE_NOOP("GuidelineAnchors", "Training and agreement")},
    {"training.gold", "7", QT_TRANSLATE_NOOP("GuidelineAnchors", "Gold documents and trainee scores")},
    {"training.agreement", "7", QT_TRANSLATE_NOOP("GuidelineAnchors", "Agreement between analysts")},
    {"training.thresholds", "7", QT_TRANSLATE_NOOP("GuidelineAnchors", "Thresholds in common use")},
}};

const GuidelineAnchors::Anchor *find(const QString &id)
{
    for (const GuidelineAnchors::Anchor &anchor : anchors) {
        if (id == QLatin1String(anchor.id))
            return &anchor;
    }
    return nullptr;
}

} // namespace

QList<GuidelineAnchors::Anchor> GuidelineAnchors::all()
{
    return QList<Anchor>(anchors.cbegin(), anchors.cend());
}

bool GuidelineAnchors::contains(const QString &id)
{
    return find(id) != nullptr;
}

QString GuidelineAnchors::section(const QString &id)
{
    const Anchor *anchor = find(id);
    return anchor ? QString::fromLatin1(anchor->section) : QString();
}

QString GuidelineAnchors::title(const QString &id)
{
    const Anchor *anchor = find(id);
    return anchor ? tr(anchor->title) : QString();
}

QString GuidelineAnchors::forEntityType(EntityType type)
{
    // ARMED_GROUP -> entity-types.armed-group
    return QStringLiteral("entity-types.")
        + toString(type).toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString GuidelineAnchors::forRelation(Relation relation)
{
    // backed_by -> affiliations.backed-by
    return QStringLiteral("affiliations.")
        + toString(relation).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString GuidelineAnchors::forCasualtyField(const QString &field)
{
    if (field == QLatin1String("kind"))
        return QStringLiteral("casualties.kind");
    if (field == QLatin1String("victim") || field == QLatin1String("perpetrator"))
        return QStringLiteral("casualties.victim");
    if (field == QLatin1String("best") || field == QLatin1String("low")
        || field == QLatin1String("high") || field == QLatin1String("precision"))
        return QStringLiteral("casualties.reading-numbers");
    return QStringLiteral("casualties");
}

QString GuidelineAnchors::forEventField(const QString &field)
{
    const QString id = QStringLiteral("events.") + field;
    return contains(id) ? id : QStringLiteral("events");
}
