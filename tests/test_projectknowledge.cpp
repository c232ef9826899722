#include "core/detect/detector.h"
#include "core/store/projectstore.h"
#include "core/workflow/projectknowledge.h"

#include <QTemporaryDir>
#include <QtTest>

// What an analyst's review teaches the project: the next article is proposed better.
class TestProjectKnowledge : public QObject
{
    Q_OBJECT

    static Document detected(const KnowledgeBase &knowledgeBase, const QString &text)
    {
        Document document;
        document.article.text = text;
        Detector(knowledgeBase).detect(document);
        return document;
    }

    static const Mention *find(const Document &document, const QString &text)
    {
        for (const Mention &m : document.mentions) {
            if (m.text == text)
                return &m;
        }
        return nullptr;
    }

private slots:
    void confirmingAnUnknownGroupAddsAnEntry()
    {
        QTemporaryDir dir;
        QString error;
        auto store = ProjectStore::open(dir.filePath("p.cwb"),
                                        ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(store, qPrintable(error));

        KnowledgeBase knowledgeBase = ProjectKnowledge::load(*store);
        const QString first = QStringLiteral("Fighters of Liwa al-Haqq clashed with HTS.");
        QVERIFY(!knowledgeBase.find(u"Liwa al-Haqq"));

        // The analyst marks the name as an armed group (a manual mention, no entry yet).
        Mention mention;
        mention.start = 12;
        mention.end = 24;
        mention.text = QStringLiteral("Liwa al-Haqq");
        mention.type = EntityType::ArmedGroup;
        mention.provenance.status = Status::Manual;
        const auto lesson =
            ProjectKnowledge::learnFromReview(*store, knowledgeBase, mention, "amira");
        QVERIFY(lesson.learned);
        QVERIFY(lesson.description.contains("Liwa al-Haqq"));
        QCOMPARE(mention.kbId, lesson.entryId);

        // Reopened from disk, the project knows the group, and the next article proposes it.
        store.reset();
        store = ProjectStore::open(dir.filePath("p.cwb"), ProjectStore::OpenMode::ExistingOnly,
                                   &error);
        QVERIFY(store);
        knowledgeBase = ProjectKnowledge::load(*store);
        const Document next = detected(knowledgeBase, QStringLiteral(
            "On Monday, Liwa al-Haqq shelled positions near Afrin."));
        const Mention *proposed = find(next, "Liwa al-Haqq");
        QVERIFY(proposed);
        QCOMPARE(toString(proposed->type), toString(EntityType::ArmedGroup));
        QCOMPARE(proposed->kbId, lesson.entryId);
        QVERIFY(proposed->provenance.origin.startsWith("kb:"));
        Q_UNUSED(first);
    }

    void correctingTheActorTeachesAnAlias()
    {
        QTemporaryDir dir;
        QString error;
        auto store = ProjectStore::open(dir.filePath("p.cwb"),
                                        ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY(store);
        KnowledgeBase knowledgeBase = ProjectKnowledge::load(*store);
        // Before: the misspelt name is at best an unknown group, not the bundled entry.
        const Mention *before =
            find(detected(knowledgeBase, "Fighters of Faylak ash-Sham withdrew."),
                 "Faylak ash-Sham");
        QVERIFY(!before || before->kbId != QLatin1String("faylaq-al-sham"));

        // The analyst links a misspelt surface form to the bundled entry.
        Mention mention;
        mention.text = QStringLiteral("Faylak ash-Sham");
        mention.type = EntityType::ArmedGroup;
        mention.kbId = QStringLiteral("faylaq-al-sham");
        mention.canonical = QStringLiteral("Faylaq al-Sham");
        mention.provenance.status = Status::Corrected;
        const auto lesson =
            ProjectKnowledge::learnFromReview(*store, knowledgeBase, mention, "amira");
        QVERIFY(lesson.learned);
        QCOMPARE(lesson.entryId, QStringLiteral("faylaq-al-sham"));

        knowledgeBase = ProjectKnowledge::load(*store);
        const Mention *proposed =
            find(detected(knowledgeBase, "Fighters of Faylak ash-Sham withdrew."),
                 "Faylak ash-Sham");
        QVERIFY(proposed);
        QCOMPARE(proposed->canonical, QStringLiteral("Faylaq al-Sham"));
        QCOMPARE(proposed->kbId, QStringLiteral("faylaq-al-sham"));

        // Teaching the same name twice adds nothing.
        QVERIFY(!ProjectKnowledge::learnFromReview(*store, knowledgeBase, mention, "amira").learned);
    }

    void proposalsAndRejectionsTeachNothing()
    {
        QTemporaryDir dir;
        QString error;
        auto store = ProjectStore::open(dir.filePath("p.cwb"),
                                        ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY(store);
        const KnowledgeBase knowledgeBase = ProjectKnowledge::load(*store);
        Mention mention;
        mention.text = QStringLiteral("Katibat al-Ghuraba");
        mention.provenance.status = Status::Rejected;
        QVERIFY(!ProjectKnowledge::learnFromReview(*store, knowledgeBase, mention, "a").learned);
        mention.provenance.status = Status::Proposed;
        QVERIFY(!ProjectKnowledge::learnFromReview(*store, knowledgeBase, mention, "a").learned);
        mention.provenance.status = Status::Confirmed;
        mention.type = EntityType::Date;
        QVERIFY(!ProjectKnowledge::learnFromReview(*store, knowledgeBase, mention, "a").learned);
        QVERIFY(store->knowledgeBaseEntries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectKnowledge)
#include "test_projectknowledge.moc"
