#include "core/kb/kbimporter.h"
#include "core/kb/knowledgebase.h"

#include <QTemporaryDir>
#include <QtTest>

// The bundled knowledge base is what links "HTS" and "Hay'at Tahrir al-Sham" to one actor for
// every analyst; the importer is how an organisation brings its own lists. Both are checked
// the way an analyst would notice: by looking names up.
class TestKnowledgeBase : public QObject
{
    Q_OBJECT

    static QString idOf(const KbEntry *entry) { return entry ? entry->id : QStringLiteral("(none)"); }

    // A knowledge-base directory with these actor rows and renaming rows (header rows added)
    // and every other file present but empty; false when a file cannot be written.
    static bool writeActorsAndRenamings(const QTemporaryDir &dir, const QByteArray &actors,
                                        const QByteArray &renamings)
    {
        const QList<std::pair<const char *, QByteArray>> files = {
            {"actors.tsv", "id\tcanonical\ttype\n" + actors},
            {"states.tsv", "id\tcanonical\n"},
            {"places.tsv", "id\tcanonical\n"},
            {"sources.tsv", "id\tcanonical\n"},
            {"affiliations.tsv",
             "actor_id\trelation\ttarget_id\tfrom\tto\tformer\tcertainty\tsources\tnote\n"},
            {"renamings.tsv", "from_id\tto_id\ton\tsources\tnote\n" + renamings}};
        for (const auto &[name, content] : files) {
            QFile file(dir.filePath(QLatin1String(name)));
            if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(content) < 0)
                return false;
        }
        return true;
    }

private slots:
    void bundledLoadsWithoutProblems()
    {
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        QCOMPARE(kb.loadProblems(), QStringList());
        QVERIFY(kb.size() > 200);
        // Every one of the facts file's actors is there (62 rows; two rows became four
        // entries, and Nusra/JFS were added as HTS's predecessors).
        for (const char *id : {"syrian-arab-army", "jund-al-aqsa", "faylaq-al-sham", "levant-front",
                               "islamic-state", "unidentified-armed-group", "turkish-armed-forces",
                               "manbij-military-council", "deir-ez-zor-military-council",
                               "israel-defense-forces", "us-led-coalition"})
            QVERIFY2(kb.entry(QLatin1String(id)), id);
        QVERIFY(&KnowledgeBase::bundled() == &kb); // cached
    }

    void aliasesFindTheirEntry_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("id");
        QTest::addColumn<EntityType>("type");
        QTest::newRow("HTS") << "HTS" << "hayat-tahrir-al-sham" << EntityType::ArmedGroup;
        QTest::newRow("Tahrir al-Sham") << "Tahrir al-Sham" << "hayat-tahrir-al-sham" << EntityType::ArmedGroup;
        QTest::newRow("Hay'at Tahrir al-Sham") << "Hay'at Tahrir al-Sham" << "hayat-tahrir-al-sham" << EntityType::ArmedGroup;
        QTest::newRow("curly Hay’at") << "Hay\u2019at Tahrir al Sham" << "hayat-tahrir-al-sham" << EntityType::ArmedGroup;
        QTest::newRow("ISIS") << "ISIS" << "islamic-state" << EntityType::ArmedGroup;
        QTest::newRow("capital for the state") << "Ankara" << "turkey" << EntityType::State;
        QTest::newRow("Kremlin") << "Kremlin" << "russia" << EntityType::State;
        QTest::newRow("Daesh") << "Daesh" << "islamic-state" << EntityType::ArmedGroup;
        QTest::newRow("Turkish") << "Turkish" << "turkey" << EntityType::State;
        QTest::newRow("Türkiye") << "Türkiye" << "turkey" << EntityType::State;
        QTest::newRow("U.S.") << "U.S." << "united-states" << EntityType::State;
        QTest::newRow("American") << "American" << "united-states" << EntityType::State;
        QTest::newRow("FSA") << "FSA" << "free-syrian-army" << EntityType::ArmedGroup;
        QTest::newRow("al-Ghassaniyah") << "al-Ghassaniyah" << "al-ghassaniyah" << EntityType::Location;
        QTest::newRow("Ghassaniyeh") << "Ghassaniyeh" << "al-ghassaniyah" << EntityType::Location;
        QTest::newRow("Enab Baladi") << "Enab Baladi" << "enab-baladi" << EntityType::Source;
        QTest::newRow("Syrian Observatory") << "Syrian Observatory for Human Rights" << "sohr" << EntityType::Source;
        QTest::newRow("Kobani") << "Kobanî" << "ayn-al-arab" << EntityType::Location;
        // Beyond Syria (added from general knowledge, unverified).
        QTest::newRow("Mosul") << "Mosul" << "mosul" << EntityType::Location;
        QTest::newRow("Salahuddin") << "Salahuddin" << "salah-al-din-governorate" << EntityType::Location;
        QTest::newRow("Borno") << "Borno" << "borno-state" << EntityType::Location;
        QTest::newRow("Artemovsk") << "Artemovsk" << "bakhmut" << EntityType::Location;
        QTest::newRow("Fada N'Gourma") << "Fada N’Gourma" << "fada-ngourma" << EntityType::Location;
        QTest::newRow("ISWAP") << "ISWAP" << "iswap" << EntityType::ArmedGroup;
        QTest::newRow("Ansar Allah") << "Ansar Allah" << "houthis" << EntityType::ArmedGroup;
        QTest::newRow("CJTF") << "CJTF" << "civilian-joint-task-force" << EntityType::ArmedGroup;
        QTest::newRow("FAMa") << "FAMa" << "malian-armed-forces" << EntityType::StateForce;
        QTest::newRow("Peshmerga") << "Peshmerga" << "peshmerga" << EntityType::StateForce;
        QTest::newRow("ATMIS") << "ATMIS" << "atmis" << EntityType::StateForce;
        QTest::newRow("Al-Masirah TV") << "Al-Masirah TV" << "al-masirah" << EntityType::Source;
        QTest::newRow("Shafaq News") << "Shafaq News" << "shafaq-news" << EntityType::Source;
    }
    void aliasesFindTheirEntry()
    {
        QFETCH(QString, alias);
        QFETCH(QString, id);
        QFETCH(EntityType, type);
        const KbEntry *entry = KnowledgeBase::bundled().find(alias);
        QCOMPARE(idOf(entry), id);
        QCOMPARE(toString(entry->type), toString(type));
    }

    void townsKnowTheirGovernorate()
    {
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        const KbEntry *town = kb.find(u"Ghassaniyeh");
        QVERIFY(town);
        QCOMPARE(town->kind, QStringLiteral("town"));
        const KbEntry *governorate = kb.entry(town->governorate);
        QVERIFY(governorate);
        QCOMPARE(governorate->canonical, QStringLiteral("Idlib Governorate"));
        QVERIFY(kb.lookup(u"Idleb").contains(governorate));
    }

    void placesBeyondSyriaKnowTheirDivisionAndCountry_data()
    {
        // The governorate column is the first-level division, whatever the country calls it.
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("division");
        QTest::addColumn<QString>("country");
        QTest::newRow("Mosul") << "Mosul" << "Nineveh Governorate" << "iraq";
        QTest::newRow("al-Qaim") << "Al-Qa'im" << "Anbar Governorate" << "iraq";
        QTest::newRow("Mudiyah") << "Mudiyah" << "Abyan Governorate" << "yemen";
        QTest::newRow("Boni") << "Boni" << "Mopti Region" << "mali";
        QTest::newRow("Djibo") << "Djibo" << "Sahel Region" << "burkina-faso";
        QTest::newRow("Biyo Adde") << "Biyo Adde" << "Middle Shabelle Region" << "somalia";
        QTest::newRow("Gwoza") << "Gwoza" << "Borno State" << "nigeria";
        QTest::newRow("Bakhmut") << "Bakhmut" << "Donetsk Oblast" << "ukraine";
    }
    void placesBeyondSyriaKnowTheirDivisionAndCountry()
    {
        QFETCH(QString, place);
        QFETCH(QString, division);
        QFETCH(QString, country);
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        const KbEntry *town = kb.find(place);
        QVERIFY(town);
        QCOMPARE(toString(town->type), toString(EntityType::Location));
        QCOMPARE(town->country, country);
        QCOMPARE(toString(town->certainty), toString(Certainty::Unverified)); // general knowledge
        const KbEntry *governorate = kb.entry(town->governorate);
        QVERIFY(governorate);
        QCOMPARE(governorate->canonical, division);
        QCOMPARE(governorate->kind, QStringLiteral("governorate"));
        QVERIFY(kb.entry(country)); // the state the place is in
    }

    void everyReferenceInTheBundledFilesResolves()
    {
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        for (const KbEntry &entry : kb.entries()) {
            if (!entry.governorate.isEmpty()) {
                const KbEntry *governorate = kb.entry(entry.governorate);
                QVERIFY2(governorate && governorate->kind == QLatin1String("governorate"), qPrintable(entry.id));
            }
            if (!entry.country.isEmpty()) {
                const KbEntry *state = kb.entry(entry.country);
                QVERIFY2(state && state->type == EntityType::State, qPrintable(entry.id));
            }
        }
        for (const KbAffiliation &affiliation : kb.allAffiliations()) {
            QVERIFY2(kb.entry(affiliation.actorId), qPrintable(affiliation.actorId));
            QVERIFY2(kb.entry(affiliation.targetId), qPrintable(affiliation.targetId));
        }
        QCOMPARE(kb.renamings().size(), 2); // every row of renamings.tsv loaded
    }

    void oneNameCanBeAStateAndAPlace()
    {
        // "Turkey" the backer and "Turkey" the place: both are offered, the state first.
        const QList<const KbEntry *> entries = KnowledgeBase::bundled().lookup(u"Turkey");
        QCOMPARE(entries.size(), 2);
        QCOMPARE(toString(entries.at(0)->type), toString(EntityType::State));
        QCOMPARE(toString(entries.at(1)->type), toString(EntityType::Location));
    }

    void certaintyAndSourcesAreKept()
    {
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        const KbEntry *hts = kb.entry(QStringLiteral("hayat-tahrir-al-sham"));
        QCOMPARE(toString(hts->certainty), toString(Certainty::Confirmed));
        QVERIFY(hts->sources.contains(QStringLiteral("WP-BELL")));
        QCOMPARE(hts->acledName, QStringLiteral("HTS: Hayat Tahrir al Sham"));
        QVERIFY(hts->acledCertainty);
        QCOMPARE(toString(*hts->acledCertainty), toString(Certainty::SecondHand));
        // A row seen only through a secondary listing, and one the facts mark as recalled.
        QCOMPARE(toString(kb.entry(QStringLiteral("syrian-arab-air-force"))->certainty), toString(Certainty::SecondHand));
        QCOMPARE(toString(kb.entry(QStringLiteral("ypj"))->certainty), toString(Certainty::Unverified));
    }

    void affiliationsCarryPeriodAndCertainty()
    {
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        const QList<KbAffiliation> hts = kb.affiliations(QStringLiteral("hayat-tahrir-al-sham"));
        auto alQaeda = std::find_if(hts.begin(), hts.end(), [](const KbAffiliation &a) {
            return a.targetId == QLatin1String("al-qaeda");
        });
        QVERIFY(alQaeda != hts.end());
        QCOMPARE(toString(alQaeda->relation), toString(Relation::PartOf));
        QVERIFY(alQaeda->former);

        const QList<KbAffiliation> sna = kb.affiliations(QStringLiteral("syrian-national-army"));
        QCOMPARE(sna.size(), 1);
        QCOMPARE(toString(sna.first().relation), toString(Relation::BackedBy));
        QCOMPARE(sna.first().targetId, QStringLiteral("turkey"));
        QCOMPARE(sna.first().from, QStringLiteral("2017-12-30"));

        const QList<KbAffiliation> jundAlAqsa = kb.affiliations(QStringLiteral("jund-al-aqsa"));
        auto toIs = std::find_if(jundAlAqsa.begin(), jundAlAqsa.end(), [](const KbAffiliation &a) {
            return a.targetId == QLatin1String("islamic-state");
        });
        QVERIFY(toIs != jundAlAqsa.end());
        QCOMPARE(toString(toIs->certainty), toString(Certainty::Unverified)); // ✱ in the facts
        QVERIFY(kb.affiliationsTo(QStringLiteral("syrian-democratic-forces")).size() >= 5);
    }

    void anOldNameMeansWhatTheActorBecame_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QString>("referent");

        // Nusra -> Jabhat Fateh al-Sham ("2016": from the end of that year) -> HTS (28 Jan 2017).
        QTest::newRow("Nusra in 2015") << "jabhat-al-nusra" << QDate(2015, 5, 1) << "jabhat-al-nusra";
        QTest::newRow("Nusra late in 2016, year not yet over")
            << "jabhat-al-nusra" << QDate(2016, 12, 31) << "jabhat-al-nusra";
        QTest::newRow("Nusra in January 2017, before the merger")
            << "jabhat-al-nusra" << QDate(2017, 1, 27) << "jabhat-fateh-al-sham";
        QTest::newRow("Nusra in 2019") << "jabhat-al-nusra" << QDate(2019, 3, 4) << "hayat-tahrir-al-sham";
        QTest::newRow("JFS on the merger's day")
            << "jabhat-fateh-al-sham" << QDate(2017, 1, 28) << "hayat-tahrir-al-sham";
        QTest::newRow("no publication date") << "jabhat-al-nusra" << QDate() << "jabhat-al-nusra";
        QTest::newRow("never renamed") << "jund-al-aqsa" << QDate(2023, 1, 1) << "jund-al-aqsa";
    }

    void anOldNameMeansWhatTheActorBecame()
    {
        QFETCH(QString, id);
        QFETCH(QDate, published);
        QFETCH(QString, referent);
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        const KbEntry *named = kb.entry(id);
        QVERIFY(named);
        QCOMPARE(kb.referentOn(*named, published).id, referent);
    }

    void badRenamingsAreReportedWithTheirLines()
    {
        QTemporaryDir dir;
        QVERIFY(writeActorsAndRenamings(dir,
                                        "old-front\tOld Front\tARMED_GROUP\n"
                                        "new-front\tNew Front\tARMED_GROUP\n",
                                        "old-front\tnew-front\t2020-03\t\t\n"
                                        "old-front\tnowhere\t2020\t\t\n"
                                        "new-front\told-front\tspring 2021\t\t\n"
                                        "new-front\tnew-front\t2022\t\t\n"));
        const KnowledgeBase kb = KnowledgeBase::fromDirectory(dir.path());
        QCOMPARE(kb.loadProblems(),
                 (QStringList{QStringLiteral("renamings.tsv: line 3: unknown id \"nowhere\""),
                              QStringLiteral("renamings.tsv: line 4: \"spring 2021\" is no date "
                                             "(use YYYY, YYYY-MM or YYYY-MM-DD)"),
                              QStringLiteral("renamings.tsv: line 5: \"new-front\" cannot be "
                                             "renamed to itself")}));
        QCOMPARE(kb.renamings().size(), 1);
        // "2020-03": from the first of April on.
        const KbEntry *old = kb.entry(QStringLiteral("old-front"));
        QCOMPARE(kb.referentOn(*old, QDate(2020, 3, 31)).id, QStringLiteral("old-front"));
        QCOMPARE(kb.referentOn(*old, QDate(2020, 4, 1)).id, QStringLiteral("new-front"));
    }

    void aRenamingCycleIsReportedAndTheLatestRenamingWins()
    {
        QTemporaryDir dir;
        // a became b in 2015 and c in 2018 (b's row back to a closes a cycle).
        QVERIFY(writeActorsAndRenamings(dir,
                                        "a-front\tA Front\tARMED_GROUP\n"
                                        "b-front\tB Front\tARMED_GROUP\n"
                                        "c-front\tC Front\tARMED_GROUP\n",
                                        "a-front\tb-front\t2015-01-01\t\t\n"
                                        "a-front\tc-front\t2018-01-01\t\t\n"
                                        "b-front\ta-front\t2030-01-01\t\t\n"));
        const KnowledgeBase kb = KnowledgeBase::fromDirectory(dir.path());
        QVERIFY(kb.loadProblems().contains(
            QStringLiteral("renamings.tsv: \"a-front\" is renamed back to itself")));
        const KbEntry *a = kb.entry(QStringLiteral("a-front"));
        QCOMPARE(kb.referentOn(*a, QDate(2016, 6, 1)).id, QStringLiteral("b-front"));
        QCOMPARE(kb.referentOn(*a, QDate(2019, 6, 1)).id, QStringLiteral("c-front"));
    }

    void overlaySitsOnTopOfTheBundledEntries()
    {
        KnowledgeBase kb = KnowledgeBase::bundled();
        KbEntry brigade;
        brigade.id = QStringLiteral("martyrs-of-the-valley");
        brigade.canonical = QStringLiteral("Martyrs of the Valley Brigade");
        brigade.type = EntityType::ArmedGroup;
        brigade.aliases = {QStringLiteral("Liwa Shuhada al-Wadi")};
        kb.addEntry(brigade);
        QVERIFY(kb.addAlias(QStringLiteral("jund-al-aqsa"), QStringLiteral("Jund al Aqsa Brigades")));
        QVERIFY(!kb.addAlias(QStringLiteral("no-such-entry"), QStringLiteral("x")));

        QCOMPARE(idOf(kb.find(u"liwa shuhada al wadi")), brigade.id);
        QVERIFY(kb.find(u"Liwa Shuhada al-Wadi")->project);
        QCOMPARE(idOf(kb.find(u"Jund al-Aqsa Brigades")), QStringLiteral("jund-al-aqsa"));
        // The bundled knowledge base itself is untouched.
        QVERIFY(!KnowledgeBase::bundled().find(u"Liwa Shuhada al-Wadi"));
        QVERIFY(!KnowledgeBase::bundled().find(u"Jund al-Aqsa Brigades"));

        // A project entry with a bundled id replaces it.
        KbEntry corrected = *kb.entry(QStringLiteral("levant-front"));
        corrected.canonical = QStringLiteral("Levant Front (al-Jabha al-Shamiya)");
        corrected.aliases.removeAll(QStringLiteral("Jabha Shamiya"));
        corrected.aliases.append(QStringLiteral("Levant Front"));
        kb.addEntry(corrected);
        QCOMPARE(idOf(kb.find(u"Levant Front")), QStringLiteral("levant-front"));
        QCOMPARE(kb.find(u"Levant Front")->canonical, corrected.canonical);
        QVERIFY(!kb.find(u"Jabha Shamiya"));
        QCOMPARE(kb.size(), KnowledgeBase::bundled().size() + 1);
    }

    void importerReadsAGoodCsvFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ours.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("canonical,type,aliases,governorate,notes\r\n"
                   "Katibat al-Ghuraba,ARMED_GROUP,Ghuraba Battalion|Strangers Battalion,,\"local, small\"\r\n"
                   "\"Tell \"\"Red\"\" Hill\",LOCATION,Tal al-Ahmar,idlib-governorate,\"a note\nover two lines\"\r\n"
                   "\r\n"
                   "Abu Omar,person,,,\r\n");
        file.close();
        const KbImporter::Result result = KbImporter::readFile(path);
        QVERIFY(result.readable);
        QCOMPARE(result.messages(), QStringList());
        QCOMPARE(result.entries.size(), 3);
        QCOMPARE(result.entries.at(0).id, QStringLiteral("katibat-al-ghuraba"));
        QCOMPARE(result.entries.at(0).aliases,
                 QStringList({QStringLiteral("Ghuraba Battalion"), QStringLiteral("Strangers Battalion")}));
        QCOMPARE(result.entries.at(0).notes, QStringLiteral("local, small"));
        QCOMPARE(result.entries.at(1).canonical, QStringLiteral("Tell \"Red\" Hill"));
        QCOMPARE(toString(result.entries.at(1).type), toString(EntityType::Location));
        QCOMPARE(result.entries.at(1).governorate, QStringLiteral("idlib-governorate"));
        QCOMPARE(result.entries.at(1).notes, QStringLiteral("a note\nover two lines"));
        QCOMPARE(toString(result.entries.at(2).type), toString(EntityType::Person));

        // Imported entries go into the overlay and are found by their aliases.
        KnowledgeBase kb = KnowledgeBase::bundled();
        for (const KbEntry &entry : result.entries)
            kb.addEntry(entry);
        QCOMPARE(idOf(kb.find(u"Strangers Battalion")), QStringLiteral("katibat-al-ghuraba"));
    }

    void importerReportsBadRowsWithTheirLines()
    {
        const QString tsv = QStringLiteral(
            "canonical\ttype\taliases\tcertainty\n"          // 1
            "Good Group\tARMED_GROUP\tGG\tconfirmed\n"       // 2
            "\tARMED_GROUP\t\t\n"                            // 3 no name
            "Tribal Militia\tMILITIA\t\t\n"                  // 4 unknown type
            "Somewhere\tLOCATION\t\tsure\n"                  // 5 unknown certainty
            "Good Group\tARMED_GROUP\t\t\n"                  // 6 duplicate id
            "Too\tSTATE\ta\tconfirmed\textra\n"              // 7 too many fields
            "A Date\tDATE\t\t\n"                             // 8 not a KB type
            "Another Group\tSTATE_FORCE\t\tunverified\n");   // 9
        const KbImporter::Result result = KbImporter::parse(tsv, u'\t');
        QVERIFY(result.readable);
        QCOMPARE(result.entries.size(), 2);
        QCOMPARE(toString(result.entries.at(0).certainty), toString(Certainty::Confirmed));
        QCOMPARE(result.entries.at(1).canonical, QStringLiteral("Another Group"));
        const QStringList messages = result.messages();
        QCOMPARE(messages.size(), 6);
        QCOMPARE(messages.at(0), QStringLiteral("line 3: the canonical name is empty"));
        QCOMPARE(messages.at(1),
                 QStringLiteral("line 4: unknown type \"MILITIA\" (use ARMED_GROUP, STATE_FORCE, "
                                "STATE, PERSON, LOCATION, SOURCE)"));
        QVERIFY(messages.at(2).startsWith(QStringLiteral("line 5: unknown certainty \"sure\"")));
        QCOMPARE(messages.at(3), QStringLiteral("line 6: duplicate id \"good-group\" (first on line 2)"));
        QVERIFY(messages.at(4).startsWith(QStringLiteral("line 7: 5 fields, but the header has 4")));
        QVERIFY(messages.at(5).startsWith(QStringLiteral("line 8: unknown type \"DATE\"")));
    }

    void importerNeedsAHeaderRow()
    {
        const KbImporter::Result noHeader =
            KbImporter::parse(u"Jund al-Aqsa,ARMED_GROUP\nFaylaq al-Sham,ARMED_GROUP\n", u',');
        QVERIFY(!noHeader.readable);
        QVERIFY(noHeader.entries.isEmpty());
        QVERIFY(noHeader.messages().first().contains(QStringLiteral("header")));

        const KbImporter::Result unclosed =
            KbImporter::parse(u"canonical,type\n\"Jund al-Aqsa,ARMED_GROUP\n", u',');
        QVERIFY(unclosed.messages().join(u'\n').contains(QStringLiteral("line 2: a quoted field is not closed")));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "test_knowledgebase.moc"
