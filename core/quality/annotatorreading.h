#pragma once

#include "core/model/document.h"
#include "core/quality/annotatormentions.h"

#include <QList>
#include <QString>

// One annotator's independent reading of one article, as the store keeps them apart: the
// agreement view's input. The reading's annotator is who read it, whatever the provenance of
// its mentions says.
struct AnnotatorReading
{
    QString annotator;
    Document document;

    // Groups readings by article (uid, else database id) in the order articles first appear.
    // Every annotator with a reading of an article gets a key for it even when it marked
    // nothing there; rejected mentions are nobody's claim and are left out.
    static QList<AnnotatorMentions> byArticle(const QList<AnnotatorReading> &readings);
};
