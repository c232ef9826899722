#pragma once

#include "core/model/vocabulary.h"
#include "core/review/annotationkind.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QTextCharFormat>

// How an annotation looks in the article view, in one place so that the view, the legend and
// the cheat sheet agree. Colours are the Okabe-Ito set (distinguishable with the common
// colour-vision deficiencies) and every type also has its own underline style, so colour is
// never the only cue. Status is shown by the fill: a confirmed (or corrected, manual)
// annotation is filled with a translucent tint of its colour, a proposed one is only
// underlined, a rejected one is struck through in the disabled text colour. The tint is
// translucent so the text stays readable on light and dark palettes alike.
class AnnotationStyle
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationStyle)

public:
    static QColor color(EntityType type);
    // Casualty figures and affiliations have colours of their own.
    static QColor color(AnnotationKind kind);
    static QTextCharFormat::UnderlineStyle underline(EntityType type);
    // The words for an underline style, for the legend.
    static QString underlineName(EntityType type);

    // The character format of one annotation span.
    static QTextCharFormat mentionFormat(EntityType type, Status status);
    static QTextCharFormat casualtyFormat(Status status);
    static QTextCharFormat affiliationFormat(Status status);

    // Rich text of the legend: a swatch, the type's name and its underline per type.
    static QString legendHtml();

private:
    static void applyStatus(QTextCharFormat &format, const QColor &color, Status status);
};
