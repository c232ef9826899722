#pragma once

#include "core/model/document.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>

class LossReport;

// Which part of a project an export takes: articles by id and by date, annotations by status
// and annotator. An empty criterion takes everything. The date is the article's publication
// date, or the day it was imported when the publication date is unknown; `from` and `to` are
// inclusive.
struct ExportFilter
{
    QList<Status> statuses;
    QStringList annotators;
    QList<qint64> articleIds;
    QDate from;
    QDate to;

    bool acceptsArticleId(qint64 articleId) const;
    bool acceptsArticle(const Article &article) const;
    bool acceptsStatus(Status status) const;
    bool acceptsAnnotator(const QString &annotator) const;

    // Drops the annotations the filter does not take. An event keeps only the casualty figures
    // that stay; each link dropped that way is noted in `loss` (the event no longer adds up).
    void apply(Document &document, LossReport &loss) const;
};
