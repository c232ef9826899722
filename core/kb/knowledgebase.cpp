#include "core/kb/knowledgebase.h"

#include "core/detect/textfolder.h"
#include "core/kb/delimitedreader.h"
#include "core/kb/kbimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

QString readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// The first day a renaming's date is surely past: the day itself, else the first day after the
// month or year it names ("2016": from 2017-01-01). Invalid for anything else.
QDate effectiveFrom(const QString &on)
{
    const QStringList parts = on.split(u'-');
    bool ok[3] = {false, parts.size() < 2, parts.size() < 3};
    const int year = parts.value(0).toInt(&ok[0]);
    const int month = parts.size() > 1 ? parts.at(1).toInt(&ok[1]) : 1;
    const int day = parts.size() > 2 ? parts.at(2).toInt(&ok[2]) : 1;
    if (!ok[0] || !ok[1] || !ok[2] || parts.size() > 3 || parts.at(0).size() != 4)
        return {};
    const QDate first(year, month, day);
    if (!first.isValid())
        return {};
    return parts.size() == 3 ? first : parts.size() == 2 ? first.addMonths(1) : first.addYears(1);
}

// The data rows of a relation file of the knowledge base (affiliations.tsv, renamings.tsv), the
// header row left out: each row with at least `minimumFields` fields is given to `row` with
// its fields and a function that reports a problem at the row's line ("affiliations.tsv: line
// 12: ..."). A file that cannot be read and a row too short are reported here.
template <typename Row>
void forEachRow(const QString &path, qsizetype minimumFields, int expectedFields,
                QStringList &problems, Row &&row)
{
    QString error;
    const QString text = readText(path, &error);
    if (!error.isEmpty()) {
        problems << KnowledgeBase::tr("%1: %2").arg(path, error);
        return;
    }
    const QString name = QFileInfo(path).fileName();
    const DelimitedReader::Result table = DelimitedReader::read(text, u'\t', false);
    for (int r = 1; r < table.records.size(); ++r) {
        const DelimitedReader::Record &record = table.records.at(r);
        auto problem = [&](const QString &message) {
            problems << KnowledgeBase::tr("%1: line %2: %3").arg(name).arg(record.line).arg(message);
        };
        if (record.fields.size() < minimumFields) {
            problem(KnowledgeBase::tr("%1 fields, expected %2")
                        .arg(record.fields.size())
                        .arg(expectedFields));
            continue;
        }
        row(record.fields, problem);
    }
}

} // namespace

const KnowledgeBase &KnowledgeBase::bundled()
{
    static const KnowledgeBase kb = fromDirectory(QStringLiteral(":/kb"));
    return kb;
}

KnowledgeBase KnowledgeBase::fromDirectory(const QString &directory)
{
    KnowledgeBase kb;
    const QDir dir(directory);
    struct File
    {
        const char *name;
        std::optional<EntityType> type;
    };
    // Load order is the tie-break order for ambiguous aliases: actors, states, places, sources.
    const File files[] = {{"actors.tsv", std::nullopt},
                          {"states.tsv", EntityType::State},
                          {"places.tsv", EntityType::Location},
                          {"sources.tsv", EntityType::Source}};
    for (const File &file : files) {
        const QString path = dir.filePath(QLatin1String(file.name));
        QString error;
        const QString text = readText(path, &error);
        if (!error.isEmpty()) {
            kb.m_loadProblems << tr("%1: %2").arg(path, error);
            continue;
        }
        // The bundled files are plain TSV: no quoting, so '"' is an ordinary character.
        const KbImporter::Result result = KbImporter::parse(text, u'\t', file.type, false);
        for (const KbImporter::Problem &problem : result.problems)
            kb.m_loadProblems << QStringLiteral("%1: %2").arg(QLatin1String(file.name), problem.text());
        for (const KbEntry &entry : result.entries) {
            if (kb.m_byId.contains(entry.id)) {
                kb.m_loadProblems << tr("%1: duplicate id \"%2\"").arg(QLatin1String(file.name), entry.id);
                continue;
            }
            kb.append(entry);
        }
    }

    // A state's army and police name state forces of the knowledge base.
    for (const KbEntry &state : std::as_const(kb.m_entries)) {
        for (const QString &force : {state.army, state.police}) {
            if (force.isEmpty())
                continue;
            const KbEntry *entry = kb.entry(force);
            if (!entry || entry->type != EntityType::StateForce)
                kb.m_loadProblems << tr("states.tsv: %1: \"%2\" is not a state force")
                                         .arg(state.id, force);
        }
    }

    // renamings.tsv (optional): from_id to_id on sources note
    const QString renamingsPath = dir.filePath(QStringLiteral("renamings.tsv"));
    if (QFile::exists(renamingsPath)) {
        forEachRow(renamingsPath, 3, 5, kb.m_loadProblems, [&](const QStringList &fields,
                                                                const auto &problem) {
            KbRenaming renaming;
            renaming.fromId = fields.at(0).trimmed();
            renaming.toId = fields.at(1).trimmed();
            renaming.on = fields.at(2).trimmed();
            renaming.sources = fields.value(3).split(u' ', Qt::SkipEmptyParts);
            renaming.note = fields.value(4).trimmed();
            if (!kb.m_byId.contains(renaming.fromId) || !kb.m_byId.contains(renaming.toId)) {
                problem(tr("unknown id \"%1\"")
                            .arg(kb.m_byId.contains(renaming.fromId) ? renaming.toId
                                                                     : renaming.fromId));
                return;
            }
            if (renaming.fromId == renaming.toId) {
                problem(tr("\"%1\" cannot be renamed to itself").arg(renaming.fromId));
                return;
            }
            renaming.effective = effectiveFrom(renaming.on);
            if (!renaming.effective.isValid()) {
                problem(tr("\"%1\" is no date (use YYYY, YYYY-MM or YYYY-MM-DD)").arg(renaming.on));
                return;
            }
            kb.m_renamings.append(renaming);
        });
    }

    // A chain of renamings that comes back to where it started is reported (the look-up stops
    // after a few steps whatever the file says).
    for (const KbRenaming &first : std::as_const(kb.m_renamings)) {
        QString current = first.toId;
        for (int step = 0; step < 8 && current != first.fromId; ++step) {
            const auto next = std::find_if(kb.m_renamings.cbegin(), kb.m_renamings.cend(),
                                           [&](const KbRenaming &r) { return r.fromId == current; });
            if (next == kb.m_renamings.cend())
                break;
            current = next->toId;
        }
        if (current == first.fromId)
            kb.m_loadProblems << tr("renamings.tsv: \"%1\" is renamed back to itself").arg(first.fromId);
    }

    // affiliations.tsv: actor_id relation target_id from to former certainty sources note
    forEachRow(dir.filePath(QStringLiteral("affiliations.tsv")), 8, 9, kb.m_loadProblems,
               [&](const QStringList &fields, const auto &problem) {
        KbAffiliation affiliation;
        affiliation.actorId = fields.at(0).trimmed();
        const auto relation = fromString<Relation>(fields.at(1).trimmed());
        affiliation.targetId = fields.at(2).trimmed();
        affiliation.from = fields.at(3).trimmed();
        affiliation.to = fields.at(4).trimmed();
        affiliation.former = fields.at(5).trimmed() == QLatin1String("1");
        const auto certainty = certaintyFromString(fields.at(6).trimmed());
        affiliation.sources = fields.at(7).split(u' ', Qt::SkipEmptyParts);
        affiliation.note = fields.value(8).trimmed();
        if (!relation) {
            problem(tr("unknown relation \"%1\"").arg(fields.at(1)));
            return;
        }
        if (!certainty) {
            problem(tr("unknown certainty \"%1\"").arg(fields.at(6)));
            return;
        }
        if (!kb.m_byId.contains(affiliation.actorId) || !kb.m_byId.contains(affiliation.targetId)) {
            problem(tr("unknown id \"%1\"")
                        .arg(kb.m_byId.contains(affiliation.actorId) ? affiliation.targetId
                                                                     : affiliation.actorId));
            return;
        }
        affiliation.relation = *relation;
        affiliation.certainty = *certainty;
        kb.m_affiliations.append(affiliation);
    });
    return kb;
}

const KbEntry &KnowledgeBase::referentOn(const KbEntry &named, const QDate &published) const
{
    const KbEntry *current = &named;
    if (!published.isValid())
        return *current;
    // A chain (Nusra -> JFS -> HTS) is followed step by step; the bound stops a cycle a
    // project could write.
    for (int step = 0; step < 8; ++step) {
        // Of several renamings of one entry, the latest in force by then.
        const KbRenaming *latest = nullptr;
        for (const KbRenaming &renaming : m_renamings) {
            if (renaming.effective <= published && renaming.fromId == current->id
                && (!latest || renaming.effective > latest->effective))
                latest = &renaming;
        }
        const KbEntry *next = latest ? entry(latest->toId) : nullptr;
        if (!next)
            break;
        current = next;
    }
    return *current;
}

const KbEntry *KnowledgeBase::entry(const QString &id) const
{
    const int index = m_byId.value(id, -1);
    return index < 0 ? nullptr : &m_entries.at(index);
}

QList<const KbEntry *> KnowledgeBase::lookup(QStringView alias) const
{
    QList<const KbEntry *> result;
    const QString key = TextFolder::key(alias);
    if (key.isEmpty())
        return result;
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.constEnd())
        return result;
    for (int index : *it)
        result.append(&m_entries.at(index));
    return result;
}

const KbEntry *KnowledgeBase::find(QStringView alias) const
{
    const QList<const KbEntry *> all = lookup(alias);
    return all.isEmpty() ? nullptr : all.first();
}

QList<KbAffiliation> KnowledgeBase::affiliations(const QString &actorId) const
{
    QList<KbAffiliation> result;
    for (const KbAffiliation &affiliation : m_affiliations) {
        if (affiliation.actorId == actorId)
            result.append(affiliation);
    }
    return result;
}

QList<KbAffiliation> KnowledgeBase::affiliationsTo(const QString &targetId) const
{
    QList<KbAffiliation> result;
    for (const KbAffiliation &affiliation : m_affiliations) {
        if (affiliation.targetId == targetId)
            result.append(affiliation);
    }
    return result;
}

void KnowledgeBase::addEntry(const KbEntry &entry)
{
    KbEntry projectEntry = entry;
    projectEntry.project = true;
    const int index = m_byId.value(entry.id, -1);
    if (index < 0) {
        append(projectEntry);
        return;
    }
    m_entries[index] = projectEntry;
    reindex();
}

bool KnowledgeBase::addAlias(const QString &entryId, const QString &alias)
{
    const int index = m_byId.value(entryId, -1);
    if (index < 0 || TextFolder::key(alias).isEmpty())
        return false;
    KbEntry &entry = m_entries[index];
    if (!entry.allNames().contains(alias)) {
        entry.aliases.append(alias);
        indexNames(index);
    }
    return true;
}

void KnowledgeBase::addAffiliation(const KbAffiliation &affiliation)
{
    m_affiliations.append(affiliation);
}

bool KnowledgeBase::ranksBefore(const KbEntry &a, int ia, const KbEntry &b, int ib)
{
    if (a.certainty != b.certainty)
        return a.certainty > b.certainty;
    if (a.project != b.project)
        return a.project;
    return ia < ib;
}

void KnowledgeBase::append(const KbEntry &entry)
{
    m_entries.append(entry);
    const int index = int(m_entries.size()) - 1;
    m_byId.insert(entry.id, index);
    indexNames(index);
}

// Adds the keys of every name of one entry (idempotent), keeping each key's list in rank order.
void KnowledgeBase::indexNames(int index)
{
    const KbEntry &entry = m_entries.at(index);
    const QStringList names = entry.allNames();
    for (const QString &name : names) {
        const QString key = TextFolder::key(name);
        if (key.isEmpty())
            continue;
        QList<int> &list = m_byKey[key];
        if (list.contains(index))
            continue;
        auto at = std::find_if(list.begin(), list.end(), [&](int other) {
            return ranksBefore(entry, index, m_entries.at(other), other);
        });
        list.insert(at, index);
    }
}

void KnowledgeBase::reindex()
{
    m_byId.clear();
    m_byKey.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        m_byId.insert(m_entries.at(i).id, i);
        indexNames(i);
    }
}
