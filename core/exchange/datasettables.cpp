#include "core/exchange/datasettables.h"

#include "core/exchange/exchangeids.h"
#include "core/exchange/lossreport.h"
#include "core/text/offsetmap.h"

namespace {

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant time(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QString());
}

QVariant date(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QString());
}

QVariant number(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QList<QVariant> provenance(const Provenance &p)
{
    return {toString(p.status), text(p.origin), p.confidence, text(p.annotator), time(p.created),
            time(p.updated)};
}

const QStringList provenanceHeader{QStringLiteral("status"),    QStringLiteral("origin"),
                                   QStringLiteral("confidence"), QStringLiteral("annotator"),
                                   QStringLiteral("created"),   QStringLiteral("updated")};

// ACLED interaction code of an actor, from the type of a mention naming it; 0 when unknown.
int interCode(const Document &document, const QString &actor)
{
    if (actor.isEmpty())
        return 0;
    if (actor.compare(QLatin1String("civilians"), Qt::CaseInsensitive) == 0)
        return 7;
    for (const Mention &mention : document.mentions) {
        if (mention.canonical.compare(actor, Qt::CaseInsensitive) != 0
            && mention.text.compare(actor, Qt::CaseInsensitive) != 0)
            continue;
        if (mention.type == EntityType::StateForce || mention.type == EntityType::State)
            return 1;
        if (mention.type == EntityType::ArmedGroup)
            return 2;
    }
    return 0;
}

} // namespace

QList<DatasetTables::Table> DatasetTables::all()
{
    return {Table::Articles, Table::Entities, Table::Affiliations, Table::Casualties,
            Table::Events};
}

QString DatasetTables::name(Table table)
{
    switch (table) {
    case Table::Articles: return QStringLiteral("articles");
    case Table::Entities: return QStringLiteral("entities");
    case Table::Affiliations: return QStringLiteral("affiliations");
    case Table::Casualties: return QStringLiteral("casualties");
    case Table::Events: return QStringLiteral("events");
    }
    return {};
}

QStringList DatasetTables::header(Table table)
{
    switch (table) {
    case Table::Articles:
        return {QStringLiteral("article_uid"), QStringLiteral("article_id"),
                QStringLiteral("title"),       QStringLiteral("source_path"),
                QStringLiteral("url"),         QStringLiteral("outlet"),
                QStringLiteral("published"),   QStringLiteral("language"),
                QStringLiteral("encoding"),    QStringLiteral("imported"),
                QStringLiteral("code_points"), QStringLiteral("text")};
    case Table::Entities:
        return QStringList{QStringLiteral("article_uid"), QStringLiteral("id"),
                           QStringLiteral("start"),       QStringLiteral("end"),
                           QStringLiteral("text"),        QStringLiteral("type"),
                           QStringLiteral("canonical"),   QStringLiteral("kb_id")}
               + provenanceHeader;
    case Table::Affiliations:
        return QStringList{QStringLiteral("article_uid"), QStringLiteral("id"),
                           QStringLiteral("actor"),       QStringLiteral("relation"),
                           QStringLiteral("target"),      QStringLiteral("former"),
                           QStringLiteral("stance"),      QStringLiteral("attributed_to"),
                           QStringLiteral("start"),       QStringLiteral("end")}
               + provenanceHeader;
    case Table::Casualties:
        return QStringList{QStringLiteral("article_uid"), QStringLiteral("article_id"),
                           QStringLiteral("article_title"), QStringLiteral("article_published"),
                           QStringLiteral("id"),          QStringLiteral("start"),
                           QStringLiteral("end"),         QStringLiteral("text"),
                           QStringLiteral("kind"),        QStringLiteral("victim"),
                           QStringLiteral("perpetrator"), QStringLiteral("low"),
                           QStringLiteral("best"),        QStringLiteral("high"),
                           QStringLiteral("precision"),   QStringLiteral("hedged"),
                           QStringLiteral("scope")}
               + provenanceHeader;
    case Table::Events:
        return QStringList{QStringLiteral("event_date"),     QStringLiteral("year"),
                           QStringLiteral("time_precision"), QStringLiteral("event_type"),
                           QStringLiteral("sub_event_type"), QStringLiteral("actor1"),
                           QStringLiteral("assoc_actor_1"),  QStringLiteral("actor2"),
                           QStringLiteral("assoc_actor_2"),  QStringLiteral("inter1"),
                           QStringLiteral("inter2"),         QStringLiteral("location"),
                           QStringLiteral("admin1"),         QStringLiteral("geo_precision"),
                           QStringLiteral("source"),         QStringLiteral("notes"),
                           QStringLiteral("fatalities"),     QStringLiteral("article_uid"),
                           QStringLiteral("event_id"),       QStringLiteral("casualty_ids")}
               + provenanceHeader;
    }
    return {};
}

QList<DatasetTables::Row> DatasetTables::rows(Table table, const Document &document,
                                              LossReport *loss)
{
    const Article &article = document.article;
    const QString uid = article.uid;
    QList<Row> rows;
    switch (table) {
    case Table::Articles:
        rows.append({QString(),
                     {uid, article.id, text(article.title), text(article.sourcePath),
                      text(article.url), text(article.outlet), date(article.published),
                      text(article.language), text(article.encoding), time(article.importedAt),
                      OffsetMap::codePointLength(article.text), text(article.text)}});
        break;
    case Table::Entities:
        for (const Mention &m : document.mentions)
            rows.append({ExchangeIds::mention(m.id),
                         QList<QVariant>{uid, ExchangeIds::mention(m.id), m.start, m.end,
                                         text(m.text), toString(m.type), text(m.canonical),
                                         text(m.kbId)}
                             + provenance(m.provenance)});
        break;
    case Table::Affiliations:
        for (const Affiliation &a : document.affiliations)
            rows.append({ExchangeIds::affiliation(a.id),
                         QList<QVariant>{uid, ExchangeIds::affiliation(a.id), text(a.actor),
                                         toString(a.relation), text(a.relationTarget), a.former,
                                         toString(a.stance), text(a.attributedTo), a.start,
                                         a.end}
                             + provenance(a.provenance)});
        break;
    case Table::Casualties:
        for (const CasualtyFigure &c : document.casualties)
            rows.append({ExchangeIds::casualty(c.id),
                         QList<QVariant>{uid, article.id, text(article.title),
                                         date(article.published), ExchangeIds::casualty(c.id),
                                         c.start, c.end, text(c.text), toString(c.kind),
                                         text(c.victim), text(c.perpetrator), number(c.low),
                                         number(c.best), number(c.high), toString(c.precision),
                                         c.hedged, toString(c.scope)}
                             + provenance(c.provenance)});
        break;
    case Table::Events:
        for (const Event &e : document.events) {
            const QString id = ExchangeIds::event(e.id);
            QStringList figures;
            for (qint64 figure : e.casualtyIds)
                figures << ExchangeIds::casualty(figure);
            const int inter1 = interCode(document, e.actor1);
            const int inter2 = interCode(document, e.actor2);
            if (loss) {
                for (const auto &[actor, code] : {std::pair{e.actor1, inter1},
                                                  std::pair{e.actor2, inter2}}) {
                    if (!actor.isEmpty() && code == 0)
                        loss->add(uid, id, tr("ACLED interaction code unknown"),
                                  tr("no mention tells what kind of actor \"%1\" is").arg(actor));
                }
            }
            rows.append({id,
                         QList<QVariant>{date(e.date),
                                         e.date.isValid() ? QVariant(e.date.year()) : QVariant(),
                                         e.timePrecision, text(e.eventType),
                                         text(e.subEventType), text(e.actor1),
                                         text(e.assocActor1), text(e.actor2),
                                         text(e.assocActor2),
                                         inter1 ? QVariant(inter1) : QVariant(),
                                         inter2 ? QVariant(inter2) : QVariant(),
                                         text(e.location), text(e.admin1), e.geoPrecision,
                                         e.sources.join(QStringLiteral("; ")), text(e.notes),
                                         e.fatalities, uid, id,
                                         figures.join(QLatin1Char(' '))}
                             + provenance(e.provenance)});
        }
        break;
    }
    return rows;
}

void DatasetTables::noteNotCarried(const Document &document, const QList<Table> &carried,
                                   LossReport &loss)
{
    const QString uid = document.article.uid;
    const auto note = [&](Table table, const QString &what, const QStringList &ids) {
        if (!carried.contains(table) && !ids.isEmpty())
            loss.add(uid, ids.join(QLatin1Char(' ')), what,
                     tr("%n not in this format", nullptr, int(ids.size())));
    };
    QStringList ids;
    for (const Mention &m : document.mentions)
        ids << ExchangeIds::mention(m.id);
    note(Table::Entities, tr("entities"), ids);
    ids.clear();
    for (const Affiliation &a : document.affiliations)
        ids << ExchangeIds::affiliation(a.id);
    note(Table::Affiliations, tr("affiliations"), ids);
    ids.clear();
    for (const CasualtyFigure &c : document.casualties)
        ids << ExchangeIds::casualty(c.id);
    note(Table::Casualties, tr("casualty figures"), ids);
    ids.clear();
    for (const Event &e : document.events)
        ids << ExchangeIds::event(e.id);
    note(Table::Events, tr("events"), ids);
    if (!carried.contains(Table::Articles) && !carried.contains(Table::Casualties))
        loss.add(uid, QString(), tr("article text and metadata"), tr("not in this format"));
    if (carried.contains(Table::Articles) && !document.segments.isEmpty())
        loss.add(uid, QString(), tr("segments"), tr("not in this format"));
    if (!carried.contains(Table::Articles) && carried.contains(Table::Casualties))
        loss.add(uid, QString(), tr("article text and metadata"),
                 tr("only the uid, id, title and publication date are in this format"));
}
