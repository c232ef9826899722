#pragma once

#include "core/model/annotation.h"
#include "core/store/projectstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <utility>

// How the annotation kinds map to the rows of the project database: for internal use by
// ProjectStore only (it is the one class that speaks SQL). Kept apart from projectstore.cpp so
// that the column lists, the readers and the writers of a kind sit side by side: a column added
// to a table is added here once, in columns(), bind(), from() and fields(), in the same order.

namespace AnnotationRows {

// Timestamps are ISO 8601 UTC text with milliseconds; an invalid time is NULL.
inline QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

inline QVariant dateValue(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

inline QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant optionalValue(const std::optional<qint64> &number)
{
    return number ? QVariant(*number) : QVariant(QMetaType::fromType<qint64>());
}

inline std::optional<qint64> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

inline QString optionalText(const std::optional<qint64> &number)
{
    return number ? QString::number(*number) : QString();
}

// Text for a NOT NULL column: a null QString would bind as NULL.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

template<typename Enum>
inline Enum enumFrom(const QVariant &value, Enum fallback)
{
    return fromString<Enum>(value.toString()).value_or(fallback);
}

inline QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Lists of strings (event sources, knowledge-base adjectives and sources) are JSON arrays.
inline QString stringListJson(const QStringList &list)
{
    return compactJson(QJsonArray::fromStringList(list));
}

inline QStringList stringListFrom(const QVariant &value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

inline QString idListJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return compactJson(array);
}

inline QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

inline const QString provenanceColumns =
    QStringLiteral("status, origin, confidence, annotator, created_at, updated_at");

inline void bindProvenance(QSqlQuery &query, const Provenance &provenance)
{
    query.addBindValue(toString(provenance.status));
    query.addBindValue(provenance.origin);
    query.addBindValue(provenance.confidence);
    query.addBindValue(provenance.annotator);
    query.addBindValue(timeValue(provenance.created));
    query.addBindValue(timeValue(provenance.updated));
}

inline Provenance provenanceFrom(const QSqlQuery &query, int first)
{
    Provenance provenance;
    provenance.status = enumFrom(query.value(first), Status::Proposed);
    provenance.origin = query.value(first + 1).toString();
    provenance.confidence = query.value(first + 2).toDouble();
    provenance.annotator = query.value(first + 3).toString();
    provenance.created = timeFrom(query.value(first + 4));
    provenance.updated = timeFrom(query.value(first + 5));
    return provenance;
}

// The fields of an annotation as history records them, by the names the document JSON uses,
// in a fixed order. update* compares them to find what changed; annotator and the
// timestamps are not among them, as every action sets those.
using Fields = QList<std::pair<QString, QString>>;

inline Fields provenanceFields(const Provenance &provenance)
{
    return {{QStringLiteral("status"), toString(provenance.status)},
            {QStringLiteral("origin"), provenance.origin},
            {QStringLiteral("confidence"), QString::number(provenance.confidence)}};
}

// How each annotation kind maps to its table: the history name, the table, its columns after
// id and article_id (in the order bind() adds values and from() reads them, from index 2),
// the fields history compares, and the messages for an unknown id and an id in use. The
// generic actions in ProjectStore::Private are written once against these.
template<typename T>
struct Kind;

template<>
struct Kind<Mention>
{
    static QString name() { return QStringLiteral("mention"); }
    static QString table() { return QStringLiteral("mentions"); }
    static QString columns()
    {
        return QStringLiteral("start_cp, end_cp, text, type, canonical, kb_id, ")
               + provenanceColumns;
    }
    static void bind(QSqlQuery &query, const Mention &mention)
    {
        query.addBindValue(mention.start);
        query.addBindValue(mention.end);
        query.addBindValue(notNull(mention.text));
        query.addBindValue(toString(mention.type));
        query.addBindValue(mention.canonical);
        query.addBindValue(mention.kbId);
        bindProvenance(query, mention.provenance);
    }
    static Mention from(const QSqlQuery &query)
    {
        Mention mention;
        mention.id = query.value(0).toLongLong();
        mention.start = query.value(2).toInt();
        mention.end = query.value(3).toInt();
        mention.text = query.value(4).toString();
        mention.type = enumFrom(query.value(5), EntityType::ArmedGroup);
        mention.canonical = query.value(6).toString();
        mention.kbId = query.value(7).toString();
        mention.provenance = provenanceFrom(query, 8);
        return mention;
    }
    static Fields fields(const Mention &mention)
    {
        return Fields{{QStringLiteral("start"), QString::number(mention.start)},
                      {QStringLiteral("end"), QString::number(mention.end)},
                      {QStringLiteral("text"), mention.text},
                      {QStringLiteral("type"), toString(mention.type)},
                      {QStringLiteral("canonical"), mention.canonical},
                      {QStringLiteral("kb_id"), mention.kbId}}
               + provenanceFields(mention.provenance);
    }
    static QString missing(qint64 id)
    {
        return ProjectStore::tr("There is no mention with id %1.").arg(id);
    }
    static QString inUse(qint64 id)
    {
        return ProjectStore::tr("The mention cannot be restored: id %1 is in use.").arg(id);
    }
};

template<>
struct Kind<Affiliation>
{
    static QString name() { return QStringLiteral("affiliation"); }
    static QString table() { return QStringLiteral("affiliations"); }
    static QString columns()
    {
        return QStringLiteral("actor, relation, relation_target, former, stance, attributed_to, "
                              "start_cp, end_cp, ")
               + provenanceColumns;
    }
    static void bind(QSqlQuery &query, const Affiliation &affiliation)
    {
        query.addBindValue(notNull(affiliation.actor));
        query.addBindValue(toString(affiliation.relation));
        query.addBindValue(notNull(affiliation.relationTarget));
        query.addBindValue(affiliation.former ? 1 : 0);
        query.addBindValue(toString(affiliation.stance));
        query.addBindValue(affiliation.attributedTo);
        query.addBindValue(affiliation.start);
        query.addBindValue(affiliation.end);
        bindProvenance(query, affiliation.provenance);
    }
    static Affiliation from(const QSqlQuery &query)
    {
        Affiliation affiliation;
        affiliation.id = query.value(0).toLongLong();
        affiliation.actor = query.value(2).toString();
        affiliation.relation = enumFrom(query.value(3), Relation::AffiliatedWith);
        affiliation.relationTarget = query.value(4).toString();
        affiliation.former = query.value(5).toInt() != 0;
        affiliation.stance = enumFrom(query.value(6), Stance::Asserted);
        affiliation.attributedTo = query.value(7).toString();
        affiliation.start = query.value(8).toInt();
        affiliation.end = query.value(9).toInt();
        affiliation.provenance = provenanceFrom(query, 10);
        return affiliation;
    }
    static Fields fields(const Affiliation &affiliation)
    {
        return Fields{{QStringLiteral("actor"), affiliation.actor},
                      {QStringLiteral("relation"), toString(affiliation.relation)},
                      {QStringLiteral("target"), affiliation.relationTarget},
                      {QStringLiteral("former"), boolText(affiliation.former)},
                      {QStringLiteral("stance"), toString(affiliation.stance)},
                      {QStringLiteral("attributed_to"), affiliation.attributedTo},
                      {QStringLiteral("start"), QString::number(affiliation.start)},
                      {QStringLiteral("end"), QString::number(affiliation.end)}}
               + provenanceFields(affiliation.provenance);
    }
    static QString missing(qint64 id)
    {
        return ProjectStore::tr("There is no affiliation with id %1.").arg(id);
    }
    static QString inUse(qint64 id)
    {
        return ProjectStore::tr("The affiliation cannot be restored: id %1 is in use.").arg(id);
    }
};

template<>
struct Kind<CasualtyFigure>
{
    static QString name() { return QStringLiteral("casualty"); }
    static QString table() { return QStringLiteral("casualties"); }
    static QString columns()
    {
        return QStringLiteral("start_cp, end_cp, text, kind, victim, perpetrator, low, best, "
                              "high, precision_kind, hedged, scope, ")
               + provenanceColumns;
    }
    static void bind(QSqlQuery &query, const CasualtyFigure &figure)
    {
        query.addBindValue(figure.start);
        query.addBindValue(figure.end);
        query.addBindValue(notNull(figure.text));
        query.addBindValue(toString(figure.kind));
        query.addBindValue(figure.victim);
        query.addBindValue(figure.perpetrator);
        query.addBindValue(optionalValue(figure.low));
        query.addBindValue(optionalValue(figure.best));
        query.addBindValue(optionalValue(figure.high));
        query.addBindValue(toString(figure.precision));
        query.addBindValue(figure.hedged ? 1 : 0);
        query.addBindValue(toString(figure.scope));
        bindProvenance(query, figure.provenance);
    }
    static CasualtyFigure from(const QSqlQuery &query)
    {
        CasualtyFigure figure;
        figure.id = query.value(0).toLongLong();
        figure.start = query.value(2).toInt();
        figure.end = query.value(3).toInt();
        figure.text = query.value(4).toString();
        figure.kind = enumFrom(query.value(5), CasualtyKind::Unknown);
        figure.victim = query.value(6).toString();
        figure.perpetrator = query.value(7).toString();
        figure.low = optionalFrom(query.value(8));
        figure.best = optionalFrom(query.value(9));
        figure.high = optionalFrom(query.value(10));
        figure.precision = enumFrom(query.value(11), Precision::Exact);
        figure.hedged = query.value(12).toInt() != 0;
        figure.scope = enumFrom(query.value(13), Scope::Event);
        figure.provenance = provenanceFrom(query, 14);
        return figure;
    }
    static Fields fields(const CasualtyFigure &figure)
    {
        return Fields{{QStringLiteral("start"), QString::number(figure.start)},
                      {QStringLiteral("end"), QString::number(figure.end)},
                      {QStringLiteral("text"), figure.text},
                      {QStringLiteral("kind"), toString(figure.kind)},
                      {QStringLiteral("victim"), figure.victim},
                      {QStringLiteral("perpetrator"), figure.perpetrator},
                      {QStringLiteral("low"), optionalText(figure.low)},
                      {QStringLiteral("best"), optionalText(figure.best)},
                      {QStringLiteral("high"), optionalText(figure.high)},
                      {QStringLiteral("precision"), toString(figure.precision)},
                      {QStringLiteral("hedged"), boolText(figure.hedged)},
                      {QStringLiteral("scope"), toString(figure.scope)}}
               + provenanceFields(figure.provenance);
    }
    static QString missing(qint64 id)
    {
        return ProjectStore::tr("There is no casualty figure with id %1.").arg(id);
    }
    static QString inUse(qint64 id)
    {
        return ProjectStore::tr("The casualty figure cannot be restored: id %1 is in use.")
            .arg(id);
    }
};

// An event's casualtyIds live in event_casualties; from() leaves them empty and
// ProjectStore::Private::loadExtra() reads them.
template<>
struct Kind<Event>
{
    static QString name() { return QStringLiteral("event"); }
    static QString table() { return QStringLiteral("events"); }
    static QString columns()
    {
        return QStringLiteral("event_type, sub_event_type, actor1, assoc_actor1, actor2, "
                              "assoc_actor2, location, admin1, geo_precision, event_date, "
                              "time_precision, fatalities, sources, notes, ")
               + provenanceColumns;
    }
    static void bind(QSqlQuery &query, const Event &event)
    {
        query.addBindValue(event.eventType);
        query.addBindValue(event.subEventType);
        query.addBindValue(event.actor1);
        query.addBindValue(event.assocActor1);
        query.addBindValue(event.actor2);
        query.addBindValue(event.assocActor2);
        query.addBindValue(event.location);
        query.addBindValue(event.admin1);
        query.addBindValue(event.geoPrecision);
        query.addBindValue(dateValue(event.date));
        query.addBindValue(event.timePrecision);
        query.addBindValue(event.fatalities);
        query.addBindValue(stringListJson(event.sources));
        query.addBindValue(event.notes);
        bindProvenance(query, event.provenance);
    }
    static Event from(const QSqlQuery &query)
    {
        Event event;
        event.id = query.value(0).toLongLong();
        event.eventType = query.value(2).toString();
        event.subEventType = query.value(3).toString();
        event.actor1 = query.value(4).toString();
        event.assocActor1 = query.value(5).toString();
        event.actor2 = query.value(6).toString();
        event.assocActor2 = query.value(7).toString();
        event.location = query.value(8).toString();
        event.admin1 = query.value(9).toString();
        event.geoPrecision = query.value(10).toInt();
        event.date = dateFrom(query.value(11));
        event.timePrecision = query.value(12).toInt();
        event.fatalities = query.value(13).toInt();
        event.sources = stringListFrom(query.value(14));
        event.notes = query.value(15).toString();
        event.provenance = provenanceFrom(query, 16);
        return event;
    }
    static Fields fields(const Event &event)
    {
        return Fields{{QStringLiteral("event_type"), event.eventType},
                      {QStringLiteral("sub_event_type"), event.subEventType},
                      {QStringLiteral("actor1"), event.actor1},
                      {QStringLiteral("assoc_actor_1"), event.assocActor1},
                      {QStringLiteral("actor2"), event.actor2},
                      {QStringLiteral("assoc_actor_2"), event.assocActor2},
                      {QStringLiteral("location"), event.location},
                      {QStringLiteral("admin1"), event.admin1},
                      {QStringLiteral("geo_precision"), QString::number(event.geoPrecision)},
                      {QStringLiteral("event_date"), event.date.toString(Qt::ISODate)},
                      {QStringLiteral("time_precision"), QString::number(event.timePrecision)},
                      {QStringLiteral("fatalities"), QString::number(event.fatalities)},
                      {QStringLiteral("sources"), stringListJson(event.sources)},
                      {QStringLiteral("notes"), event.notes},
                      {QStringLiteral("casualty_ids"), idListJson(event.casualtyIds)}}
               + provenanceFields(event.provenance);
    }
    static QString missing(qint64 id)
    {
        return ProjectStore::tr("There is no event with id %1.").arg(id);
    }
    static QString inUse(qint64 id)
    {
        return ProjectStore::tr("The event cannot be restored: id %1 is in use.").arg(id);
    }
};

template<typename T>
inline QString columnsWithIds()
{
    return QStringLiteral("id, article_id, ") + Kind<T>::columns();
}

// A created, deleted or restored annotation is kept in history as one JSON object: its
// fields, id and provenance, enough to put it back as it was.
template<typename T>
inline QString snapshot(const T &annotation)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), annotation.id);
    for (const auto &field : Kind<T>::fields(annotation))
        object.insert(field.first, field.second);
    object.insert(QStringLiteral("annotator"), annotation.provenance.annotator);
    object.insert(QStringLiteral("created"), timeValue(annotation.provenance.created).toString());
    object.insert(QStringLiteral("updated"), timeValue(annotation.provenance.updated).toString());
    return compactJson(object);
}

} // namespace AnnotationRows
