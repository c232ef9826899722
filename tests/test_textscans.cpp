#include "core/detect/rules/tokenizer.h"
#include "ruletesthelpers.h"

#include <QtTest>

// The rules' text is read by scans that look at eight or sixteen UTF-16 units at once (SSE2)
// and fall back to one unit at a time near a buffer's end or at a unit outside ASCII: the
// tokenizer's words, the normal forms and the sentence ends. Their answers must not depend on
// where a capital, an accented letter, a joiner or a full stop falls in such a block, nor on
// whether the word ends the buffer. Each case puts the unit of interest at every position of
// words of every length up to past two blocks and compares with the plain computation.
class TestTextScans : public QObject
{
    Q_OBJECT

private:
    // Words of `length` units of "k" with `unit` at `position`.
    static QString wordWith(int length, int position, QChar unit)
    {
        QString word(length, u'k');
        word[position] = unit;
        return word;
    }

    // Units a word may hold at any position: a capital, accented letters, a digit.
    static QList<QChar> wordUnits()
    {
        return {u'K', u'k', u'7', QChar(0x00FC), QChar(0x00DC), QChar(0x0130), QChar(0x0642)};
    }

private slots:
    void normalFormsDoNotDependOnWhereAUnitFalls()
    {
        NormStore store;
        QList<QChar> units = wordUnits();
        units << QChar(0x2019) << QChar(0x2011) << u'-' << u'\'';
        for (int length = 1; length <= 34; ++length) {
            for (int position = 0; position < length; ++position) {
                for (const QChar unit : units) {
                    // The word alone (its view ends its buffer) and inside a longer text.
                    const QString word = wordWith(length, position, unit);
                    const QString inText = QStringLiteral("Aa ") + word + QStringLiteral(" zz");
                    const QString expected = RuleTest::plainNormal(word);
                    QCOMPARE(Tokenizer::normalise(word, store).toString(), expected);
                    QCOMPARE(Tokenizer::normalise(QStringView(inText).mid(3, length), store)
                                 .toString(),
                             expected);
                }
            }
        }
    }

    void wordsAreReadWholeWhereverAUnitFalls()
    {
        for (int length = 1; length <= 34; ++length) {
            for (int position = 0; position < length; ++position) {
                for (const QChar unit : wordUnits()) {
                    const QString word = wordWith(length, position, unit);
                    // The word ending the text, and followed by a full stop and more words.
                    for (const QString &text : {QStringLiteral("Aa ") + word,
                                                QStringLiteral("Aa ") + word
                                                    + QStringLiteral(". Bb")}) {
                        const Tokenizer::Tokens tokens = Tokenizer::tokenize(text);
                        QVERIFY2(tokens.tokens.size() >= 2, qPrintable(text));
                        const Token &token = tokens.tokens.at(1);
                        QCOMPARE(token.start, 3);
                        QCOMPARE(token.end, 3 + length);
                        QCOMPARE(token.norm.toString(), RuleTest::plainNormal(word));
                        QVERIFY(token.word);
                        QCOMPARE(token.capitalised, word.front().isUpper());
                        const bool ascii = std::all_of(word.begin(), word.end(), [](QChar c) {
                            return c.unicode() < 0x80;
                        });
                        QCOMPARE(token.plain, ascii);
                        const bool digits = std::all_of(word.begin(), word.end(),
                                                        [](QChar c) { return c.isDigit(); });
                        QCOMPARE(token.numeric, digits);
                    }
                }
            }
        }
    }

    // A sentence ends at a full stop or a question mark wherever it falls in a block of up to
    // sixteen units; units whose low byte is a full stop's (U+012E, U+062E, U+802E) end
    // nothing. ("!" and "…" are in TestEntityRules::sentencesEndWhereverTheMarkFalls.)
    void sentenceEndsDoNotDependOnWhereTheMarkFalls()
    {
        const QList<QChar> lookAlikes = {QChar(0x012E), QChar(0x062E), QChar(0x802E)};
        for (int length = 1; length <= 40; ++length) {
            for (const QChar lookAlike : lookAlikes) {
                const QString word(length, u'x');
                const QString text = QStringLiteral("Aa ") + word + lookAlike
                    + QStringLiteral(" yy. Bb ") + word + QStringLiteral("? Cc");
                QStringList sentences;
                for (const Sentence &s : RuleTest::sentencesOf(text))
                    sentences << text.mid(s.start, s.end - s.start);
                QCOMPARE(sentences,
                         QStringList({QStringLiteral("Aa ") + word + lookAlike
                                          + QStringLiteral(" yy."),
                                      QStringLiteral("Bb ") + word + u'?', QStringLiteral("Cc")}));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTextScans)
#include "test_textscans.moc"
