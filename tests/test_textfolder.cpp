#include "core/detect/textfolder.h"

#include <QtTest>

// The fold is what makes "Türkiye" find "Turkiye" and "Hay’at" find "Hay'at" without ever
// touching the article text: it must keep one unit per unit, or highlights land in the wrong
// place.
class TestTextFolder : public QObject
{
    Q_OBJECT

private slots:
    void foldsSpellingVariantsTogether_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("umlaut") << QStringLiteral("Türkiye") << QStringLiteral("Turkiye");
        QTest::newRow("curly apostrophe") << QStringLiteral("Hay\u2019at") << QStringLiteral("Hay'at");
        QTest::newRow("modifier apostrophe") << QStringLiteral("Hay\u02BCat") << QStringLiteral("hay'at");
        QTest::newRow("hyphen/space") << QStringLiteral("al-Qaeda") << QStringLiteral("al Qaeda");
        QTest::newRow("capital") << QStringLiteral("Al-Qaeda") << QStringLiteral("al qaeda");
        QTest::newRow("en dash") << QStringLiteral("al\u2013Qaeda") << QStringLiteral("al Qaeda");
        QTest::newRow("nbsp") << QStringLiteral("Jund\u00A0al-Aqsa") << QStringLiteral("jund al aqsa");
        QTest::newRow("dotted capital I") << QStringLiteral("\u0130dlib") << QStringLiteral("Idlib");
        QTest::newRow("dotless i") << QStringLiteral("Afr\u0131n") << QStringLiteral("Afrin");
        QTest::newRow("cedilla") << QStringLiteral("Qami\u015Flo") << QStringLiteral("Qamislo");
        QTest::newRow("circumflex") << QStringLiteral("Efr\u00EEn") << QStringLiteral("efrin");
        QTest::newRow("alef hamza above") << QStringLiteral("\u0623\u062D\u0631\u0627\u0631")
                                          << QStringLiteral("\u0627\u062D\u0631\u0627\u0631");
        QTest::newRow("alef hamza below") << QStringLiteral("\u0625\u062F\u0644\u0628")
                                          << QStringLiteral("\u0627\u062F\u0644\u0628");
        QTest::newRow("alef madda") << QStringLiteral("\u0622") << QStringLiteral("\u0627");
        QTest::newRow("teh marbuta") << QStringLiteral("\u0627\u0644\u0631\u0642\u0629")
                                     << QStringLiteral("\u0627\u0644\u0631\u0642\u0647");
        QTest::newRow("alef maksura") << QStringLiteral("\u0639\u0644\u0649")
                                      << QStringLiteral("\u0639\u0644\u064A");
    }
    void foldsSpellingVariantsTogether()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(TextFolder::fold(a), TextFolder::fold(b));
        QCOMPARE(TextFolder::key(a), TextFolder::key(b));
    }

    void keepsOneUnitPerUnit()
    {
        // Emoji (surrogate pairs), combining marks and Arabic: the length never changes and
        // an untouched character stays where it was.
        const QString text = QStringLiteral("\U0001F1F8\U0001F1FE Tu\u0308rkiye \u0625\u062F\u0644\u0640\u0628 \u00DF");
        const QString folded = TextFolder::fold(text);
        QCOMPARE(folded.size(), text.size());
        QCOMPARE(folded.left(4), text.left(4)); // the emoji pair is left alone
        QCOMPARE(folded.indexOf(QStringLiteral("rkiye")), text.indexOf(QStringLiteral("rkiye")));
    }

    void combiningMarksAndTatweelAreIgnorable()
    {
        const QString folded = TextFolder::fold(QStringLiteral("Tu\u0308rkiye"));
        QCOMPARE(folded.at(1), QChar(u'u'));
        QCOMPARE(folded.at(2).unicode(), TextFolder::Ignorable);
        // Arabic harakat (fatha) and tatweel carry no letter either.
        QCOMPARE(TextFolder::foldUnit(0x064E), TextFolder::Ignorable);
        QCOMPARE(TextFolder::foldUnit(0x0640), TextFolder::Ignorable);
        // ...so the keys of the decomposed and the precomposed spelling are the same.
        QCOMPARE(TextFolder::key(QStringLiteral("Tu\u0308rkiye")), QStringLiteral("turkiye"));
        QCOMPARE(TextFolder::key(QStringLiteral("\u0625\u062F\u0644\u0640\u0628")),
                 QStringLiteral("\u0627\u062F\u0644\u0628"));
        QVERIFY(!TextFolder::isWordUnit(TextFolder::Ignorable));
    }

    void sharpSStaysOneUnit()
    {
        // ß cannot become "ss" without changing the length: "Strasse" is not "Straße".
        QCOMPARE(TextFolder::fold(QStringLiteral("Straße")), QStringLiteral("straße"));
        QVERIFY(TextFolder::key(QStringLiteral("Straße")) != TextFolder::key(QStringLiteral("Strasse")));
    }

    void otherScriptsKeepTheirLetters()
    {
        // Only Latin diacritics are stripped: Cyrillic й is its own letter, not и.
        QCOMPARE(TextFolder::fold(QStringLiteral("\u0419")), QStringLiteral("\u0439"));
        QCOMPARE(TextFolder::fold(QStringLiteral("\u0644")), QStringLiteral("\u0644"));
    }

    void keyTrimsCollapsesAndDropsLeadingThe()
    {
        QCOMPARE(TextFolder::key(QStringLiteral("the Levant Front")), QStringLiteral("levant front"));
        QCOMPARE(TextFolder::key(QStringLiteral("  Free  Syrian -- Army ")), QStringLiteral("free syrian army"));
        QCOMPARE(TextFolder::key(QStringLiteral("The")), QStringLiteral("the"));
        QCOMPARE(TextFolder::key(QStringLiteral("Theodore")), QStringLiteral("theodore"));
        QVERIFY(TextFolder::key(QStringLiteral(" - ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextFolder)
#include "test_textfolder.moc"
