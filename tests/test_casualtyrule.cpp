#include "ruletesthelpers.h"

#include <QtTest>

// Casualty figures (codebook section 4): what was stated, about whom, by whom, how sure.
// Every sentence here is written for the tests in the style of the outlets analysts read.
class TestCasualtyRule : public QObject
{
    Q_OBJECT

private slots:
    void figures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::addColumn<QStringList>("expected");

        const QString syria = "Liwa al-Qadisiyah=G:Liwa al-Qadisiyah; Jaysh al-Nasr=G:Jaysh al-Nasr;"
                              "Kafr Nabudah=L:Kafr Nabudah@Hama";
        QTest::newRow("lost one of its and killed four of")
            << "In the raid on Kafr Nabudah, Liwa al-Qadisiyah lost one of its fighters and "
               "killed four fighters of Jaysh al-Nasr."
            << syria
            << QStringList{"killed|Liwa al-Qadisiyah|by Jaysh al-Nasr|1/1/1|exact|event",
                           "killed|Jaysh al-Nasr|by Liwa al-Qadisiyah|4/4/4|exact|event"};
        QTest::newRow("hundreds reportedly killed in X attacks")
            << "Hundreds of SDF fighters were reportedly killed in Ansar al-Tawhid attacks, "
               "which pushed the coalition to respond."
            << "SDF=G:Syrian Democratic Forces; Ansar al-Tawhid=G:Ansar al-Tawhid"
            << QStringList{"killed|Syrian Democratic Forces|by Ansar al-Tawhid|100/100/-|vague|"
                           "period|hedged"};
        QTest::newRow("materiel is not a figure")
            << "The militants also seized large quantities of weapons and ammunition from "
               "the depot."
            << "" << QStringList{};
        QTest::newRow("captured loads of weapons")
            << "Jaysh al-Nasr captured loads of rifles and rockets from the headquarters."
            << syria << QStringList{};
        QTest::newRow("captured tanks")
            << "Jaysh al-Nasr captured 3 tanks near Kafr Nabudah." << syria << QStringList{};
        QTest::newRow("at least N civilians were killed")
            << "At least 12 civilians were killed when a car bomb exploded in a market in "
               "Mogadishu on Saturday."
            << "Mogadishu=L:Mogadishu@Banaadir"
            << QStringList{"killed|civilians|by ?|12/12/-|at_least|event"};
        QTest::newRow("between N and M soldiers, state force of the context")
            << "Between 5 and 8 soldiers of the Malian army were wounded in an ambush near "
               "Boulkessi."
            << "Malian army=F:Malian Armed Forces; Boulkessi=L:Boulkessi@Mopti"
            << QStringList{"wounded|Malian Armed Forces|by ?|5/5/8|range|event"};
        QTest::newRow("state adjective soldiers")
            << "Boko Haram militants killed three Nigerian soldiers in an attack on a base in "
               "Borno."
            << "Boko Haram=G:Boko Haram; Nigerian=S:Nigeria; Borno=L:Borno@Borno"
            << QStringList{"killed|Military Forces of Nigeria|by Boko Haram|3/3/3|exact|event"};
        QTest::newRow("a hostile label means the group the article names most")
            << "Jaysh al-Nasr fighters attacked an army checkpoint near Kafr Nabudah on Monday. "
               "Jaysh al-Nasr later claimed the raid. The army said its units repelled the "
               "attack, killing 22 assailants."
            << "Jaysh al-Nasr=G:Jaysh al-Nasr; army=F:Syrian Arab Army;"
               "Kafr Nabudah=L:Kafr Nabudah@Hama"
            << QStringList{"killed|Jaysh al-Nasr|by Syrian Arab Army|22/22/22|exact|event"};
        QTest::newRow("a hostile label is never the subject's own group")
            << "Jaysh al-Nasr, at war with Liwa al-Qadisiyah for a year, said it killed 6 "
               "mercenaries near Kafr Nabudah on Monday."
            << syria << QStringList{"killed|Liwa al-Qadisiyah|by Jaysh al-Nasr|6/6/6|exact|event"};
        QTest::newRow("a hostile label without any other group stays unknown")
            << "Jaysh al-Nasr said it killed 6 mercenaries near Kafr Nabudah on Monday."
            << "Jaysh al-Nasr=G:Jaysh al-Nasr; Kafr Nabudah=L:Kafr Nabudah@Hama"
            << QStringList{"killed|unknown|by Jaysh al-Nasr|6/6/6|exact|event"};
        QTest::newRow("of them after a hostile label")
            << "Jaysh al-Nasr ambushed an army convoy near Kafr Nabudah on Monday. Warplanes "
               "later struck hideouts of the militants, killing 11 of them."
            << "Jaysh al-Nasr=G:Jaysh al-Nasr; army=F:Syrian Arab Army;"
               "Kafr Nabudah=L:Kafr Nabudah@Hama"
            << QStringList{"killed|Jaysh al-Nasr|by ?|11/11/11|exact|event"};
        QTest::newRow("bare soldiers are those the article named with the word")
            << "Two Security Belt soldiers were killed in Abyan on Tuesday. Since the start of "
               "the operation, at least 45 soldiers have been killed."
            << "Security Belt=G:Security Belt; Abyan=L:Abyan@Abyan"
            << QStringList{"killed|Security Belt|by ?|2/2/2|exact|event",
                           "killed|Security Belt|by ?|45/45/-|at_least|period"};
        QTest::newRow("a bare number repeating an earlier figure restates it")
            << "Islamic State fighters killed 14 Syrian soldiers near Sukhnah on Tuesday. The "
               "Observatory said 14 were killed and at least 9 were wounded."
            << "Islamic State=G:Islamic State; Syrian soldiers=F:Syrian Arab Army;"
               "Sukhnah=L:Sukhnah@Homs"
            << QStringList{"killed|Syrian Arab Army|by Islamic State|14/14/14|exact|event",
                           "killed|Syrian Arab Army|by ?|14/14/14|exact|event",
                           "wounded|Syrian Arab Army|by ?|9/9/-|at_least|event"};
        QTest::newRow("a bare number of its own stays unknown")
            << "Islamic State fighters killed 14 Syrian soldiers near Sukhnah on Tuesday. The "
               "Observatory said 12 were killed."
            << "Islamic State=G:Islamic State; Syrian soldiers=F:Syrian Arab Army;"
               "Sukhnah=L:Sukhnah@Homs"
            << QStringList{"killed|Syrian Arab Army|by Islamic State|14/14/14|exact|event",
                           "killed|unknown|by ?|12/12/12|exact|event"};
        QTest::newRow("a fourth goes on counting the figure of the paragraph before")
            << "A Turkish drone killed three YPJ fighters near Qamishli on Sunday.\n\n"
               "A fourth fighter was seriously wounded."
            << "Turkish drone=F:Turkish Armed Forces; YPJ=G:Women's Protection Units;"
               "Qamishli=L:Qamishli@Al-Hasakah"
            << QStringList{"killed|Women's Protection Units|by Turkish Armed Forces|3/3/3|exact|event",
                           "wounded|Women's Protection Units|by ?|1/1/1|exact|event"};
        QTest::newRow("dozens more go on counting the figure of the paragraph before")
            << "Air strikes killed nine civilians in a market in Ariha on Wednesday.\n\n"
               "Dozens more were wounded, some critically."
            << "Ariha=L:Ariha@Idlib"
            << QStringList{"killed|civilians|by ?|9/9/9|exact|event",
                           "wounded|civilians|by ?|12/12/-|vague|event"};
        QTest::newRow("more after a figure two paragraphs back is no continuation")
            << "Air strikes killed nine civilians in a market in Ariha on Wednesday.\n\n"
               "The market reopened on Thursday.\n\nDozens more were wounded."
            << "Ariha=L:Ariha@Idlib"
            << QStringList{"killed|civilians|by ?|9/9/9|exact|event",
                           "wounded|unknown|by ?|12/12/-|vague|period"};
        QTest::newRow("the enemy's loss is the group the article names most")
            << "Army units shelled HTS positions near Kafr Nabudah. HTS fighters withdrew. The "
               "enemy lost 12 fighters, the army said."
            << "HTS=G:Hay'at Tahrir al-Sham; Kafr Nabudah=L:Kafr Nabudah@Hama"
            << QStringList{"killed|Hay'at Tahrir al-Sham|by ?|12/12/12|exact|event"};
        QTest::newRow("a loss killed or wounded is not split")
            << "Jaysh al-Nasr had lost 40 fighters killed or wounded since Friday."
            << syria
            << QStringList{"unknown|Jaysh al-Nasr|by ?|40/40/40|exact|period"};
        QTest::newRow("an exact number more with nothing to continue is no restatement")
            << "Two civilians were killed in Ariha on Wednesday.\n\n"
               "The market reopened on Thursday.\n\nTwo more were wounded."
            << "Ariha=L:Ariha@Idlib"
            << QStringList{"killed|civilians|by ?|2/2/2|exact|event",
                           "wounded|unknown|by ?|2/2/2|exact|event"};
        QTest::newRow("more with a day and place of its own keeps its own scope")
            << "Air strikes have killed more than 500 civilians in Idlib since January.\n\n"
               "Dozens more were killed in Ariha on Wednesday."
            << "Idlib=L:Idlib@Idlib; Ariha=L:Ariha@Idlib"
            << QStringList{"killed|civilians|by ?|501/501/-|at_least|period",
                           "killed|civilians|by ?|12/12/-|vague|event"};
        QTest::newRow("men identified as a group's leaders are that group's")
            << "A US drone strike near Idlib killed two men identified by local sources as "
               "Hurras al-Din leaders on June 14."
            << "US drone=F:United States Armed Forces; Idlib=L:Idlib@Idlib;"
               "Hurras al-Din=G:Hurras al-Din"
            << QStringList{"killed|Hurras al-Din|by United States Armed Forces|2/2/2|exact|event"};
        QTest::newRow("people said to be a group's fighters are that group's")
            << "The strike killed five people said to be Jaysh al-Nasr fighters."
            << syria
            << QStringList{"killed|Jaysh al-Nasr|by ?|5/5/5|exact|event"};
        QTest::newRow("a source's own people are civilians")
            << "Fifteen civilians were killed in Kafr Nabudah, according to the Syria Civil "
               "Defence, whose teams searched the rubble on Sunday. Two of its volunteers were "
               "wounded by a second strike."
            << "Kafr Nabudah=L:Kafr Nabudah@Hama; Syria Civil Defence=O:Syria Civil Defence;"
               "Sunday=D:2023-05-07"
            << QStringList{"killed|civilians|by ?|15/15/15|exact|event|hedged",
                           "wounded|civilians|by ?|2/2/2|exact|event"};
        QTest::newRow("its with a group before is the group's")
            << "Jaysh al-Nasr shelled Kafr Nabudah on Sunday. Two of its fighters were wounded."
            << syria
            << QStringList{"wounded|Jaysh al-Nasr|by ?|2/2/2|exact|event"};
        QTest::newRow("people hit in an attack are civilians")
            << "A missile struck a printing house in Kharkiv on Thursday, killing at least "
               "seven people."
            << "Kharkiv=L:Kharkiv@Kharkiv"
            << QStringList{"killed|civilians|by ?|7/7/-|at_least|event"};
        QTest::newRow("people killed in clashes are unknown")
            << "Seven people were killed in clashes near Kafr Nabudah on Monday." << syria
            << QStringList{"killed|unknown|by ?|7/7/7|exact|event"};
        QTest::newRow("a war's toll of people is unknown")
            << "The war has killed more than 230,000 people since it began." << ""
            << QStringList{"killed|unknown|by ?|230001/230001/-|at_least|period"};
        QTest::newRow("soldiers without a force are unknown")
            << "Two soldiers died of their wounds in the hospital of Gao." << "Gao=L:Gao@Gao"
            << QStringList{"killed|unknown|by ?|2/2/2|exact|event"};
        QTest::newRow("two of them")
            << "Gunmen abducted five aid workers near Kidal on Monday. Two of them were later "
               "found dead."
            << "Kidal=L:Kidal@Kidal"
            << QStringList{"captured|civilians|by Unidentified Armed Group|5/5/5|exact|event",
                           "killed|civilians|by ?|2/2/2|exact|event"};
        QTest::newRow("passive with by")
            << "Four policemen were killed by al-Shabaab fighters in Lower Shabelle on Tuesday."
            << "al-Shabaab=G:al-Shabaab; Lower Shabelle=L:Lower Shabelle@Lower Shabelle"
            << QStringList{"killed|unknown|by al-Shabaab|4/4/4|exact|event"};
        QTest::newRow("active with state force subject")
            << "The Iraqi army killed nine ISIS militants in the desert west of Anbar."
            << "Iraqi army=F:Iraqi Army; ISIS=G:Islamic State; Anbar=L:Anbar@Anbar"
            << QStringList{"killed|Islamic State|by Iraqi Army|9/9/9|exact|event"};
        QTest::newRow("killing and wounding")
            << "A Houthi drone struck a wedding in Hodeidah, killing 6 civilians and wounding "
               "14 others."
            << "Houthi=G:Ansar Allah; Hodeidah=L:Hodeidah@Al Hudaydah"
            << QStringList{"killed|civilians|by Ansar Allah|6/6/6|exact|event",
                           "wounded|civilians|by Ansar Allah|14/14/14|exact|event"};
        QTest::newRow("N dead and M wounded")
            << "The blast in Kabul left 7 dead and 20 wounded, officials said."
            << "Kabul=L:Kabul@Kabul"
            << QStringList{"killed|unknown|by ?|7/7/7|exact|event",
                           "wounded|unknown|by ?|20/20/20|exact|event"};
        QTest::newRow("casualties unsplit")
            << "The shelling of Avdiivka caused 15 casualties." << "Avdiivka=L:Avdiivka@Donetsk"
            << QStringList{"unknown|unknown|by ?|15/15/15|exact|event"};
        QTest::newRow("kidnapped passive")
            << "Dozens of students were kidnapped by bandits from a school in Kaduna."
            << "Kaduna=L:Kaduna@Kaduna"
            << QStringList{"captured|civilians|by Unidentified Armed Group|12/12/-|vague|event"};
        QTest::newRow("taken prisoner")
            << "Six Russian soldiers were taken prisoner near Bakhmut, Ukrainian officials said."
            << "Russian=S:Russia; Ukrainian=S:Ukraine; Bakhmut=L:Bakhmut@Donetsk"
            << QStringList{"captured|Military Forces of Russia|by ?|6/6/6|exact|event"};
        QTest::newRow("missing")
            << "Three fishermen remain missing after the attack off the coast of Lake Chad."
            << "" << QStringList{"missing|civilians|by ?|3/3/3|exact|event"};
        QTest::newRow("headline style")
            << "12 soldiers killed in jihadist attack in Burkina Faso"
            << "Burkina Faso=L:Burkina Faso"
            << QStringList{"killed|unknown|by ?|12/12/12|exact|event"};
        QTest::newRow("article as one")
            << "A Turkish soldier was killed by a PKK sniper in Duhok."
            << "Turkish=S:Turkey; PKK=G:PKK; Duhok=L:Duhok@Duhok"
            << QStringList{"killed|Military Forces of Turkey|by PKK|1/1/1|exact|event"};
        QTest::newRow("more than, period since")
            << "More than 300 members of the group have been killed since 2017, the monitor said."
            << "" << QStringList{"killed|unknown|by ?|301/301/-|at_least|period"};
        QTest::newRow("during the campaign")
            << "Scores of fighters died during the campaign against the Houthis."
            << "Houthis=G:Ansar Allah"
            << QStringList{"killed|unknown|by ?|20/20/-|vague|period"};
        QTest::newRow("up to")
            << "Up to 40 villagers were killed in the massacre in Ogossagou." << "Ogossagou=L:Ogossagou@Mopti"
            << QStringList{"killed|civilians|by ?|-/40/40|at_most|event"};
        QTest::newRow("coordinated victims")
            << "Five soldiers and three civilians were killed by ISWAP in Damboa."
            << "ISWAP=G:ISWAP; Damboa=L:Damboa@Borno"
            << QStringList{"killed|unknown|by ISWAP|5/5/5|exact|event",
                           "killed|civilians|by ISWAP|3/3/3|exact|event"};
        QTest::newRow("X's members")
            << "The airstrike killed two of Hurras al-Din's commanders near Idlib on Sunday."
            << "Hurras al-Din=G:Hurras al-Din; Idlib=L:Idlib@Idlib"
            << QStringList{"killed|Hurras al-Din|by ?|2/2/2|exact|event"};
        QTest::newRow("N X fighters captured")
            << "Peshmerga forces captured 11 ISIS fighters in a raid south of Kirkuk."
            << "Peshmerga forces=F:Peshmerga; ISIS=G:Islamic State; Kirkuk=L:Kirkuk@Kirkuk"
            << QStringList{"captured|Islamic State|by Peshmerga|11/11/11|exact|event"};
        QTest::newRow("according to hedges")
            << "According to local sources, nearly 20 AQAP militants were killed in Abyan."
            << "AQAP=G:AQAP; Abyan=L:Abyan@Abyan"
            << QStringList{"killed|AQAP|by ?|-/20/-|approximate|event|hedged"};
        QTest::newRow("ordinal is not a count")
            << "The fourth fighter was killed later in Idlib." << "Idlib=L:Idlib@Idlib"
            << QStringList{};
        QTest::newRow("date is not a count")
            << "On March 22 the army attacked Kafr Nabudah." << syria << QStringList{};

        // Partisan and official verbs: martyred and eliminated are deaths, neutralised is
        // killed or wounded (kind unknown), as is "killed or wounded".
        QTest::newRow("martyred")
            << "A Turkish drone strike martyred two YPG fighters near Tal Tamr on Friday."
            << "Turkish drone=F:Turkish Armed Forces; YPG=G:People's Protection Units;"
               "Tal Tamr=L:Tal Tamr@Al-Hasakah"
            << QStringList{"killed|People's Protection Units|by Turkish Armed Forces|2/2/2|exact|"
                           "event"};
        QTest::newRow("neutralised")
            << "The army said it neutralised 12 Boko Haram fighters in Bama on Monday."
            << "army=F:Nigerian Army; Boko Haram=G:Boko Haram; Bama=L:Bama@Borno"
            << QStringList{"unknown|Boko Haram|by Nigerian Army|12/12/12|exact|event"};
        QTest::newRow("killed or wounded")
            << "Gunmen killed or wounded 14 villagers in Zurmi on Sunday." << "Zurmi=L:Zurmi@Zamfara"
            << QStringList{"unknown|civilians|by Unidentified Armed Group|14/14/14|exact|event"};
        QTest::newRow("headline present tense")
            << "Taliban arrests 9 ISKP members in Jalalabad"
            << "Taliban=G:Taliban; ISKP=G:Islamic State Khorasan; Jalalabad=L:Jalalabad@Nangarhar"
            << QStringList{"captured|Islamic State Khorasan|by Taliban|9/9/9|exact|event"};
        QTest::newRow("quoted number")
            << "Islamic State Sahel said it killed \"dozens\" of Wagner fighters near Menaka on "
               "Friday."
            << "Islamic State Sahel=G:Islamic State Sahel Province; Wagner=G:Wagner Group;"
               "Menaka=L:Menaka@Menaka"
            << QStringList{"killed|Wagner Group|by Islamic State Sahel Province|12/12/-|vague|event"};
        // Victims from the context (codebook: the victim is the actor whose people were harmed).
        QTest::newRow("bare number counts the same victims")
            << "Shelling hit a bus station in Kherson on Tuesday, killing three civilians and "
               "injuring nine."
            << "Kherson=L:Kherson@Kherson"
            << QStringList{"killed|civilians|by ?|3/3/3|exact|event",
                           "wounded|civilians|by ?|9/9/9|exact|event"};
        QTest::newRow("fighters of the attacked group")
            << "ISWAP fighters attacked a camp of the Civilian JTF near Monguno on Saturday, "
               "killing four members and wounding two others."
            << "ISWAP=G:ISWAP; Civilian JTF=G:Civilian Joint Task Force; Monguno=L:Monguno@Borno"
            << QStringList{"killed|Civilian Joint Task Force|by ISWAP|4/4/4|exact|event",
                           "wounded|Civilian Joint Task Force|by ISWAP|2/2/2|exact|event"};
        QTest::newRow("a third")
            << "Two Shabaab fighters were killed and a third was wounded in Jilib on Sunday."
            << "Shabaab=G:al-Shabaab; Jilib=L:Jilib@Middle Juba"
            << QStringList{"killed|al-Shabaab|by ?|2/2/2|exact|event",
                           "wounded|al-Shabaab|by ?|1/1/1|exact|event"};
        QTest::newRow("another member")
            << "One Asayish member was killed in Raqqa on Monday; another member was wounded."
            << "Asayish=G:Asayish; Raqqa=L:Raqqa@Raqqa"
            << QStringList{"killed|Asayish|by ?|1/1/1|exact|event",
                           "wounded|Asayish|by ?|1/1/1|exact|event"};
        QTest::newRow("a fourth fighter")
            << "The drone strike near Derik killed three YPG fighters on Sunday, and a fourth "
               "fighter was wounded."
            << "YPG=G:People's Protection Units; Derik=L:Derik@Al-Hasakah"
            << QStringList{"killed|People's Protection Units|by ?|3/3/3|exact|event",
                           "wounded|People's Protection Units|by ?|1/1/1|exact|event"};
        QTest::newRow("members of the faction, subject before")
            << "The clashes in Sarmin killed two HTS fighters. Ahrar al-Sham, which runs the town, "
               "then detained nine members of the faction."
            << "HTS=G:Hay'at Tahrir al-Sham; Ahrar al-Sham=G:Ahrar al-Sham; Sarmin=L:Sarmin@Idlib"
            << QStringList{"killed|Hay'at Tahrir al-Sham|by ?|2/2/2|exact|event",
                           "captured|Hay'at Tahrir al-Sham|by Ahrar al-Sham|9/9/9|exact|event"};
        QTest::newRow("members of the faction")
            << "The clashes in Sarmin killed two HTS fighters. Ahrar al-Sham later detained nine "
               "members of the faction."
            << "HTS=G:Hay'at Tahrir al-Sham; Ahrar al-Sham=G:Ahrar al-Sham; Sarmin=L:Sarmin@Idlib"
            << QStringList{"killed|Hay'at Tahrir al-Sham|by ?|2/2/2|exact|event",
                           "captured|Hay'at Tahrir al-Sham|by Ahrar al-Sham|9/9/9|exact|event"};
        QTest::newRow("of the Turkish-backed X")
            << "Kurdish-led fighters killed three members of the Turkish-backed Sultan Murad "
               "Division near Manbij."
            << "Turkish=S:Turkey; Sultan Murad Division=G:Sultan Murad Division;"
               "Manbij=L:Manbij@Aleppo"
            << QStringList{"killed|Sultan Murad Division|by ?|3/3/3|exact|event"};
        QTest::newRow("of the so-called X")
            << "Russian troops killed 12 fighters of the so-called Siberian Battalion near "
               "Avdiivka."
            << "Russian troops=F:Russian Armed Forces; Siberian Battalion=G:Siberian Battalion;"
               "Avdiivka=L:Avdiivka@Donetsk"
            << QStringList{"killed|Siberian Battalion|by Russian Armed Forces|12/12/12|exact|event"};
        QTest::newRow("soldiers of the article's army")
            << "The Somali National Army said on Thursday that it had retaken the base at Balad.\n\n"
               "Al-Shabaab said its fighters killed 20 soldiers there."
            << "Somali National Army=F:Somali National Army; Al-Shabaab=G:al-Shabaab;"
               "Balad=L:Balad@Middle Shabelle"
            << QStringList{"killed|Somali National Army|by al-Shabaab|20/20/20|exact|event"};
        QTest::newRow("pupils are civilians")
            << "Gunmen abducted 31 pupils from a school in Kankara." << "Kankara=L:Kankara@Katsina"
            << QStringList{"captured|civilians|by Unidentified Armed Group|31/31/31|exact|event"};
        QTest::newRow("the group's own nouns before the verb")
            << "Nearly 15 members of the Peshmerga border guard units were killed near Sinjar on "
               "Monday."
            << "Peshmerga=F:Peshmerga; Sinjar=L:Sinjar@Nineveh"
            << QStringList{"killed|Peshmerga|by ?|-/15/-|approximate|event"};
        QTest::newRow("in its ranks")
            << "The Malian army deplored 3 dead and 5 wounded in its ranks after the ambush near "
               "Tessit."
            << "Malian army=F:Malian Armed Forces; Tessit=L:Tessit@Gao"
            << QStringList{"killed|Malian Armed Forces|by ?|3/3/3|exact|event",
                           "wounded|Malian Armed Forces|by ?|5/5/5|exact|event"};
        QTest::newRow("both sides is unknown")
            << "Two HTS fighters were killed and six others from both sides were wounded near "
               "Sarmin."
            << "HTS=G:Hay'at Tahrir al-Sham; Sarmin=L:Sarmin@Idlib"
            << QStringList{"killed|Hay'at Tahrir al-Sham|by ?|2/2/2|exact|event",
                           "wounded|unknown|by ?|6/6/6|exact|event"};
        QTest::newRow("dozens more")
            << "A drone strike killed 4 civilians in Binnish on Friday. Dozens more were wounded."
            << "Binnish=L:Binnish@Idlib"
            << QStringList{"killed|civilians|by ?|4/4/4|exact|event",
                           "wounded|civilians|by ?|12/12/-|vague|event"};
        QTest::newRow("a force named with its people is the victim")
            << "ISIS fighters killed 12 Syrian soldiers near Palmyra."
            << "ISIS=G:Islamic State; Syrian soldiers=F:Syrian Arab Army; Palmyra=L:Palmyra@Homs"
            << QStringList{"killed|Syrian Arab Army|by Islamic State|12/12/12|exact|event"};
        QTest::newRow("a casualty named as a noun")
            << "Terrorists of the Turkistan Islamic Party fired shells on al-Suqaylabiyah, causing "
               "the martyrdom of a civilian and the injury of 7 others."
            << "Turkistan Islamic Party=G:Turkistan Islamic Party; "
               "al-Suqaylabiyah=L:al-Suqaylabiyah@Hama"
            << QStringList{"killed|civilians|by Turkistan Islamic Party|1/1/1|exact|event",
                           "wounded|civilians|by Turkistan Islamic Party|7/7/7|exact|event"};
        QTest::newRow("the death of, the killing of")
            << "HTS shelling led to the death of 5 civilians and the killing of three fighters of "
               "Faylaq al-Sham."
            << "HTS=G:Hay'at Tahrir al-Sham; Faylaq al-Sham=G:Faylaq al-Sham"
            << QStringList{"killed|civilians|by Hay'at Tahrir al-Sham|5/5/5|exact|event",
                           "killed|Faylaq al-Sham|by Hay'at Tahrir al-Sham|3/3/3|exact|event"};
        QTest::newRow("a death toll is no such noun")
            << "The death toll of the war rose." << "" << QStringList{};
        QTest::newRow("police are not the army named elsewhere")
            << "The Nigerian Army retook the town of Damasak.\n\nThree policemen were killed in "
               "Geidam."
            << "Nigerian Army=F:Nigerian Army; Damasak=L:Damasak@Borno; Geidam=L:Geidam@Yobe"
            << QStringList{"killed|unknown|by ?|3/3/3|exact|event"};
    }

    // Without a publication date "on Monday" is not resolved, yet it still names one day: the
    // figure is one incident's. "last year" stays a period.
    void scopeWithoutPublicationDate()
    {
        const QString hits = QStringLiteral("Gusau=L:Gusau@Zamfara");
        QCOMPARE(RuleTest::describe(
                     RuleTest::run("Gunmen killed five farmers near Gusau on Monday.", hits)
                         .casualties),
                 QStringList{"killed|civilians|by Unidentified Armed Group|5/5/5|exact|event"});
        QCOMPARE(RuleTest::describe(
                     RuleTest::run("Gunmen killed 500 people in Gusau last year.", hits).casualties),
                 QStringList{"killed|unknown|by Unidentified Armed Group|500/500/500|exact|period"});
    }

    void figures()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QFETCH(QStringList, expected);
        const RuleOutput out = RuleTest::run(text, hits, QDate(2023, 5, 10));
        QCOMPARE(RuleTest::describe(out.casualties), expected);
        for (const CasualtyFigure &f : out.casualties) {
            QVERIFY(f.provenance.status == Status::Proposed);
            QVERIFY(f.provenance.origin.startsWith(QLatin1String("rule:casualty.")));
            QVERIFY(f.provenance.confidence > 0.0 && f.provenance.confidence <= 1.0);
            QCOMPARE(f.text, text.mid(f.start, f.end - f.start));
        }
    }

    // The span is the stating phrase, not the whole sentence and not the perpetrator.
    void spans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::addColumn<QStringList>("spans");

        QTest::newRow("object and loss")
            << "Liwa al-Qadisiyah lost one of its fighters and killed four fighters of Jaysh "
               "al-Nasr during the ambush."
            << "Liwa al-Qadisiyah=G:Liwa al-Qadisiyah; Jaysh al-Nasr=G:Jaysh al-Nasr"
            << QStringList{"Liwa al-Qadisiyah lost one of its fighters",
                           "killed four fighters of Jaysh al-Nasr"};
        QTest::newRow("passive")
            << "Hundreds of SDF fighters were reportedly killed in attacks."
            << "SDF=G:Syrian Democratic Forces"
            << QStringList{"Hundreds of SDF fighters were reportedly killed"};
        QTest::newRow("number noun")
            << "The blast left 7 dead." << "" << QStringList{"7 dead"};
    }

    void spans()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QFETCH(QStringList, spans);
        QStringList actual;
        for (const CasualtyFigure &f : RuleTest::run(text, hits).casualties)
            actual.append(f.text);
        QCOMPARE(actual, spans);
    }

    // Comments and spam carry no figures of the article, whatever they say.
    void onlyClaimSegments_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("comment") << int(SegmentKind::Comment);
        QTest::newRow("spam") << int(SegmentKind::Spam);
        QTest::newRow("boilerplate") << int(SegmentKind::Boilerplate);
    }

    void onlyClaimSegments()
    {
        QFETCH(int, kind);
        const QString text = QStringLiteral(
            "Great job, the army killed 40 terrorists yesterday and 12 more were captured.");
        const RuleOutput out =
            RuleTest::run(text, QString(), QDate(2023, 1, 1), SegmentKind(kind));
        QVERIFY(out.casualties.isEmpty());
        QVERIFY(out.mentions.isEmpty());
        QVERIFY(out.events.isEmpty());
    }

    void spamMoneyIsNeverACount()
    {
        const QString text = QStringLiteral(
            "Google giving every one 98 dollars per-hour to do easy tasks from home. I made "
            "$14252 last six weeks and 2,350 $ this month.");
        QVERIFY(RuleTest::run(text, QString()).casualties.isEmpty());
    }

    void figuresTiedToTheBodyOnly()
    {
        // Body then a comment in one text: only the body's figure is proposed.
        const QString body = QStringLiteral("Two soldiers were wounded in Raqqa.\n");
        const QString comment = QStringLiteral("They deserved it, 100 more will be killed.");
        const QString text = body + comment;
        RuleInput input;
        input.text = text;
        input.segments = {Segment{0, int(body.size()), SegmentKind::Body},
                          Segment{int(body.size()), int(text.size()), SegmentKind::Comment}};
        input.hits = RuleTest::hitsIn(text, QStringLiteral("Raqqa=L:Raqqa@Raqqa"));
        const RuleOutput out = RuleEngine::run(input);
        QCOMPARE(RuleTest::describe(out.casualties),
                 QStringList{"wounded|unknown|by ?|2/2/2|exact|event"});
    }

    // A headline's figure with no victim of its own restates the body's: it takes the victims
    // of the body's figure of the same kind and number, and of no other.
    void headlineTakesTheBodysVictims()
    {
        const QString title =
            QStringLiteral("Islamic State attack kills five paramilitary fighters, wounds 3\n\n");
        const QString body = QStringLiteral(
            "Islamic State militants attacked a position of the PMF south of Kirkuk, killing "
            "five fighters of the PMF. Two soldiers were wounded.\n");
        const QString text = title + body;
        RuleInput input;
        input.text = text;
        input.segments = {Segment{0, int(title.size()), SegmentKind::Title},
                          Segment{int(title.size()), int(text.size()), SegmentKind::Body}};
        input.hits = RuleTest::hitsIn(
            text, QStringLiteral("Islamic State=G:Islamic State; PMF=G:Popular Mobilization Forces"));
        const RuleOutput out = RuleEngine::run(input);
        // The title's five killed take the body's victims; "wounds 3" has no body figure of 3
        // wounded with victims and stays unknown.
        const QStringList figures = RuleTest::describe(out.casualties);
        QCOMPARE(figures.size(), 4);
        QCOMPARE(figures.at(0),
                 QStringLiteral("killed|Popular Mobilization Forces|by Islamic State|5/5/5|exact|event"));
        QVERIFY2(figures.at(1).startsWith(QStringLiteral("wounded|unknown|")), qPrintable(figures.at(1)));
        QVERIFY2(figures.at(2).startsWith(QStringLiteral(
                     "killed|Popular Mobilization Forces|by Islamic State|5/5/5|")),
                 qPrintable(figures.at(2)));
    }
};

QTEST_GUILESS_MAIN(TestCasualtyRule)
#include "test_casualtyrule.moc"
