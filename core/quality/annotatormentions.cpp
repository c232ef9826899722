#include "core/quality/annotatormentions.h"

AnnotatorMentions AnnotatorMentions::fromDocument(const Document &document,
                                                  const QStringList &readers)
{
    AnnotatorMentions result;
    result.documentId = !document.article.uid.isEmpty() ? document.article.uid
                                                         : QString::number(document.article.id);
    for (const QString &reader : readers)
        result.byAnnotator[reader];
    for (const Mention &m : document.mentions) {
        if (m.provenance.status != Status::Rejected)
            result.byAnnotator[m.provenance.annotator].append(m);
    }
    return result;
}
