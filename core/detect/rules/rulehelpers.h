#pragma once

#include "core/detect/rules/ruledocument.h"
#include "core/model/annotation.h"

#include <QSet>
#include <QString>

// Small pieces every rule shares: the provenance of a proposal and building a mention.
namespace RuleHelpers {

inline Provenance proposed(const QString &origin, double confidence)
{
    Provenance provenance;
    provenance.status = Status::Proposed;
    provenance.origin = origin;
    provenance.confidence = qBound(0.0, confidence, 1.0);
    return provenance;
}

inline Mention mention(const RuleDocument &document, int start, int end, EntityType type,
                       const QString &canonical, const QString &kbId, const QString &origin,
                       double confidence)
{
    Mention m;
    m.start = start;
    m.end = end;
    m.text = document.surface(start, end);
    m.type = type;
    m.canonical = canonical.isEmpty() ? m.text : canonical;
    m.kbId = kbId;
    m.provenance = proposed(origin, confidence);
    return m;
}

// Capitalised words that start sentences or clauses and are never part of a name.
inline bool isCapitalisedStopWord(const QString &norm)
{
    static const QSet<QString> words = {
        "the", "a", "an", "in", "on", "at", "he", "she", "they", "it", "this", "that", "these",
        "those", "his", "her", "their", "its", "but", "and", "or", "meanwhile", "later",
        "earlier", "however", "also", "after", "before", "during", "since", "while", "when",
        "according", "soon", "eventually", "we", "our", "i", "last", "on", "yesterday",
        "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "there", "some", "several", "many", "both", "all",
        "one", "two", "three", "four", "five", "local", "security", "government", "regime",
        "opposition", "rebel", "rebels", "islamist", "jihadist", "armed", "unknown", "foreign",
        "tribal", "shia", "sunni", "alawite", "druze", "christian", "muslim", "as", "by", "for",
        "from", "with", "if", "then", "so", "than", "mr", "mrs", "ms", "dr", "what", "who",
        "which", "where", "why", "how", "despite", "amid", "following", "update", "breaking",
        "video", "photo", "photos", "watch", "read", "more", "pro-government", "pro-opposition",
        "other", "another", "each", "every", "no", "not", "nor", "yet", "thus", "such"};
    return words.contains(norm);
}

} // namespace RuleHelpers
