#include "core/detect/detector.h"
#include "core/ingest/articlereader.h"
#include "core/kb/knowledgebase.h"
#include "core/text/offsetmap.h"

#include <QtTest>

// The whole detection pipeline on a scraped page written for this test in the style of the
// seed article: what an analyst would expect to find proposed, and what must not be.
class TestDetector : public QObject
{
    Q_OBJECT

    Document m_document;

    const Mention *mention(const QString &text, EntityType type, int occurrence = 1) const
    {
        for (const Mention &m : m_document.mentions) {
            if (m.text == text && m.type == type && --occurrence == 0)
                return &m;
        }
        return nullptr;
    }

    bool hasAffiliation(const QString &actor, Relation relation, const QString &target,
                        bool former = false) const
    {
        return std::any_of(m_document.affiliations.cbegin(), m_document.affiliations.cend(),
                           [&](const Affiliation &a) {
                               return a.actor == actor && a.relation == relation
                                   && a.relationTarget == target && a.former == former;
                           });
    }

    const CasualtyFigure *figure(const QString &victim, CasualtyKind kind) const
    {
        for (const CasualtyFigure &c : m_document.casualties) {
            if (c.victim == victim && c.kind == kind)
                return &c;
        }
        return nullptr;
    }

    // A one-segment article of `text`, published on `published` (or on no known day), after
    // detection.
    static Document detected(const QString &text, const QDate &published = QDate())
    {
        Document document;
        document.article.text = text;
        document.article.published = published;
        Detector(KnowledgeBase::bundled()).detect(document);
        return document;
    }

    // The first mention whose text is `surface`, or nullptr.
    static const Mention *mentionOf(const Document &document, const QString &surface)
    {
        const auto it = std::find_if(document.mentions.cbegin(), document.mentions.cend(),
                                     [&](const Mention &m) { return m.text == surface; });
        return it == document.mentions.cend() ? nullptr : &*it;
    }

    // Detecting `text` proposes `surface` as a mention of that type and canonical.
    static void verifyMention(const QString &text, const QString &surface, EntityType type,
                              const QString &canonical)
    {
        const Document document = detected(text);
        const Mention *found = mentionOf(document, surface);
        QVERIFY2(found, qPrintable(surface));
        QCOMPARE(toString(found->type), toString(type));
        QCOMPARE(found->canonical, canonical);
    }

    SegmentKind segmentAt(int codePoint) const
    {
        for (const Segment &s : m_document.segments) {
            if (s.start <= codePoint && codePoint < s.end)
                return s.kind;
        }
        return SegmentKind::Body;
    }

private slots:
    void anOldNameInALaterArticleIsTheActorItBecame()
    {
        // A pro-government report of 2019 still says "Jabhat al-Nusra": that is HTS by then.
        const QString text = QStringLiteral("Army units killed dozens of Jabhat al-Nusra "
                                            "terrorists in the Hama countryside.");
        const Document later = detected(text, QDate(2019, 5, 8));
        const Mention *nusra = mentionOf(later, QStringLiteral("Jabhat al-Nusra"));
        QVERIFY(nusra);
        QCOMPARE(nusra->canonical, QStringLiteral("Hay'at Tahrir al-Sham"));
        QCOMPARE(nusra->kbId, QStringLiteral("hayat-tahrir-al-sham"));
        // The origin names the entry the words matched, so the analyst sees why.
        QCOMPARE(nusra->provenance.origin, QStringLiteral("kb:jabhat-al-nusra+renamed"));
        QVERIFY(std::any_of(later.casualties.cbegin(), later.casualties.cend(),
                            [](const CasualtyFigure &f) {
                                return f.victim == QLatin1String("Hay'at Tahrir al-Sham");
                            }));

        // Before the renaming, and without a publication date, the name is Nusra itself.
        for (const QDate &published : {QDate(2014, 2, 1), QDate()}) {
            const Document earlier = detected(text, published);
            const Mention *same = mentionOf(earlier, QStringLiteral("Jabhat al-Nusra"));
            QVERIFY(same);
            QCOMPARE(same->canonical, QStringLiteral("Jabhat al-Nusra"));
            QCOMPARE(same->provenance.origin, QStringLiteral("kb:jabhat-al-nusra"));
        }
    }

    void initTestCase()
    {
        const auto read =
            ArticleReader::readFile(QStringLiteral(CWB_FIXTURES_DIR "/detect/hurras-saraqib.txt"));
        QCOMPARE(read.documents.size(), 1);
        m_document = read.documents.first();
        Detector(KnowledgeBase::bundled()).detect(m_document);
    }

    void entitiesAreProposed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("group") << "Hurras al-Din" << int(EntityType::ArmedGroup) << "Hurras al-Din";
        QTest::newRow("global actor") << "al-Qaeda" << int(EntityType::ArmedGroup) << "al-Qaeda";
        QTest::newRow("acronym") << "NFL" << int(EntityType::ArmedGroup)
                                 << "National Front for Liberation";
        QTest::newRow("faction") << "Jaysh al-Nasr" << int(EntityType::ArmedGroup) << "Jaysh al-Nasr";
        QTest::newRow("curly apostrophe") << "Hay’at Tahrir al-Sham" << int(EntityType::ArmedGroup)
                                          << "Hay'at Tahrir al-Sham";
        QTest::newRow("backer cue") << "Turkish" << int(EntityType::State) << "Turkey";
        QTest::newRow("town") << "Saraqib" << int(EntityType::Location) << "Saraqib";
        QTest::newRow("monitor") << "Syrian Observatory for Human Rights" << int(EntityType::Source)
                                 << "";
        QTest::newRow("kunya") << "Abu Hammam al-Shami" << int(EntityType::Person) << "";
        QTest::newRow("date") << "February 2018" << int(EntityType::Date) << "2018-02";
    }

    void entitiesAreProposed()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, canonical);
        const Mention *m = mention(text, EntityType(type));
        QVERIFY2(m, qPrintable(text));
        if (!canonical.isEmpty())
            QCOMPARE(m->canonical, canonical);
        QCOMPARE(toString(m->provenance.status), toString(Status::Proposed));
        QVERIFY(!m->provenance.origin.isEmpty());
        QVERIFY(m->provenance.confidence > 0 && m->provenance.confidence <= 1);
        QCOMPARE(m->provenance.annotator, Detector::annotatorName());
    }

    void offsetsSliceTheMentionedText()
    {
        const OffsetMap map(m_document.article.text);
        for (const Mention &m : m_document.mentions) {
            const int from = map.toUtf16(m.start);
            QCOMPARE(m_document.article.text.mid(from, map.toUtf16(m.end) - from), m.text);
        }
    }

    void noiseYieldsNothing()
    {
        for (const Mention &m : m_document.mentions)
            QVERIFY2(isClaimSegment(segmentAt(m.start)), qPrintable(m.text));
        for (const CasualtyFigure &c : m_document.casualties)
            QVERIFY2(isClaimSegment(segmentAt(c.start)), qPrintable(c.text));
        // "killed 6 of my cousins' neighbours" in a comment and "40 people" in the spam.
        QVERIFY(std::none_of(m_document.casualties.cbegin(), m_document.casualties.cend(),
                             [](const CasualtyFigure &c) { return c.best == 6 || c.best == 40; }));
    }

    void affiliations()
    {
        QVERIFY(hasAffiliation("Hurras al-Din", Relation::AffiliatedWith, "al-Qaeda"));
        QVERIFY(hasAffiliation("Jaysh al-Nasr", Relation::BackedBy, "Turkey"));
        QVERIFY(hasAffiliation("Jaysh al-Nasr", Relation::PartOf, "National Front for Liberation"));
        QVERIFY(hasAffiliation("Abu Hammam al-Shami", Relation::AffiliatedWith, "al-Qaeda"));
    }

    void casualtyFigures()
    {
        const CasualtyFigure *own = figure("Hurras al-Din", CasualtyKind::Killed);
        QVERIFY(own);
        QCOMPARE(own->best, std::optional<qint64>(2));
        QCOMPARE(toString(own->precision), toString(Precision::Exact));

        const CasualtyFigure *enemy = figure("Jaysh al-Nasr", CasualtyKind::Killed);
        QVERIFY(enemy);
        QCOMPARE(enemy->best, std::optional<qint64>(3));
        QCOMPARE(enemy->perpetrator, QStringLiteral("Hurras al-Din"));
        QCOMPARE(enemy->text, QStringLiteral("killed three fighters of Jaysh al-Nasr"));

        const CasualtyFigure *period = figure("National Front for Liberation", CasualtyKind::Killed);
        QVERIFY(period);
        QCOMPARE(period->best, std::optional<qint64>(12));
        QCOMPARE(toString(period->precision), toString(Precision::Vague));
        QVERIFY(period->hedged);
        QCOMPARE(toString(period->scope), toString(Scope::Period));

        // Trucks and a machine gun are materiel, not people.
        QCOMPARE(m_document.casualties.size(), 3);
    }

    void eventGroupsTheRaid()
    {
        QCOMPARE(m_document.events.size(), 1);
        const Event &event = m_document.events.first();
        QCOMPARE(event.eventType, QStringLiteral("Battles"));
        QCOMPARE(event.location, QStringLiteral("Saraqib"));
        QCOMPARE(event.geoPrecision, 2); // "near the town of"
        QCOMPARE(event.fatalities, 5);
        QCOMPARE(event.casualtyIds.size(), 2);
        for (qint64 id : event.casualtyIds) {
            QVERIFY(std::any_of(m_document.casualties.cbegin(), m_document.casualties.cend(),
                                [id](const CasualtyFigure &c) { return c.id == id; }));
        }
    }

    void reviewedAnnotationsSurviveAgain()
    {
        Document document = m_document;
        Mention &reviewed = document.mentions.first();
        reviewed.provenance.status = Status::Rejected;
        const int before = int(document.mentions.size());
        Detector(KnowledgeBase::bundled()).detect(document);
        QCOMPARE(document.mentions.size(), before);
        const int rejected = int(std::count_if(
            document.mentions.cbegin(), document.mentions.cend(),
            [](const Mention &m) { return m.provenance.status == Status::Rejected; }));
        QCOMPARE(rejected, 1);
    }

    void countryAsPlaceOrAsState_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("type");
        QTest::newRow("backer") << "The faction is backed by Turkey." << "Turkey" << int(EntityType::State);
        QTest::newRow("in") << "Cells remain active in eastern Syria." << "Syria" << int(EntityType::Location);
        QTest::newRow("pair") << "Fighters remain active in Iraq and Syria." << "Syria" << int(EntityType::Location);
        QTest::newRow("based") << "The Britain-based monitor said so." << "Britain" << int(EntityType::Location);
        QTest::newRow("dateline") << "IDLIB, Syria (AFP) - Air strikes hit a market." << "Syria" << int(EntityType::Location);
        QTest::newRow("headline tag") << "Syria: air strikes on Idlib market" << "Syria" << int(EntityType::Location);
        QTest::newRow("capital for the state") << "Ankara-backed factions shelled the town." << "Ankara" << int(EntityType::State);
        QTest::newRow("adjective and regime") << "Rockets supplied by the Turkish regime were found." << "Turkish regime" << int(EntityType::State);
        QTest::newRow("adjective and state") << "The Turkish state denies any role." << "Turkish state" << int(EntityType::State);
    }

    // "state media" and "state-run" are a source's words: the adjective stays alone.
    void stateNounIsNotASourcesWord()
    {
        for (const char *text : {"The Saudi state media said so.", "Saudi state-run television said so."}) {
            const Document document = detected(QString::fromUtf8(text));
            QVERIFY2(!mentionOf(document, QStringLiteral("Saudi state")), text);
        }
    }

    void countryAsPlaceOrAsState()
    {
        QFETCH(QString, text);
        QFETCH(QString, surface);
        QFETCH(int, type);
        const Document document = detected(text);
        const Mention *it = mentionOf(document, surface);
        QVERIFY2(it, qPrintable(surface));
        QCOMPARE(toString(it->type), toString(EntityType(type)));
    }

    // "SNA" names the Syrian and the Somali National Army in the knowledge base: the one the
    // article also names in full is meant, and its soldiers are that force's.
    void ambiguousAliasTakesTheArticlesEntry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("somali") << "Troops of the Somali National Army (SNA) held Jowhar. Two SNA "
                                   "soldiers were wounded."
                                << "Somali National Army";
        QTest::newRow("syrian") << "Factions of the Syrian National Army (SNA) shelled Manbij. Two "
                                   "SNA fighters were wounded."
                                << "Syrian National Army";
    }

    void ambiguousAliasTakesTheArticlesEntry()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const Document document = detected(text);
        QStringList sna;
        for (const Mention &m : document.mentions) {
            if (m.text == QLatin1String("SNA"))
                sna << m.canonical;
        }
        QCOMPARE(sna, QStringList({canonical, canonical}));
        QCOMPARE(document.casualties.size(), 1);
        QCOMPARE(document.casualties.first().victim, canonical);
    }

    // "Kharkiv" names the oblast and its capital: "the city of Kharkiv" is the town.
    void cityOfTakesTheTown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("city of") << "A missile hit a depot in the city of Kharkiv on Friday."
                                 << "Kharkiv";
        QTest::newRow("bare") << "Shelling continued across Kharkiv on Friday."
                              << "Kharkiv Oblast";
        QTest::newRow("edge of") << "A car bomb went off on the southern edge of Kharkiv."
                                 << "Kharkiv";
        QTest::newRow("outskirts of") << "Drones struck the outskirts of Kharkiv overnight."
                                      << "Kharkiv";
        QTest::newRow("dateline") << "KHARKIV, Ukraine (Reuters) - Drones struck a depot overnight."
                                  << "Kharkiv";
        QTest::newRow("capitals in lower case are no dateline")
            << "Kharkiv, the region's governor said, was shelled." << "Kharkiv Oblast";
    }

    void cityOfTakesTheTown()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const Document document = detected(text);
        const auto it = std::find_if(document.mentions.cbegin(), document.mentions.cend(),
                                     [](const Mention &m) {
                                         return m.text.compare(QLatin1String("Kharkiv"),
                                                               Qt::CaseInsensitive) == 0;
                                     });
        QVERIFY(it != document.mentions.cend());
        QCOMPARE(it->canonical, canonical);
    }

    // A valley or a mountain range is an area: the event is placed at the town beside it.
    void anEventInAnAreaIsPlacedAtTheTownBesideIt()
    {
        const Document document = detected(
            QStringLiteral("Two soldiers were killed on Tuesday when AQAP militants ambushed a "
                           "patrol in Wadi Omran, east of the town of Mudiyah, a security "
                           "official said."),
            QDate(2022, 10, 12));
        QVERIFY(mentionOf(document, QStringLiteral("Wadi Omran")));
        QCOMPARE(document.events.size(), 1);
        QCOMPARE(document.events.first().location, QStringLiteral("Mudiyah"));
        QCOMPARE(document.events.first().geoPrecision, 2);
    }

    // A state force's platform is part of its mention: "US-led coalition aircraft".
    void aForcesPlatformIsPartOfItsMention()
    {
        verifyMention(QStringLiteral("US-led coalition aircraft struck the village at dawn."),
                      QStringLiteral("US-led coalition aircraft"), EntityType::StateForce,
                      QStringLiteral("US-led coalition"));
        verifyMention(QStringLiteral("Russian instructors train the army in the centre."),
                      QStringLiteral("Russian instructors"), EntityType::StateForce,
                      QStringLiteral("Russian Armed Forces"));
        verifyMention(QStringLiteral("The US-led coalition said it struck the village."),
                      QStringLiteral("US-led coalition"), EntityType::StateForce,
                      QStringLiteral("US-led coalition"));
    }

    // A state's name is the state acting, its forces, a place or nothing, as its words say.
    void aStatesNameReadsByItsWords()
    {
        verifyMention(QStringLiteral("The US forces withdrew from the base."),
                      QStringLiteral("US forces"), EntityType::StateForce,
                      QStringLiteral("United States Armed Forces"));
        verifyMention(QStringLiteral("Separately, Ukraine's air force said it shot down drones."),
                      QStringLiteral("Ukraine's air force"), EntityType::StateForce,
                      QStringLiteral("Ukrainian Armed Forces"));
        verifyMention(QStringLiteral("Fighters loyal to Iran, including Lebanon's Hezbollah, deployed."),
                      QStringLiteral("Lebanon"), EntityType::Location, QStringLiteral("Lebanon"));
        verifyMention(QStringLiteral("The PMF guards the border strip with Syria."),
                      QStringLiteral("Syria"), EntityType::Location, QStringLiteral("Syria"));
        const Document money = detected(QStringLiteral("They seized 12,000 US dollars in cash."));
        QVERIFY(!mentionOf(money, QStringLiteral("US")));
    }

    // A capital that names its government ("Kyiv has not commented") is the state; where the
    // words read as a place it is the city, even where the article names the state too.
    void aCapitalIsTheGovernmentOrTheCity()
    {
        verifyMention(QStringLiteral("Russia claimed gains. Kyiv has not commented on the losses."),
                      QStringLiteral("Kyiv"), EntityType::State, QStringLiteral("Ukraine"));
        verifyMention(QStringLiteral("Ukraine's air force said drones struck a depot in Kyiv."),
                      QStringLiteral("Kyiv"), EntityType::Location, QStringLiteral("Kyiv"));
        verifyMention(QStringLiteral("KYIV, May 16 (Reuters) - A missile hit Kharkiv, Ukraine said."),
                      QStringLiteral("KYIV"), EntityType::Location, QStringLiteral("Kyiv"));
        // The state named and the city named by a name of its own: the government's "Kyiv"
        // stays the state.
        const QString both = QStringLiteral(
            "Ukraine said drones hit Kyiv city overnight. Kyiv has not commented on the losses.");
        const Document document = detected(both);
        const int government = int(both.lastIndexOf(QStringLiteral("Kyiv has")));
        const auto it = std::find_if(document.mentions.cbegin(), document.mentions.cend(),
                                     [&](const Mention &m) { return m.start == government; });
        QVERIFY(it != document.mentions.cend());
        QCOMPARE(toString(it->type), toString(EntityType::State));
        QCOMPARE(it->canonical, QStringLiteral("Ukraine"));
    }

    // A group's command speaking for itself is the group; a name and its acronym in
    // parentheses are two mentions.
    void aCommandIsItsGroup()
    {
        verifyMention(QStringLiteral("Three fighters died, the YPJ General Command said."),
                      QStringLiteral("YPJ General Command"), EntityType::ArmedGroup,
                      QStringLiteral("Women's Protection Units"));
        const Document document = detected(
            QStringLiteral("Turkey shelled the People's Protection Units (YPG) near Tal Rifaat."));
        QVERIFY(mentionOf(document, QStringLiteral("People's Protection Units")));
        QVERIFY(mentionOf(document, QStringLiteral("YPG")));
        // A commander is no command: the group's span stays its name.
        const Document commander = detected(
            QStringLiteral("SDF Commander Mazloum Abdi said the operation was over."));
        QVERIFY(mentionOf(commander, QStringLiteral("SDF")));
        QVERIFY(!mentionOf(commander, QStringLiteral("SDF Command")));
    }

    // Attackers nobody names are ACLED's unidentified armed group of the article's country.
    void unnamedAttackersAreAnUnidentifiedGroup()
    {
        const Document document = detected(
            QStringLiteral("Armed bandits abducted 58 pupils from a school in Dansadau, Zamfara "
                           "State, on Tuesday. Residents said the gunmen were seen near the "
                           "forest."),
            QDate(2024, 3, 7));
        const Mention *bandits = mentionOf(document, QStringLiteral("Armed bandits"));
        QVERIFY(bandits);
        QCOMPARE(toString(bandits->type), toString(EntityType::ArmedGroup));
        QCOMPARE(bandits->canonical, QStringLiteral("Unidentified Armed Group (Nigeria)"));
        QVERIFY(!mentionOf(document, QStringLiteral("gunmen"))); // "the gunmen" refers back
        QCOMPARE(document.events.size(), 1);
        QCOMPARE(document.events.first().actor1, QStringLiteral("Unidentified Armed Group (Nigeria)"));
        QCOMPARE(document.events.first().actor2, QStringLiteral("Civilians (Nigeria)"));
    }

    // An organisation's name all in lower case is the ordinary phrase.
    void aLowerCaseNameIsThePhrase()
    {
        const Document front = detected(QStringLiteral(
            "The Houthis pushed on Marib's southern front, where the Southern Front has no fighters."));
        const auto groups = std::count_if(front.mentions.cbegin(), front.mentions.cend(),
                                          [](const Mention &m) {
                                              return m.type == EntityType::ArmedGroup
                                                  && m.canonical == QLatin1String("Southern Front");
                                          });
        QCOMPARE(groups, 1); // the capitalised one only
        // An alias that is lower case itself is read as it is.
        verifyMention(QStringLiteral("The town was shelled by regime forces."),
                      QStringLiteral("regime forces"), EntityType::StateForce,
                      QStringLiteral("Syrian Arab Army"));
    }

    // A source's name leaves out lower-case words that only say what kind of source it is.
    void aSourceIsItsName()
    {
        verifyMention(QStringLiteral("IS claimed the attack through its Amaq news agency."),
                      QStringLiteral("Amaq"), EntityType::Source,
                      QStringLiteral("Amaq News Agency"));
        verifyMention(QStringLiteral("The Amaq News Agency published a statement."),
                      QStringLiteral("Amaq News Agency"), EntityType::Source,
                      QStringLiteral("Amaq News Agency"));
    }

    // A capital's bare name is the city, not the governorate named after it.
    void aCapitalIsTheCity()
    {
        verifyMention(QStringLiteral("A drone strike in Baghdad killed two commanders."),
                      QStringLiteral("Baghdad"), EntityType::Location, QStringLiteral("Baghdad"));
        verifyMention(QStringLiteral("Shelling hit a market in Damascus."),
                      QStringLiteral("Damascus"), EntityType::Location, QStringLiteral("Damascus"));
        verifyMention(QStringLiteral("Arrests were reported across Baghdad province."),
                      QStringLiteral("Baghdad"), EntityType::Location,
                      QStringLiteral("Baghdad Governorate"));
    }

    // A bare "the army" or "police" is the force of the state the article's places lie in.
    void bareForcesAreTheArticlesState_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("army");
        QTest::addColumn<QString>("police");
        QTest::newRow("nigeria") << "ISWAP fighters overran an army base in Gajiram, Borno State, "
                                    "police said."
                                 << "Nigerian Army" << "Nigeria Police Force";
        QTest::newRow("syria, no police known")
            << "Army units shelled Saraqib and Idlib city; police said nothing." << "Syrian Arab Army"
            << "";
        QTest::newRow("most places decide") << "In Mogadishu the army, trained in Kenya, held "
                                               "Afgooye and Jowhar; police said."
                                            << "Somali National Army" << "Somali Police Force";
    }

    void bareForcesAreTheArticlesState()
    {
        QFETCH(QString, text);
        QFETCH(QString, army);
        QFETCH(QString, police);
        const Document document = detected(text);
        QString armyFound;
        QString policeFound;
        for (const Mention &m : document.mentions) {
            if (m.type != EntityType::StateForce)
                continue;
            if (m.text.contains(QLatin1String("rmy")))
                armyFound = m.canonical;
            if (m.text.contains(QLatin1String("olice")))
                policeFound = m.canonical;
        }
        QCOMPARE(armyFound, army);
        QCOMPARE(policeFound, police);
    }

    // A place's span is its name: "city", "governorate", "State" chose the sense and stay out.
    void placeSpansAreTheName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("city") << "He was taken to the hospital in Daraa city." << "Daraa"
                              << "Daraa";
        QTest::newRow("governorate") << "Five were killed in Daraa governorate in July." << "Daraa"
                                     << "Daraa Governorate";
        QTest::newRow("state") << "ISWAP overran a base in Gajiram, in Borno State." << "Borno"
                               << "Borno State";
    }

    void placeSpansAreTheName()
    {
        QFETCH(QString, text);
        QFETCH(QString, surface);
        QFETCH(QString, canonical);
        verifyMention(text, surface, EntityType::Location, canonical);
    }

    // A state's forces acting are its army (or police) where the knowledge base names one.
    void stateForcesAreTheStatesArmy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("adjective") << "Russian warplanes struck Kafr Zita." << "Russian warplanes"
                                   << "Russian Armed Forces";
        QTest::newRow("possessive") << "Iraq's security forces arrested five men in Kirkuk."
                                    << "Iraq's security forces" << "Iraqi Security Forces";
        QTest::newRow("no police known") << "Turkish police detained a journalist."
                                         << "Turkish police" << "Turkey";
    }

    void stateForcesAreTheStatesArmy()
    {
        QFETCH(QString, text);
        QFETCH(QString, surface);
        QFETCH(QString, canonical);
        verifyMention(text, surface, EntityType::StateForce, canonical);
    }

    // With no place named there is no state to read "the army" as.
    void bareArmyWithoutPlacesIsLeftAlone()
    {
        const Document document = detected(QStringLiteral("The army said the attack failed."));
        for (const Mention &m : document.mentions)
            QVERIFY2(m.type != EntityType::StateForce, qPrintable(m.text));
    }

    void datesLeaveOutPrepositions()
    {
        Document document;
        document.article.text = QStringLiteral("Militants stormed the village on Tuesday and again in late April.");
        document.article.published = QDate(2019, 5, 2);
        Detector(KnowledgeBase::bundled()).detect(document);
        QStringList dates;
        for (const Mention &m : document.mentions) {
            if (m.type == EntityType::Date)
                dates << m.text;
        }
        QCOMPARE(dates, QStringList({"Tuesday", "late April"}));
    }

    void emojiBeforeNamesKeepsOffsets()
    {
        Document document;
        document.article.text =
            QStringLiteral("\U0001F6A8\U0001F6A8 Breaking: fighters of Faylaq al-Sham clashed "
                           "with HTS near Afrin.");
        Detector(KnowledgeBase::bundled()).detect(document);
        const QList<uint> ucs4 = document.article.text.toUcs4();
        const std::u32string codePoints(ucs4.cbegin(), ucs4.cend());
        QVERIFY(document.mentions.size() >= 3);
        for (const Mention &m : document.mentions) {
            const QString sliced = QString::fromUcs4(codePoints.data() + m.start,
                                                     m.end - m.start);
            QCOMPARE(sliced, m.text);
        }
        QCOMPARE(document.mentions.first().start, 25); // after two emoji and "Breaking:…of "
    }
};

QTEST_GUILESS_MAIN(TestDetector)
#include "test_detector.moc"
