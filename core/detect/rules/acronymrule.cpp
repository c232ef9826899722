#include "core/detect/rules/acronymrule.h"

#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/wordset.h"

#include <QRegularExpression>
#include <QSet>

namespace {

bool looksLikeAcronym(QStringView surface)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{Lu}][\\p{Lu}\\d&\\-]{1,7}$"));
    return re.match(surface).hasMatch();
}

bool isConnector(QStringView norm)
{
    static const WordSet words = {
        "of", "for", "the", "and", "de", "du", "des", "la", "le", "wa", "in"};
    return words.contains(norm);
}

bool readsLikeSource(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(Observatory|Agency|News|Network|Press|Media|Monitor|Radio|TV|Television|Times|"
        "Post|Channel|Centre|Center|Institute|Committee for|Watch)\\b"));
    return re.match(name).hasMatch();
}

// The first t in [t, end - 2) with "(" at t and ")" at t + 2, where the rule reads an acronym,
// or end - 2 (or t, if greater). The rule reads a parenthesised token and its neighbours only,
// so passing over every other token here finds the same acronyms.
int nextParenthesised(const RuleToken *tokens, int t, int end)
{
    for (; t + 2 < end; ++t) {
        if (RuleHelpers::isUnit(tokens[t].norm, u'(')
            && RuleHelpers::isUnit(tokens[t + 2].norm, u')'))
            return t;
    }
    return t;
}

} // namespace

QChar AcronymRule::initialOf(QStringView word)
{
    const int dash = word.lastIndexOf(u'-');
    if (dash >= 0 && dash + 1 < word.size() && word[0].isLower())
        return word[dash + 1].toUpper();
    return word.isEmpty() ? QChar() : word[0].toUpper();
}

QList<Mention> AcronymRule::find(const RuleDocument &document)
{
    // A plain pointer: read at nearly every step, where QList::operator[] reloads its data.
    const RuleToken *const tokens = document.tokens().constData();
    const QStringView text = document.text();
    QList<Mention> found;

    for (const Sentence &sentence : document.sentences()) {
        const int end = sentence.endToken;
        for (int t = nextParenthesised(tokens, sentence.firstToken + 1, end); t + 2 < end;
             t = nextParenthesised(tokens, t + 1, end)) {
            const RuleToken &acr = tokens[t + 1];
            const QStringView acrSurface = text.mid(acr.start, acr.end - acr.start);
            const RuleToken &before = tokens[t - 1];
            const bool acrIsEntity = acr.kind == RuleToken::Entity;
            if (!acrIsEntity && (acr.kind != RuleToken::Word || !looksLikeAcronym(acrSurface)))
                continue;

            if (before.kind == RuleToken::Entity) {
                if (acrIsEntity)
                    continue; // both known
                const EntityHit &name = *document.entityOf(t - 1);
                found.append(RuleHelpers::mention(document, acr.start, acr.end, name.type,
                                                  name.canonical, name.kbId,
                                                  QStringLiteral("rule:acronym.bound"), 0.8));
                continue;
            }

            // The name is words: find the run of capitalised words (with connectors) whose
            // initials spell the acronym, trying the nearest start first.
            QString letters;
            if (acrIsEntity) {
                for (QChar c : acrSurface) {
                    if (c.isUpper())
                        letters.append(c);
                }
            } else {
                for (QChar c : acrSurface) {
                    if (c.isLetter())
                        letters.append(c.toUpper());
                }
            }
            int nameStart = -1;
            QString initials;
            for (int k = t - 1; k >= sentence.firstToken && k >= t - 10; --k) {
                const RuleToken &w = tokens[k];
                // A demonym or place the matcher found inside the name: "Syrian" in "Syrian
                // Liberation Front". The name's span then covers that hit (the longer wins).
                const EntityHit *inside = document.entityOf(k);
                const bool demonym = inside
                    && (inside->type == EntityType::State || inside->type == EntityType::Location);
                if (w.kind != RuleToken::Word && !demonym)
                    break;
                const QStringView s = text.mid(w.start, w.end - w.start);
                if (isConnector(w.norm)) {
                    continue;
                }
                const QChar initial = initialOf(s);
                const bool nameLike = w.capitalised || (s.contains(u'-') && initial.isUpper());
                if (!nameLike)
                    break;
                initials.prepend(initial);
                if (initials == letters) {
                    nameStart = k;
                    break;
                }
                if (initials.size() >= letters.size())
                    break;
            }
            if (nameStart < 0)
                continue;
            const int nameBegin = tokens[nameStart].start;
            const int nameEnd = before.end;
            const QString name = document.surface(nameBegin, nameEnd);
            if (acrIsEntity) {
                const EntityHit &hit = *document.entityOf(t + 1);
                found.append(RuleHelpers::mention(document, nameBegin, nameEnd, hit.type,
                                                  hit.canonical, hit.kbId,
                                                  QStringLiteral("rule:acronym.bound"), 0.7));
            } else {
                const EntityType type =
                    readsLikeSource(name) ? EntityType::Source : EntityType::ArmedGroup;
                const QString origin = QStringLiteral("rule:acronym.unknown");
                found.append(RuleHelpers::mention(document, nameBegin, nameEnd, type, name,
                                                  QString(), origin, 0.4));
                found.append(RuleHelpers::mention(document, acr.start, acr.end, type, name,
                                                  QString(), origin, 0.4));
            }
        }
    }
    return found;
}
