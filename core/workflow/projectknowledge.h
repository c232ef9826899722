#pragma once

#include "core/kb/knowledgebase.h"
#include "core/model/annotation.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class ProjectStore;

// The knowledge base a project detects with: the bundled one with the project's own entries,
// aliases and affiliations on top, and what the analysts' reviews teach it. Confirming a
// mention that has no entry adds one to the project; confirming or correcting a mention whose
// surface form the entry does not know yet adds that form as an alias. Either way the next
// article is proposed better.
class ProjectKnowledge
{
    Q_DECLARE_TR_FUNCTIONS(ProjectKnowledge)

public:
    // Bundled + the project's overlay as stored now.
    static KnowledgeBase load(const ProjectStore &store);

    struct Lesson
    {
        bool learned = false;
        QString entryId;     // the entry the mention now links to
        QString description; // for the status bar and the CLI, translated
        // What was added, so that a knowledge base in memory can learn the same without
        // being reloaded: a new entry, or a new name of `entryId`.
        std::optional<KbEntry> entryAdded;
        QString aliasAdded;
    };

    // Call after a review of `mention` was stored. Returns what was added to the project's
    // knowledge base, if anything, and sets `mention.kbId` for a new entry (the caller stores
    // the mention again when it changed). Types that are not knowledge-base types (DATE) and
    // proposals not yet reviewed teach nothing.
    static Lesson learnFromReview(ProjectStore &store, const KnowledgeBase &knowledgeBase,
                                  Mention &mention, const QString &annotator);
};
