#include "core/detect/rules/casualtyrule.h"
#include "core/detect/rules/daterule.h"
#include "core/detect/rules/eventbuilder.h"
#include "core/detect/rules/homeforcerule.h"
#include "core/detect/rules/numberreader.h"
#include "core/detect/rules/sourcerule.h"
#include "core/detect/rules/tokenizer.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/unidentifiedgrouprule.h"
#include "core/detect/rules/unknowngrouprule.h"

#include <QtTest>

// The rules pass over every token testing one bit of Token::classes, the filter the tokenizer
// asked, and look up only the tokens it lets through: a word of a list that the filter turned
// away would be a date, a number or a source the rules no longer find.
class TestTokenLexicon : public QObject
{
    Q_OBJECT

private slots:
    void everyWordOfTheRulesListsPassesItsBit_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<quint32>("bit");
        QTest::newRow("incident") << EventBuilder::incidentWords() << quint32(TokenClass::Incident);
        QTest::newRow("date heads") << DateRule::headWords() << quint32(TokenClass::DateHead);
        QTest::newRow("number starters")
            << NumberReader::starterWords(VagueNumbers::codebookDefaults())
            << quint32(TokenClass::NumberStarter);
        QTest::newRow("source starts") << SourceRule::readingStartWords()
                                       << quint32(TokenClass::SourceStart);
        QTest::newRow("attacker nouns") << UnidentifiedGroupRule::attackerNouns()
                                        << quint32(TokenClass::AttackerNoun);
        QTest::newRow("home forces") << HomeForceRule::forceWords()
                                     << quint32(TokenClass::HomeForce);
        QTest::newRow("naming cues") << UnknownGroupRule::namingCueWords()
                                     << quint32(TokenClass::NamingCue);
        QTest::newRow("casualty scope") << CasualtyRule::scopeWordList()
                                        << quint32(TokenClass::CasualtyScope);
    }

    void everyWordOfTheRulesListsPassesItsBit()
    {
        QFETCH(QStringList, words);
        QFETCH(quint32, bit);
        QVERIFY(words.size() >= 2);
        const TokenLexicon &lexicon = TokenLexicon::rules();
        for (const QString &word : words)
            QVERIFY2(lexicon.mayHold(word) & bit, qPrintable(word));
    }

    // The tokenizer sets the bits from the normal form, whatever the surface's capitals.
    void tokensCarryTheBitsOfTheirNormalForm()
    {
        const Tokenizer::Tokens tokens = Tokenizer::tokenize(
            QStringLiteral("Gunmen attacked the convoy on Monday, activists said, killing two."));
        const TokenLexicon &lexicon = TokenLexicon::rules();
        for (const Token &token : tokens)
            QCOMPARE(token.classes, lexicon.mayHold(token.norm));
        auto classesOf = [&](const QString &surface) {
            for (const Token &token : tokens) {
                if (QStringView(tokens.text).mid(token.start, token.end - token.start)
                    == surface)
                    return token.classes;
            }
            return quint32(0);
        };
        QVERIFY(classesOf(QStringLiteral("Gunmen")) & TokenClass::AttackerNoun);
        QVERIFY(classesOf(QStringLiteral("attacked")) & TokenClass::Incident);
        QVERIFY(classesOf(QStringLiteral("Monday")) & TokenClass::DateHead);
        QVERIFY(classesOf(QStringLiteral("said")) & TokenClass::SourceStart);
        QVERIFY(classesOf(QStringLiteral("two")) & TokenClass::NumberStarter);
    }

    // A filter that let every word through would leave the rules right but slow: most words of
    // no list must be turned away.
    void mostOtherWordsAreTurnedAway()
    {
        const TokenLexicon lexicon({{{QStringLiteral("alpha"), QStringLiteral("beta")}, 1u},
                                    {{QStringLiteral("gamma")}, 2u}});
        QVERIFY(lexicon.mayHold(QStringLiteral("alpha")) & 1u);
        QVERIFY(lexicon.mayHold(QStringLiteral("beta")) & 1u);
        QVERIFY(lexicon.mayHold(QStringLiteral("gamma")) & 2u);
        QCOMPARE(lexicon.mayHold(QString()), 0u);
        int passed = 0;
        const int probes = 2000;
        for (int i = 0; i < probes; ++i) {
            if (lexicon.mayHold(QStringLiteral("word%1").arg(i)))
                ++passed;
        }
        QVERIFY2(passed < probes / 100, qPrintable(QString::number(passed)));

        const TokenLexicon &rules = TokenLexicon::rules();
        const QStringList common = {
            QStringLiteral("the"),   QStringLiteral("and"),      QStringLiteral("in"),
            QStringLiteral("to"),    QStringLiteral("was"),      QStringLiteral("village"),
            QStringLiteral("town"),  QStringLiteral("fighters"), QStringLiteral("government"),
            QStringLiteral("after"), QStringLiteral("that"),     QStringLiteral("with")};
        int commonPassed = 0;
        for (const QString &word : common) {
            if (rules.mayHold(word))
                ++commonPassed;
        }
        QVERIFY2(commonPassed <= 2, qPrintable(QString::number(commonPassed)));
    }
};

QTEST_GUILESS_MAIN(TestTokenLexicon)
#include "test_tokenlexicon.moc"
