#include "core/detect/rules/wordset.h"

#include <QSet>
#include <QtTest>

// The rules ask a WordSet where they used to ask a QSet<QString>: it must give the same answer
// for every word, including words that share a length or a first code unit with a member, words
// outside ASCII and words longer than its length filter tracks one by one.
class TestWordSet : public QObject
{
    Q_OBJECT

private slots:
    void answersLikeASetOfStrings()
    {
        const QString longWord = QString(70, u'x');
        const QStringList members = {QStringLiteral("killed"), QStringLiteral("al-"),
                                     QStringLiteral("\u20AC"),   QStringLiteral("o'clock"),
                                     QStringLiteral("a"),        longWord,
                                     QStringLiteral("\u0642\u062A\u0644")};
        WordSet words;
        QSet<QString> reference;
        for (const QString &member : members) {
            words.insert(member);
            reference.insert(member);
        }
        words.insert(QStringLiteral("killed")); // a second time: still one member

        const QStringList probes = {
            QStringLiteral("killed"), QStringLiteral("Killed"), QStringLiteral("kills"),
            QStringLiteral("killer"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral(""),
            QStringLiteral("\u20AC"), QStringLiteral("$"),
            // U+0121 has the low six bits of 'a' and its length: past both filters to the table
            QStringLiteral("\u0121"), QStringLiteral("o'clock"), QStringLiteral("o\u2019clock"),
            longWord, QString(71, u'x'), QString(70, u'y'), QStringLiteral("\u0642\u062A\u0644"),
            QStringLiteral("\u0642\u062A")};
        for (const QString &probe : probes)
            QCOMPARE(words.contains(probe), reference.contains(probe));
    }

    // A member is found only by a word with every unit the same, whatever its length: the
    // comparison reads words of up to eight units in one step and longer ones in blocks.
    void aWordDifferingInAnyOneUnitIsNoMember()
    {
        const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
        WordSet words;
        for (int n = 1; n <= 20; ++n)
            words.insert(alphabet.left(n));
        for (int n = 1; n <= 20; ++n) {
            const QString member = alphabet.left(n);
            QVERIFY2(words.contains(member), qPrintable(member));
            for (int at = 0; at < n; ++at) {
                QString other = member;
                other[at] = QChar(u'X');
                QVERIFY2(!words.contains(other), qPrintable(other));
            }
        }
    }

    void growsPastItsFirstTable()
    {
        WordSet words;
        for (int i = 0; i < 500; ++i)
            words.insert(QStringLiteral("w%1").arg(i));
        for (int i = 0; i < 500; ++i)
            QVERIFY(words.contains(QStringLiteral("w%1").arg(i)));
        QVERIFY(!words.contains(QStringLiteral("w500")));
        QVERIFY(!words.contains(QStringLiteral("w")));
    }

    void listedWordsAreReadAsUtf8()
    {
        const WordSet words{"\u00E9t\u00E9", "km"};
        QVERIFY(words.contains(QStringLiteral("\u00E9t\u00E9")));
        QVERIFY(words.contains(QStringLiteral("km")));
        QVERIFY(!words.contains(QStringLiteral("KM")));
    }

    // WordClasses answers per list what a QSet<QString> per list would, whatever the filter
    // lets through: members of one list, of two, of none, with shared first and last letters.
    void classesAnswerLikeOneSetPerList()
    {
        const QStringList verbs = {QStringLiteral("killed"), QStringLiteral("said"),
                                   QStringLiteral("the")};
        const QStringList nouns = {QStringLiteral("the"), QStringLiteral("\u20AC"),
                                   QStringLiteral("a"), QString(70, u'x')};
        WordClasses<quint16> classes;
        for (const QString &verb : verbs)
            classes.add(verb, 1u << 0);
        for (const QString &noun : nouns)
            classes.add(noun, 1u << 9); // shares its filter group with bit 1
        const QSet<QString> verbSet(verbs.cbegin(), verbs.cend());
        const QSet<QString> nounSet(nouns.cbegin(), nouns.cend());

        QStringList probes = verbs + nouns;
        probes << QStringLiteral("kissed") << QStringLiteral("sand") << QStringLiteral("tie")
               << QStringLiteral("") << QStringLiteral("b") << QString(71, u'x')
               << QStringLiteral("The");
        for (const QString &probe : probes) {
            QCOMPARE(classes.has(probe, 1u << 0), verbSet.contains(probe));
            QCOMPARE(classes.has(probe, 1u << 9), nounSet.contains(probe));
            const quint16 expected = quint16((verbSet.contains(probe) ? 1u << 0 : 0u)
                                             | (nounSet.contains(probe) ? 1u << 9 : 0u));
            QCOMPARE(classes.of(probe), expected);
        }
    }

    void classesAreListedInUtf8()
    {
        const WordClasses<quint8> classes = {{{"\u00E9t\u00E9", "km"}, 1}, {{"km"}, 2}};
        QCOMPARE(classes.of(QStringLiteral("\u00E9t\u00E9")), quint8(1));
        QCOMPARE(classes.of(QStringLiteral("km")), quint8(3));
        QCOMPARE(classes.of(QStringLiteral("KM")), quint8(0));
    }
};

QTEST_GUILESS_MAIN(TestWordSet)
#include "test_wordset.moc"
