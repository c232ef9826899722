#include "core/workflow/projectknowledge.h"

#include "core/detect/textfolder.h"
#include "core/kb/kbimporter.h"
#include "core/store/projectstore.h"

KnowledgeBase ProjectKnowledge::load(const ProjectStore &store)
{
    KnowledgeBase knowledgeBase = KnowledgeBase::bundled();
    for (const KbEntry &entry : store.knowledgeBaseEntries())
        knowledgeBase.addEntry(entry);
    const QHash<QString, QStringList> aliases = store.knowledgeBaseAliases();
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        for (const QString &alias : it.value())
            knowledgeBase.addAlias(it.key(), alias);
    }
    for (const KbAffiliation &affiliation : store.knowledgeBaseAffiliations())
        knowledgeBase.addAffiliation(affiliation);
    return knowledgeBase;
}

ProjectKnowledge::Lesson ProjectKnowledge::learnFromReview(ProjectStore &store,
                                                           const KnowledgeBase &knowledgeBase,
                                                           Mention &mention,
                                                           const QString &annotator)
{
    Lesson lesson;
    const Status status = mention.provenance.status;
    if (status == Status::Proposed || status == Status::Rejected
        || mention.type == EntityType::Date)
        return lesson;
    const QString surface = mention.text.simplified();
    if (surface.isEmpty())
        return lesson;

    const KbEntry *entry = knowledgeBase.entry(mention.kbId);
    if (!entry) {
        // A new actor, place or source: the project's own entry, named as the analyst named it.
        KbEntry created;
        created.canonical = mention.canonical.isEmpty() ? surface : mention.canonical;
        created.id = QStringLiteral("project:") + KbImporter::makeId(created.canonical);
        created.type = mention.type;
        if (TextFolder::key(surface) != TextFolder::key(created.canonical))
            created.aliases << surface;
        created.certainty = Certainty::Confirmed;
        created.notes = tr("Added by %1 when confirming \"%2\".").arg(annotator, surface);
        created.project = true;
        if (knowledgeBase.entry(created.id)) {
            // Same canonical name as an entry made earlier: teach that entry the surface form.
            mention.kbId = created.id;
            entry = knowledgeBase.entry(created.id);
        } else {
            if (!store.addKnowledgeBaseEntry(created, annotator))
                return lesson;
            mention.kbId = created.id;
            mention.canonical = created.canonical;
            lesson.learned = true;
            lesson.entryId = created.id;
            lesson.entryAdded = created;
            lesson.description = tr("Added \"%1\" to the project's knowledge base.")
                                     .arg(created.canonical);
            return lesson;
        }
    }

    const QString key = TextFolder::key(surface);
    for (const QString &name : entry->allNames()) {
        if (TextFolder::key(name) == key)
            return lesson; // already known by this name
    }
    if (!store.addKnowledgeBaseAlias(entry->id, surface, annotator))
        return lesson;
    lesson.learned = true;
    lesson.entryId = entry->id;
    lesson.aliasAdded = surface;
    lesson.description = tr("\"%1\" is now known as a name of %2.").arg(surface, entry->canonical);
    return lesson;
}
