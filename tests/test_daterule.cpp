#include "ruletesthelpers.h"

#include <QtTest>

// DATE mentions (codebook section 2): the canonical is the resolved ISO date, whose shape says
// the precision ("2019-03-22" day, "2019-W12" week, "2019-03" month, "2019" year).
class TestDateRule : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QStringList>("expected");

        const QDate pub(2019, 3, 27); // a Wednesday
        QTest::newRow("month day, year from publication")
            << "On March 22, gunmen attacked a checkpoint." << pub
            << QStringList{"DATE March 22=2019-03-22"};
        QTest::newRow("month day late in the year is last year")
            << "The siege began on December 30." << pub
            << QStringList{"DATE December 30=2018-12-30"};
        QTest::newRow("month day year") << "Clashes broke out on March 22, 2018 in Aden." << pub
                                        << QStringList{"DATE March 22, 2018=2018-03-22"};
        QTest::newRow("day month year") << "Troops entered Gao on 22 March 2017." << pub
                                        << QStringList{"DATE 22 March 2017=2017-03-22"};
        QTest::newRow("month year") << "The group was formed in January 2014." << pub
                                    << QStringList{"DATE January 2014=2014-01"};
        QTest::newRow("year") << "Ansaru broke away in 2012." << pub
                              << QStringList{"DATE 2012"};
        QTest::newRow("month alone") << "Fighting resumed in February." << pub
                                     << QStringList{"DATE February=2019-02"};
        QTest::newRow("weekday") << "Militants stormed the village on Tuesday." << pub
                                 << QStringList{"DATE Tuesday=2019-03-26"};
        QTest::newRow("weekday same day") << "The army shelled Idlib on Wednesday." << pub
                                          << QStringList{"DATE Wednesday=2019-03-27"};
        QTest::newRow("last weekday") << "Last Wednesday a drone hit Marib." << pub
                                      << QStringList{"DATE Last Wednesday=2019-03-20"};
        QTest::newRow("yesterday") << "Two soldiers died yesterday." << pub
                                   << QStringList{"DATE yesterday=2019-03-26"};
        QTest::newRow("last week") << "The convoy was ambushed last week." << pub
                                   << QStringList{"DATE last week=2019-W12"};
        QTest::newRow("last month") << "Raids increased last month." << pub
                                    << QStringList{"DATE last month=2019-02"};
        QTest::newRow("days ago") << "The hostages were freed three days ago." << pub
                                  << QStringList{"DATE three days ago=2019-03-24"};
        QTest::newRow("iso") << "Report dated 2019-03-01." << pub
                             << QStringList{"DATE 2019-03-01"};
        QTest::newRow("two dates") << "Between January 2014 and February 2017 the group grew."
                                   << pub
                                   << QStringList{"DATE January 2014=2014-01",
                                                  "DATE February 2017=2017-02"};
        QTest::newRow("unresolved relative keeps its surface")
            << "The attack happened yesterday." << QDate()
            << QStringList{"DATE yesterday"};
        QTest::newRow("unresolved day-month without a year")
            << "On March 22, gunmen attacked." << QDate() << QStringList{"DATE March 22=--03-22"};
        QTest::newRow("a count is not a year") << "They killed 2000 fighters." << pub
                                               << QStringList{};
        QTest::newRow("money is not a date") << "He made $14252 in six weeks." << pub
                                             << QStringList{};
        QTest::newRow("may the verb") << "The fighting may resume." << pub << QStringList{};
        QTest::newRow("a month is a whole word") << "12 Marines and 5 Mayors died." << pub
                                                 << QStringList{};
        QTest::newRow("abbreviated month with a point") << "Clashes on 3 Jan. 2018 and Feb. 4."
                                                        << pub
                                                        << QStringList{"DATE 3 Jan. 2018=2018-01-03",
                                                                       "DATE Feb. 4=2019-02-04"};
        QTest::newRow("day of month, ordinal, last year") << "Talks began on the 2nd of May." << pub
                                               << QStringList{"DATE 2nd of May=2018-05-02"};
        QTest::newRow("inside hyphenated words") << "A mid-March raid, a 10-day siege." << pub
                                                 << QStringList{"DATE mid-March=2019-03"};
        QTest::newRow("weekday without its time of day, and the day before yesterday")
            << "On Monday morning and the day before yesterday." << pub
            << QStringList{"DATE Monday=2019-03-25",
                           "DATE the day before yesterday=2019-03-25"};
        QTest::newRow("a year with the words that narrow it")
            << "Fighting flared in early 2018, eased by the end of 2016 and again in mid-2015."
            << pub
            << QStringList{"DATE early 2018=2018", "DATE the end of 2016=2016",
                           "DATE mid-2015=2015"};
        QTest::newRow("the past week")
            << "Strikes intensified over the past week, after a lull last month." << pub
            << QStringList{"DATE the past week=2019-W12", "DATE last month=2019-02"};
        QTest::newRow("a year is four digits on their own")
            << "Budgets for 2019-20 rose by 2019.5 points, 12019 times, in 2018." << pub
            << QStringList{"DATE 2018"};
        // Years whose units share a cell of the tokenizer's word filter with a head word
        // ("night", "dec", "november", "apr"): a year is four digits, whatever the filter says.
        QTest::newRow("years sharing a filter cell with head words")
            << "Fighting began in 1975, paused in 1943, resumed in 1957 and ended in 1934." << pub
            << QStringList{"DATE 1975", "DATE 1943", "DATE 1957", "DATE 1934"};
        QTest::newRow("caseless words match the long s") << "Raids rose thi\u017F week." << pub
                                                         << QStringList{"DATE thi\u017F week=2019-W13"};
        QTest::newRow("this week, earlier this year, 2 weeks ago")
            << "Earlier this year, this week and 2 weeks ago." << pub
            << QStringList{"DATE Earlier this year=2019", "DATE this week=2019-W13",
                           "DATE 2 weeks ago=2019-W11"};
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, published);
        QFETCH(QStringList, expected);
        const RuleOutput out = RuleTest::run(text, QString(), published);
        QCOMPARE(RuleTest::describe(out.mentions, EntityType::Date), expected);
        for (const Mention &m : out.mentions) {
            if (m.type == EntityType::Date)
                QVERIFY(m.provenance.origin.startsWith(QLatin1String("rule:date.")));
        }
    }

    // Every year of the two centuries the rule reads is a date on its own ("in 1975"): the
    // tokenizer's word filter, which some years share cells with head words, decides nothing
    // about digits.
    void everyYearAloneIsADate()
    {
        const QDate published(2019, 3, 22);
        for (int year = 1900; year <= 2099; ++year) {
            const QString text = QStringLiteral("Fighting began in %1 and ended later.").arg(year);
            const RuleOutput out = RuleTest::run(text, QString(), published);
            QCOMPARE(RuleTest::describe(out.mentions, EntityType::Date),
                     QStringList{QStringLiteral("DATE %1").arg(year)});
        }
    }

    // The month, day, weekday and year forms are read by hand where the date rule's regular
    // expressions would find them; a sentence with a character outside the Basic Multilingual
    // Plane, or with a long s, is still read by the expressions. Every form here, in many
    // spellings, must give the same dates both ways.
    void handReadersAgreeWithTheirPatterns()
    {
        const QStringList forms = {
            "On %M %D, gunmen attacked.",       "On %M %D%O, 2018 troops left.",
            "Troops entered Gao on %D %M %Y.",  "Fighting began on the %D%O of %M.",
            "The group formed in %M %Y.",       "It happened in %M, %Y in Aden.",
            "Fighting resumed in %M.",          "Militants came on %W.",
            "Last %W a drone hit Marib.",       "It was %D%O%M or %M%D.",
            "Talks on %M %D-%D failed.",        "Dated %M\t%D,\u00a0%Y and %D  %M.",
            "On %W, %M %D, %Y the raid came.",  "Between %M %Y and %M %D they fought.",
        };
        const QStringList months = {"March", "MARCH", "march", "Mar.", "Sept", "Sep.", "May",
                                    "may", "December", "Dec", "Juneau"};
        const QStringList days = {"1", "09", "22", "31", "123"};
        const QStringList ordinals = {"", "st", "th", "TH"};
        const QStringList weekdays = {"Tuesday", "TUESDAY", "tuesday", "Tue.", "Tues", "Sunday"};
        const QStringList years = {"2018", "1999", "2099", "20188", "18"};
        const QDate published(2019, 3, 27);
        int sentences = 0;
        int withDates = 0;
        for (const QString &form : forms) {
            for (int k = 0; k < 40; ++k) {
                QString text = form;
                text.replace(QStringLiteral("%M"), months[(k * 7 + 1) % months.size()]);
                text.replace(QStringLiteral("%D"), days[(k * 3) % days.size()]);
                text.replace(QStringLiteral("%O"), ordinals[k % ordinals.size()]);
                text.replace(QStringLiteral("%W"), weekdays[(k * 5) % weekdays.size()]);
                text.replace(QStringLiteral("%Y"), years[(k * 11) % years.size()]);
                const QStringList byHand = RuleTest::describe(
                    RuleTest::run(text, QString(), published).mentions, EntityType::Date);
                for (const QString &mark : {QStringLiteral("\U0001F600 "),
                                            QStringLiteral("\u017F ")}) {
                    const QStringList byPattern = RuleTest::describe(
                        RuleTest::run(mark + text, QString(), published).mentions,
                        EntityType::Date);
                    QVERIFY2(byHand == byPattern,
                             qPrintable(text + QStringLiteral(": ") + byHand.join(u';')
                                        + QStringLiteral(" / ") + byPattern.join(u';')));
                }
                ++sentences;
                withDates += byHand.isEmpty() ? 0 : 1;
            }
        }
        QCOMPARE(sentences, int(forms.size()) * 40);
        QVERIFY2(withDates > sentences / 2, qPrintable(QString::number(withDates)));
    }

    // Every word a date is built around (the date rule looks for its patterns only there)
    // still anchors its date: each month name and abbreviation, each weekday, and the words of
    // the relative dates. A sentence with a near miss in its place has no date.
    void headWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        // Published on Wednesday 27 March 2019: a day more than 31 days after it is last
        // year's.
        const QStringList months = {"January", "February", "March", "April",
                                    "May", "June", "July", "August",
                                    "September", "October", "November", "December"};
        const QList<std::pair<const char *, int>> abbreviations = {
            {"Jan", 1}, {"Feb", 2}, {"Mar", 3},  {"Apr", 4},  {"Jun", 6},  {"Jul", 7},
            {"Aug", 8}, {"Sep", 9}, {"Sept", 9}, {"Oct", 10}, {"Nov", 11}, {"Dec", 12}};
        auto addMonth = [](const QString &word, int month) {
            const QDate date(month <= 4 ? 2019 : 2018, month, 5);
            QTest::addRow("%s", qPrintable(word))
                << QStringLiteral("Fighting began on %1 5.").arg(word)
                << QStringList{QStringLiteral("DATE %1 5=%2")
                                   .arg(word, date.toString(Qt::ISODate))};
        };
        for (int m = 1; m <= 12; ++m)
            addMonth(months[m - 1], m);
        for (const auto &[word, month] : abbreviations)
            addMonth(QString::fromLatin1(word), month);
        QTest::newRow("Juneau (no head word)") << "Fighting began on Juneau 5." << QStringList();

        // Monday to Wednesday of the week published, Thursday to Sunday of the week before.
        const QStringList weekdays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                      "Friday", "Saturday", "Sunday"};
        for (int d = 1; d <= 7; ++d) {
            const QDate date(2019, 3, d <= 3 ? 24 + d : 17 + d);
            QTest::addRow("%s", qPrintable(weekdays[d - 1]))
                << QStringLiteral("Militants came on %1.").arg(weekdays[d - 1])
                << QStringList{QStringLiteral("DATE %1=%2")
                                   .arg(weekdays[d - 1], date.toString(Qt::ISODate))};
        }
        QTest::newRow("Someday (no head word)") << "Militants came on Someday." << QStringList();

        const QList<std::pair<const char *, const char *>> relative = {
            {"yesterday", "2019-03-26"},    {"today", "2019-03-27"},
            {"this morning", "2019-03-27"}, {"last night", "2019-03-26"},
            {"last week", "2019-W12"},      {"last month", "2019-02"},
            {"last year", "2018"},          {"2 days ago", "2019-03-25"}};
        for (const auto &[words, date] : relative)
            QTest::addRow("%s", words)
                << QStringLiteral("The attack happened %1.").arg(QLatin1String(words))
                << QStringList{QStringLiteral("DATE %1=%2")
                                   .arg(QLatin1String(words), QLatin1String(date))};
        QTest::newRow("last weak (no head word)")
            << "The attack happened last weak." << QStringList();
        QTest::newRow("this morn (no head word)")
            << "The attack happened this morn." << QStringList();
    }

    void headWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const RuleOutput out = RuleTest::run(text, QString(), QDate(2019, 3, 27));
        QCOMPARE(RuleTest::describe(out.mentions, EntityType::Date), expected);
    }

    void resolvedIsSurerThanUnresolved()
    {
        const QString text = QStringLiteral("The attack happened yesterday.");
        const double resolved =
            RuleTest::run(text, QString(), QDate(2020, 1, 2)).mentions.first().provenance.confidence;
        const double unresolved = RuleTest::run(text, QString()).mentions.first().provenance.confidence;
        QVERIFY(resolved > unresolved);
    }

    void aDateHitIsNotDuplicated()
    {
        const QString text = QStringLiteral("On March 22, gunmen attacked.");
        const RuleOutput out =
            RuleTest::run(text, QStringLiteral("March 22=D:2019-03-22"), QDate(2019, 3, 27));
        QVERIFY(RuleTest::describe(out.mentions, EntityType::Date).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateRule)
#include "test_daterule.moc"
