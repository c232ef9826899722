#include "core/detect/rules/unidentifiedgrouprule.h"

#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/wordset.h"

#include <initializer_list>

namespace {

// The nouns for armed men nobody names. Plural only: "a bandit leader", "the gunman's car" use
// the singular as a modifier.
const std::initializer_list<const char *> s_attackerNounList = {"gunmen", "bandits"};

const WordSet &attackerNounSet()
{
    static const WordSet words(s_attackerNounList);
    return words;
}

// Words before the noun that belong to the span ("unknown gunmen", "Armed bandits").
const WordSet &attackerModifiers()
{
    static const WordSet words = {"unknown", "unidentified", "armed", "masked", "suspected"};
    return words;
}

} // namespace

QStringList UnidentifiedGroupRule::attackerNouns()
{
    return RuleHelpers::wordList(s_attackerNounList);
}

QString UnidentifiedGroupRule::canonicalFor(const QString &homeState)
{
    const QString group = QStringLiteral("Unidentified Armed Group");
    return homeState.isEmpty() ? group : group + QStringLiteral(" (") + homeState + u')';
}

QList<Mention> UnidentifiedGroupRule::find(const RuleDocument &document, const QString &homeState)
{
    // A plain pointer: read at nearly every step, where QList::operator[] reloads its data.
    const RuleToken *const tokens = document.tokens().constData();
    const QString canonical = canonicalFor(homeState);
    QList<Mention> found;
    for (const Sentence &sentence : document.sentences()) {
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            // One bit tested at every token (TokenClass::AttackerNoun, the filter the tokenizer
            // asked); the words it lets through are looked up.
            if (!(tokens[t].classes & TokenClass::AttackerNoun) || tokens[t].kind != RuleToken::Word
                || !attackerNounSet().contains(tokens[t].norm))
                continue;
            // "Boko Haram gunmen", "ISWAP bandits": a named group's men are that group.
            if (t > sentence.firstToken && tokens[t - 1].kind == RuleToken::Entity)
                continue;
            int first = t;
            while (first - 1 >= sentence.firstToken && tokens[first - 1].kind == RuleToken::Word
                   && attackerModifiers().contains(tokens[first - 1].norm))
                --first;
            // "the gunmen" alone refers back to attackers named before.
            if (first == t && t > sentence.firstToken && tokens[t - 1].norm == QLatin1String("the"))
                continue;
            found.append(RuleHelpers::mention(document, tokens[first].start, tokens[t].end,
                                              EntityType::ArmedGroup, canonical, QString(),
                                              QStringLiteral("rule:group.unidentified"), 0.5));
        }
    }
    return found;
}
