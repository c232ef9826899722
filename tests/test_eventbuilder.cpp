#include "ruletesthelpers.h"

#include <QFile>
#include <QtTest>

// Events (codebook section 5): figures, actors, a date and a place of one incident, grouped
// the way ACLED codes them. The fixture is written for the tests in the style of a scraped
// page: boilerplate, title, caption, body paragraphs, reader comments and spam.
class TestEventBuilder : public QObject
{
    Q_OBJECT

    static QString fixture(const QString &name)
    {
        QFile file(QStringLiteral(CWB_FIXTURES_DIR "/rules/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    static QString hamaHits()
    {
        return QStringLiteral(
            "IS=G:Islamic State; ISIS=G:Islamic State; Liwa al-Qadisiyah=G:Liwa al-Qadisiyah;"
            "Turkish=S:Turkey; National Liberation Front=G:National Liberation Front;"
            "NLF=G:National Liberation Front; Jaysh al-Nasr=G:Jaysh al-Nasr;"
            "Kafr Nabudah=L:Kafr Nabudah@Hama; Hama=L:Hama@Hama; Orient News=O:Orient News;"
            "Tunisian=S:Tunisia; Hay'at Tahrir al-Sham=G:Hay'at Tahrir al-Sham;"
            "HTS=G:Hay'at Tahrir al-Sham; al-Qaeda=G:al-Qaeda; Syrian=S:Syria");
    }

    // Segments of the fixture page, found by the text that opens each part.
    static QList<Segment> hamaSegments(const QString &text)
    {
        const int title = text.indexOf(QStringLiteral("IS-linked faction reappears"));
        const int caption = text.indexOf(QStringLiteral("Liwa al-Qadisiyah fighters"));
        const int body = text.indexOf(QStringLiteral("On May 3"));
        const int share = text.indexOf(QStringLiteral("Share this article"));
        const int comments = text.indexOf(QStringLiteral("  Hamid_77"));
        const int spam = text.indexOf(QStringLiteral("  Offer"));
        return {Segment{0, title, SegmentKind::Boilerplate},
                Segment{title, caption, SegmentKind::Title},
                Segment{caption, body, SegmentKind::Caption},
                Segment{body, share, SegmentKind::Body},
                Segment{share, comments, SegmentKind::Boilerplate},
                Segment{comments, spam, SegmentKind::Comment},
                Segment{spam, int(text.size()), SegmentKind::Spam}};
    }


    // Entities of the one-sentence tests of the builder's word lists.
    static QString listHits()
    {
        return QStringLiteral("IS=G:Islamic State; SDF=G:Syrian Democratic Forces;"
                              "Hajin=L:Hajin@Deir ez-Zor; Dhiban=L:Dhiban@Deir ez-Zor");
    }

    // The events of a text of the list tests.
    static QList<Event> listEvents(const QString &text)
    {
        return RuleTest::run(text, listHits(), QDate(2023, 5, 10)).events;
    }

    // One row per word, the sentence made from the form with the word for %1, and a last row
    // with a word of no list whose answer differs (so the form alone does not pass).
    static void addWordRows(const char *form, const QStringList &words, const QString &expected,
                            const char *otherWord, const QString &otherExpected)
    {
        for (const QString &word : words)
            QTest::addRow("%s", qPrintable(word))
                << QString::fromLatin1(form).arg(word) << expected;
        QTest::addRow("%s (no list word)", otherWord)
            << QString::fromLatin1(form).arg(QLatin1String(otherWord)) << otherExpected;
    }

private slots:
    void seedStylePage()
    {
        const QString text = fixture(QStringLiteral("hama-raid.txt"));
        QVERIFY(!text.isEmpty());
        RuleInput input;
        input.text = text;
        input.segments = hamaSegments(text);
        input.hits = RuleTest::hitsIn(text, hamaHits());
        input.published = QDate(2019, 5, 5);
        const RuleOutput out = RuleEngine::run(input);

        // Figures: the raid's two, the campaign's vague one; nothing from comments or spam.
        QCOMPARE(RuleTest::describe(out.casualties),
                 (QStringList{"killed|Liwa al-Qadisiyah|by Jaysh al-Nasr|2/2/2|exact|event",
                              "killed|Jaysh al-Nasr|by Liwa al-Qadisiyah|3/3/3|exact|event",
                              "killed|National Liberation Front|by Liwa al-Qadisiyah|12/12/-|vague|"
                              "period|hedged"}));
        // Affiliations, with the HTS one former and asserted.
        QCOMPARE(RuleTest::describe(out.affiliations),
                 (QStringList{"Liwa al-Qadisiyah affiliated_with Islamic State reported(Orient News)",
                              "Jaysh al-Nasr backed_by Turkey reported(Orient News)",
                              "Jaysh al-Nasr part_of National Liberation Front reported(Orient News)",
                              "Abu Yahya al-Tunisi affiliated_with Islamic State",
                              "Hay'at Tahrir al-Sham part_of al-Qaeda former"}));
        QCOMPARE(RuleTest::describe(out.mentions, EntityType::Person),
                 QStringList{"PERSON Abu Yahya al-Tunisi"});
        QVERIFY(RuleTest::describe(out.mentions, EntityType::Date)
                    .contains(QStringLiteral("DATE May 3=2019-05-03")));

        // One event: the raid.
        QCOMPARE(out.events.size(), 1);
        const Event &e = out.events.first();
        QCOMPARE(e.eventType, QStringLiteral("Battles"));
        QCOMPARE(e.subEventType, QStringLiteral("Armed clash"));
        QCOMPARE(e.actor1, QStringLiteral("Liwa al-Qadisiyah"));
        QCOMPARE(e.actor2, QStringLiteral("Jaysh al-Nasr"));
        QCOMPARE(e.assocActor2, QStringLiteral("National Liberation Front"));
        QCOMPARE(e.location, QStringLiteral("Kafr Nabudah"));
        QCOMPARE(e.admin1, QStringLiteral("Hama"));
        QCOMPARE(e.geoPrecision, 1);
        QCOMPARE(e.date, QDate(2019, 5, 3));
        QCOMPARE(e.timePrecision, 1);
        QCOMPARE(e.fatalities, 5);
        QCOMPARE(e.casualtyIds, (QList<qint64>{0, 1})); // indexes into out.casualties
        QCOMPARE(e.sources, QStringList{"Orient News"});
        QVERIFY(e.notes.contains(QStringLiteral("3 May 2019")));
        QVERIFY(e.notes.contains(QStringLiteral("Kafr Nabudah (Hama)")));
        QVERIFY(e.provenance.origin == QStringLiteral("rule:event.builder"));
    }

    void events_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::addColumn<QString>("expected"); // type / sub / actor1 / actor2 / place admin1 geo / date tp / fatalities

        QTest::newRow("air strike on civilians")
            << "A Russian airstrike killed 4 civilians in the town of Maarat al-Numan on Tuesday."
            << "Russian=S:Russia; Maarat al-Numan=L:Maarat al-Numan@Idlib"
            << "Explosions/Remote violence|Air/drone strike|Russia|Civilians|Maarat al-Numan "
               "Idlib 1|2023-05-09 1|4";
        QTest::newRow("militants kill villagers")
            << "Boko Haram militants killed 9 villagers in Kwakwa, near Bama, on Sunday."
            << "Boko Haram=G:Boko Haram; Kwakwa=L:Kwakwa@Borno; Bama=L:Bama@Borno"
            << "Violence against civilians|Attack|Boko Haram|Civilians|Kwakwa Borno 1|"
               "2023-05-07 1|9";
        QTest::newRow("abduction by unnamed gunmen")
            << "Bandits abducted 30 students from a school in Kuriga on Thursday."
            << "Kuriga=L:Kuriga@Kaduna"
            << "Violence against civilians|Abduction/forced disappearance|Unidentified Armed "
               "Group|Civilians|Kuriga Kaduna 1|2023-05-04 1|0";
        QTest::newRow("clashes near a town")
            << "Clashes between the SDF and ISIS near Hajin on 5 May left 7 dead."
            << "SDF=G:Syrian Democratic Forces; ISIS=G:Islamic State; Hajin=L:Hajin@Deir ez-Zor"
            << "Battles|Armed clash|Syrian Democratic Forces|Islamic State|Hajin Deir ez-Zor 2|"
               "2023-05-05 1|7";
        QTest::newRow("shelling, region only, week")
            << "Ukrainian forces shelled Russian positions in the Zaporizhzhia region last "
               "week, killing 3 soldiers."
            << "Ukrainian forces=F:Military Forces of Ukraine; Russian=S:Russia;"
               "Zaporizhzhia=L:Zaporizhzhia@Zaporizhzhia"
            << "Explosions/Remote violence|Shelling/artillery/missile attack|Military Forces of "
               "Ukraine||Zaporizhzhia Zaporizhzhia 3|2023-05-03 2|3";
        QTest::newRow("a state force detaining people is arrests")
            << "Iraqi security forces arrested five men in Kirkuk on Monday."
            << "Iraqi security forces=F:Iraqi Security Forces; Kirkuk=L:Kirkuk@Kirkuk Governorate"
            << "Strategic developments|Arrests|Iraqi Security Forces||Kirkuk Kirkuk Governorate 1|"
               "2023-05-08 1|0";
        QTest::newRow("a year of the article's own is still an incident")
            << "ISWAP fighters attacked a Nigerian Army base near Monguno in 2023, killing 4 "
               "soldiers."
            << "ISWAP=G:Islamic State West Africa Province; Nigerian Army=F:Nigerian Army;"
               "Monguno=L:Monguno@Borno"
            << "Battles|Armed clash|Islamic State West Africa Province|Nigerian Army|Monguno "
               "Borno 2|2023-01-01 3|0";
        QTest::newRow("an unknown village placed by a known town")
            << "Gunmen attacked the village of Woure, some 20 kilometres north of Djibo, on "
               "Saturday, killing 30 civilians."
            << "Djibo=L:Djibo@Sahel"
            << "Violence against civilians|Attack|Unidentified Armed Group|Civilians|Woure Sahel 1|"
               "2023-05-06 1|30";
        QTest::newRow("an armed group arresting people is arrests too")
            << "The SDF detained five suspected IS members in a raid on Dhiban on Thursday."
            << "SDF=G:Syrian Democratic Forces; IS=G:Islamic State; Dhiban=L:Dhiban@Deir ez-Zor"
            << "Strategic developments|Arrests|Syrian Democratic Forces|Islamic State|Dhiban Deir "
               "ez-Zor 1|2023-05-04 1|0";
        QTest::newRow("an armed group abducting people is no arrest")
            << "IS fighters abducted five SDF members in a raid on Dhiban on Thursday."
            << "SDF=G:Syrian Democratic Forces; IS=G:Islamic State; Dhiban=L:Dhiban@Deir ez-Zor"
            << "Battles|Armed clash|Islamic State|Syrian Democratic Forces|Dhiban Deir ez-Zor 1|"
               "2023-05-04 1|0";
        QTest::newRow("IED")
            << "An IED hit an army patrol near Mandera on Monday, wounding 2 soldiers."
            << "Mandera=L:Mandera@Mandera County"
            << "Explosions/Remote violence|Remote explosive/landmine/IED|||Mandera Mandera County 2|"
               "2023-05-08 1|0";
    }

    void events()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QFETCH(QString, expected);
        const RuleOutput out = RuleTest::run(text, hits, QDate(2023, 5, 10)); // a Wednesday
        QCOMPARE(out.events.size(), 1);
        const Event &e = out.events.first();
        const QString actual = QStringLiteral("%1|%2|%3|%4|%5 %6 %7|%8 %9|%10")
                                   .arg(e.eventType, e.subEventType, e.actor1, e.actor2,
                                        e.location, e.admin1)
                                   .arg(e.geoPrecision)
                                   .arg(e.date.toString(Qt::ISODate))
                                   .arg(e.timePrecision)
                                   .arg(e.fatalities);
        QCOMPARE(actual, expected);
    }

    void noEvent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::newRow("belief about a war")
            << "Opposition activists believe the cells exploit the war between HTS and the SLF."
            << "HTS=G:Hay'at Tahrir al-Sham; SLF=G:Syrian Liberation Front";
        QTest::newRow("period figure only")
            << "Hundreds of SDF fighters were reportedly killed in ISIS attacks."
            << "SDF=G:Syrian Democratic Forces; ISIS=G:Islamic State";
        QTest::newRow("an attack in an earlier year is background")
            << "ISWAP fighters attacked a Nigerian Army base near Monguno in 2016, killing 4 "
               "soldiers."
            << "ISWAP=G:Islamic State West Africa Province; Nigerian Army=F:Nigerian Army;"
               "Monguno=L:Monguno@Borno";
        QTest::newRow("history")
            << "Al-Shabaab was formed in 2006 and controlled large areas of Somalia."
            << "Al-Shabaab=G:al-Shabaab; Somalia=L:Somalia";
    }

    void noEvent()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QVERIFY(RuleTest::run(text, hits, QDate(2023, 5, 10)).events.isEmpty());
    }

    // One incident is one event, at the incident's place and day, with the sum of its killed
    // figures: "type|place|date|fatalities" per event, in text order.
    void grouping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("dateline is not the place")
            << "KANO, Nigeria (AP) - Gunmen killed 6 villagers in Faskari on Monday."
            << "KANO=L:Kano@Kano; Nigeria=L:Nigeria; Faskari=L:Faskari@Katsina"
            << QStringList{"Violence against civilians|Faskari|2023-05-08|6"};
        QTest::newRow("dateline alone is the place")
            << "KANO, Nigeria (AP) - Gunmen killed 6 villagers on Monday."
            << "KANO=L:Kano@Kano; Nigeria=L:Nigeria"
            << QStringList{"Violence against civilians|Kano|2023-05-08|6"};
        QTest::newRow("the attack goes on in the next paragraph")
            << "ISWAP fighters stormed an army base in Marte on Sunday, killing 8 soldiers.\n\n"
               "The attack began with a car bomb at the gate, a source in Monguno said, and "
               "3 militants were killed."
            << "ISWAP=G:ISWAP; army=F:Nigerian Army; Marte=L:Marte@Borno;"
               "Monguno=L:Monguno@Borno"
            << QStringList{"Battles|Marte|2023-05-07|11"};
        // The weapon in a force's name ("Russian drones") makes the strike remote violence.
        QTest::newRow("another day is another event")
            << "Russian drones struck Nikopol on Monday, killing 2 civilians.\n\n"
               "On Tuesday, Russian shelling of Marhanets killed 1 civilian."
            << "Russian drones=F:Russian Armed Forces; Russian=S:Russia;"
               "Nikopol=L:Nikopol@Dnipropetrovsk; Marhanets=L:Marhanets@Dnipropetrovsk"
            << QStringList{"Explosions/Remote violence|Nikopol|2023-05-08|2",
                           "Explosions/Remote violence|Marhanets|2023-05-09|1"};
        QTest::newRow("a ground assault opened by a car bomb is a battle")
            << "Al-Shabaab fighters stormed an army base in Bulo Marer on Friday after a "
               "suicide car bomb, killing 9 soldiers. 12 militants were killed."
            << "Al-Shabaab=G:al-Shabaab; army=F:Somali National Army;"
               "Bulo Marer=L:Bulo Marer@Lower Shabelle"
            << QStringList{"Battles|Bulo Marer|2023-05-05|21"};
        QTest::newRow("dateline date is the filing day")
            << "MAIDUGURI, 10 May 2023 - Gunmen killed 4 farmers in Konduga on Sunday."
            << "MAIDUGURI=L:Maiduguri@Borno; Konduga=L:Konduga@Borno"
            << QStringList{"Violence against civilians|Konduga|2023-05-07|4"};
        // The claim's day is when the claim was made; its figure is the claimant's count of
        // dead the army already counted, so the fatalities leave it out.
        QTest::newRow("a claim of the attack is the same incident")
            << "The army repelled an attack on its camp at Boni on Sunday, killing 22 "
               "assailants.\n\n"
               "The attack was claimed on Monday by JNIM, which said it had killed dozens of "
               "soldiers."
            << "army=F:Malian Armed Forces; Boni=L:Boni@Mopti; JNIM=G:JNIM"
            << QStringList{"Battles|Boni|2023-05-07|22"};
        QTest::newRow("a claim after a background paragraph is of the last incident")
            << "Al-Qaeda militants ambushed a patrol near Mudiyah on Tuesday, killing 2 "
               "Security Belt soldiers.\n\n"
               "The forces launched an operation in the province in August.\n\n"
               "AQAP claimed in a statement that its fighters had killed 7 soldiers."
            << "Al-Qaeda=G:al-Qaeda; AQAP=G:al-Qaeda; Mudiyah=L:Mudiyah@Abyan;"
               "Security Belt=G:Security Belt"
            << QStringList{"Battles|Mudiyah|2023-05-09|2"};
        QTest::newRow("a claim naming another day is another incident")
            << "Al-Qaeda militants ambushed a patrol near Mudiyah on Tuesday, killing 2 "
               "Security Belt soldiers.\n\n"
               "The forces launched an operation in the province in August.\n\n"
               "AQAP claimed an attack near Mudiyah on Sunday that killed 7 soldiers."
            << "Al-Qaeda=G:al-Qaeda; AQAP=G:al-Qaeda; Mudiyah=L:Mudiyah@Abyan;"
               "Security Belt=G:Security Belt"
            << QStringList{"Battles|Mudiyah|2023-05-09|2", "Battles|Mudiyah|2023-05-07|7"};
        QTest::newRow("no claim of the attack on another day in another town")
            << "Gunmen killed 4 farmers in Konduga on Sunday.\n\n"
               "No group claimed the attack on a market in Gwoza on Tuesday, in which gunmen "
               "killed 9 villagers."
            << "Konduga=L:Konduga@Borno; Gwoza=L:Gwoza@Borno"
            << QStringList{"Violence against civilians|Konduga|2023-05-07|4",
                           "Violence against civilians|Gwoza|2023-05-09|9"};
        QTest::newRow("a hedged report of other dead still counts")
            << "Gunmen killed 4 farmers in Konduga on Sunday. Two soldiers were reportedly "
               "killed as they pursued the gunmen."
            << "Konduga=L:Konduga@Borno"
            << QStringList{"Violence against civilians|Konduga|2023-05-07|6"};
        QTest::newRow("another day without a claim is another incident")
            << "The army repelled an attack on its camp at Boni on Sunday, killing 22 "
               "assailants.\n\n"
               "The attack on Monday by JNIM killed 4 soldiers at Boni."
            << "army=F:Malian Armed Forces; Boni=L:Boni@Mopti; JNIM=G:JNIM"
            << QStringList{"Battles|Boni|2023-05-07|22", "Battles|Boni|2023-05-08|4"};
        QTest::newRow("place and day from the sentence before")
            << "Jihadists entered the village of Tarmuwa on Saturday.\n\n"
               "They killed 5 herders and abducted 2 women."
            << "Tarmuwa=L:Tarmuwa@Yobe"
            << QStringList{"Violence against civilians|Tarmuwa|2023-05-06|5"};
    }

    void grouping()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const Event &e : RuleTest::run(text, hits, QDate(2023, 5, 10)).events)
            actual << QStringLiteral("%1|%2|%3|%4")
                          .arg(e.eventType, e.location, e.date.toString(Qt::ISODate))
                          .arg(e.fatalities);
        QCOMPARE(actual, expected);
    }

    // Every word of the builder's word lists, in a sentence of its own, still does what the
    // list is there for. The attack words make a sentence with no figure an incident whose
    // subject and object are the actors (the clash words take every armed actor of the
    // sentence, so a figure makes their sentence the incident and the word names both sides).
    void attackWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // actor1|actor2, "none" for no event
        addWordRows("IS fighters %1 the SDF in Hajin on Monday.",
                    {"attacked", "attack", "stormed", "raided", "raid", "ambushed", "ambush",
                     "fought", "shelled", "shelling", "bombed", "struck", "targeted",
                     "airstrike", "air-strike", "strike", "explosion", "blast", "exploded",
                     "detonated", "assaulted", "assault", "overran", "besieged", "firefight",
                     "skirmish", "bombardment"},
                    QStringLiteral("Islamic State|Syrian Democratic Forces"), "visited",
                    QStringLiteral("none"));
    }

    void attackWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<Event> events = listEvents(text);
        QCOMPARE(events.isEmpty() ? QStringLiteral("none")
                                  : events.first().actor1 + u'|' + events.first().actor2,
                 expected);
    }

    void clashWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // actor1|actor2
        addWordRows("%1 between IS and the SDF in Hajin on Monday left 7 dead.",
                    {"clashed", "clashes", "clash"},
                    QStringLiteral("Islamic State|Syrian Democratic Forces"), "talks",
                    QStringLiteral("|"));
    }

    void clashWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<Event> events = listEvents(text);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().actor1 + u'|' + events.first().actor2, expected);
    }

    // A weapon word names the kind of remote violence: air, shelling, explosive, suicide.
    void weaponWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // sub-event type
        const char *form = "A %1 killed 4 civilians in Hajin on Monday.";
        addWordRows(form,
                    {"airstrike", "airstrikes", "air-strike", "air-strikes", "drone", "drones",
                     "warplanes", "warplane", "jets", "aircraft", "helicopter", "helicopters",
                     "air", "bombed", "airplanes", "planes"},
                    QStringLiteral("Air/drone strike"), "visit", QStringLiteral("Attack"));
        for (const char *word : {"shelled", "shelling", "artillery", "mortar", "mortars",
                                 "rocket", "rockets", "missile", "missiles", "shells",
                                 "bombardment"})
            QTest::addRow("%s", word) << QString::fromLatin1(form).arg(QLatin1String(word))
                                      << QStringLiteral("Shelling/artillery/missile attack");
        for (const char *word : {"ied", "ieds", "landmine", "landmines", "mine", "explosive",
                                 "explosives", "detonated", "exploded", "vbied", "roadside",
                                 "booby-trapped", "car-bomb"})
            QTest::addRow("%s", word) << QString::fromLatin1(form).arg(QLatin1String(word))
                                      << QStringLiteral("Remote explosive/landmine/IED");
        QTest::addRow("suicide") << QString::fromLatin1(form).arg(u"suicide")
                                 << QStringLiteral("Suicide bomb");
    }

    void weaponWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<Event> events = listEvents(text);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().subEventType, expected);
    }

    // A ground-assault word makes a fight between armed actors a battle, whatever weapon
    // opened it; an attack word that is none leaves it a drone strike.
    void groundWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // event type
        addWordRows("IS fighters %1 the SDF in Hajin on Monday after a drone hit them, killing "
                    "3 SDF fighters.",
                    {"stormed", "storming", "ambushed", "ambush", "overran", "overrun",
                     "assaulted", "assault", "clashed", "clashes", "clash", "fought",
                     "firefight", "skirmish"},
                    QStringLiteral("Battles"), "attacked",
                    QStringLiteral("Explosions/Remote violence"));
    }

    void groundWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<Event> events = listEvents(text);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().eventType, expected);
    }

    // "The <incident noun>" opening the next paragraph refers back to the incident told: one
    // event, whatever other town the paragraph names.
    void incidentNouns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the events' places
        addWordRows("IS fighters attacked the SDF in Hajin on Monday, killing 4 SDF fighters."
                    "\n\nThe %1 also killed 2 civilians in Dhiban.",
                    {"attack", "ambush", "raid", "strike", "assault", "explosion", "blast",
                     "bombing", "shelling", "clashes", "clash", "fighting", "massacre",
                     "assassination", "firefight", "incident", "counter-attack",
                     "counterattack", "airstrike", "air-strike"},
                    QStringLiteral("Hajin"), "raided", QStringLiteral("Hajin Dhiban"));
    }

    void incidentNouns()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QStringList places;
        for (const Event &e : listEvents(text))
            places << e.location;
        QCOMPARE(places.join(u' '), expected);
    }

    // A word before an armed actor that makes it no subject of the attack after it.
    void blockingWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // actor1
        addWordRows("Gunmen %1 the SDF attacked Hajin on Monday, killing 4 civilians.",
                    {"against", "on", "with", "at", "to", "toward", "towards", "targeting",
                     "near", "from", "between", "and", "by"},
                    QStringLiteral("Unidentified Armed Group"), "of",
                    QStringLiteral("Syrian Democratic Forces"));
    }

    void blockingWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<Event> events = listEvents(text);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().actor1, expected);
    }

    // A region word after a town's name makes the place a region (precision 3); a near word
    // before it makes it near the town (precision 2).
    void placeWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // place and geo precision
        addWordRows("IS fighters killed 4 civilians in the Hajin %1 on Monday.",
                    {"countryside", "province", "governorate", "region", "district", "state",
                     "area", "countrysides", "desert", "plains"},
                    QStringLiteral("Hajin 3"), "town", QStringLiteral("Hajin 1"));
        const char *nearForm = "IS fighters killed 4 civilians %1 Hajin on Monday.";
        for (const char *word : {"near", "outskirts", "vicinity", "outside", "close", "around",
                                 "nearby", "km", "kilometres", "kilometers", "miles", "east",
                                 "west", "north", "south", "northeast", "northwest",
                                 "southeast", "southwest"})
            QTest::addRow("%s", word) << QString::fromLatin1(nearForm).arg(QLatin1String(word))
                                      << QStringLiteral("Hajin 2");
        QTest::addRow("in (no list word)")
            << QString::fromLatin1(nearForm).arg(u"in") << QStringLiteral("Hajin 1");
    }

    void placeWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<Event> events = listEvents(text);
        QCOMPARE(events.size(), 1);
        QCOMPARE(QStringLiteral("%1 %2").arg(events.first().location).arg(
                     events.first().geoPrecision),
                 expected);
    }

    // The title restates the body's incident: its figures are not a second event.
    void titleIsNotAnEvent()
    {
        const QString title = QStringLiteral("Six killed in Faskari attack\n\n");
        const QString body = QStringLiteral("Gunmen killed 6 villagers in Faskari on Monday.");
        const QString text = title + body;
        RuleInput input;
        input.text = text;
        input.segments = {Segment{0, int(title.size()), SegmentKind::Title},
                          Segment{int(title.size()), int(text.size()), SegmentKind::Body}};
        input.hits = RuleTest::hitsIn(text, QStringLiteral("Faskari=L:Faskari@Katsina"));
        input.published = QDate(2023, 5, 10);
        const RuleOutput out = RuleEngine::run(input);
        QCOMPARE(out.casualties.size(), 2); // the title's figure is still proposed
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.events.first().fatalities, 6);
        QCOMPARE(out.events.first().date, QDate(2023, 5, 8));
    }

    // Injuries are recorded as figures but never added to fatalities.
    void injuriesAreNotFatalities()
    {
        const QString text = QStringLiteral(
            "On Friday, al-Shabaab fighters attacked an AMISOM base in Baidoa, killing 2 "
            "soldiers and wounding 11 others.");
        const RuleOutput out = RuleTest::run(
            text, QStringLiteral("al-Shabaab=G:al-Shabaab; AMISOM=F:AMISOM; Baidoa=L:Baidoa@Bay"),
            QDate(2023, 5, 10));
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.events.first().fatalities, 2);
        QCOMPARE(out.events.first().casualtyIds.size(), 2);
        QCOMPARE(out.events.first().actor1, QStringLiteral("al-Shabaab"));
        QCOMPARE(out.events.first().actor2, QStringLiteral("AMISOM"));
    }
};

QTEST_GUILESS_MAIN(TestEventBuilder)
#include "test_eventbuilder.moc"
