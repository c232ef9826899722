#include "core/detect/rules/affiliationrule.h"

#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/wordset.h"

#include <QHash>
#include <QVarLengthArray>

#include <cstdint>
#include <unordered_set>

using RuleHelpers::Ascii;

namespace {

bool isGroupWord(QStringView norm)
{
    static const WordSet words = {
        "group", "groups", "faction", "factions", "militia", "militias", "brigade", "brigades",
        "coalition", "alliance", "movement", "umbrella", "rebels", "fighters", "militants",
        "organisation", "organization", "outfit", "jihadists", "insurgents", "battalion",
        "battalions", "forces", "force", "units", "unit", "cells", "cell", "army", "front"};
    return words.contains(norm);
}

bool isFunctionWord(QStringView norm)
{
    static const WordSet words = {
        "in", "on", "at", "near", "from", "with", "against", "during", "and", "or", "of", "to",
        "by", "that", "which", "who", "was", "were", "is", "are", "has", "have", "had", "also",
        "the", "a", "an", "as", "for", "after", "before", "while", "its", "their", "his", "her",
        "said", "says", "reportedly", "allegedly", "into", "inside", "over", "under"};
    return words.contains(norm);
}

std::optional<Relation> compoundRelation(QStringView norm)
{
    static const WordMap<Relation> cues = {
        {"affiliated", Relation::AffiliatedWith}, {"linked", Relation::AffiliatedWith},
        {"aligned", Relation::AffiliatedWith},    {"inspired", Relation::AffiliatedWith},
        {"loyal", Relation::AffiliatedWith},      {"affiliate", Relation::AffiliatedWith},
        {"backed", Relation::BackedBy},           {"supported", Relation::BackedBy},
        {"funded", Relation::BackedBy},           {"sponsored", Relation::BackedBy},
        {"armed", Relation::BackedBy},            {"trained", Relation::BackedBy},
        {"financed", Relation::BackedBy},         {"allied", Relation::AlliedWith}};
    const Relation *relation = cues.find(norm);
    if (!relation)
        return std::nullopt;
    return *relation;
}

struct PhraseCue
{
    const char *words;
    Relation relation;
    const char *origin;
    bool appositionAfter; // "the former branch of X in Syria Y": the actor may follow the target
};

const PhraseCue s_phrases[] = {
    {"pledged allegiance to", Relation::AffiliatedWith, "pledged-allegiance", false},
    {"pledged loyalty to", Relation::AffiliatedWith, "pledged-allegiance", false},
    {"swore allegiance to", Relation::AffiliatedWith, "pledged-allegiance", false},
    {"sworn allegiance to", Relation::AffiliatedWith, "pledged-allegiance", false},
    {"loyal to", Relation::AffiliatedWith, "loyal-to", false},
    {"affiliated with", Relation::AffiliatedWith, "affiliated-with", false},
    {"affiliated to", Relation::AffiliatedWith, "affiliated-with", false},
    {"linked to", Relation::AffiliatedWith, "linked-to", false},
    {"linked with", Relation::AffiliatedWith, "linked-to", false},
    {"tied to", Relation::AffiliatedWith, "linked-to", false},
    {"aligned with", Relation::AffiliatedWith, "linked-to", false},
    {"affiliate of", Relation::AffiliatedWith, "affiliate-of", true},
    {"franchise of", Relation::AffiliatedWith, "affiliate-of", true},
    {"backed by", Relation::BackedBy, "backed-by", false},
    {"supported by", Relation::BackedBy, "backed-by", false},
    {"funded by", Relation::BackedBy, "backed-by", false},
    {"financed by", Relation::BackedBy, "backed-by", false},
    {"armed by", Relation::BackedBy, "backed-by", false},
    {"sponsored by", Relation::BackedBy, "backed-by", false},
    {"trained by", Relation::BackedBy, "backed-by", false},
    {"supplied by", Relation::BackedBy, "backed-by", false},
    {"equipped by", Relation::BackedBy, "backed-by", false},
    {"proxy of", Relation::BackedBy, "proxy", true},
    {"proxies of", Relation::BackedBy, "proxy", true},
    {"faction of", Relation::PartOf, "part-of", true},
    {"factions of", Relation::PartOf, "part-of", true},
    {"member of", Relation::PartOf, "member-of", false},
    {"part of", Relation::PartOf, "part-of", false},
    {"component of", Relation::PartOf, "part-of", true},
    {"formation of", Relation::PartOf, "part-of", true},
    {"unit of", Relation::PartOf, "part-of", true},
    {"wing of", Relation::PartOf, "part-of", true},
    {"arm of", Relation::PartOf, "part-of", true},
    {"branch of", Relation::PartOf, "branch-of", true},
    {"subgroup of", Relation::PartOf, "part-of", true},
    {"umbrella of", Relation::PartOf, "part-of", false},
    {"allied with", Relation::AlliedWith, "allied-with", false},
    {"allied to", Relation::AlliedWith, "allied-with", false},
    {"alongside", Relation::AlliedWith, "alongside", false},
    {"in alliance with", Relation::AlliedWith, "allied-with", false},
    {"joint operation with", Relation::AlliedWith, "joint-operation", false},
    {"joint operations with", Relation::AlliedWith, "joint-operation", false},
    {"joint attack with", Relation::AlliedWith, "joint-operation", false},
    {"in coordination with", Relation::AlliedWith, "joint-operation", false},
    {"broke away from", Relation::SplinterOf, "broke-away", false},
    {"broken away from", Relation::SplinterOf, "broke-away", false},
    {"splintered from", Relation::SplinterOf, "broke-away", false},
    {"split from", Relation::SplinterOf, "broke-away", false},
    {"split off from", Relation::SplinterOf, "broke-away", false},
    {"offshoot of", Relation::SplinterOf, "offshoot-of", true},
    {"splinter of", Relation::SplinterOf, "splinter-of", true},
    {"splinter group of", Relation::SplinterOf, "splinter-of", true},
    {"splinter faction of", Relation::SplinterOf, "splinter-of", true},
    {"breakaway faction of", Relation::SplinterOf, "splinter-of", true},
    {"breakaway group of", Relation::SplinterOf, "splinter-of", true},
};

// s_phrases split into words once, and for each first word the cues starting with it (in the
// order of s_phrases, which decides between cues sharing a first word).
struct SplitCue
{
    QStringList words;
    const PhraseCue *cue;
    QString origin; // the proposal's origin, "rule:affiliation." + cue->origin, built once
};

// The first words of s_phrases, for turning a token away before cuesByFirstWord() hashes it.
const WordClasses<quint8> &cueFirstWords()
{
    static const WordClasses<quint8> table = [] {
        WordClasses<quint8> firstWords;
        for (const PhraseCue &cue : s_phrases) {
            const QStringList words = QString::fromLatin1(cue.words).split(u' ');
            firstWords.add(words.first(), 1);
        }
        return firstWords;
    }();
    return table;
}

// The most words a cue of s_phrases has.
int longestCueWords()
{
    static const int longest = [] {
        qsizetype most = 0;
        for (const PhraseCue &cue : s_phrases)
            most = std::max(most, QString::fromLatin1(cue.words).split(u' ').size());
        return int(most);
    }();
    return longest;
}

const WordMap<QList<SplitCue>> &cuesByFirstWord()
{
    static const WordMap<QList<SplitCue>> table = [] {
        WordMap<QList<SplitCue>> byFirst;
        for (const PhraseCue &cue : s_phrases) {
            const QStringList words = QString::fromLatin1(cue.words).split(u' ');
            byFirst[words.first()].append(
                {words, &cue, QStringLiteral("rule:affiliation.") + QLatin1String(cue.origin)});
        }
        return byFirst;
    }();
    return table;
}

std::optional<Relation> possessiveRelation(QStringView norm)
{
    static const WordMap<Relation> nouns = {
        {"proxy", Relation::BackedBy},       {"proxies", Relation::BackedBy},
        {"branch", Relation::PartOf},        {"wing", Relation::PartOf},
        {"arm", Relation::PartOf},           {"faction", Relation::PartOf},
        {"affiliate", Relation::AffiliatedWith}, {"franchise", Relation::AffiliatedWith},
        {"ally", Relation::AlliedWith},      {"allies", Relation::AlliedWith},
        {"offshoot", Relation::SplinterOf}};
    const Relation *relation = nouns.find(norm);
    if (!relation)
        return std::nullopt;
    return *relation;
}

bool isPersonRole(QStringView norm)
{
    static const WordSet words = {
        "commander", "leader", "emir", "amir", "official", "spokesman", "spokeswoman",
        "spokesperson", "founder", "fighter", "militant", "ideologue", "cleric", "operative",
        "chief", "head", "deputy", "co-founder", "member", "recruiter", "financier", "judge"};
    return words.contains(norm);
}

// What makes two affiliations the same claim: add() proposes each once per article.
struct SeenKey
{
    QString actor;
    QString target;
    Relation relation;
    bool former;

    friend bool operator==(const SeenKey &a, const SeenKey &b)
    {
        return a.relation == b.relation && a.former == b.former && a.actor == b.actor
            && a.target == b.target;
    }
};

// An inline FNV-1a over the key's code units: a few hundred affiliations an article at most,
// where Qt's seeded string hash and QHash's spans cost more than the rest of add().
struct SeenKeyHash
{
    std::size_t operator()(const SeenKey &key) const
    {
        std::uint64_t h = 14695981039346656037ull;
        auto mix = [&h](char16_t unit) { h = (h ^ unit) * 1099511628211ull; };
        for (const QChar c : key.actor)
            mix(c.unicode());
        mix(u'\x1f');
        for (const QChar c : key.target)
            mix(c.unicode());
        mix(char16_t(int(key.relation) * 2 + (key.former ? 1 : 0)));
        return std::size_t(h);
    }
};

class Finder
{
public:
    explicit Finder(const RuleDocument &document)
        : m_doc(document)
        , m_tokens(document.tokens())
        , m_entities(document.entities())
    {
    }

    QList<Affiliation> run()
    {
        for (int s = 0; s < m_doc.sentences().size(); ++s) {
            m_sentence = s;
            // Every affiliation names an armed group, a state force or a state in its
            // sentence: a sentence without one is passed over.
            if (!m_doc.sentenceHasEntity(
                    s, {EntityType::ArmedGroup, EntityType::StateForce, EntityType::State}))
                continue;
            m_first = m_doc.sentences()[s].firstToken;
            m_end = m_doc.sentences()[s].endToken;
            m_stanceKnown = false; // computed by the sentence's first add()
            collectEntityTokens();
            compounds();
            phrases();
            possessives();
            memberGroups();
            ownedUnits();
            personRoles();
            jointActions();
        }
        return m_found;
    }

private:
    // The scans that start at an entity (compounds, possessives, member groups, owned units,
    // person roles) or at the word "joint" (joint actions) walk the tokens gathered here in
    // one pass, instead of asking every token of the sentence whether it is one: they visit
    // the same tokens in the same order, as every other token failed their first test.
    void collectEntityTokens()
    {
        m_entityTokens.clear();
        m_actorTokens.clear();
        m_jointWords.clear();
        // Through local pointers: the members were loaded again at every token, as the lists
        // appended to might have changed them.
        const RuleToken *const tokens = m_tokens.constData();
        const RuleToken *const end = tokens + m_end;
        // One branch per token that is neither, nearly always the same way: an entity (one
        // token in twenty or so) is asked for first, then the bit of "joint" in the filter the
        // tokenizer asked (TokenClass; a branch on the kind, then on the length, went the
        // wrong way at every mark and every five-letter word).
        for (const RuleToken *token = tokens + m_first; token != end; ++token) {
            if (token->kind != RuleToken::Entity) {
                if ((token->classes & TokenClass::Joint) && token->kind == RuleToken::Word
                    && token->norm == Ascii("joint"))
                    m_jointWords.append(int(token - tokens));
                continue;
            }
            const int t = int(token - tokens);
            m_entityTokens.append(t);
            // isActor(t, false) from the token at hand, without its checks of the index
            if (RuleDocument::isActorType(m_entities[token->entity].type))
                m_actorTokens.append(t);
        }
    }

    // RuleDocument::entityOf() without the call: asked at nearly every token.
    Q_ALWAYS_INLINE const EntityHit *entity(int t) const
    {
        if (t < 0 || t >= m_tokens.size() || m_tokens[t].kind != RuleToken::Entity)
            return nullptr;
        return &m_entities[m_tokens[t].entity];
    }
    bool isGroupEntity(int t) const
    {
        const EntityHit *e = entity(t);
        return e && (e->type == EntityType::ArmedGroup || e->type == EntityType::StateForce);
    }
    bool isActor(int t, bool allowPerson) const
    {
        const EntityHit *e = entity(t);
        return e
            && (e->type == EntityType::ArmedGroup || e->type == EntityType::StateForce
                || e->type == EntityType::State
                || (allowPerson && e->type == EntityType::Person));
    }
    QStringView norm(int t) const { return m_tokens[t].norm; }
    bool isWord(int t) const
    {
        return t >= m_first && t < m_end && m_tokens[t].kind == RuleToken::Word;
    }
    bool isParenAcronym(int t) const
    {
        return t + 2 < m_end && RuleHelpers::isUnit(norm(t), u'(')
            && RuleHelpers::isUnit(norm(t + 2), u')');
    }

    // Sentence-wide cues ("according to", "said", "accused of") govern every claim of the
    // sentence; "reportedly" and "allegedly" govern only their clause (between commas), so that
    // "... were reportedly killed, which forced the former branch of al-Qaeda ..." leaves the
    // affiliation asserted.
    void computeStance()
    {
        enum : quint8 { Accusing = 1, Saying = 2 };
        static const WordClasses<quint8> cues = {
            {{"accused", "accuses", "suspected"}, Accusing},
            {{"said", "says", "believe", "believes", "told", "stated", "reported"}, Saying}};
        m_stanceKnown = true;
        m_sentenceStance = Stance::Asserted;
        m_attributedTo.clear();
        // One pass for the three questions: an accusing word, "according to", a saying word.
        quint8 found = 0;
        bool accordingTo = false;
        for (int t = m_first; t < m_end; ++t) {
            found |= cues.of(norm(t));
            accordingTo = accordingTo
                || (t + 1 < m_end && norm(t) == Ascii("according")
                    && norm(t + 1) == Ascii("to"));
        }
        if (found & Accusing)
            m_sentenceStance = Stance::Alleged;
        else if (accordingTo || (found & Saying))
            m_sentenceStance = Stance::Reported;
        // The source: after "according to" first, then any SOURCE entity of the sentence.
        for (int t = m_first; t + 2 < m_end; ++t) {
            if (norm(t) == Ascii("according") && norm(t + 1) == Ascii("to")) {
                for (int k = t + 2; k < m_end && k < t + 12; ++k) {
                    const EntityHit *e = entity(k);
                    if (e && e->type == EntityType::Source) {
                        m_attributedTo = e->canonical;
                        return;
                    }
                }
            }
        }
        for (int t = m_first; t < m_end; ++t) {
            const EntityHit *e = entity(t);
            if (e && e->type == EntityType::Source) {
                m_attributedTo = e->canonical;
                return;
            }
        }
    }

    // The stance of the clauses the span [start, end) lies in.
    Stance stanceAt(int start, int end) const
    {
        int from = m_first;
        int to = m_end;
        for (int k = m_first; k < m_end; ++k) {
            const bool boundary = RuleHelpers::isUnit(norm(k), u',')
                || RuleHelpers::isUnit(norm(k), u';') || norm(k) == Ascii("which");
            if (!boundary)
                continue;
            if (m_tokens[k].end <= start)
                from = k + 1;
            else if (m_tokens[k].start >= end) {
                to = k;
                break;
            }
        }
        Stance clause = Stance::Asserted;
        for (int k = from; k < to; ++k) {
            if (norm(k) == Ascii("allegedly") || norm(k) == Ascii("alleged")
                || norm(k) == Ascii("purportedly"))
                clause = Stance::Alleged;
            else if (norm(k) == Ascii("reportedly") && clause == Stance::Asserted)
                clause = Stance::Reported;
        }
        if (clause == Stance::Alleged || m_sentenceStance == Stance::Alleged)
            return Stance::Alleged;
        if (clause == Stance::Reported || m_sentenceStance == Stance::Reported)
            return Stance::Reported;
        return Stance::Asserted;
    }

    bool isFormerBefore(int t) const
    {
        static const WordSet words = {
            "former", "ex", "formerly", "previously", "once", "erstwhile", "onetime", "one-time"};
        for (int k = t - 1; k >= m_first && k >= t - 3; --k) {
            if (words.contains(norm(k)))
                return true;
            if (m_tokens[k].kind == RuleToken::Entity)
                break;
        }
        return false;
    }

    // Proposes the affiliation unless the article has it already; `origin` is the proposal's
    // origin in full ("rule:affiliation.possessive").
    void add(const EntityHit &actor, Relation relation, const EntityHit &target, bool former,
             int start, int end, const QString &origin, double confidence)
    {
        if (actor.canonical.isEmpty() || actor.canonical == target.canonical)
            return;
        // One proposal per (actor, relation, target, former) in the article: the first.
        if (!m_seen.insert(SeenKey{actor.canonical, target.canonical, relation, former}).second)
            return;
        if (!m_stanceKnown)
            computeStance();
        Affiliation a;
        a.actor = actor.canonical;
        a.relationTarget = target.canonical;
        a.relation = relation;
        a.former = former;
        a.stance = stanceAt(start, end);
        a.attributedTo = a.stance == Stance::Asserted ? QString() : m_attributedTo;
        a.start = start;
        a.end = end;
        a.provenance = RuleHelpers::proposed(origin, confidence);
        m_found.append(std::move(a));
    }

    // The noun phrase after a compound cue: the group entities it names, in order, and the
    // "X group Y" pairs inside it. Returns the index after the phrase.
    struct Chain
    {
        QList<int> entities;
        QList<QPair<int, int>> groupOf; // (member, whole): "FSA group Faylaq al-Sham"
        int last = -1;                  // last token of the phrase
        int groupWord = -1;             // a group noun with no name ("the ISIS-affiliated group")
    };

    Chain chainAfter(int p) const
    {
        Chain chain;
        int modifiers = 0;
        bool groupWordSinceEntity = false;
        int k = p;
        while (k < m_end) {
            const RuleToken &tk = m_tokens[k];
            if (tk.kind == RuleToken::Entity) {
                const EntityHit *e = entity(k);
                if (e->type == EntityType::ArmedGroup || e->type == EntityType::StateForce) {
                    if (!chain.entities.isEmpty() && groupWordSinceEntity)
                        chain.groupOf.append({k, chain.entities.last()});
                    else if (!chain.entities.isEmpty())
                        break; // two names side by side: a new phrase
                    chain.entities.append(k);
                    chain.last = k;
                    groupWordSinceEntity = false;
                    ++k;
                    continue;
                }
                if (e->type == EntityType::State && chain.entities.isEmpty() && chain.groupWord < 0
                    && k + 1 < m_end) {
                    ++k; // another state adjective: "US-backed Syrian ..."
                    ++modifiers;
                    continue;
                }
                break;
            }
            if (isParenAcronym(k) && !chain.entities.isEmpty()) {
                chain.last = k + 2;
                k += 3;
                continue;
            }
            if (tk.kind == RuleToken::Punct && tk.norm == Ascii("-") && chain.entities.isEmpty()) {
                ++k;
                continue;
            }
            if (tk.kind != RuleToken::Word)
                break;
            if (isGroupWord(tk.norm)) {
                if (chain.entities.isEmpty())
                    chain.groupWord = k;
                else
                    groupWordSinceEntity = true;
                chain.last = std::max(chain.last, k);
                ++k;
                continue;
            }
            if (!chain.entities.isEmpty() || chain.groupWord >= 0)
                break; // the phrase has its head
            if (isFunctionWord(tk.norm) || modifiers >= 3)
                break;
            if (compoundRelation(tk.norm)) {
                ++k; // "Turkish-backed, US-funded": the second cue word
                continue;
            }
            ++modifiers;
            ++k;
        }
        // A trailing group word after the last name ("FSA groups") ends the phrase.
        return chain;
    }

    // "X-affiliated", "Turkish-backed", ...
    void compounds()
    {
        for (const int t : m_entityTokens) {
            if (t + 2 >= m_end)
                break;
            // The hyphen first: it turns nearly every entity away without its type.
            if (norm(t + 1) != Ascii("-") || !isActor(t, false) || !isWord(t + 2))
                continue;
            const auto relation = compoundRelation(norm(t + 2));
            if (!relation)
                continue;
            const EntityHit &target = *entity(t);
            const bool former = isFormerBefore(t);
            QString origin = QStringLiteral("rule:affiliation.x-");
            origin += norm(t + 2);
            Chain chain = chainAfter(t + 3);
            if (!chain.entities.isEmpty()) {
                const int head = chain.entities.last();
                add(*entity(head), *relation, target, former, m_tokens[t].start,
                    m_tokens[chain.last].end, origin, 0.8);
                for (const auto &pair : chain.groupOf) {
                    add(*entity(pair.first), Relation::PartOf, *entity(pair.second), false,
                        m_tokens[pair.second].start, m_tokens[pair.first].end,
                        QStringLiteral("rule:affiliation.group-apposition"), 0.65);
                }
                continue;
            }
            if (chain.groupWord < 0)
                continue;
            // "the ISIS-affiliated group": who is it?
            const int spanEnd = m_tokens[chain.groupWord].end;
            // Apposition before: "Jund al-Aqsa, an ISIS-affiliated group".
            int k = t - 1;
            if (k >= m_first && (norm(k) == Ascii("a") || norm(k) == Ascii("an")
                                 || norm(k) == Ascii("the")))
                --k;
            if (k - 1 >= m_first && norm(k) == Ascii(",") && isGroupEntity(k - 1)) {
                add(*entity(k - 1), *relation, target, former, m_tokens[k - 1].start, spanEnd,
                    origin, 0.65);
                continue;
            }
            // Apposition after: "the ISIS-affiliated group, Jund al-Aqsa".
            if (chain.groupWord + 2 < m_end && norm(chain.groupWord + 1) == Ascii(",")
                && isGroupEntity(chain.groupWord + 2)) {
                add(*entity(chain.groupWord + 2), *relation, target, former, m_tokens[t].start,
                    m_tokens[chain.groupWord + 2].end, origin, 0.65);
                continue;
            }
            // "The al-Qaeda-linked group claimed ...": opening a sentence, a definite singular
            // description of one armed group refers back to the group the article is about,
            // the one named most before it, unless this sentence names that group itself
            // ("The al-Qaeda-linked group attacked Al-Shabaab positions" is another group).
            // Plurals and forces ("the Turkish-backed factions") name no one group.
            if (t - 1 == m_first && norm(t - 1) == Ascii("the") && target.type != EntityType::State
                && isSingularGroupNoun(norm(chain.groupWord))) {
                const int referent = mostNamedGroupBefore(m_first, target.canonical);
                if (referent >= 0 && !sentenceNames(m_entities[referent].canonical)) {
                    add(m_entities[referent], *relation, target, former, m_tokens[t - 1].start,
                        spanEnd, origin, 0.5);
                    continue;
                }
            }
            // Otherwise "a Turkish-backed faction" names nobody. Binding it to the nearest
            // group of the sentence proposed wrong links more often than right ones ("an
            // al-Qaeda-affiliated group strikes a Turkish-backed faction" is not al-Qaeda
            // backed by Turkey), so the codebook's "do not invent" wins and nothing is proposed.
        }
    }

    // The armed group named most often in the article's tokens before token `before` (sentences
    // are read in order, so the counts grow from the last call on), other than the one called
    // `exclude`; its index in the entities, or -1: none, or two named equally often.
    int mostNamedGroupBefore(int before, const QString &exclude) const
    {
        for (; m_groupsCountedTo < before; ++m_groupsCountedTo) {
            const EntityHit *e = entity(m_groupsCountedTo);
            if (!e || e->type != EntityType::ArmedGroup)
                continue;
            ++m_groupCounts[e->canonical];
            if (!m_firstGroupEntity.contains(e->canonical))
                m_firstGroupEntity.insert(e->canonical, m_tokens[m_groupsCountedTo].entity);
        }
        int best = 0;
        bool tie = false;
        QString winner;
        for (auto it = m_groupCounts.cbegin(); it != m_groupCounts.cend(); ++it) {
            if (it.key() == exclude)
                continue;
            if (it.value() > best) {
                best = it.value();
                winner = it.key();
                tie = false;
            } else if (it.value() == best) {
                tie = true;
            }
        }
        return winner.isEmpty() || tie ? -1 : m_firstGroupEntity.value(winner);
    }

    // Whether the current sentence names an entity with the canonical name.
    bool sentenceNames(const QString &canonical) const
    {
        for (int k = m_first; k < m_end; ++k) {
            const EntityHit *e = entity(k);
            if (e && e->canonical == canonical)
                return true;
        }
        return false;
    }

    static bool isSingularGroupNoun(QStringView norm)
    {
        static const WordSet words = {"group", "faction", "militia", "movement", "organisation",
                                      "organization", "outfit"};
        return words.contains(norm);
    }

    bool matchAt(int t, const QStringList &words) const
    {
        if (t + words.size() > m_end)
            return false;
        for (int k = 0; k < words.size(); ++k) {
            if (norm(t + k) != words[k])
                return false;
        }
        return true;
    }

    // The first actor within a few words after p (skipping articles and modifiers).
    int targetAfter(int p) const
    {
        for (int k = p; k < m_end && k < p + 5; ++k) {
            // "a faction of the Turkish-backed National Front": the compound describes the
            // target, which comes after it; without one after it, there is no target.
            if (isActor(k, false) && isCompoundCue(k))
                return targetAfter(k + 3);
            if (isActor(k, false))
                return k;
            if (m_tokens[k].kind != RuleToken::Word)
                return -1;
            const QStringView w = norm(k);
            if (w != Ascii("the") && w != Ascii("a") && w != Ascii("an")
                && (isFunctionWord(w)))
                return -1;
        }
        return -1;
    }

    // True when the entity token t starts a compound cue: "Turkish" in "Turkish-backed".
    bool isCompoundCue(int t) const
    {
        return t + 2 < m_end && norm(t + 1) == Ascii("-") && isWord(t + 2)
            && compoundRelation(norm(t + 2)).has_value();
    }

    // The nearest actor before p in the sentence that is not `exclude`'s canonical.
    int actorBefore(int p, const QString &exclude, bool allowPerson) const
    {
        for (int k = p - 1; k >= m_first; --k) {
            if (isActor(k, allowPerson) && entity(k)->canonical != exclude
                && entity(k)->type != EntityType::State)
                return k;
        }
        return -1;
    }

    // "Kataib Hezbollah, a faction of the PMF that is backed by Iran", "ISWAP, an offshoot of
    // Boko Haram that pledged allegiance to ...": a relative clause right after an apposition
    // "A, a <noun> of B" tells of A, the apposition's head, not of B. Returns A's token for the
    // cue at token `cue`, or -1 where the words before it are not so.
    int appositionHeadOfRelative(int cue) const
    {
        int k = cue - 1;
        if (k >= m_first && (norm(k) == Ascii("is") || norm(k) == Ascii("was")
                             || norm(k) == Ascii("are") || norm(k) == Ascii("were")
                             || norm(k) == Ascii("has") || norm(k) == Ascii("had")))
            --k;
        if (k < m_first || (norm(k) != Ascii("that") && norm(k) != Ascii("which")))
            return -1;
        --k;
        if (k < m_first || !isActor(k, false)) // B
            return -1;
        --k;
        if (k >= m_first && norm(k) == Ascii("the"))
            --k;
        if (k < m_first || norm(k) != Ascii("of"))
            return -1;
        --k;
        // The noun and up to two words before it: "a faction", "the Sahel branch".
        int words = 0;
        while (k >= m_first && isWord(k) && words < 3 && norm(k) != Ascii("a")
               && norm(k) != Ascii("an") && norm(k) != Ascii("the")) {
            --k;
            ++words;
        }
        if (words == 0 || k < m_first
            || (norm(k) != Ascii("a") && norm(k) != Ascii("an") && norm(k) != Ascii("the")))
            return -1;
        --k;
        if (k < m_first || norm(k) != Ascii(","))
            return -1;
        --k;
        return k >= m_first && isGroupEntity(k) ? k : -1;
    }

    // The first group of a list after the target: "<target>, including (the) X", "such as X",
    // "among them X"; -1 when none follows.
    int includedAfter(int target) const
    {
        int k = target + 1;
        if (isParenAcronym(k))
            k += 3;
        if (k < m_end && norm(k) == Ascii(","))
            ++k;
        if (k < m_end && norm(k) == Ascii("including"))
            k += 1;
        else if (k + 1 < m_end
                 && ((norm(k) == Ascii("such") && norm(k + 1) == Ascii("as"))
                     || (norm(k) == Ascii("among") && norm(k + 1) == Ascii("them"))))
            k += 2;
        else
            return -1;
        if (k < m_end && norm(k) == Ascii("the"))
            ++k;
        return k < m_end && isGroupEntity(k) ? k : -1;
    }

    // "X in Syria Y (HTS)" -> Y: an actor right after the target, past "in <place>" and commas.
    int appositionAfter(int target) const
    {
        int k = target + 1;
        if (isParenAcronym(k))
            k += 3;
        if (k < m_end && norm(k) == Ascii("in")) {
            ++k;
            if (k < m_end && (m_tokens[k].kind == RuleToken::Entity || m_tokens[k].capitalised))
                ++k;
        }
        if (k < m_end && norm(k) == Ascii(","))
            ++k;
        if (k < m_end && isGroupEntity(k))
            return k;
        return -1;
    }

    // "The SDF and the coalition detained five ... in a joint raid", "X and Y claimed in a joint
    // statement": the two actors the sentence opens with act together (allied_with).
    void jointActions()
    {
        static const WordSet actions = {"raid", "raids", "operation", "operations", "statement",
                                        "attack", "attacks", "offensive", "patrol", "patrols",
                                        "assault", "campaign", "communique"};
        for (const int t : m_jointWords) {
            if (t + 1 >= m_end)
                break;
            if (!isWord(t + 1) || !actions.contains(norm(t + 1)))
                continue;
            for (int a = m_first; a < t; ++a) {
                if (!isActor(a, false))
                    continue;
                const int b = coordinatedAfter(a);
                if (b >= 0 && b < t) {
                    const bool article = t > m_first
                        && (norm(t - 1) == Ascii("a") || norm(t - 1) == Ascii("the"));
                    add(*entity(a), Relation::AlliedWith, *entity(b), false,
                        m_tokens[article ? t - 1 : t].start, m_tokens[t + 1].end,
                        QStringLiteral("rule:affiliation.joint-action"), 0.55);
                }
                break; // only the sentence's first actor leads the pair
            }
            return;
        }
    }

    // "supplied by", "equipped by", "armed by" at token t right after a word, not an actor:
    // materiel supplied ("rocket launchers supplied by"), whose holder the sentence does not
    // name next to it.
    bool suppliesMateriel(int t) const
    {
        return (norm(t) == Ascii("supplied") || norm(t) == Ascii("equipped")
                || norm(t) == Ascii("armed"))
            && t - 1 >= m_first && isWord(t - 1);
    }

    // The actor coordinated with actor token k ("X and Y", "X, Y", "X and Lebanon's Y"), or -1.
    int coordinatedAfter(int k) const
    {
        int j = k + 1;
        if (j >= m_end || (norm(j) != Ascii("and") && norm(j) != Ascii(",")))
            return -1;
        ++j;
        if (j < m_end && norm(j) == Ascii("and"))
            ++j; // "X, Y, and Z"
        if (j < m_end && norm(j) == Ascii("the"))
            ++j;
        // "Lebanon's Hezbollah": the group, not its state (read as a state or as a place).
        const EntityHit *owner = entity(j);
        if (owner && (owner->type == EntityType::State || owner->type == EntityType::Location)
            && j + 2 < m_end && norm(j + 1) == Ascii("'s") && isActor(j + 2, false))
            j += 2;
        if (j >= m_end || !isActor(j, false))
            return -1;
        return j;
    }

    void phrases()
    {
        static const QStringList determiners{"the", "a",   "an",     "former",
                                             "ex",  "its", "syrian", "local"};
        const WordMap<QList<SplitCue>> &cues = cuesByFirstWord();
        const WordClasses<quint8> &firstWords = cueFirstWords();
        // A cue proposes nothing without a target: an actor that targetAfter() finds within
        // five tokens after the cue's words. So a cue can only start in the few tokens before
        // an actor, and the rest of the sentence is skipped.
        const int reach = longestCueWords() + 5;
        const int *nextActor = m_actorTokens.cbegin();
        for (int t = m_first; t < m_end; ++t) {
            while (nextActor != m_actorTokens.cend() && *nextActor <= t)
                ++nextActor;
            if (nextActor == m_actorTokens.cend())
                break; // no actor after t
            if (*nextActor - t >= reach) {
                t = *nextActor - reach; // the loop goes on at the first token within reach
                continue;
            }
            if (m_tokens[t].kind != RuleToken::Word || !firstWords.has(norm(t), 1))
                continue;
            const QList<SplitCue> *candidates = cues.find(norm(t));
            if (!candidates)
                continue; // no cue starts with this word
            for (const SplitCue &split : *candidates) {
                const PhraseCue &cue = *split.cue;
                const QStringList &words = split.words;
                if (!matchAt(t, words))
                    continue;
                const int targetToken = targetAfter(t + words.size());
                if (targetToken < 0)
                    break;
                const EntityHit &target = *entity(targetToken);
                const bool former = isFormerBefore(t);
                const bool allowPerson = cue.relation != Relation::BackedBy;
                int actorToken = -1;
                double confidence = 0.65;
                // "the former branch of al-Qaeda in Syria Hay'at Tahrir al-Sham"
                const bool determined = t > m_first && determiners.contains(norm(t - 1));
                if (cue.appositionAfter && determined)
                    actorToken = appositionAfter(targetToken);
                int start = m_tokens[t].start;
                int end = m_tokens[targetToken].end;
                if (actorToken >= 0) {
                    end = m_tokens[actorToken].end;
                    if (isParenAcronym(actorToken + 1))
                        end = m_tokens[actorToken + 3].end;
                    confidence = 0.7;
                } else if (const int head = appositionHeadOfRelative(t);
                           head >= 0 && entity(head)->canonical != target.canonical) {
                    actorToken = head; // "A, a faction of B that is backed by C": A
                    confidence = 0.6;
                } else {
                    actorToken = actorBefore(t, target.canonical, allowPerson);
                    if (actorToken < 0) {
                        // "Fighters loyal to Iran, including the Fatemiyoun and Lebanon's
                        // Hezbollah": the groups listed after the target, each.
                        int member = includedAfter(targetToken);
                        for (int listed = 0; member >= 0 && listed < 4; ++listed) {
                            if (entity(member)->canonical != target.canonical)
                                add(*entity(member), cue.relation, target, former,
                                    m_tokens[t].start, m_tokens[member].end, split.origin, 0.55);
                            member = coordinatedAfter(member);
                        }
                        t += words.size() - 1;
                        break;
                    }
                    if (t - actorToken <= 6)
                        start = m_tokens[actorToken].start;
                    else if (suppliesMateriel(t))
                        break; // "a weapons depot ... supplied by the Turkish regime": whose?
                    else
                        confidence = 0.5;
                }
                add(*entity(actorToken), cue.relation, target, former, start, end, split.origin,
                    confidence);
                // "alongside Liwa al-Quds and Russian special forces", "backed by Turkey and
                // Qatar": the same relation to every target of the list.
                int next = targetToken;
                for (int more = 0; more < 3; ++more) {
                    next = coordinatedAfter(next);
                    if (next < 0 || entity(next)->canonical == entity(actorToken)->canonical)
                        break;
                    add(*entity(actorToken), cue.relation, *entity(next), former, start,
                        m_tokens[next].end, split.origin, confidence - 0.05);
                }
                t += words.size() - 1;
                break;
            }
        }
    }

    // A group named as a member of another by a group noun: "Jaysh al-Izza, an FSA faction"
    // and "the SNA group Hamza Division" both give part_of; so does "X, which operates under
    // the SDF umbrella".
    void memberGroups()
    {
        for (const int t : m_entityTokens) {
            if (t + 2 >= m_end)
                break;
            if (!isGroupEntity(t) || !isWord(t + 1))
                continue;
            // "the Deir ez-Zor Military Council, which operates under the SDF umbrella": the
            // group the relative clause tells of, or the one right before "under".
            if (norm(t + 1) == Ascii("umbrella")) {
                const int member = umbrellaMember(t);
                if (member >= 0)
                    add(*entity(member), Relation::PartOf, *entity(t), false,
                        m_tokens[member].start, m_tokens[t + 1].end,
                        QStringLiteral("rule:affiliation.umbrella"), 0.6);
                continue;
            }
            if (!isMemberNoun(norm(t + 1)))
                continue;
            const bool article = t - 1 >= m_first && isWord(t - 1)
                && (norm(t - 1) == Ascii("a") || norm(t - 1) == Ascii("an")
                    || norm(t - 1) == Ascii("the"));
            if (!article)
                continue;
            // "X, an FSA faction"
            if (t - 3 >= m_first && norm(t - 2) == Ascii(",") && isGroupEntity(t - 3)) {
                add(*entity(t - 3), Relation::PartOf, *entity(t), false, m_tokens[t - 3].start,
                    m_tokens[t + 1].end, QStringLiteral("rule:affiliation.member-noun"), 0.6);
                continue;
            }
            // "the SNA group Hamza Division"
            if (isGroupEntity(t + 2))
                add(*entity(t + 2), Relation::PartOf, *entity(t), false, m_tokens[t - 1].start,
                    m_tokens[t + 2].end, QStringLiteral("rule:affiliation.member-noun"), 0.6);
        }
    }

    // A unit named with its parent: "the Southern Transitional Council's Security Belt", "the
    // Ukrainian Armed Forces' 93rd brigade", "the 45th Brigade of the Popular Mobilisation"
    // give part_of. The parent is an armed group or a state force: a state owning a force
    // ("Iraq's security forces") names the force, not a relation.
    void ownedUnits()
    {
        for (const int t : m_entityTokens) {
            if (t + 2 >= m_end)
                break;
            // Both readings below need "'s", "'" or "of" next: asked before the entity's type,
            // as it turns nearly every entity away.
            const QStringView next = norm(t + 1);
            if ((next != Ascii("'s") && next != Ascii("'") && next != Ascii("of"))
                || !isGroupEntity(t))
                continue;
            // "X's Y", "X' Y"
            const bool possessive = next == Ascii("'s") || next == Ascii("'");
            if (possessive && isGroupEntity(t + 2)
                && entity(t + 2)->canonical != entity(t)->canonical) {
                add(*entity(t + 2), Relation::PartOf, *entity(t), isFormerBefore(t),
                    m_tokens[t].start, m_tokens[t + 2].end,
                    QStringLiteral("rule:affiliation.owned-unit"), 0.55);
                continue;
            }
            // "Y of (the) X", where Y names a unit ("45th Brigade")
            if (!isWord(t + 1) || norm(t + 1) != Ascii("of") || !isUnitName(norm(t)))
                continue;
            int parent = t + 2;
            if (isWord(parent) && norm(parent) == Ascii("the"))
                ++parent;
            if (parent < m_end && isGroupEntity(parent)
                && entity(parent)->canonical != entity(t)->canonical)
                add(*entity(t), Relation::PartOf, *entity(parent), isFormerBefore(t),
                    m_tokens[t].start, m_tokens[parent].end,
                    QStringLiteral("rule:affiliation.owned-unit"), 0.55);
        }
    }

    // The group "under the <whole> umbrella" at token `whole` tells of: "X under the Y
    // umbrella", or "X, which|that <one or two words> under the Y umbrella"; -1 otherwise.
    int umbrellaMember(int whole) const
    {
        int k = whole - 1;
        if (k - 1 < m_first || norm(k) != Ascii("the") || norm(k - 1) != Ascii("under"))
            return -1;
        k -= 2;
        if (k >= m_first && isGroupEntity(k))
            return entity(k)->canonical != entity(whole)->canonical ? k : -1;
        for (int verbs = 0; verbs < 2 && k >= m_first && isWord(k)
             && norm(k) != Ascii("which") && norm(k) != Ascii("that");
             ++verbs)
            --k;
        if (k - 2 < m_first || (norm(k) != Ascii("which") && norm(k) != Ascii("that"))
            || norm(k - 1) != Ascii(",") || !isGroupEntity(k - 2)
            || entity(k - 2)->canonical == entity(whole)->canonical)
            return -1;
        return k - 2;
    }

    // A name ending in a unit noun: "45th brigade", "4th armoured division".
    static bool isUnitName(QStringView norm)
    {
        static const WordSet units = {"brigade", "battalion", "division", "regiment", "company",
                                      "unit", "squadron", "corps"};
        return units.contains(norm.mid(norm.lastIndexOf(u' ') + 1));
    }

    // Singular nouns that make the group named after them one part of the group named before:
    // "an FSA faction", "the SNA group". Plurals ("FSA factions") name no one group.
    static bool isMemberNoun(QStringView norm)
    {
        static const WordSet words = {"faction", "group", "brigade", "battalion", "unit",
                                      "formation", "component", "militia"};
        return words.contains(norm);
    }

    // "Iran's proxy Hezbollah", "al-Qaeda's Syrian branch, Jabhat al-Nusra".
    void possessives()
    {
        for (const int t : m_entityTokens) {
            if (t + 2 >= m_end)
                break;
            // The "'s" first: it turns nearly every entity away without its type.
            if (norm(t + 1) != Ascii("'s") || !isActor(t, false))
                continue;
            int k = t + 2;
            std::optional<Relation> relation;
            for (; k < m_end && k < t + 5; ++k) {
                if (m_tokens[k].kind == RuleToken::Word && (relation = possessiveRelation(norm(k))))
                    break;
                if (m_tokens[k].kind == RuleToken::Punct)
                    break;
            }
            if (!relation)
                continue;
            const EntityHit &target = *entity(t);
            int actorToken = -1;
            int m = k + 1;
            if (m < m_end && norm(m) == Ascii("in"))
                m += 2;
            if (m < m_end && norm(m) == Ascii(","))
                ++m;
            if (m < m_end && isGroupEntity(m))
                actorToken = m;
            int start = m_tokens[t].start;
            int end = m_tokens[k].end;
            if (actorToken >= 0) {
                end = m_tokens[actorToken].end;
            } else {
                actorToken = actorBefore(t, target.canonical, false);
                if (actorToken < 0)
                    continue;
                if (t - actorToken <= 3)
                    start = m_tokens[actorToken].start;
            }
            add(*entity(actorToken), *relation, target, isFormerBefore(t), start, end,
                QStringLiteral("rule:affiliation.possessive"), 0.6);
        }
    }

    // "Abu ..., a Qatari commander of al-Qaeda"; "HTS leader Abu Mohammad al-Julani".
    void personRoles()
    {
        // Only a person is read below: a sentence naming none is passed over with one look-up.
        if (!m_doc.sentenceHasEntity(m_sentence, {EntityType::Person}))
            return;
        for (const int t : m_entityTokens) {
            const EntityHit *person = entity(t);
            if (!person || person->type != EntityType::Person)
                continue;
            // After the person.
            int k = t + 1;
            while (k < m_end && m_tokens[k].kind == RuleToken::Punct && norm(k) != Ascii(","))
                ++k; // closing quotes
            if (k < m_end && norm(k) == Ascii(",")) {
                ++k;
                if (k < m_end && (norm(k) == Ascii("a") || norm(k) == Ascii("an")
                                  || norm(k) == Ascii("the")))
                    ++k;
                int role = -1;
                for (int m = k; m < m_end && m < k + 4; ++m) {
                    if (m_tokens[m].kind == RuleToken::Word && isPersonRole(norm(m))) {
                        role = m;
                        break;
                    }
                    if (m_tokens[m].kind == RuleToken::Punct)
                        break;
                }
                static const QStringList roleLinks{"of", "in", "with", "for", "from"};
                if (role >= 0 && role + 1 < m_end && roleLinks.contains(norm(role + 1))) {
                    const int group = targetAfter(role + 2);
                    if (group >= 0 && isGroupEntity(group)) {
                        const Relation relation = norm(role) == Ascii("member")
                            ? Relation::PartOf
                            : Relation::AffiliatedWith;
                        add(*person, relation, *entity(group), isFormerBefore(role), person->start,
                            m_tokens[group].end, QStringLiteral("rule:affiliation.person-role"),
                            0.6);
                        continue;
                    }
                }
            }
            // Before the person: "<group> <role> <person>". A spokesman's title says whom
            // he speaks for, which is his role as a source, not a claim about an actor ("SDF
            // spokesman Rojhat Hasan"): the gold set records none of these.
            if (t - 2 >= m_first && m_tokens[t - 1].kind == RuleToken::Word
                && isPersonRole(norm(t - 1)) && !norm(t - 1).startsWith(u"spokes")
                && isGroupEntity(t - 2)) {
                add(*person, Relation::AffiliatedWith, *entity(t - 2), isFormerBefore(t - 2),
                    m_tokens[t - 2].start, person->end,
                    QStringLiteral("rule:affiliation.person-role"), 0.6);
            }
        }
    }

    const RuleDocument &m_doc;
    const QList<RuleToken> &m_tokens;
    const QList<EntityHit> &m_entities;
    int m_sentence = 0;
    int m_first = 0;
    int m_end = 0;
    QVarLengthArray<int, 32> m_entityTokens; // the sentence's entity tokens, in order
    QVarLengthArray<int, 16> m_actorTokens; // those of them that are actors, in order
    QVarLengthArray<int, 4> m_jointWords;   // the sentence's words "joint", in order
    bool m_stanceKnown = false;
    Stance m_sentenceStance = Stance::Asserted;
    QString m_attributedTo;
    QList<Affiliation> m_found;
    // mostNamedGroupBefore()'s counts of the armed groups named in tokens [0, m_groupsCountedTo).
    mutable int m_groupsCountedTo = 0;
    mutable QHash<QString, int> m_groupCounts;
    mutable QHash<QString, int> m_firstGroupEntity; // the entity index of each group's first name
    std::unordered_set<SeenKey, SeenKeyHash> m_seen; // keys of m_found, see add()
};

} // namespace

QList<Affiliation> AffiliationRule::find(const RuleDocument &document)
{
    return Finder(document).run();
}
