#include "core/store/projectstore.h"
#include "ui/curationview.h"

#include "widgetscreenshot.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// The curation view over a project where two trainees annotated one article blind.
class TestCurationView : public QObject
{
    Q_OBJECT

    static QString text()
    {
        return QStringLiteral("Jaysh al-Izza fighters killed 4 civilians in Saraqib on Monday, "
                              "the Syrian Observatory for Human Rights said.");
    }

    static Mention mention(const QString &words, EntityType type)
    {
        Mention m;
        m.start = int(text().indexOf(words));
        m.end = m.start + int(words.size());
        m.text = words;
        m.type = type;
        m.canonical = words;
        m.provenance.status = Status::Manual;
        m.provenance.origin = QStringLiteral("manual");
        return m;
    }

    static CasualtyFigure figure(qint64 best)
    {
        CasualtyFigure f;
        f.start = int(text().indexOf(QStringLiteral("4 civilians")));
        f.end = f.start + 11;
        f.text = QStringLiteral("4 civilians");
        f.victim = QStringLiteral("civilians");
        f.best = best;
        f.provenance.status = Status::Manual;
        return f;
    }

    static QStringList mentions(const Document &document)
    {
        QStringList result;
        for (const Mention &m : document.mentions)
            result << m.text + QLatin1Char(' ') + toString(m.type);
        return result;
    }

    QString headerOf(CurationView &view, int column)
    {
        QTableWidgetItem *item = view.versionTable()->horizontalHeaderItem(column);
        return item ? item->text() : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_articleId = 0;

private slots:
    // tara and timo agree on Jaysh al-Izza, the figure and the Observatory; tara calls
    // Saraqib a location and timo a person; only timo marks Monday.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_store = ProjectStore::open(m_dir->filePath(QStringLiteral("p.cwb")),
                                     ProjectStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_store, qPrintable(error));
        Document document;
        document.article.uid = QStringLiteral("saraqib");
        document.article.title = QStringLiteral("Clashes near Saraqib");
        document.article.text = text();
        document.mentions << mention(QStringLiteral("Saraqib"), EntityType::Location);
        QVERIFY2(m_store->addDocument(document), qPrintable(m_store->lastError()));
        m_articleId = document.article.id;
        for (const QString &name : {QStringLiteral("tara"), QStringLiteral("timo")}) {
            QVERIFY(m_store->addAnnotator(name, ProjectStore::AnnotatorRole::Trainee,
                                          QStringLiteral("test")));
            QVERIFY(m_store->startSet(m_articleId, name, name));
        }
        QVERIFY(m_store->addAnnotator(QStringLiteral("ada"),
                                      ProjectStore::AnnotatorRole::Adjudicator,
                                      QStringLiteral("test")));
        struct Marked
        {
            QString owner;
            QList<Mention> mentions;
        };
        const QList<Marked> marked{
            {QStringLiteral("tara"),
             {mention(QStringLiteral("Jaysh al-Izza"), EntityType::ArmedGroup),
              mention(QStringLiteral("Saraqib"), EntityType::Location),
              mention(QStringLiteral("Syrian Observatory for Human Rights"), EntityType::Source)}},
            {QStringLiteral("timo"),
             {mention(QStringLiteral("Jaysh al-Izza"), EntityType::ArmedGroup),
              mention(QStringLiteral("Saraqib"), EntityType::Person),
              mention(QStringLiteral("Monday"), EntityType::Date),
              mention(QStringLiteral("Syrian Observatory for Human Rights"), EntityType::Source)}}};
        for (const Marked &set : marked) {
            for (Mention m : set.mentions)
                QVERIFY2(m_store->addMention(m_articleId, m, set.owner, set.owner),
                         qPrintable(m_store->lastError()));
            CasualtyFigure f = figure(4);
            QVERIFY2(m_store->addCasualty(m_articleId, f, set.owner, set.owner),
                     qPrintable(m_store->lastError()));
        }
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void keysDecideAndSaveWritesTheGoldSet()
    {
        CurationView view(m_store.get(), m_articleId, QStringLiteral("ada"));
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isValid());
        QCOMPARE(view.merge().owners(), (QStringList{"tara", "timo"}));
        // Agreed: Jaysh al-Izza, the Observatory, the figure. Differing: Saraqib, Monday.
        QCOMPARE(view.merge().agreedCount(), 3);
        QTreeWidget *list = view.differenceList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Saraqib"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Monday"));
        // Every unit is marked in the text; agreed and differing ones are underlined unlike.
        const auto marks = view.textView()->extraSelections();
        QCOMPARE(marks.size(), 5);
        int dashed = 0;
        for (const auto &mark : marks)
            dashed += mark.format.underlineStyle() == QTextCharFormat::DashUnderline ? 1 : 0;
        QCOMPARE(dashed, 2);
        QVERIFY(view.textView()->textCursor().selectedText() == QStringLiteral("Saraqib"));
        // The versions side by side: one column per annotator, type row differs.
        QCOMPARE(view.versionTable()->columnCount(), 2);
        QCOMPARE(headerOf(view, 0), QStringLiteral("1  tara"));
        QCOMPARE(view.versionTable()->item(1, 0)->text(), QStringLiteral("Location"));
        QCOMPARE(view.versionTable()->item(1, 1)->text(), QStringLiteral("Person"));
        QVERIFY(view.versionTable()->item(1, 0)->font().bold());
        QVERIFY(!view.versionTable()->item(0, 0)->font().bold()); // same text for both
        QCOMPARE(view.counterLabel()->text(), QStringLiteral("0 of 2 decided"));
        QVERIFY(!view.saveButton()->isEnabled());
        saveScreenshotIfAsked(view, "curationview");

        // 2 takes timo's version of Saraqib and moves on to Monday.
        QTest::keyClick(list, Qt::Key_2);
        QCOMPARE(view.currentRow(), 1);
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("timo's version (2)"));
        QCOMPARE(view.counterLabel()->text(), QStringLiteral("1 of 2 decided"));
        QVERIFY(!view.saveButton()->isEnabled());
        QCOMPARE(view.versionTable()->item(0, 0)->text(), QStringLiteral("(not marked)"));
        // A number with no annotator decides nothing.
        QTest::keyClick(list, Qt::Key_3);
        QCOMPARE(view.counterLabel()->text(), QStringLiteral("1 of 2 decided"));
        // Delete drops Monday.
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("dropped"));
        QCOMPARE(view.counterLabel()->text(), QStringLiteral("2 of 2 decided"));
        QVERIFY(view.saveButton()->isEnabled());
        // Changing one's mind: Up from the text goes back to Saraqib, 1 takes tara's.
        view.textView()->setFocus();
        QTest::keyClick(view.textView(), Qt::Key_Up);
        QCOMPARE(view.currentRow(), 0);
        QVERIFY(headerOf(view, 1).contains(QStringLiteral("chosen")));
        QTest::keyClick(view.textView(), Qt::Key_1);
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("tara's version (1)"));
        QCOMPARE(view.currentRow(), 1);
        QCOMPARE(view.counterLabel()->text(), QStringLiteral("2 of 2 decided"));
        int decided = 0;
        for (const auto &mark : view.textView()->extraSelections())
            decided += mark.format.underlineStyle() == QTextCharFormat::DotLine ? 1 : 0;
        QCOMPARE(decided, 2);

        QSignalSpy saved(&view, &CurationView::saved);
        QTest::mouseClick(view.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QVERIFY2(view.statusLabel()->text().startsWith(QStringLiteral("Saved")),
                 qPrintable(view.statusLabel()->text()));

        const auto mark = m_store->goldMark(m_articleId);
        QVERIFY(mark);
        QCOMPARE(mark->goldOwner, ProjectStore::curatedOwner());
        QVERIFY(mark->curated);
        QCOMPARE(mark->adjudicator, QStringLiteral("ada"));
        const auto gold = m_store->loadDocument(m_articleId, ProjectStore::curatedOwner());
        QVERIFY(gold);
        QCOMPARE(mentions(*gold), (QStringList{"Jaysh al-Izza ARMED_GROUP", "Saraqib LOCATION",
                                               "Syrian Observatory for Human Rights SOURCE"}));
        QCOMPARE(gold->casualties.size(), 1);
        QCOMPARE(gold->casualties.first().best, std::optional<qint64>(4));
        QCOMPARE(toString(gold->mentions.first().provenance.status), toString(Status::Confirmed));
        // The trainees' own sets are as they were.
        QCOMPARE(m_store->loadDocument(m_articleId, QStringLiteral("timo"))->mentions.size(), 4);
    }

    void aStoreErrorIsReported()
    {
        CurationView view(m_store.get(), m_articleId, QStringLiteral("ada"));
        view.choose(1);
        view.choose(0);
        QVERIFY(view.saveButton()->isEnabled());
        // Another connection makes the project refuse gold marks: the store's error is shown
        // and the transaction leaves no curated set behind.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("saboteur"));
            db.setDatabaseName(m_dir->filePath(QStringLiteral("p.cwb")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral(
                         "CREATE TRIGGER refuse BEFORE INSERT ON gold_marks BEGIN "
                         "SELECT RAISE(ABORT, 'gold refused by the test'); END")),
                     qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
        QSignalSpy saved(&view, &CurationView::saved);
        QVERIFY(!view.save());
        QCOMPARE(saved.size(), 0);
        QVERIFY2(view.statusLabel()->text().contains(QStringLiteral("gold refused by the test")),
                 qPrintable(view.statusLabel()->text()));
        QVERIFY(!m_store->goldMark(m_articleId));
        QVERIFY(!m_store->hasSet(m_articleId, ProjectStore::curatedOwner()));
    }

    void anArticleWithoutSetsCannotBeCurated()
    {
        Document other;
        other.article.uid = QStringLiteral("other");
        other.article.text = QStringLiteral("Nothing happened.");
        QVERIFY(m_store->addDocument(other));
        CurationView view(m_store.get(), other.article.id, QStringLiteral("ada"));
        QVERIFY(!view.isValid());
        QVERIFY(!view.save());
        QCOMPARE(m_store->goldMark(other.article.id).has_value(), false);
    }
};

QTEST_MAIN(TestCurationView)
#include "test_curationview.moc"
