#include "core/store/projectstoreprivate.h"

// The project's own knowledge base: entries, aliases and affiliations on top of the bundled one.

namespace {

const QString kbEntryColumns =
    QStringLiteral("kb_id, canonical, type, kind, adjectives, acled_name, governorate, country, "
                   "area, notes, sources, certainty, added_by, added_at, army, police, acled_certainty");
const QString kbAffiliationColumns =
    QStringLiteral("actor_kb_id, relation, target_kb_id, valid_from, valid_to, former, "
                   "certainty, sources, note, added_by, added_at");

// Aliases as an entry lists them: trimmed, without empty ones and repeats, in order.
QStringList cleanAliases(const QStringList &aliases)
{
    QStringList result;
    for (const QString &alias : aliases) {
        const QString trimmed = alias.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    return result;
}

QString kbEntrySnapshot(const KbEntry &entry)
{
    return compactJson(QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("canonical"), entry.canonical},
        {QStringLiteral("type"), toString(entry.type)},
        {QStringLiteral("kind"), entry.kind},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(cleanAliases(entry.aliases))},
        {QStringLiteral("adjectives"), QJsonArray::fromStringList(entry.adjectives)},
        {QStringLiteral("acled_name"), entry.acledName},
        {QStringLiteral("governorate"), entry.governorate},
        {QStringLiteral("country"), entry.country},
        {QStringLiteral("area"), entry.area},
        {QStringLiteral("acled_certainty"),
         entry.acledCertainty ? toString(*entry.acledCertainty) : QString()},
        {QStringLiteral("army"), entry.army},
        {QStringLiteral("police"), entry.police},
        {QStringLiteral("notes"), entry.notes},
        {QStringLiteral("sources"), QJsonArray::fromStringList(entry.sources)},
        {QStringLiteral("certainty"), toString(entry.certainty)}});
}

QString kbAffiliationSnapshot(const KbAffiliation &affiliation)
{
    return compactJson(QJsonObject{
        {QStringLiteral("actor"), affiliation.actorId},
        {QStringLiteral("relation"), toString(affiliation.relation)},
        {QStringLiteral("target"), affiliation.targetId},
        {QStringLiteral("from"), affiliation.from},
        {QStringLiteral("to"), affiliation.to},
        {QStringLiteral("former"), affiliation.former},
        {QStringLiteral("certainty"), toString(affiliation.certainty)},
        {QStringLiteral("sources"), QJsonArray::fromStringList(affiliation.sources)},
        {QStringLiteral("note"), affiliation.note}});
}

} // namespace

bool ProjectStore::Private::insertKbEntry(const KbEntry &entry, const QString &annotator,
                                          const QString &now) const
{
    if (entry.id.trimmed().isEmpty())
        return fail(ProjectStore::tr("A knowledge-base entry needs an id (\"%1\" has none).")
                        .arg(entry.canonical));
    if (entry.canonical.trimmed().isEmpty())
        return fail(ProjectStore::tr("The knowledge-base entry %1 has no canonical name.")
                        .arg(entry.id));
    bool taken = false;
    if (!exists(QStringLiteral("SELECT 1 FROM kb_entries WHERE kb_id = ?"), entry.id, &taken))
        return false;
    if (taken)
        return fail(ProjectStore::tr("The project's knowledge base already has an entry with "
                                     "id %1.")
                        .arg(entry.id));
    const std::optional<qint64> id = nextId(QStringLiteral("kb_entries"));
    if (!id)
        return false;
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("INSERT INTO kb_entries (id, %1) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(kbEntryColumns)))
        return false;
    query.addBindValue(*id);
    query.addBindValue(entry.id);
    query.addBindValue(entry.canonical);
    query.addBindValue(toString(entry.type));
    query.addBindValue(textOrNull(entry.kind));
    query.addBindValue(stringListJson(entry.adjectives));
    query.addBindValue(textOrNull(entry.acledName));
    query.addBindValue(textOrNull(entry.governorate));
    query.addBindValue(textOrNull(entry.country));
    query.addBindValue(textOrNull(entry.area));
    query.addBindValue(textOrNull(entry.notes));
    query.addBindValue(stringListJson(entry.sources));
    query.addBindValue(toString(entry.certainty));
    query.addBindValue(annotator);
    query.addBindValue(now);
    query.addBindValue(textOrNull(entry.army));
    query.addBindValue(textOrNull(entry.police));
    query.addBindValue(textOrNull(entry.acledCertainty ? toString(*entry.acledCertainty)
                                                        : QString()));
    if (!exec(query))
        return false;
    for (const QString &alias : cleanAliases(entry.aliases)) {
        if (!insertKbAlias(entry.id, alias, annotator, now))
            return false;
    }
    return insertHistory(0, QStringLiteral("kb_entry"), *id, QStringLiteral("created"),
                         QVariant(), kbEntrySnapshot(entry), annotator, now, entry.id);
}

// The history row of an alias is written by addKnowledgeBaseAlias(); aliases that come with a
// new entry are in that entry's snapshot.
std::optional<qint64> ProjectStore::Private::insertKbAlias(const QString &kbId,
                                                           const QString &alias,
                                                           const QString &annotator,
                                                           const QString &now) const
{
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("SELECT 1 FROM kb_aliases WHERE kb_id = ? AND alias = ?")))
        return std::nullopt;
    query.addBindValue(kbId);
    query.addBindValue(alias);
    if (!exec(query))
        return std::nullopt;
    if (query.next())
        return 0;
    query.finish();
    const std::optional<qint64> id = nextId(QStringLiteral("kb_aliases"));
    if (!id)
        return std::nullopt;
    if (!prepare(query, QStringLiteral("INSERT INTO kb_aliases (id, kb_id, alias, added_by, "
                                       "added_at) VALUES (?, ?, ?, ?, ?)")))
        return std::nullopt;
    query.addBindValue(*id);
    query.addBindValue(kbId);
    query.addBindValue(alias);
    query.addBindValue(annotator);
    query.addBindValue(now);
    if (!exec(query))
        return std::nullopt;
    return *id;
}

bool ProjectStore::Private::insertKbAffiliation(const KbAffiliation &affiliation,
                                                const QString &annotator,
                                                const QString &now) const
{
    if (affiliation.actorId.trimmed().isEmpty() || affiliation.targetId.trimmed().isEmpty())
        return fail(ProjectStore::tr("A knowledge-base affiliation needs both an actor and a "
                                     "target (\"%1\" %2 \"%3\").")
                        .arg(affiliation.actorId, toString(affiliation.relation),
                             affiliation.targetId));
    const std::optional<qint64> id = nextId(QStringLiteral("kb_affiliations"));
    if (!id)
        return false;
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("INSERT INTO kb_affiliations (id, %1) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(kbAffiliationColumns)))
        return false;
    query.addBindValue(*id);
    query.addBindValue(affiliation.actorId);
    query.addBindValue(toString(affiliation.relation));
    query.addBindValue(affiliation.targetId);
    query.addBindValue(textOrNull(affiliation.from));
    query.addBindValue(textOrNull(affiliation.to));
    query.addBindValue(affiliation.former ? 1 : 0);
    query.addBindValue(toString(affiliation.certainty));
    query.addBindValue(stringListJson(affiliation.sources));
    query.addBindValue(textOrNull(affiliation.note));
    query.addBindValue(annotator);
    query.addBindValue(now);
    if (!exec(query))
        return false;
    return insertHistory(0, QStringLiteral("kb_affiliation"), *id, QStringLiteral("created"),
                         QVariant(), kbAffiliationSnapshot(affiliation), annotator, now,
                         affiliation.actorId);
}

QList<KbEntry> ProjectStore::knowledgeBaseEntries() const
{
    QList<KbEntry> entries;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM kb_entries ORDER BY id").arg(kbEntryColumns))) {
        d->failQuery(query);
        return entries;
    }
    QHash<QString, int> index;
    while (query.next()) {
        KbEntry entry;
        entry.id = query.value(0).toString();
        entry.canonical = query.value(1).toString();
        entry.type = enumFrom(query.value(2), EntityType::ArmedGroup);
        entry.kind = query.value(3).toString();
        entry.adjectives = stringListFrom(query.value(4));
        entry.acledName = query.value(5).toString();
        entry.governorate = query.value(6).toString();
        entry.country = query.value(7).toString();
        entry.area = query.value(8).toString();
        entry.notes = query.value(9).toString();
        entry.sources = stringListFrom(query.value(10));
        entry.certainty =
            certaintyFromString(query.value(11).toString()).value_or(Certainty::Unverified);
        entry.army = query.value(14).toString();
        entry.police = query.value(15).toString();
        if (!query.value(16).isNull())
            entry.acledCertainty = certaintyFromString(query.value(16).toString());
        entry.project = true;
        index.insert(entry.id, int(entries.size()));
        entries.append(entry);
    }
    if (!query.exec(QStringLiteral("SELECT kb_id, alias FROM kb_aliases ORDER BY id"))) {
        d->failQuery(query);
        return entries;
    }
    while (query.next()) {
        const auto found = index.constFind(query.value(0).toString());
        if (found != index.constEnd())
            entries[*found].aliases.append(query.value(1).toString());
    }
    return entries;
}

QHash<QString, QStringList> ProjectStore::knowledgeBaseAliases() const
{
    QHash<QString, QStringList> aliases;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT a.kb_id, a.alias FROM kb_aliases a WHERE NOT EXISTS "
                                   "(SELECT 1 FROM kb_entries e WHERE e.kb_id = a.kb_id) "
                                   "ORDER BY a.id"))) {
        d->failQuery(query);
        return aliases;
    }
    while (query.next())
        aliases[query.value(0).toString()].append(query.value(1).toString());
    return aliases;
}

QList<KbAffiliation> ProjectStore::knowledgeBaseAffiliations() const
{
    QList<KbAffiliation> affiliations;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM kb_affiliations ORDER BY id")
                        .arg(kbAffiliationColumns))) {
        d->failQuery(query);
        return affiliations;
    }
    while (query.next()) {
        KbAffiliation affiliation;
        affiliation.actorId = query.value(0).toString();
        affiliation.relation = enumFrom(query.value(1), Relation::AffiliatedWith);
        affiliation.targetId = query.value(2).toString();
        affiliation.from = query.value(3).toString();
        affiliation.to = query.value(4).toString();
        affiliation.former = query.value(5).toInt() != 0;
        affiliation.certainty =
            certaintyFromString(query.value(6).toString()).value_or(Certainty::Unverified);
        affiliation.sources = stringListFrom(query.value(7));
        affiliation.note = query.value(8).toString();
        affiliations.append(affiliation);
    }
    return affiliations;
}

QList<ProjectStore::HistoryEntry> ProjectStore::knowledgeBaseHistory() const
{
    return d->readHistory(QStringLiteral("article_id IS NULL"), QVariant());
}

bool ProjectStore::addKnowledgeBaseEntry(const KbEntry &entry, const QString &annotator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    if (!d->insertKbEntry(entry, annotator, nowText()))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

bool ProjectStore::addKnowledgeBaseAlias(const QString &entryId, const QString &alias,
                                         const QString &annotator)
{
    const QString trimmed = alias.trimmed();
    if (entryId.trimmed().isEmpty() || trimmed.isEmpty())
        return d->fail(tr("An alias needs an entry id and a name (got \"%1\" for \"%2\").")
                           .arg(alias, entryId));
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    const QString now = nowText();
    const std::optional<qint64> id = d->insertKbAlias(entryId, trimmed, annotator, now);
    if (!id)
        return false;
    if (*id == 0)
        return true; // already there: nothing written, the destructor ends the transaction
    if (!d->insertHistory(0, QStringLiteral("kb_alias"), *id, QStringLiteral("created"),
                          QVariant(), trimmed, annotator, now, entryId))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

bool ProjectStore::addKnowledgeBaseAffiliation(const KbAffiliation &affiliation,
                                               const QString &annotator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    if (!d->insertKbAffiliation(affiliation, annotator, nowText()))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

bool ProjectStore::importKnowledgeBase(const QList<KbEntry> &entries,
                                       const QList<KbAffiliation> &affiliations,
                                       const QString &annotator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    const QString now = nowText();
    for (const KbEntry &entry : entries) {
        if (!d->insertKbEntry(entry, annotator, now))
            return false;
    }
    for (const KbAffiliation &affiliation : affiliations) {
        if (!d->insertKbAffiliation(affiliation, annotator, now))
            return false;
    }
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

