#include "ruletesthelpers.h"

#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/sourcerule.h"
#include "core/detect/rules/tokenizer.h"
#include "core/detect/rules/unknowngrouprule.h"

#include <QtTest>

// PERSON, SOURCE, acronym and unknown-group mentions the knowledge base does not give
// (codebook section 2). Shown as "TYPE surface[=canonical]".
class TestEntityRules : public QObject
{
    Q_OBJECT

private slots:
    void persons_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("kunya in quotes")
            << "The group was founded in 2014 by \u201cAbu Hafs al-Masri\u201d, an Egyptian "
               "cleric." << ""
            << QStringList{"PERSON Abu Hafs al-Masri"};
        QTest::newRow("kunya, two particles")
            << "Abu Abdullah al-Shami al-Halabi was killed in the strike." << ""
            << QStringList{"PERSON Abu Abdullah al-Shami al-Halabi"};
        QTest::newRow("kunya after group role")
            << "ISIS leader Abu Ibrahim al-Hashimi al-Qurashi appeared in a video."
            << "ISIS=G:Islamic State"
            << QStringList{"PERSON Abu Ibrahim al-Hashimi al-Qurashi"};
        QTest::newRow("commander, role not in span")
            << "Local commander Ahmed al-Hassan said the village was shelled." << ""
            << QStringList{"PERSON Ahmed al-Hassan"};
        QTest::newRow("spokesman")
            << "Army spokesman Abdullahi Musa told reporters in Maiduguri."
            << "Maiduguri=L:Maiduguri@Borno"
            << QStringList{"PERSON Abdullahi Musa"};
        QTest::newRow("a list of names a statement gives")
            << "The statement named the martyrs as Rojda Qamishlo, Ber\u00eetan Amed and "
               "Z\u00een\u00ea Derik."
            << "" << QStringList{"PERSON Rojda Qamishlo", "PERSON Ber\u00eetan Amed",
                                 "PERSON Z\u00een\u00ea Derik"};
        QTest::newRow("the name in Arabic script after the Latin one")
            << "Gunmen shot dead Khaled Mahmoud al-Hariri (\u062e\u0627\u0644\u062f "
               "\u0627\u0644\u062d\u0631\u064a\u0631\u064a) in Tafas."
            << "Tafas=L:Tafas@Daraa"
            << QStringList{"PERSON Khaled Mahmoud al-Hariri",
                           "PERSON \u062e\u0627\u0644\u062f "
                           "\u0627\u0644\u062d\u0631\u064a\u0631\u064a"
                           "=Khaled Mahmoud al-Hariri"};
        QTest::newRow("a command is no person")
            << "Three fighters died, the YPJ General Command said."
            << "YPJ=G:Women's Protection Units"
            << QStringList{};
        QTest::newRow("honorific one word")
            << "President Zelensky visited the front." << "" << QStringList{"PERSON Zelensky"};
        QTest::newRow("military title with point")
            << "Gen. Assimi Goita announced the withdrawal." << ""
            << QStringList{"PERSON Assimi Goita"};
        QTest::newRow("apposition with role")
            << "Mahad Karate, a senior commander of the group, was arrested." << ""
            << QStringList{"PERSON Mahad Karate"};
        QTest::newRow("nisba the matcher took for a state")
            << "The cell was led by Abu Talha al-Sudani, officials said." << "Sudani=S:Sudan"
            << QStringList{"PERSON Abu Talha al-Sudani"};
        QTest::newRow("place kunya is not a person")
            << "Delegates met in Abu Dhabi on Monday." << "" << QStringList{};
        QTest::newRow("group name with kunya is not a person")
            << "The Abu Bakr al-Siddiq Brigade withdrew." << "" << QStringList{};
        QTest::newRow("possessive is no part of the name")
            << "Russia backs President Bashar al-Assad's government." << "Russia=S:Russia"
            << QStringList{"PERSON Bashar al-Assad"};
        QTest::newRow("a sect word inside a name")
            << "Prime Minister Mohammed Shia al-Sudani condemned the strike." << ""
            << QStringList{"PERSON Mohammed Shia al-Sudani"};
        QTest::newRow("police rank and Hausa honorific")
            << "The spokesman, ASP Ibrahim Lawal Sani, said so. A parent, Malam Sani Garba, said "
               "the kidnappers called."
            << ""
            << QStringList{"PERSON Ibrahim Lawal Sani", "PERSON Sani Garba"};
        QTest::newRow("the surname again is the same person")
            << "Gunmen shot dead Khaled Mahmoud al-Hariri.\n\nAl-Hariri was a commander; "
               "Bashar al-Hariri was not."
            << ""
            << QStringList{"PERSON Khaled Mahmoud al-Hariri",
                           "PERSON Al-Hariri=Khaled Mahmoud al-Hariri",
                           "PERSON Bashar al-Hariri"};
        QTest::newRow("known person is not duplicated")
            << "Abu Mohammad al-Julani spoke in Idlib."
            << "Abu Mohammad al-Julani=P:Abu Mohammad al-Julani; Idlib=L:Idlib@Idlib"
            << QStringList{};
    }

    void persons()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QFETCH(QStringList, expected);
        QCOMPARE(RuleTest::describe(RuleTest::run(text, hits).mentions, EntityType::Person),
                 expected);
    }

    void sources_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("according to, known outlet, no duplicate")
            << "Gunmen attacked the town, according to the Syrian pro-opposition news outlet "
               "Enab Baladi."
            << "Syrian=S:Syria; Enab Baladi=O:Enab Baladi" << QStringList{};
        QTest::newRow("an institution's name ending in a role word")
            << "Government troops retook the base, the Ministry of Defence said."
            << "" << QStringList{"SOURCE Ministry of Defence"};
        QTest::newRow("a role word alone is no source")
            << "Government troops retook the base, the Commander said."
            << "" << QStringList{};
        QTest::newRow("according to, unknown outlet after descriptors")
            << "Gunmen attacked the town, according to the Yemeni pro-government news site "
               "Al-Masdar Online."
            << "" << QStringList{"SOURCE Al-Masdar Online"};
        QTest::newRow("activists said")
            << "Two civilians were wounded, activists said." << ""
            << QStringList{"SOURCE activists"};
        QTest::newRow("modifiers kept")
            << "Syrian opposition activists believe the cells are active." << ""
            << QStringList{"SOURCE Syrian opposition activists"};
        QTest::newRow("local sources reported")
            << "Local sources reported heavy shelling on Kherson." << "Kherson=L:Kherson@Kherson"
            << QStringList{"SOURCE Local sources"};
        QTest::newRow("a place between the source and its verb")
            << "Local sources in Tafas told the office that residents of Dhiban said nothing."
            << "Tafas=L:Tafas@Daraa; Dhiban=L:Dhiban@Deir ez-Zor"
            << QStringList{"SOURCE Local sources", "SOURCE residents"};
        QTest::newRow("a war monitor is a description, not a source")
            << "Fourteen soldiers died, a war monitor said; our correspondent saw it." << ""
            << QStringList{};
        QTest::newRow("according to witnesses")
            << "According to witnesses, the convoy was hit twice." << ""
            << QStringList{"SOURCE witnesses"};
        QTest::newRow("outlet reported")
            << "Reuters reported that the talks had failed." << ""
            << QStringList{"SOURCE Reuters"};
        QTest::newRow("told an agency")
            << "A police officer told AFP that 4 people died." << ""
            << QStringList{"SOURCE AFP"};
        QTest::newRow("the source is anaphoric")
            << "The source said that the group lost two fighters." << "" << QStringList{};
        QTest::newRow("a group saying is an actor, not a new source")
            << "Al-Shabaab said it carried out the attack." << "Al-Shabaab=G:al-Shabaab"
            << QStringList{};
        QTest::newRow("pronouns")
            << "He said the attack failed. They reported nothing." << "" << QStringList{};
        QTest::newRow("the activists, the official refer back")
            << "Local activists said two died. The activists said the strikes went on, "
               "according to a tally by the official."
            << "" << QStringList{"SOURCE Local activists"};
        QTest::newRow("an outlet's activists are the outlet")
            << "SOHR activists reported clashes at dawn."
            << "SOHR=O:Syrian Observatory for Human Rights"
            << QStringList{};
        QTest::newRow("coordinated sources")
            << "Thirty civilians died, local sources and a humanitarian worker said." << ""
            << QStringList{"SOURCE local sources", "SOURCE humanitarian worker"};
        QTest::newRow("three modifiers")
            << "Fifty died, according to local human rights organisations." << ""
            << QStringList{"SOURCE local human rights organisations"};
    }

    void sources()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QFETCH(QStringList, expected);
        QCOMPARE(RuleTest::describe(RuleTest::run(text, hits).mentions, EntityType::Source),
                 expected);
    }

    // Villages the knowledge base does not know, where the words say they are places.
    void unknownPlaces_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("the village of")
            << "HTS raided the village of Arnabah at dawn." << "HTS=G:Hay'at Tahrir al-Sham"
            << QStringList{"LOCATION Arnabah"};
        QTest::newRow("a list after a plural")
            << "The shelling hit the villages of al-Lataminah, Kafr Zita and al-Hamidiyah, killing "
               "two."
            << "Kafr Zita=L:Kafr Zita@Hama"
            << QStringList{"LOCATION al-Lataminah", "LOCATION al-Hamidiyah"};
        QTest::newRow("the second of between")
            << "A checkpoint on the road between Dhiban and al-Hawayij was hit."
            << "Dhiban=L:Dhiban@Deir ez-Zor" << QStringList{"LOCATION al-Hawayij"};
        QTest::newRow("no place words, no place")
            << "Members of the Hamza Division and the head of Tal Abyad council met." << ""
            << QStringList{};
    }

    void unknownPlaces()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QFETCH(QStringList, expected);
        const RuleOutput out = RuleTest::run(text, hits);
        QCOMPARE(RuleTest::describe(out.mentions, EntityType::Location), expected);
        for (const Mention &m : out.mentions) {
            if (m.type == EntityType::Location)
                QCOMPARE(m.provenance.origin, QStringLiteral("rule:place.unknown"));
        }
    }

    // The bare forces of the article's own state (the gold README's reading of the codebook).
    void homeForces_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::addColumn<QStringList>("expected");
        const QString army = QStringLiteral("Nigerian Army");
        QTest::newRow("army units at the start")
            << "Army units shelled the village. Later army units withdrew." << ""
            << QStringList{"STATE_FORCE Army units=Nigerian Army",
                           "STATE_FORCE army units=Nigerian Army"};
        QTest::newRow("the army, its drone and its command")
            << "The army said an army drone hit the camp, the army general staff said." << ""
            << QStringList{"STATE_FORCE army=Nigerian Army", "STATE_FORCE army drone=Nigerian Army",
                           "STATE_FORCE army general staff=Nigerian Army"};
        QTest::newRow("police speaking for itself, not a source")
            << "Police said two officers were hurt, police spokesman Ali Musa said." << ""
            << QStringList{"STATE_FORCE Police=Nigeria Police Force",
                           "STATE_FORCE police=Nigeria Police Force"};
        QTest::newRow("police as a generic class")
            << "Police officers gather at the police station." << "" << QStringList{};
        QTest::newRow("government forces and soldiers")
            << "Government forces retook Gajiram; pro-government soldiers and pro-government "
               "fighters held the road."
            << "Gajiram=L:Gajiram@Borno"
            << QStringList{"STATE_FORCE Government forces=Nigerian Army",
                           "STATE_FORCE pro-government soldiers=Nigerian Army"};
        QTest::newRow("part of a name or another owner's")
            << "The Mahdi Army and Chad's army and the Chadian occupation army moved." 
            << "Chad=S:Chad; Chadian=S:Chad"
            << QStringList{};
        QTest::newRow("an army of volunteers is still the word")
            << "Militants overran an army base." << ""
            << QStringList{"STATE_FORCE army=Nigerian Army"};
    }

    void homeForces()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QFETCH(QStringList, expected);
        const RuleOutput out = RuleTest::runAtHome(text, hits, QStringLiteral("Nigerian Army"),
                                                   QStringLiteral("Nigeria Police Force"));
        QCOMPARE(RuleTest::describe(out.mentions, EntityType::StateForce), expected);
        for (const Mention &m : out.mentions) {
            if (m.type == EntityType::StateForce)
                QVERIFY(m.provenance.origin.startsWith(QLatin1String("rule:home-force.")));
        }
        QVERIFY(RuleTest::describe(out.mentions, EntityType::Source).isEmpty());
    }

    // Without a state for the article, or with a state whose police is unknown, nothing is
    // guessed.
    void homeForcesNeedAKnownState()
    {
        const QString text = QStringLiteral("The army and police said the attack failed.");
        QVERIFY(RuleTest::describe(RuleTest::runAtHome(text, QString(), QString(), QString())
                                       .mentions,
                                   EntityType::StateForce)
                    .isEmpty());
        QCOMPARE(RuleTest::describe(RuleTest::runAtHome(text, QString(),
                                                        QStringLiteral("Syrian Arab Army"),
                                                        QString())
                                        .mentions,
                                    EntityType::StateForce),
                 QStringList{"STATE_FORCE army=Syrian Arab Army"});
    }

    void acronymsAndGroups_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hits");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("unnamed attackers are the unidentified group")
            << "Unknown gunmen shot him dead; Boko Haram gunmen fled, and the gunmen were not "
               "seen again. Armed bandits took the cattle."
            << "Boko Haram=G:Boko Haram"
            << QStringList{"ARMED_GROUP Unknown gunmen=Unidentified Armed Group",
                           "ARMED_GROUP Armed bandits=Unidentified Armed Group"};
        QTest::newRow("known name, acronym bound to it")
            << "Fighters of the Free Syrian Army (FSA) withdrew."
            << "Free Syrian Army=G:Free Syrian Army"
            << QStringList{"ARMED_GROUP FSA=Free Syrian Army"};
        QTest::newRow("known acronym, name bound to it")
            << "The Turkistan Islamic Party (TIP) denied it." << "TIP=G:Turkistan Islamic Party"
            << QStringList{"ARMED_GROUP Turkistan Islamic Party"};
        QTest::newRow("both unknown, initials match")
            << "War between HTS and the Syrian Liberation Front (SLF) resumed."
            << "HTS=G:Hay'at Tahrir al-Sham"
            << QStringList{"ARMED_GROUP Syrian Liberation Front",
                           "ARMED_GROUP SLF=Syrian Liberation Front"};
        QTest::newRow("demonym hit inside the name")
            << "Fighting between HTS and the Syrian Liberation Front (SLF) went on."
            << "HTS=G:Hay'at Tahrir al-Sham; Syrian=S:Syria"
            << QStringList{"ARMED_GROUP Syrian Liberation Front",
                           "ARMED_GROUP SLF=Syrian Liberation Front"};
        QTest::newRow("arabic initials")
            << "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack." << ""
            << QStringList{"ARMED_GROUP Jama'at Nusrat al-Islam wal-Muslimin",
                           "ARMED_GROUP JNIM=Jama'at Nusrat al-Islam wal-Muslimin"};
        QTest::newRow("initials do not match")
            << "Officials of the Ministry (XYZ) met." << "" << QStringList{};
        QTest::newRow("both known")
            << "The Syrian Democratic Forces (SDF) advanced."
            << "Syrian Democratic Forces=G:Syrian Democratic Forces; SDF=G:Syrian Democratic Forces"
            << QStringList{};
        QTest::newRow("capitalised head word")
            << "Clashes with the Ansar al-Din Front continued." << ""
            << QStringList{"ARMED_GROUP Ansar al-Din Front"};
        QTest::newRow("operations room with particle names before it")
            << "Factions of the al-Fatah al-Mubin Operations Room shelled the town." << ""
            << QStringList{"ARMED_GROUP al-Fatah al-Mubin Operations Room"};
        QTest::newRow("a room alone is no group")
            << "Reporters waited in the Press Room of the ministry." << ""
            << QStringList{};
        QTest::newRow("a group called")
            << "A new group called Liwa al-Haqq claimed the bombing." << ""
            << QStringList{"ARMED_GROUP Liwa al-Haqq"};
        QTest::newRow("name before militants")
            << "Saraya Qasioun militants shelled the road." << ""
            << QStringList{"ARMED_GROUP Saraya Qasioun"};
        QTest::newRow("single name before fighters")
            << "The Wagner fighters left Bangui." << "Bangui=L:Bangui@Bangui"
            << QStringList{"ARMED_GROUP Wagner"};
        QTest::newRow("demonyms are not groups")
            << "Kurdish fighters and Syrian rebels clashed with Turkish troops." << ""
            << QStringList{};
        QTest::newRow("known group is not duplicated")
            << "Jund al-Aqsa militants attacked." << "Jund al-Aqsa=G:Jund al-Aqsa" << QStringList{};
    }

    void acronymsAndGroups()
    {
        QFETCH(QString, text);
        QFETCH(QString, hits);
        QFETCH(QStringList, expected);
        const RuleOutput out = RuleTest::run(text, hits);
        QCOMPARE(RuleTest::describe(out.mentions, EntityType::ArmedGroup), expected);
        for (const Mention &m : out.mentions) {
            if (m.provenance.origin.startsWith(QLatin1String("rule:group."))
                || m.provenance.origin == QLatin1String("rule:acronym.unknown")) {
                QVERIFY(m.provenance.confidence >= 0.3 && m.provenance.confidence <= 0.5);
                QVERIFY(m.kbId.isEmpty());
            }
        }
    }

    // Every naming cue the rule holds, between a group noun and an unknown capitalised name,
    // makes the name a group; without the cue the same name is none.
    void everyNamingCueProposesTheGroup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        const QStringList cues = UnknownGroupRule::namingCues();
        QVERIFY(cues.contains(QStringLiteral("called")));
        QVERIFY(cues.contains(QStringLiteral("known as")));
        for (const QString &cue : cues) {
            QTest::newRow(qPrintable(cue))
                << QStringLiteral("A new group %1 Zorba Tahir attacked the convoy.").arg(cue)
                << QStringList{"ARMED_GROUP Zorba Tahir"};
        }
        QTest::newRow("no cue") << QStringLiteral("A new group Zorba Tahir attacked the convoy.")
                                << QStringList{};
    }

    void everyNamingCueProposesTheGroup()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(RuleTest::describe(RuleTest::run(text, QString()).mentions,
                                    EntityType::ArmedGroup),
                 expected);
    }

    // Every speech verb the rule holds, and "according to", makes the generic noun before or
    // after it a source; a verb that is not one makes none.
    void everySpeechVerbProposesTheSource_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        const QStringList verbs = SourceRule::speechVerbs();
        QVERIFY(verbs.contains(QStringLiteral("said")));
        QVERIFY(verbs.contains(QStringLiteral("told")));
        for (const QString &verb : verbs) {
            QTest::newRow(qPrintable(verb))
                << QStringLiteral("Two civilians were wounded, activists %1 today.").arg(verb)
                << QStringList{"SOURCE activists"};
        }
        QTest::newRow("according to")
            << QStringLiteral("Two civilians were wounded, according to activists.")
            << QStringList{"SOURCE activists"};
        QTest::newRow("no speech verb")
            << QStringLiteral("Two civilians were wounded, activists sang today.")
            << QStringList{};
    }

    void everySpeechVerbProposesTheSource()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(RuleTest::describe(RuleTest::run(text, QString()).mentions, EntityType::Source),
                 expected);
    }

    void boundAcronymKeepsKbId()
    {
        const QString text = QStringLiteral("Fighters of the Free Syrian Army (FSA) withdrew.");
        const RuleOutput out =
            RuleTest::run(text, QStringLiteral("Free Syrian Army=G:Free Syrian Army"));
        QCOMPARE(out.mentions.size(), 1);
        QCOMPARE(out.mentions.first().kbId, QStringLiteral("kb:free-syrian-army"));
        QCOMPARE(out.mentions.first().provenance.origin, QStringLiteral("rule:acronym.bound"));
    }

    // Each sentence is tokenised once and its words reused around the blocks (entities and
    // numbers) and by the second document the engine builds: the tokens must be exactly those
    // of tokenising every gap on its own, also where a block cuts a word ("Turkish-backed",
    // "al-Aqsa's", "HTS-linked").
    // Sentence ends are looked for eight characters at a time: a full stop, "!", "?" or "…"
    // anywhere in a line, across the edge of such a block or at a line's last character, ends
    // its sentence, and every line is its own paragraph.
    void sentencesEndWhereverTheMarkFalls()
    {
        for (int length = 1; length < 20; ++length) {
            const QString word(length, u'x');
            const QString text = QStringLiteral("Aa ") + word + QStringLiteral(". Bb ") + word
                + QStringLiteral("! Cc?\nDd ") + word + QStringLiteral("\u2026 Ee ") + word
                + QStringLiteral(".");
            QStringList sentences;
            for (const Sentence &s : RuleTest::sentencesOf(text))
                sentences << QStringLiteral("%1|%2").arg(s.paragraph).arg(
                    text.mid(s.start, s.end - s.start));
            QCOMPARE(sentences, QStringList({QStringLiteral("0|Aa ") + word + u'.',
                                             QStringLiteral("0|Bb ") + word + u'!',
                                             QStringLiteral("0|Cc?"),
                                             QStringLiteral("1|Dd ") + word + u'\u2026',
                                             QStringLiteral("1|Ee ") + word + u'.'}));
        }
    }

    void tokensDoNotDependOnReuse()
    {
        const QString text = QStringLiteral(
            "The Turkish-backed Faylaq al-Sham's fighters and HTS-linked gunmen killed "
            "twenty-three men, 1,200 others and \u0661\u0662 civilians near Saraqib.\n"
            "T\u00fcrkiye\u2019s ARMY said Jund al-Aqsa's commander Abu Omar al-Tunisi died "
            "on March 3; at least 5 fighters were wounded.");
        RuleInput input;
        input.text = text;
        input.segments = {Segment{0, int(text.size()), SegmentKind::Body}};
        input.hits = RuleTest::hitsIn(
            text, QStringLiteral("Turkish=S:Turkey; Faylaq al-Sham=G:Faylaq al-Sham; HTS=G:HTS; "
                                 "Saraqib=L:Saraqib; Jund al-Aqsa=G:Jund al-Aqsa"));
        const QList<EntityHit> extra = RuleTest::hitsIn(
            text, QStringLiteral("Abu Omar al-Tunisi=P:Abu Omar al-Tunisi; March 3=D:--03-03"));
        const NumberReader reader;
        const RuleDocument first(input, {}, reader);
        const RuleDocument fresh(input, extra, reader);
        const RuleDocument reused(input, extra, reader, &first);
        auto tokens = [](const RuleDocument &d) {
            QStringList list;
            for (const RuleToken &t : d.tokens())
                list << QStringLiteral("%1-%2:%3:%4:%5:%6:%7")
                            .arg(t.start).arg(t.end).arg(t.norm).arg(int(t.kind))
                            .arg(t.capitalised).arg(t.entity).arg(t.number);
            return list;
        };
        QCOMPARE(tokens(reused), tokens(fresh));
        QCOMPARE(reused.numbers().size(), fresh.numbers().size());
        QCOMPARE(reused.sentences().size(), fresh.sentences().size());
        // The words cut by a block are tokenised on their own, as before.
        QVERIFY(tokens(first).join(u' ').contains(QStringLiteral(":-:1:")));
        QVERIFY(tokens(first).join(u' ').contains(QStringLiteral(":'s:")));
        // Tokenising each gap on its own (what the rules did before) gives the same words.
        for (const RuleDocument *d : {&first, &fresh}) {
            QStringList gaps;
            QStringList kept;
            int pos = 0;
            for (const Sentence &s : d->sentences()) {
                pos = s.start;
                for (int t = s.firstToken; t < s.endToken; ++t) {
                    const RuleToken &token = d->tokens()[t];
                    if (token.kind == RuleToken::Entity || token.kind == RuleToken::Number) {
                        const QString gap = text.mid(pos, token.start - pos);
                        for (const Token &w : Tokenizer::tokenize(gap, pos))
                            gaps << QStringLiteral("%1-%2:%3").arg(w.start).arg(w.end).arg(w.norm);
                        pos = token.end;
                    } else {
                        kept << QStringLiteral("%1-%2:%3")
                                    .arg(token.start)
                                    .arg(token.end)
                                    .arg(token.norm);
                    }
                }
                for (const Token &w : Tokenizer::tokenize(text.mid(pos, s.end - pos), pos))
                    gaps << QStringLiteral("%1-%2:%3").arg(w.start).arg(w.end).arg(w.norm);
            }
            QCOMPARE(kept, gaps);
        }
    }

    // The engine takes its first document apart to make the second one (sentences whose blocks
    // did not change, or only gained entities over whole words, keep their tokens): the result
    // must be the document built afresh, also where an added entity drops a hit, covers a
    // number phrase or cuts a word.
    void secondDocumentFromFirstEqualsFresh()
    {
        const QString text = QStringLiteral(
            "The Turkish-backed Faylaq al-Sham's fighters and HTS-linked gunmen killed "
            "twenty-three men, 1,200 others and \u0661\u0662 civilians near Saraqib.\n"
            "T\u00fcrkiye\u2019s ARMY said Jund al-Aqsa's commander Abu Omar al-Tunisi died "
            "on March 3; at least 5 fighters were wounded. Dr. Hasan Ali spoke. Then "
            "the HTS fighters left.");
        RuleInput input;
        input.text = text;
        input.segments = {Segment{0, int(text.size()), SegmentKind::Body}};
        input.hits = RuleTest::hitsIn(
            text, QStringLiteral("Turkish=S:Turkey; Faylaq al-Sham=G:Faylaq al-Sham; HTS=G:HTS; "
                                 "Saraqib=L:Saraqib; Jund al-Aqsa=G:Jund al-Aqsa"));
        const QStringList extras = {
            QStringLiteral("Abu Omar al-Tunisi=P:Abu Omar al-Tunisi; March 3=D:--03-03"),
            QStringLiteral("Hasan Ali=P:Hasan Ali; the HTS fighters=G:x"),
            QStringLiteral("Dr. Hasan=P:x; least 5=G:x; al-Sham=G:x"),
            QStringLiteral("spoke. Then=G:x; Ali=P:x"),
            QString()};
        auto describe = [](const RuleDocument &d) {
            QStringList list;
            for (const RuleToken &t : d.tokens())
                list << QStringLiteral("%1-%2:%3:%4:%5:%6:%7")
                            .arg(t.start).arg(t.end).arg(t.norm).arg(int(t.kind))
                            .arg(t.capitalised).arg(t.entity).arg(t.number);
            for (const Sentence &s : d.sentences())
                list << QStringLiteral("S%1-%2:%3:%4-%5")
                            .arg(s.start).arg(s.end).arg(s.paragraph)
                            .arg(s.firstToken).arg(s.endToken);
            for (const NumberPhrase &n : d.numbers())
                list << QStringLiteral("N%1-%2").arg(n.start).arg(n.end);
            for (const EntityHit &e : d.entities())
                list << QStringLiteral("E%1-%2:%3").arg(e.start).arg(e.end).arg(e.canonical);
            for (int s = 0; s < d.sentences().size(); ++s)
                list << QStringLiteral("T%1").arg(
                    d.sentenceHasEntity(s, {EntityType::Person, EntityType::ArmedGroup}));
            return list;
        };
        const NumberReader reader;
        for (const QString &spec : extras) {
            const QList<EntityHit> extra =
                spec.isEmpty() ? QList<EntityHit>() : RuleTest::hitsIn(text, spec);
            const RuleDocument fresh(input, extra, reader);
            RuleDocument first(input, {}, reader);
            const RuleDocument taken(std::move(first), input, extra, reader);
            QCOMPARE(describe(taken), describe(fresh));
        }
    }

    // A token's normal form is the surface itself where that is already normal, else a copy in
    // the store; both equal the plain computation.
    void normalFormsPointIntoTextOrStore()
    {
        NormStore store;
        for (const QString &word :
             {QStringLiteral("Saraqib"), QStringLiteral("SARAQIB"), QStringLiteral("al-Aqsa"),
              QStringLiteral("Hay'at"), QStringLiteral("Hay\u2019at"),
              QStringLiteral("T\u00fcrkiye"), QStringLiteral("twenty\u2011three"),
              QStringLiteral("1,200"), QStringLiteral("killed"),
              QStringLiteral("\u0625\u062F\u0644\u0628"),
              QStringLiteral("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")}) {
            const QString expected = RuleTest::plainNormal(word);
            QCOMPARE(Tokenizer::normalise(word), expected);
            const QStringView kept = Tokenizer::normalise(word, store);
            QCOMPARE(kept.toString(), expected);
            // Already normal: no copy is made.
            QCOMPARE(kept.utf16() == QStringView(word).utf16(), expected == word);
        }
    }

    // The tokenizer steps over ASCII letters and digits eight at a time: words longer than
    // that, with a capital, a digit, a hyphen or an accented letter past the eighth unit, and a
    // word ending exactly on a block, are read as a character-by-character reading reads them.
    void longWordsAreReadWhole()
    {
        const QString text = QStringLiteral(
            "counterterrorism counterInsurgency 1234567890123 abcdefgh123 "
            "twentyfourhundred-strong Gaziantep\u00e7e abcdefgh. ABCDEFGHIJKLMNOPQ x");
        const Tokenizer::Tokens tokens = Tokenizer::tokenize(text);
        QStringList norms;
        QStringList flags;
        for (const Token &token : tokens) {
            norms << token.norm.toString();
            QString flag;
            flag += QChar(token.numeric ? u'n' : u'-');
            flag += QChar(token.plain ? u'p' : u'-');
            flag += QChar(token.capitalised ? u'c' : u'-');
            flags << flag;
        }
        QCOMPARE(norms, QStringList({"counterterrorism", "counterinsurgency", "1234567890123",
                                     "abcdefgh123", "twentyfourhundred-strong",
                                     "gaziantep\u00e7e", "abcdefgh", ".",
                                     "abcdefghijklmnopq", "x"}));
        QCOMPARE(flags, QStringList({"-p-", "-p-", "np-", "-p-", "---", "--c", "-p-", "---",
                                     "-pc", "-p-"}));
        QCOMPARE(tokens.tokens.at(2).end - tokens.tokens.at(2).start, 13);

        // A modifier letter apostrophe (U+02BC) is a letter, yet before "s" and no word it is
        // the possessive: "Hezbollah\u02BCs-attack" after a hit reads "\u02BCs", "-", "attack".
        QStringList possessive;
        for (const Token &token : Tokenizer::tokenize(QStringLiteral("\u02BCs-attack \u02BCs")))
            possessive << token.norm.toString();
        QCOMPARE(possessive, QStringList({"'s", "-", "attack", "'s"})); // normal forms
    }

    // No mention overlaps a hit or another mention.
    void noOverlaps()
    {
        const QString text = QStringLiteral(
            "On Tuesday, commander Abu Omar al-Tunisi of the Ansar al-Din Front (ADF) told "
            "Reuters that local sources said 3 fighters died, according to Enab Baladi.");
        const QString hits = QStringLiteral("Enab Baladi=O:Enab Baladi");
        const RuleOutput out = RuleTest::run(text, hits, QDate(2021, 6, 3));
        const QList<EntityHit> known = RuleTest::hitsIn(text, hits);
        for (int i = 0; i < out.mentions.size(); ++i) {
            const Mention &a = out.mentions[i];
            for (const EntityHit &h : known)
                QVERIFY(a.end <= h.start || h.end <= a.start);
            for (int j = i + 1; j < out.mentions.size(); ++j)
                QVERIFY(a.end <= out.mentions[j].start || out.mentions[j].end <= a.start);
        }
        QVERIFY(out.mentions.size() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestEntityRules)
#include "test_entityrules.moc"
