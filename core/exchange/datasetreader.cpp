#include "core/exchange/datasetreader.h"

#include "core/exchange/bratreader.h"
#include "core/exchange/conllreader.h"
#include "core/exchange/spanjsonlreader.h"
#include "core/exchange/jsonlreader.h"
#include "core/text/offsetmap.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

DatasetReader::Result DatasetReader::read(DatasetFormat format, const QString &path,
                                          const Options &options)
{
    switch (format) {
    case DatasetFormat::Jsonl: return JsonlReader::read(path);
    case DatasetFormat::Brat: return BratReader::read(path);
    case DatasetFormat::Conll: return ConllReader::read(path, options.scheme);
    case DatasetFormat::Doccano: return SpanJsonlReader::read(path, QStringLiteral("import:doccano"));
    case DatasetFormat::Spacy: return SpanJsonlReader::read(path, QStringLiteral("import:spacy"));
    case DatasetFormat::AcledCsv:
    case DatasetFormat::CasualtyCsv:
    case DatasetFormat::Xlsx: break;
    }
    Result result;
    result.error = tr("The %1 format cannot be imported (importable: %2).")
                       .arg(DatasetFormats::name(format),
                            DatasetFormats::names(DatasetFormats::importable())
                                .join(QStringLiteral(", ")));
    return result;
}

QString DatasetReader::problemAt(const QString &path, int line, const QString &reason)
{
    return tr("%1, line %2: %3").arg(QDir::toNativeSeparators(path)).arg(line).arg(reason);
}

QString DatasetReader::uidFor(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

Document DatasetReader::documentFor(const QString &text, const QString &sourcePath)
{
    Document document;
    Article &article = document.article;
    article.uid = uidFor(text);
    article.text = text;
    article.sourcePath = sourcePath.isEmpty() ? QString() : QFileInfo(sourcePath).absoluteFilePath();
    article.encoding = QStringLiteral("UTF-8");
    article.importedAt = QDateTime::currentDateTimeUtc();
    const int length = OffsetMap::codePointLength(text);
    if (length > 0)
        document.segments.append({0, length, SegmentKind::Body});
    return document;
}
