#pragma once

#include "core/kb/kbentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// The knowledge base: canonical entries (actors, states, places, sources) with their aliases
// and the standing affiliations between them. The bundled one is read once from the
// resources (":/kb/*.tsv", described in resources/kb/README.md); a project puts its own
// entries and aliases on top with addEntry()/addAlias() on a copy of it.
//
// Copies are cheap (implicitly shared lists). Pointers returned by entry()/lookup() stay
// valid until this object is changed or destroyed; keep ids, not pointers, across changes.
//
// When one alias names several entries ("Idlib" the governorate and the city, "Turkey" the
// state and the country as a place), lookup() returns all of them, best first: higher
// certainty, then project entries before bundled ones, then the order of loading (actors,
// states, places, sources, each in file order). The matcher uses the same order.
class KnowledgeBase
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeBase)

public:
    KnowledgeBase() = default;

    // The bundled knowledge base, loaded on first use and cached for the program's life.
    static const KnowledgeBase &bundled();
    // Reads actors.tsv, states.tsv, places.tsv, sources.tsv, affiliations.tsv and, where
    // present, renamings.tsv from a directory (":/kb" for the bundled files). Problems are
    // kept in loadProblems().
    static KnowledgeBase fromDirectory(const QString &directory);
    QStringList loadProblems() const { return m_loadProblems; }

    int size() const { return int(m_entries.size()); }
    const QList<KbEntry> &entries() const { return m_entries; }
    const KbEntry *entry(const QString &id) const;
    int indexOf(const QString &id) const { return m_byId.value(id, -1); }
    // Every entry one of whose names folds to the same key as `alias` (case, diacritics,
    // quotes and hyphens do not matter), best first.
    QList<const KbEntry *> lookup(QStringView alias) const;
    const KbEntry *find(QStringView alias) const;

    // The affiliations the knowledge base holds for an actor (as the actor) and towards an
    // entry (as the target), current and former alike; check `former` and `to`.
    QList<KbAffiliation> affiliations(const QString &actorId) const;
    QList<KbAffiliation> affiliationsTo(const QString &targetId) const;
    const QList<KbAffiliation> &allAffiliations() const { return m_affiliations; }

    // The entry an old name means in an article published on `published`: the newest entry
    // of its renamings (renamings.tsv) in force by then, or `named` itself when none is or the
    // date is unknown.
    const KbEntry &referentOn(const KbEntry &named, const QDate &published) const;
    const QList<KbRenaming> &renamings() const { return m_renamings; }

    // Project overlay. addEntry() marks the entry as a project entry; an entry with an id
    // already present replaces that one (the project's correction wins), otherwise it is
    // added. addAlias() returns false when no entry has that id or the alias is empty.
    void addEntry(const KbEntry &entry);
    bool addAlias(const QString &entryId, const QString &alias);
    void addAffiliation(const KbAffiliation &affiliation);

    // The order of candidates for one alias (see the class comment): true when entry `a` at
    // index `ia` ranks before `b` at `ib`.
    static bool ranksBefore(const KbEntry &a, int ia, const KbEntry &b, int ib);

private:
    void append(const KbEntry &entry);
    void indexNames(int index);
    void reindex();

    QList<KbEntry> m_entries;
    QHash<QString, int> m_byId;
    QHash<QString, QList<int>> m_byKey; // TextFolder::key(name) -> entry indexes
    QList<KbAffiliation> m_affiliations;
    QList<KbRenaming> m_renamings;
    QStringList m_loadProblems;
};
