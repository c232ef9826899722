#include "ruletesthelpers.h"

#include <QtTest>

// Affiliations (codebook section 3): who is affiliated with, backed by, part of, allied with or
// a splinter of whom, as the article states it, with former / stance / source.
class TestAffiliationRule : public QObject
{
    Q_OBJECT

private slots:
    void affiliations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("x-linked, x-backed and x group y")
            << "On May 3, fighters of the IS-linked Liwa al-Qadisiyah raided a position of the "
               "Turkish-backed National Liberation Front (NLF) group Jaysh al-Nasr in Kafr Nabudah."
            << "IS=G:Islamic State; Liwa al-Qadisiyah=G:Liwa al-Qadisiyah; Turkish=S:Turkey;"
               "National Liberation Front=G:National Liberation Front;"
               "NLF=G:National Liberation Front; Jaysh al-Nasr=G:Jaysh al-Nasr;"
               "Kafr Nabudah=L:Kafr Nabudah@Hama"
            << QStringList{"Liwa al-Qadisiyah affiliated_with Islamic State",
                           "Jaysh al-Nasr backed_by Turkey",
                           "Jaysh al-Nasr part_of National Liberation Front"};
        QTest::newRow("US-backed plural")
            << "ISIS cells ambushed US-backed SDF units in the Deir ez-Zor countryside."
            << "ISIS=G:Islamic State; US=S:United States; SDF=G:Syrian Democratic Forces;"
               "Deir ez-Zor=L:Deir ez-Zor@Deir ez-Zor"
            << QStringList{"Syrian Democratic Forces backed_by United States"};
        // A relative clause after "A, a <noun> of B" tells of A.
        QTest::newRow("relative clause after an apposition tells of its head")
            << "The dead belonged to Kataib Hezbollah, a faction of the PMF that is backed by "
               "Iran. ISWAP, an offshoot of Boko Haram that pledged allegiance to the Islamic "
               "State, took the town."
            << "Kataib Hezbollah=G:Kataib Hezbollah; PMF=G:Popular Mobilization Forces;"
               "Iran=S:Iran; ISWAP=G:ISWAP; Boko Haram=G:Boko Haram;"
               "Islamic State=G:Islamic State"
            << QStringList{"Kataib Hezbollah part_of Popular Mobilization Forces",
                           "Kataib Hezbollah backed_by Iran",
                           "ISWAP splinter_of Boko Haram",
                           "ISWAP affiliated_with Islamic State"};
        QTest::newRow("a relative clause right after a group tells of it")
            << "Fighters of the PMF, which is backed by Iran, took the town."
            << "PMF=G:Popular Mobilization Forces; Iran=S:Iran"
            << QStringList{"Popular Mobilization Forces backed_by Iran"};
        QTest::newRow("the groups listed after the target, each")
            << "Fighters loyal to Iran, including the Fatemiyoun and Lebanon's Hezbollah, have "
               "deployed around Palmyra."
            << "Iran=S:Iran; Fatemiyoun=G:Liwa Fatemiyoun; Lebanon=L:Lebanon;"
               "Hezbollah=G:Hezbollah; Palmyra=L:Palmyra@Homs"
            << QStringList{"Liwa Fatemiyoun affiliated_with Iran",
                           "Hezbollah affiliated_with Iran"};
        QTest::newRow("no list after the target, no actor: nothing")
            << "Fighters loyal to Iran have deployed around Palmyra, near Hezbollah positions."
            << "Iran=S:Iran; Hezbollah=G:Hezbollah; Palmyra=L:Palmyra@Homs"
            << QStringList{};
        QTest::newRow("the X-linked group opening a sentence is the article's group")
            << "Al-Shabaab fighters stormed the base at dawn. Al-Shabaab said it held the town. "
               "The al-Qaeda-linked group claimed 41 dead."
            << "Al-Shabaab=G:al-Shabaab; al-Qaeda=G:al-Qaeda"
            << QStringList{"al-Shabaab affiliated_with al-Qaeda"};
        QTest::newRow("the X-linked group with two groups named as often names nobody")
            << "Al-Shabaab fighters attacked ISIS positions. The al-Qaeda-linked group said it "
               "won."
            << "Al-Shabaab=G:al-Shabaab; ISIS=G:Islamic State; al-Qaeda=G:al-Qaeda"
            << QStringList{};
        QTest::newRow("under the X umbrella")
            << "Ground units of the Deir ez-Zor Military Council, which operates under the SDF "
               "umbrella, cordoned off the area."
            << "Deir ez-Zor Military Council=G:Deir ez-Zor Military Council;"
               "SDF=G:Syrian Democratic Forces"
            << QStringList{"Deir ez-Zor Military Council part_of Syrian Democratic Forces"};
        QTest::newRow("plural X-backed factions opening a sentence name no one group")
            << "SDF fighters repelled an attack near Manbij. The SDF said two fighters were "
               "wounded. The Turkish-backed factions withdrew."
            << "SDF=G:Syrian Democratic Forces; Manbij=L:Manbij@Aleppo; Turkish=S:Turkey"
            << QStringList{};
        QTest::newRow("the X-linked group is not the group its sentence names")
            << "Al-Shabaab fighters stormed the base at dawn. Al-Shabaab said it held the town. "
               "The al-Qaeda-linked group attacked Al-Shabaab positions."
            << "Al-Shabaab=G:al-Shabaab; al-Qaeda=G:al-Qaeda"
            << QStringList{};
        QTest::newRow("under an umbrella far from the group names no member")
            << "The Hamza Division shelled HTS positions under the SNA umbrella."
            << "Hamza Division=G:Hamza Division; HTS=G:Hay'at Tahrir al-Sham;"
               "SNA=G:Syrian National Army"
            << QStringList{};
        QTest::newRow("materiel supplied by a state far from any group names no client")
            << "The army destroyed 4 vehicles of Jaysh al-Nasr and a weapons depot containing "
               "ammunition and rocket launchers supplied by the Turkish regime."
            << "Jaysh al-Nasr=G:Jaysh al-Nasr; Turkish regime=S:Turkey"
            << QStringList{};
        QTest::newRow("former branch, apposition after")
            << "The clashes drew in the former branch of al-Qaeda in Yemen Ansar al-Sharia "
               "(AAS), local media reported."
            << "al-Qaeda=G:al-Qaeda; Yemen=S:Yemen; Ansar al-Sharia=G:Ansar al-Sharia;"
               "AAS=G:Ansar al-Sharia"
            << QStringList{"Ansar al-Sharia part_of al-Qaeda former reported(local media)"};
        QTest::newRow("former branch, apposition before")
            << "Jabhat Fateh al-Sham, the former branch of al-Qaeda in Syria, denied the report."
            << "Jabhat Fateh al-Sham=G:Jabhat Fateh al-Sham; al-Qaeda=G:al-Qaeda; Syria=S:Syria"
            << QStringList{"Jabhat Fateh al-Sham part_of al-Qaeda former"};
        QTest::newRow("a unit named with its parent")
            << "Gunmen attacked the Southern Transitional Council's Security Belt forces; shells "
               "hit the Ukrainian Armed Forces' 93rd Mechanized Brigade and the 4th Armoured "
               "Division of the Syrian Arab Army."
            << "Southern Transitional Council=G:Southern Transitional Council; "
               "Security Belt=G:Security Belt; Ukrainian Armed Forces=F:Ukrainian Armed Forces; "
               "93rd Mechanized Brigade=F:93rd Mechanized Brigade; "
               "4th Armoured Division=F:4th Armoured Division; Syrian Arab Army=F:Syrian Arab Army"
            << QStringList{"Security Belt part_of Southern Transitional Council",
                           "93rd Mechanized Brigade part_of Ukrainian Armed Forces",
                           "4th Armoured Division part_of Syrian Arab Army"};
        QTest::newRow("a state's force and a group's fighters are no units")
            << "Turkey's Hamza Division and fighters of the Hamza Division of Jaysh al-Islam met."
            << "Turkey=S:Turkey; Hamza Division=G:Hamza Division; Jaysh al-Islam=G:Jaysh al-Islam"
            << QStringList{"Hamza Division part_of Jaysh al-Islam"};
        QTest::newRow("loyal to")
            << "The Security Belt, loyal to the Southern Transitional Council, seized the port."
            << "Security Belt=G:Security Belt; Southern Transitional Council=G:Southern "
               "Transitional Council"
            << QStringList{"Security Belt affiliated_with Southern Transitional Council"};
        QTest::newRow("pledged allegiance")
            << "In March 2015 Boko Haram pledged allegiance to ISIS."
            << "Boko Haram=G:Boko Haram; ISIS=G:Islamic State"
            << QStringList{"Boko Haram affiliated_with Islamic State"};
        QTest::newRow("an affiliate of")
            << "JNIM, an affiliate of al-Qaeda in the Sahel, claimed the ambush."
            << "JNIM=G:JNIM; al-Qaeda=G:al-Qaeda"
            << QStringList{"JNIM affiliated_with al-Qaeda"};
        QTest::newRow("backed by")
            << "The Wagner Group, backed by Russia, deployed to Bamako."
            << "Wagner Group=G:Wagner Group; Russia=S:Russia; Bamako=L:Bamako@Bamako"
            << QStringList{"Wagner Group backed_by Russia"};
        QTest::newRow("funded by")
            << "Kataib Hezbollah is funded by Iran, according to Reuters."
            << "Kataib Hezbollah=G:Kataib Hezbollah; Iran=S:Iran; Reuters=O:Reuters"
            << QStringList{"Kataib Hezbollah backed_by Iran reported(Reuters)"};
        QTest::newRow("x's proxy")
            << "Washington blamed Iran's proxy Kataib Hezbollah for the drone attack."
            << "Iran=S:Iran; Kataib Hezbollah=G:Kataib Hezbollah"
            << QStringList{"Kataib Hezbollah backed_by Iran"};
        QTest::newRow("a faction of")
            << "The Sultan Murad Division, a faction of the Syrian National Army, shelled Tal Rifaat."
            << "Sultan Murad Division=G:Sultan Murad Division; Syrian National Army=G:Syrian "
               "National Army; Tal Rifaat=L:Tal Rifaat@Aleppo"
            << QStringList{"Sultan Murad Division part_of Syrian National Army"};
        QTest::newRow("a faction of a backed group: the target follows the cue")
            << "Liwa al-Salam, a faction of the Iranian-backed Badr Organisation, denied it."
            << "Liwa al-Salam=G:Liwa al-Salam; Iranian=S:Iran;"
               "Badr Organisation=G:Badr Organisation"
            << QStringList{"Badr Organisation backed_by Iran",
                           "Liwa al-Salam part_of Badr Organisation"};
        QTest::newRow("a faction of a backed nobody gives no target")
            << "Liwa al-Salam, a faction of the Iranian-backed coalition, denied it."
            << "Liwa al-Salam=G:Liwa al-Salam; Iranian=S:Iran"
            << QStringList{};
        QTest::newRow("X, an Y faction")
            << "Saraya al-Muqawama, a PMF brigade, lost two men near Baiji."
            << "Saraya al-Muqawama=G:Saraya al-Muqawama; PMF=G:Popular Mobilization Forces;"
               "Baiji=L:Baiji@Saladin"
            << QStringList{"Saraya al-Muqawama part_of Popular Mobilization Forces"};
        QTest::newRow("the Y group X")
            << "Clashes broke out after the JNIM group Katiba Macina raided the market."
            << "JNIM=G:JNIM; Katiba Macina=G:Katiba Macina"
            << QStringList{"Katiba Macina part_of JNIM"};
        QTest::newRow("plural group noun names no one group")
            << "The SNA factions Hamza Division and Sultan Murad clashed again."
            << "SNA=G:Syrian National Army; Hamza Division=G:Hamza Division;"
               "Sultan Murad=G:Sultan Murad"
            << QStringList{};
        QTest::newRow("x's yemeni branch")
            << "Al-Qaeda's Yemeni branch, AQAP, claimed the bombing in Aden."
            << "Al-Qaeda=G:al-Qaeda; AQAP=G:AQAP; Aden=L:Aden@Aden"
            << QStringList{"AQAP part_of al-Qaeda"};
        QTest::newRow("member of, person")
            << "Ahmed Umar is a senior member of al-Shabaab, officials said."
            << "Ahmed Umar=P:Ahmed Umar; al-Shabaab=G:al-Shabaab"
            << QStringList{"Ahmed Umar part_of al-Shabaab reported(officials)"};
        QTest::newRow("allied with")
            << "The Houthis, allied with Iran, fired missiles at Marib."
            << "Houthis=G:Ansar Allah; Iran=S:Iran; Marib=L:Marib@Marib"
            << QStringList{"Ansar Allah allied_with Iran"};
        QTest::newRow("alongside")
            << "Hezbollah fighters fought alongside the Syrian Arab Army in Qusayr."
            << "Hezbollah=G:Hezbollah; Syrian Arab Army=F:Syrian Arab Army; Qusayr=L:Qusayr@Homs"
            << QStringList{"Hezbollah allied_with Syrian Arab Army"};
        QTest::newRow("joint operation")
            << "The Malian army, in a joint operation with Wagner Group, raided Moura."
            << "Malian army=F:Malian Armed Forces; Wagner Group=G:Wagner Group; Moura=L:Moura@Mopti"
            << QStringList{"Malian Armed Forces allied_with Wagner Group"};
        QTest::newRow("broke away")
            << "Ansaru, which broke away from Boko Haram in 2012, kidnapped the engineers."
            << "Ansaru=G:Ansaru; Boko Haram=G:Boko Haram"
            << QStringList{"Ansaru splinter_of Boko Haram"};
        QTest::newRow("offshoot")
            << "ISWAP, an offshoot of Boko Haram, overran the base."
            << "ISWAP=G:ISWAP; Boko Haram=G:Boko Haram"
            << QStringList{"ISWAP splinter_of Boko Haram"};
        QTest::newRow("person, commander of")
            << "The group was founded by \u201cAbu Khalid al-Shami\u201d, a Syrian commander of "
               "Hurras al-Din."
            << "Syrian=S:Syria; Hurras al-Din=G:Hurras al-Din"
            << QStringList{"Abu Khalid al-Shami affiliated_with Hurras al-Din"};
        QTest::newRow("person, group role before")
            << "HTS leader Abu Mohammad al-Julani visited Sarmada."
            << "HTS=G:Hay'at Tahrir al-Sham; Sarmada=L:Sarmada@Idlib"
            << QStringList{"Abu Mohammad al-Julani affiliated_with Hay'at Tahrir al-Sham"};
        QTest::newRow("every target of a list")
            << "Regime forces advanced on Kafr Zita, fighting alongside Liwa al-Quds and "
               "Russian special forces."
            << "Regime forces=F:Syrian Arab Army; Liwa al-Quds=G:Liwa al-Quds;"
               "Russian special forces=F:Russian Armed Forces; Kafr Zita=L:Kafr Zita@Hama"
            << QStringList{"Syrian Arab Army allied_with Liwa al-Quds",
                           "Syrian Arab Army allied_with Russian Armed Forces"};
        QTest::newRow("a list's state owner is passed over")
            << "The Fatemiyoun is backed by Iran and Lebanon's Hezbollah."
            << "Fatemiyoun=G:Liwa Fatemiyoun; Iran=S:Iran; Lebanon=S:Lebanon; Hezbollah=G:Hezbollah"
            << QStringList{"Liwa Fatemiyoun backed_by Iran", "Liwa Fatemiyoun backed_by Hezbollah"};
        QTest::newRow("a joint raid")
            << "The SDF and the US-led coalition detained five men on Thursday in a joint raid "
               "on Dhiban."
            << "SDF=G:Syrian Democratic Forces; US-led coalition=G:US-led coalition;"
               "Dhiban=L:Dhiban@Deir ez-Zor"
            << QStringList{"Syrian Democratic Forces allied_with US-led coalition"};
        QTest::newRow("one actor's joint statement is no alliance")
            << "The SDF said in a joint statement with local councils that the road was open."
            << "SDF=G:Syrian Democratic Forces" << QStringList{};
        QTest::newRow("supplied by")
            << "The brigade fights with rifles supplied by the United States."
            << "brigade=G:Brigade; United States=S:United States"
            << QStringList{"Brigade backed_by United States"};
        QTest::newRow("a spokesman's title is no affiliation")
            << "HTS spokesman Abu Khalid al-Shami said the road was closed."
            << "HTS=G:Hay'at Tahrir al-Sham" << QStringList{};
        QTest::newRow("apposition before anaphor")
            << "Jund al-Haqq, an ISIS-affiliated group, attacked the checkpoint."
            << "Jund al-Haqq=G:Jund al-Haqq; ISIS=G:Islamic State"
            << QStringList{"Jund al-Haqq affiliated_with Islamic State"};
        QTest::newRow("affiliated group with no name gives nothing")
            << "An ISIS-affiliated group resurfaces in Hama and attacks a Turkish-backed group."
            << "ISIS=G:Islamic State; Hama=L:Hama@Hama; Turkish=S:Turkey" << QStringList{};
        QTest::newRow("anaphor object of a fight gives nothing")
            << "The clashes forced Ahrar al-Sham to join the battle against the ISIS-linked group."
            << "Ahrar al-Sham=G:Ahrar al-Sham; ISIS=G:Islamic State" << QStringList{};
        QTest::newRow("anaphor binds to the group of the sentence")
            << "Near Saraqib, the ISIS-linked group Jund al-Haqq claimed two bombings."
            << "Saraqib=L:Saraqib@Idlib; ISIS=G:Islamic State; Jund al-Haqq=G:Jund al-Haqq"
            << QStringList{"Jund al-Haqq affiliated_with Islamic State"};
        QTest::newRow("alleged")
            << "The RSF, allegedly armed by the UAE, shelled El Fasher."
            << "RSF=G:Rapid Support Forces; UAE=S:United Arab Emirates; El Fasher=L:El Fasher@North Darfur"
            << QStringList{"Rapid Support Forces backed_by United Arab Emirates alleged"};
        QTest::newRow("reportedly governs its clause only")
            << "Dozens were reportedly killed, which pushed the Russian-backed 5th Corps to withdraw."
            << "Russian=S:Russia; 5th Corps=F:5th Corps"
            << QStringList{"5th Corps backed_by Russia"};
        QTest::newRow("according to a source")
            << "According to Enab Baladi, the Turkish-backed Hamza Division arrested the men."
            << "Enab Baladi=O:Enab Baladi; Turkish=S:Turkey; Hamza Division=G:Hamza Division"
            << QStringList{"Hamza Division backed_by Turkey reported(Enab Baladi)"};
        QTest::newRow("formerly")
            << "Jaysh al-Izza, formerly affiliated with the FSA, now fights alone."
            << "Jaysh al-Izza=G:Jaysh al-Izza; FSA=G:Free Syrian Army"
            << QStringList{"Jaysh al-Izza affiliated_with Free Syrian Army former"};
        QTest::newRow("held is not an affiliation")
            << "Civilians fled the ISIS-held areas of eastern Syria."
            << "ISIS=G:Islamic State; Syria=L:Syria" << QStringList{};
    }

    void affiliations()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QFETCH(QStringList, expected);
        const RuleOutput out = RuleTest::run(text, hits);
        QCOMPARE(RuleTest::describe(out.affiliations), expected);
        for (const Affiliation &a : out.affiliations) {
            QVERIFY(a.provenance.status == Status::Proposed);
            QVERIFY(a.provenance.origin.startsWith(QLatin1String("rule:affiliation.")));
            QVERIFY(a.start < a.end);
            QVERIFY(a.start >= 0 && a.end <= text.size());
        }
    }

    // The stating span covers the cue and the names it links.
    void stateSpan()
    {
        const QString text = QStringLiteral(
            "Fighters of the Turkish-backed Hamza Division shelled the village of Kafr Jana.");
        const RuleOutput out = RuleTest::run(
            text, QStringLiteral("Turkish=S:Turkey; Hamza Division=G:Hamza Division"));
        QCOMPARE(out.affiliations.size(), 1);
        const Affiliation &a = out.affiliations.first();
        QCOMPARE(text.mid(a.start, a.end - a.start), QStringLiteral("Turkish-backed Hamza Division"));
        QCOMPARE(a.provenance.origin, QStringLiteral("rule:affiliation.x-backed"));
    }

    // The same claim twice in an article is proposed once.
    void duplicatesCollapse()
    {
        const QString text = QStringLiteral(
            "The Turkish-backed Hamza Division entered Afrin. Later the Turkish-backed Hamza "
            "Division left.");
        const RuleOutput out = RuleTest::run(
            text, QStringLiteral("Turkish=S:Turkey; Hamza Division=G:Hamza Division; Afrin=L:Afrin@Aleppo"));
        QCOMPARE(RuleTest::describe(out.affiliations),
                 QStringList{"Hamza Division backed_by Turkey"});
    }
};

QTEST_GUILESS_MAIN(TestAffiliationRule)
#include "test_affiliationrule.moc"
