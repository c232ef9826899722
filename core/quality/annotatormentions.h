#pragma once

#include "core/model/document.h"

#include <QMap>
#include <QString>
#include <QStringList>

// One article as several annotators marked it independently: each annotator's mentions,
// keyed by annotator name. An annotator who read the article and marked nothing has an empty
// list; one who never read it has no key, which the agreement measures treat as missing
// rather than as "marked nothing".
struct AnnotatorMentions
{
    QString documentId;
    QMap<QString, QList<Mention>> byAnnotator;

    // Splits a document whose mentions carry several annotators (Provenance::annotator).
    // Rejected mentions are nobody's claim and are left out. `readers` get a key even when
    // they marked nothing in this article.
    static AnnotatorMentions fromDocument(const Document &document,
                                          const QStringList &readers = {});
};
