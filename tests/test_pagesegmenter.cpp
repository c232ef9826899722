#include "core/ingest/htmltotext.h"
#include "core/ingest/pagesegmenter.h"
#include "core/text/offsetmap.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using Piece = std::pair<SegmentKind, QString>;
Q_DECLARE_METATYPE(SegmentKind)

namespace QTest {
template<>
char *toString(const Piece &piece)
{
    return qstrdup(qPrintable(::toString(piece.first) + QStringLiteral(": ") + piece.second));
}
} // namespace QTest

// What an analyst sees in the segment bar after importing a scraped page: the title once,
// one body segment per paragraph, captions, comments one by one, spam and the page noise.
class TestPageSegmenter : public QObject
{
    Q_OBJECT

private:
    static QString readFixture(const char *name)
    {
        QFile file(QStringLiteral(CWB_FIXTURES_DIR "/ingest/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    // Every code point in exactly one segment, in order, starting at 0.
    static bool tiles(const QString &text, const QList<Segment> &segments)
    {
        int end = 0;
        for (const Segment &segment : segments) {
            if (segment.start != end || segment.end <= segment.start)
                return false;
            end = segment.end;
        }
        return end == OffsetMap::codePointLength(text);
    }

    static QList<Piece> pieces(const QString &text, const QList<Segment> &segments)
    {
        const OffsetMap offsets(text);
        QList<Piece> result;
        for (const Segment &segment : segments) {
            const int from = offsets.toUtf16(segment.start);
            result.append({segment.kind,
                           text.mid(from, offsets.toUtf16(segment.end) - from).simplified()});
        }
        return result;
    }

    static SegmentKind kindAt(const QString &text, const QList<Segment> &segments,
                              const QString &needle)
    {
        const OffsetMap offsets(text);
        const int at = offsets.toCodePoint(int(text.indexOf(needle)));
        for (const Segment &segment : segments) {
            if (segment.start <= at && at < segment.end)
                return segment.kind;
        }
        return SegmentKind::Body;
    }

    static QList<Piece> expectedArticle()
    {
        return {
            {SegmentKind::Title, QStringLiteral("Liwa al-Badr and Jabhat al-Rayyan clash near al-Bab as local truce collapses")},
            {SegmentKind::Caption, QStringLiteral("Fighters of Liwa al-Badr on the outskirts of al-Bab")},
            {SegmentKind::Body, QStringLiteral("AL-BAB (Levant Wire) - Fighting broke out on May 13 between Liwa al-Badr and Jabhat al-Rayyan on the eastern edge of al-Bab in the northern Aleppo countryside, after a dispute over a checkpoint on the road to Qabasin, local sources said.")},
        };
    }

private slots:
    void plainTextPage()
    {
        const QString text = readFixture("al-bab-clashes.txt");
        QVERIFY(!text.isEmpty());
        const PageSegmenter::Result result = PageSegmenter::segment(text);
        QVERIFY(tiles(text, result.segments));
        const QString title =
            QStringLiteral("Liwa al-Badr and Jabhat al-Rayyan clash near al-Bab as local truce collapses");
        const QList<Piece> expected = {
            {SegmentKind::Boilerplate, QStringLiteral("0 $ 1,480 $ 3,925 $ € 2,050")},
            {SegmentKind::Title, title},
            {SegmentKind::Boilerplate, title},
            {SegmentKind::Boilerplate, QStringLiteral("By Mariam Haddad | 14 May 2019")},
            {SegmentKind::Boilerplate, QStringLiteral("Updated: 15/05/2019 09:10")},
            {SegmentKind::Boilerplate, QStringLiteral("Share Tweet Facebook WhatsApp Telegram Email")},
            {SegmentKind::Caption, QStringLiteral("Fighters of Liwa al-Badr on the outskirts of al-Bab (AFP)")},
            {SegmentKind::Body, QStringLiteral("AL-BAB (Levant Wire) - Fighting broke out on May 13 between Liwa al-Badr and Jabhat al-Rayyan on the eastern edge of al-Bab in the northern Aleppo countryside, after a dispute over a checkpoint on the road to Qabasin, local sources said.")},
            {SegmentKind::Body, QStringLiteral("At least three fighters of Jabhat al-Rayyan were killed and seven others were wounded in the first hours of the clashes, according to a medical source in the town. Liwa al-Badr said it lost two of its members.")},
            {SegmentKind::Body, QStringLiteral("The two factions had signed a truce in April under the mediation of tribal elders, but the agreement never settled who controls the crossing and the revenue it brings.")},
            {SegmentKind::Body, QStringLiteral("Residents of the eastern neighbourhoods said mortar rounds fell near a school and a bakery. No civilian casualties were reported by the evening.")},
            {SegmentKind::Body, QStringLiteral("A statement by the local council urged both groups to pull their fighters off the streets and to hand the checkpoint to a joint police force.")},
            {SegmentKind::Boilerplate, QStringLiteral("Related articles")},
            {SegmentKind::Boilerplate, QStringLiteral("• Tribal elders broker ceasefire in Jarablus • Checkpoint revenue fuels rivalry among Aleppo factions • Shelling hits market in Azaz")},
            {SegmentKind::Boilerplate, QStringLiteral("We use cookies to give you the best experience on our website. Read our Cookie policy.")},
            {SegmentKind::Boilerplate, QStringLiteral("Accept all")},
            {SegmentKind::Boilerplate, QStringLiteral("Support our journalism. Donate to Levant Wire today!")},
            {SegmentKind::Boilerplate, QStringLiteral("3 comments")},
            {SegmentKind::Comment, QStringLiteral("• Omar K. The truce was never going to hold while the crossing money is at stake.")},
            {SegmentKind::Comment, QStringLiteral("• Abu Fares Agreed. Same story in Jarablus last year.")},
            {SegmentKind::Comment, QStringLiteral("• Lina Haj Praying for the families in al-Bab, they have seen enough.")},
            {SegmentKind::Spam, QStringLiteral("• Kelly Brandt I am making $85 per hour working from home on my laptop!! Earn money easily, click here ☛ http://example.com/easy-cash ★★★★★ http://example.net/jobs")},
            {SegmentKind::Boilerplate, QStringLiteral("© 2019 Levant Wire. All rights reserved.")},
        };
        QCOMPARE(pieces(text, result.segments), expected);
        QCOMPARE(result.title, title);
        QCOMPARE(result.published, QDate(2019, 5, 14));
        QCOMPARE(result.author, QStringLiteral("Mariam Haddad"));
        QCOMPARE(result.outlet, QStringLiteral("Levant Wire"));
    }

    void htmlPage()
    {
        const HtmlToText::Result page = HtmlToText::convert(readFixture("al-bab-clashes.html"));
        QVERIFY(page.ok);
        const PageSegmenter::Result result = PageSegmenter::segment(page.text, page.hints);
        QVERIFY(tiles(page.text, result.segments));
        const QList<Piece> expected = {
            {SegmentKind::Boilerplate, QStringLiteral("Levant Wire")},
            {SegmentKind::Boilerplate, QStringLiteral("News from northern Syria")},
            {SegmentKind::Boilerplate, QStringLiteral("Home")},
            {SegmentKind::Boilerplate, QStringLiteral("Syria")},
            {SegmentKind::Boilerplate, QStringLiteral("Iraq")},
            {SegmentKind::Boilerplate, QStringLiteral("0 $ 1,480 $ 3,925 $")},
            {SegmentKind::Title, QStringLiteral("Liwa al-Badr and Jabhat al-Rayyan clash near al-Bab as local truce collapses")},
            {SegmentKind::Boilerplate, QStringLiteral("By Mariam Haddad | 14 May 2019")},
            {SegmentKind::Boilerplate, QStringLiteral("Share Tweet WhatsApp")},
            {SegmentKind::Caption, QStringLiteral("Fighters of Liwa al-Badr on the outskirts of al-Bab")},
            {SegmentKind::Body, QStringLiteral("AL-BAB (Levant Wire) - Fighting broke out on May 13 between Liwa al-Badr and Jabhat al-Rayyan on the eastern edge of al-Bab in the northern Aleppo countryside, after a dispute over a checkpoint on the road to Qabasin, local sources said.")},
            {SegmentKind::Body, QStringLiteral("At least three fighters of Jabhat al-Rayyan were killed and seven others were wounded in the first hours of the clashes, according to a medical source in the town. Liwa al-Badr said it lost two of its members.")},
            {SegmentKind::Body, QStringLiteral("The two factions had signed a truce in April under the mediation of tribal elders, but the agreement never settled who controls the crossing & the revenue it brings.")},
            {SegmentKind::Body, QStringLiteral("A statement by the local council urged both groups to pull their fighters off the streets.")},
            {SegmentKind::Boilerplate, QStringLiteral("Related articles")},
            {SegmentKind::Boilerplate, QStringLiteral("Tribal elders broker ceasefire in Jarablus")},
            {SegmentKind::Boilerplate, QStringLiteral("Shelling hits market in Azaz")},
            {SegmentKind::Boilerplate, QStringLiteral("We use cookies to give you the best experience. Accept all")},
            {SegmentKind::Boilerplate, QStringLiteral("Support our journalism. Donate to Levant Wire today!")},
            {SegmentKind::Boilerplate, QStringLiteral("3 Comments")},
            {SegmentKind::Comment, QStringLiteral("Omar K. May 14, 2019 at 11:02 am The truce was never going to hold while the crossing money is at stake. Reply")},
            {SegmentKind::Comment, QStringLiteral("Abu Fares Agreed. Same story in Jarablus last year.")},
            {SegmentKind::Comment, QStringLiteral("Lina Haj Praying for the families in al-Bab, they have seen enough.")},
            {SegmentKind::Spam, QStringLiteral("Kelly Brandt I am making $85 per hour working from home on my laptop!! Earn money easily, click here ☛ http://example.com/easy-cash ★★★★★")},
            {SegmentKind::Boilerplate, QStringLiteral("Leave a Reply")},
            {SegmentKind::Boilerplate, QStringLiteral("Comment")},
            {SegmentKind::Boilerplate, QStringLiteral("© 2019 Levant Wire. All rights reserved.")},
        };
        QCOMPARE(pieces(page.text, result.segments), expected);
        QCOMPARE(result.author, QStringLiteral("Mariam Haddad"));
        QCOMPARE(result.outlet, QStringLiteral("Levant Wire"));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<SegmentKind>("kind");

        const QString body = QStringLiteral(
            "Fighters of the two factions exchanged fire for several hours on the edge of the "
            "town, according to residents who spoke to the agency by phone.");
        const QString page = QStringLiteral("Clashes erupt near the town of Marea\n\n%1\n\n%2\n\n")
                                 .arg(body, body);
        QTest::newRow("counter with leading currency")
            << QStringLiteral("$ 4,700\n\n") + page << "$ 4,700" << SegmentKind::Boilerplate;
        QTest::newRow("euro counter")
            << QStringLiteral("€ 1,200\n\n") + page << "€ 1,200" << SegmentKind::Boilerplate;
        QTest::newRow("title") << page << "Clashes erupt" << SegmentKind::Title;
        QTest::newRow("title copy with other quotes and case")
            << QStringLiteral("“Clashes” erupt near the town of Marea\n\n%1\n\nCLASHES ERUPT NEAR "
                              "THE TOWN OF \"MAREA\"\n\n%1")
                   .arg(body)
            << "CLASHES ERUPT" << SegmentKind::Boilerplate;
        QTest::newRow("posted-on byline")
            << QStringLiteral("Posted on March 24, 2019 by Sami Nader\n\n") + page
            << "Posted on" << SegmentKind::Boilerplate;
        QTest::newRow("standalone date")
            << page + QStringLiteral("24/03/2019 10:30\n\n") + body << "24/03/2019"
            << SegmentKind::Boilerplate;
        QTest::newRow("photo credit prefix")
            << page + QStringLiteral("Photo: Rebel fighters in Marea\n\n") + body << "Photo: Rebel"
            << SegmentKind::Caption;
        QTest::newRow("file photo")
            << page + QStringLiteral("File photo of the checkpoint\n\n") + body << "File photo"
            << SegmentKind::Caption;
        QTest::newRow("credit suffix sentence")
            << page + QStringLiteral("A fighter stands guard in Marea. Photo: Reuters\n\n") + body
            << "A fighter stands guard" << SegmentKind::Caption;
        QTest::newRow("share on x") << page + QStringLiteral("Share on X\n\n") + body << "Share on X"
                                    << SegmentKind::Boilerplate;
        QTest::newRow("cookie notice")
            << page + QStringLiteral("This website uses cookies to improve your experience.\n\n") + body
            << "This website uses cookies" << SegmentKind::Boilerplate;
        QTest::newRow("advertisement") << page + QStringLiteral("Advertisement\n\n") + body
                                       << "Advertisement" << SegmentKind::Boilerplate;
        QTest::newRow("body resumes after an advertisement")
            << page + QStringLiteral("Advertisement\n\nThe monitor said the fighting stopped at dawn "
                                     "after elders intervened between the two sides.")
            << "The monitor said" << SegmentKind::Body;
        QTest::newRow("read more list item")
            << page + QStringLiteral("Read more\n\nTurkish drones strike near Tal Rifaat\n\n") + body
            << "Turkish drones" << SegmentKind::Boilerplate;
        const QString later = QStringLiteral(
            "Later in the day the council announced that the elders had agreed on a new truce "
            "and that the checkpoint would be handed to a joint force.");
        QTest::newRow("body after a related list")
            << page + QStringLiteral("You may also like\n\nTurkish drones strike near Tal Rifaat\n\n") + later
            << "Later in the day" << SegmentKind::Body;
        QTest::newRow("tags") << page + QStringLiteral("Tags: Syria, Aleppo, Marea") << "Tags:"
                              << SegmentKind::Boilerplate;
        QTest::newRow("subscribe") << page + QStringLiteral("Subscribe to our newsletter\n\n") + body
                                   << "Subscribe" << SegmentKind::Boilerplate;
        QTest::newRow("appeal")
            << page + QStringLiteral("Become a patron\n\n") + later << "Become a patron"
            << SegmentKind::Boilerplate;
        QTest::newRow("nothing after an appeal is body")
            << page + QStringLiteral("Become a patron\n\n") + later << "Later in the day"
            << SegmentKind::Boilerplate;
        QTest::newRow("nothing after a comments header is body")
            << page + QStringLiteral("12 comments\n\n") + later << "Later in the day"
            << SegmentKind::Boilerplate;
        QTest::newRow("a donate menu item above the title does not end the article")
            << QStringLiteral("Donate\n\n") + page << body.left(30) << SegmentKind::Body;
        QTest::newRow("dateline stays body")
            << QStringLiteral("Clashes erupt near the town of Marea\n\nBEIRUT (Reuters) - ") + body
            << "BEIRUT" << SegmentKind::Body;
        QTest::newRow("spam block in the article")
            << page + QStringLiteral("Earn $500 per day from home!! Click here http://a.example "
                                     "http://b.example http://c.example\n\n") + body
            << "Earn $500" << SegmentKind::Spam;
        QTest::newRow("salary in a body paragraph is not spam")
            << page + QStringLiteral("The faction pays its fighters $100 per month, and recruits "
                                     "earn more on the front lines, the report said.\n\n")
            << "The faction pays" << SegmentKind::Body;
    }

    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(SegmentKind, kind);
        QVERIFY2(text.contains(needle), qPrintable(needle));
        const PageSegmenter::Result result = PageSegmenter::segment(text);
        QVERIFY(tiles(text, result.segments));
        QCOMPARE(toString(kindAt(text, result.segments, needle)), toString(kind));
    }

    void bylineMetadata()
    {
        const QString body = QStringLiteral(
            "Fighters of the two factions exchanged fire for several hours on the edge of the town.");
        const PageSegmenter::Result result = PageSegmenter::segment(
            QStringLiteral("Clashes erupt near the town of Marea\nPosted on March 24, 2019 by Sami "
                           "Nader\n\n%1")
                .arg(body));
        QCOMPARE(result.published, QDate(2019, 3, 24));
        QCOMPARE(result.author, QStringLiteral("Sami Nader"));
        QCOMPARE(result.title, QStringLiteral("Clashes erupt near the town of Marea"));
        QVERIFY(result.outlet.isEmpty());
    }

    void commentStyles_data()
    {
        QTest::addColumn<QString>("tail");
        QTest::addColumn<QStringList>("comments");

        QTest::newRow("says")
            << QStringLiteral("Leave a comment\n\nAhmad says:\nThe checkpoint changed hands twice.\n\n"
                              "Rami Z says:\nNo, only once.\n")
            << QStringList{QStringLiteral("Ahmad says: The checkpoint changed hands twice."),
                           QStringLiteral("Rami Z says: No, only once.")};
        QTest::newRow("name on date")
            << QStringLiteral("2 Comments\n\nAhmad on March 3, 2019 at 5:20 pm\nThe checkpoint "
                              "changed hands twice.\n\nRami on March 4, 2019 at 9:00 am\nNo.\n")
            << QStringList{QStringLiteral("Ahmad on March 3, 2019 at 5:20 pm The checkpoint changed "
                                          "hands twice."),
                           QStringLiteral("Rami on March 4, 2019 at 9:00 am No.")};
        QTest::newRow("plain names")
            << QStringLiteral("Comments\n\nAhmad Saleh\n\nThe checkpoint changed hands twice this "
                              "year.\n\nRami\n\nNobody will hold it for long, believe me.\n")
            << QStringList{QStringLiteral("Ahmad Saleh The checkpoint changed hands twice this year."),
                           QStringLiteral("Rami Nobody will hold it for long, believe me.")};
        QTest::newRow("bullets and a reply")
            << QStringLiteral("Do you like this content? Consider helping us!\n\n  - Ahmad\n\n"
                              "    Good report.\n\n    * Rami\n\n      Thanks.\n")
            << QStringList{QStringLiteral("- Ahmad Good report."), QStringLiteral("* Rami Thanks.")};
    }

    void commentStyles()
    {
        QFETCH(QString, tail);
        QFETCH(QStringList, comments);
        const QString text = QStringLiteral(
            "Clashes erupt near the town of Marea\n\nFighters of the two factions exchanged fire "
            "for several hours on the edge of the town, residents said.\n\n") + tail;
        const PageSegmenter::Result result = PageSegmenter::segment(text);
        QVERIFY(tiles(text, result.segments));
        QStringList found;
        for (const Piece &piece : pieces(text, result.segments)) {
            if (piece.first == SegmentKind::Comment)
                found << piece.second;
            QVERIFY2(piece.first != SegmentKind::Body || piece.second.startsWith(QStringLiteral("Fighters")),
                     qPrintable(piece.second));
        }
        QCOMPARE(found, comments);
    }

    void hintsDecide()
    {
        // A stretch the markup calls boilerplate stays boilerplate however it reads, and a
        // comment hint makes its stretch one comment.
        const QString text = QStringLiteral(
            "Clashes erupt near the town of Marea\n\n"
            "This paragraph reads like prose but sits in an aside that the page marks as noise.\n\n"
            "The body paragraph reports the fighting on the edge of the town in some detail.\n\n"
            "Ahmad\n\nGood report, thanks for covering it.");
        const int aside = int(text.indexOf(QStringLiteral("This paragraph")));
        const int comment = int(text.indexOf(QStringLiteral("Ahmad")));
        const QList<SegmentHint> hints = {
            {aside, int(text.indexOf(QStringLiteral("noise.")) + 6), SegmentKind::Boilerplate},
            {comment, int(text.size()), SegmentKind::Comment}};
        const PageSegmenter::Result result = PageSegmenter::segment(text, hints);
        QVERIFY(tiles(text, result.segments));
        const QList<Piece> expected = {
            {SegmentKind::Title, QStringLiteral("Clashes erupt near the town of Marea")},
            {SegmentKind::Boilerplate, QStringLiteral("This paragraph reads like prose but sits in an aside that the page marks as noise.")},
            {SegmentKind::Body, QStringLiteral("The body paragraph reports the fighting on the edge of the town in some detail.")},
            {SegmentKind::Comment, QStringLiteral("Ahmad Good report, thanks for covering it.")}};
        QCOMPARE(pieces(text, result.segments), expected);
    }

    void tiling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("segments");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("blank") << QStringLiteral(" \n\n ") << 1;
        QTest::newRow("leading blank lines") << QStringLiteral("\n\n  Title of some length here\n\nA "
                                                               "sentence of the body here.\n")
                                             << 2;
        QTest::newRow("crlf") << QStringLiteral("Title of some length here\r\n\r\nA sentence of the "
                                                "body here.\r\n\r\n")
                              << 2;
        QTest::newRow("characters outside the BMP")
            << QStringLiteral("😀 Title with an emoji 😀\n\n😀 A sentence of the body 😀 here.\n") << 2;
        QTest::newRow("no trailing newline") << QStringLiteral("Only one line of text") << 1;
    }

    void tiling()
    {
        QFETCH(QString, text);
        QFETCH(int, segments);
        const PageSegmenter::Result result = PageSegmenter::segment(text);
        QCOMPARE(result.segments.size(), segments);
        QVERIFY(tiles(text, result.segments));
    }

    void largeTextIsLinear()
    {
        // About 20 MB: a title and 40,000 paragraphs, with a spammy comment tail.
        const QString paragraph = QStringLiteral(
            "Fighters of the two factions exchanged fire for several hours on the edge of the "
            "town of Marea, according to residents who spoke to the agency by phone, while the "
            "local council called for calm and asked the elders to mediate between the groups "
            "before the fighting spread to the neighbouring villages. The clashes left at least "
            "three people dead and seven wounded, a medical source said on condition of anonymity.\n\n");
        QString text = QStringLiteral("Clashes erupt near the town of Marea\n\n");
        text.reserve(paragraph.size() * 40000 + 200);
        for (int i = 0; i < 40000; ++i)
            text += paragraph;
        text += QStringLiteral("Comments\n\n• Ahmad\n\nGood report.\n");
        QElapsedTimer timer;
        timer.start();
        const PageSegmenter::Result result = PageSegmenter::segment(text);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(tiles(text, result.segments));
        QCOMPARE(result.segments.size(), 40000 + 3);
        QCOMPARE(toString(result.segments.last().kind), QStringLiteral("comment"));
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestPageSegmenter)
#include "test_pagesegmenter.moc"
