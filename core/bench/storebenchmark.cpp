#include "core/bench/storebenchmark.h"

#include "core/store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace {

// A stand-in article: the mentions of the bulk insert point into it.
Document benchmarkDocument()
{
    Document document;
    document.article.uid = QStringLiteral("benchmark-article");
    document.article.title = QStringLiteral("Store benchmark");
    document.article.text =
        QStringLiteral("Jund al-Aqsa killed four fighters of Faylaq al-Sham near al-Ghassaniyah. ")
            .repeated(200);
    document.article.language = QStringLiteral("en");
    document.article.encoding = QStringLiteral("UTF-8");
    document.article.importedAt = QDateTime::currentDateTimeUtc();
    document.segments.append({0, int(document.article.text.size()), SegmentKind::Body});
    return document;
}

// `count` mentions with varied offsets, types and statuses. The strings come from a small pool
// and are implicitly shared, so a million mentions cost the list, not a million strings.
QList<Mention> benchmarkMentions(qint64 count, int textLength)
{
    const QStringList surfaces{QStringLiteral("Jund al-Aqsa"), QStringLiteral("Faylaq al-Sham"),
                               QStringLiteral("al-Ghassaniyah"), QStringLiteral("Idlib"),
                               QStringLiteral("Enab Baladi"), QStringLiteral("March 22"),
                               QStringLiteral("Abu Abd al-Aziz al-Qatari")};
    const QList<EntityType> types{EntityType::ArmedGroup, EntityType::ArmedGroup,
                                  EntityType::Location,   EntityType::Location,
                                  EntityType::Source,     EntityType::Date,
                                  EntityType::Person};
    const QList<Status> statuses{Status::Proposed, Status::Proposed, Status::Confirmed,
                                 Status::Rejected, Status::Corrected};
    const QString origin = QStringLiteral("kb:benchmark");
    const QString annotator = QStringLiteral("detector");
    const QDateTime created = QDateTime::currentDateTimeUtc();

    QList<Mention> mentions;
    mentions.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const int kind = int(i % surfaces.size());
        Mention mention;
        mention.start = int((i * 37) % qMax(1, textLength - 30));
        mention.end = mention.start + int(surfaces.at(kind).size());
        mention.text = surfaces.at(kind);
        mention.type = types.at(kind);
        mention.canonical = surfaces.at(kind);
        mention.provenance.status = statuses.at(int(i % statuses.size()));
        mention.provenance.origin = origin;
        mention.provenance.confidence = 0.5 + double(i % 50) / 100.0;
        mention.provenance.annotator = annotator;
        mention.provenance.created = created;
        mention.provenance.updated = created;
        mentions.append(mention);
    }
    return mentions;
}

} // namespace

StoreBenchmark::Figures StoreBenchmark::run(qint64 bulkRows, int actions, const QString &workDir,
                                            const std::function<void(const QString &)> &progress)
{
    auto say = [&progress](const QString &line) {
        if (progress)
            progress(line);
    };
    Figures figures;
    figures.bulkRows = bulkRows;

    QTemporaryDir dir(workDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/cwb-bench-XXXXXX")
                                        : workDir + QStringLiteral("/cwb-bench-XXXXXX"));
    if (!dir.isValid()) {
        figures.error = QCoreApplication::translate("StoreBenchmark",
                                                    "Cannot create a temporary folder: %1")
                            .arg(dir.errorString());
        return figures;
    }
    QString error;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("bench.cwbproject")),
                                    ProjectStore::OpenMode::CreateIfMissing, &error);
    if (!store) {
        figures.error = error;
        return figures;
    }
    Document document = benchmarkDocument();
    if (!store->addDocument(document)) {
        figures.error = store->lastError();
        return figures;
    }

    say(QCoreApplication::translate("StoreBenchmark", "Preparing %1 mentions...").arg(bulkRows));
    const QList<Mention> mentions =
        benchmarkMentions(bulkRows, int(document.article.text.size()));
    say(QCoreApplication::translate("StoreBenchmark", "Inserting %1 mentions in one transaction...")
            .arg(bulkRows));
    QElapsedTimer timer;
    timer.start();
    if (!store->bulkInsertMentions(document.article.id, mentions)) {
        figures.error = store->lastError();
        return figures;
    }
    figures.bulkSeconds = double(timer.nsecsElapsed()) / 1e9;
    figures.bulkRowsPerSecond =
        figures.bulkSeconds > 0 ? double(bulkRows) / figures.bulkSeconds : 0;

    if (actions <= 0)
        return figures;
    say(QCoreApplication::translate("StoreBenchmark", "Timing %1 analyst actions...").arg(actions));
    const QList<qint64> ids = store->mentionIds(document.article.id);
    if (ids.isEmpty()) {
        figures.error = QCoreApplication::translate("StoreBenchmark",
                                                    "No mentions to act on (bulk rows was 0).");
        return figures;
    }
    // Each action is one committed transaction with its history row: the analyst confirming
    // or rejecting a proposal. The mentions are spread over the table; the wanted status
    // alternates, and where the mention already has it the other one is set, so that every
    // action really changes the row and writes history.
    QList<double> millis;
    millis.reserve(actions);
    const QString annotator = QStringLiteral("benchmark");
    QHash<int, Status> current; // index -> status after an earlier action on it
    for (int i = 0; i < actions; ++i) {
        const int index = int((qint64(i) * 7919) % ids.size());
        const qint64 id = ids.at(index);
        const Status had = current.value(index, mentions.at(index).provenance.status);
        Status status = (i % 2 == 0) ? Status::Confirmed : Status::Rejected;
        if (status == had)
            status = status == Status::Confirmed ? Status::Rejected : Status::Confirmed;
        current.insert(index, status);
        timer.restart();
        const bool ok = store->setMentionStatus(id, status, annotator);
        millis.append(double(timer.nsecsElapsed()) / 1e6);
        if (!ok) {
            figures.error = store->lastError();
            return figures;
        }
    }
    figures.actions = actions;
    double sum = 0;
    for (double ms : std::as_const(millis))
        sum += ms;
    figures.actionMeanMs = sum / millis.size();
    std::sort(millis.begin(), millis.end());
    const int p95 = qBound(0, int(std::ceil(0.95 * millis.size())) - 1, int(millis.size()) - 1);
    figures.actionP95Ms = millis.at(p95);
    figures.actionMaxMs = millis.last();
    return figures;
}
