#include "core/exchange/bratwriter.h"

#include "core/exchange/exchangeids.h"
#include "core/exchange/lossreport.h"
#include "core/exchange/standofftext.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void addProvenance(QJsonObject &note, const Provenance &provenance)
{
    note.insert(QStringLiteral("origin"), provenance.origin);
    note.insert(QStringLiteral("confidence"), provenance.confidence);
    note.insert(QStringLiteral("annotator"), provenance.annotator);
    note.insert(QStringLiteral("created"), isoUtc(provenance.created));
    note.insert(QStringLiteral("updated"), isoUtc(provenance.updated));
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

// Builds the lines of one .ann, numbering T, A, R, E, N and # ids as it goes.
class AnnBuilder
{
public:
    AnnBuilder(const Document &document, LossReport &loss)
        : m_document(document)
        , m_loss(loss)
        , m_text(document.article.text, StandoffText::LineEnds::Lf)
    {
    }

    const StandoffText &text() const { return m_text; }
    QString ann() const
    {
        return m_lines.isEmpty() ? QString() : m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    // A T line over the article's code points [start, end), split at line breaks the way brat
    // itself writes a span across lines. Returns the T id, or empty when brat cannot hold it.
    QString span(const QString &type, int start, int end, const QString &annotationId)
    {
        const int from = m_text.toOutput(start);
        const int to = m_text.toOutput(end);
        if (to <= from) {
            m_loss.add(m_document.article.uid, annotationId,
                       BratWriter::tr("empty span (brat cannot hold it)"),
                       BratWriter::tr("%1 at %2-%3 was not exported").arg(type).arg(start).arg(end));
            return {};
        }
        QStringList ranges;
        QStringList pieces;
        int pieceStart = from;
        const QString covered = m_text.slice(from, to);
        int position = from;
        for (qsizetype i = 0; i < covered.size(); ++i) {
            const QChar c = covered.at(i);
            if (c == QLatin1Char('\n')) {
                if (position > pieceStart) {
                    ranges << QStringLiteral("%1 %2").arg(pieceStart).arg(position);
                    pieces << m_text.slice(pieceStart, position);
                }
                pieceStart = position + 1;
            }
            if (!(c.isHighSurrogate() && i + 1 < covered.size()))
                ++position;
        }
        if (to > pieceStart) {
            ranges << QStringLiteral("%1 %2").arg(pieceStart).arg(to);
            pieces << m_text.slice(pieceStart, to);
        }
        if (ranges.isEmpty())
            return span(type, end, end, annotationId); // only line breaks: reported as empty
        const QString id = QStringLiteral("T%1").arg(++m_t);
        m_lines << QStringLiteral("%1\t%2 %3\t%4")
                       .arg(id, type, ranges.join(QLatin1Char(';')),
                            pieces.join(QLatin1Char(' ')));
        return id;
    }

    void attribute(const QString &name, const QString &target, const QString &value = QString())
    {
        m_lines << QStringLiteral("A%1\t%2 %3%4")
                       .arg(++m_a)
                       .arg(name, target, value.isEmpty() ? QString() : QLatin1Char(' ') + value);
    }

    void note(const QString &target, const QJsonObject &object)
    {
        m_lines << QStringLiteral("#%1\tAnnotatorNotes %2\t%3")
                       .arg(++m_note)
                       .arg(target, QString::fromUtf8(QJsonDocument(object).toJson(
                                        QJsonDocument::Compact)));
    }

    void reference(const QString &target, const QString &kbId, const QString &canonical)
    {
        QString name = canonical;
        name.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_lines << QStringLiteral("N%1\tReference %2 CWB:%3\t%4").arg(++m_n).arg(target, kbId, name);
    }

    void relation(const QString &type, const QString &arg1, const QString &arg2)
    {
        m_lines << QStringLiteral("R%1\t%2 Arg1:%3 Arg2:%4").arg(++m_r).arg(type, arg1, arg2);
    }

    QString event(const QString &trigger, const QStringList &roles)
    {
        const QString id = QStringLiteral("E%1").arg(++m_e);
        m_lines << QStringLiteral("%1\tEvent:%2%3")
                       .arg(id, trigger,
                            roles.isEmpty() ? QString() : QLatin1Char(' ') + roles.join(QLatin1Char(' ')));
        return id;
    }

private:
    const Document &m_document;
    LossReport &m_loss;
    StandoffText m_text;
    QStringList m_lines;
    int m_t = 0, m_a = 0, m_r = 0, m_e = 0, m_n = 0, m_note = 0;
};

// The first mention (its T id) naming `name` by canonical name or surface text, preferring one
// inside [start, end) when the range is not empty.
QString mentionNamed(const Document &document, const QHash<qint64, QString> &tIds,
                     const QString &name, int start = 0, int end = 0)
{
    if (name.isEmpty())
        return {};
    QString anywhere;
    for (const Mention &mention : document.mentions) {
        const QString tId = tIds.value(mention.id);
        if (tId.isEmpty()
            || (mention.canonical.compare(name, Qt::CaseInsensitive) != 0
                && mention.text.compare(name, Qt::CaseInsensitive) != 0))
            continue;
        if (end <= start || (mention.start >= start && mention.end <= end))
            return tId;
        if (anywhere.isEmpty())
            anywhere = tId;
    }
    return end <= start ? anywhere : QString();
}

} // namespace

QString BratWriter::bratName(const QString &value)
{
    QString name = value.trimmed();
    for (QChar &c : name) {
        if (c.isSpace() || c == QLatin1Char('|') || c == QLatin1Char(',') || c == QLatin1Char(':'))
            c = QLatin1Char('_');
    }
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

BratWriter::Files BratWriter::standoff(const Document &document, LossReport &loss,
                                       QSet<QString> *eventTypes, QSet<QString> *subEventTypes)
{
    AnnBuilder ann(document, loss);
    const QString uid = document.article.uid;
    loss.add(uid, QString(), tr("article metadata"),
             tr("title, source, publication date and segments are not in brat's files"));
    if (ann.text().changedLineEnds())
        loss.add(uid, QString(), tr("CR LF line ends written as LF"),
                 tr("the .txt has LF line ends; offsets were converted to it"));

    QHash<qint64, QString> mentionT;
    for (const Mention &mention : document.mentions) {
        const QString id = ExchangeIds::mention(mention.id);
        const QString t = ann.span(toString(mention.type), mention.start, mention.end, id);
        if (t.isEmpty())
            continue;
        mentionT.insert(mention.id, t);
        ann.attribute(QStringLiteral("Status"), t, toString(mention.provenance.status));
        if (!mention.kbId.isEmpty())
            ann.reference(t, mention.kbId, mention.canonical);
        QJsonObject note{{QStringLiteral("id"), id}};
        if (mention.kbId.isEmpty() || mention.canonical.contains(QLatin1Char('\t')))
            note.insert(QStringLiteral("canonical"), mention.canonical);
        addProvenance(note, mention.provenance);
        ann.note(t, note);
    }

    QHash<qint64, QString> figureT;
    for (const CasualtyFigure &figure : document.casualties) {
        const QString id = ExchangeIds::casualty(figure.id);
        const QString t = ann.span(QStringLiteral("Casualty"), figure.start, figure.end, id);
        if (t.isEmpty())
            continue;
        figureT.insert(figure.id, t);
        ann.attribute(QStringLiteral("Status"), t, toString(figure.provenance.status));
        ann.attribute(QStringLiteral("Kind"), t, toString(figure.kind));
        ann.attribute(QStringLiteral("Precision"), t, toString(figure.precision));
        ann.attribute(QStringLiteral("Scope"), t, toString(figure.scope));
        if (figure.hedged)
            ann.attribute(QStringLiteral("Hedged"), t);
        QJsonObject note{{QStringLiteral("id"), id},
                         {QStringLiteral("low"), optionalNumber(figure.low)},
                         {QStringLiteral("best"), optionalNumber(figure.best)},
                         {QStringLiteral("high"), optionalNumber(figure.high)},
                         {QStringLiteral("victim"), figure.victim},
                         {QStringLiteral("perpetrator"), figure.perpetrator}};
        addProvenance(note, figure.provenance);
        ann.note(t, note);
    }

    for (const Affiliation &affiliation : document.affiliations) {
        const QString id = ExchangeIds::affiliation(affiliation.id);
        const QString t = ann.span(QStringLiteral("Affiliation"), affiliation.start,
                                   affiliation.end, id);
        if (t.isEmpty())
            continue;
        ann.attribute(QStringLiteral("Status"), t, toString(affiliation.provenance.status));
        ann.attribute(QStringLiteral("Relation"), t, toString(affiliation.relation));
        ann.attribute(QStringLiteral("Stance"), t, toString(affiliation.stance));
        if (affiliation.former)
            ann.attribute(QStringLiteral("Former"), t);
        QJsonObject note{{QStringLiteral("id"), id},
                         {QStringLiteral("actor"), affiliation.actor},
                         {QStringLiteral("target"), affiliation.relationTarget},
                         {QStringLiteral("attributed_to"), affiliation.attributedTo}};
        addProvenance(note, affiliation.provenance);
        ann.note(t, note);
        const QString actor = mentionNamed(document, mentionT, affiliation.actor,
                                           affiliation.start, affiliation.end);
        const QString target = mentionNamed(document, mentionT, affiliation.relationTarget,
                                            affiliation.start, affiliation.end);
        if (!actor.isEmpty() && !target.isEmpty() && actor != target)
            ann.relation(toString(affiliation.relation), actor, target);
        else
            loss.add(uid, id, tr("affiliation without an R line"),
                     tr("\"%1\" or \"%2\" is not a mention inside the stating span; the "
                        "affiliation is kept as an Affiliation span with a note")
                         .arg(affiliation.actor, affiliation.relationTarget));
    }

    for (const Event &event : document.events) {
        const QString id = ExchangeIds::event(event.id);
        // The trigger: the event's first figure, else its location or first actor mentioned.
        int start = -1;
        int end = -1;
        for (qint64 figureId : event.casualtyIds) {
            for (const CasualtyFigure &figure : document.casualties) {
                if (figure.id == figureId && start < 0 && figureT.contains(figure.id)) {
                    start = figure.start;
                    end = figure.end;
                }
            }
        }
        for (const QString &name : {event.location, event.actor1, event.actor2}) {
            if (start >= 0 || name.isEmpty())
                continue;
            for (const Mention &mention : document.mentions) {
                if (mentionT.contains(mention.id)
                    && (mention.canonical == name || mention.text == name)) {
                    start = mention.start;
                    end = mention.end;
                    break;
                }
            }
        }
        if (start < 0) {
            loss.add(uid, id, tr("event without a span"),
                     tr("no figure or mention of the event is in the text to anchor an E line; "
                        "the event was not exported"));
            continue;
        }
        const QString trigger = ann.span(QStringLiteral("Event"), start, end, id);
        if (trigger.isEmpty())
            continue;
        QStringList roles;
        const std::pair<const char *, QString> namedRoles[] = {
            {"Actor1", event.actor1}, {"AssocActor1", event.assocActor1},
            {"Actor2", event.actor2}, {"AssocActor2", event.assocActor2},
            {"Location", event.location}};
        for (const auto &[role, name] : namedRoles) {
            const QString t = mentionNamed(document, mentionT, name);
            if (!t.isEmpty())
                roles << QStringLiteral("%1:%2").arg(QLatin1String(role), t);
        }
        int figureRole = 0;
        for (qint64 figureId : event.casualtyIds) {
            const QString t = figureT.value(figureId);
            if (t.isEmpty())
                continue;
            ++figureRole;
            roles << QStringLiteral("Casualty%1:%2")
                         .arg(figureRole == 1 ? QString() : QString::number(figureRole), t);
        }
        const QString e = ann.event(trigger, roles);
        ann.attribute(QStringLiteral("Status"), e, toString(event.provenance.status));
        ann.attribute(QStringLiteral("EventType"), e, bratName(event.eventType));
        ann.attribute(QStringLiteral("SubEventType"), e, bratName(event.subEventType));
        if (eventTypes)
            eventTypes->insert(bratName(event.eventType));
        if (subEventTypes)
            subEventTypes->insert(bratName(event.subEventType));
        QJsonObject note{{QStringLiteral("id"), id},
                         {QStringLiteral("event_type"), event.eventType},
                         {QStringLiteral("sub_event_type"), event.subEventType},
                         {QStringLiteral("actor1"), event.actor1},
                         {QStringLiteral("assoc_actor_1"), event.assocActor1},
                         {QStringLiteral("actor2"), event.actor2},
                         {QStringLiteral("assoc_actor_2"), event.assocActor2},
                         {QStringLiteral("location"), event.location},
                         {QStringLiteral("admin1"), event.admin1},
                         {QStringLiteral("geo_precision"), event.geoPrecision},
                         {QStringLiteral("event_date"), event.date.isValid()
                                  ? event.date.toString(Qt::ISODate) : QString()},
                         {QStringLiteral("time_precision"), event.timePrecision},
                         {QStringLiteral("fatalities"), event.fatalities},
                         {QStringLiteral("sources"), QJsonArray::fromStringList(event.sources)},
                         {QStringLiteral("notes"), event.notes}};
        addProvenance(note, event.provenance);
        ann.note(e, note);
    }
    return {ann.text().text(), ann.ann()};
}

QString BratWriter::annotationConf(const QSet<QString> &eventTypes,
                                   const QSet<QString> &subEventTypes)
{
    const auto values = [](QSet<QString> set) {
        QStringList list(set.cbegin(), set.cend());
        list.sort();
        return list.isEmpty() ? QStringLiteral("unknown") : list.join(QLatin1Char('|'));
    };
    QString conf = QStringLiteral("# Generated by Conflict Workbench from its codebook "
                                  "(docs/exchange.md).\n[entities]\n");
    for (const QString &type : allSpellings<EntityType>())
        conf += type + QLatin1Char('\n');
    conf += QStringLiteral("Casualty\nAffiliation\n\n[relations]\n");
    for (const QString &relation : allSpellings<Relation>())
        conf += relation + QStringLiteral("\tArg1:<ENTITY>, Arg2:<ENTITY>\n");
    conf += QStringLiteral("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n"
                           "[events]\n"
                           "Event\tActor1?:<ENTITY>, AssocActor1?:<ENTITY>, Actor2?:<ENTITY>, "
                           "AssocActor2?:<ENTITY>, Location?:LOCATION, Casualty*:Casualty\n\n"
                           "[attributes]\n");
    const auto join = [](const QStringList &list) { return list.join(QLatin1Char('|')); };
    conf += QStringLiteral("Status\tArg:<ANY>, Value:%1\n").arg(join(allSpellings<Status>()));
    conf += QStringLiteral("Kind\tArg:Casualty, Value:%1\n").arg(join(allSpellings<CasualtyKind>()));
    conf += QStringLiteral("Precision\tArg:Casualty, Value:%1\n")
                .arg(join(allSpellings<Precision>()));
    conf += QStringLiteral("Scope\tArg:Casualty, Value:%1\n").arg(join(allSpellings<Scope>()));
    conf += QStringLiteral("Hedged\tArg:Casualty\n");
    conf += QStringLiteral("Relation\tArg:Affiliation, Value:%1\n")
                .arg(join(allSpellings<Relation>()));
    conf += QStringLiteral("Stance\tArg:Affiliation, Value:%1\n").arg(join(allSpellings<Stance>()));
    conf += QStringLiteral("Former\tArg:Affiliation\n");
    conf += QStringLiteral("EventType\tArg:Event, Value:%1\n").arg(values(eventTypes));
    conf += QStringLiteral("SubEventType\tArg:Event, Value:%1\n").arg(values(subEventTypes));
    return conf;
}

namespace {

bool writeFile(const QString &path, const QString &text, qint64 *bytes, QString *error)
{
    QSaveFile file(path);
    const QByteArray utf8 = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(utf8) != utf8.size() || !file.commit()) {
        *error = BratWriter::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *bytes += utf8.size();
    return true;
}

} // namespace

bool BratWriter::begin(const QString &path, QString *error)
{
    m_path = QDir::cleanPath(path);
    const QFileInfo target(m_path);
    if (target.exists() && !target.isDir()) {
        *error = tr("%1 is a file; a brat export is a folder.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (target.isDir() && !QDir(m_path).isEmpty()
        && !QFileInfo::exists(m_path + QStringLiteral("/annotation.conf"))) {
        *error = tr("%1 is a folder that holds other files; choose an empty folder or a new "
                    "name.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!QDir().mkpath(target.absolutePath())) {
        *error = tr("Cannot create %1.").arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }
    m_staging = std::make_unique<QTemporaryDir>(target.absolutePath() + QStringLiteral("/.")
                                                + target.fileName() + QStringLiteral("-XXXXXX"));
    if (!m_staging->isValid()) {
        *error = tr("Cannot write in %1: %2")
                     .arg(QDir::toNativeSeparators(target.absolutePath()), m_staging->errorString());
        return false;
    }
    return true;
}

bool BratWriter::write(const DatasetItem &item, LossReport &loss, QString *error)
{
    const Files files = standoff(item.document, loss, &m_eventTypes, &m_subEventTypes);
    const QString base = m_staging->filePath(
        QStringLiteral("article-%1").arg(item.document.article.id, 6, 10, QLatin1Char('0')));
    return writeFile(base + QStringLiteral(".txt"), files.text, &m_bytes, error)
           && writeFile(base + QStringLiteral(".ann"), files.ann, &m_bytes, error);
}

// The staging folder replaces the target only when everything is written. A target that is a
// previous brat export (it has an annotation.conf) is replaced; anything else was refused in
// begin().
bool BratWriter::finish(LossReport &, QString *error)
{
    if (!writeFile(m_staging->filePath(QStringLiteral("annotation.conf")),
                   annotationConf(m_eventTypes, m_subEventTypes), &m_bytes, error))
        return false;
    if (QFileInfo(m_path).isDir() && !QDir(m_path).removeRecursively()) {
        *error = tr("Cannot replace the folder %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!QDir().rename(m_staging->path(), m_path)) {
        *error = tr("Cannot move the export into %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    m_staging->setAutoRemove(false);
    return true;
}
