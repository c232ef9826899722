#include "core/exchange/documentjson.h"

#include "core/text/offsetmap.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

void writeProvenance(QJsonObject &object, const Provenance &provenance)
{
    object.insert(QStringLiteral("status"), toString(provenance.status));
    object.insert(QStringLiteral("origin"), provenance.origin);
    object.insert(QStringLiteral("confidence"), provenance.confidence);
    object.insert(QStringLiteral("annotator"), provenance.annotator);
    object.insert(QStringLiteral("created"), isoUtc(provenance.created));
    object.insert(QStringLiteral("updated"), isoUtc(provenance.updated));
}

QString idFor(const char *prefix, qint64 id, int index)
{
    return QLatin1String(prefix) + QString::number(id > 0 ? id : index + 1);
}

// Reading: each helper records the first problem in `error` and returns a neutral value, so
// the caller checks the error once after reading an object.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentJson)

public:
    explicit Reader(QString *error)
        : m_error(error)
    {
    }

    bool failed() const { return !m_error->isEmpty(); }

    void fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }

    template<typename Enum>
    Enum enumValue(const QJsonObject &object, const char *key, Enum fallback)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        const auto parsed = fromString<Enum>(value.toString());
        if (!parsed) {
            fail(tr("Unknown %1 \"%2\" (allowed: %3).")
                     .arg(QLatin1String(key), value.toString(),
                          allSpellings<Enum>().join(QStringLiteral(", "))));
            return fallback;
        }
        return *parsed;
    }

    std::optional<qint64> optionalNumber(const QJsonObject &object, const char *key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble()) {
            fail(tr("\"%1\" must be a number.").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return qint64(value.toDouble());
    }

    QDateTime dateTime(const QJsonObject &object, const char *key)
    {
        const QString text = object.value(QLatin1String(key)).toString();
        if (text.isEmpty())
            return {};
        QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!when.isValid())
            fail(tr("\"%1\" is not an ISO 8601 date and time: %2").arg(QLatin1String(key), text));
        return when.toUTC();
    }

    QDate date(const QJsonValue &value, const char *key)
    {
        const QString text = value.toString();
        if (text.isEmpty())
            return {};
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            fail(tr("\"%1\" is not a date (YYYY-MM-DD): %2").arg(QLatin1String(key), text));
        return date;
    }

    Provenance provenance(const QJsonObject &object)
    {
        Provenance provenance;
        provenance.status = enumValue(object, "status", Status::Proposed);
        provenance.origin = object.value(QStringLiteral("origin")).toString();
        provenance.confidence = object.value(QStringLiteral("confidence")).toDouble(1.0);
        provenance.annotator = object.value(QStringLiteral("annotator")).toString();
        provenance.created = dateTime(object, "created");
        provenance.updated = dateTime(object, "updated");
        return provenance;
    }

    // Offsets must lie inside the text and be ordered; `what` names the object in messages.
    void span(const QJsonObject &object, int textLength, const QString &what, int *start,
              int *end)
    {
        *start = object.value(QStringLiteral("start")).toInt(-1);
        *end = object.value(QStringLiteral("end")).toInt(-1);
        if (*start < 0 || *end < *start || *end > textLength)
            fail(tr("%1 has offsets %2-%3 outside the text (0-%4 code points).")
                     .arg(what)
                     .arg(*start)
                     .arg(*end)
                     .arg(textLength));
    }

private:
    QString *m_error;
};

qint64 numericId(const QString &id)
{
    // "e12" -> 12; ids from other tools that carry no number get none and are renumbered.
    qsizetype digits = id.size();
    while (digits > 0 && id.at(digits - 1).isDigit())
        --digits;
    return id.mid(digits).toLongLong();
}

} // namespace

QJsonObject DocumentJson::toJson(const Document &document)
{
    const Article &article = document.article;
    const OffsetMap offsets(article.text);
    const auto slice = [&](int start, int end) {
        const int from = offsets.toUtf16(start);
        return article.text.mid(from, offsets.toUtf16(end) - from);
    };

    QJsonObject source;
    source.insert(QStringLiteral("path"), article.sourcePath);
    source.insert(QStringLiteral("url"), article.url);
    source.insert(QStringLiteral("outlet"), article.outlet);
    source.insert(QStringLiteral("published"),
                  article.published.isValid() ? article.published.toString(Qt::ISODate)
                                              : QString());

    QJsonArray segments;
    for (const Segment &segment : document.segments) {
        segments.append(QJsonObject{{QStringLiteral("start"), segment.start},
                                    {QStringLiteral("end"), segment.end},
                                    {QStringLiteral("kind"), toString(segment.kind)}});
    }

    QJsonArray entities;
    for (int i = 0; i < document.mentions.size(); ++i) {
        const Mention &mention = document.mentions.at(i);
        QJsonObject object{{QStringLiteral("id"), idFor("e", mention.id, i)},
                           {QStringLiteral("start"), mention.start},
                           {QStringLiteral("end"), mention.end},
                           {QStringLiteral("text"), mention.text.isEmpty()
                                    ? slice(mention.start, mention.end) : mention.text},
                           {QStringLiteral("type"), toString(mention.type)},
                           {QStringLiteral("canonical"), mention.canonical},
                           {QStringLiteral("kb_id"), mention.kbId}};
        writeProvenance(object, mention.provenance);
        entities.append(object);
    }

    QJsonArray affiliations;
    for (int i = 0; i < document.affiliations.size(); ++i) {
        const Affiliation &affiliation = document.affiliations.at(i);
        QJsonObject object{{QStringLiteral("id"), idFor("a", affiliation.id, i)},
                           {QStringLiteral("actor"), affiliation.actor},
                           {QStringLiteral("relation"), toString(affiliation.relation)},
                           {QStringLiteral("target"), affiliation.relationTarget},
                           {QStringLiteral("former"), affiliation.former},
                           {QStringLiteral("stance"), toString(affiliation.stance)},
                           {QStringLiteral("attributed_to"), affiliation.attributedTo},
                           {QStringLiteral("start"), affiliation.start},
                           {QStringLiteral("end"), affiliation.end}};
        writeProvenance(object, affiliation.provenance);
        affiliations.append(object);
    }

    QJsonArray casualties;
    for (int i = 0; i < document.casualties.size(); ++i) {
        const CasualtyFigure &figure = document.casualties.at(i);
        QJsonObject object{{QStringLiteral("id"), idFor("c", figure.id, i)},
                           {QStringLiteral("start"), figure.start},
                           {QStringLiteral("end"), figure.end},
                           {QStringLiteral("text"), figure.text.isEmpty()
                                    ? slice(figure.start, figure.end) : figure.text},
                           {QStringLiteral("kind"), toString(figure.kind)},
                           {QStringLiteral("victim"), figure.victim},
                           {QStringLiteral("perpetrator"), figure.perpetrator},
                           {QStringLiteral("low"), optionalNumber(figure.low)},
                           {QStringLiteral("best"), optionalNumber(figure.best)},
                           {QStringLiteral("high"), optionalNumber(figure.high)},
                           {QStringLiteral("precision"), toString(figure.precision)},
                           {QStringLiteral("hedged"), figure.hedged},
                           {QStringLiteral("scope"), toString(figure.scope)}};
        writeProvenance(object, figure.provenance);
        casualties.append(object);
    }

    QJsonArray events;
    for (int i = 0; i < document.events.size(); ++i) {
        const Event &event = document.events.at(i);
        QJsonArray figureIds;
        for (qint64 id : event.casualtyIds)
            figureIds.append(QStringLiteral("c%1").arg(id));
        QJsonObject object{
            {QStringLiteral("id"), idFor("ev", event.id, i)},
            {QStringLiteral("event_type"), event.eventType},
            {QStringLiteral("sub_event_type"), event.subEventType},
            {QStringLiteral("actor1"), event.actor1},
            {QStringLiteral("assoc_actor_1"), event.assocActor1},
            {QStringLiteral("actor2"), event.actor2},
            {QStringLiteral("assoc_actor_2"), event.assocActor2},
            {QStringLiteral("location"), event.location},
            {QStringLiteral("admin1"), event.admin1},
            {QStringLiteral("geo_precision"), event.geoPrecision},
            {QStringLiteral("event_date"),
             event.date.isValid() ? event.date.toString(Qt::ISODate) : QString()},
            {QStringLiteral("time_precision"), event.timePrecision},
            {QStringLiteral("fatalities"), event.fatalities},
            {QStringLiteral("sources"), QJsonArray::fromStringList(event.sources)},
            {QStringLiteral("notes"), event.notes},
            {QStringLiteral("casualties"), figureIds}};
        writeProvenance(object, event.provenance);
        events.append(object);
    }

    return QJsonObject{{QStringLiteral("id"), article.uid},
                       {QStringLiteral("title"), article.title},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("language"), article.language},
                       {QStringLiteral("encoding"), article.encoding},
                       {QStringLiteral("imported"), isoUtc(article.importedAt)},
                       {QStringLiteral("text"), article.text},
                       {QStringLiteral("offsets"), QStringLiteral("codepoints")},
                       {QStringLiteral("segments"), segments},
                       {QStringLiteral("entities"), entities},
                       {QStringLiteral("affiliations"), affiliations},
                       {QStringLiteral("casualties"), casualties},
                       {QStringLiteral("events"), events}};
}

QByteArray DocumentJson::toLine(const Document &document)
{
    return QJsonDocument(toJson(document)).toJson(QJsonDocument::Compact);
}

std::optional<Document> DocumentJson::fromJson(const QJsonObject &object, QString *error)
{
    QString problem;
    Reader read(&problem);
    Document document;
    Article &article = document.article;

    if (!object.value(QStringLiteral("text")).isString()) {
        *error = tr("The document has no \"text\".");
        return std::nullopt;
    }
    const QString offsetsUnit = object.value(QStringLiteral("offsets")).toString();
    if (!offsetsUnit.isEmpty() && offsetsUnit != QLatin1String("codepoints")) {
        *error = tr("Offsets in \"%1\" are not supported; this format uses code points.")
                     .arg(offsetsUnit);
        return std::nullopt;
    }

    article.uid = object.value(QStringLiteral("id")).toString();
    article.title = object.value(QStringLiteral("title")).toString();
    article.text = object.value(QStringLiteral("text")).toString();
    article.language = object.value(QStringLiteral("language")).toString();
    article.encoding = object.value(QStringLiteral("encoding")).toString();
    article.importedAt = read.dateTime(object, "imported");
    const QJsonObject source = object.value(QStringLiteral("source")).toObject();
    article.sourcePath = source.value(QStringLiteral("path")).toString();
    article.url = source.value(QStringLiteral("url")).toString();
    article.outlet = source.value(QStringLiteral("outlet")).toString();
    article.published = read.date(source.value(QStringLiteral("published")), "published");

    const int length = OffsetMap::codePointLength(article.text);

    const QJsonArray segments = object.value(QStringLiteral("segments")).toArray();
    for (int i = 0; i < segments.size() && !read.failed(); ++i) {
        const QJsonObject item = segments.at(i).toObject();
        Segment segment;
        read.span(item, length, tr("Segment %1").arg(i + 1), &segment.start, &segment.end);
        segment.kind = read.enumValue(item, "kind", SegmentKind::Body);
        document.segments.append(segment);
    }

    const QJsonArray entities = object.value(QStringLiteral("entities")).toArray();
    for (int i = 0; i < entities.size() && !read.failed(); ++i) {
        const QJsonObject item = entities.at(i).toObject();
        Mention mention;
        mention.id = numericId(item.value(QStringLiteral("id")).toString());
        read.span(item, length, tr("Entity %1").arg(i + 1), &mention.start, &mention.end);
        mention.text = item.value(QStringLiteral("text")).toString();
        mention.type = read.enumValue(item, "type", EntityType::ArmedGroup);
        mention.canonical = item.value(QStringLiteral("canonical")).toString();
        mention.kbId = item.value(QStringLiteral("kb_id")).toString();
        mention.provenance = read.provenance(item);
        document.mentions.append(mention);
    }

    const QJsonArray affiliations = object.value(QStringLiteral("affiliations")).toArray();
    for (int i = 0; i < affiliations.size() && !read.failed(); ++i) {
        const QJsonObject item = affiliations.at(i).toObject();
        Affiliation affiliation;
        affiliation.id = numericId(item.value(QStringLiteral("id")).toString());
        affiliation.actor = item.value(QStringLiteral("actor")).toString();
        affiliation.relation = read.enumValue(item, "relation", Relation::AffiliatedWith);
        affiliation.relationTarget = item.value(QStringLiteral("target")).toString();
        affiliation.former = item.value(QStringLiteral("former")).toBool();
        affiliation.stance = read.enumValue(item, "stance", Stance::Asserted);
        affiliation.attributedTo = item.value(QStringLiteral("attributed_to")).toString();
        read.span(item, length, tr("Affiliation %1").arg(i + 1), &affiliation.start,
                  &affiliation.end);
        affiliation.provenance = read.provenance(item);
        document.affiliations.append(affiliation);
    }

    const QJsonArray casualties = object.value(QStringLiteral("casualties")).toArray();
    for (int i = 0; i < casualties.size() && !read.failed(); ++i) {
        const QJsonObject item = casualties.at(i).toObject();
        CasualtyFigure figure;
        figure.id = numericId(item.value(QStringLiteral("id")).toString());
        read.span(item, length, tr("Casualty figure %1").arg(i + 1), &figure.start, &figure.end);
        figure.text = item.value(QStringLiteral("text")).toString();
        figure.kind = read.enumValue(item, "kind", CasualtyKind::Killed);
        figure.victim = item.value(QStringLiteral("victim")).toString();
        figure.perpetrator = item.value(QStringLiteral("perpetrator")).toString();
        figure.low = read.optionalNumber(item, "low");
        figure.best = read.optionalNumber(item, "best");
        figure.high = read.optionalNumber(item, "high");
        figure.precision = read.enumValue(item, "precision", Precision::Exact);
        figure.hedged = item.value(QStringLiteral("hedged")).toBool();
        figure.scope = read.enumValue(item, "scope", Scope::Event);
        figure.provenance = read.provenance(item);
        document.casualties.append(figure);
    }

    const QJsonArray events = object.value(QStringLiteral("events")).toArray();
    for (int i = 0; i < events.size() && !read.failed(); ++i) {
        const QJsonObject item = events.at(i).toObject();
        Event event;
        event.id = numericId(item.value(QStringLiteral("id")).toString());
        event.eventType = item.value(QStringLiteral("event_type")).toString();
        event.subEventType = item.value(QStringLiteral("sub_event_type")).toString();
        event.actor1 = item.value(QStringLiteral("actor1")).toString();
        event.assocActor1 = item.value(QStringLiteral("assoc_actor_1")).toString();
        event.actor2 = item.value(QStringLiteral("actor2")).toString();
        event.assocActor2 = item.value(QStringLiteral("assoc_actor_2")).toString();
        event.location = item.value(QStringLiteral("location")).toString();
        event.admin1 = item.value(QStringLiteral("admin1")).toString();
        event.geoPrecision = item.value(QStringLiteral("geo_precision")).toInt();
        event.date = read.date(item.value(QStringLiteral("event_date")), "event_date");
        event.timePrecision = item.value(QStringLiteral("time_precision")).toInt();
        event.fatalities = item.value(QStringLiteral("fatalities")).toInt();
        for (const QJsonValue &sourceName : item.value(QStringLiteral("sources")).toArray())
            event.sources.append(sourceName.toString());
        event.notes = item.value(QStringLiteral("notes")).toString();
        for (const QJsonValue &figureId : item.value(QStringLiteral("casualties")).toArray())
            event.casualtyIds.append(numericId(figureId.toString()));
        event.provenance = read.provenance(item);
        document.events.append(event);
    }

    if (read.failed()) {
        *error = problem;
        return std::nullopt;
    }
    return document;
}
