#include "core/store/projectstore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString analyst = QStringLiteral("amira");

QDateTime utc(int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute, second, ms), Qt::UTC);
}

Provenance provenance(Status status, const QString &origin, double confidence, int day)
{
    Provenance p;
    p.status = status;
    p.origin = origin;
    p.confidence = confidence;
    p.annotator = QStringLiteral("detector");
    p.created = utc(day, 10, 15, 30, 123);
    p.updated = utc(day, 11, 0, 0, 7);
    return p;
}

// An article with every kind of annotation, text outside the BMP and right-to-left text.
Document fullDocument(const QString &uid)
{
    Document document;
    Article &article = document.article;
    article.uid = uid;
    article.title = QStringLiteral("ISIS-affiliated group resurfaces in Idlib 🔥");
    article.text = QStringLiteral(
        "Jund al-Aqsa killed four fighters of Faylaq al-Sham 💥 near al-Ghassaniyah. "
        "قالت مصادر محلية إن جند الأقصى قتل أربعة مقاتلين.");
    article.sourcePath = QStringLiteral("/data/articles/جند.html");
    article.url = QStringLiteral("https://example.org/idlib?id=1&lang=ar");
    article.outlet = QStringLiteral("Enab Baladi");
    article.published = QDate(2024, 3, 23);
    article.language = QStringLiteral("en");
    article.encoding = QStringLiteral("UTF-8");
    article.importedAt = utc(24, 8, 30, 0, 999);

    document.segments = {{0, 76, SegmentKind::Body}, {76, 124, SegmentKind::Comment}};

    Mention group;
    group.start = 0;
    group.end = 12;
    group.text = QStringLiteral("Jund al-Aqsa");
    group.type = EntityType::ArmedGroup;
    group.canonical = QStringLiteral("Jund al-Aqsa");
    group.kbId = QStringLiteral("jund-al-aqsa");
    group.provenance = provenance(Status::Proposed, QStringLiteral("kb:jund-al-aqsa"), 0.9, 22);
    Mention arabic;
    arabic.start = 98;
    arabic.end = 108;
    arabic.text = QStringLiteral("جند الأقصى");
    arabic.type = EntityType::ArmedGroup;
    arabic.canonical = QStringLiteral("Jund al-Aqsa");
    arabic.provenance = provenance(Status::Confirmed, QStringLiteral("kb:jund-al-aqsa"), 0.75, 22);
    Mention place;
    place.start = 60;
    place.end = 75;
    place.text = QStringLiteral("al-Ghassaniyah");
    place.type = EntityType::Location;
    place.canonical = QStringLiteral("al-Ghassaniyah");
    place.provenance = provenance(Status::Manual, QStringLiteral("manual"), 1.0, 23);
    document.mentions = {group, arabic, place};

    Affiliation affiliation;
    affiliation.actor = QStringLiteral("Jund al-Aqsa");
    affiliation.relationTarget = QStringLiteral("Islamic State");
    affiliation.relation = Relation::AffiliatedWith;
    affiliation.former = true;
    affiliation.stance = Stance::Reported;
    affiliation.attributedTo = QStringLiteral("Enab Baladi");
    affiliation.start = 0;
    affiliation.end = 20;
    affiliation.provenance = provenance(Status::Corrected, QStringLiteral("rule:affiliated"), 0.6, 22);
    document.affiliations = {affiliation};

    CasualtyFigure four;
    four.id = 1; // document-local: the event below refers to it
    four.start = 13;
    four.end = 51;
    four.text = QStringLiteral("killed four fighters of Faylaq al-Sham");
    four.kind = CasualtyKind::Killed;
    four.victim = QStringLiteral("Faylaq al-Sham");
    four.perpetrator = QStringLiteral("Jund al-Aqsa");
    four.low = 4;
    four.best = 4;
    four.high = 4;
    four.precision = Precision::Exact;
    four.provenance = provenance(Status::Proposed, QStringLiteral("rule:casualty.verb-object"), 0.8, 22);
    CasualtyFigure hundreds;
    hundreds.id = 2;
    hundreds.start = 80;
    hundreds.end = 90;
    hundreds.text = QStringLiteral("مقاتلين");
    hundreds.kind = CasualtyKind::Killed;
    hundreds.victim = QStringLiteral("FSA");
    hundreds.best = 100; // low and high not given
    hundreds.precision = Precision::Vague;
    hundreds.hedged = true;
    hundreds.scope = Scope::Period;
    hundreds.provenance = provenance(Status::Rejected, QStringLiteral("rule:casualty.vague"), 0.4, 23);
    document.casualties = {four, hundreds};

    Event event;
    event.eventType = QStringLiteral("Battles");
    event.subEventType = QStringLiteral("Armed clash");
    event.actor1 = QStringLiteral("Jund al-Aqsa");
    event.actor2 = QStringLiteral("Faylaq al-Sham");
    event.assocActor2 = QStringLiteral("FSA");
    event.location = QStringLiteral("al-Ghassaniyah");
    event.admin1 = QStringLiteral("Idlib");
    event.geoPrecision = 1;
    event.date = QDate(2024, 3, 22);
    event.timePrecision = 1;
    event.fatalities = 5;
    event.sources = {QStringLiteral("Enab Baladi"), QStringLiteral("عنب بلدي")};
    event.notes = QStringLiteral("On 22 March, Jund al-Aqsa clashed with Faylaq al-Sham.");
    event.casualtyIds = {2, 1};
    event.provenance = provenance(Status::Proposed, QStringLiteral("rule:event"), 0.7, 22);
    document.events = {event};
    return document;
}

void compareProvenance(const Provenance &actual, const Provenance &expected)
{
    QCOMPARE(toString(actual.status), toString(expected.status));
    QCOMPARE(actual.origin, expected.origin);
    QCOMPARE(actual.confidence, expected.confidence);
    QCOMPARE(actual.annotator, expected.annotator);
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.updated, expected.updated);
}

void compareMention(const Mention &actual, const Mention &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.start, expected.start);
    QCOMPARE(actual.end, expected.end);
    QCOMPARE(actual.text, expected.text);
    QCOMPARE(toString(actual.type), toString(expected.type));
    QCOMPARE(actual.canonical, expected.canonical);
    QCOMPARE(actual.kbId, expected.kbId);
    compareProvenance(actual.provenance, expected.provenance);
}

void compareDocuments(const Document &actual, const Document &expected)
{
    const Article &a = actual.article;
    const Article &e = expected.article;
    QCOMPARE(a.id, e.id);
    QCOMPARE(a.uid, e.uid);
    QCOMPARE(a.title, e.title);
    QCOMPARE(a.text, e.text);
    QCOMPARE(a.sourcePath, e.sourcePath);
    QCOMPARE(a.url, e.url);
    QCOMPARE(a.outlet, e.outlet);
    QCOMPARE(a.published, e.published);
    QCOMPARE(a.language, e.language);
    QCOMPARE(a.encoding, e.encoding);
    QCOMPARE(a.importedAt, e.importedAt);
    QCOMPARE(actual.segments, expected.segments);

    QCOMPARE(actual.mentions.size(), expected.mentions.size());
    for (int i = 0; i < expected.mentions.size(); ++i) {
        compareMention(actual.mentions.at(i), expected.mentions.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(actual.affiliations.size(), expected.affiliations.size());
    for (int i = 0; i < expected.affiliations.size(); ++i) {
        const Affiliation &x = actual.affiliations.at(i);
        const Affiliation &y = expected.affiliations.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.actor, y.actor);
        QCOMPARE(x.relationTarget, y.relationTarget);
        QCOMPARE(toString(x.relation), toString(y.relation));
        QCOMPARE(x.former, y.former);
        QCOMPARE(toString(x.stance), toString(y.stance));
        QCOMPARE(x.attributedTo, y.attributedTo);
        QCOMPARE(x.start, y.start);
        QCOMPARE(x.end, y.end);
        compareProvenance(x.provenance, y.provenance);
    }
    QCOMPARE(actual.casualties.size(), expected.casualties.size());
    for (int i = 0; i < expected.casualties.size(); ++i) {
        const CasualtyFigure &x = actual.casualties.at(i);
        const CasualtyFigure &y = expected.casualties.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.start, y.start);
        QCOMPARE(x.end, y.end);
        QCOMPARE(x.text, y.text);
        QCOMPARE(toString(x.kind), toString(y.kind));
        QCOMPARE(x.victim, y.victim);
        QCOMPARE(x.perpetrator, y.perpetrator);
        QCOMPARE(x.low, y.low);
        QCOMPARE(x.best, y.best);
        QCOMPARE(x.high, y.high);
        QCOMPARE(toString(x.precision), toString(y.precision));
        QCOMPARE(x.hedged, y.hedged);
        QCOMPARE(toString(x.scope), toString(y.scope));
        compareProvenance(x.provenance, y.provenance);
    }
    QCOMPARE(actual.events.size(), expected.events.size());
    for (int i = 0; i < expected.events.size(); ++i) {
        const Event &x = actual.events.at(i);
        const Event &y = expected.events.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.eventType, y.eventType);
        QCOMPARE(x.subEventType, y.subEventType);
        QCOMPARE(x.actor1, y.actor1);
        QCOMPARE(x.assocActor1, y.assocActor1);
        QCOMPARE(x.actor2, y.actor2);
        QCOMPARE(x.assocActor2, y.assocActor2);
        QCOMPARE(x.location, y.location);
        QCOMPARE(x.admin1, y.admin1);
        QCOMPARE(x.geoPrecision, y.geoPrecision);
        QCOMPARE(x.date, y.date);
        QCOMPARE(x.timePrecision, y.timePrecision);
        QCOMPARE(x.fatalities, y.fatalities);
        QCOMPARE(x.sources, y.sources);
        QCOMPARE(x.notes, y.notes);
        QCOMPARE(x.casualtyIds, y.casualtyIds);
        compareProvenance(x.provenance, y.provenance);
    }
}

std::unique_ptr<ProjectStore> openStore(const QString &path,
                                        ProjectStore::OpenMode mode = ProjectStore::OpenMode::CreateIfMissing)
{
    QString error;
    auto store = ProjectStore::open(path, mode, &error);
    if (!store)
        qWarning("open %s failed: %s", qPrintable(path), qPrintable(error));
    return store;
}

// Reads the helper's stdout line by line. Waits for output without a time limit of its own:
// the helper writes continuously, and CTest's timeout ends a hung run.
class HelperOutput
{
public:
    explicit HelperOutput(QProcess &process)
        : m_process(process)
    {
    }
    // Returns the next line, or an empty string when the helper has ended.
    QString nextLine()
    {
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(1000);
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    // Waits for the next "saved N" line and returns N (0 when the helper ended).
    int nextSaved()
    {
        for (;;) {
            const QString line = nextLine();
            if (line.isEmpty())
                return 0;
            if (line.startsWith(QLatin1String("saved ")))
                return line.mid(6).toInt();
            if (line.startsWith(QLatin1String("article ")))
                m_articleId = line.mid(8).toLongLong();
        }
    }
    qint64 articleId() const { return m_articleId; }

private:
    QProcess &m_process;
    qint64 m_articleId = 0;
};

QStringList mentionTexts(const Document &document)
{
    QStringList texts;
    for (const Mention &mention : document.mentions)
        texts << mention.text;
    return texts;
}

} // namespace

// The project database as an analyst meets it: what is saved comes back unchanged, every
// action is recorded in history, a failed action leaves nothing behind, and the file stays
// usable with a second reader, a second process, and after the program is killed.
class TestProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void documentRoundTrip();
    void eventReferringToUnknownFigureFailsWithoutTrace();
    void duplicateArticleIsRefused();
    void statusChangeWritesHistory();
    void updateMentionWritesOneRowPerChangedField();
    void addAndDeleteMentionWriteHistory();
    void failedActionLeavesNothingBehind();
    void countsAndProgress();
    void bulkInsertStoresEveryRow();
    void bulkInsertIntoMissingArticleInsertsNothing();
    void twoStoresOnOneFileSeeEachOther();
    void secondProcessWritesWhileWeRead();
    void killedWriterLosesNothingItReportedSaved();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString projectPath() const { return m_dir->filePath(QStringLiteral("test.cwbproject")); }
};

void TestProjectStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectStore::documentRoundTrip()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("round-trip"));
    QVERIFY2(store->addDocument(document), qPrintable(store->lastError()));

    // Ids are filled in, and the event now names its figures by their database ids.
    QVERIFY(document.article.id > 0);
    for (const Mention &mention : std::as_const(document.mentions))
        QVERIFY(mention.id > 0);
    QVERIFY(document.affiliations.first().id > 0);
    QVERIFY(document.events.first().id > 0);
    QCOMPARE(document.events.first().casualtyIds,
             (QList<qint64>{document.casualties.at(1).id, document.casualties.at(0).id}));
    QCOMPARE(store->findArticleByUid(QStringLiteral("round-trip")), document.article.id);

    const std::optional<Document> loaded = store->loadDocument(document.article.id);
    QVERIFY2(loaded, qPrintable(store->lastError()));
    compareDocuments(*loaded, document);
    if (QTest::currentTestFailed())
        return;

    // And again from a fresh connection, to be sure it came from the file and not a cache.
    store.reset();
    auto reopened = openStore(projectPath(), ProjectStore::OpenMode::ExistingOnly);
    QVERIFY(reopened);
    const std::optional<Document> again = reopened->loadDocument(document.article.id);
    QVERIFY(again);
    compareDocuments(*again, document);
}

void TestProjectStore::eventReferringToUnknownFigureFailsWithoutTrace()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("bad-event"));
    document.events.first().casualtyIds = {1, 42};
    QVERIFY(!store->addDocument(document));
    QVERIFY(store->lastError().contains(QLatin1String("42")));
    QCOMPARE(document.article.id, 0); // the caller's document is left as it was
    QCOMPARE(document.mentions.first().id, 0);
    QVERIFY(store->articles().isEmpty());
    const ProjectStore::Counts counts = store->counts();
    QCOMPARE(counts.articles, 0);
    QCOMPARE(counts.casualties, 0);
    QVERIFY(counts.byStatus.isEmpty());
    QVERIFY(!store->findArticleByUid(QStringLiteral("bad-event")));
}

void TestProjectStore::duplicateArticleIsRefused()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document first = fullDocument(QStringLiteral("same-uid"));
    QVERIFY(store->addDocument(first));
    Document second = fullDocument(QStringLiteral("same-uid"));
    QVERIFY(!store->addDocument(second));
    QVERIFY(!store->lastError().isEmpty());
    QCOMPARE(store->articles().size(), 1);
    QCOMPARE(store->counts().byType.value(QStringLiteral("ARMED_GROUP")), 2);
}

void TestProjectStore::statusChangeWritesHistory()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("status"));
    QVERIFY(store->addDocument(document));
    const qint64 mentionId = document.mentions.first().id;
    QVERIFY(store->history(document.article.id).isEmpty());

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY2(store->setMentionStatus(mentionId, Status::Confirmed, analyst),
             qPrintable(store->lastError()));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

    const QList<ProjectStore::HistoryEntry> history = store->history(document.article.id);
    QCOMPARE(history.size(), 1);
    const ProjectStore::HistoryEntry &entry = history.first();
    QCOMPARE(entry.articleId, document.article.id);
    QCOMPARE(entry.annotationKind, QStringLiteral("mention"));
    QCOMPARE(entry.annotationId, mentionId);
    QCOMPARE(entry.field, QStringLiteral("status"));
    QCOMPARE(entry.oldValue, QStringLiteral("proposed"));
    QCOMPARE(entry.newValue, QStringLiteral("confirmed"));
    QCOMPARE(entry.annotator, analyst);
    QVERIFY(entry.at >= before && entry.at <= after);

    const std::optional<Document> loaded = store->loadDocument(document.article.id);
    QVERIFY(loaded);
    QCOMPARE(toString(loaded->mentions.first().provenance.status), toString(Status::Confirmed));
    QCOMPARE(loaded->mentions.first().provenance.annotator, analyst);

    QVERIFY(store->setMentionStatus(mentionId, Status::Rejected, QStringLiteral("omar")));
    const QList<ProjectStore::HistoryEntry> two = store->history(document.article.id);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(1).oldValue, QStringLiteral("confirmed"));
    QCOMPARE(two.at(1).newValue, QStringLiteral("rejected"));
    QCOMPARE(two.at(1).annotator, QStringLiteral("omar"));
}

void TestProjectStore::updateMentionWritesOneRowPerChangedField()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("update"));
    QVERIFY(store->addDocument(document));

    Mention corrected = document.mentions.at(2); // al-Ghassaniyah, LOCATION
    corrected.end = 74;
    corrected.canonical = QStringLiteral("Al-Ghassaniyah (Idlib)");
    corrected.provenance.status = Status::Corrected;
    QVERIFY2(store->updateMention(corrected, analyst), qPrintable(store->lastError()));

    const QList<ProjectStore::HistoryEntry> history = store->history(document.article.id);
    QCOMPARE(history.size(), 3);
    QMap<QString, std::pair<QString, QString>> byField;
    for (const ProjectStore::HistoryEntry &entry : history) {
        QCOMPARE(entry.annotationId, corrected.id);
        QCOMPARE(entry.annotator, analyst);
        byField.insert(entry.field, {entry.oldValue, entry.newValue});
    }
    QCOMPARE(byField.value(QStringLiteral("end")),
             std::make_pair(QStringLiteral("75"), QStringLiteral("74")));
    QCOMPARE(byField.value(QStringLiteral("canonical")),
             std::make_pair(QStringLiteral("al-Ghassaniyah"),
                            QStringLiteral("Al-Ghassaniyah (Idlib)")));
    QCOMPARE(byField.value(QStringLiteral("status")),
             std::make_pair(QStringLiteral("manual"), QStringLiteral("corrected")));

    const std::optional<Document> loaded = store->loadDocument(document.article.id);
    QVERIFY(loaded);
    const Mention &stored = loaded->mentions.at(2);
    QCOMPARE(stored.end, 74);
    QCOMPARE(stored.canonical, QStringLiteral("Al-Ghassaniyah (Idlib)"));
    QCOMPARE(toString(stored.provenance.status), toString(Status::Corrected));
    QCOMPARE(stored.provenance.annotator, analyst);
    QCOMPARE(stored.text, corrected.text);

    // Saving it again unchanged records nothing.
    QVERIFY(store->updateMention(corrected, analyst));
    QCOMPARE(store->history(document.article.id).size(), 3);
}

void TestProjectStore::addAndDeleteMentionWriteHistory()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("add-delete"));
    QVERIFY(store->addDocument(document));

    Mention added;
    added.start = 27;
    added.end = 41;
    added.text = QStringLiteral("Faylaq al-Sham");
    added.type = EntityType::ArmedGroup;
    added.canonical = QStringLiteral("Faylaq al-Sham");
    added.provenance.status = Status::Manual;
    added.provenance.origin = QStringLiteral("manual");
    QVERIFY2(store->addMention(document.article.id, added, analyst), qPrintable(store->lastError()));
    QVERIFY(added.id > 0);
    QCOMPARE(added.provenance.annotator, analyst);
    QVERIFY(added.provenance.created.isValid());

    std::optional<Document> loaded = store->loadDocument(document.article.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->mentions.size(), 4);
    compareMention(loaded->mentions.last(), added);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(store->deleteMention(added.id, QStringLiteral("omar")));
    loaded = store->loadDocument(document.article.id);
    QCOMPARE(loaded->mentions.size(), 3);
    QVERIFY(!mentionTexts(*loaded).contains(QStringLiteral("Faylaq al-Sham")));

    const QList<ProjectStore::HistoryEntry> history = store->history(document.article.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).field, QStringLiteral("created"));
    QCOMPARE(history.at(0).annotationId, added.id);
    QCOMPARE(history.at(0).annotator, analyst);
    QVERIFY(history.at(0).newValue.contains(QLatin1String("Faylaq al-Sham")));
    QCOMPARE(history.at(1).field, QStringLiteral("deleted"));
    QCOMPARE(history.at(1).annotator, QStringLiteral("omar"));
    QVERIFY(history.at(1).oldValue.contains(QLatin1String("Faylaq al-Sham")));
    QVERIFY(history.at(0).at <= history.at(1).at);
}

void TestProjectStore::failedActionLeavesNothingBehind()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("failures"));
    QVERIFY(store->addDocument(document));
    const qint64 missing = 987654;

    QVERIFY(!store->setMentionStatus(missing, Status::Confirmed, analyst));
    QVERIFY(store->lastError().contains(QString::number(missing)));
    Mention ghost;
    ghost.id = missing;
    ghost.text = QStringLiteral("ghost");
    QVERIFY(!store->updateMention(ghost, analyst));
    QVERIFY(!store->deleteMention(missing, analyst));

    // A mention on an article that does not exist breaks the foreign key: neither the mention
    // nor its history row may stay.
    Mention orphan;
    orphan.text = QStringLiteral("orphan");
    QVERIFY(!store->addMention(missing, orphan, analyst));
    QVERIFY(!store->lastError().isEmpty());
    QCOMPARE(orphan.id, 0);

    QVERIFY(store->history(document.article.id).isEmpty());
    QVERIFY(store->history(missing).isEmpty());
    const ProjectStore::Counts counts = store->counts();
    QCOMPARE(counts.byType.value(QStringLiteral("ARMED_GROUP")), 2);
    QCOMPARE(counts.byType.value(QStringLiteral("LOCATION")), 1);
    int total = 0;
    for (int n : counts.byType)
        total += n;
    QCOMPARE(total, 3);

    // The store is still usable after the failures.
    QVERIFY(store->setMentionStatus(document.mentions.first().id, Status::Confirmed, analyst));
    QCOMPARE(store->history(document.article.id).size(), 1);
}

void TestProjectStore::countsAndProgress()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document first = fullDocument(QStringLiteral("first"));
    QVERIFY(store->addDocument(first));
    Document second = fullDocument(QStringLiteral("second"));
    second.article.title = QStringLiteral("Second");
    second.article.sourcePath = QStringLiteral("/data/second.txt");
    QVERIFY(store->addDocument(second));
    QVERIFY(store->setMentionStatus(second.mentions.first().id, Status::Rejected, analyst));

    const QList<ProjectStore::ArticleSummary> summaries = store->articles();
    QCOMPARE(summaries.size(), 2);
    QCOMPARE(summaries.at(0).id, first.article.id);
    QCOMPARE(summaries.at(0).title, first.article.title);
    QCOMPARE(summaries.at(0).mentionCount, 3);
    QCOMPARE(summaries.at(0).reviewedCount, 2); // one proposed, one confirmed, one manual
    QCOMPARE(summaries.at(1).title, QStringLiteral("Second"));
    QCOMPARE(summaries.at(1).sourcePath, QStringLiteral("/data/second.txt"));
    QCOMPARE(summaries.at(1).reviewedCount, 3);

    const ProjectStore::Counts counts = store->counts();
    QCOMPARE(counts.articles, 2);
    QCOMPARE(counts.affiliations, 2);
    QCOMPARE(counts.casualties, 4);
    QCOMPARE(counts.events, 2);
    QCOMPARE(counts.byType.value(QStringLiteral("ARMED_GROUP")), 4);
    QCOMPARE(counts.byType.value(QStringLiteral("LOCATION")), 2);
    // Every kind of annotation counts by status. Per document: mentions proposed, confirmed,
    // manual; affiliation corrected; figures proposed, rejected; event proposed.
    QCOMPARE(counts.byStatus.value(QStringLiteral("proposed")), 1 + 2 + 2);
    QCOMPARE(counts.byStatus.value(QStringLiteral("confirmed")), 2);
    QCOMPARE(counts.byStatus.value(QStringLiteral("manual")), 2);
    QCOMPARE(counts.byStatus.value(QStringLiteral("corrected")), 2);
    QCOMPARE(counts.byStatus.value(QStringLiteral("rejected")), 2 + 1);
}

void TestProjectStore::bulkInsertStoresEveryRow()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("bulk"));
    QVERIFY(store->addDocument(document));

    QList<Mention> mentions;
    for (int i = 0; i < 2000; ++i) {
        Mention mention;
        mention.start = i;
        mention.end = i + 3;
        mention.text = i % 2 ? QStringLiteral("جند") : QStringLiteral("ISIS 🔥");
        mention.type = i % 3 ? EntityType::ArmedGroup : EntityType::Location;
        mention.canonical = QStringLiteral("c%1").arg(i);
        mention.kbId = i % 5 ? QString() : QStringLiteral("kb-%1").arg(i);
        mention.provenance = provenance(i % 2 ? Status::Proposed : Status::Confirmed,
                                        QStringLiteral("kb:bulk"), 0.25 + i % 4 * 0.125, 22);
        mentions.append(mention);
    }
    QVERIFY2(store->bulkInsertMentions(document.article.id, mentions),
             qPrintable(store->lastError()));

    const std::optional<Document> loaded = store->loadDocument(document.article.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->mentions.size(), 3 + 2000);
    const QList<qint64> ids = store->mentionIds(document.article.id);
    QCOMPARE(ids.size(), 3 + 2000);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
    for (int i = 0; i < mentions.size(); ++i) {
        Mention expected = mentions.at(i);
        expected.id = loaded->mentions.at(3 + i).id;
        compareMention(loaded->mentions.at(3 + i), expected);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(store->articles().first().mentionCount, 2003);
}

void TestProjectStore::bulkInsertIntoMissingArticleInsertsNothing()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("bulk-fail"));
    QVERIFY(store->addDocument(document));
    QList<Mention> mentions(50);
    QVERIFY(!store->bulkInsertMentions(document.article.id + 100, mentions));
    QVERIFY(!store->lastError().isEmpty());
    int total = 0;
    for (int n : store->counts().byType)
        total += n;
    QCOMPARE(total, 3);
}

void TestProjectStore::twoStoresOnOneFileSeeEachOther()
{
    auto first = openStore(projectPath());
    auto second = openStore(projectPath(), ProjectStore::OpenMode::ExistingOnly);
    QVERIFY(first);
    QVERIFY(second);
    QVERIFY(second->articles().isEmpty());

    Document document = fullDocument(QStringLiteral("shared"));
    QVERIFY(first->addDocument(document));
    QCOMPARE(second->findArticleByUid(QStringLiteral("shared")), document.article.id);
    std::optional<Document> seen = second->loadDocument(document.article.id);
    QVERIFY(seen);
    compareDocuments(*seen, document);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(first->setMentionStatus(document.mentions.first().id, Status::Confirmed, analyst));
    seen = second->loadDocument(document.article.id);
    QCOMPARE(toString(seen->mentions.first().provenance.status), toString(Status::Confirmed));

    // And the other way round.
    QVERIFY(second->setMentionStatus(document.mentions.first().id, Status::Rejected,
                                     QStringLiteral("omar")));
    seen = first->loadDocument(document.article.id);
    QCOMPARE(toString(seen->mentions.first().provenance.status), toString(Status::Rejected));
    QCOMPARE(first->history(document.article.id).size(), 2);
}

// The helper writes one action after another; between its lines this process opens and reads
// the same project. Every read must succeed and see at least what was reported saved.
void TestProjectStore::secondProcessWritesWhileWeRead()
{
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(CWB_STORE_HELPER_PATH), {projectPath()});
    QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
    HelperOutput output(helper);
    int saved = output.nextSaved();
    QVERIFY(saved >= 1);
    const qint64 articleId = output.articleId();
    QVERIFY(articleId > 0);

    auto reader = openStore(projectPath(), ProjectStore::OpenMode::ExistingOnly);
    QVERIFY(reader);
    for (int round = 0; round < 20; ++round) {
        const int next = output.nextSaved();
        QVERIFY2(next > saved, "the helper stopped writing");
        saved = next;
        // A store opened afresh while the other process writes ...
        auto fresh = openStore(projectPath(), ProjectStore::OpenMode::ExistingOnly);
        QVERIFY(fresh);
        const std::optional<Document> a = fresh->loadDocument(articleId);
        QVERIFY2(a, qPrintable(fresh->lastError()));
        QVERIFY(a->mentions.size() >= saved);
        // ... and one that stays open.
        const std::optional<Document> b = reader->loadDocument(articleId);
        QVERIFY2(b, qPrintable(reader->lastError()));
        QVERIFY(b->mentions.size() >= saved);
        QVERIFY(mentionTexts(*b).contains(QStringLiteral("action %1").arg(saved)));
        QVERIFY(reader->counts().articles == 1);
    }
    helper.kill();
    helper.waitForFinished();
}

void TestProjectStore::killedWriterLosesNothingItReportedSaved()
{
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(CWB_STORE_HELPER_PATH), {projectPath()});
    QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
    HelperOutput output(helper);
    int saved = 0;
    while (saved < 25) {
        const int next = output.nextSaved();
        QVERIFY2(next > saved, "the helper stopped before it was killed");
        saved = next;
    }
    helper.kill(); // SIGKILL: no destructors, no checkpoint, possibly mid-transaction
    QVERIFY(helper.waitForFinished());
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    // Lines written before the kill may still be in the pipe: they count as reported too.
    for (const QByteArray &line : helper.readAllStandardOutput().split('\n')) {
        if (line.startsWith("saved "))
            saved = qMax(saved, line.mid(6).toInt());
    }
    const qint64 articleId = output.articleId();
    QVERIFY(articleId > 0);

    auto store = openStore(projectPath(), ProjectStore::OpenMode::ExistingOnly);
    QVERIFY(store);
    const std::optional<Document> document = store->loadDocument(articleId);
    QVERIFY(document);
    const QStringList texts = mentionTexts(*document);
    for (int n = 1; n <= saved; ++n)
        QVERIFY2(texts.contains(QStringLiteral("action %1").arg(n)),
                 qPrintable(QStringLiteral("action %1 was reported saved but is missing").arg(n)));
    // At most the one action in flight at the kill got further than its report.
    QVERIFY(texts.size() <= saved + 1);
    QCOMPARE(store->history(articleId).size(), texts.size());

    // The file itself is sound, and the project takes new work.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("integrity"));
        db.setDatabaseName(projectPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    QVERIFY(store->setMentionStatus(document->mentions.first().id, Status::Confirmed, analyst));
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "test_projectstore.moc"
