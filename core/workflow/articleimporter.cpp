#include "core/workflow/articleimporter.h"

#include "core/detect/detector.h"
#include "core/store/projectstore.h"
#include "core/workflow/projectknowledge.h"

#include <optional>

ArticleImporter::ArticleImporter(ProjectStore &store, bool detect)
    : m_store(store)
    , m_detect(detect)
{
}

ArticleImporter::Outcome ArticleImporter::importPaths(
    const QStringList &paths, const ArticleReader::Options &options,
    const std::function<void(int, int, const QString &)> &progress, const CancelCheck &isCancelled)
{
    Outcome outcome;
    store(ArticleReader::readPaths(paths, options), outcome, progress, isCancelled);
    return outcome;
}

ArticleImporter::Outcome ArticleImporter::importPastedText(const QString &text,
                                                           const CancelCheck &isCancelled)
{
    Outcome outcome;
    store(ArticleReader::readPastedText(text, tr("Pasted text")), outcome, {}, isCancelled);
    return outcome;
}

void ArticleImporter::store(ArticleReader::Result read, Outcome &outcome,
                            const std::function<void(int, int, const QString &)> &progress,
                            const CancelCheck &isCancelled)
{
    outcome.failures = read.failures;
    const int total = int(read.documents.size());
    // One detector for the whole batch: the project's knowledge base as it stands now.
    std::optional<KnowledgeBase> knowledgeBase;
    std::optional<Detector> detector;
    if (m_detect && total > 0) {
        knowledgeBase.emplace(ProjectKnowledge::load(m_store));
        detector.emplace(*knowledgeBase);
    }
    const auto nameOf = [](const Article &article) {
        return article.sourcePath.isEmpty() ? article.title : article.sourcePath;
    };
    const auto cancelFrom = [&](int first) {
        for (int rest = first; rest < total; ++rest)
            outcome.cancelled.append(nameOf(read.documents.at(rest).article));
    };
    for (int i = 0; i < total; ++i) {
        Document &document = read.documents[i];
        const QString name = nameOf(document.article);
        if (progress)
            progress(i, total, name);
        if (isCancelled && isCancelled()) {
            cancelFrom(i);
            return;
        }
        if (m_store.findArticleByUid(document.article.uid)) {
            outcome.duplicates.append(name);
            continue;
        }
        if (detector) {
            detector->detect(document);
            // A long article's detection may have outlasted the analyst's patience.
            if (isCancelled && isCancelled()) {
                cancelFrom(i);
                return;
            }
        }
        if (m_store.addDocument(document)) {
            outcome.imported.append(name);
            outcome.importedIds.append(document.article.id);
        } else {
            outcome.failures.append({name, tr("The project could not store it: %1")
                                               .arg(m_store.lastError())});
        }
    }
}

QString ArticleImporter::summary(const Outcome &outcome)
{
    QStringList parts;
    parts << tr("Imported %n article(s).", nullptr, int(outcome.imported.size()));
    if (!outcome.duplicates.isEmpty())
        parts << tr("%n already in the project, left as they were.", nullptr,
                    int(outcome.duplicates.size()));
    if (!outcome.failures.isEmpty())
        parts << tr("%n could not be imported.", nullptr, int(outcome.failures.size()));
    if (!outcome.cancelled.isEmpty())
        parts << tr("Cancelled: %n not imported.", nullptr, int(outcome.cancelled.size()));
    return parts.join(QLatin1Char(' '));
}
