#include "core/detect/rules/numberreader.h"

#include <QtTest>

// The number reader decides what every casualty figure counts: the values below are the
// codebook's (section 4), and the things that are not counts must stay out.
class TestNumberReader : public QObject
{
    Q_OBJECT

    static QString describe(QStringView text, const QList<NumberPhrase> &phrases)
    {
        QStringList parts;
        auto n = [](const std::optional<qint64> &v) {
            return v ? QString::number(*v) : QStringLiteral("-");
        };
        for (const NumberPhrase &p : phrases) {
            parts.append(QStringLiteral("%1=%2/%3/%4 %5%6")
                             .arg(text.mid(p.start, p.end - p.start).toString(), n(p.low),
                                  n(p.best), n(p.high), toString(p.precision),
                                  p.bestNeedsReview ? QStringLiteral(" review") : QString()));
        }
        return parts.join(QStringLiteral("; "));
    }

private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // Digits in three scripts and with group separators.
        QTest::newRow("digits") << "Militants killed 4 soldiers." << "4=4/4/4 exact";
        QTest::newRow("grouped") << "Some 1,200 families fled Tal Abyad."
                                 << "Some 1,200=-/1200/- approximate";
        QTest::newRow("arabic-indic") << "قتل ١٢ مدنيا" << "١٢=12/12/12 exact";
        QTest::newRow("extended arabic-indic") << "۴ soldiers died" << "۴=4/4/4 exact";
        QTest::newRow("million") << "1.5 million people were displaced"
                                 << "1.5 million=1500000/1500000/1500000 exact";
        // Words and compounds.
        QTest::newRow("word") << "Gunmen abducted seven aid workers near Gao."
                              << "seven=7/7/7 exact";
        QTest::newRow("hyphenated") << "twenty-three militiamen surrendered"
                                    << "twenty-three=23/23/23 exact";
        QTest::newRow("hundred and five") << "one hundred and five detainees were freed"
                                          << "one hundred and five=105/105/105 exact";
        QTest::newRow("two thousand") << "two thousand troops were deployed to Marib"
                                      << "two thousand=2000/2000/2000 exact";
        QTest::newRow("one of its") << "the brigade lost one of its commanders"
                                    << "one=1/1/1 exact";
        QTest::newRow("article before people") << "a soldier was wounded by a sniper"
                                               << "a=1/1/1 exact";
        QTest::newRow("article before things is nothing") << "they shelled a checkpoint" << "";
        QTest::newRow("a couple") << "a couple of fighters were captured" << "a couple=2/2/2 exact";
        QTest::newRow("a dozen") << "a dozen villagers were kidnapped" << "a dozen=12/12/12 exact";
        QTest::newRow("half a dozen") << "half a dozen guards died"
                                      << "half a dozen=6/6/6 exact";
        // Vague quantities: the codebook's table.
        QTest::newRow("dozens") << "dozens of civilians were hurt" << "dozens=12/12/- vague";
        QTest::newRow("tens") << "tens of militants were killed" << "tens=10/10/- vague";
        QTest::newRow("hundreds") << "Hundreds of fighters defected" << "Hundreds=100/100/- vague";
        QTest::newRow("thousands") << "thousands of residents fled" << "thousands=1000/1000/- vague";
        QTest::newRow("scores") << "scores of protesters were detained" << "scores=20/20/- vague";
        QTest::newRow("several") << "several officers were arrested" << "several=3/3/- vague";
        QTest::newRow("a number of") << "a number of gunmen were killed"
                                     << "a number of=2/2/- vague";
        QTest::newRow("some") << "some fighters escaped" << "some=2/2/- vague";
        QTest::newRow("a few") << "a few soldiers deserted" << "a few=2/2/- vague";
        QTest::newRow("tens of thousands") << "tens of thousands of people marched"
                                           << "tens of thousands=10000/10000/- vague";
        QTest::newRow("several hundred") << "several hundred fighters withdrew"
                                         << "several hundred=300/300/- vague";
        // Qualifiers.
        QTest::newRow("at least") << "at least 12 civilians were killed"
                                  << "at least 12=12/12/- at_least";
        QTest::newRow("no fewer than") << "no fewer than nine soldiers died"
                                       << "no fewer than nine=9/9/- at_least";
        QTest::newRow("more than") << "more than 30 insurgents were killed"
                                   << "more than 30=31/31/- at_least";
        // The codebook keeps N for "over N" and adds one only for "more than N".
        QTest::newRow("over") << "over 100 fighters were captured" << "over 100=100/100/- at_least";
        QTest::newRow("over, words") << "gunmen abducted over twenty travellers"
                                     << "over twenty=20/20/- at_least";
        QTest::newRow("more than a dozen") << "more than a dozen rebels"
                                           << "more than a dozen=13/13/- at_least";
        QTest::newRow("up to") << "up to 40 people may have died"
                               << "up to 40=-/40/40 at_most review";
        QTest::newRow("as many as") << "as many as 15 pilgrims were abducted"
                                    << "as many as 15=-/15/15 at_most review";
        QTest::newRow("about") << "about 20 militants" << "about 20=-/20/- approximate";
        QTest::newRow("around") << "around 300 troops" << "around 300=-/300/- approximate";
        QTest::newRow("nearly") << "nearly 50 detainees" << "nearly 50=-/50/- approximate";
        QTest::newRow("some N") << "some 70 fighters" << "some 70=-/70/- approximate";
        QTest::newRow("approximately") << "approximately 8 guards"
                                       << "approximately 8=-/8/- approximate";
        QTest::newRow("roughly two dozen") << "roughly two dozen"
                                           << "roughly two dozen=-/24/- approximate";
        QTest::newRow("about a dozen") << "about a dozen soldiers"
                                       << "about a dozen=-/12/- approximate";
        // Ranges: best is the conservative end.
        QTest::newRow("N to M") << "10 to 15 civilians were killed" << "10 to 15=10/10/15 range";
        QTest::newRow("between") << "between 5 and 8 soldiers were wounded"
                                 << "between 5 and 8=5/5/8 range";
        QTest::newRow("N-M") << "5-8 soldiers were wounded" << "5-8=5/5/8 range";
        QTest::newRow("words to words") << "three to five fighters" << "three to five=3/3/5 range";
        QTest::newRow("N or M") << "two or three shepherds" << "two or three=2/2/3 range";
        // Not counts.
        QTest::newRow("ordinal word") << "the fourth fighter was killed" << "";
        // The indefinite article counts one more, the ordinal does not (codebook section 4).
        QTest::newRow("a third, clause end") << "killing two guards and wounding a third."
                                             << "two=2/2/2 exact; a third=1/1/1 exact";
        QTest::newRow("a fourth was") << "a fourth was taken to hospital" << "a fourth=1/1/1 exact";
        QTest::newRow("a third of is a share") << "a third of the fighters deserted" << "";
        QTest::newRow("a second attack") << "a second attack followed at dusk" << "";
        QTest::newRow("another guard") << "another guard was injured" << "another=1/1/1 exact";
        QTest::newRow("a fourth fighter") << "a fourth fighter was wounded" << "a=1/1/1 exact";
        QTest::newRow("another things") << "another checkpoint was shelled" << "";
        QTest::newRow("ordinal digits") << "on the 22nd of the month" << "";
        QTest::newRow("month day") << "On March 22, the group attacked" << "";
        QTest::newRow("day month") << "on 22 March 2019 gunmen attacked" << "";
        QTest::newRow("year") << "The group was formed in 2017." << "";
        QTest::newRow("year before people after a cue") << "In 2017 fighters of the group left"
                                                        << "";
        QTest::newRow("four digits before people") << "killed 2000 fighters"
                                                   << "2000=2000/2000/2000 exact";
        QTest::newRow("money dollars") << "Google giving every one 98 dollars per-hour" << "";
        QTest::newRow("money sign before") << "I been making $14252 last six weeks" << "";
        QTest::newRow("money sign after") << "2,350 $" << "";
        QTest::newRow("percent") << "40 percent of the town" << "";
        QTest::newRow("measure") << "5 km from the border" << "";
        QTest::newRow("clock") << "at 10:30 the convoy left" << "";
        QTest::newRow("label") << "Brigade 93 fighters" << "";
        QTest::newRow("no one") << "no one was hurt" << "";
        QTest::newRow("two numbers") << "killed 3 soldiers and wounded 7 others"
                                     << "3=3/3/3 exact; 7=7/7/7 exact";
    }

    void reads()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const NumberReader reader;
        QCOMPARE(describe(text, reader.read(text)), expected);
    }

    // Reading tokens the caller already has (the rules tokenise each sentence once) gives the
    // same phrases as reading the text, for every row above.
    void readsTokensAsText_data() { reads_data(); }

    void readsTokensAsText()
    {
        QFETCH(QString, text);
        const NumberReader reader;
        QCOMPARE(describe(text, reader.read(Tokenizer::tokenize(text).tokens)),
                 describe(text, reader.read(text)));
    }

    // A multiplier word opening the text is read as a number (the reader's long-standing
    // reading; the quick "can a phrase start here?" test must keep it).
    void multiplierOpeningTheText()
    {
        const NumberReader reader;
        const QString text = QStringLiteral("hundred fighters were killed");
        QCOMPARE(describe(text, reader.read(text)), QStringLiteral("hundred=100/100/100 exact"));
        const QString inside = QStringLiteral("they said hundred fighters were killed");
        QCOMPARE(describe(inside, reader.read(inside)), QString());
    }

    void vagueTableIsASetting()
    {
        VagueNumbers table = VagueNumbers::codebookDefaults();
        table.setValue(QStringLiteral("dozens"), 24);
        table.setValue(QStringLiteral("a handful of"), 4);
        const NumberReader reader(table);
        const QString text = QStringLiteral("dozens of guards and a handful of officers");
        QCOMPARE(describe(text, reader.read(text)),
                 QStringLiteral("dozens=24/24/- vague; a handful of=4/4/- vague"));
        // The defaults are untouched.
        QCOMPARE(*VagueNumbers::codebookDefaults().value(QStringLiteral("dozens")), 12);
    }

    // A phrase of the project's own whose first word is none of the codebook's: the reader
    // cannot rely on the tokenizer's filter of starters (built from the codebook's words), and
    // still reads it.
    void vaguePhraseOfAnOtherFirstWord()
    {
        VagueNumbers table = VagueNumbers::codebookDefaults();
        table.setValue(QStringLiteral("multitudes of"), 50);
        const NumberReader reader(table);
        const QString text = QStringLiteral("multitudes of fighters and dozens of guards");
        QCOMPARE(describe(text, reader.read(text)),
                 QStringLiteral("multitudes of=50/50/- vague; dozens=12/12/- vague"));
    }
};

QTEST_GUILESS_MAIN(TestNumberReader)
#include "test_numberreader.moc"
