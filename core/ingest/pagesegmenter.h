#pragma once

#include "core/ingest/segmenthint.h"
#include "core/model/segment.h"

#include <QDate>
#include <QList>
#include <QString>

// Splits the text of a scraped page into segments (codebook section 1): the title once, the
// body paragraphs, captions, and the page noise around them (donation counters, repeated
// titles, share buttons, "Related articles" lists, bylines, cookie notices, "support us"
// appeals), reader comments and spam. The returned segments tile the text.
class PageSegmenter
{
public:
    struct Result
    {
        QList<Segment> segments; // code point offsets, tiling the text, in order
        QString title;           // the title's text, empty if none was found
        QDate published;         // from a byline or date line, when the page has one
        QString outlet;          // from a dateline "(Reuters)" or byline, when present
        QString author;
    };

    // `hints` come from the HTML converter (UTF-16 positions); plain text has none.
    static Result segment(const QString &text, const QList<SegmentHint> &hints = {});
};
