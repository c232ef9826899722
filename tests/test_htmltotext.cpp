#include "core/ingest/htmltotext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// The text a user reads after importing a web page, the metadata shown with it, and the
// markup hints the segmenter relies on.
class TestHtmlToText : public QObject
{
    Q_OBJECT

private:
    static QString fixture()
    {
        QFile file(QStringLiteral(CWB_FIXTURES_DIR "/ingest/al-bab-clashes.html"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    static QStringList hintTexts(const HtmlToText::Result &result, SegmentKind kind)
    {
        QStringList texts;
        for (const SegmentHint &hint : result.hints) {
            if (hint.kind == kind)
                texts << result.text.mid(hint.start, hint.end - hint.start);
        }
        return texts;
    }

private slots:
    void layout_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("paragraphs and collapsed white space")
            << "<p>Fighting   broke\n   out</p><p> near <b>al-Bab</b> .</p>"
            << "Fighting broke out\n\nnear al-Bab .";
        QTest::newRow("inline elements keep their spaces")
            << "<p><b>Liwa</b> <i>al-Badr</i> said</p>" << "Liwa al-Badr said";
        QTest::newRow("br is a line break, two a paragraph")
            << "<div>One<br>Two<br><br>Three</div>" << "One\nTwo\n\nThree";
        QTest::newRow("headings, lists and quotes are blocks")
            << "<h2>Head</h2><ul><li>a</li><li>b</li></ul><blockquote>q</blockquote>"
            << "Head\n\na\n\nb\n\nq";
        QTest::newRow("table rows are blocks, cells are spaced")
            << "<table><tr><td>Killed</td><td>3</td></tr><tr><td>Wounded</td><td>7</td></tr></table>"
            << "Killed 3\n\nWounded 7";
        QTest::newRow("entities") << "<p>Tom &amp; Jerry &lt;3 &#1575;&#1604;&#1576;&#1575;&#1576;</p>"
                                  << "Tom & Jerry <3 الباب";
        QTest::newRow("scripts, styles and embeds contribute nothing")
            << "<p>Before</p><script>var x = 'script text';</script><style>p{}</style>"
               "<noscript>Enable JS</noscript><template><p>tpl</p></template>"
               "<iframe src='http://example.com'>frame</iframe><svg><text>svg</text></svg>"
               "<object>obj</object><img src='x.jpg' alt='Alt text'><p>After</p>"
            << "Before\n\nAfter";
        QTest::newRow("hidden elements") << "<p>Seen</p><p hidden>Unseen</p>"
                                            "<div style='display: none'>Gone</div>"
                                         << "Seen";
        QTest::newRow("pre keeps its lines") << "<pre>a  b\nc</pre>" << "a  b\nc";
        QTest::newRow("broken markup is recovered")
            << "<p>Unclosed <b>bold<p>Next</div></span>" << "Unclosed bold\n\nNext";
    }

    void layout()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        const HtmlToText::Result result = HtmlToText::convert(html);
        QVERIFY(result.ok);
        QCOMPARE(result.text, text);
    }

    void metadata()
    {
        const HtmlToText::Result result = HtmlToText::convert(fixture());
        QVERIFY(result.ok);
        // The title's no-break space is plain white space in the metadata.
        QCOMPARE(result.title, QStringLiteral("Liwa al-Badr and Jabhat al-Rayyan clash near al-Bab "
                                              "as local truce collapses"));
        QCOMPARE(result.url, QStringLiteral("https://levantwire.example/al-bab-clashes"));
        QCOMPARE(result.outlet, QStringLiteral("Levant Wire"));
        QCOMPARE(result.published, QStringLiteral("2019-05-14T08:30:00+03:00"));
        QCOMPARE(result.language, QStringLiteral("en-GB"));
        // Nothing from <head>, scripts, frames, hidden elements or image alt texts.
        for (const char *absent : {"tracking pixel", "font-family", "Buy now", "Hidden teaser",
                                   "Armed men on a pickup", "Video: clashes", "draft",
                                   "| Levant Wire"})
            QVERIFY2(!result.text.contains(QLatin1String(absent)), absent);
        QVERIFY(result.text.contains(QStringLiteral("the crossing & the revenue")));
    }

    void metadataFallbacks()
    {
        const HtmlToText::Result result = HtmlToText::convert(
            "<html><head><title> Page  title </title>"
            "<meta property='og:url' content='https://example.org/og'></head>"
            "<body><p>Text <time datetime='2020-01-02'>2 Jan</time></p></body></html>");
        QCOMPARE(result.title, QStringLiteral("Page title"));
        QCOMPARE(result.url, QStringLiteral("https://example.org/og"));
        QCOMPARE(result.published, QStringLiteral("2020-01-02"));
        QVERIFY(result.language.isEmpty());
    }

    void hints()
    {
        const HtmlToText::Result result = HtmlToText::convert(fixture());
        QCOMPARE(hintTexts(result, SegmentKind::Title),
                 QStringList{QStringLiteral("Liwa al-Badr and Jabhat al-Rayyan clash near al-Bab "
                                            "as local truce\u00A0collapses")});
        QCOMPARE(hintTexts(result, SegmentKind::Caption),
                 QStringList{QStringLiteral("Fighters of Liwa al-Badr on the outskirts of al-Bab")});
        const QStringList noise = hintTexts(result, SegmentKind::Boilerplate);
        for (const QString &expected :
             {QStringLiteral("Levant Wire\n\nNews from northern Syria"),
              QStringLiteral("0 $ 1,480 $ 3,925 $"), QStringLiteral("Share Tweet WhatsApp"),
              QStringLiteral("We use cookies to give you the best experience. Accept all")})
            QVERIFY2(noise.contains(expected), qPrintable(expected));
        QVERIFY(noise.contains(QStringLiteral("Home\n\nSyria\n\nIraq")));
        // The article's own <header> holds the h1, so it is not noise.
        for (const QString &text : noise)
            QVERIFY2(!text.contains(QStringLiteral("truce")), qPrintable(text));

        // Each comment is its own hint, a reply too; the author and content parts of a
        // comment are not split off.
        const QStringList comments = hintTexts(result, SegmentKind::Comment);
        QVERIFY(comments.contains(QStringLiteral(
            "Abu Fares\n\nAgreed. Same story in Jarablus last year.")));
        QVERIFY(comments.contains(QStringLiteral(
            "Lina Haj\n\nPraying for the families in al-Bab, they have seen enough.")));
        QVERIFY(!comments.contains(QStringLiteral("Lina Haj")));
        QVERIFY(std::any_of(comments.cbegin(), comments.cend(), [](const QString &text) {
            return text.startsWith(QStringLiteral("Omar K.")) && text.contains(QStringLiteral("Abu Fares"));
        }));
    }

    void hintPositionsAreUtf16()
    {
        const HtmlToText::Result result = HtmlToText::convert(
            "<p>😀 Emoji first</p><figure><figcaption>Caption 😀</figcaption></figure>");
        QCOMPARE(hintTexts(result, SegmentKind::Caption), QStringList{QStringLiteral("Caption 😀")});
    }

    void declaredCharsetDoesNotReDecode()
    {
        // The page is already text; a <meta charset> must not turn "é" into "Ã©".
        const HtmlToText::Result result = HtmlToText::convert(
            QStringLiteral("<html><head><meta charset='windows-1252'>"
                           "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
                           "</head><body><p>Café in الباب</p></body></html>"));
        QCOMPARE(result.text, QStringLiteral("Café in الباب"));
    }

    void nothingIsFetched()
    {
        // An external entity pointing at a local file must not be expanded.
        QTemporaryDir dir;
        QFile secret(dir.filePath(QStringLiteral("secret.txt")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("TOP-SECRET-CONTENT");
        secret.close();
        const QString url = QUrl::fromLocalFile(secret.fileName()).toString();
        const HtmlToText::Result result = HtmlToText::convert(
            QStringLiteral("<!DOCTYPE html [<!ENTITY ext SYSTEM \"%1\">]>"
                           "<html><body><p>Before &ext; after</p>"
                           "<iframe src=\"%1\"></iframe><object data=\"%1\"></object></body></html>")
                .arg(url));
        QVERIFY(result.ok);
        QVERIFY2(!result.text.contains(QStringLiteral("TOP-SECRET")), qPrintable(result.text));
        QVERIFY(result.text.contains(QStringLiteral("after")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "test_htmltotext.moc"
