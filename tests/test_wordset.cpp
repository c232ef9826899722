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
};

QTEST_GUILESS_MAIN(TestWordSet)
#include "test_wordset.moc"
