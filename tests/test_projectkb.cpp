#include "core/kb/knowledgebase.h"
#include "core/store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString analyst = QStringLiteral("amira");

KbEntry entry(const QString &id, const QString &canonical)
{
    KbEntry e;
    e.id = id;
    e.canonical = canonical;
    e.type = EntityType::ArmedGroup;
    e.certainty = Certainty::Unverified;
    return e;
}

// An entry with every field filled, Arabic text included.
KbEntry fullEntry()
{
    KbEntry e = entry(QStringLiteral("liwa-al-tahrir"), QStringLiteral("Liwa al-Tahrir"));
    e.kind = QStringLiteral("brigade");
    e.aliases = {QStringLiteral("Tahrir Brigade"), QStringLiteral("لواء التحرير")};
    e.adjectives = {QStringLiteral("Tahriri")};
    e.acledName = QStringLiteral("Liwa al-Tahrir");
    e.governorate = QStringLiteral("idlib");
    e.country = QStringLiteral("syria");
    e.area = QStringLiteral("southern Idlib countryside");
    e.notes = QStringLiteral("Added from an Enab Baladi report; not in the bundled lists.");
    // Only states have forces; the store keeps what it is given all the same.
    e.acledCertainty = Certainty::Confirmed;
    e.army = QStringLiteral("tahrir-army");
    e.police = QStringLiteral("tahrir-police");
    e.sources = {QStringLiteral("ENAB-2024-03"), QStringLiteral("A-LIST")};
    e.certainty = Certainty::SecondHand;
    return e;
}

KbAffiliation affiliation(const QString &actor, Relation relation, const QString &target)
{
    KbAffiliation a;
    a.actorId = actor;
    a.relation = relation;
    a.targetId = target;
    return a;
}

void compareEntry(const KbEntry &actual, const KbEntry &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.canonical, expected.canonical);
    QCOMPARE(toString(actual.type), toString(expected.type));
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.aliases, expected.aliases);
    QCOMPARE(actual.adjectives, expected.adjectives);
    QCOMPARE(actual.acledName, expected.acledName);
    QCOMPARE(actual.governorate, expected.governorate);
    QCOMPARE(actual.country, expected.country);
    QCOMPARE(actual.area, expected.area);
    QCOMPARE(actual.acledCertainty.has_value(), expected.acledCertainty.has_value());
    if (expected.acledCertainty)
        QCOMPARE(toString(*actual.acledCertainty), toString(*expected.acledCertainty));
    QCOMPARE(actual.army, expected.army);
    QCOMPARE(actual.police, expected.police);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.sources, expected.sources);
    QCOMPARE(toString(actual.certainty), toString(expected.certainty));
    QVERIFY(actual.project);
}

void compareAffiliation(const KbAffiliation &actual, const KbAffiliation &expected)
{
    QCOMPARE(actual.actorId, expected.actorId);
    QCOMPARE(toString(actual.relation), toString(expected.relation));
    QCOMPARE(actual.targetId, expected.targetId);
    QCOMPARE(actual.from, expected.from);
    QCOMPARE(actual.to, expected.to);
    QCOMPARE(actual.former, expected.former);
    QCOMPARE(toString(actual.certainty), toString(expected.certainty));
    QCOMPARE(actual.sources, expected.sources);
    QCOMPARE(actual.note, expected.note);
}

QStringList entryIds(const QList<KbEntry> &entries)
{
    QStringList ids;
    for (const KbEntry &e : entries)
        ids << e.id;
    return ids;
}

} // namespace

// The project's own knowledge base in the project file: entries, aliases (also on bundled
// entries) and affiliations come back as they were added, from a second store on the same
// file; every addition is in history; a failed addition or import leaves the project as it was.
class TestProjectKb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyProjectHasNoOverlay();
    void entryRoundTrip();
    void duplicateEntryIsRefused();
    void invalidEntryIsRefused();
    void aliasOnBundledEntry();
    void aliasOnProjectEntry();
    void aliasIsIdempotent();
    void emptyAliasIsRefused();
    void affiliationRoundTrip();
    void importStoresEverythingWithHistory();
    void importWithDuplicateInBatchChangesNothing();
    void importClashingWithProjectChangesNothing();
    void overlayOnTheBundledKnowledgeBase();

private:
    std::unique_ptr<ProjectStore> open(ProjectStore::OpenMode mode
                                       = ProjectStore::OpenMode::CreateIfMissing) const
    {
        QString error;
        auto store = ProjectStore::open(m_dir->filePath(QStringLiteral("kb.cwbproject")), mode,
                                        &error);
        if (!store)
            qWarning("open failed: %s", qPrintable(error));
        return store;
    }
    // A second store on the same file: what it reads was committed.
    std::unique_ptr<ProjectStore> second() const
    {
        return open(ProjectStore::OpenMode::ExistingOnly);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectKb::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectKb::emptyProjectHasNoOverlay()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->knowledgeBaseEntries().isEmpty());
    QVERIFY(store->knowledgeBaseAliases().isEmpty());
    QVERIFY(store->knowledgeBaseAffiliations().isEmpty());
    QVERIFY(store->knowledgeBaseHistory().isEmpty());
    QVERIFY(store->lastError().isEmpty());
}

void TestProjectKb::entryRoundTrip()
{
    auto store = open();
    QVERIFY(store);
    const KbEntry added = fullEntry();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY2(store->addKnowledgeBaseEntry(added, analyst), qPrintable(store->lastError()));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

    auto other = second();
    QVERIFY(other);
    const QList<KbEntry> entries = other->knowledgeBaseEntries();
    QCOMPARE(entries.size(), 1);
    compareEntry(entries.first(), added);
    if (QTest::currentTestFailed())
        return;
    // The entry's own aliases are not "aliases of bundled entries".
    QVERIFY(other->knowledgeBaseAliases().isEmpty());

    const QList<ProjectStore::HistoryEntry> history = other->knowledgeBaseHistory();
    QCOMPARE(history.size(), 1);
    const ProjectStore::HistoryEntry &row = history.first();
    QCOMPARE(row.articleId, 0);
    QCOMPARE(row.annotationKind, QStringLiteral("kb_entry"));
    QCOMPARE(row.annotationKey, added.id);
    QVERIFY(row.annotationId > 0);
    QCOMPARE(row.field, QStringLiteral("created"));
    QCOMPARE(row.annotator, analyst);
    QVERIFY(row.oldValue.isEmpty());
    QVERIFY(row.at >= before && row.at <= after);
    const QJsonObject snapshot = QJsonDocument::fromJson(row.newValue.toUtf8()).object();
    QCOMPARE(snapshot.value(QStringLiteral("id")).toString(), added.id);
    QCOMPARE(snapshot.value(QStringLiteral("canonical")).toString(), added.canonical);
    QCOMPARE(snapshot.value(QStringLiteral("aliases")).toArray().size(), 2);
    QCOMPARE(snapshot.value(QStringLiteral("army")).toString(), added.army);
    QCOMPARE(snapshot.value(QStringLiteral("certainty")).toString(),
             QStringLiteral("second_hand"));
}

void TestProjectKb::duplicateEntryIsRefused()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->addKnowledgeBaseEntry(fullEntry(), analyst));
    KbEntry again = entry(fullEntry().id, QStringLiteral("Another name"));
    again.aliases = {QStringLiteral("Should not be stored")};
    QVERIFY(!store->addKnowledgeBaseEntry(again, QStringLiteral("omar")));
    QVERIFY2(store->lastError().contains(fullEntry().id), qPrintable(store->lastError()));

    auto other = second();
    QVERIFY(other);
    const QList<KbEntry> entries = other->knowledgeBaseEntries();
    QCOMPARE(entries.size(), 1);
    compareEntry(entries.first(), fullEntry());
    QVERIFY(other->knowledgeBaseAliases().isEmpty());
    QCOMPARE(other->knowledgeBaseHistory().size(), 1);
}

void TestProjectKb::invalidEntryIsRefused()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(!store->addKnowledgeBaseEntry(entry(QString(), QStringLiteral("No id")), analyst));
    QVERIFY(store->lastError().contains(QStringLiteral("No id")));
    QVERIFY(!store->addKnowledgeBaseEntry(entry(QStringLiteral("no-name"), QStringLiteral("  ")),
                                          analyst));
    QVERIFY(store->lastError().contains(QStringLiteral("no-name")));
    QVERIFY(!store->addKnowledgeBaseAffiliation(
        affiliation(QStringLiteral("isis"), Relation::AffiliatedWith, QString()), analyst));
    QVERIFY(!store->lastError().isEmpty());
    QVERIFY(store->knowledgeBaseEntries().isEmpty());
    QVERIFY(store->knowledgeBaseAffiliations().isEmpty());
    QVERIFY(store->knowledgeBaseHistory().isEmpty());
}

void TestProjectKb::aliasOnBundledEntry()
{
    auto store = open();
    QVERIFY(store);
    // "jund-al-aqsa" is a bundled id: it has no row in the project's entries.
    QVERIFY2(store->addKnowledgeBaseAlias(QStringLiteral("jund-al-aqsa"),
                                          QStringLiteral("Jund al Aqsa"), analyst),
             qPrintable(store->lastError()));
    QVERIFY(store->addKnowledgeBaseAlias(QStringLiteral("jund-al-aqsa"),
                                         QStringLiteral(" Saraya al-Aqsa "), QStringLiteral("omar")));
    QVERIFY(store->addKnowledgeBaseAlias(QStringLiteral("faylaq-al-sham"),
                                         QStringLiteral("فيلق الشام"), analyst));

    auto other = second();
    QVERIFY(other);
    QVERIFY(other->knowledgeBaseEntries().isEmpty());
    const QHash<QString, QStringList> aliases = other->knowledgeBaseAliases();
    QCOMPARE(aliases.size(), 2);
    QCOMPARE(aliases.value(QStringLiteral("jund-al-aqsa")),
             (QStringList{QStringLiteral("Jund al Aqsa"), QStringLiteral("Saraya al-Aqsa")}));
    QCOMPARE(aliases.value(QStringLiteral("faylaq-al-sham")),
             QStringList{QStringLiteral("فيلق الشام")});

    const QList<ProjectStore::HistoryEntry> history = other->knowledgeBaseHistory();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(1).annotationKind, QStringLiteral("kb_alias"));
    QCOMPARE(history.at(1).annotationKey, QStringLiteral("jund-al-aqsa"));
    QCOMPARE(history.at(1).field, QStringLiteral("created"));
    QCOMPARE(history.at(1).newValue, QStringLiteral("Saraya al-Aqsa"));
    QCOMPARE(history.at(1).annotator, QStringLiteral("omar"));
    QCOMPARE(history.at(1).articleId, 0);
}

void TestProjectKb::aliasOnProjectEntry()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->addKnowledgeBaseEntry(fullEntry(), analyst));
    QVERIFY(store->addKnowledgeBaseAlias(fullEntry().id, QStringLiteral("Liwa Tahrir"), analyst));

    auto other = second();
    QVERIFY(other);
    const QList<KbEntry> entries = other->knowledgeBaseEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().aliases,
             (QStringList{QStringLiteral("Tahrir Brigade"), QStringLiteral("لواء التحرير"),
                          QStringLiteral("Liwa Tahrir")}));
    QVERIFY(other->knowledgeBaseAliases().isEmpty());

    // An alias given to an id before the project had that entry becomes part of the entry.
    QVERIFY(store->addKnowledgeBaseAlias(QStringLiteral("later"), QStringLiteral("Early"), analyst));
    QCOMPARE(store->knowledgeBaseAliases().value(QStringLiteral("later")),
             QStringList{QStringLiteral("Early")});
    KbEntry later = entry(QStringLiteral("later"), QStringLiteral("Later Entry"));
    later.aliases = {QStringLiteral("Early"), QStringLiteral("Late")};
    QVERIFY2(store->addKnowledgeBaseEntry(later, analyst), qPrintable(store->lastError()));
    QVERIFY(store->knowledgeBaseAliases().isEmpty());
    QCOMPARE(store->knowledgeBaseEntries().last().aliases,
             (QStringList{QStringLiteral("Early"), QStringLiteral("Late")}));
}

void TestProjectKb::aliasIsIdempotent()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->addKnowledgeBaseAlias(QStringLiteral("jund-al-aqsa"),
                                         QStringLiteral("Jund al Aqsa"), analyst));
    QVERIFY2(store->addKnowledgeBaseAlias(QStringLiteral("jund-al-aqsa"),
                                          QStringLiteral("Jund al Aqsa"), QStringLiteral("omar")),
             qPrintable(store->lastError()));
    QVERIFY(store->addKnowledgeBaseAlias(QStringLiteral("jund-al-aqsa"),
                                         QStringLiteral("Jund al Aqsa "), QStringLiteral("omar")));
    // The same alias on another entry is a different alias.
    QVERIFY(store->addKnowledgeBaseAlias(QStringLiteral("isis"), QStringLiteral("Jund al Aqsa"),
                                         analyst));

    auto other = second();
    QVERIFY(other);
    const QHash<QString, QStringList> aliases = other->knowledgeBaseAliases();
    QCOMPARE(aliases.value(QStringLiteral("jund-al-aqsa")),
             QStringList{QStringLiteral("Jund al Aqsa")});
    QCOMPARE(aliases.value(QStringLiteral("isis")), QStringList{QStringLiteral("Jund al Aqsa")});
    const QList<ProjectStore::HistoryEntry> history = other->knowledgeBaseHistory();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).annotator, analyst);
}

void TestProjectKb::emptyAliasIsRefused()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(!store->addKnowledgeBaseAlias(QStringLiteral("jund-al-aqsa"), QStringLiteral("  "),
                                          analyst));
    QVERIFY(!store->lastError().isEmpty());
    QVERIFY(!store->addKnowledgeBaseAlias(QString(), QStringLiteral("Nobody's"), analyst));
    QVERIFY(store->lastError().contains(QStringLiteral("Nobody's")));
    QVERIFY(store->knowledgeBaseAliases().isEmpty());
    QVERIFY(store->knowledgeBaseHistory().isEmpty());
}

void TestProjectKb::affiliationRoundTrip()
{
    auto store = open();
    QVERIFY(store);
    KbAffiliation full = affiliation(QStringLiteral("liwa-al-tahrir"), Relation::PartOf,
                                     QStringLiteral("national-liberation-front"));
    full.from = QStringLiteral("2018-05-28");
    full.to = QStringLiteral("2019");
    full.former = true;
    full.certainty = Certainty::Confirmed;
    full.sources = {QStringLiteral("ENAB-2024-03")};
    full.note = QStringLiteral("joined the NLF at its founding");
    const KbAffiliation bare = affiliation(QStringLiteral("jund-al-aqsa"),
                                           Relation::AffiliatedWith, QStringLiteral("isis"));
    QVERIFY2(store->addKnowledgeBaseAffiliation(full, analyst), qPrintable(store->lastError()));
    QVERIFY(store->addKnowledgeBaseAffiliation(bare, QStringLiteral("omar")));

    auto other = second();
    QVERIFY(other);
    const QList<KbAffiliation> affiliations = other->knowledgeBaseAffiliations();
    QCOMPARE(affiliations.size(), 2);
    compareAffiliation(affiliations.at(0), full);
    compareAffiliation(affiliations.at(1), bare);
    const QList<ProjectStore::HistoryEntry> history = other->knowledgeBaseHistory();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).annotationKind, QStringLiteral("kb_affiliation"));
    QCOMPARE(history.at(0).annotationKey, QStringLiteral("liwa-al-tahrir"));
    QVERIFY(history.at(0).newValue.contains(QStringLiteral("national-liberation-front")));
    QCOMPARE(history.at(1).annotator, QStringLiteral("omar"));
}

void TestProjectKb::importStoresEverythingWithHistory()
{
    auto store = open();
    QVERIFY(store);
    const QList<KbEntry> entries{fullEntry(), entry(QStringLiteral("a"), QStringLiteral("A")),
                                 entry(QStringLiteral("b"), QStringLiteral("B"))};
    const QList<KbAffiliation> affiliations{
        affiliation(QStringLiteral("a"), Relation::AlliedWith, QStringLiteral("b")),
        affiliation(QStringLiteral("b"), Relation::BackedBy, QStringLiteral("turkey"))};
    QVERIFY2(store->importKnowledgeBase(entries, affiliations, analyst),
             qPrintable(store->lastError()));

    auto other = second();
    QVERIFY(other);
    const QList<KbEntry> stored = other->knowledgeBaseEntries();
    QCOMPARE(entryIds(stored), entryIds(entries));
    for (int i = 0; i < entries.size(); ++i)
        compareEntry(stored.at(i), entries.at(i));
    const QList<KbAffiliation> storedAffiliations = other->knowledgeBaseAffiliations();
    QCOMPARE(storedAffiliations.size(), 2);
    compareAffiliation(storedAffiliations.at(1), affiliations.at(1));
    const QList<ProjectStore::HistoryEntry> history = other->knowledgeBaseHistory();
    QCOMPARE(history.size(), 5);
    QStringList kinds;
    for (const ProjectStore::HistoryEntry &row : history)
        kinds << row.annotationKind;
    QCOMPARE(kinds.count(QStringLiteral("kb_entry")), 3);
    QCOMPARE(kinds.count(QStringLiteral("kb_affiliation")), 2);
}

void TestProjectKb::importWithDuplicateInBatchChangesNothing()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->addKnowledgeBaseEntry(entry(QStringLiteral("kept"), QStringLiteral("Kept")),
                                         analyst));
    QVERIFY(store->addKnowledgeBaseAlias(QStringLiteral("isis"), QStringLiteral("Daesh"), analyst));

    // The duplicate comes last, after entries, aliases and an affiliation were written.
    const QList<KbEntry> entries{entry(QStringLiteral("a"), QStringLiteral("A")),
                                 fullEntry(),
                                 entry(QStringLiteral("a"), QStringLiteral("A again"))};
    const QList<KbAffiliation> affiliations{
        affiliation(QStringLiteral("a"), Relation::PartOf, QStringLiteral("kept"))};
    QVERIFY(!store->importKnowledgeBase(entries, affiliations, QStringLiteral("omar")));
    QVERIFY2(store->lastError().contains(QStringLiteral("id a.")), qPrintable(store->lastError()));

    auto other = second();
    QVERIFY(other);
    QCOMPARE(entryIds(other->knowledgeBaseEntries()), QStringList{QStringLiteral("kept")});
    QCOMPARE(other->knowledgeBaseAliases(),
             (QHash<QString, QStringList>{{QStringLiteral("isis"), {QStringLiteral("Daesh")}}}));
    QVERIFY(other->knowledgeBaseAffiliations().isEmpty());
    QCOMPARE(other->knowledgeBaseHistory().size(), 2);

    // A bad affiliation after good entries fails the whole import too.
    QVERIFY(!store->importKnowledgeBase(
        {fullEntry()}, {affiliation(QStringLiteral("a"), Relation::PartOf, QString())}, analyst));
    QCOMPARE(entryIds(other->knowledgeBaseEntries()), QStringList{QStringLiteral("kept")});
    QCOMPARE(other->knowledgeBaseHistory().size(), 2);

    // And the store takes the corrected batch afterwards.
    QVERIFY2(store->importKnowledgeBase(entries.mid(0, 2), affiliations, QStringLiteral("omar")),
             qPrintable(store->lastError()));
    QCOMPARE(entryIds(other->knowledgeBaseEntries()),
             (QStringList{QStringLiteral("kept"), QStringLiteral("a"), fullEntry().id}));
}

void TestProjectKb::importClashingWithProjectChangesNothing()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->addKnowledgeBaseEntry(fullEntry(), analyst));
    const QList<KbEntry> entries{entry(QStringLiteral("new-one"), QStringLiteral("New One")),
                                 entry(fullEntry().id, QStringLiteral("Clash"))};
    QVERIFY(!store->importKnowledgeBase(entries, {}, analyst));
    QVERIFY(store->lastError().contains(fullEntry().id));
    auto other = second();
    QVERIFY(other);
    const QList<KbEntry> stored = other->knowledgeBaseEntries();
    QCOMPARE(stored.size(), 1);
    compareEntry(stored.first(), fullEntry());
    QCOMPARE(other->knowledgeBaseHistory().size(), 1);
}

// What the store returns is what KnowledgeBase's overlay takes: a project alias on a bundled
// entry and a project entry are found by the lookup the matcher uses.
void TestProjectKb::overlayOnTheBundledKnowledgeBase()
{
    const KnowledgeBase &bundled = KnowledgeBase::bundled();
    const KbEntry *jund = bundled.entry(QStringLiteral("jund-al-aqsa"));
    if (!jund)
        QSKIP("the bundled knowledge base has no jund-al-aqsa entry");
    QVERIFY(!bundled.find(u"Saraya Jund Test"));

    auto store = open();
    QVERIFY(store);
    QVERIFY(store->addKnowledgeBaseAlias(jund->id, QStringLiteral("Saraya Jund Test"), analyst));
    QVERIFY(store->addKnowledgeBaseEntry(fullEntry(), analyst));

    auto other = second();
    QVERIFY(other);
    KnowledgeBase kb = bundled;
    for (const KbEntry &e : other->knowledgeBaseEntries())
        kb.addEntry(e);
    const QHash<QString, QStringList> aliases = other->knowledgeBaseAliases();
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        for (const QString &alias : it.value())
            QVERIFY(kb.addAlias(it.key(), alias));
    }
    const KbEntry *found = kb.find(u"Saraya Jund Test");
    QVERIFY(found);
    QCOMPARE(found->id, QStringLiteral("jund-al-aqsa"));
    found = kb.find(u"Tahrir Brigade");
    QVERIFY(found);
    QCOMPARE(found->id, fullEntry().id);
    QVERIFY(found->project);
}

QTEST_GUILESS_MAIN(TestProjectKb)
#include "test_projectkb.moc"
