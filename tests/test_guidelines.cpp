#include "core/guidelines/guidelinebook.h"
#include "core/quality/guidelineanchors.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

// The shipped guideline pages: every anchor that trainee feedback can link to is on its page
// in every language, the pages link only to each other, and the rule for each vocabulary
// value of a selected annotation is found.
class TestGuidelines : public QObject
{
    Q_OBJECT

    static QString pageText(const QString &page, const QString &language)
    {
        QFile file(GuidelineBook::pagePath(page, language));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    // The anchors as QTextBrowser sees them once it has parsed the page, which is what
    // scrolling to an anchor needs (a name in the HTML that Qt drops would not do).
    static QSet<QString> parsedAnchors(const QString &html)
    {
        QTextDocument document;
        document.setHtml(html);
        QSet<QString> names;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QStringList anchorNames = it.fragment().charFormat().anchorNames();
                for (const QString &name : anchorNames)
                    names.insert(name);
            }
        }
        return names;
    }

private slots:
    void everyPageShipsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        for (const QString &language : GuidelineBook::languages()) {
            for (const GuidelineBook::Page &page : GuidelineBook::pages()) {
                const QString name = QString::fromLatin1(page.name);
                QTest::newRow(qPrintable(language + QLatin1Char('/') + name)) << name << language;
            }
        }
    }

    void everyPageShipsInEveryLanguage()
    {
        QFETCH(QString, page);
        QFETCH(QString, language);
        const QString html = pageText(page, language);
        QVERIFY2(!html.isEmpty(), qPrintable(GuidelineBook::pagePath(page, language)));
        QVERIFY(html.contains(QStringLiteral("lang=\"%1\"").arg(language)));
        // Arabic reads right to left; the others must not be mirrored.
        QCOMPARE(html.contains(QLatin1String("dir=\"rtl\"")), language == QLatin1String("ar"));
        QTextDocument document;
        document.setHtml(html);
        QVERIFY(document.toPlainText().size() > 200);
    }

    void everyAnchorIsOnItsPage_data()
    {
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("language");
        for (const QString &language : GuidelineBook::languages()) {
            for (const GuidelineAnchors::Anchor &anchor : GuidelineAnchors::all()) {
                const QString id = QString::fromLatin1(anchor.id);
                QTest::newRow(qPrintable(language + QLatin1Char('/') + id)) << id << language;
            }
        }
    }

    void everyAnchorIsOnItsPage()
    {
        QFETCH(QString, anchor);
        QFETCH(QString, language);
        const QUrl url = GuidelineBook::urlFor(anchor, language);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("qrc"));
        QCOMPARE(url.fragment(), anchor);
        QVERIFY(url.path().startsWith(QStringLiteral("/guidelines/%1/").arg(language)));
        const QString page = GuidelineBook::pageFor(anchor);
        QVERIFY(url.path().endsWith(QLatin1Char('/') + page + QStringLiteral(".html")));
        // The page is the one of the anchor's codebook section.
        bool found = false;
        for (const GuidelineBook::Page &each : GuidelineBook::pages()) {
            if (page == QLatin1String(each.name)) {
                QCOMPARE(QString::fromLatin1(each.section), GuidelineAnchors::section(anchor));
                found = true;
            }
        }
        QVERIFY(found);
        const QString html = pageText(page, language);
        QVERIFY(html.contains(QStringLiteral("name=\"%1\"").arg(anchor)));
        QVERIFY2(parsedAnchors(html).contains(anchor), qPrintable(anchor));
    }

    // Pages carry only the anchors of GuidelineAnchors (and "index"), and the translations
    // carry the same anchors as the English page, so no link works in one language only.
    void translationsHoldTheSameAnchors_data()
    {
        QTest::addColumn<QString>("page");
        for (const GuidelineBook::Page &page : GuidelineBook::pages())
            QTest::newRow(page.name) << QString::fromLatin1(page.name);
    }

    void translationsHoldTheSameAnchors()
    {
        QFETCH(QString, page);
        const QSet<QString> english = parsedAnchors(pageText(page, QStringLiteral("en")));
        QVERIFY(!english.isEmpty());
        for (const QString &anchor : english) {
            QVERIFY2(anchor == QLatin1String("index") || GuidelineAnchors::contains(anchor),
                     qPrintable(anchor));
            if (anchor != QLatin1String("index"))
                QCOMPARE(GuidelineBook::pageFor(anchor), page);
        }
        for (const QString &language : GuidelineBook::languages())
            QCOMPARE(parsedAnchors(pageText(page, language)), english);
    }

    // Every link between pages reaches a shipped page and, with a fragment, an anchor on it;
    // the only other links are web addresses, which the viewer refuses to open.
    void linksBetweenPagesArrive()
    {
        const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
        for (const QString &language : GuidelineBook::languages()) {
            for (const GuidelineBook::Page &page : GuidelineBook::pages()) {
                const QString from = QString::fromLatin1(page.name);
                const QUrl base = GuidelineBook::pageUrl(from, language);
                auto matches = href.globalMatch(pageText(from, language));
                while (matches.hasNext()) {
                    const QString target = matches.next().captured(1);
                    const QUrl url = base.resolved(QUrl(target));
                    const QString where = language + QLatin1Char('/') + from + QStringLiteral(": ")
                        + target;
                    if (url.scheme() == QLatin1String("https"))
                        continue;
                    QCOMPARE(url.scheme(), QStringLiteral("qrc"));
                    QFile file(QLatin1Char(':') + url.path());
                    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(where));
                    QVERIFY2(url.path().startsWith(QStringLiteral("/guidelines/%1/").arg(language)),
                             qPrintable(where));
                    if (url.hasFragment()) {
                        QVERIFY2(parsedAnchors(QString::fromUtf8(file.readAll()))
                                     .contains(url.fragment()),
                                 qPrintable(where));
                    }
                }
            }
        }
    }

    void entityTypesOpenTheirRow_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("armed group") << "ARMED_GROUP" << "entity-types.armed-group";
        QTest::newRow("state force") << "STATE_FORCE" << "entity-types.state-force";
        QTest::newRow("state") << "STATE" << "entity-types.state";
        QTest::newRow("person") << "PERSON" << "entity-types.person";
        QTest::newRow("location") << "LOCATION" << "entity-types.location";
        QTest::newRow("date") << "DATE" << "entity-types.date";
        QTest::newRow("source") << "SOURCE" << "entity-types.source";
    }

    void entityTypesOpenTheirRow()
    {
        QFETCH(QString, type);
        QFETCH(QString, anchor);
        const EntityType value = *fromString<EntityType>(type);
        QCOMPARE(GuidelineBook::anchorFor(value), anchor);
        QCOMPARE(GuidelineBook::urlFor(anchor, QStringLiteral("fr")).toString(),
                 QStringLiteral("qrc:/guidelines/fr/entity-types.html#") + anchor);
    }

    void everyEntityTypeHasARule()
    {
        QCOMPARE(allSpellings<EntityType>().size(), 7);
        for (const QString &spelling : allSpellings<EntityType>()) {
            const QString anchor = GuidelineBook::anchorFor(*fromString<EntityType>(spelling));
            QVERIFY2(GuidelineAnchors::contains(anchor), qPrintable(anchor));
            QCOMPARE(GuidelineBook::pageFor(anchor), QStringLiteral("entity-types"));
        }
    }

    void relationsOpenTheirRow_data()
    {
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("affiliated_with") << "affiliated_with" << "affiliations.affiliated-with";
        QTest::newRow("backed_by") << "backed_by" << "affiliations.backed-by";
        QTest::newRow("part_of") << "part_of" << "affiliations.part-of";
        QTest::newRow("allied_with") << "allied_with" << "affiliations.allied-with";
        QTest::newRow("splinter_of") << "splinter_of" << "affiliations.splinter-of";
    }

    void relationsOpenTheirRow()
    {
        QFETCH(QString, relation);
        QFETCH(QString, anchor);
        QCOMPARE(allSpellings<Relation>().size(), 5);
        QCOMPARE(GuidelineBook::anchorFor(*fromString<Relation>(relation)), anchor);
        QCOMPARE(GuidelineBook::urlFor(anchor, QStringLiteral("ar")).toString(),
                 QStringLiteral("qrc:/guidelines/ar/affiliations.html#") + anchor);
    }

    void casualtyKindsOpenTheKindRule()
    {
        QCOMPARE(allSpellings<CasualtyKind>().size(), 5);
        for (const QString &spelling : allSpellings<CasualtyKind>()) {
            const QString anchor = GuidelineBook::anchorFor(*fromString<CasualtyKind>(spelling));
            QCOMPARE(anchor, QStringLiteral("casualties.kind"));
            QCOMPARE(GuidelineBook::urlFor(anchor, QStringLiteral("en")).toString(),
                     QStringLiteral("qrc:/guidelines/en/casualties.html#casualties.kind"));
        }
        // The kind rule names every kind a figure can have, "unknown" included.
        const QString english = pageText(QStringLiteral("casualties"), QStringLiteral("en"));
        for (const QString &spelling : allSpellings<CasualtyKind>())
            QVERIFY2(english.contains(QStringLiteral("<b>%1</b>").arg(spelling)), qPrintable(spelling));
    }

    void selectedAnnotationOpensItsRule()
    {
        Document document;
        Mention place;
        place.type = EntityType::Location;
        Mention group;
        group.type = EntityType::ArmedGroup;
        document.mentions = {group, place};
        Affiliation backing;
        backing.relation = Relation::BackedBy;
        document.affiliations = {backing};
        CasualtyFigure wounded;
        wounded.kind = CasualtyKind::Wounded;
        document.casualties = {wounded};
        document.events = {Event()};

        QCOMPARE(GuidelineBook::anchorFor(AnnotationKind::Mention, document, 1),
                 QStringLiteral("entity-types.location"));
        QCOMPARE(GuidelineBook::anchorFor(AnnotationKind::Mention, document, 0),
                 QStringLiteral("entity-types.armed-group"));
        QCOMPARE(GuidelineBook::anchorFor(AnnotationKind::Affiliation, document, 0),
                 QStringLiteral("affiliations.backed-by"));
        QCOMPARE(GuidelineBook::anchorFor(AnnotationKind::Casualty, document, 0),
                 QStringLiteral("casualties.kind"));
        QCOMPARE(GuidelineBook::anchorFor(AnnotationKind::Event, document, 0),
                 QStringLiteral("events"));
        // No selection (-1) or a stale row: the kind's section.
        QCOMPARE(GuidelineBook::anchorFor(AnnotationKind::Mention, document, -1),
                 QStringLiteral("entity-types"));
        QCOMPARE(GuidelineBook::anchorFor(AnnotationKind::Affiliation, document, 3),
                 QStringLiteral("affiliations"));
        QCOMPARE(GuidelineBook::anchorFor(AnnotationKind::Casualty, Document(), 0),
                 QStringLiteral("casualties"));
    }

    void unknownAnchorHasNoUrl()
    {
        QVERIFY(!GuidelineBook::urlFor(QStringLiteral("entity-types.weapon"), QStringLiteral("en"))
                     .isValid());
        QVERIFY(GuidelineBook::pageFor(QString()).isEmpty());
    }

    void languageFollowsTheProgramWithEnglishFallback()
    {
        QCOMPARE(GuidelineBook::languageFor(QLocale(QLocale::French, QLocale::Belgium)),
                 QStringLiteral("fr"));
        QCOMPARE(GuidelineBook::languageFor(QLocale(QLocale::Arabic, QLocale::Syria)),
                 QStringLiteral("ar"));
        QCOMPARE(GuidelineBook::languageFor(QLocale(QLocale::German)), QStringLiteral("en"));
        QCOMPARE(GuidelineBook::languageFor(QLocale::c()), QStringLiteral("en"));
        // A language without pages reads the English ones.
        QCOMPARE(GuidelineBook::urlFor(QStringLiteral("casualties.victim"), QStringLiteral("de"))
                     .toString(),
                 QStringLiteral("qrc:/guidelines/en/casualties.html#casualties.victim"));

        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        const QString arabic = GuidelineBook::programLanguage();
        QLocale::setDefault(QLocale(QLocale::Turkish));
        const QString turkish = GuidelineBook::programLanguage();
        QLocale::setDefault(saved);
        QCOMPARE(arabic, QStringLiteral("ar"));
        QCOMPARE(turkish, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestGuidelines)
#include "test_guidelines.moc"
