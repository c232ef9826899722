#pragma once

#include "core/model/document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads articles from files, folders and pasted text into Documents with their segments:
// decodes (TextDecoder), converts HTML (HtmlToText), segments (PageSegmenter) and fills the
// article's metadata. It never touches a project; the caller stores what was read.
class ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(ArticleReader)

public:
    struct Options
    {
        QString encoding; // empty: detect
    };

    struct Failure
    {
        QString path;
        QString reason; // translated
    };

    struct Result
    {
        QList<Document> documents;
        QList<Failure> failures;
    };

    // One file. On failure the result holds no document and one failure.
    static Result readFile(const QString &path, const Options &options = {});
    // Files and folders; a folder contributes every .txt/.text/.html/.htm file in it
    // (recursively), in name order, and its other files are listed as failures.
    static Result readPaths(const QStringList &paths, const Options &options = {});
    // Text pasted by the user; `label` names it in messages.
    static Result readPastedText(const QString &text, const QString &label = {});

    static QStringList articleSuffixes();
};
