#include "core/text/displaymap.h"
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

    // The map finds surrogates 32 and then eight units at a time: a pair anywhere in a long
    // text, across the edge of such a block or at the very end, and a lone low surrogate, are
    // all counted as the character-by-character count counts them.
    void surrogatesAtEveryPlaceOfALongText()
    {
        for (int at = 0; at < 80; ++at) {
            QString text = QString(at, u'a') + QStringLiteral("\U0001F600")
                + QString(17, u'b') + QStringLiteral("\U0001F525");
            text.insert(text.size() - 3, QChar(0xDC00)); // a lone low surrogate
            const OffsetMap map(text);
            QCOMPARE(map.codePointCount(), OffsetMap::codePointLength(text));
            for (int position = 0; position <= text.size(); ++position) {
                const bool insidePair = position > 0 && text.at(position - 1).isHighSurrogate()
                    && position < text.size() && text.at(position).isLowSurrogate();
                const int expected = OffsetMap::codePointLength(text.left(position))
                    - (insidePair ? 1 : 0);
                QCOMPARE(map.toCodePoint(position), expected);
            }
        }
    }

    // DisplayMap: the text the article view shows, with very long paragraphs broken into
    // display blocks, and the way back to the article's code points.

    void displayOfShortParagraphsIsTheText()
    {
        const QString text = QStringLiteral("Idlib \U0001F54A\r\nHama\nحماة");
        const DisplayMap map(text, 40);
        QCOMPARE(map.insertedBreakCount(), 0);
        // Only the CR changes, to a space (one unit for one).
        QCOMPARE(map.text(), QStringLiteral("Idlib \U0001F54A \nHama\nحماة"));
        const OffsetMap offsets(text);
        for (int cp = 0; cp <= offsets.codePointCount(); ++cp) {
            QCOMPARE(map.toDisplay(cp), offsets.toUtf16(cp));
            QCOMPARE(map.toCodePoint(map.toDisplay(cp)), cp);
        }
    }

    void longParagraphIsBrokenAfterSpaces()
    {
        const QString text = QStringLiteral("alpha beta gamma delta ").repeated(20).trimmed();
        const DisplayMap map(text, 30);
        QVERIFY(map.insertedBreakCount() > 10);
        const QStringList blocks = map.text().split(QLatin1Char('\n'));
        QCOMPARE(blocks.size(), map.insertedBreakCount() + 1);
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            QVERIFY2(blocks[i].size() <= 30, qPrintable(blocks[i]));
            // Every block but the last ends in a space, so no word is cut.
            if (i + 1 < blocks.size())
                QVERIFY2(blocks[i].endsWith(QLatin1Char(' ')), qPrintable(blocks[i]));
        }
        QCOMPARE(blocks.join(QString()), text);
    }

    void codePointsSurviveBreaksAmongEmojiAndArabic()
    {
        // Arabic words and emoji with no paragraph end: breaks fall between them, and every
        // code point span maps to the shown text and back unchanged.
        const QString words[] = {QStringLiteral("هيئة"), QStringLiteral("\U0001F54A"),
                                 QStringLiteral("تحرير"), QStringLiteral("الشام"),
                                 QStringLiteral("\U0001F1F8\U0001F1FE"), QStringLiteral("إدلب")};
        QString text;
        for (int i = 0; i < 60; ++i)
            text += words[i % std::size(words)] + QLatin1Char(' ');
        const DisplayMap map(text, 16);
        const OffsetMap offsets(text);
        QVERIFY(map.insertedBreakCount() > 10);
        const int length = offsets.codePointCount();
        for (int cp = 0; cp <= length; ++cp) {
            QCOMPARE(map.toCodePoint(map.toDisplay(cp)), cp);
            if (cp < length) {
                // The shown character at the mapped position is the article's.
                QCOMPARE(map.text().at(map.toDisplay(cp)), text.at(offsets.toUtf16(cp)));
            }
        }
        for (int start = 0; start < length; start += 7) {
            const int end = std::min(length, start + 11);
            QString shown = map.text().mid(map.toDisplay(start),
                                           map.toDisplay(end) - map.toDisplay(start));
            shown.remove(QLatin1Char('\n'));
            QCOMPARE(shown, text.mid(offsets.toUtf16(start),
                                     offsets.toUtf16(end) - offsets.toUtf16(start)));
        }
    }

    void positionOnABreakMapsToTheNextCodePoint()
    {
        const QString text = QStringLiteral("one two three four five six seven");
        const DisplayMap map(text, 10);
        QVERIFY(map.insertedBreakCount() > 0);
        const int shownBreak = int(map.text().indexOf(QLatin1Char('\n')));
        QVERIFY(map.isInsertedBreak(shownBreak));
        QVERIFY(!map.isInsertedBreak(shownBreak + 1));
        QVERIFY(!map.isInsertedBreak(shownBreak - 1));
        const int next = map.toCodePoint(shownBreak + 1);
        QCOMPARE(map.toCodePoint(shownBreak), next);
        QCOMPARE(map.toDisplay(next), shownBreak + 1);
        // The break sits after a space: the character before it in the article is that space.
        QCOMPARE(text.at(next - 1), QLatin1Char(' '));
    }

    void stretchWithoutSpacesKeepsPairsAndMarksWhole()
    {
        // No space to break after: the breaks still never split a surrogate pair, a letter from
        // its combining mark or an emoji joined by a zero-width joiner.
        const QString text = QStringLiteral("\U0001F54Ae\u0301\U0001F468\u200D\U0001F469"
                                            "\u0628\u064E")
                                 .repeated(30);
        const DisplayMap map(text, 5);
        QVERIFY(map.insertedBreakCount() > 20);
        const QStringList blocks = map.text().split(QLatin1Char('\n'));
        for (const QString &block : blocks) {
            QVERIFY(!block.isEmpty());
            QVERIFY(!block.front().isLowSurrogate() && !block.back().isHighSurrogate());
            QVERIFY(!block.front().isMark());
            QVERIFY(block.front() != QChar(0x200D) && block.back() != QChar(0x200D));
        }
        QCOMPARE(blocks.join(QString()), text);
    }
};

QTEST_GUILESS_MAIN(TestOffsetMap)
#include "test_offsetmap.moc"
