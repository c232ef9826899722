#include "core/exchange/spanjsonlreader.h"

#include "core/exchange/spanjsonlwriter.h"
#include "core/text/offsetmap.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Label
{
    int start = -1;
    int end = -1;
    QString type;
};

// One span in any of the shapes doccano and spaCy write; false when it is none of them.
bool readLabel(const QJsonValue &value, Label *label)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.size() != 3 || !array.at(0).isDouble() || !array.at(1).isDouble()
            || !array.at(2).isString())
            return false;
        *label = {array.at(0).toInt(), array.at(1).toInt(), array.at(2).toString()};
        return true;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue start = object.contains(QStringLiteral("start_offset"))
                                 ? object.value(QStringLiteral("start_offset"))
                                 : object.value(QStringLiteral("start"));
    const QJsonValue end = object.contains(QStringLiteral("end_offset"))
                               ? object.value(QStringLiteral("end_offset"))
                               : object.value(QStringLiteral("end"));
    const QJsonValue type = object.value(QStringLiteral("label"));
    if (!start.isDouble() || !end.isDouble() || !type.isString())
        return false;
    *label = {start.toInt(), end.toInt(), type.toString()};
    return true;
}

} // namespace

DatasetReader::Result SpanJsonlReader::read(const QString &path, const QString &origin)
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
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(lineNumber, tr("not JSON (%1 at byte %2)")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset + 1));
        const QJsonObject object = json.object();
        if (!object.value(QStringLiteral("text")).isString())
            return fail(lineNumber, tr("the line has no \"text\""));
        const QString text = object.value(QStringLiteral("text")).toString();
        const int length = OffsetMap::codePointLength(text);
        const OffsetMap offsets(text);
        QJsonArray labels;
        for (const char *key : {"label", "labels", "entities"}) {
            if (object.value(QLatin1String(key)).isArray())
                labels = object.value(QLatin1String(key)).toArray();
        }
        DatasetItem item;
        item.document = DatasetReader::documentFor(text, QString());
        Document &document = item.document;
        document.article.sourcePath = QFileInfo(path).absoluteFilePath();
        document.article.title = QStringLiteral("%1:%2").arg(QFileInfo(path).fileName()).arg(lineNumber);
        Provenance provenance;
        provenance.status = Status::Manual;
        provenance.origin = origin;
        for (int i = 0; i < labels.size(); ++i) {
            Label label;
            if (!readLabel(labels.at(i), &label))
                return fail(lineNumber, tr("span %1 is not [start, end, \"LABEL\"]").arg(i + 1));
            if (label.start < 0 || label.end <= label.start || label.end > length)
                return fail(lineNumber, tr("span %1 has offsets %2-%3 outside the text (0-%4 "
                                           "code points)")
                                            .arg(i + 1)
                                            .arg(label.start)
                                            .arg(label.end)
                                            .arg(length));
            const int from = offsets.toUtf16(label.start);
            const QString surface = text.mid(from, offsets.toUtf16(label.end) - from);
            if (const auto type = fromString<EntityType>(label.type)) {
                Mention mention;
                mention.id = document.mentions.size() + 1;
                mention.start = label.start;
                mention.end = label.end;
                mention.text = surface;
                mention.type = *type;
                mention.canonical = surface;
                mention.provenance = provenance;
                document.mentions.append(mention);
            } else if (label.type == SpanJsonlWriter::casualtyLabel()) {
                CasualtyFigure figure;
                figure.id = document.casualties.size() + 1;
                figure.start = label.start;
                figure.end = label.end;
                figure.text = surface;
                figure.kind = CasualtyKind::Unknown;
                figure.precision = Precision::Vague;
                figure.provenance = provenance;
                document.casualties.append(figure);
            } else {
                result.loss.add(document.article.uid, QString(),
                                tr("label outside the codebook"),
                                tr("%1, line %2: \"%3\" at %4-%5 was not imported")
                                    .arg(QFileInfo(path).fileName())
                                    .arg(lineNumber)
                                    .arg(label.type)
                                    .arg(label.start)
                                    .arg(label.end));
            }
        }
        result.items.append(item);
    }
    return result;
}
