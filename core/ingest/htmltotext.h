#pragma once

#include "core/ingest/segmenthint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Extracts the readable text of an HTML page with libxml2's HTML parser, with the network
// switched off: no script runs and no image, font, stylesheet or frame is fetched. Block
// elements become paragraphs separated by blank lines; the markup's hints about page noise
// are kept as SegmentHints for the segmenter.
class HtmlToText
{
    Q_DECLARE_TR_FUNCTIONS(HtmlToText)

public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString title;  // <title> or the first <h1>
        QString url;    // <link rel="canonical"> or og:url, when present
        QString outlet; // og:site_name, when present
        QString published; // article:published_time or <time datetime>, as written
        QString language;  // <html lang>
        QList<SegmentHint> hints;
        QString error;
    };

    // `text` is the already decoded page (see TextDecoder).
    static Result convert(const QString &html);
};
