#include "core/review/affiliationmodel.h"
#include "core/review/casualtymodel.h"
#include "core/review/eventmodel.h"
#include "core/review/mentionmodel.h"
#include "core/review/review.h"
#include "core/review/reviewsession.h"
#include "core/review/vocabularylabels.h"
#include "core/store/projectstore.h"
#include "core/text/offsetmap.h"
#include "core/workflow/articleimporter.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The four review panels' models over a session on a detected article: their columns and
// roles, and that they follow every change (including undo, redo and reload) with the right
// signals. QAbstractItemModelTester watches each model for the whole of every test.
class TestAnnotationModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ReviewSession> m_session;
    std::unique_ptr<MentionModel> m_mentions;
    std::unique_ptr<AffiliationModel> m_affiliations;
    std::unique_ptr<CasualtyModel> m_casualties;
    std::unique_ptr<EventModel> m_events;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    QList<QAbstractItemModel *> models() const
    {
        return {m_mentions.get(), m_affiliations.get(), m_casualties.get(), m_events.get()};
    }

    static QVariant at(QAbstractItemModel *model, int row, int column,
                       int role = Qt::DisplayRole)
    {
        return model->index(row, column).data(role);
    }

    int figureRow(const QString &text) const
    {
        const QList<CasualtyFigure> &figures = m_session->document().casualties;
        for (int i = 0; i < figures.size(); ++i) {
            if (figures.at(i).text == text)
                return i;
        }
        return -1;
    }

    // The model shows exactly what the session's Document holds, row for row.
    void compareWithDocument()
    {
        const Document &doc = m_session->document();
        QCOMPARE(m_mentions->rowCount(), doc.mentions.size());
        QCOMPARE(m_affiliations->rowCount(), doc.affiliations.size());
        QCOMPARE(m_casualties->rowCount(), doc.casualties.size());
        QCOMPARE(m_events->rowCount(), doc.events.size());
        for (int row = 0; row < doc.mentions.size(); ++row) {
            QCOMPARE(at(m_mentions.get(), row, MentionModel::TextColumn).toString(),
                     doc.mentions.at(row).text);
            QCOMPARE(at(m_mentions.get(), row, 0, AnnotationTableModel::IdRole).toLongLong(),
                     doc.mentions.at(row).id);
            QCOMPARE(at(m_mentions.get(), row, 0, AnnotationTableModel::StatusRole).toString(),
                     toString(doc.mentions.at(row).provenance.status));
        }
        for (int row = 0; row < doc.affiliations.size(); ++row)
            QCOMPARE(at(m_affiliations.get(), row, AffiliationModel::TargetColumn).toString(),
                     doc.affiliations.at(row).relationTarget);
        for (int row = 0; row < doc.casualties.size(); ++row) {
            const QVariant best = at(m_casualties.get(), row, CasualtyModel::BestColumn);
            QCOMPARE(best.isNull(), !doc.casualties.at(row).best.has_value());
            if (!best.isNull())
                QCOMPARE(best.toLongLong(), *doc.casualties.at(row).best);
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_store = ProjectStore::open(m_dir->filePath("models.cwb"),
                                     ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_store, qPrintable(error));
        const auto outcome = ArticleImporter(*m_store).importPaths(
            {QStringLiteral(CWB_FIXTURES_DIR "/detect/hurras-saraqib.txt")});
        QCOMPARE(outcome.importedIds.size(), 1);
        m_session = ReviewSession::open(*m_store, outcome.importedIds.first(), "amira", &error);
        QVERIFY2(m_session, qPrintable(error));
        m_mentions = std::make_unique<MentionModel>(m_session.get());
        m_affiliations = std::make_unique<AffiliationModel>(m_session.get());
        m_casualties = std::make_unique<CasualtyModel>(m_session.get());
        m_events = std::make_unique<EventModel>(m_session.get());
        for (QAbstractItemModel *model : models())
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanup()
    {
        m_testers.clear();
        m_events.reset();
        m_casualties.reset();
        m_affiliations.reset();
        m_mentions.reset();
        m_session.reset();
        m_store.reset();
        m_dir.reset();
    }

    void headers()
    {
        auto titles = [](QAbstractItemModel *model) {
            QStringList list;
            for (int c = 0; c < model->columnCount(); ++c)
                list << model->headerData(c, Qt::Horizontal).toString();
            return list;
        };
        QCOMPARE(titles(m_mentions.get()),
                 QStringList({"Text", "Type", "Canonical", "Status", "Origin", "Confidence"}));
        QCOMPARE(titles(m_affiliations.get()),
                 QStringList({"Actor", "Relation", "Target", "Former", "Stance", "Status"}));
        QCOMPARE(titles(m_casualties.get()),
                 QStringList({"Text", "Victim", "Kind", "Low", "Best", "High", "Precision",
                              "Hedged", "Scope", "Perpetrator", "Status"}));
        QCOMPARE(titles(m_events.get()),
                 QStringList({"Type", "Actors", "Location", "Admin1", "Date", "Fatalities",
                              "Status"}));
        QCOMPARE(m_mentions->headerData(0, Qt::Vertical).toInt(), 1);
        QVERIFY(m_mentions->headerData(99, Qt::Horizontal).isNull());
    }

    void cellsAndRoles()
    {
        compareWithDocument();
        // Mentions: the title's "Al-Qaeda", linked to the knowledge base.
        QCOMPARE(at(m_mentions.get(), 0, MentionModel::TextColumn).toString(), "Al-Qaeda");
        QCOMPARE(at(m_mentions.get(), 0, MentionModel::TypeColumn).toString(), "Armed group");
        QCOMPARE(at(m_mentions.get(), 0, MentionModel::CanonicalColumn).toString(), "al-Qaeda");
        QCOMPARE(at(m_mentions.get(), 0, MentionModel::StatusColumn).toString(), "proposed");
        QVERIFY(at(m_mentions.get(), 0, MentionModel::OriginColumn).toString().startsWith("kb:"));
        const QVariant confidence = at(m_mentions.get(), 0, MentionModel::ConfidenceColumn);
        QCOMPARE(confidence.metaType(), QMetaType::fromType<double>());
        QVERIFY(confidence.toDouble() > 0 && confidence.toDouble() <= 1);
        QCOMPARE(Qt::Alignment(at(m_mentions.get(), 0, MentionModel::ConfidenceColumn,
                                  Qt::TextAlignmentRole).toInt()) & Qt::AlignRight,
                 Qt::AlignRight);
        // The span role, in code points of the article.
        const Mention &first = m_session->document().mentions.first();
        const TextSpan span =
            at(m_mentions.get(), 0, 0, AnnotationTableModel::SpanRole).value<TextSpan>();
        QCOMPARE(span.start, first.start);
        QCOMPARE(span.end, first.end);
        QCOMPARE(at(m_mentions.get(), 0, 3, AnnotationTableModel::SpanStartRole).toInt(),
                 first.start);
        QCOMPARE(at(m_mentions.get(), 0, 3, AnnotationTableModel::SpanEndRole).toInt(), first.end);
        QCOMPARE(m_session->slice(span.start, span.end), QStringLiteral("Al-Qaeda"));
        QVERIFY(m_mentions->roleNames().values().contains("span"));

        // Affiliations.
        QCOMPARE(at(m_affiliations.get(), 0, AffiliationModel::ActorColumn).toString(),
                 "Hurras al-Din");
        QCOMPARE(at(m_affiliations.get(), 0, AffiliationModel::RelationColumn).toString(),
                 "affiliated with");
        QCOMPARE(at(m_affiliations.get(), 0, AffiliationModel::FormerColumn).toString(), "no");
        // "according to the Syrian Observatory": the article reports the claim.
        QCOMPARE(at(m_affiliations.get(), 0, AffiliationModel::StanceColumn).toString(),
                 VocabularyLabels::label(m_session->document().affiliations.first().stance));
        QCOMPARE(VocabularyLabels::label(Stance::Reported), QStringLiteral("reported"));

        // Casualty figures: numbers are numbers, an unknown high is an empty cell.
        const int dozens = figureRow("Dozens of NLF fighters were reportedly killed");
        QVERIFY(dozens >= 0);
        QCOMPARE(at(m_casualties.get(), dozens, CasualtyModel::BestColumn).toLongLong(), 12);
        QVERIFY(at(m_casualties.get(), dozens, CasualtyModel::HighColumn).isNull());
        QCOMPARE(at(m_casualties.get(), dozens, CasualtyModel::PrecisionColumn).toString(), "vague");
        QCOMPARE(at(m_casualties.get(), dozens, CasualtyModel::HedgedColumn).toString(), "yes");
        QCOMPARE(at(m_casualties.get(), dozens, CasualtyModel::ScopeColumn).toString(), "period");
        QCOMPARE(at(m_casualties.get(), dozens, CasualtyModel::KindColumn).toString(), "killed");
        const int three = figureRow("killed three fighters of Jaysh al-Nasr");
        QCOMPARE(at(m_casualties.get(), three, CasualtyModel::PerpetratorColumn).toString(),
                 "Hurras al-Din");
        QCOMPARE(at(m_casualties.get(), three, CasualtyModel::VictimColumn).toString(),
                 "Jaysh al-Nasr");

        // Events: the span runs over the event's figures.
        const Event &event = m_session->document().events.first();
        QVERIFY(at(m_events.get(), 0, EventModel::TypeColumn).toString().startsWith("Battles"));
        const QString actors = at(m_events.get(), 0, EventModel::ActorsColumn).toString();
        QVERIFY2(actors.contains("Hurras al-Din") && actors.contains("Jaysh al-Nasr"),
                 qPrintable(actors));
        QCOMPARE(at(m_events.get(), 0, EventModel::LocationColumn).toString(), "Saraqib");
        QCOMPARE(at(m_events.get(), 0, EventModel::FatalitiesColumn).toInt(), 5);
        QCOMPARE(at(m_events.get(), 0, EventModel::DateColumn).toString(),
                 event.date.toString(Qt::ISODate));
        const TextSpan eventSpan =
            at(m_events.get(), 0, 0, AnnotationTableModel::SpanRole).value<TextSpan>();
        QCOMPARE(eventSpan.start, m_session->document().casualties.at(0).start);
        QCOMPARE(eventSpan.end, m_session->document().casualties.at(1).end);
    }

    void acceptIsDataChangedOfOneRowOfOneModel()
    {
        QSignalSpy mentions(m_mentions.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy figures(m_casualties.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(Review::accept(*m_session, AnnotationKind::Mention, 3));
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(figures.size(), 0);
        const QModelIndex topLeft = mentions.first().at(0).value<QModelIndex>();
        const QModelIndex bottomRight = mentions.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 3);
        QCOMPARE(bottomRight.row(), 3);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), MentionModel::ColumnCount - 1);
        QCOMPARE(at(m_mentions.get(), 3, MentionModel::StatusColumn).toString(), "confirmed");
        m_session->undoStack()->undo();
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(at(m_mentions.get(), 3, MentionModel::StatusColumn).toString(), "proposed");
    }

    void insertAndRemoveRows()
    {
        const QString &text = m_session->article().text;
        const OffsetMap map(text);
        const int from = int(text.indexOf("pickup trucks"));
        const int start = map.toCodePoint(from);
        const int end = map.toCodePoint(from + 13);
        const int count = m_mentions->rowCount();
        QSignalSpy aboutToInsert(m_mentions.get(), &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy inserted(m_mentions.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_mentions.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_mentions.get(), &QAbstractItemModel::modelReset);
        QString error;
        QVERIFY2(Review::addMention(*m_session, start, end, EntityType::ArmedGroup, &error),
                 qPrintable(error));
        QCOMPARE(aboutToInsert.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), count); // a new id goes last
        QCOMPARE(at(m_mentions.get(), count, MentionModel::TextColumn).toString(),
                 "pickup trucks");
        QCOMPARE(at(m_mentions.get(), count, MentionModel::OriginColumn).toString(), "manual");
        compareWithDocument();

        m_session->undoStack()->undo();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), count);
        QCOMPARE(m_mentions->rowCount(), count);
        m_session->undoStack()->redo();
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(m_mentions->rowCount(), count + 1);

        // A deleted row comes back at its old place.
        QVERIFY(Review::remove(*m_session, AnnotationKind::Mention, 5));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.last().at(1).toInt(), 5);
        m_session->undoStack()->undo();
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.last().at(1).toInt(), 5);
        QCOMPARE(reset.size(), 0);
        compareWithDocument();
    }

    void deletingAFigureChangesItsEventRow()
    {
        const int three = figureRow("killed three fighters of Jaysh al-Nasr");
        QSignalSpy events(m_events.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy figuresRemoved(m_casualties.get(), &QAbstractItemModel::rowsRemoved);
        const TextSpan before =
            at(m_events.get(), 0, 0, AnnotationTableModel::SpanRole).value<TextSpan>();
        QVERIFY(Review::remove(*m_session, AnnotationKind::Casualty, three));
        QCOMPARE(figuresRemoved.size(), 1);
        QCOMPARE(events.size(), 1);
        const TextSpan after =
            at(m_events.get(), 0, 0, AnnotationTableModel::SpanRole).value<TextSpan>();
        QVERIFY(after.end < before.end); // only the first figure is left in the event
        m_session->undoStack()->undo();
        QCOMPARE(events.size(), 2);
        QCOMPARE(at(m_events.get(), 0, 0, AnnotationTableModel::SpanEndRole).toInt(), before.end);
        compareWithDocument();
    }

    // Every action of the review, then all undone and all redone in one go: the testers check
    // each signal, and the rows match the Document at every stop.
    void wholeReviewUndoneAndRedone()
    {
        QVERIFY(Review::accept(*m_session, AnnotationKind::Mention, 0));
        QVERIFY(Review::reject(*m_session, AnnotationKind::Affiliation, 3));
        const int three = figureRow("killed three fighters of Jaysh al-Nasr");
        CasualtyFigure figure = m_session->document().casualties.at(three);
        figure.low = figure.best = figure.high = 4;
        QVERIFY(Review::editCasualty(*m_session, three, figure));
        Affiliation affiliation = m_session->document().affiliations.at(2);
        affiliation.relation = Relation::AlliedWith;
        QVERIFY(Review::editAffiliation(*m_session, 2, affiliation));
        QVERIFY(Review::addMention(*m_session, 0, 8, EntityType::State)); // "Al-Qaeda" as STATE
        QVERIFY(Review::remove(*m_session, AnnotationKind::Casualty, 0));
        QVERIFY(Review::remove(*m_session, AnnotationKind::Event, 0));
        // Row 0 is now the corrected figure: accepting it is a no-op; row 1 is proposed.
        QVERIFY(Review::accept(*m_session, AnnotationKind::Casualty, 0));
        QCOMPARE(m_session->undoStack()->count(), 7);
        QVERIFY(Review::accept(*m_session, AnnotationKind::Casualty, 1));
        QCOMPARE(m_session->undoStack()->count(), 8);
        compareWithDocument();
        QCOMPARE(m_events->rowCount(), 0);
        QCOMPARE(at(m_casualties.get(), 0, CasualtyModel::BestColumn).toInt(), 4);

        m_session->undoStack()->setIndex(0);
        compareWithDocument();
        QCOMPARE(m_events->rowCount(), 1);
        QCOMPARE(at(m_events.get(), 0, EventModel::FatalitiesColumn).toInt(), 5);
        QCOMPARE(at(m_casualties.get(), three, CasualtyModel::BestColumn).toInt(), 3);
        QCOMPARE(at(m_affiliations.get(), 2, AffiliationModel::RelationColumn).toString(),
                 "part of");
        // Everything the models show is what a fresh load of the database gives.
        {
            const Document fresh = *m_store->loadDocument(m_session->articleId());
            QCOMPARE(fresh.mentions.size(), m_session->document().mentions.size());
            QCOMPARE(fresh.casualties.size(), 3);
            QCOMPARE(fresh.events.first().casualtyIds,
                     m_session->document().events.first().casualtyIds);
            for (int row = 0; row < fresh.mentions.size(); ++row)
                QCOMPARE(toString(fresh.mentions.at(row).provenance.status),
                         at(m_mentions.get(), row, 0, AnnotationTableModel::StatusRole).toString());
        }

        m_session->undoStack()->setIndex(8);
        compareWithDocument();
        QCOMPARE(m_events->rowCount(), 0);
        QCOMPARE(m_casualties->rowCount(), 2);
    }

    void reloadResetsEveryModel()
    {
        std::vector<std::unique_ptr<QSignalSpy>> resets;
        for (QAbstractItemModel *model : models())
            resets.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::modelReset));
        // A change made elsewhere (another window, the CLI) shows after a reload.
        const qint64 id = m_session->document().mentions.first().id;
        QVERIFY(m_store->setMentionStatus(id, Status::Rejected, "elsewhere"));
        QCOMPARE(at(m_mentions.get(), 0, MentionModel::StatusColumn).toString(), "proposed");
        QVERIFY(m_session->reload());
        for (const auto &spy : resets)
            QCOMPARE(spy->size(), 1);
        QCOMPARE(at(m_mentions.get(), 0, MentionModel::StatusColumn).toString(), "rejected");
        compareWithDocument();
    }

    void aSessionThatGoesAwayLeavesEmptyModels()
    {
        QSignalSpy reset(m_mentions.get(), &QAbstractItemModel::modelReset);
        m_session.reset();
        QCOMPARE(reset.size(), 1);
        for (QAbstractItemModel *model : models())
            QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationModels)
#include "test_annotationmodels.moc"
