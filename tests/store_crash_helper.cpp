// A second process for test_projectstore: opens a project and performs analyst actions one
// after another, printing "saved N" only after action N has been committed. The test reads
// these lines while it reads the same project, or kills this process with SIGKILL and then
// checks that every action reported as saved is in the database.
//
// Usage: store_crash_helper PROJECT [MAX_ACTIONS]
// Prints "article ID" first. Each action adds the mention "action N" with its history row.

#include "core/store/projectstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: store_crash_helper PROJECT [MAX_ACTIONS]\n");
        return 2;
    }
    const int maxActions = args.size() > 2 ? args.at(2).toInt() : 100000;

    QString error;
    auto store = ProjectStore::open(args.at(1), ProjectStore::OpenMode::CreateIfMissing, &error);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        return 1;
    }
    const QString uid = QStringLiteral("crash-helper");
    std::optional<qint64> articleId = store->findArticleByUid(uid);
    if (!articleId) {
        Document document;
        document.article.uid = uid;
        document.article.title = QStringLiteral("Written by the helper process");
        document.article.text = QStringLiteral("x").repeated(1000);
        if (!store->addDocument(document)) {
            std::fprintf(stderr, "addDocument failed: %s\n", qPrintable(store->lastError()));
            return 1;
        }
        articleId = document.article.id;
    }
    std::printf("article %lld\n", static_cast<long long>(*articleId));
    std::fflush(stdout);

    for (int n = 1; n <= maxActions; ++n) {
        Mention mention;
        mention.start = n % 900;
        mention.end = mention.start + 5;
        mention.text = QStringLiteral("action %1").arg(n);
        mention.type = EntityType::Person;
        mention.provenance.status = Status::Manual;
        mention.provenance.origin = QStringLiteral("manual");
        if (!store->addMention(*articleId, mention, QStringLiteral("helper"))) {
            std::fprintf(stderr, "action %d failed: %s\n", n, qPrintable(store->lastError()));
            return 1;
        }
        std::printf("saved %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
