#include "core/exchange/exportfilter.h"

#include "core/exchange/lossreport.h"

#include <QCoreApplication>

#include <algorithm>

bool ExportFilter::acceptsArticleId(qint64 articleId) const
{
    return articleIds.isEmpty() || articleIds.contains(articleId);
}

bool ExportFilter::acceptsArticle(const Article &article) const
{
    if (!acceptsArticleId(article.id))
        return false;
    if (!from.isValid() && !to.isValid())
        return true;
    const QDate date = article.published.isValid() ? article.published
                                                   : article.importedAt.toUTC().date();
    if (!date.isValid())
        return false;
    return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
}

bool ExportFilter::acceptsStatus(Status status) const
{
    return statuses.isEmpty() || statuses.contains(status);
}

bool ExportFilter::acceptsAnnotator(const QString &annotator) const
{
    return annotators.isEmpty() || annotators.contains(annotator);
}

void ExportFilter::apply(Document &document, LossReport &loss) const
{
    const auto keep = [this](const auto &annotation) {
        return acceptsStatus(annotation.provenance.status)
               && acceptsAnnotator(annotation.provenance.annotator);
    };
    const auto filter = [&keep](auto &list) {
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&keep](const auto &annotation) { return !keep(annotation); }),
                   list.end());
    };
    filter(document.mentions);
    filter(document.affiliations);
    filter(document.casualties);
    filter(document.events);

    QSet<qint64> figures;
    for (const CasualtyFigure &figure : std::as_const(document.casualties))
        figures.insert(figure.id);
    for (Event &event : document.events) {
        for (qsizetype i = event.casualtyIds.size() - 1; i >= 0; --i) {
            if (figures.contains(event.casualtyIds.at(i)))
                continue;
            loss.add(document.article.uid, QStringLiteral("ev%1").arg(event.id),
                     QCoreApplication::translate("ExportFilter", "event link to a filtered figure"),
                     QCoreApplication::translate("ExportFilter",
                                                 "casualty figure c%1 is left out by the filter")
                         .arg(event.casualtyIds.at(i)));
            event.casualtyIds.removeAt(i);
        }
    }
}
