#include "core/detect/rules/homeforcerule.h"

#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/wordset.h"

using RuleHelpers::Ascii;

namespace {

// Nouns after "army" that belong to the force's span: its units, its platforms, its command.
const WordSet &armyParts()
{
    static const WordSet words = {"units", "unit", "drone", "drones", "aircraft", "helicopter",
                                  "helicopters", "jets", "warplanes", "artillery", "troops"};
    return words;
}

// Nouns after "police" that make it a generic class rather than the force.
const WordSet &policeClasses()
{
    static const WordSet words = {"officer", "officers", "station", "stations", "post",
                                  "posts", "car", "cars", "vehicle", "vehicles", "uniform",
                                  "uniforms", "academy"};
    return words;
}

// "government forces", "pro-government soldiers": the nouns that make the state's army.
const WordSet &governmentForceNouns()
{
    static const WordSet words = {"forces", "soldiers", "troops", "fighters"};
    return words;
}

// Words between an owner and its force: "the Turkish occupation army", "Syria's army".
const WordSet &ownerModifiers()
{
    static const WordSet words = {"occupation", "regime", "government", "national", "federal",
                                  "puppet", "regular"};
    return words;
}

// Capitalised words before "Army" that are no part of a name ("The army said").
const WordSet &determiners()
{
    static const WordSet words = {"the", "a", "an", "its", "their", "our", "his", "her", "this",
                                  "that"};
    return words;
}

// The words HomeForceRule::find() reads a force from, each compared there as it is read.
constexpr Ascii s_army("army");
constexpr Ascii s_police("police");
constexpr Ascii s_government("government");
constexpr Ascii s_proGovernment("pro-government");

bool isWord(const RuleToken &token, const char *word)
{
    return token.kind == RuleToken::Word && token.norm == QLatin1String(word);
}

} // namespace

QStringList HomeForceRule::forceWords()
{
    QStringList words;
    for (const Ascii word : {s_army, s_police, s_government, s_proGovernment})
        words.append(QString::fromLatin1(word.units, word.size));
    return words;
}

QList<Mention> HomeForceRule::find(const RuleDocument &document, const HomeForce &army,
                                   const HomeForce &police)
{
    QList<Mention> found;
    if (army.canonical.isEmpty() && police.canonical.isEmpty())
        return found;
    // A plain pointer: read at nearly every step, where QList::operator[] reloads its data.
    const RuleToken *const tokens = document.tokens().constData();
    auto add = [&](int first, int last, const HomeForce &force, const QString &origin) {
        found.append(RuleHelpers::mention(document, tokens[first].start, tokens[last].end,
                                          EntityType::StateForce, force.canonical, force.kbId,
                                          origin, 0.55));
    };
    for (const Sentence &sentence : document.sentences()) {
        // Part of a name or of another owner: a capitalised word before it inside the sentence
        // ("Free Syrian Army" unknown to the knowledge base), an entity before it or
        // one word before that ("Turkish occupation army"), or "X's" after an entity.
        auto ownedOrNamed = [&](int t) {
            if (t == sentence.firstToken)
                return false;
            const RuleToken &before = tokens[t - 1];
            if (before.kind == RuleToken::Entity)
                return true;
            // A capital at the start of a sentence is grammar, not a name ("Later army
            // units withdrew").
            if (before.kind == RuleToken::Word && before.capitalised
                && t - 1 != sentence.firstToken && !determiners().contains(before.norm))
                return true;
            if (t - 2 < sentence.firstToken)
                return false;
            const RuleToken &twoBefore = tokens[t - 2];
            return twoBefore.kind == RuleToken::Entity
                && (before.norm == Ascii("'s") || ownerModifiers().contains(before.norm));
        };
        for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
            const RuleToken &token = tokens[t];
            // Its TokenClass::HomeForce bit, the filter the tokenizer asked, turns away nearly
            // every token before it is compared with the force words.
            if (!(token.classes & TokenClass::HomeForce) || token.kind != RuleToken::Word)
                continue;
            const int next = t + 1 < sentence.endToken ? t + 1 : -1;
            if (token.norm == s_army && !army.canonical.isEmpty() && !ownedOrNamed(t)) {
                int last = t;
                if (next >= 0 && tokens[next].kind == RuleToken::Word
                    && armyParts().contains(tokens[next].norm))
                    last = next;
                else if (next >= 0 && isWord(tokens[next], "general")
                         && next + 1 < sentence.endToken && isWord(tokens[next + 1], "staff"))
                    last = next + 1;
                add(t, last, army, QStringLiteral("rule:home-force.army"));
                t = last;
            } else if (token.norm == s_police && !police.canonical.isEmpty()
                       && !ownedOrNamed(t)
                       && !(next >= 0 && policeClasses().contains(tokens[next].norm))) {
                add(t, t, police, QStringLiteral("rule:home-force.police"));
            } else if (!army.canonical.isEmpty() && next >= 0
                       && tokens[next].kind == RuleToken::Word
                       && ((token.norm == s_government && !ownedOrNamed(t)
                            && governmentForceNouns().contains(tokens[next].norm))
                           // "pro-government fighters" are as often militias: not the army
                           || (token.norm == s_proGovernment
                               && governmentForceNouns().contains(tokens[next].norm)
                               && tokens[next].norm != Ascii("fighters")))) {
                add(t, next, army, QStringLiteral("rule:home-force.government"));
                t = next;
            }
        }
    }
    return found;
}
