#include "core/detect/rules/unidentifiedgrouprule.h"

#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/wordset.h"

#include <initializer_list>

namespace {

// False for nearly every word that is no attacker noun, from its length and first letter
// alone (this runs at every token of the text). attackerNouns() checks that each of its words
// passes. The four tests are combined without branching (a branch on the length alone went
// the wrong way at every other word, as lengths of six and seven are common), so the caller
// branches once, on an answer that is nearly always false. The first unit is read only from
// a word that has one.
bool mayBeAttackerNoun(QStringView norm)
{
    const bool sixOrSeven = quint64(norm.size() - 6) <= 1;
    const char16_t first = norm.isEmpty() ? u'\0' : norm.front().unicode();
    return sixOrSeven & ((first == u'g') | (first == u'b'));
}

// The nouns for armed men nobody names.
const WordSet &attackerNouns()
{
    // Plural only: "a bandit leader", "the gunman's car" use the singular as a modifier.
    static const std::initializer_list<const char *> list = {"gunmen", "bandits"};
    static const WordSet words = [] {
        for (const char *word : list) {
            if (!mayBeAttackerNoun(QString::fromLatin1(word)))
                qFatal("UnidentifiedGroupRule: mayBeAttackerNoun() turns away \"%s\"", word);
        }
        return WordSet(list);
    }();
    return words;
}

// attackerNouns() bound, and so checked, once at start-up.
const WordSet &s_attackerNouns = attackerNouns();

// Words before the noun that belong to the span ("unknown gunmen", "Armed bandits").
const WordSet &attackerModifiers()
{
    static const WordSet words = {"unknown", "unidentified", "armed", "masked", "suspected"};
    return words;
}

} // namespace

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
            const QStringView norm = tokens[t].norm;
            if (!mayBeAttackerNoun(norm) || tokens[t].kind != RuleToken::Word
                || !s_attackerNouns.contains(norm))
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
