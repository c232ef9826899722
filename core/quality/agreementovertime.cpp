#include "core/quality/agreementovertime.h"

#include "core/quality/spanagreement.h"
#include "core/quality/trainingreport.h"
#include "core/store/projectstore.h"

#include <algorithm>

QList<TraineeProgressPoint> AgreementOverTime::points(const ProjectStore &store)
{
    // When each article's last set was started.
    QMap<QString, QDateTime> lastStarted;
    for (const ProjectStore::AnnotationSet &set : store.sets()) {
        QDateTime &when = lastStarted[QString::number(set.articleId)];
        if (!when.isValid() || set.startedAt > when)
            when = set.startedAt;
    }
    QList<TraineeProgressPoint> points;
    for (const AnnotatorMentions &article : TrainingReport::readings(store)) {
        const QStringList readers = article.byAnnotator.keys();
        if (readers.size() < 2 || !lastStarted.contains(article.documentId))
            continue;
        SpanAgreement agreement(SpanMatch::Strict);
        for (int i = 0; i < readers.size(); ++i) {
            for (int j = i + 1; j < readers.size(); ++j)
                agreement.add(article.documentId, article.byAnnotator.value(readers.at(i)),
                              article.byAnnotator.value(readers.at(j)));
        }
        TraineeProgressPoint point;
        point.when = lastStarted.value(article.documentId).toLocalTime();
        point.overallF1 = agreement.total().f1();
        const QMap<QString, PrfCounts> byType = agreement.byType();
        for (auto it = byType.cbegin(); it != byType.cend(); ++it)
            point.f1ByType.insert(it.key(), it.value().f1());
        points.append(point);
    }
    std::sort(points.begin(), points.end(),
              [](const TraineeProgressPoint &a, const TraineeProgressPoint &b) {
                  return a.when < b.when;
              });
    return points;
}
