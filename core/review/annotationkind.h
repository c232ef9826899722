#pragma once

#include <QMetaType>
#include <QString>

// The four kinds of annotation an article under review holds, one panel each. The order is
// the order of the panels and the tie-break of text order (a mention before an affiliation
// stated by the same span, and so on).
enum class AnnotationKind { Mention, Affiliation, Casualty, Event };

// A stretch of the article's text in code points, end exclusive (as Mention::start/end).
struct TextSpan
{
    int start = 0;
    int end = 0;
};
Q_DECLARE_METATYPE(TextSpan)

// The history's spelling of a kind ("mention", "affiliation", "casualty", "event"), as
// ProjectStore::HistoryEntry::annotationKind has it.
inline QString toString(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Mention:
        return QStringLiteral("mention");
    case AnnotationKind::Affiliation:
        return QStringLiteral("affiliation");
    case AnnotationKind::Casualty:
        return QStringLiteral("casualty");
    case AnnotationKind::Event:
        return QStringLiteral("event");
    }
    return {};
}
