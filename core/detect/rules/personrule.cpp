#include "core/detect/rules/personrule.h"

#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/wordset.h"

#include <QSet>

namespace {

// Honorifics after which one capitalised word is already a name ("President Putin").
bool isHonorific(QStringView norm)
{
    static const WordSet words = {
        "president", "sheikh", "shaykh", "gen", "general", "col", "colonel", "lt", "lieutenant",
        "capt", "captain", "maj", "major", "brig", "brigadier", "sgt", "sergeant", "dr", "mr",
        "mrs", "ms", "minister", "imam", "prince", "king", "emir", "amir", "commander", "mullah",
        "mullah", "ayatollah", "marshal", "admiral", "adm"};
    return words.contains(norm);
}

bool startsPlaceOrGroup(QStringView norm)
{
    static const WordSet words = {
        // places
        "tal", "tell", "jisr", "kafr", "kfar", "deir", "ras", "ain", "ayn", "maarat", "ma'arat",
        "khan", "bab", "jabal", "jebel", "wadi", "beit", "bir", "qalat", "qala'at", "abu-kamal",
        "sheikh", "hay", "souq", "suq", "tall", "umm", "marj", "sahl", "arab", "harat",
        // group names
        "liwa", "jaysh", "jaish", "harakat", "jabhat", "katibat", "kataib", "saraya", "ansar",
        "faylaq", "ahrar", "jamaat", "jama'at", "hay'at", "tajammu", "firqat", "alwiya", "jund",
        "asa'ib", "quwat", "tahrir", "hezbollah", "hizb", "hizbullah", "jamaat-ul", "al-qaeda",
        "al-shabaab", "boko"};
    return words.contains(norm);
}

bool isGroupHead(QStringView norm)
{
    static const WordSet words = {
        "brigade", "brigades", "battalion", "battalions", "front", "army", "movement", "group",
        "faction", "division", "legion", "corps", "militia", "forces", "regiment", "alliance",
        "coalition", "organization", "organisation", "party", "council", "brigades'"};
    return words.contains(norm);
}

} // namespace

bool PersonRule::isRoleWord(QStringView norm)
{
    static const WordSet words = {
        "commander", "spokesman", "spokeswoman", "spokesperson", "leader", "emir", "amir", "chief",
        "general", "gen", "colonel", "col", "lt", "lieutenant", "captain", "capt", "major", "maj",
        "brigadier", "brig", "sergeant", "sgt", "minister", "president", "sheikh", "shaykh",
        "governor", "official", "cleric", "founder", "head", "mayor", "dr", "mr", "mrs", "ms",
        "deputy", "envoy", "ambassador", "analyst", "journalist", "correspondent", "activist",
        "imam", "prince", "king", "senator", "prime", "mullah", "ayatollah", "marshal", "admiral",
        "adm", "militant", "jihadist", "ideologue", "preacher", "judge", "qadi", "negotiator",
        "representative", "director", "member", "secretary", "defence", "defense", "foreign",
        "interior", "field", "military", "senior", "top", "local", "former", "ex", "late",
        "veteran", "prominent", "sniper", "officer", "colonel-general", "lieutenant-general",
        "major-general", "brigadier-general", "hafiz", "haji", "hajji"};
    return words.contains(norm);
}

bool PersonRule::isNameWord(const RuleDocument &document, int token)
{
    const RuleToken &t = document.tokens()[token];
    if (t.kind != RuleToken::Word)
        return false;
    static const WordSet particles = {
        "bin", "ibn", "bint", "abd", "abdul", "de", "van", "von", "der", "da", "dos", "al", "el",
        "wal"};
    if (particles.contains(t.norm))
        return true;
    if (t.capitalised)
        return !RuleHelpers::isCapitalisedStopWord(t.norm) && !isRoleWord(t.norm);
    // "al-Aziz", "ad-Din", "el-Sisi", "bin-Laden": a lower-case particle, a hyphen, a capital
    // (Unicode category Lu). The particles have no hyphen, so the particle is all that stands
    // before the first one.
    static const WordSet hyphenParticles = {
        "al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "adh", "ud", "ul", "ez", "es", "bin",
        "ibn", "abu", "wal"};
    const QStringView surface = document.text().mid(t.start, t.end - t.start);
    const qsizetype dash = surface.indexOf(u'-');
    if (dash < 2 || dash > 3 || dash + 1 >= surface.size()
        || !hyphenParticles.contains(surface.left(dash).toString()))
        return false;
    char32_t next = surface[dash + 1].unicode();
    if (QChar::isHighSurrogate(next) && dash + 2 < surface.size()
        && surface[dash + 2].isLowSurrogate())
        next = QChar::surrogateToUcs4(surface[dash + 1], surface[dash + 2]);
    return QChar::category(next) == QChar::Letter_Uppercase;
}

QList<Mention> PersonRule::find(const RuleDocument &document)
{
    const QList<RuleToken> &tokens = document.tokens();
    QList<Mention> found;
    RuleHelpers::SpanSet taken; // the spans of `found`
    auto add = [&](int first, int last, const QString &origin, double confidence) {
        const int start = tokens[first].start;
        const int end = tokens[last].end;
        if (!taken.insertIfFree(start, end))
            return;
        found.append(RuleHelpers::mention(document, start, end, EntityType::Person, QString(),
                                          QString(), origin, confidence));
    };

    for (const Sentence &sentence : document.sentences()) {
        const int endToken = sentence.endToken;
        // The run of name words starting at t, at most `limit` long; returns the last index or -1.
        auto nameRun = [&](int t, int limit) {
            int last = -1;
            for (int k = t; k < endToken && k < t + limit && isNameWord(document, k)
                 && !isGroupHead(tokens[k].norm);
                 ++k)
                last = k;
            // A nisba the matcher took for a place or a state: "al-" + hit "Qatari" in
            // "Abu Abd al-Aziz al-Qatari". The name takes the hit in (the longer span wins).
            if (last >= t && last + 2 < endToken && tokens[last + 1].norm == QLatin1String("-")
                && tokens[last + 1].start == tokens[last].end
                && (tokens[last].norm == QLatin1String("al") || tokens[last].norm == QLatin1String("el"))
                && tokens[last + 2].kind == RuleToken::Entity
                && tokens[last + 2].start == tokens[last + 1].end) {
                const EntityType type = document.entityOf(last + 2)->type;
                if (type == EntityType::State || type == EntityType::Location)
                    return last + 2;
            }
            // A name does not end on a particle ("Abu Bakr al").
            while (last >= t && tokens[last].kind == RuleToken::Word && !tokens[last].capitalised
                   && !document.text().mid(tokens[last].start, tokens[last].end - tokens[last].start).contains(u'-'))
                --last;
            return last;
        };

        for (int t = sentence.firstToken; t < endToken; ++t) {
            const RuleToken &token = tokens[t];
            if (token.kind != RuleToken::Word)
                continue;

            // Kunya: Abu / Umm / Ibn + name words.
            if (token.capitalised
                && (token.norm == QLatin1String("abu") || token.norm == QLatin1String("umm")
                    || token.norm == QLatin1String("ibn"))
                && t + 1 < endToken && isNameWord(document, t + 1)
                && tokens[t + 1].capitalised) {
                static const WordSet places = {
                    "dhabi", "ghraib", "kamal", "zabi", "qasr", "kamal", "hardan", "dali"};
                const int last = nameRun(t + 1, 6);
                const bool groupName = last + 1 < endToken && isGroupHead(tokens[last + 1].norm);
                const bool leadingGroupWord = t > sentence.firstToken
                    && startsPlaceOrGroup(tokens[t - 1].norm) && tokens[t - 1].capitalised;
                if (last > t && !groupName && !leadingGroupWord
                    && !places.contains(tokens[t + 1].norm)) {
                    add(t, last, QStringLiteral("rule:person.kunya"), 0.75);
                    t = last;
                    continue;
                }
            }

            // Title or role, then the name.
            if (isRoleWord(token.norm)) {
                int k = t + 1;
                // "Maj. Gen.", "Prime Minister", "field commander"
                while (k < endToken && (tokens[k].norm == QLatin1String(".")
                                        || (tokens[k].kind == RuleToken::Word
                                            && isRoleWord(tokens[k].norm))))
                    ++k;
                if (k < endToken && tokens[k].capitalised && isNameWord(document, k)) {
                    const int last = nameRun(k, 5);
                    const bool honorific = token.capitalised && isHonorific(tokens[k - 1].norm == QLatin1String(".") ? tokens[k - 2].norm : tokens[k - 1].norm);
                    const int words = last - k + 1;
                    const bool groupName = last + 1 < endToken && isGroupHead(tokens[last + 1].norm);
                    if (last >= k && !groupName && !startsPlaceOrGroup(tokens[k].norm)
                        && (words >= 2 || honorific)) {
                        add(k, last, QStringLiteral("rule:person.titled"), 0.7);
                        t = last;
                        continue;
                    }
                }
            }

            // Name, then ", a commander of ..." in apposition.
            if (token.capitalised && isNameWord(document, t)
                && (t == sentence.firstToken || !isNameWord(document, t - 1))) {
                const int last = nameRun(t, 5);
                if (last > t && last + 2 < endToken && tokens[last + 1].norm == QLatin1String(",")) {
                    int k = last + 2;
                    if (tokens[k].norm == QLatin1String("a") || tokens[k].norm == QLatin1String("an")
                        || tokens[k].norm == QLatin1String("the"))
                        ++k;
                    bool role = false;
                    for (int m = k; m < endToken && m < k + 4; ++m) {
                        if (tokens[m].kind != RuleToken::Word && tokens[m].kind != RuleToken::Entity)
                            break;
                        static const WordSet heads = {
                            "commander", "spokesman", "leader", "emir", "founder", "official",
                            "member", "cleric", "spokeswoman", "chief", "ideologue", "preacher",
                            "activist"};
                        if (heads.contains(tokens[m].norm)) {
                            role = true;
                            break;
                        }
                    }
                    if (role && !startsPlaceOrGroup(token.norm)) {
                        add(t, last, QStringLiteral("rule:person.apposition"), 0.6);
                        t = last;
                        continue;
                    }
                }
                // An Arabic name with al-/bin/ibn: "Ahmed al-Hassan".
                if (last > t && !startsPlaceOrGroup(token.norm)
                    && !(last + 1 < endToken && isGroupHead(tokens[last + 1].norm))) {
                    bool particle = false;
                    for (int m = t + 1; m <= last; ++m) {
                        const QStringView s = document.text().mid(tokens[m].start, 4);
                        if (tokens[m].norm == QLatin1String("bin") || tokens[m].norm == QLatin1String("ibn")
                            || (s.contains(u'-') && !tokens[m].capitalised))
                            particle = true;
                    }
                    if (particle) {
                        add(t, last, QStringLiteral("rule:person.arabic-name"), 0.45);
                        t = last;
                        continue;
                    }
                }
            }
        }
    }
    return found;
}
