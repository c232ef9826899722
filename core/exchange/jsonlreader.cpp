#include "core/exchange/jsonlreader.h"

#include "core/exchange/documentjson.h"
#include "core/exchange/historyjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// Every event must name figures of its own document, or the store would refuse it later
// without a line number.
QString checkEventLinks(const Document &document)
{
    QSet<qint64> figures;
    for (const CasualtyFigure &figure : document.casualties)
        figures.insert(figure.id);
    for (const Event &event : document.events) {
        for (qint64 id : event.casualtyIds) {
            if (!figures.contains(id))
                return JsonlReader::tr("Event ev%1 names casualty figure c%2, which the document "
                                       "does not have.")
                    .arg(event.id)
                    .arg(id);
        }
    }
    return {};
}

} // namespace

DatasetReader::Result JsonlReader::read(const QString &path)
{
    DatasetReader::Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path),
                                                     file.errorString());
        return result;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        QString problem;
        if (parseError.error != QJsonParseError::NoError)
            problem = tr("not JSON (%1 at byte %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset + 1);
        else if (!json.isObject())
            problem = tr("not a JSON object");
        std::optional<Document> document;
        if (problem.isEmpty())
            document = DocumentJson::fromJson(json.object(), &problem);
        if (document)
            problem = checkEventLinks(*document);
        DatasetItem item;
        if (problem.isEmpty()) {
            item.document = *document;
            HistoryJson::fromJson(json.object().value(QStringLiteral("history")).toArray(),
                                  &item.history, &problem);
        }
        if (!problem.isEmpty()) {
            result.error = DatasetReader::problemAt(path, lineNumber, problem);
            result.items.clear();
            return result;
        }
        if (item.document.article.uid.isEmpty())
            item.document.article.uid = DatasetReader::uidFor(item.document.article.text);
        result.items.append(item);
    }
    return result;
}
