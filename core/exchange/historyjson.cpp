#include "core/exchange/historyjson.h"

#include "core/exchange/exchangeids.h"

#include <QJsonObject>

namespace {

QString prefixFor(const QString &kind)
{
    if (kind == QLatin1String("mention"))
        return QStringLiteral("e");
    if (kind == QLatin1String("affiliation"))
        return QStringLiteral("a");
    if (kind == QLatin1String("casualty"))
        return QStringLiteral("c");
    if (kind == QLatin1String("event"))
        return QStringLiteral("ev");
    return QStringLiteral("#");
}

// A null value (an old value of a "created" row) stays null, an empty one stays empty.
QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString fromNullable(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QString() : value.toString(QStringLiteral(""));
}

} // namespace

QJsonArray HistoryJson::toJson(const QList<ProjectStore::HistoryEntry> &entries)
{
    QJsonArray array;
    for (const ProjectStore::HistoryEntry &entry : entries) {
        QJsonObject object{
            {QStringLiteral("kind"), entry.annotationKind},
            {QStringLiteral("annotation"), prefixFor(entry.annotationKind)
                                               + QString::number(entry.annotationId)},
            {QStringLiteral("field"), entry.field},
            {QStringLiteral("old"), nullable(entry.oldValue)},
            {QStringLiteral("new"), nullable(entry.newValue)},
            {QStringLiteral("annotator"), entry.annotator},
            {QStringLiteral("at"), entry.at.isValid()
                                       ? entry.at.toUTC().toString(Qt::ISODateWithMs)
                                       : QString()}};
        if (!entry.annotationKey.isEmpty())
            object.insert(QStringLiteral("key"), entry.annotationKey);
        array.append(object);
    }
    return array;
}

bool HistoryJson::fromJson(const QJsonArray &array, QList<ProjectStore::HistoryEntry> *entries,
                           QString *error)
{
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        ProjectStore::HistoryEntry entry;
        entry.annotationKind = object.value(QStringLiteral("kind")).toString();
        entry.annotationId = ExchangeIds::number(object.value(QStringLiteral("annotation")).toString());
        entry.field = object.value(QStringLiteral("field")).toString();
        entry.oldValue = fromNullable(object.value(QStringLiteral("old")));
        entry.newValue = fromNullable(object.value(QStringLiteral("new")));
        entry.annotator = object.value(QStringLiteral("annotator")).toString();
        entry.annotationKey = object.value(QStringLiteral("key")).toString();
        const QString at = object.value(QStringLiteral("at")).toString();
        entry.at = QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
        if (entry.annotationKind.isEmpty() || entry.field.isEmpty() || !entry.at.isValid()) {
            *error = tr("History row %1 needs \"kind\", \"field\" and an ISO 8601 \"at\".")
                         .arg(i + 1);
            return false;
        }
        entries->append(entry);
    }
    return true;
}
