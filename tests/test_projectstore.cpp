#include "core/store/projectstore.h"

#include <QJsonDocument>
#include <QJsonObject>
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

void compareAnnotation(const Mention &actual, const Mention &expected)
{
    compareMention(actual, expected);
}

void compareAnnotation(const Affiliation &x, const Affiliation &y)
{
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

void compareAnnotation(const CasualtyFigure &x, const CasualtyFigure &y)
{
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

void compareAnnotation(const Event &x, const Event &y)
{
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
        compareAnnotation(actual.affiliations.at(i), expected.affiliations.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(actual.casualties.size(), expected.casualties.size());
    for (int i = 0; i < expected.casualties.size(); ++i) {
        compareAnnotation(actual.casualties.at(i), expected.casualties.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(actual.events.size(), expected.events.size());
    for (int i = 0; i < expected.events.size(); ++i) {
        compareAnnotation(actual.events.at(i), expected.events.at(i));
        if (QTest::currentTestFailed())
            return;
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

// One expected history row of an update: field, old value, new value.
struct Change
{
    QString field;
    QString oldValue;
    QString newValue;
};

// The analyst actions of one annotation kind, so that one test body checks every kind. fresh()
// is a new annotation for the article of fullDocument(); change() edits two or three fields
// of it and returns the history rows that edit must write.
template<typename T>
struct Actions;

template<>
struct Actions<Mention>
{
    static QString kind() { return QStringLiteral("mention"); }
    static const QList<Mention> &list(const Document &document) { return document.mentions; }
    static bool add(ProjectStore &s, qint64 article, Mention &x, const QString &who)
    {
        return s.addMention(article, x, who);
    }
    static bool update(ProjectStore &s, const Mention &x, const QString &who)
    {
        return s.updateMention(x, who);
    }
    static bool setStatus(ProjectStore &s, qint64 id, Status status, const QString &who)
    {
        return s.setMentionStatus(id, status, who);
    }
    static bool remove(ProjectStore &s, qint64 id, const QString &who)
    {
        return s.deleteMention(id, who);
    }
    static bool restore(ProjectStore &s, const Mention &x, qint64 article, const QString &who)
    {
        return s.restoreMention(x, article, who);
    }
    static Mention fresh(const Document &)
    {
        Mention mention;
        mention.start = 27;
        mention.end = 41;
        mention.text = QStringLiteral("Faylaq al-Sham");
        mention.canonical = QStringLiteral("Faylaq al-Sham");
        mention.provenance.status = Status::Manual;
        mention.provenance.origin = QStringLiteral("manual");
        return mention;
    }
    static QList<Change> change(Mention &mention)
    {
        mention.type = EntityType::StateForce;
        mention.kbId = QStringLiteral("faylaq-al-sham");
        return {{QStringLiteral("type"), QStringLiteral("ARMED_GROUP"), QStringLiteral("STATE_FORCE")},
                {QStringLiteral("kb_id"), QString(), QStringLiteral("faylaq-al-sham")}};
    }
};

template<>
struct Actions<Affiliation>
{
    static QString kind() { return QStringLiteral("affiliation"); }
    static const QList<Affiliation> &list(const Document &document)
    {
        return document.affiliations;
    }
    static bool add(ProjectStore &s, qint64 article, Affiliation &x, const QString &who)
    {
        return s.addAffiliation(article, x, who);
    }
    static bool update(ProjectStore &s, const Affiliation &x, const QString &who)
    {
        return s.updateAffiliation(x, who);
    }
    static bool setStatus(ProjectStore &s, qint64 id, Status status, const QString &who)
    {
        return s.setAffiliationStatus(id, status, who);
    }
    static bool remove(ProjectStore &s, qint64 id, const QString &who)
    {
        return s.deleteAffiliation(id, who);
    }
    static bool restore(ProjectStore &s, const Affiliation &x, qint64 article, const QString &who)
    {
        return s.restoreAffiliation(x, article, who);
    }
    static Affiliation fresh(const Document &)
    {
        Affiliation affiliation;
        affiliation.actor = QStringLiteral("Faylaq al-Sham");
        affiliation.relation = Relation::PartOf;
        affiliation.relationTarget = QStringLiteral("FSA");
        affiliation.stance = Stance::Asserted;
        affiliation.start = 27;
        affiliation.end = 41;
        affiliation.provenance.status = Status::Manual;
        affiliation.provenance.origin = QStringLiteral("manual");
        return affiliation;
    }
    static QList<Change> change(Affiliation &affiliation)
    {
        affiliation.relation = Relation::BackedBy;
        affiliation.relationTarget = QStringLiteral("Turkey");
        affiliation.former = true;
        return {{QStringLiteral("relation"), QStringLiteral("part_of"), QStringLiteral("backed_by")},
                {QStringLiteral("target"), QStringLiteral("FSA"), QStringLiteral("Turkey")},
                {QStringLiteral("former"), QStringLiteral("false"), QStringLiteral("true")}};
    }
};

template<>
struct Actions<CasualtyFigure>
{
    static QString kind() { return QStringLiteral("casualty"); }
    static const QList<CasualtyFigure> &list(const Document &document)
    {
        return document.casualties;
    }
    static bool add(ProjectStore &s, qint64 article, CasualtyFigure &x, const QString &who)
    {
        return s.addCasualty(article, x, who);
    }
    static bool update(ProjectStore &s, const CasualtyFigure &x, const QString &who)
    {
        return s.updateCasualty(x, who);
    }
    static bool setStatus(ProjectStore &s, qint64 id, Status status, const QString &who)
    {
        return s.setCasualtyStatus(id, status, who);
    }
    static bool remove(ProjectStore &s, qint64 id, const QString &who)
    {
        return s.deleteCasualty(id, who);
    }
    static bool restore(ProjectStore &s, const CasualtyFigure &x, qint64 article,
                        const QString &who)
    {
        return s.restoreCasualty(x, article, who);
    }
    static CasualtyFigure fresh(const Document &)
    {
        CasualtyFigure figure;
        figure.start = 0;
        figure.end = 20;
        figure.text = QStringLiteral("lost one of its fighters");
        figure.kind = CasualtyKind::Killed;
        figure.victim = QStringLiteral("Jund al-Aqsa");
        figure.low = 1;
        figure.best = 1;
        figure.high = 1;
        figure.provenance.status = Status::Manual;
        figure.provenance.origin = QStringLiteral("manual");
        return figure;
    }
    static QList<Change> change(CasualtyFigure &figure)
    {
        figure.high.reset();
        figure.precision = Precision::AtLeast;
        figure.hedged = true;
        return {{QStringLiteral("high"), QStringLiteral("1"), QString()},
                {QStringLiteral("precision"), QStringLiteral("exact"), QStringLiteral("at_least")},
                {QStringLiteral("hedged"), QStringLiteral("false"), QStringLiteral("true")}};
    }
};

template<>
struct Actions<Event>
{
    static QString kind() { return QStringLiteral("event"); }
    static const QList<Event> &list(const Document &document) { return document.events; }
    static bool add(ProjectStore &s, qint64 article, Event &x, const QString &who)
    {
        return s.addEvent(article, x, who);
    }
    static bool update(ProjectStore &s, const Event &x, const QString &who)
    {
        return s.updateEvent(x, who);
    }
    static bool setStatus(ProjectStore &s, qint64 id, Status status, const QString &who)
    {
        return s.setEventStatus(id, status, who);
    }
    static bool remove(ProjectStore &s, qint64 id, const QString &who)
    {
        return s.deleteEvent(id, who);
    }
    static bool restore(ProjectStore &s, const Event &x, qint64 article, const QString &who)
    {
        return s.restoreEvent(x, article, who);
    }
    // Links the first figure of the stored document.
    static Event fresh(const Document &document)
    {
        Event event;
        event.eventType = QStringLiteral("Violence against civilians");
        event.actor1 = QStringLiteral("Jund al-Aqsa");
        event.location = QStringLiteral("Idlib");
        event.geoPrecision = 3;
        event.date = QDate(2024, 3, 21);
        event.timePrecision = 1;
        event.fatalities = 4;
        event.sources = {QStringLiteral("Enab Baladi")};
        event.casualtyIds = {document.casualties.at(0).id};
        event.provenance.status = Status::Manual;
        event.provenance.origin = QStringLiteral("manual");
        return event;
    }
    static QList<Change> change(Event &event)
    {
        const qint64 first = event.casualtyIds.at(0);
        const qint64 second = first + 1; // the second figure of fullDocument()
        event.casualtyIds = {second, first};
        event.fatalities = 5;
        event.sources << QStringLiteral("SOHR");
        return {{QStringLiteral("fatalities"), QStringLiteral("4"), QStringLiteral("5")},
                {QStringLiteral("sources"), QStringLiteral("[\"Enab Baladi\"]"),
                 QStringLiteral("[\"Enab Baladi\",\"SOHR\"]")},
                {QStringLiteral("casualty_ids"), QStringLiteral("[%1]").arg(first),
                 QStringLiteral("[%1,%2]").arg(second).arg(first)}};
    }
};

template<typename T>
std::optional<T> findById(const Document &document, qint64 id)
{
    for (const T &annotation : Actions<T>::list(document)) {
        if (annotation.id == id)
            return annotation;
    }
    return std::nullopt;
}

// What a second store on the same file reads: proof that the action was committed.
template<typename T>
std::optional<T> committed(const QString &path, qint64 articleId, qint64 id)
{
    QString error;
    auto other = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    if (!other)
        return std::nullopt;
    const std::optional<Document> document = other->loadDocument(articleId);
    if (!document)
        return std::nullopt;
    return findById<T>(*document, id);
}

// add, update, set status, delete and restore of one kind, each checked in the file (through a
// second store) and in history.
template<typename T>
void checkLifecycle(const QString &path)
{
    using A = Actions<T>;
    auto store = openStore(path);
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("lifecycle"));
    QVERIFY(store->addDocument(document));
    const qint64 articleId = document.article.id;
    auto historySize = [&] { return store->history(articleId).size(); };

    // add: the store allocates the id and writes a "created" row with a snapshot.
    T added = A::fresh(document);
    QVERIFY2(A::add(*store, articleId, added, analyst), qPrintable(store->lastError()));
    QVERIFY(added.id > 0);
    QVERIFY(!findById<T>(document, added.id)); // a new id, not one of the document's
    QCOMPARE(added.provenance.annotator, analyst);
    QVERIFY(added.provenance.created.isValid());
    std::optional<T> seen = committed<T>(path, articleId, added.id);
    QVERIFY(seen);
    compareAnnotation(*seen, added);
    if (QTest::currentTestFailed())
        return;
    QList<ProjectStore::HistoryEntry> history = store->history(articleId);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.last().annotationKind, A::kind());
    QCOMPARE(history.last().annotationId, added.id);
    QCOMPARE(history.last().field, QStringLiteral("created"));
    QCOMPARE(history.last().annotator, analyst);
    QVERIFY(history.last().oldValue.isEmpty());
    const QJsonObject created = QJsonDocument::fromJson(history.last().newValue.toUtf8()).object();
    QCOMPARE(created.value(QStringLiteral("id")).toInteger(), added.id);
    QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("manual"));

    // update: one row per changed field, old and new value.
    T changed = added;
    const QList<Change> changes = A::change(changed);
    QVERIFY2(A::update(*store, changed, QStringLiteral("omar")), qPrintable(store->lastError()));
    history = store->history(articleId);
    QCOMPARE(history.size(), 1 + changes.size());
    for (int i = 0; i < changes.size(); ++i) {
        const ProjectStore::HistoryEntry &row = history.at(1 + i);
        QCOMPARE(row.annotationKind, A::kind());
        QCOMPARE(row.annotationId, added.id);
        QCOMPARE(row.annotator, QStringLiteral("omar"));
        QCOMPARE(row.field, changes.at(i).field);
        QCOMPARE(row.oldValue, changes.at(i).oldValue);
        QCOMPARE(row.newValue, changes.at(i).newValue);
    }
    seen = committed<T>(path, articleId, added.id);
    QVERIFY(seen);
    QCOMPARE(seen->provenance.annotator, QStringLiteral("omar"));
    QCOMPARE(seen->provenance.created, added.provenance.created);
    QVERIFY(seen->provenance.updated >= added.provenance.updated);
    changed.provenance = seen->provenance;
    compareAnnotation(*seen, changed);
    if (QTest::currentTestFailed())
        return;
    // Saving it again unchanged records nothing.
    QVERIFY(A::update(*store, *seen, analyst));
    QCOMPARE(historySize(), 1 + changes.size());

    // status
    QVERIFY2(A::setStatus(*store, added.id, Status::Confirmed, analyst),
             qPrintable(store->lastError()));
    history = store->history(articleId);
    QCOMPARE(history.size(), 2 + changes.size());
    QCOMPARE(history.last().field, QStringLiteral("status"));
    QCOMPARE(history.last().oldValue, QStringLiteral("manual"));
    QCOMPARE(history.last().newValue, QStringLiteral("confirmed"));
    QCOMPARE(history.last().annotationKind, A::kind());
    QVERIFY(A::setStatus(*store, added.id, Status::Confirmed, analyst)); // unchanged: no row
    QCOMPARE(historySize(), 2 + changes.size());
    const std::optional<T> beforeDelete = committed<T>(path, articleId, added.id);
    QVERIFY(beforeDelete);
    QCOMPARE(toString(beforeDelete->provenance.status), QStringLiteral("confirmed"));

    // delete: gone from the file, the snapshot keeps id, values and provenance.
    QVERIFY2(A::remove(*store, added.id, QStringLiteral("omar")), qPrintable(store->lastError()));
    QVERIFY(!committed<T>(path, articleId, added.id));
    history = store->history(articleId);
    QCOMPARE(history.last().field, QStringLiteral("deleted"));
    QCOMPARE(history.last().annotationKind, A::kind());
    QCOMPARE(history.last().annotator, QStringLiteral("omar"));
    QVERIFY(history.last().newValue.isEmpty());
    const QJsonObject deleted = QJsonDocument::fromJson(history.last().oldValue.toUtf8()).object();
    QCOMPARE(deleted.value(QStringLiteral("id")).toInteger(), added.id);
    QCOMPARE(deleted.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(deleted.value(QStringLiteral("annotator")).toString(), analyst);
    QCOMPARE(deleted.value(QStringLiteral("created")).toString(),
             beforeDelete->provenance.created.toString(Qt::ISODateWithMs));
    const int afterDelete = historySize();

    // restore: the same id and every value back, provenance included.
    QVERIFY2(A::restore(*store, *beforeDelete, articleId, QStringLiteral("lina")),
             qPrintable(store->lastError()));
    seen = committed<T>(path, articleId, added.id);
    QVERIFY(seen);
    compareAnnotation(*seen, *beforeDelete);
    if (QTest::currentTestFailed())
        return;
    history = store->history(articleId);
    QCOMPARE(history.size(), afterDelete + 1);
    QCOMPARE(history.last().field, QStringLiteral("restored"));
    QCOMPARE(history.last().annotator, QStringLiteral("lina"));
    QCOMPARE(history.last().annotationId, added.id);

    // Restoring it twice fails: the id is in use, and nothing is written.
    QVERIFY(!A::restore(*store, *beforeDelete, articleId, QStringLiteral("lina")));
    QVERIFY2(store->lastError().contains(QString::number(added.id)), qPrintable(store->lastError()));
    QCOMPARE(historySize(), afterDelete + 1);
}

// Unknown ids fail with the id in lastError() and write nothing.
template<typename T>
void checkUnknownIdsFail(ProjectStore &store, qint64 articleId)
{
    using A = Actions<T>;
    const qint64 missing = 987654;
    const int before = store.history(articleId).size();
    T ghost;
    ghost.id = missing;
    QVERIFY(!A::update(store, ghost, analyst));
    QVERIFY2(store.lastError().contains(QString::number(missing)), qPrintable(store.lastError()));
    QVERIFY(!A::setStatus(store, missing, Status::Rejected, analyst));
    QVERIFY2(store.lastError().contains(QString::number(missing)), qPrintable(store.lastError()));
    QVERIFY(!A::remove(store, missing, analyst));
    QVERIFY2(store.lastError().contains(QString::number(missing)), qPrintable(store.lastError()));
    // Adding or restoring into an article that does not exist.
    T orphan;
    QVERIFY(!A::add(store, missing, orphan, analyst));
    QVERIFY2(store.lastError().contains(QString::number(missing)), qPrintable(store.lastError()));
    QCOMPARE(orphan.id, 0);
    QVERIFY(!A::restore(store, ghost, missing, analyst));
    QVERIFY(!store.lastError().isEmpty());
    // Restoring something that never had an id.
    QVERIFY(!A::restore(store, T(), articleId, analyst));
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(store.history(articleId).size(), before);
    QVERIFY(store.history(missing).isEmpty());
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
    void mentionLifecycle();
    void affiliationLifecycle();
    void casualtyLifecycle();
    void eventLifecycle();
    void unknownIdsFailWithoutTrace();
    void eventWithFigureOfAnotherArticleFailsWithoutTrace();
    void deletingFigureUnlinksItFromEvents();
    void deletingEventKeepsFiguresAndRestoreRelinks();
    void historyCoversEveryKind();
    void countsAndProgress();
    void bulkInsertStoresEveryRow();
    void bulkInsertIntoMissingArticleInsertsNothing();
    void twoStoresOnOneFileSeeEachOther();
    void secondProcessWritesWhileWeRead();
    void secondStoreInThisProcessKeepsTheFileIntact();
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

void TestProjectStore::mentionLifecycle()
{
    checkLifecycle<Mention>(projectPath());
}

void TestProjectStore::affiliationLifecycle()
{
    checkLifecycle<Affiliation>(projectPath());
}

void TestProjectStore::casualtyLifecycle()
{
    checkLifecycle<CasualtyFigure>(projectPath());
}

void TestProjectStore::eventLifecycle()
{
    checkLifecycle<Event>(projectPath());
}

void TestProjectStore::unknownIdsFailWithoutTrace()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("unknown-ids"));
    QVERIFY(store->addDocument(document));
    checkUnknownIdsFail<Mention>(*store, document.article.id);
    checkUnknownIdsFail<Affiliation>(*store, document.article.id);
    checkUnknownIdsFail<CasualtyFigure>(*store, document.article.id);
    checkUnknownIdsFail<Event>(*store, document.article.id);

    // The file holds the document as it was stored, and nothing else.
    auto other = openStore(projectPath(), ProjectStore::OpenMode::ExistingOnly);
    QVERIFY(other);
    const std::optional<Document> loaded = other->loadDocument(document.article.id);
    QVERIFY(loaded);
    compareDocuments(*loaded, document);
    QVERIFY(other->history(document.article.id).isEmpty());
    const ProjectStore::Counts counts = other->counts();
    QCOMPARE(counts.affiliations, 1);
    QCOMPARE(counts.casualties, 2);
    QCOMPARE(counts.events, 1);
}

void TestProjectStore::eventWithFigureOfAnotherArticleFailsWithoutTrace()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document first = fullDocument(QStringLiteral("first"));
    Document second = fullDocument(QStringLiteral("second"));
    QVERIFY(store->addDocument(first));
    QVERIFY(store->addDocument(second));

    Event event = Actions<Event>::fresh(first);
    event.casualtyIds = {first.casualties.at(0).id, second.casualties.at(0).id};
    QVERIFY(!store->addEvent(first.article.id, event, analyst));
    QVERIFY2(store->lastError().contains(QString::number(second.casualties.at(0).id)),
             qPrintable(store->lastError()));
    QCOMPARE(event.id, 0);

    // The same for an update of an existing event: its links stay as they were.
    Event existing = first.events.first();
    const QList<qint64> links = existing.casualtyIds;
    existing.casualtyIds.append(second.casualties.at(1).id);
    existing.notes = QStringLiteral("changed");
    QVERIFY(!store->updateEvent(existing, analyst));

    QCOMPARE(store->counts().events, 2);
    QVERIFY(store->history(first.article.id).isEmpty());
    const std::optional<Event> seen =
        committed<Event>(projectPath(), first.article.id, existing.id);
    QVERIFY(seen);
    QCOMPARE(seen->casualtyIds, links);
    QCOMPARE(seen->notes, first.events.first().notes);
}

void TestProjectStore::deletingFigureUnlinksItFromEvents()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("unlink"));
    QVERIFY(store->addDocument(document));
    const Event event = document.events.first(); // lists figures {second, first}
    const CasualtyFigure four = document.casualties.at(0);
    const CasualtyFigure hundreds = document.casualties.at(1);
    QCOMPARE(event.casualtyIds, (QList<qint64>{hundreds.id, four.id}));

    QVERIFY2(store->deleteCasualty(four.id, analyst), qPrintable(store->lastError()));
    std::optional<Event> seen = committed<Event>(projectPath(), document.article.id, event.id);
    QVERIFY(seen);
    QCOMPARE(seen->casualtyIds, QList<qint64>{hundreds.id});

    // The event's change and the deletion are both in history, in one go.
    const QList<ProjectStore::HistoryEntry> history = store->history(document.article.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).annotationKind, QStringLiteral("event"));
    QCOMPARE(history.at(0).annotationId, event.id);
    QCOMPARE(history.at(0).field, QStringLiteral("casualty_ids"));
    QCOMPARE(history.at(0).oldValue, QStringLiteral("[%1,%2]").arg(hundreds.id).arg(four.id));
    QCOMPARE(history.at(0).newValue, QStringLiteral("[%1]").arg(hundreds.id));
    QCOMPARE(history.at(1).annotationKind, QStringLiteral("casualty"));
    QCOMPARE(history.at(1).field, QStringLiteral("deleted"));
    QCOMPARE(history.at(0).at, history.at(1).at);

    // Undo: the figure back, then the event as it was.
    QVERIFY2(store->restoreCasualty(four, document.article.id, analyst),
             qPrintable(store->lastError()));
    QVERIFY2(store->updateEvent(event, analyst), qPrintable(store->lastError()));
    const std::optional<Document> loaded = store->loadDocument(document.article.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->events.first().casualtyIds, event.casualtyIds);
    compareAnnotation(loaded->casualties.at(0), four);
}

void TestProjectStore::deletingEventKeepsFiguresAndRestoreRelinks()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("event-delete"));
    QVERIFY(store->addDocument(document));
    const Event event = document.events.first();

    QVERIFY2(store->deleteEvent(event.id, analyst), qPrintable(store->lastError()));
    std::optional<Document> loaded = store->loadDocument(document.article.id);
    QVERIFY(loaded);
    QVERIFY(loaded->events.isEmpty());
    QCOMPARE(loaded->casualties.size(), 2);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("links"));
        db.setDatabaseName(projectPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM event_casualties")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("links"));

    QVERIFY2(store->restoreEvent(event, document.article.id, analyst),
             qPrintable(store->lastError()));
    loaded = store->loadDocument(document.article.id);
    QVERIFY(loaded);
    compareDocuments(*loaded, document);
}

void TestProjectStore::historyCoversEveryKind()
{
    auto store = openStore(projectPath());
    QVERIFY(store);
    Document document = fullDocument(QStringLiteral("every-kind"));
    QVERIFY(store->addDocument(document));
    QVERIFY(store->setMentionStatus(document.mentions.first().id, Status::Confirmed, analyst));
    QVERIFY(store->setAffiliationStatus(document.affiliations.first().id, Status::Rejected,
                                        analyst));
    QVERIFY(store->setCasualtyStatus(document.casualties.first().id, Status::Confirmed, analyst));
    QVERIFY(store->setEventStatus(document.events.first().id, Status::Confirmed, analyst));

    auto other = openStore(projectPath(), ProjectStore::OpenMode::ExistingOnly);
    QVERIFY(other);
    QStringList kinds;
    for (const ProjectStore::HistoryEntry &entry : other->history(document.article.id))
        kinds << entry.annotationKind;
    QCOMPARE(kinds, (QStringList{QStringLiteral("mention"), QStringLiteral("affiliation"),
                                 QStringLiteral("casualty"), QStringLiteral("event")}));
    const ProjectStore::Counts counts = other->counts();
    QCOMPARE(counts.byStatus.value(QStringLiteral("rejected")), 2); // affiliation + one figure
    QVERIFY(other->knowledgeBaseHistory().isEmpty());
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

// Two stores of one process on one file (two windows, or a window and its import thread),
// while another process writes and closes. Opening the second store must not drop the first
// one's file locks (POSIX locks die with any close() of the file in the process): without
// them the other process, closing as if it were the last, checkpoints and removes the WAL
// under the first store, and the first store's next write corrupts the file.
void TestProjectStore::secondStoreInThisProcessKeepsTheFileIntact()
{
    auto first = openStore(projectPath());
    QVERIFY(first);
    Document document = fullDocument(QStringLiteral("locks"));
    QVERIFY(first->addDocument(document));
    {
        auto second = openStore(projectPath(), ProjectStore::OpenMode::ExistingOnly);
        QVERIFY(second);
        QVERIFY(second->loadDocument(document.article.id));
    }
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(CWB_STORE_HELPER_PATH), {projectPath(), QStringLiteral("3")});
    QVERIFY(helper.waitForFinished(60000));
    QCOMPARE(helper.exitCode(), 0);
    for (int i = 0; i < 20; ++i) {
        Mention mention;
        mention.start = 0;
        mention.end = 4;
        mention.text = document.article.text.left(4);
        mention.type = EntityType::Location;
        mention.provenance.status = Status::Manual;
        QVERIFY2(first->addMention(document.article.id, mention, analyst),
                 qPrintable(first->lastError()));
    }
    QCOMPARE(first->counts().articles, 2);
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("integrity"));
        check.setDatabaseName(projectPath());
        QVERIFY(check.open());
        QSqlQuery query(check);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
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
