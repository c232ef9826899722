#include "core/text/offsetmap.h"

#include <QtTest>

// Offsets are code points everywhere data leaves the program; Qt counts UTF-16 units. These
// texts are the ones that break naive tools: emoji (two units), combining marks and Arabic
// (one unit each, but several code points to one visible letter).
class TestOffsetMap : public QObject
{
    Q_OBJECT

private slots:
    void asciiIsIdentity()
    {
        const OffsetMap map(u"Idlib governorate");
        QCOMPARE(map.codePointCount(), 17);
        for (int i = 0; i <= 17; ++i) {
            QCOMPARE(map.toUtf16(i), i);
            QCOMPARE(map.toCodePoint(i), i);
        }
    }

    void emojiTakeTwoUnits()
    {
        // "A😀B🔥C": code points A=0 😀=1 B=2 🔥=3 C=4; UTF-16 A=0 😀=1,2 B=3 🔥=4,5 C=6
        const QString text = QStringLiteral("A\U0001F600B\U0001F525C");
        QCOMPARE(text.size(), 7);
        const OffsetMap map(text);
        QCOMPARE(map.codePointCount(), 5);
        QCOMPARE(map.toUtf16(0), 0);
        QCOMPARE(map.toUtf16(1), 1);
        QCOMPARE(map.toUtf16(2), 3);
        QCOMPARE(map.toUtf16(3), 4);
        QCOMPARE(map.toUtf16(4), 6);
        QCOMPARE(map.toUtf16(5), 7);
        QCOMPARE(map.toCodePoint(3), 2);
        QCOMPARE(map.toCodePoint(6), 4);
        QCOMPARE(map.toCodePoint(7), 5);
        // A position on a low surrogate belongs to its pair's code point.
        QCOMPARE(map.toCodePoint(2), 1);
        QCOMPARE(map.toCodePoint(5), 3);
    }

    void spanAfterEmojiSlicesTheRightWord()
    {
        const QString text = QStringLiteral("\U0001F1F8\U0001F1FE Jund al-Aqsa attacked");
        const OffsetMap map(text);
        // Two regional-indicator code points, a space, then the name at code point 3.
        const int start = 3;
        const int end = start + 12;
        const int from = map.toUtf16(start);
        QCOMPARE(text.mid(from, map.toUtf16(end) - from), QStringLiteral("Jund al-Aqsa"));
        QCOMPARE(map.toCodePoint(text.indexOf(QStringLiteral("attacked"))), 16);
    }

    void combiningMarksAreOwnCodePoints()
    {
        // "Türkiye" with a decomposed ü (u + U+0308) is 8 code points and 8 UTF-16 units.
        const QString text = QStringLiteral("Tu\u0308rkiye");
        const OffsetMap map(text);
        QCOMPARE(map.codePointCount(), 8);
        QCOMPARE(map.toUtf16(8), 8);
        QCOMPARE(map.toCodePoint(3), 3);
    }

    void arabicWithMarksAndEmoji()
    {
        // "إدلب 🔥 حماة": Idlib, a fire emoji, Hama; the Arabic letters are BMP.
        const QString text = QStringLiteral("\u0625\u062F\u0644\u0628 \U0001F525 \u062D\u0645\u0627\u0629");
        const OffsetMap map(text);
        QCOMPARE(map.codePointCount(), 11);
        const int hamaStart = 7; // code points: 4 letters, space, emoji, space
        const int from = map.toUtf16(hamaStart);
        QCOMPARE(text.mid(from, map.toUtf16(11) - from),
                 QStringLiteral("\u062D\u0645\u0627\u0629"));
        QCOMPARE(map.toCodePoint(from), hamaStart);
    }

    void roundTripEveryPosition()
    {
        const QString text = QStringLiteral("a\U0001F600\U0001F600b\u0301c\U00010348d");
        const OffsetMap map(text);
        QCOMPARE(map.codePointCount(), OffsetMap::codePointLength(text));
        QCOMPARE(map.codePointCount(), int(text.toUcs4().size()));
        for (int cp = 0; cp <= map.codePointCount(); ++cp)
            QCOMPARE(map.toCodePoint(map.toUtf16(cp)), cp);
    }

    void outOfRangeClamps()
    {
        const OffsetMap map(QStringLiteral("x\U0001F600y"));
        QCOMPARE(map.toUtf16(-5), 0);
        QCOMPARE(map.toUtf16(99), 4);
        QCOMPARE(map.toCodePoint(99), 3);
        QCOMPARE(OffsetMap().toUtf16(3), 0);
    }

    void loneSurrogateCountsAsOne()
    {
        // Broken input may carry a lone high surrogate; it is one unit and one code point.
        QString text = QStringLiteral("ab");
        text.insert(1, QChar(0xD83D));
        const OffsetMap map(text);
        QCOMPARE(map.codePointCount(), 3);
        QCOMPARE(map.toUtf16(2), 2);
    }
};

QTEST_GUILESS_MAIN(TestOffsetMap)
#include "test_offsetmap.moc"
