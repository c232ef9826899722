#pragma once

#include "core/ingest/articlereader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class ProjectStore;

// Reads files, folders or pasted text, proposes annotations with the project's knowledge base
// (Detector) and stores each article with its proposals in a project in its own transaction, so one bad file never undoes the good ones and a failure leaves the project as
// it was before that article. The GUI and the CLI both import through here, so they report
// the same outcomes in the same words.
class ArticleImporter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImporter)

public:
    struct Outcome
    {
        QStringList imported;                  // titles (or paths) of the stored articles
        QList<qint64> importedIds;
        QStringList duplicates;                // already in the project, left alone
        QList<ArticleReader::Failure> failures; // with reasons, translated
        QStringList cancelled;                 // left out because the import was cancelled
    };
    // Asked before and after each article's detection; true stops the import there. The
    // articles stored until then stay (each was committed on its own).
    using CancelCheck = std::function<bool()>;

    // With `detect` false the articles are stored with their segments only.
    explicit ArticleImporter(ProjectStore &store, bool detect = true);

    // `progress(done, total, path)` is called before each article is stored.
    Outcome importPaths(const QStringList &paths, const ArticleReader::Options &options = {},
                        const std::function<void(int, int, const QString &)> &progress = {},
                        const CancelCheck &isCancelled = {});
    Outcome importPastedText(const QString &text, const CancelCheck &isCancelled = {});

    // A short summary in the user's language, e.g. "Imported 3 articles; 1 failed."
    static QString summary(const Outcome &outcome);

private:
    void store(ArticleReader::Result read, Outcome &outcome,
               const std::function<void(int, int, const QString &)> &progress,
               const CancelCheck &isCancelled);

    ProjectStore &m_store;
    bool m_detect = true;
};
