#include "core/exchange/conllreader.h"

#include "core/text/offsetmap.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

// An article being read: its text so far and the span being tagged.
struct Builder
{
    QString text;
    int codePoints = 0;
    bool sentenceOpen = false;
    int firstLine = 0;
    QList<std::tuple<int, int, QString>> spans; // start, end, type
    int spanStart = -1;
    int spanEnd = -1;
    QString spanType;

    void closeSpan()
    {
        if (spanStart >= 0)
            spans.append({spanStart, spanEnd, spanType});
        spanStart = -1;
    }
    bool empty() const { return text.isEmpty() && spans.isEmpty(); }
};

} // namespace

DatasetReader::Result ConllReader::read(const QString &path, TagScheme scheme)
{
    DatasetReader::Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path),
                                                     file.errorString());
        return result;
    }
    const auto fail = [&](int line, const QString &reason) {
        result.error = DatasetReader::problemAt(path, line, reason);
        result.items.clear();
        return result;
    };
    const QString prefixes = scheme == TagScheme::Bioes ? QStringLiteral("BIES")
                                                        : QStringLiteral("BI");
    static const QRegularExpression tagPattern(QStringLiteral("^([A-Z])-(\\S+)$"));
    const QString name = QFileInfo(path).fileName();

    Builder builder;
    const auto finishDocument = [&]() {
        builder.closeSpan();
        if (builder.empty())
            return;
        DatasetItem item;
        item.document = DatasetReader::documentFor(builder.text, path);
        item.document.article.title = QStringLiteral("%1:%2").arg(name).arg(builder.firstLine);
        Document &document = item.document;
        const OffsetMap offsets(builder.text);
        for (const auto &[start, end, type] : std::as_const(builder.spans)) {
            const int from = offsets.toUtf16(start);
            const QString surface = builder.text.mid(from, offsets.toUtf16(end) - from);
            const auto entityType = fromString<EntityType>(type);
            if (!entityType) {
                result.loss.add(document.article.uid, QString(), tr("label outside the codebook"),
                                tr("%1: \"%2\" (%3) was not imported").arg(name, type, surface));
                continue;
            }
            Mention mention;
            mention.id = document.mentions.size() + 1;
            mention.start = start;
            mention.end = end;
            mention.text = surface;
            mention.canonical = surface;
            mention.type = *entityType;
            mention.provenance.status = Status::Manual;
            mention.provenance.origin = QStringLiteral("import:conll");
            document.mentions.append(mention);
        }
        result.items.append(item);
        builder = Builder();
    };

    QStringDecoder decoder(QStringDecoder::Utf8);
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString(decoder.decode(file.readLine())).trimmed();
        ++lineNumber;
        if (decoder.hasError())
            return fail(lineNumber, tr("the line is not UTF-8"));
        if (line.isEmpty()) {
            builder.closeSpan();
            builder.sentenceOpen = false;
            continue;
        }
        const QStringList columns = line.split(QRegularExpression(QStringLiteral("[ \\t]+")));
        if (columns.first() == QLatin1String("-DOCSTART-")) {
            finishDocument();
            builder.firstLine = lineNumber;
            continue;
        }
        if (columns.size() < 2)
            return fail(lineNumber, tr("\"%1\" has no tag column").arg(line));
        const QString token = columns.first();
        const QString tag = columns.last();
        if (builder.firstLine == 0)
            builder.firstLine = lineNumber;

        QChar prefix = QLatin1Char('O');
        QString type;
        if (tag != QLatin1String("O")) {
            const QRegularExpressionMatch match = tagPattern.match(tag);
            if (!match.hasMatch() || !prefixes.contains(match.captured(1)))
                return fail(lineNumber, tr("\"%1\" is not a %2 tag (O or %3-TYPE)")
                                            .arg(tag, DatasetFormats::name(scheme).toUpper(),
                                                 prefixes.split(QString(), Qt::SkipEmptyParts)
                                                     .join(QLatin1Char('|'))));
            prefix = match.captured(1).at(0);
            type = match.captured(2);
        }

        // Append the token to the text.
        if (!builder.text.isEmpty()) {
            builder.text += builder.sentenceOpen ? QLatin1Char(' ') : QLatin1Char('\n');
            builder.codePoints += 1;
        }
        builder.sentenceOpen = true;
        const int start = builder.codePoints;
        builder.text += token;
        builder.codePoints += OffsetMap::codePointLength(token);
        const int end = builder.codePoints;

        // Does this token continue the open span or start one?
        const bool continues = builder.spanStart >= 0 && builder.spanType == type
                               && (prefix == QLatin1Char('I') || prefix == QLatin1Char('E'));
        if (prefix == QLatin1Char('O')) {
            builder.closeSpan();
        } else if (continues) {
            builder.spanEnd = end;
        } else {
            builder.closeSpan();
            builder.spanStart = start;
            builder.spanEnd = end;
            builder.spanType = type;
        }
        if (scheme == TagScheme::Bioes
            && (prefix == QLatin1Char('E') || prefix == QLatin1Char('S')))
            builder.closeSpan();
    }
    finishDocument();
    return result;
}
