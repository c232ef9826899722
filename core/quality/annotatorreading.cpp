#include "core/quality/annotatorreading.h"

QList<AnnotatorMentions> AnnotatorReading::byArticle(const QList<AnnotatorReading> &readings)
{
    QList<AnnotatorMentions> articles;
    for (const AnnotatorReading &reading : readings) {
        const Article &article = reading.document.article;
        const QString id = !article.uid.isEmpty() ? article.uid : QString::number(article.id);
        auto it = std::find_if(articles.begin(), articles.end(),
                               [&id](const AnnotatorMentions &a) { return a.documentId == id; });
        if (it == articles.end()) {
            articles.append(AnnotatorMentions{id, {}});
            it = articles.end() - 1;
        }
        QList<Mention> &mentions = it->byAnnotator[reading.annotator];
        for (const Mention &m : reading.document.mentions) {
            if (m.provenance.status != Status::Rejected)
                mentions.append(m);
        }
    }
    return articles;
}
