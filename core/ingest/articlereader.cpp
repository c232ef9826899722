#include "core/ingest/articlereader.h"

#include "core/ingest/htmltotext.h"
#include "core/ingest/pagesegmenter.h"
#include "core/ingest/textdecoder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {

bool sniffHtml(const QString &text)
{
    static const QRegularExpression start(QStringLiteral("^\\s*<(?:!doctype\\s+html|html)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return start.match(QStringView(text).left(512)).hasMatch();
}

// "ar" when Arabic letters outnumber Latin ones, else "en": the script is all that can be
// told without a language model, and these are the two the workbench ships rules for.
QString guessLanguage(const QString &text)
{
    qsizetype arabic = 0;
    qsizetype latin = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F)
            || (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF)) {
            if (c.isLetter())
                ++arabic;
        } else if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= 0xC0 && u <= 0x24F)) {
            ++latin;
        }
    }
    return arabic > latin ? QStringLiteral("ar") : QStringLiteral("en");
}

QString languageCode(const QString &lang)
{
    return lang.section(QRegularExpression(QStringLiteral("[-_]")), 0, 0).trimmed().toLower();
}

QDate parsePublished(const QString &value)
{
    const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
    return date;
}

} // namespace

QStringList ArticleReader::articleSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("html"),
            QStringLiteral("htm")};
}

// Everything after decoding is shared by files and pasted text: HTML is converted, the text
// segmented and the article's metadata filled from the markup first, then from what the
// segmenter read in the text (byline, dateline), then from the fallback name.
static bool buildDocument(const QString &decoded, bool html, const QString &fallbackTitle,
                          Document *document, QString *error)
{
    Article &article = document->article;
    QList<SegmentHint> hints;
    QString htmlLanguage;
    QString htmlPublished;
    if (html) {
        HtmlToText::Result page = HtmlToText::convert(decoded);
        if (!page.ok) {
            *error = page.error;
            return false;
        }
        bool blank = true;
        for (const QChar c : std::as_const(page.text))
            blank = blank && c.isSpace();
        if (blank) {
            *error = ArticleReader::tr("The page contains no readable text.");
            return false;
        }
        article.text = std::move(page.text);
        article.title = page.title;
        article.url = page.url;
        article.outlet = page.outlet;
        htmlLanguage = page.language;
        htmlPublished = page.published;
        hints = std::move(page.hints);
    } else {
        article.text = decoded;
    }

    const PageSegmenter::Result segmented = PageSegmenter::segment(article.text, hints);
    document->segments = segmented.segments;
    if (!segmented.title.isEmpty())
        article.title = segmented.title;
    if (article.title.isEmpty())
        article.title = fallbackTitle;
    if (article.outlet.isEmpty())
        article.outlet = segmented.outlet;
    article.published = parsePublished(htmlPublished);
    if (!article.published.isValid())
        article.published = segmented.published;
    article.language = languageCode(htmlLanguage);
    if (article.language.isEmpty())
        article.language = guessLanguage(article.text);
    article.importedAt = QDateTime::currentDateTimeUtc();
    article.uid = QString::fromLatin1(
        QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha1).toHex());
    return true;
}

ArticleReader::Result ArticleReader::readFile(const QString &path, const Options &options)
{
    Result result;
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const auto fail = [&](const QString &reason) {
        result.failures.append({path, reason});
        return result;
    };
    if (!info.exists())
        return fail(tr("No such file."));
    if (info.isDir())
        return fail(tr("The file cannot be read: it is a folder."));
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read: %1.").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("The file cannot be read: %1.").arg(file.errorString()));
    file.close();

    TextDecoder::Result decoded = TextDecoder::decode(bytes, options.encoding);
    if (!decoded.ok)
        return fail(decoded.error);

    const QString suffix = info.suffix().toLower();
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || sniffHtml(decoded.text);
    Document document;
    QString error;
    if (!buildDocument(decoded.text, html, info.completeBaseName(), &document, &error))
        return fail(error);
    document.article.sourcePath = absolute;
    document.article.encoding = decoded.encoding;
    result.documents.append(std::move(document));
    return result;
}

ArticleReader::Result ArticleReader::readPaths(const QStringList &paths, const Options &options)
{
    Result result;
    const QStringList suffixes = articleSuffixes();
    const auto append = [&result](Result one) {
        result.documents.append(std::move(one.documents));
        result.failures.append(std::move(one.failures));
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            append(readFile(path, options));
            continue;
        }
        // Hidden files and folders are skipped (the iterator neither lists nor enters them
        // without QDir::Hidden), and so are symbolic links to folders, which could loop.
        QStringList files;
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
            const int folded = a.compare(b, Qt::CaseInsensitive);
            return folded != 0 ? folded < 0 : a < b;
        });
        QStringList shown;
        for (const QString &suffix : suffixes)
            shown.append(QLatin1Char('.') + suffix);
        const QString last = shown.takeLast();
        const QString readable = tr("%1 and %2").arg(shown.join(QStringLiteral(", ")), last);
        for (const QString &file : std::as_const(files)) {
            const QString suffix = QFileInfo(file).suffix();
            if (suffixes.contains(suffix.toLower())) {
                append(readFile(file, options));
            } else {
                const QString what = suffix.isEmpty() ? tr("no file name suffix")
                                                      : QLatin1Char('.') + suffix;
                result.failures.append(
                    {file, tr("Not an article file (%1); the workbench reads %2.")
                               .arg(what, readable)});
            }
        }
    }
    return result;
}

ArticleReader::Result ArticleReader::readPastedText(const QString &text, const QString &label)
{
    Result result;
    const QString name = label.isEmpty() ? tr("Pasted text") : label;
    bool blank = true;
    for (const QChar c : text)
        blank = blank && c.isSpace();
    if (blank) {
        result.failures.append({name, tr("There is no text to import: what was pasted is empty.")});
        return result;
    }
    Document document;
    QString error;
    if (!buildDocument(text, sniffHtml(text), name, &document, &error)) {
        result.failures.append({name, error});
        return result;
    }
    document.article.encoding = QStringLiteral("UTF-8");
    result.documents.append(std::move(document));
    return result;
}
