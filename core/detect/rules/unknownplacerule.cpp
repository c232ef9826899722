#include "core/detect/rules/unknownplacerule.h"

#include "core/detect/rules/personrule.h"
#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/wordset.h"

using RuleHelpers::Ascii;

namespace {

// Nouns for a place that a name follows with "of": singular ones name one place, plural ones
// a list.
const WordSet &singularPlaceNouns()
{
    static const WordSet words = {"village", "town", "area", "hill", "district",
                                  "neighbourhood", "neighborhood", "camp", "city", "hamlet",
                                  "locality", "settlement", "suburb"};
    return words;
}

const WordSet &pluralPlaceNouns()
{
    static const WordSet words = {"villages", "towns", "areas", "hills", "districts",
                                  "neighbourhoods", "neighborhoods", "camps", "hamlets",
                                  "localities", "settlements", "suburbs"};
    return words;
}

// The first word in [t, end - 2) at which UnknownPlaceRule::find reads anything: a word before
// "of", or "between" before an entity (it passes over every other token, and a "between"
// before anything else reads nothing); else end - 2, or t if that is greater. Every reading
// starts at such a word, so passing over the others here proposes the same places. The token
// after is asked first (is it "of" or an entity?), which turns most tokens away; the bits of
// "of" and "between" (TokenClass, the filter the tokenizer asked) come before their units.
int nextReadingStart(const RuleToken *tokens, int t, int end)
{
    for (; t + 2 < end; ++t) {
        const bool mayBeOf = tokens[t + 1].classes & TokenClass::Of;
        if (mayBeOf | (tokens[t + 1].kind == RuleToken::Entity)) {
            const bool beforeOf = mayBeOf && tokens[t + 1].norm == Ascii("of");
            const bool between = (tokens[t].classes & TokenClass::Between)
                && tokens[t + 1].kind == RuleToken::Entity && tokens[t].norm == Ascii("between");
            if ((beforeOf || between) && tokens[t].kind == RuleToken::Word)
                return t;
        }
    }
    return t;
}

} // namespace

QList<Mention> UnknownPlaceRule::find(const RuleDocument &document)
{
    // A plain pointer: read at nearly every step, where QList::operator[] reloads its data.
    const RuleToken *const tokens = document.tokens().constData();
    QList<Mention> found;
    for (const Sentence &sentence : document.sentences()) {
        const int first = sentence.firstToken;
        const int end = sentence.endToken;
        // A name word as persons' and groups' names are read: capitalised and no stop or role
        // word, or a joined particle name ("al-Hawayij").
        auto nameWord = [&](int k) { return k < end && PersonRule::isNameWord(document, k); };
        // The name starting at k (first word capitalised or a particle name), or -1.
        auto nameEnd = [&](int k) {
            if (!nameWord(k))
                return -1;
            int last = k;
            while (last + 1 < end && last + 1 < k + 4 && nameWord(last + 1)
                   && tokens[last + 1].capitalised)
                ++last;
            return last;
        };
        auto add = [&](int from, int to) {
            found.append(RuleHelpers::mention(document, tokens[from].start, tokens[to].end,
                                              EntityType::Location, QString(), QString(),
                                              QStringLiteral("rule:place.unknown"), 0.4));
        };
        // From k on, a name or a known place, then ", " or "and" and another, while `list`.
        auto readPlaces = [&](int k, bool list) {
            while (k < end) {
                int last = -1;
                if (tokens[k].kind == RuleToken::Entity) {
                    if (document.entityOf(k)->type != EntityType::Location)
                        return;
                    last = k;
                } else {
                    last = nameEnd(k);
                    if (last < 0)
                        return;
                    add(k, last);
                }
                if (!list || last + 2 >= end)
                    return;
                const QStringView joiner = tokens[last + 1].norm;
                if (joiner == Ascii(",") && last + 2 < end && tokens[last + 2].norm == Ascii("and"))
                    k = last + 3;
                else if (joiner == Ascii(",") || joiner == Ascii("and"))
                    k = last + 2;
                else
                    return;
            }
        };
        for (int t = nextReadingStart(tokens, first, end); t + 2 < end;
             t = nextReadingStart(tokens, t + 1, end)) {
            const RuleToken &token = tokens[t];
            if (tokens[t + 1].norm == Ascii("of") && t > first
                && (tokens[t - 1].norm == Ascii("the") || tokens[t - 1].norm == Ascii("a"))) {
                if (singularPlaceNouns().contains(token.norm))
                    readPlaces(t + 2, false);
                else if (pluralPlaceNouns().contains(token.norm))
                    readPlaces(t + 2, true);
                continue;
            }
            // "between <known place> and <name>"
            if (token.norm == Ascii("between") && t + 3 < end
                && tokens[t + 1].kind == RuleToken::Entity
                && document.entityOf(t + 1)->type == EntityType::Location
                && tokens[t + 2].norm == Ascii("and"))
                readPlaces(t + 3, false);
        }
    }
    return found;
}
