#include "core/quality/trainingreport.h"
#include "core/review/review.h"
#include "core/review/reviewsession.h"
#include "core/store/projectstore.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// Annotators, their independent sets, blindness, gold marks and scores over time, through the
// store and a review session, on a project file read back by a second connection where it
// matters that the change is on disk.
class TestTraining : public QObject
{
    Q_OBJECT

    // "Jaysh al-Izza fought Faylaq al-Sham near Saraqib on Monday."
    //  0            13      21            35     41     48
    static QString text()
    {
        return QStringLiteral("Jaysh al-Izza fought Faylaq al-Sham near Saraqib on Monday.");
    }

    static Mention mention(int start, int end, EntityType type)
    {
        Mention m;
        m.start = start;
        m.end = end;
        m.text = text().mid(start, end - start);
        m.canonical = m.text;
        m.type = type;
        m.provenance.status = Status::Manual;
        m.provenance.origin = QStringLiteral("manual");
        return m;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_articleId = 0;

    QString path() const { return m_dir->filePath(QStringLiteral("training.cwb")); }

    // A second connection: only what was committed.
    std::unique_ptr<ProjectStore> reopen() const
    {
        QString error;
        auto store = ProjectStore::open(path(), ProjectStore::OpenMode::ExistingOnly, &error);
        if (!store)
            qWarning() << error;
        return store;
    }

    static QStringList spans(const QList<Mention> &mentions)
    {
        QStringList result;
        for (const Mention &m : mentions)
            result << QStringLiteral("%1-%2 %3").arg(m.start).arg(m.end).arg(toString(m.type));
        return result;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_store = ProjectStore::open(path(), ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_store, qPrintable(error));
        Document document;
        document.article.uid = QStringLiteral("saraqib");
        document.article.title = QStringLiteral("Clashes near Saraqib");
        document.article.text = text();
        Mention proposal = mention(0, 13, EntityType::ArmedGroup);
        proposal.provenance.status = Status::Proposed;
        proposal.provenance.origin = QStringLiteral("kb:jaysh-al-izza");
        document.mentions << proposal;
        QVERIFY2(m_store->addDocument(document), qPrintable(m_store->lastError()));
        m_articleId = document.article.id;
        QVERIFY(m_store->addAnnotator(QStringLiteral("tara"), ProjectStore::AnnotatorRole::Trainee,
                                      QStringLiteral("test")));
        QVERIFY(m_store->addAnnotator(QStringLiteral("ali"), ProjectStore::AnnotatorRole::Analyst,
                                      QStringLiteral("test")));
        QVERIFY(m_store->addAnnotator(QStringLiteral("ada"),
                                      ProjectStore::AnnotatorRole::Adjudicator,
                                      QStringLiteral("test")));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void annotatorsAreListedWithTheirRoles()
    {
        auto store = reopen();
        QVERIFY(store);
        const QList<ProjectStore::Annotator> annotators = store->annotators();
        QCOMPARE(annotators.size(), 3);
        QCOMPARE(annotators.at(0).name, QStringLiteral("ada"));
        QCOMPARE(ProjectStore::roleName(annotators.at(0).role), QStringLiteral("adjudicator"));
        QCOMPARE(annotators.at(2).name, QStringLiteral("tara"));
        QCOMPARE(ProjectStore::roleName(annotators.at(2).role), QStringLiteral("trainee"));
        QCOMPARE(annotators.at(2).addedBy, QStringLiteral("test"));
        QVERIFY(annotators.at(2).addedAt.isValid());

        QVERIFY(!m_store->addAnnotator(QStringLiteral("tara"), ProjectStore::AnnotatorRole::Analyst,
                                       QStringLiteral("test")));
        QVERIFY(m_store->lastError().contains(QStringLiteral("tara")));
        QVERIFY(!m_store->addAnnotator(QStringLiteral("#gold"),
                                       ProjectStore::AnnotatorRole::Analyst, QString()));
        QVERIFY(!m_store->addAnnotator(QStringLiteral("  "), ProjectStore::AnnotatorRole::Analyst,
                                       QString()));
        QCOMPARE(m_store->annotators().size(), 3);
        QVERIFY(!ProjectStore::roleFromName(QStringLiteral("boss")));
    }

    // The shared set is what the single-analyst workflow sees; an annotator's set is apart
    // from it, starts empty, and neither shows in the other.
    void setsAreIndependent()
    {
        QVERIFY(!m_store->hasSet(m_articleId, QStringLiteral("tara")));
        Mention early = mention(21, 35, EntityType::ArmedGroup);
        QVERIFY(!m_store->addMention(m_articleId, early, QStringLiteral("tara"),
                                     QStringLiteral("tara")));
        QVERIFY(m_store->lastError().contains(QStringLiteral("not started")));
        QVERIFY(!m_store->startSet(m_articleId, QStringLiteral("nobody"), QStringLiteral("x")));

        QVERIFY2(m_store->startSet(m_articleId, QStringLiteral("tara"), QStringLiteral("tara")),
                 qPrintable(m_store->lastError()));
        QVERIFY(!m_store->startSet(m_articleId, QStringLiteral("tara"), QStringLiteral("tara")));
        QVERIFY(m_store->startSet(m_articleId, QStringLiteral("ali"), QStringLiteral("ali")));
        QCOMPARE(m_store->loadDocument(m_articleId, QStringLiteral("tara"))->mentions.size(), 0);

        Mention taras = mention(21, 35, EntityType::StateForce);
        QVERIFY2(m_store->addMention(m_articleId, taras, QStringLiteral("tara"),
                                     QStringLiteral("tara")),
                 qPrintable(m_store->lastError()));
        Mention alis = mention(41, 48, EntityType::Location);
        QVERIFY(m_store->addMention(m_articleId, alis, QStringLiteral("ali"),
                                    QStringLiteral("ali")));

        auto store = reopen();
        QCOMPARE(spans(store->loadDocument(m_articleId)->mentions),
                 QStringList{QStringLiteral("0-13 ARMED_GROUP")});
        QCOMPARE(spans(store->loadDocument(m_articleId, QStringLiteral("tara"))->mentions),
                 QStringList{QStringLiteral("21-35 STATE_FORCE")});
        QCOMPARE(spans(store->loadDocument(m_articleId, QStringLiteral("ali"))->mentions),
                 QStringList{QStringLiteral("41-48 LOCATION")});
        // The article list counts the shared set only: one mention, still proposed.
        const ProjectStore::ArticleSummary summary = store->articles().first();
        QCOMPARE(summary.mentionCount, 1);
        QCOMPARE(summary.reviewedCount, 0);
        QCOMPARE(store->sets(m_articleId).size(), 2);
        QCOMPARE(store->sets().first().owner, QStringLiteral("ali"));
        // Starting a set is in the article's history.
        bool started = false;
        for (const ProjectStore::HistoryEntry &entry : store->history(m_articleId))
            started |= entry.annotationKind == QLatin1String("annotation_set")
                       && entry.newValue == QLatin1String("tara");
        QVERIFY(started);
    }

    // A trainee's session loads their set and nothing else, and what they add, delete and
    // undo stays in their set.
    void aTraineesSessionIsBlind()
    {
        QVERIFY(m_store->startSet(m_articleId, QStringLiteral("ali"), QStringLiteral("ali")));
        Mention alis = mention(41, 48, EntityType::Location);
        QVERIFY(m_store->addMention(m_articleId, alis, QStringLiteral("ali"),
                                    QStringLiteral("ali")));

        QString error;
        QVERIFY(!ReviewSession::open(*m_store, m_articleId, QStringLiteral("tara"),
                                     QStringLiteral("tara"), &error));
        QVERIFY(error.contains(QStringLiteral("tara")));
        QVERIFY(m_store->startSet(m_articleId, QStringLiteral("tara"), QStringLiteral("tara")));
        auto session = ReviewSession::open(*m_store, m_articleId, QStringLiteral("tara"),
                                           QStringLiteral("tara"), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->owner(), QStringLiteral("tara"));
        QCOMPARE(session->document().mentions.size(), 0); // neither ali's nor the proposal
        QCOMPARE(session->article().text, text());

        QVERIFY2(Review::addMention(*session, 21, 35, EntityType::ArmedGroup, &error),
                 qPrintable(error));
        QVERIFY(Review::addMention(*session, 0, 13, EntityType::ArmedGroup, &error));
        QCOMPARE(session->document().mentions.size(), 2);
        QVERIFY(Review::remove(*session, AnnotationKind::Mention, 0, &error));
        session->undoStack()->undo(); // restores the deleted mention into tara's set

        auto store = reopen();
        QCOMPARE(spans(store->loadDocument(m_articleId, QStringLiteral("tara"))->mentions),
                 (QStringList{QStringLiteral("21-35 ARMED_GROUP"),
                              QStringLiteral("0-13 ARMED_GROUP")}));
        QCOMPARE(spans(store->loadDocument(m_articleId)->mentions),
                 QStringList{QStringLiteral("0-13 ARMED_GROUP")});
        QCOMPARE(store->loadDocument(m_articleId)->mentions.first().provenance.origin,
                 QStringLiteral("kb:jaysh-al-izza"));
        QCOMPARE(spans(store->loadDocument(m_articleId, QStringLiteral("ali"))->mentions),
                 QStringList{QStringLiteral("41-48 LOCATION")});
        QVERIFY(session->reload());
        QCOMPARE(session->document().mentions.size(), 2);

        // Blindness as the UI asks it: the trainee sees no other set until the adjudicator
        // allows it; the analyst and the adjudicator see every set.
        QVERIFY(!m_store->mayRead(m_articleId, QStringLiteral("tara"), QStringLiteral("ali")));
        QVERIFY(!m_store->mayRead(m_articleId, QStringLiteral("tara"), QString()));
        QVERIFY(m_store->mayRead(m_articleId, QStringLiteral("tara"), QStringLiteral("tara")));
        QVERIFY(m_store->mayRead(m_articleId, QStringLiteral("ali"), QStringLiteral("tara")));
        QVERIFY(!m_store->setOthersVisible(m_articleId, true, QStringLiteral("ada"))); // no gold
        QVERIFY(m_store->markGold(m_articleId, QStringLiteral("ali"), QStringLiteral("ada")));
        QVERIFY(!m_store->mayRead(m_articleId, QStringLiteral("tara"), QStringLiteral("ali")));
        QVERIFY(m_store->setOthersVisible(m_articleId, true, QStringLiteral("ada")));
        QVERIFY(m_store->mayRead(m_articleId, QStringLiteral("tara"), QStringLiteral("ali")));
    }

    void goldMarksConfirmOrCurate()
    {
        QVERIFY(!m_store->markGold(m_articleId, QStringLiteral("ali"), QStringLiteral("ada")));
        QVERIFY(m_store->lastError().contains(QStringLiteral("ali")));
        QVERIFY(m_store->startSet(m_articleId, QStringLiteral("ali"), QStringLiteral("ali")));
        QVERIFY(m_store->markGold(m_articleId, QStringLiteral("ali"), QStringLiteral("ada")));
        {
            auto store = reopen();
            const auto mark = store->goldMark(m_articleId);
            QVERIFY(mark);
            QCOMPARE(mark->goldOwner, QStringLiteral("ali"));
            QCOMPARE(mark->adjudicator, QStringLiteral("ada"));
            QVERIFY(!mark->curated);
            QVERIFY(!mark->othersVisible);
            QVERIFY(mark->markedAt.isValid());
        }

        // A curated set: a mention, a figure and an event made of it, merged by the
        // adjudicator; the event's link follows the figure to its new id.
        Document curated;
        curated.mentions << mention(0, 13, EntityType::ArmedGroup);
        CasualtyFigure figure;
        figure.id = 7;
        figure.start = 21;
        figure.end = 35;
        figure.text = text().mid(21, 14);
        figure.kind = CasualtyKind::Killed;
        figure.best = 4;
        curated.casualties << figure;
        Event event;
        event.eventType = QStringLiteral("Battles");
        event.casualtyIds << 7;
        curated.events << event;
        QVERIFY2(m_store->markCuratedGold(m_articleId, curated, QStringLiteral("ada")),
                 qPrintable(m_store->lastError()));
        // Curating again replaces the curated set rather than adding to it.
        Document again = curated;
        again.events.first().casualtyIds = {7};
        again.casualties.first().id = 7;
        QVERIFY2(m_store->markCuratedGold(m_articleId, again, QStringLiteral("ada")),
                 qPrintable(m_store->lastError()));

        auto store = reopen();
        const auto mark = store->goldMark(m_articleId);
        QCOMPARE(mark->goldOwner, ProjectStore::curatedOwner());
        QVERIFY(mark->curated);
        const auto gold = store->loadDocument(m_articleId, ProjectStore::curatedOwner());
        QCOMPARE(gold->mentions.size(), 1);
        QCOMPARE(gold->casualties.size(), 1);
        QCOMPARE(gold->events.size(), 1);
        QCOMPARE(gold->events.first().casualtyIds, QList<qint64>{gold->casualties.first().id});
        QCOMPARE(gold->casualties.first().provenance.annotator, QStringLiteral("ada"));
        QCOMPARE(store->loadDocument(m_articleId)->mentions.size(), 1); // shared set as it was
        QCOMPARE(store->loadDocument(m_articleId)->casualties.size(), 0);

        QStringList goldHistory;
        for (const ProjectStore::HistoryEntry &entry : store->history(m_articleId)) {
            if (entry.annotationKind == QLatin1String("gold"))
                goldHistory << entry.oldValue + QStringLiteral("->") + entry.newValue;
        }
        QCOMPARE(goldHistory, (QStringList{QStringLiteral("->ali"), QStringLiteral("ali->#gold"),
                                           QStringLiteral("#gold->#gold")}));

        QVERIFY(m_store->unmarkGold(m_articleId, QStringLiteral("ada")));
        QVERIFY(!reopen()->goldMark(m_articleId));
        QVERIFY(!m_store->unmarkGold(m_articleId, QStringLiteral("ada")));
    }

    void scoresAreRecordedWhenTheyChange()
    {
        ProjectStore::ScoreRecord first;
        first.annotator = QStringLiteral("tara");
        first.documents = 1;
        first.strictF1 = 0.4;
        first.lenientF1 = 0.8;
        first.figures = QStringLiteral("{\"strict\":0.4}");
        bool written = false;
        QVERIFY(m_store->recordScore(first, &written));
        QVERIFY(written);
        QVERIFY(first.id > 0);
        ProjectStore::ScoreRecord rerun = first;
        QVERIFY(m_store->recordScore(rerun, &written));
        QVERIFY(!written);
        ProjectStore::ScoreRecord better = first;
        better.strictF1 = 0.9;
        better.figures = QStringLiteral("{\"strict\":0.9}");
        QVERIFY(m_store->recordScore(better, &written));
        QVERIFY(written);

        const QList<ProjectStore::ScoreRecord> scores = reopen()->scores(QStringLiteral("tara"));
        QCOMPARE(scores.size(), 2);
        QCOMPARE(scores.at(0).strictF1, 0.4);
        QCOMPARE(scores.at(1).strictF1, 0.9);
        QCOMPARE(scores.at(1).lenientF1, 0.8);
        QVERIFY(scores.at(0).scoredAt <= scores.at(1).scoredAt);
        QVERIFY(reopen()->scores(QStringLiteral("ali")).isEmpty());
    }

    // The report's trainee figures on the article worked out by hand (see test_cli for the
    // same through `cwb score`): gold ARMED_GROUP 0-13 and 21-35, LOCATION 41-48; the trainee
    // ARMED_GROUP 0-13 and 21-27. Strict: TP 1, FP 1, FN 2 -> P 0.5, R 1/3, F1 0.4.
    // Lenient: TP 2, FP 0, FN 1 -> P 1, R 2/3, F1 0.8.
    void traineeFiguresOverGoldArticles()
    {
        QVERIFY(m_store->startSet(m_articleId, QStringLiteral("ali"), QStringLiteral("ali")));
        QVERIFY(m_store->startSet(m_articleId, QStringLiteral("tara"), QStringLiteral("tara")));
        for (Mention m : {mention(0, 13, EntityType::ArmedGroup),
                          mention(21, 35, EntityType::ArmedGroup),
                          mention(41, 48, EntityType::Location)})
            QVERIFY(m_store->addMention(m_articleId, m, QStringLiteral("ali"),
                                        QStringLiteral("ali")));
        for (Mention m : {mention(0, 13, EntityType::ArmedGroup),
                          mention(21, 27, EntityType::ArmedGroup)})
            QVERIFY(m_store->addMention(m_articleId, m, QStringLiteral("tara"),
                                        QStringLiteral("tara")));

        // Not gold yet: nothing to score.
        QCOMPARE(TrainingReport::trainee(*m_store, QStringLiteral("tara")).total.documents(), 0);
        QVERIFY(m_store->markGold(m_articleId, QStringLiteral("ali"), QStringLiteral("ada")));
        const auto figures = TrainingReport::trainee(*m_store, QStringLiteral("tara"));
        QCOMPARE(figures.total.documents(), 1);
        QCOMPARE(figures.documents.size(), 1);
        QCOMPARE(figures.documents.first().goldOwner, QStringLiteral("ali"));
        QCOMPARE(figures.total.strictTotal().precision(), 0.5);
        QCOMPARE(figures.total.strictTotal().f1(), 0.4);
        QCOMPARE(figures.total.lenientTotal().f1(), 0.8);
        QCOMPARE(figures.total.strictByType().value(QStringLiteral("LOCATION")).falseNegatives, 1);
        // The gold owner is not scored against itself.
        QCOMPARE(TrainingReport::trainee(*m_store, QStringLiteral("ali")).total.documents(), 0);

        const ProjectStore::ScoreRecord record = TrainingReport::scoreRecord(figures);
        QCOMPARE(record.strictF1, 0.4);
        QVERIFY(record.figures.contains(QStringLiteral("\"strict_by_type\"")));
        QVERIFY(!record.figures.contains(QStringLiteral("\"disagreements\":[")));
    }

    // Interval alpha on casualty figures, by hand: units (10, 12) and (5, 5); n = 4 values.
    // Do = (2 * 2^2) / 4 = 2; De = sum of squared differences over ordered value pairs
    // (2 * 152 = 304) / (4 * 3) = 25.333; alpha = 1 - 2 / 25.333 = 1 - 24/304 = 0.9210526.
    void casualtyAlphaByHand()
    {
        auto figure = [](int start, int end, qint64 best) {
            CasualtyFigure f;
            f.start = start;
            f.end = end;
            f.best = best;
            return f;
        };
        Document a;
        a.casualties << figure(0, 10, 10) << figure(20, 30, 5);
        Document b;
        b.casualties << figure(2, 12, 12) << figure(20, 28, 5);
        QMap<QString, Document> article{{QStringLiteral("a"), a}, {QStringLiteral("b"), b}};
        const AgreementResult alpha =
            TrainingReport::casualtyAlpha({article}, {QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY2(alpha.ok(), qPrintable(alpha.error));
        QCOMPARE(alpha.units, 2);
        QVERIFY(qAbs(*alpha.value - (1.0 - 24.0 / 304.0)) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
