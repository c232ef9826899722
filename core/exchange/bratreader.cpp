#include "core/exchange/bratreader.h"

#include "core/text/offsetmap.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

struct TextBound
{
    QString id;
    QString type;
    QList<std::pair<int, int>> ranges;
    int line = 0;
    int start() const { return ranges.first().first; }
    int end() const { return ranges.last().second; }
};

struct Attribute
{
    QString name;
    QString target;
    QString value; // empty for a binary attribute
    int line = 0;
};

struct RelationLine
{
    QString id;
    QString type;
    QString arg1;
    QString arg2;
    int line = 0;
};

struct EventLine
{
    QString id;
    QString type;
    QString trigger;
    QList<std::pair<QString, QString>> roles; // role, target id
    int line = 0;
};

// Everything one .ann says, parsed but not yet interpreted.
struct Ann
{
    QList<TextBound> spans;
    QList<Attribute> attributes;
    QList<RelationLine> relations;
    QList<EventLine> events;
    QHash<QString, std::pair<QString, QString>> references; // target -> (DB:ID, text)
    QHash<QString, QString> notes;                          // target -> note text
    QList<std::pair<QString, int>> equivs;                  // line text, line number
    QHash<QString, int> definedAt;                          // id -> line
};

QDateTime timeFrom(const QJsonObject &note, const char *key)
{
    return QDateTime::fromString(note.value(QLatin1String(key)).toString(), Qt::ISODateWithMs)
        .toUTC();
}

} // namespace

std::optional<Document> BratReader::document(const QString &text, const QString &annText,
                                             const QString &annPath, LossReport &loss,
                                             QString *error)
{
    const QString uid = DatasetReader::uidFor(text);
    const OffsetMap offsets(text);
    const int length = offsets.codePointCount();
    const auto slice = [&](int start, int end) {
        const int from = offsets.toUtf16(start);
        return text.mid(from, offsets.toUtf16(end) - from);
    };
    const auto fail = [&](int line, const QString &reason) {
        *error = DatasetReader::problemAt(annPath, line, reason);
        return std::nullopt;
    };

    // Parse every line --------------------------------------------------------------------
    Ann ann;
    static const QRegularExpression rangePattern(QStringLiteral("^(\\d+) (\\d+)$"));
    const QStringList lines = annText.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const QString id = fields.first();
        if (fields.size() < 2 || id.isEmpty())
            return fail(lineNumber, tr("not a brat annotation line: %1").arg(line));
        const QChar kind = id.at(0);
        const QString body = fields.at(1);
        if (kind != QLatin1Char('*'))
            ann.definedAt.insert(id, lineNumber);

        if (kind == QLatin1Char('T')) {
            if (fields.size() < 3)
                return fail(lineNumber, tr("a T line needs a type, offsets and the text"));
            TextBound span;
            span.id = id;
            span.line = lineNumber;
            const qsizetype space = body.indexOf(QLatin1Char(' '));
            span.type = body.left(space);
            const QStringList pieces = body.mid(space + 1).split(QLatin1Char(';'));
            for (const QString &piece : pieces) {
                const QRegularExpressionMatch match = rangePattern.match(piece.trimmed());
                const int start = match.captured(1).toInt();
                const int end = match.captured(2).toInt();
                if (space < 0 || !match.hasMatch())
                    return fail(lineNumber, tr("offsets \"%1\" are not \"START END\"").arg(piece));
                if (start > end || end > length)
                    return fail(lineNumber, tr("offsets %1-%2 lie outside the text (0-%3 code "
                                               "points)")
                                                .arg(start)
                                                .arg(end)
                                                .arg(length));
                span.ranges.append({start, end});
            }
            const QString written = fields.mid(2).join(QLatin1Char('\t'));
            if (span.ranges.size() == 1 && slice(span.start(), span.end()) != written)
                return fail(lineNumber, tr("the text \"%1\" is not what offsets %2-%3 hold "
                                           "(\"%4\"); are the offsets code points of this .txt?")
                                            .arg(written)
                                            .arg(span.start())
                                            .arg(span.end())
                                            .arg(slice(span.start(), span.end())));
            ann.spans.append(span);
        } else if (kind == QLatin1Char('A') || kind == QLatin1Char('M')) {
            const QStringList parts = body.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() < 2 || parts.size() > 3)
                return fail(lineNumber, tr("an attribute line is \"NAME TARGET [VALUE]\""));
            ann.attributes.append({parts.at(0), parts.at(1), parts.value(2), lineNumber});
        } else if (kind == QLatin1Char('R')) {
            static const QRegularExpression relation(
                QStringLiteral("^(\\S+) Arg1:(\\S+) Arg2:(\\S+)\\s*$"));
            const QRegularExpressionMatch match = relation.match(body);
            if (!match.hasMatch())
                return fail(lineNumber, tr("a relation line is \"TYPE Arg1:ID Arg2:ID\""));
            ann.relations.append(
                {id, match.captured(1), match.captured(2), match.captured(3), lineNumber});
        } else if (kind == QLatin1Char('E')) {
            const QStringList parts = body.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            EventLine event;
            event.id = id;
            event.line = lineNumber;
            for (int p = 0; p < parts.size(); ++p) {
                const qsizetype colon = parts.at(p).indexOf(QLatin1Char(':'));
                if (colon <= 0)
                    return fail(lineNumber, tr("an event line is \"TYPE:TRIGGER ROLE:ID ...\""));
                if (p == 0) {
                    event.type = parts.at(p).left(colon);
                    event.trigger = parts.at(p).mid(colon + 1);
                } else {
                    event.roles.append({parts.at(p).left(colon), parts.at(p).mid(colon + 1)});
                }
            }
            if (event.type.isEmpty())
                return fail(lineNumber, tr("an event line is \"TYPE:TRIGGER ROLE:ID ...\""));
            ann.events.append(event);
        } else if (kind == QLatin1Char('N')) {
            const QStringList parts = body.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() != 3)
                return fail(lineNumber, tr("a normalization line is \"Reference ID DB:KEY\""));
            ann.references.insert(parts.at(1), {parts.at(2), fields.value(2)});
        } else if (kind == QLatin1Char('#')) {
            const QStringList parts = body.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() != 2)
                return fail(lineNumber, tr("a note line is \"AnnotatorNotes ID\" and the note"));
            ann.notes.insert(parts.at(1), fields.mid(2).join(QLatin1Char('\t')));
        } else if (kind == QLatin1Char('*')) {
            ann.equivs.append({line, lineNumber});
        } else {
            return fail(lineNumber, tr("not a brat annotation line: %1").arg(line));
        }
    }

    // Every reference must name an id of this file.
    for (const Attribute &attribute : std::as_const(ann.attributes)) {
        if (!ann.definedAt.contains(attribute.target))
            return fail(attribute.line, tr("\"%1\" is not defined in this file").arg(attribute.target));
    }
    for (const RelationLine &relation : std::as_const(ann.relations)) {
        for (const QString &target : {relation.arg1, relation.arg2}) {
            if (!ann.definedAt.contains(target))
                return fail(relation.line, tr("\"%1\" is not defined in this file").arg(target));
        }
    }
    for (const EventLine &event : std::as_const(ann.events)) {
        if (!ann.definedAt.contains(event.trigger))
            return fail(event.line, tr("\"%1\" is not defined in this file").arg(event.trigger));
        for (const auto &role : event.roles) {
            if (!ann.definedAt.contains(role.second))
                return fail(event.line, tr("\"%1\" is not defined in this file").arg(role.second));
        }
    }

    // Interpret --------------------------------------------------------------------------
    QHash<QString, QHash<QString, Attribute>> attributes; // target -> name -> attribute
    for (const Attribute &attribute : std::as_const(ann.attributes))
        attributes[attribute.target].insert(attribute.name, attribute);
    const auto noteOf = [&](const QString &target) {
        const QJsonDocument json = QJsonDocument::fromJson(ann.notes.value(target).toUtf8());
        if (ann.notes.contains(target) && !json.isObject())
            loss.add(uid, target, tr("free-text note"),
                     tr("the note \"%1\" has no field of the workbench to go to")
                         .arg(ann.notes.value(target)));
        return json.object();
    };
    QString problem;
    int problemLine = 0;
    // The value of a closed attribute, checked against the codebook.
    const auto closed = [&](const QString &target, const char *name, auto fallback) {
        using Enum = decltype(fallback);
        const Attribute attribute = attributes.value(target).value(QLatin1String(name));
        if (attribute.name.isEmpty())
            return fallback;
        const std::optional<Enum> value = fromString<Enum>(attribute.value);
        if (!value && problem.isEmpty()) {
            problem = tr("unknown %1 \"%2\" (allowed: %3)")
                          .arg(QLatin1String(name), attribute.value,
                               allSpellings<Enum>().join(QStringLiteral(", ")));
            problemLine = attribute.line;
        }
        return value.value_or(fallback);
    };
    const auto provenance = [&](const QString &target, const QJsonObject &note) {
        Provenance result;
        result.status = closed(target, "Status", Status::Manual);
        result.origin = note.value(QStringLiteral("origin")).toString(QStringLiteral("import:brat"));
        result.confidence = note.value(QStringLiteral("confidence")).toDouble(1.0);
        result.annotator = note.value(QStringLiteral("annotator")).toString();
        result.created = timeFrom(note, "created");
        result.updated = timeFrom(note, "updated");
        return result;
    };
    const auto optionalNumber = [](const QJsonValue &value) -> std::optional<qint64> {
        return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
    };

    Document document = DatasetReader::documentFor(text, QString());
    QHash<QString, const TextBound *> spanById;
    QHash<QString, qint64> mentionByT;
    QHash<QString, qint64> figureByT;
    QSet<QString> triggers;
    for (const EventLine &event : std::as_const(ann.events))
        triggers.insert(event.trigger);

    for (TextBound &span : ann.spans) {
        // brat breaks a span at line breaks; such pieces are one span again.
        bool continuous = true;
        for (int r = 1; r < span.ranges.size(); ++r) {
            if (!slice(span.ranges.at(r - 1).second, span.ranges.at(r).first).trimmed().isEmpty())
                continuous = false;
        }
        if (!continuous) {
            loss.add(uid, span.id, tr("discontinuous span"),
                     tr("%1 line %2: a %3 in pieces cannot be held; it was not imported")
                         .arg(annPath)
                         .arg(span.line)
                         .arg(span.type));
            continue;
        }
        spanById.insert(span.id, &span);
        const QJsonObject note = span.type == QLatin1String("Event") ? QJsonObject()
                                                                     : noteOf(span.id);
        if (const auto type = fromString<EntityType>(span.type)) {
            Mention mention;
            mention.id = document.mentions.size() + 1;
            mention.start = span.start();
            mention.end = span.end();
            mention.text = slice(mention.start, mention.end);
            mention.type = *type;
            const auto reference = ann.references.value(span.id);
            if (!reference.first.isEmpty()) {
                mention.kbId = reference.first.startsWith(QLatin1String("CWB:"))
                                   ? reference.first.mid(4) : reference.first;
                mention.canonical = reference.second;
            }
            if (note.contains(QStringLiteral("canonical")))
                mention.canonical = note.value(QStringLiteral("canonical")).toString();
            if (mention.canonical.isEmpty() && reference.first.isEmpty()
                && !note.contains(QStringLiteral("canonical")))
                mention.canonical = mention.text;
            mention.provenance = provenance(span.id, note);
            mentionByT.insert(span.id, mention.id);
            document.mentions.append(mention);
        } else if (span.type == QLatin1String("Casualty")) {
            CasualtyFigure figure;
            figure.id = document.casualties.size() + 1;
            figure.start = span.start();
            figure.end = span.end();
            figure.text = slice(figure.start, figure.end);
            figure.kind = closed(span.id, "Kind", CasualtyKind::Unknown);
            figure.precision = closed(span.id, "Precision", Precision::Exact);
            figure.scope = closed(span.id, "Scope", Scope::Event);
            figure.hedged = attributes.value(span.id).contains(QStringLiteral("Hedged"));
            figure.low = optionalNumber(note.value(QStringLiteral("low")));
            figure.best = optionalNumber(note.value(QStringLiteral("best")));
            figure.high = optionalNumber(note.value(QStringLiteral("high")));
            figure.victim = note.value(QStringLiteral("victim")).toString();
            figure.perpetrator = note.value(QStringLiteral("perpetrator")).toString();
            figure.provenance = provenance(span.id, note);
            figureByT.insert(span.id, figure.id);
            document.casualties.append(figure);
        } else if (span.type == QLatin1String("Affiliation")) {
            Affiliation affiliation;
            affiliation.id = document.affiliations.size() + 1;
            affiliation.start = span.start();
            affiliation.end = span.end();
            affiliation.relation = closed(span.id, "Relation", Relation::AffiliatedWith);
            affiliation.stance = closed(span.id, "Stance", Stance::Asserted);
            affiliation.former = attributes.value(span.id).contains(QStringLiteral("Former"));
            affiliation.actor = note.value(QStringLiteral("actor")).toString();
            affiliation.relationTarget = note.value(QStringLiteral("target")).toString();
            affiliation.attributedTo = note.value(QStringLiteral("attributed_to")).toString();
            affiliation.provenance = provenance(span.id, note);
            document.affiliations.append(affiliation);
        } else if (!triggers.contains(span.id)) {
            loss.add(uid, span.id, tr("type outside the codebook"),
                     tr("%1 line %2: \"%3\" is not a type of the workbench; not imported")
                         .arg(annPath)
                         .arg(span.line)
                         .arg(span.type));
        }
        if (!problem.isEmpty())
            return fail(problemLine, problem);
    }

    const auto nameOf = [&](const QString &t) {
        for (const Mention &mention : std::as_const(document.mentions)) {
            if (mention.id == mentionByT.value(t))
                return mention.canonical.isEmpty() ? mention.text : mention.canonical;
        }
        return QString();
    };

    for (const RelationLine &relation : std::as_const(ann.relations)) {
        const auto type = fromString<Relation>(relation.type);
        if (!type) {
            loss.add(uid, relation.id, tr("relation outside the codebook"),
                     tr("%1 line %2: \"%3\" is not a relation of the workbench; not imported")
                         .arg(annPath).arg(relation.line).arg(relation.type));
            continue;
        }
        if (!mentionByT.contains(relation.arg1) || !mentionByT.contains(relation.arg2)) {
            loss.add(uid, relation.id, tr("relation between spans not imported"),
                     tr("%1 line %2: an argument was not imported").arg(annPath).arg(relation.line));
            continue;
        }
        const QString actor = nameOf(relation.arg1);
        const QString target = nameOf(relation.arg2);
        bool known = false; // BratWriter writes an Affiliation span and an R line for one claim
        for (const Affiliation &affiliation : std::as_const(document.affiliations))
            known = known || (affiliation.relation == *type && affiliation.actor == actor
                              && affiliation.relationTarget == target);
        if (known)
            continue;
        Affiliation affiliation;
        affiliation.id = document.affiliations.size() + 1;
        affiliation.relation = *type;
        affiliation.actor = actor;
        affiliation.relationTarget = target;
        const TextBound *first = spanById.value(relation.arg1);
        const TextBound *second = spanById.value(relation.arg2);
        affiliation.start = qMin(first->start(), second->start());
        affiliation.end = qMax(first->end(), second->end());
        affiliation.provenance = provenance(relation.id, QJsonObject());
        document.affiliations.append(affiliation);
    }

    for (const EventLine &line : std::as_const(ann.events)) {
        if (line.type != QLatin1String("Event") || !spanById.contains(line.trigger)) {
            loss.add(uid, line.id, tr("event outside the codebook"),
                     tr("%1 line %2: an event of type \"%3\" (or with a trigger in pieces) "
                        "cannot be held; not imported")
                         .arg(annPath).arg(line.line).arg(line.type));
            continue;
        }
        const QJsonObject note = noteOf(line.id);
        Event event;
        event.id = document.events.size() + 1;
        const auto attribute = [&](const char *name) {
            return attributes.value(line.id).value(QLatin1String(name)).value.replace(
                QLatin1Char('_'), QLatin1Char(' '));
        };
        event.eventType = note.value(QStringLiteral("event_type")).toString(attribute("EventType"));
        event.subEventType = note.value(QStringLiteral("sub_event_type"))
                                 .toString(attribute("SubEventType"));
        QHash<QString, QString> roleNames;
        for (const auto &role : line.roles) {
            if (role.first.startsWith(QLatin1String("Casualty"))) {
                if (figureByT.contains(role.second))
                    event.casualtyIds.append(figureByT.value(role.second));
            } else {
                roleNames.insert(role.first, nameOf(role.second));
            }
        }
        const auto field = [&](const char *key, const char *role) {
            return note.contains(QLatin1String(key)) ? note.value(QLatin1String(key)).toString()
                                                     : roleNames.value(QLatin1String(role));
        };
        event.actor1 = field("actor1", "Actor1");
        event.assocActor1 = field("assoc_actor_1", "AssocActor1");
        event.actor2 = field("actor2", "Actor2");
        event.assocActor2 = field("assoc_actor_2", "AssocActor2");
        event.location = field("location", "Location");
        event.admin1 = note.value(QStringLiteral("admin1")).toString();
        event.geoPrecision = note.value(QStringLiteral("geo_precision")).toInt();
        event.date = QDate::fromString(note.value(QStringLiteral("event_date")).toString(),
                                       Qt::ISODate);
        event.timePrecision = note.value(QStringLiteral("time_precision")).toInt();
        event.fatalities = note.value(QStringLiteral("fatalities")).toInt();
        for (const QJsonValue &source : note.value(QStringLiteral("sources")).toArray())
            event.sources.append(source.toString());
        event.notes = note.value(QStringLiteral("notes")).toString();
        event.provenance = provenance(line.id, note);
        if (!problem.isEmpty())
            return fail(problemLine, problem);
        document.events.append(event);
    }

    for (const auto &equiv : std::as_const(ann.equivs))
        loss.add(uid, QStringLiteral("*"), tr("equivalence"),
                 tr("%1 line %2: Equiv lines have no place in the workbench; not imported")
                     .arg(annPath).arg(equiv.second));
    return document;
}

namespace {

bool readUtf8(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = BratReader::tr("Cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        *error = DatasetReader::problemAt(path, 1, BratReader::tr("the file is not UTF-8"));
        return false;
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

} // namespace

DatasetReader::Result BratReader::read(const QString &path)
{
    DatasetReader::Result result;
    const QFileInfo info(path);
    QStringList texts; // .txt paths
    if (info.isDir()) {
        const QDir folder(path);
        for (const QString &name : folder.entryList({QStringLiteral("*.txt")}, QDir::Files,
                                                    QDir::Name))
            texts << folder.filePath(name);
        if (texts.isEmpty()) {
            result.error = tr("%1 holds no .txt files; a brat collection is a folder of .txt "
                              "and .ann files.")
                               .arg(QDir::toNativeSeparators(path));
            return result;
        }
    } else if (info.suffix() == QLatin1String("ann") || info.suffix() == QLatin1String("txt")) {
        texts << info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".txt");
    } else {
        result.error = tr("%1 is not a brat folder, .txt or .ann file.")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }

    for (const QString &textPath : std::as_const(texts)) {
        QString text;
        QString ann;
        if (!readUtf8(textPath, &text, &result.error)) {
            result.items.clear();
            return result;
        }
        const QString annPath = textPath.left(textPath.size() - 4) + QStringLiteral(".ann");
        if (QFileInfo::exists(annPath) && !readUtf8(annPath, &ann, &result.error)) {
            result.items.clear();
            return result;
        }
        std::optional<Document> document = BratReader::document(text, ann, annPath, result.loss,
                                                                 &result.error);
        if (!document) {
            result.items.clear();
            return result;
        }
        document->article.sourcePath = QFileInfo(textPath).absoluteFilePath();
        document->article.title = QFileInfo(textPath).completeBaseName();
        result.items.append({*document, {}});
    }
    return result;
}
