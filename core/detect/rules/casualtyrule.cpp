#include "core/detect/rules/casualtyrule.h"

#include "core/detect/rules/numberreader.h"
#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/wordset.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

using RuleHelpers::Ascii;

namespace {

// The rule's word lists, one bit each in casualtyWords(): a token is turned away by the
// table's filter before any list is hashed. The filter tells apart bits 0-7 only (bit 8 + i
// shares with bit i): the lists of common words (function words, auxiliaries) keep bits of
// their own, and the rare lists of nouns share.
enum CasualtyWord : quint32 {
    Auxiliary = 1u << 2,       // isAuxiliary()
    FunctionWord = 1u << 3,    // isFunctionWord()
    BlockingBefore = 1u << 4,  // isBlockingBefore()
    PassiveAux = 1u << 5,      // isPassiveAux()
    CombatantNoun = 1u << 6,   // isCombatantNoun()
    CivilianNoun = 1u << 7,    // isCivilianNoun()
    GroupAnaphor = 1u << 8,    // isGroupAnaphor()
    SoldierNoun = 1u << 9,     // isSoldierNoun()
    // Bits 10-13 would share the filter with the common lists above: the rare ones go beyond.
    FightingWord = 1u << 17,   // the sentence tells a fight between sides (shares with 1)
    HostileLabel = 1u << 22,   // isHostileLabel() (shares with 6: combatant nouns hold them)
    GenericPeople = 1u << 23,  // isGenericPeople() (shares with 7)
    AttackVerb = 1u << 14,     // isAttackVerb()
    StateForceNoun = 1u << 15, // isStateForceNoun()
    // The words of casualtyVerbs() and casualtyNouns(), so that "a function word or a casualty
    // word" is one look-up (they share with 0: the group anaphors, asked rarely).
    CasualtyVerb = 1u << 16,
    CasualtyNoun = 1u << 24,
};

const WordMap<CasualtyKind> &casualtyVerbs();
const WordMap<CasualtyKind> &casualtyNouns();

const WordClasses<quint32> &casualtyWords()
{
    static const WordClasses<quint32> words = [] {
        WordClasses<quint32> lists = {
            {{"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "got",
              "get", "reportedly", "allegedly", "also", "all", "later", "reported", "believed",
              "said", "to", "confirmed", "subsequently", "eventually", "instantly", "immediately",
              "initially", "apparently", "thought", "feared", "now", "still", "both", "either",
              "were", "remain", "remained", "went", "left", "lay", "reportedly", "presumed",
              "either", "seriously", "critically", "lightly", "slightly", "badly", "fatally",
              "mortally", "others", "more"},
             Auxiliary},
            {{"fighter", "fighters", "militant", "militants", "member", "members", "rebel",
              "rebels", "insurgent", "insurgents", "jihadist", "jihadists", "terrorist",
              "terrorists", "combatant", "combatants", "gunman", "gunmen", "militiaman",
              "militiamen", "element", "elements", "operative", "operatives", "mercenary",
              "mercenaries", "paramilitary", "paramilitaries", "attacker", "attackers",
              "assailant", "assailants"},
             CombatantNoun},
            {{"attacked", "attacks", "attack", "stormed", "storms", "storm", "ambushed",
              "ambushes", "raided", "raids", "targeted", "targets", "targeting", "struck",
              "strikes", "shelled", "shells", "bombed", "bombs", "overran", "overruns",
              "assaulted", "besieged", "hit", "hits"},
             AttackVerb},
            {{"were", "was", "are", "is", "been", "be", "being"},
             PassiveAux},
            {{"civilian", "civilians", "child", "children", "kid", "kids", "woman", "women", "boy",
              "boys", "girl", "girls", "resident", "residents", "villager", "villagers", "farmer",
              "farmers", "student", "students", "worshipper", "worshippers", "worshiper",
              "worshipers", "pilgrim", "pilgrims", "refugee", "refugees", "journalist",
              "journalists", "reporter", "reporters", "doctor", "doctors", "medic", "medics",
              "nurse", "nurses", "protester", "protesters", "protestor", "protestors",
              "demonstrator", "demonstrators", "shepherd", "shepherds", "herder", "herders",
              "miner", "miners", "passenger", "passengers", "teacher", "teachers", "displaced",
              "infant", "infants", "baby", "babies", "fisherman", "fishermen", "bystander",
              "bystanders", "traveller", "travellers", "traveler", "travelers", "elder", "elders",
              "family", "relatives", "workers", "worker", "pupil", "pupils", "schoolchildren",
              "schoolgirls", "schoolboys"},
             CivilianNoun},
            // Soldiers are state forces too.
            {{"soldier", "soldiers", "troops", "trooper", "troopers", "serviceman", "servicemen",
              "conscript", "conscripts"},
             StateForceNoun | SoldierNoun},
            {{"servicemember", "servicemembers", "policeman", "policemen", "policewoman",
              "police", "officer", "officers", "personnel", "guard", "guards", "gendarme",
              "gendarmes", "marine", "marines", "sailor", "sailors", "pilot", "pilots",
              "peacekeeper", "peacekeepers", "cadet", "cadets", "guardsman", "guardsmen",
              "recruit", "recruits"},
             StateForceNoun},
            {{"in", "on", "at", "near", "from", "with", "against", "during", "and", "or", "of",
              "to", "by", "that", "which", "who", "was", "were", "is", "are", "has", "have", "had",
              "the", "a", "an", "as", "for", "after", "before", "while", "its", "their", "his",
              "her", "them", "it", "they", "he", "she", "but", "than", "into", "over", "under",
              "since", "when"},
             FunctionWord},
            {{"against", "on", "with", "at", "to", "toward", "towards", "targeting", "targeted",
              "attacked", "attack", "attacks", "hit", "struck", "near", "ambushed", "raided",
              "stormed", "shelled", "bombed", "versus", "vs", "between", "and", "besieged"},
             BlockingBefore},
            {{"group", "faction", "militia", "organisation", "organization", "movement", "outfit",
              "organisation's", "group's"},
             GroupAnaphor},
            {{"terrorist", "terrorists", "militant", "militants", "insurgent", "insurgents",
              "jihadist", "jihadists", "rebel", "rebels", "mercenary", "mercenaries", "attacker",
              "attackers", "assailant", "assailants", "element", "elements"},
             HostileLabel},
            {{"people", "persons"}, GenericPeople},
            {{"clashes", "clash", "clashed", "fighting", "fought", "battle", "battles", "firefight",
              "infighting", "inter-factional", "skirmish", "skirmishes", "sides"},
             FightingWord}};
        for (const QString &verb : casualtyVerbs().words())
            lists.add(verb, CasualtyVerb);
        for (const QString &noun : casualtyNouns().words())
            lists.add(noun, CasualtyNoun);
        return lists;
    }();
    return words;
}

// casualtyWords() bound once at start-up: the helpers below ask it at nearly every token, where a
// function-local static costs a call and a guard check each time.
const WordClasses<quint32> &s_casualtyWords = casualtyWords();

const WordMap<CasualtyKind> &casualtyVerbs()
{
    static const WordMap<CasualtyKind> words = {
        {"kill", CasualtyKind::Killed},        {"kills", CasualtyKind::Killed},
        {"killed", CasualtyKind::Killed},      {"killing", CasualtyKind::Killed},
        {"slay", CasualtyKind::Killed},        {"slain", CasualtyKind::Killed},
        {"slew", CasualtyKind::Killed},        {"died", CasualtyKind::Killed},
        {"die", CasualtyKind::Killed},         {"dies", CasualtyKind::Killed},
        {"dead", CasualtyKind::Killed},        {"executed", CasualtyKind::Killed},
        {"executing", CasualtyKind::Killed},   {"massacred", CasualtyKind::Killed},
        {"beheaded", CasualtyKind::Killed},    {"perished", CasualtyKind::Killed},
        {"murdered", CasualtyKind::Killed},    {"assassinated", CasualtyKind::Killed},
        {"lost", CasualtyKind::Killed},        {"losing", CasualtyKind::Killed},
        {"lose", CasualtyKind::Killed},        {"loses", CasualtyKind::Killed},
        {"wounded", CasualtyKind::Wounded},    {"wounding", CasualtyKind::Wounded},
        {"wound", CasualtyKind::Wounded},      {"wounds", CasualtyKind::Wounded},
        {"injured", CasualtyKind::Wounded},    {"injuring", CasualtyKind::Wounded},
        {"injure", CasualtyKind::Wounded},     {"injures", CasualtyKind::Wounded},
        {"hurt", CasualtyKind::Wounded},       {"maimed", CasualtyKind::Wounded},
        {"captured", CasualtyKind::Captured},  {"capturing", CasualtyKind::Captured},
        {"capture", CasualtyKind::Captured},   {"captures", CasualtyKind::Captured},
        {"detained", CasualtyKind::Captured},  {"detaining", CasualtyKind::Captured},
        {"detain", CasualtyKind::Captured},    {"abducted", CasualtyKind::Captured},
        {"abducting", CasualtyKind::Captured}, {"abduct", CasualtyKind::Captured},
        {"kidnapped", CasualtyKind::Captured}, {"kidnapping", CasualtyKind::Captured},
        {"kidnap", CasualtyKind::Captured},    {"arrested", CasualtyKind::Captured},
        {"arresting", CasualtyKind::Captured}, {"arrest", CasualtyKind::Captured},
        {"seized", CasualtyKind::Captured},    {"missing", CasualtyKind::Missing},
        {"disappeared", CasualtyKind::Missing},
        // Partisan and official wording: "martyring three fighters", "eliminating 40
        // terrorists" are deaths; "neutralised 17" says killed or wounded (kind unknown).
        {"martyred", CasualtyKind::Killed},    {"martyring", CasualtyKind::Killed},
        {"martyrs", CasualtyKind::Killed},     {"eliminated", CasualtyKind::Killed},
        {"eliminating", CasualtyKind::Killed}, {"eliminate", CasualtyKind::Killed},
        {"eliminates", CasualtyKind::Killed},  {"neutralised", CasualtyKind::Unknown},
        {"neutralized", CasualtyKind::Unknown}, {"neutralising", CasualtyKind::Unknown},
        {"neutralizing", CasualtyKind::Unknown}, {"neutralise", CasualtyKind::Unknown},
        {"neutralize", CasualtyKind::Unknown}, {"neutralises", CasualtyKind::Unknown},
        {"neutralizes", CasualtyKind::Unknown},
        // Third person present, as headlines write it: "Gunmen abduct 12", "Police arrest 5".
        {"arrests", CasualtyKind::Captured},   {"abducts", CasualtyKind::Captured},
        {"detains", CasualtyKind::Captured},   {"kidnaps", CasualtyKind::Captured},
        {"recaptured", CasualtyKind::Captured}, {"recapturing", CasualtyKind::Captured}};
    return words;
}

// Casualty nouns right after a number: "5 dead", "12 casualties".
const WordMap<CasualtyKind> &casualtyNouns()
{
    static const WordMap<CasualtyKind> nouns = {
        {"dead", CasualtyKind::Killed},       {"deaths", CasualtyKind::Killed},
        {"fatalities", CasualtyKind::Killed}, {"killed", CasualtyKind::Killed},
        {"bodies", CasualtyKind::Killed},     {"wounded", CasualtyKind::Wounded},
        {"injured", CasualtyKind::Wounded},   {"injuries", CasualtyKind::Wounded},
        {"casualties", CasualtyKind::Unknown}, {"missing", CasualtyKind::Missing},
        {"prisoners", CasualtyKind::Captured}, {"hostages", CasualtyKind::Captured},
        {"captives", CasualtyKind::Captured}, {"detainees", CasualtyKind::Captured},
        {"martyrs", CasualtyKind::Killed}};
    return nouns;
}

// The two maps bound once at start-up, as s_casualtyWords: casualtyWord() and casualtyNoun()
// are asked several times for every number, and a function-local static cost a call and a
// guard check each time.
const WordMap<CasualtyKind> &s_casualtyVerbs = casualtyVerbs();
const WordMap<CasualtyKind> &s_casualtyNouns = casualtyNouns();

// The kind a casualty verb tells: "killed", "wounded", "abducted". The map's own length and
// letter filters turn most words away before any hashing.
Q_ALWAYS_INLINE std::optional<CasualtyKind> casualtyWord(QStringView norm)
{
    const CasualtyKind *kind = s_casualtyVerbs.find(norm);
    return kind ? std::optional<CasualtyKind>(*kind) : std::nullopt;
}

// The kind a casualty noun right after a number tells: "5 dead", "12 casualties".
Q_ALWAYS_INLINE std::optional<CasualtyKind> casualtyNoun(QStringView norm)
{
    const CasualtyKind *kind = s_casualtyNouns.find(norm);
    return kind ? std::optional<CasualtyKind>(*kind) : std::nullopt;
}

// "the death of 5 civilians", "the martyrdom of a civilian and the injury of 7 others": a
// casualty named as a noun before "of" and the number.
std::optional<CasualtyKind> casualtyNominal(QStringView norm)
{
    static const WordMap<CasualtyKind> nouns = {
        {"death", CasualtyKind::Killed},       {"deaths", CasualtyKind::Killed},
        {"killing", CasualtyKind::Killed},     {"killings", CasualtyKind::Killed},
        {"martyrdom", CasualtyKind::Killed},   {"injury", CasualtyKind::Wounded},
        {"injuries", CasualtyKind::Wounded},   {"injuring", CasualtyKind::Wounded},
        {"wounding", CasualtyKind::Wounded},   {"abduction", CasualtyKind::Captured},
        {"kidnapping", CasualtyKind::Captured}, {"arrest", CasualtyKind::Captured},
        {"detention", CasualtyKind::Captured}, {"capture", CasualtyKind::Captured}};
    const CasualtyKind *kind = nouns.find(norm);
    return kind ? std::optional<CasualtyKind>(*kind) : std::nullopt;
}

bool isAuxiliary(QStringView norm)
{
    return s_casualtyWords.has(norm, Auxiliary);
}

// Quotation marks around a word of the figure: killing "dozens" of soldiers.
// Each mark is one UTF-16 unit, so a token of another length is turned away without comparing
// strings (a QString comparison was a call for every one-unit token, "," and "a" among them).
bool isQuote(QStringView norm)
{
    if (norm.size() != 1)
        return false;
    const char16_t c = norm.utf16()[0];
    return c == u'"' || c == u'\u201c' || c == u'\u201d' || c == u'\u00ab' || c == u'\u00bb';
}

// Nouns for the people of an armed group that the text leaves unnamed ("five fighters",
// "30 militants"): the group comes from the context, never from the noun.
bool isCombatantNoun(QStringView norm)
{
    return s_casualtyWords.has(norm, CombatantNoun);
}

// Verbs whose object is the side that suffers: "attacked a position of X, killing five".
bool isAttackVerb(QStringView norm)
{
    return s_casualtyWords.has(norm, AttackVerb);
}

bool isPassiveAux(QStringView norm)
{
    return s_casualtyWords.has(norm, PassiveAux);
}

// What one side calls the other's fighters ("terrorists", "mercenaries", "assailants"): the
// people of the armed group the side fights, which the article names elsewhere.
bool isHostileLabel(QStringView norm)
{
    return s_casualtyWords.has(norm, HostileLabel);
}

// "people", "persons": civilians, unless the sentence tells a fight between sides (then the
// codebook's victim is unknown).
bool isGenericPeople(QStringView norm)
{
    return s_casualtyWords.has(norm, GenericPeople);
}

bool isCivilianNoun(QStringView norm)
{
    return s_casualtyWords.has(norm, CivilianNoun);
}

bool isStateForceNoun(QStringView norm)
{
    return s_casualtyWords.has(norm, StateForceNoun);
}

bool isSoldierNoun(QStringView norm)
{
    return s_casualtyWords.has(norm, SoldierNoun);
}

bool isPoliceNoun(QStringView norm)
{
    return norm.startsWith(QLatin1String("police")) || norm == Ascii("gendarme")
        || norm == Ascii("gendarmes");
}

bool isFunctionWord(QStringView norm)
{
    return s_casualtyWords.has(norm, FunctionWord);
}

bool isBlockingBefore(QStringView norm)
{
    return s_casualtyWords.has(norm, BlockingBefore);
}

// The words readSentence() looks for in every token of a sentence with a figure,
// one bit each in scopeWords().
enum ScopeWord : quint8 {
    // A single incident: "the attack", "an ambush". ("explosions" is plural only.)
    IncidentSingular = 1u << 0,
    // Several incidents: "attacks", "raids", "operations".
    IncidentPlural = 1u << 1,
    // A total over a period: "since", "overall", "campaign".
    AggregateCue = 1u << 2,
    // Hedges: "reportedly", "allegedly", "claimed".
    Hedge = 1u << 3,
    // Words that start a two- or three-word cue readSentence() reads on: "past 24 hours", "last
    // years", "so far", "according to", "said to have", "reported to have".
    CueStart = 1u << 4,
};

// One of scopeWords()'s lists: its words (UTF-8, lower case) and its bit.
struct ScopeWordList
{
    std::vector<const char *> words;
    quint8 bit;
};

const std::vector<ScopeWordList> &scopeWordLists()
{
    static const std::vector<ScopeWordList> lists = {
        {{"attack", "ambush", "raid", "strike", "airstrike", "air-strike", "explosion", "blast",
          "bombing", "assault", "clash", "incident", "shelling", "bombardment", "skirmish",
          "firefight", "shootout", "massacre"},
         IncidentSingular},
        {{"attacks", "ambushes", "raids", "strikes", "airstrikes", "air-strikes", "explosions",
          "bombings", "assaults", "operations", "battles", "incidents", "skirmishes", "campaigns",
          "hostilities", "massacres"},
         IncidentPlural},
        {{"since", "so far", "overall", "throughout", "campaign", "cumulative", "altogether",
          "total", "tally"},
         AggregateCue},
        {{"reportedly", "allegedly", "alleged", "claimed", "claims", "claiming", "unconfirmed",
          "purportedly", "reputedly"},
         Hedge},
        {{"past", "last", "so", "according", "said", "reported"}, CueStart}};
    return lists;
}

const WordClasses<quint8> &scopeWords()
{
    static const auto words = WordClasses<quint8>::fromLists(scopeWordLists());
    return words;
}

// DATE canonicals carry their precision in their shape (see DateRule).
bool isDayOrWeekCanonical(const QString &canonical)
{
    if (canonical.size() == 10 || canonical.contains(QLatin1String("-W"))
        || canonical.startsWith(QLatin1String("--")))
        return true;
    // A relative date the rules could not resolve (no publication date) keeps its words as
    // the canonical: "Monday", "yesterday", "last week" name a day or a week still; only
    // "last month", "this year", "two years ago" are coarser.
    const bool resolved = !canonical.isEmpty() && canonical.front().isDigit();
    return !resolved && !canonical.contains(QLatin1String("month"), Qt::CaseInsensitive)
        && !canonical.contains(QLatin1String("year"), Qt::CaseInsensitive);
}

// Words after a number that leave it a bare object ("killed 5 and wounded 12").
const QStringList &bareObjectFollowers()
{
    static const QStringList words{"and",   "in",        "on",     "during", "near",
                                   "at",    "while",     "including", "others", "people"};
    return words;
}

// The victim phrase after a number: "fighters of X", "X fighters", "of its fighters", "of them".
struct Victim
{
    bool valid = false;
    int last = -1;      // last token of the phrase
    int noun = -1;      // the people noun
    int group = -1;     // an entity token naming whose people they are
    bool its = false;   // "of its / their"
    bool them = false;  // "of them"
    bool anaphor = false; // "of the group", "of the faction": a group named before
    bool bothSides = false; // "from both sides": the codebook's victim unknown
};

// How a victim phrase may open: "of its fighters", "of the soldiers", or neither.
enum class Lead { None, Possessive, Determiner };

// The lead word of a victim phrase: "its", "their" (the people of the actor named before) or
// "the", "his", "her", "these", "those", "our". Asked after every number: told apart by length
// first, so that most words cost one comparison of sizes.
Lead leadOf(QStringView w)
{
    switch (w.size()) {
    case 3:
        if (w == Ascii("its"))
            return Lead::Possessive;
        return w == Ascii("the") || w == Ascii("his") || w == Ascii("her") || w == Ascii("our")
            ? Lead::Determiner
            : Lead::None;
    case 5:
        if (w == Ascii("their"))
            return Lead::Possessive;
        return w == Ascii("these") || w == Ascii("those") ? Lead::Determiner : Lead::None;
    default:
        return Lead::None;
    }
}

// Nouns that stand for a group named before: "members of the faction".
bool isGroupAnaphor(QStringView norm)
{
    return s_casualtyWords.has(norm, GroupAnaphor);
}

class Finder
{
public:
    explicit Finder(const RuleDocument &document)
        : m_doc(document)
        , m_tokens(document.tokens())
    {
    }

    QList<CasualtyFigure> run()
    {
        // Per sentence, what the earlier sentences of its paragraph hold (scope() and
        // stateForceOfContext() look back over the paragraph for every figure; asking each
        // sentence again made long paragraphs quadratic).
        const QList<Sentence> &sentences = m_doc.sentences();
        m_dayOrPlaceBefore.resize(sentences.size());
        m_forceBefore.resize(sentences.size());
        bool dayOrPlace = false;
        int force = -1;
        for (int s = 0; s < sentences.size(); ++s) {
            if (s > 0 && sentences[s].paragraph != sentences[s - 1].paragraph)
                force = -1;
            m_dayOrPlaceBefore[s] = dayOrPlace;
            m_forceBefore[s] = force;
            // The body goes on telling the incident its first day or place set; the title
            // only restates it.
            dayOrPlace = dayOrPlace
                || (sentences[s].segment != SegmentKind::Title
                    && m_doc.sentenceHasEntity(s, {EntityType::Date, EntityType::Location}));
            if (m_doc.sentenceHasEntity(s, {EntityType::StateForce})) {
                for (int t = sentences[s].firstToken; t < sentences[s].endToken; ++t) {
                    const EntityHit *e = m_doc.entityOf(t);
                    if (e && e->type == EntityType::StateForce)
                        force = t;
                }
            }
        }

        for (int s = 0; s < m_doc.sentences().size(); ++s) {
            m_sentence = s;
            m_first = m_doc.sentences()[s].firstToken;
            m_end = m_doc.sentences()[s].endToken;
            m_sentenceFigures = m_found.size();
            m_lastObjectVerb = -1;
            m_lastObjectEnd = -1;
            readNumbers();
            contextPerpetrators();
        }
        headlineVictims();
        return m_found;
    }

private:
    // The token tests below are asked several times for every number: inline, where the
    // compiler left some as calls.
    Q_ALWAYS_INLINE QStringView norm(int t) const { return m_tokens[t].norm; }
    Q_ALWAYS_INLINE bool in(int t) const { return t >= m_first && t < m_end; }
    // RuleDocument::entityOf() without the call, for tokens of the sentence.
    Q_ALWAYS_INLINE const EntityHit *entity(int t) const
    {
        return in(t) && m_tokens[t].kind == RuleToken::Entity
            ? &m_doc.entities()[m_tokens[t].entity]
            : nullptr;
    }
    Q_ALWAYS_INLINE bool isActor(int t) const
    {
        const EntityHit *e = entity(t);
        return e
            && (e->type == EntityType::ArmedGroup || e->type == EntityType::StateForce
                || e->type == EntityType::State);
    }
    Q_ALWAYS_INLINE bool isWord(int t) const
    {
        return in(t) && m_tokens[t].kind == RuleToken::Word;
    }

    // The canonical of the state force the article names most often, the one its bare
    // "soldiers" mean (the codebook reads "the army" so when the article has one such force);
    // empty when none or two are named equally often.
    QString mainStateForce() const
    {
        QVarLengthArray<std::pair<const QString *, int>, 8> counts; // few forces per article
        for (const EntityHit &e : m_doc.entities()) {
            if (e.type != EntityType::StateForce)
                continue;
            auto it = std::find_if(counts.begin(), counts.end(),
                                   [&](const auto &c) { return *c.first == e.canonical; });
            if (it == counts.end())
                counts.append({&e.canonical, 1});
            else
                ++it->second;
        }
        QString main;
        int most = 0;
        bool tie = false;
        for (const auto &[name, count] : counts) {
            if (count > most) {
                main = *name;
                most = count;
                tie = false;
            } else if (count == most) {
                tie = true;
            }
        }
        return tie ? QString() : main;
    }

    // The group an attack verb before `n` in the sentence hit: "attacked a position of the
    // PMF ..., killing five fighters" -> the PMF token; -1 when there is none.
    int attackedActorBefore(int n) const
    {
        for (int a = n - 1; a >= m_first; --a) {
            if (!isWord(a) || !isAttackVerb(norm(a)))
                continue;
            for (int k = a + 1; k < n; ++k) {
                if (isActor(k) && entity(k)->type != EntityType::State)
                    return k;
            }
            return -1;
        }
        return -1;
    }

    // The subject's own losses: "4 dead and 9 wounded in their ranks", "among its ranks"
    // within a few words after the noun at `k`.
    bool inOwnRanks(int k) const
    {
        for (int j = k + 1; j + 2 < m_end && j <= k + 5; ++j) {
            if (m_tokens[j].kind == RuleToken::Punct)
                return false;
            if ((norm(j) == Ascii("in") || norm(j) == Ascii("among"))
                && (norm(j + 1) == Ascii("their") || norm(j + 1) == Ascii("its")
                    || norm(j + 1) == Ascii("our"))
                && norm(j + 2) == Ascii("ranks"))
                return true;
        }
        return false;
    }

    // Past the group's own nouns after its name ("the Asayish internal security forces were
    // killed"): the verb's position when up to three such words lead to it, else `k`.
    int pastGroupNouns(int k) const
    {
        int w = k;
        while (w < k + 3 && isWord(w) && !isFunctionWord(norm(w)) && !isAuxiliary(norm(w))
               && !casualtyWord(norm(w)))
            ++w;
        return w > k && isWord(w) && (isAuxiliary(norm(w)) || casualtyWord(norm(w))) ? w : k;
    }

    // A headline restates the body's figure in fewer words: "Islamic State attack kills five
    // paramilitary fighters" is the body's "killing five fighters" of the PMF. A title figure
    // with no victim of its own takes the victims of the first body figure of the same kind
    // and number that names them.
    void headlineVictims()
    {
        const QList<Sentence> &sentences = m_doc.sentences();
        for (qsizetype i = 0; i < m_found.size(); ++i) {
            CasualtyFigure &headline = m_found[i];
            // A period toll's "unknown" is the toll's own reading (see addFigure()).
            if (sentences[m_figureSentence[i]].segment != SegmentKind::Title
                || headline.victim != Ascii("unknown") || !headline.best
                || headline.precision != Precision::Exact || headline.scope == Scope::Period)
                continue;
            for (qsizetype j = 0; j < m_found.size(); ++j) {
                const CasualtyFigure &body = m_found[j];
                if (sentences[m_figureSentence[j]].segment == SegmentKind::Title
                    || body.kind != headline.kind || body.best != headline.best
                    || body.victim == Ascii("unknown"))
                    continue;
                headline.victim = body.victim;
                if (headline.perpetrator == headline.victim)
                    headline.perpetrator.clear();
                headline.provenance.confidence += 0.1; // the -0.1 of an unknown victim
                break;
            }
        }
    }

    // A figure with no victim phrase of its own ("wounding a dozen", "three were abducted")
    // counts the same victims as the sentence's figure before it.
    // A first bare number that repeats an earlier figure of the article ("Islamic State ambush
    // kills 14 Syrian troops ... the Observatory said 14 were killed") restates it: its victims.
    QString victimOfBareNumber(int n) const
    {
        if (m_found.size() > m_sentenceFigures)
            return m_found.last().victim;
        const NumberPhrase &phrase = m_doc.numbers()[m_tokens[n].number];
        if (phrase.best && phrase.precision != Precision::Vague) {
            const auto earlier = m_victimByBest.constFind(*phrase.best);
            if (earlier != m_victimByBest.cend())
                return *earlier;
        }
        return QStringLiteral("unknown");
    }

    // The victims of the figure at number token n: "a third", "another guard" are one more of
    // the paragraph's last victims; otherwise the victim phrase, or the bare number's.
    QString victimOf(const Victim &v, int n) const
    {
        // "a fourth fighter was wounded" and "dozens more were wounded" go on counting the
        // last figure.
        const bool oneMore = m_doc.numbers()[m_tokens[n].number].oneMore && v.group < 0;
        const bool more = !v.valid && continuesWithMore(n);
        if (oneMore || more) {
            if (const CasualtyFigure *continued = continuedFigure())
                return continued->victim;
            if (more)
                return QStringLiteral("unknown"); // more than some figure, not a restatement
        }
        return v.valid ? victimName(v, n) : victimOfBareNumber(n);
    }

    // "dozens more", "two more soldiers": the number at token n counts more of the same.
    bool continuesWithMore(int n) const { return isWord(n + 1) && norm(n + 1) == Ascii("more"); }

    // The figure a continued count goes on from: the last one, in this paragraph or in the one
    // just before; nullptr when there is none there.
    const CasualtyFigure *continuedFigure() const
    {
        if (m_found.isEmpty())
            return nullptr;
        const QList<Sentence> &sentences = m_doc.sentences();
        const int paragraph = sentences[m_sentence].paragraph;
        const int lastParagraph = sentences[m_figureSentence.last()].paragraph;
        if (lastParagraph == paragraph)
            return &m_found.last();
        // No figure in this paragraph yet: the last one, if the paragraph just before holds it.
        int opener = m_sentence;
        while (opener > 0 && sentences[opener - 1].paragraph == paragraph)
            --opener;
        if (opener > 0 && lastParagraph == sentences[opener - 1].paragraph)
            return &m_found.last();
        return nullptr;
    }

    Victim victimAfter(int n) const
    {
        Victim v;
        int k = n + 1;
        if (in(k) && isQuote(norm(k)))
            ++k; // killing "dozens" of soldiers
        if (in(k) && norm(k) == Ascii("of"))
            ++k;
        if (in(k) && isWord(k)) {
            const Lead lead = leadOf(norm(k));
            if (lead == Lead::Possessive) {
                v.its = true;
                ++k;
            } else if (lead == Lead::Determiner) {
                ++k;
            }
        }
        if (isWord(k) && norm(k).size() == 4
            && (norm(k) == Ascii("them") || norm(k) == Ascii("whom"))) {
            v.valid = true;
            v.them = true;
            v.last = k;
            return v;
        }
        for (int m = 0; m < 5 && in(k); ++m) {
            if (isActor(k)) {
                v.group = k;
                // A force named with its people ("12 Syrian soldiers", "1,100 government
                // soldiers"): the entity is the whole victim phrase.
                const QStringView named = norm(k);
                if (m_doc.entityOf(k)->type != EntityType::State
                    && NumberReader::isPeopleNoun(named.mid(named.lastIndexOf(u' ') + 1))) {
                    v.valid = true;
                    v.last = k;
                    break;
                }
                ++k;
                if (isWord(k) && norm(k) == Ascii("'s"))
                    ++k;
                continue;
            }
            if (m_tokens[k].kind == RuleToken::Punct && norm(k) == Ascii("-"))
                break;
            if (m_tokens[k].kind == RuleToken::Punct && isQuote(norm(k))) {
                ++k; // killed 7 "apostate" soldiers
                continue;
            }
            if (!isWord(k))
                break;
            if (NumberReader::isPeopleNoun(norm(k))) {
                v.noun = k;
                v.valid = true;
                v.last = k;
                ++k;
                // "police officers", "aid workers": a second noun
                if (isWord(k) && NumberReader::isPeopleNoun(norm(k))
                    && norm(k) != Ascii("others")) {
                    v.noun = k;
                    v.last = k;
                    ++k;
                }
                break;
            }
            if (s_casualtyWords.has(norm(k), FunctionWord | CasualtyVerb | CasualtyNoun))
                break; // a function word, casualtyWord() or casualtyNoun()
            ++k; // a modifier: "pro-government", "Syrian", "young"
        }
        if (!v.valid)
            return v;
        // "fighters of X", "members from X", "soldiers belonging to X"
        int m = v.last + 1;
        if (isWord(m) && (norm(m) == Ascii("of") || norm(m) == Ascii("from"))) {
            int g = m + 1;
            const bool definite = isWord(g) && norm(g) == Ascii("the");
            if (isWord(g) && (norm(g) == Ascii("the") || norm(g) == Ascii("a")))
                ++g;
            const int group = groupFrom(g);
            if (group >= 0) {
                v.group = group;
                v.last = group;
            } else {
                v.anaphor = definite && isWord(g) && isGroupAnaphor(norm(g));
                // "members of the group", "soldiers of the 5th division": skip the phrase.
                // "others from both sides": "both" is no auxiliary here.
                int w = g;
                v.bothSides = isWord(g) && norm(g) == Ascii("both");
                while (w < g + 3 && isWord(w)
                       && (norm(w) == Ascii("both")
                           || (!isFunctionWord(norm(w)) && !isAuxiliary(norm(w))
                               && !casualtyWord(norm(w)))))
                    ++w;
                if (w > g)
                    v.last = w - 1;
            }
        } else if (isWord(m) && norm(m) == Ascii("belonging") && isWord(m + 1)
                   && norm(m + 1) == Ascii("to")) {
            int g = m + 2;
            if (isWord(g) && norm(g) == Ascii("the"))
                ++g;
            if (isActor(g)) {
                v.group = g;
                v.last = g;
            }
        }
        return v;
    }

    // The group named by the phrase starting at `g` (after "of the"), past a backer or a label
    // before it ("the Turkish-backed Syrian National Army", "the so-called International
    // Legion") and to the end of a possessive chain ("the Southern Transitional Council's
    // Security Belt"); -1 when the phrase names none.
    int groupFrom(int g) const
    {
        for (int k = g; k < g + 5 && in(k); ++k) {
            const EntityHit *e = entity(k);
            if (e && RuleDocument::isActorType(e->type)
                && !(e->type == EntityType::State && in(k + 1) && norm(k + 1) == Ascii("-"))) {
                while (isWord(k + 1) && norm(k + 1) == Ascii("'s") && isActor(k + 2))
                    k += 2;
                return k;
            }
            const bool label = e || norm(k) == Ascii("-")
                || (isWord(k) && !isFunctionWord(norm(k)) && !isAuxiliary(norm(k))
                    && !casualtyWord(norm(k)) && !isGroupAnaphor(norm(k)));
            if (!label)
                return -1;
        }
        return -1;
    }

    // The group "the faction" stands for: the first armed group of the nearest sentence
    // (this one before `n`, then the earlier ones, a few back) that is not `exclude`.
    QString groupNamedBefore(int n, const QString &exclude) const
    {
        int sentence = m_sentence;
        int end = n;
        for (int back = 0; back < 4 && sentence >= 0; ++back) {
            const Sentence &s = m_doc.sentences()[sentence];
            if (m_doc.sentenceHasEntity(sentence, {EntityType::ArmedGroup})) {
                for (int t = s.firstToken; t < end; ++t) {
                    const EntityHit *e = m_doc.entityOf(t);
                    if (e && e->type == EntityType::ArmedGroup && e->canonical != exclude)
                        return e->canonical;
                }
            }
            if (--sentence >= 0)
                end = m_doc.sentences()[sentence].endToken;
        }
        return {};
    }

    // The nearest actor before `t` that is the subject, not the object of an attack.
    int subjectBefore(int t, const QString &exclude = QString()) const
    {
        for (int k = t - 1; k >= m_first; --k) {
            if (!isActor(k))
                continue;
            const EntityHit *e = entity(k);
            if (e->canonical == exclude)
                continue;
            if (k + 1 < m_end && norm(k + 1) == Ascii("-"))
                continue; // "Turkish-backed": a backer, not the subject
            int b = k - 1;
            while (b >= m_first && isWord(b)
                   && (norm(b) == Ascii("the") || norm(b) == Ascii("a")
                       || norm(b) == Ascii("an")))
                --b;
            if (b >= m_first && isBlockingBefore(norm(b)))
                continue;
            return k;
        }
        return -1;
    }

    QString perpetratorAfter(int c) const
    {
        for (int k = c + 1; k < m_end && k <= c + 10; ++k) {
            const QStringView w = norm(k);
            if (w == Ascii(",") || w == Ascii(";") || w == Ascii("."))
                break;
            const bool agent = w == Ascii("by") || w == Ascii("in")
                || w == Ascii("during")
                || (w == Ascii("of") && k >= 2 && norm(k - 1) == Ascii("hands"))
                || (w == Ascii("with") && k >= 1
                    && (norm(k - 1) == Ascii("clashes")
                        || norm(k - 1) == Ascii("fighting")));
            if (!agent)
                continue;
            for (int g = k + 1; g < m_end && g <= k + 4; ++g) {
                if (isActor(g))
                    return entity(g)->canonical;
                if (!isWord(g))
                    break;
                if (g > k + 1 && isFunctionWord(norm(g)) && norm(g) != Ascii("the"))
                    break;
            }
        }
        return {};
    }

    QString stateForceOfContext(int noun) const
    {
        const bool police = isPoliceNoun(norm(noun));
        // A state adjective right before the noun: "Nigerian soldiers".
        for (int k = noun - 1; k >= m_first && k >= noun - 2; --k) {
            const EntityHit *e = entity(k);
            if (e && e->type == EntityType::StateForce)
                return e->canonical;
            if (e && e->type == EntityType::State)
                return (police ? QStringLiteral("Police Forces of ")
                               : QStringLiteral("Military Forces of "))
                    + e->canonical;
        }
        if (m_doc.sentenceHasEntity(m_sentence, {EntityType::StateForce})) {
            for (int t : m_doc.entityTokens(m_sentence, {EntityType::StateForce}))
                return entity(t)->canonical;
        }
        // Earlier sentences of the paragraph: the last force named in them.
        if (m_forceBefore[m_sentence] >= 0)
            return m_doc.entityOf(m_forceBefore[m_sentence])->canonical;
        // Else the article's main force, for soldiers only: guards and police may be any. An
        // article without one may have named the soldiers' force with the word itself ("Two
        // Security Belt soldiers killed ... at least 45 soldiers have been killed").
        if (isSoldierNoun(norm(noun))) {
            if (!m_mainForce)
                m_mainForce = mainStateForce(); // once per article, and only when asked
            if (!m_mainForce->isEmpty())
                return *m_mainForce;
            if (!m_soldiersNamed)
                m_soldiersNamed = forceNamedWithSoldiers();
            return *m_soldiersNamed;
        }
        return {};
    }

    // The first armed group or state force the article names right before a soldier noun
    // ("Security Belt soldiers"), or empty.
    QString forceNamedWithSoldiers() const
    {
        for (const Sentence &sentence : m_doc.sentences()) {
            for (int t = sentence.firstToken; t + 1 < sentence.endToken; ++t) {
                // Any sentence: entity() reads the current one only.
                const EntityHit *e = m_doc.entityOf(t);
                if (e && (e->type == EntityType::ArmedGroup || e->type == EntityType::StateForce)
                    && m_tokens[t + 1].kind == RuleToken::Word
                    && isSoldierNoun(m_tokens[t + 1].norm))
                    return e->canonical;
            }
        }
        return {};
    }

    QString previousVictim() const
    {
        const int paragraph = m_doc.sentences()[m_sentence].paragraph;
        for (int i = m_found.size() - 1; i >= 0; --i) {
            const Sentence &s = m_doc.sentences()[m_figureSentence[i]];
            if (s.paragraph != paragraph)
                break;
            return m_found[i].victim;
        }
        return {};
    }

    QString victimName(const Victim &v, int n) const
    {
        if (v.bothSides)
            return QStringLiteral("unknown");
        if (v.group >= 0) {
            const EntityHit *e = entity(v.group);
            if (e->type != EntityType::State)
                return e->canonical;
            if (v.noun >= 0 && isCivilianNoun(norm(v.noun)))
                return QStringLiteral("civilians");
            if (v.noun >= 0 && isStateForceNoun(norm(v.noun)))
                return (isPoliceNoun(norm(v.noun)) ? QStringLiteral("Police Forces of ")
                                                   : QStringLiteral("Military Forces of "))
                    + e->canonical;
            return QStringLiteral("unknown");
        }
        if (v.its) {
            const int subject = subjectBefore(n);
            if (subject >= 0)
                return entity(subject)->canonical;
            // "Jaysh al-Nasr shelled the town. Two of its fighters were wounded": the actor
            // just before; "according to the Syria Civil Defence ... Two of its volunteers were
            // wounded": a source's own people (rescuers, reporters, monitors) are civilians.
            const EntityHit *owner = ownerOfIts(n);
            if (!owner)
                return QStringLiteral("unknown");
            return owner->type == EntityType::Source ? QStringLiteral("civilians")
                                                     : owner->canonical;
        }
        if (v.them) {
            const QString antecedent = antecedentOfThem(n);
            if (!antecedent.isEmpty())
                return antecedent;
            const QString previous = previousVictim();
            return previous.isEmpty() ? QStringLiteral("unknown") : previous;
        }
        if (v.anaphor) {
            // Not the actor right before: "HTS detained 11 members of the faction".
            int actor = n - 1;
            while (actor >= m_first && !isActor(actor))
                --actor;
            const QString group =
                groupNamedBefore(n, actor >= m_first ? entity(actor)->canonical : QString());
            if (!group.isEmpty())
                return group;
        }
        if (v.noun >= 0) {
            const QStringView noun = norm(v.noun);
            // "two men identified by local sources as Hurras al-Din leaders"
            const int identified = groupIdentifiedAfter(v.last);
            if (identified >= 0)
                return entity(identified)->canonical;
            if (isCivilianNoun(noun))
                return QStringLiteral("civilians");
            if (isStateForceNoun(noun)) {
                const QString force = stateForceOfContext(v.noun);
                return force.isEmpty() ? QStringLiteral("unknown") : force;
            }
            if (noun == Ascii("others") && m_found.size() > m_sentenceFigures)
                return m_found.last().victim;
            if (isCombatantNoun(noun)) {
                const int attacked = attackedActorBefore(n);
                if (attacked >= 0)
                    return entity(attacked)->canonical;
                if (isHostileLabel(noun)) {
                    const QString opposed = opposedGroup(n);
                    if (!opposed.isEmpty())
                        return opposed;
                }
            }
            if (isGenericPeople(noun) && !sentenceTellsFighting())
                return QStringLiteral("civilians");
        }
        return QStringLiteral("unknown");
    }

    // The armed group or force the people ending at token `last` are said to belong to:
    // "identified (by local sources) as X leaders", "described as X fighters", "said to be X
    // members"; -1 when none is.
    int groupIdentifiedAfter(int last) const
    {
        int k = last + 1;
        if (!isWord(k))
            return -1;
        const bool said = norm(k) == Ascii("said") && isWord(k + 1) && norm(k + 1) == Ascii("to")
            && isWord(k + 2) && norm(k + 2) == Ascii("be");
        if (said) {
            k += 3;
        } else if (norm(k) == Ascii("identified") || norm(k) == Ascii("described")) {
            // "identified by local sources as": the agent is a few words at most.
            int as = k + 1;
            while (as < k + 6 && in(as) && norm(as) != Ascii("as"))
                ++as;
            if (!in(as) || norm(as) != Ascii("as"))
                return -1;
            k = as + 1;
        } else {
            return -1;
        }
        if (isWord(k) && norm(k) == Ascii("the"))
            ++k;
        const EntityHit *e = entity(k);
        return e && (e->type == EntityType::ArmedGroup || e->type == EntityType::StateForce)
            ? k
            : -1;
    }

    // What "its" at token n refers to: the entity nearest before it (dates, places and persons
    // aside), in this sentence or the one before it in the paragraph, when that is an armed
    // group, a state force or a source; nullptr otherwise.
    const EntityHit *ownerOfIts(int n) const
    {
        const QList<Sentence> &sentences = m_doc.sentences();
        int from = m_first;
        if (m_sentence > 0
            && sentences[m_sentence - 1].paragraph == sentences[m_sentence].paragraph)
            from = sentences[m_sentence - 1].firstToken;
        for (int k = n - 1; k >= from; --k) {
            const EntityHit *e = m_doc.entityOf(k);
            if (!e || e->type == EntityType::Date || e->type == EntityType::Location
                || e->type == EntityType::Person)
                continue;
            return e->type == EntityType::Source || e->type == EntityType::ArmedGroup
                    || e->type == EntityType::StateForce
                ? e
                : nullptr;
        }
        return nullptr;
    }

    // "the enemy" as the subject of the verb at token `verb` ("The enemy lost", "the enemy
    // has lost").
    bool enemyBefore(int verb) const
    {
        int k = verb - 1;
        while (isWord(k) && (norm(k) == Ascii("had") || norm(k) == Ascii("has")
                             || norm(k) == Ascii("have") || norm(k) == Ascii("reportedly")))
            --k;
        return isWord(k) && norm(k) == Ascii("enemy");
    }

    // The armed group whose fighters a hostile label at number token n means ("the army killed
    // 22 assailants"): the armed group the article names most often other than the figure's
    // subject. (The group named last before the figure was wrong more often: it is as often the
    // subject's ally.)
    QString opposedGroup(int n) const
    {
        const int subjectToken = subjectBefore(n);
        const QString subject = subjectToken >= 0 ? entity(subjectToken)->canonical : QString();
        if (!m_mainGroups)
            m_mainGroups = groupsByMentions(); // once per article, and only when asked
        for (const QString &group : std::as_const(*m_mainGroups)) {
            if (group != subject)
                return group;
        }
        return {};
    }

    // The armed groups of the article, the most often named first (the first named first on a
    // tie).
    QStringList groupsByMentions() const
    {
        QList<std::pair<QString, int>> counts;
        for (const EntityHit &e : m_doc.entities()) {
            if (e.type != EntityType::ArmedGroup)
                continue;
            auto it = std::find_if(counts.begin(), counts.end(),
                                   [&](const auto &c) { return c.first == e.canonical; });
            if (it == counts.end())
                counts.append({e.canonical, 1});
            else
                ++it->second;
        }
        std::stable_sort(counts.begin(), counts.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        QStringList groups;
        for (const auto &c : std::as_const(counts))
            groups.append(c.first);
        return groups;
    }

    // Whom "of them" at number token n stands for, from the sentence before it: "air strikes
    // on hideouts of the militants, killing 11 of them" (a hostile label: the group opposed),
    // "targeted apostate soldiers and killed 15 of them" (soldiers: the force of the context).
    // Empty when the sentence names no such people before the figure.
    QString antecedentOfThem(int n) const
    {
        for (int k = n - 1; k >= m_first; --k) {
            if (!isWord(k))
                continue;
            const QStringView w = norm(k);
            if (isHostileLabel(w))
                return opposedGroup(n);
            if (isStateForceNoun(w))
                return stateForceOfContext(k);
            if (isCivilianNoun(w))
                return QStringLiteral("civilians");
        }
        return {};
    }

    // Whether the figure's victims are "people" with no word making them civilians.
    bool countsGenericPeople(int first, int last) const
    {
        bool people = false;
        for (int t = first; t <= last; ++t) {
            if (!isWord(t))
                continue;
            if (isCivilianNoun(norm(t)))
                return false;
            people = people || isGenericPeople(norm(t));
        }
        return people;
    }

    bool sentenceTellsFighting() const
    {
        for (int t = m_first; t < m_end; ++t) {
            if (isWord(t) && s_casualtyWords.has(norm(t), FightingWord))
                return true;
        }
        return false;
    }

    // What the hedge and scope() read from the sentence, which does not change between the
    // figures of one sentence: read once per sentence.
    struct SentenceReading
    {
        int sentence = -1;
        bool hedged = false;
        bool daySentence = false;
        bool coarseDate = false;
        bool place = false;
        bool single = false;
        bool plural = false;
        bool aggregate = false;
    };

    const SentenceReading &reading()
    {
        if (m_reading.sentence != m_sentence) {
            m_reading.sentence = m_sentence;
            readSentence(m_reading);
        }
        return m_reading;
    }

    // Reads what the hedge and scope() need from the sentence, in one pass over its tokens:
    // hedged: a hedge word, "according to", "said to have" or "reported to have"; scope: its
    // dates, places, incident nouns and aggregate cues.
    void readSentence(SentenceReading &r) const
    {
        const WordClasses<quint8> &words = scopeWords();
        const Sentence &s = m_doc.sentences()[m_sentence];
        bool hedged = false;
        bool daySentence = false;
        bool coarseDate = false;
        bool place = false;
        quint8 found = 0;
        bool aggregate = false;
        for (int t = s.firstToken; t < s.endToken; ++t) {
            const RuleToken &token = m_tokens[t];
            if (token.kind == RuleToken::Entity) {
                const EntityHit &e = m_doc.entities()[token.entity];
                if (e.type == EntityType::Date) {
                    if (isDayOrWeekCanonical(e.canonical))
                        daySentence = true;
                    else
                        coarseDate = true;
                } else if (e.type == EntityType::Location) {
                    place = true;
                }
            }
            const QStringView w = token.norm;
            // Only a word the filter the tokenizer asked lets through (TokenClass::CasualtyScope)
            // is looked up.
            const quint8 bits = (token.classes & TokenClass::CasualtyScope) ? words.of(w) : 0;
            found |= bits;
            if (!(bits & CueStart))
                continue; // no cue below starts here
            aggregate = aggregate
                || ((w == Ascii("past") || w == Ascii("last"))
                    && t + 1 < s.endToken
                    && (m_tokens[t + 1].kind == RuleToken::Number
                        || norm(t + 1).endsWith(QLatin1String("s"))))
                || (w == Ascii("so") && t + 1 < s.endToken
                    && norm(t + 1) == Ascii("far"));
            hedged = hedged
                || (w == Ascii("according") && t + 1 < s.endToken
                    && norm(t + 1) == Ascii("to"))
                || ((w == Ascii("said") || w == Ascii("reported"))
                    && t + 2 < s.endToken && norm(t + 1) == Ascii("to")
                    && norm(t + 2) == Ascii("have"));
        }
        r.hedged = hedged || (found & Hedge);
        r.daySentence = daySentence;
        r.coarseDate = coarseDate;
        r.place = place;
        r.single = found & IncidentSingular;
        r.plural = found & IncidentPlural;
        r.aggregate = aggregate || (found & AggregateCue);
    }

    Scope scope(const NumberPhrase &phrase)
    {
        const SentenceReading &r = reading();
        const bool daySentence = r.daySentence;
        const bool coarseDate = r.coarseDate;
        const bool place = r.place;
        const bool single = r.single;
        const bool plural = r.plural;
        const bool aggregate = r.aggregate;
        if (aggregate)
            return Scope::Period;
        if (daySentence)
            return Scope::Event;
        if (plural && !single)
            return Scope::Period;
        if (coarseDate)
            return Scope::Period;
        if (single || place)
            return Scope::Event;
        if (phrase.precision == Precision::Vague)
            return Scope::Period;
        // Nothing in the sentence: an earlier sentence of the paragraph with a day or a place.
        return m_dayOrPlaceBefore[m_sentence] ? Scope::Event : Scope::Period;
    }

    void addFigure(int spanFirst, int spanLast, int n, CasualtyKind kind, const QString &victim,
                   const QString &perpetrator, const QString &origin, double confidence)
    {
        const NumberPhrase &phrase = m_doc.numbers()[m_tokens[n].number];
        CasualtyFigure f;
        f.start = m_tokens[spanFirst].start;
        f.end = m_tokens[spanLast].end;
        f.text = m_doc.surface(f.start, f.end);
        f.kind = kind;
        f.victim = victim;
        f.perpetrator = perpetrator == victim ? QString() : perpetrator;
        f.low = phrase.low;
        f.best = phrase.best;
        f.high = phrase.high;
        f.precision = phrase.precision;
        f.hedged = reading().hedged;
        f.scope = scope(phrase);
        // More of the same people are counted over the same span of time, unless the sentence
        // gives a day or place of its own.
        if ((continuesWithMore(n) || phrase.oneMore) && !reading().daySentence
            && !reading().place) {
            if (const CasualtyFigure *continued = continuedFigure())
                f.scope = continued->scope;
        }
        // "The war killed 233,000 people": a toll over a period counts fighters and civilians
        // together. People detained are civilians whatever the period.
        if (f.scope == Scope::Period && kind != CasualtyKind::Captured
            && victim == Ascii("civilians") && countsGenericPeople(spanFirst, spanLast))
            f.victim = QStringLiteral("unknown");
        if (phrase.precision == Precision::Vague)
            confidence -= 0.1;
        if (phrase.bestNeedsReview)
            confidence -= 0.2; // "up to N": best is the upper bound, to be reviewed
        if (victim == Ascii("unknown"))
            confidence -= 0.1;
        f.provenance = RuleHelpers::proposed(origin, confidence);
        if (f.best && f.victim != Ascii("unknown") && !m_victimByBest.contains(*f.best))
            m_victimByBest.insert(*f.best, f.victim);
        m_found.append(f);
        m_figureSentence.append(m_sentence);
    }

    // Reads the figures of the sentence's numbers. Most tokens are not numbers: the loop walks
    // them through local pointers, where the member reference was loaded again for every token
    // (number() may change members, not the sentence's tokens or bounds).
    void readNumbers()
    {
        const RuleToken *const tokens = m_tokens.constData();
        const RuleToken *const end = tokens + m_end;
        for (const RuleToken *token = tokens + m_first; token < end; ++token) {
            if (token->kind == RuleToken::Number) {
                // On from the last token the figure used (kept inside the sentence, so that
                // the pointer never passes its end).
                const int t = int(token - tokens);
                token = tokens + std::min(std::max(t, number(t)), m_end - 1);
            }
        }
    }

    // Reads the figure around number token n; returns the last token used.
    int number(int n)
    {
        const Victim v = victimAfter(n);
        int after = v.valid ? v.last + 1 : n + 1;

        // Noun: "5 dead", "12 civilian casualties", "N killed and M wounded". Only a number
        // without a victim phrase of its own reads as one: for the others, the words after
        // the number are not read here.
        if (!v.valid) {
            int k = n + 1;
            int modifiers = 0;
            bool civilian = false;
            int group = -1;
            // Neither casualtyNoun() nor a function word, in one look-up.
            while (isWord(k) && modifiers < 2
                   && !s_casualtyWords.has(norm(k), FunctionWord | CasualtyNoun)) {
                civilian = civilian || norm(k) == Ascii("civilian");
                ++k;
                ++modifiers;
            }
            if (isActor(k) && modifiers == 0) {
                group = k;
                ++k;
            }
            const auto kind = isWord(k) ? casualtyNoun(norm(k)) : std::nullopt;
            // "killed 5 wounded": the number is the verb's object, read below.
            const bool verbBefore = kind && n - 1 >= m_first && isWord(n - 1)
                && casualtyWord(norm(n - 1)) && norm(n - 1) != Ascii("left")
                && norm(n - 1) != Ascii("leaving");
            if (kind && !verbBefore) {
                QString victim = civilian ? QStringLiteral("civilians") : QStringLiteral("unknown");
                if (group >= 0)
                    victim = entity(group)->canonical;
                const int subject = subjectBefore(n);
                QString perpetrator = subject >= 0 ? entity(subject)->canonical : QString();
                if (group < 0 && subject >= 0 && inOwnRanks(k)) {
                    victim = perpetrator; // "X deplores 4 dead in its ranks": X's losses
                    perpetrator.clear();
                }
                addFigure(n, k, n, *kind, victim, perpetrator,
                          QStringLiteral("rule:casualty.number-noun"), 0.6);
                return k;
            }
        }

        // Object: "killed four fighters of X", "killing 5 and wounding 12".
        int verb = n - 1;
        if (in(verb) && isWord(verb) && (norm(verb) == Ascii("and") || norm(verb) == Ascii(","))
            && m_lastObjectEnd == verb - 1 && m_lastObjectVerb >= 0)
            verb = m_lastObjectVerb; // "killed 3 soldiers and 2 civilians"
        else if (in(verb) && m_tokens[verb].kind == RuleToken::Punct && norm(verb) == Ascii(",")
                 && m_lastObjectEnd == verb - 1 && m_lastObjectVerb >= 0)
            verb = m_lastObjectVerb;
        else if (in(verb) && m_tokens[verb].kind == RuleToken::Punct && isQuote(norm(verb))
                 && in(verb - 1) && isWord(verb - 1))
            --verb; // killing "dozens" of soldiers
        // The verb stands right before the number (or its opening quote), not further back as
        // the shared verb of "killed 3 soldiers and 2 civilians".
        const bool adjacent = verb == n - 1 || (verb == n - 2 && isQuote(norm(n - 1)));
        if (in(verb) && isWord(verb)) {
            auto kind = casualtyWord(norm(verb));
            // Nothing below applies without a casualty verb, nearly every number's case: the
            // tests of the words around it are read only after one.
            const bool passive = kind && verb - 1 >= m_first && isPassiveAux(norm(verb - 1));
            const bool bareObject = kind && !v.valid
                && (!in(n + 1) || m_tokens[n + 1].kind == RuleToken::Punct
                    || bareObjectFollowers().contains(norm(n + 1)));
            const bool people = v.valid || (bareObject && norm(verb) != Ascii("lost")
                                            && norm(verb) != Ascii("seized")
                                            && norm(verb) != Ascii("captured"));
            if (kind && !passive && people && norm(verb) != Ascii("dead")
                && norm(verb) != Ascii("missing")) {
                const bool loss = norm(verb) == Ascii("lost")
                    || norm(verb) == Ascii("losing") || norm(verb) == Ascii("lose")
                    || norm(verb) == Ascii("loses");
                const int last = v.valid ? v.last : n;
                int spanFirst = adjacent ? verb : n;
                // "killed or wounded 60", "killing and injuring a number of": no split given.
                if (adjacent && verb - 2 >= m_first && isWord(verb - 2)
                    && (norm(verb - 1) == Ascii("or") || norm(verb - 1) == Ascii("and"))) {
                    const auto first = casualtyWord(norm(verb - 2));
                    if (first && *first != *kind) {
                        kind = CasualtyKind::Unknown;
                        spanFirst = verb - 2;
                    }
                }
                QString victim;
                QString perpetrator;
                int spanLast = last;
                if (loss) {
                    const int subject = subjectBefore(verb);
                    if (v.group >= 0 && entity(v.group)->type != EntityType::State)
                        victim = entity(v.group)->canonical;
                    else if (subject >= 0)
                        victim = entity(subject)->canonical;
                    else if (enemyBefore(verb))
                        victim = opposedGroup(n); // "The enemy lost up to 40 servicemen"
                    if (victim.isEmpty())
                        victim = QStringLiteral("unknown");
                    if (subject >= 0 && subject >= verb - 3 && verb == n - 1)
                        spanFirst = subject;
                    // "lost 1,120 troops killed or wounded": the loss is not split.
                    const auto firstKind = isWord(last + 1) ? casualtyWord(norm(last + 1))
                                                            : std::nullopt;
                    const auto secondKind = isWord(last + 3) ? casualtyWord(norm(last + 3))
                                                             : std::nullopt;
                    if (firstKind && secondKind && *firstKind != *secondKind && isWord(last + 2)
                        && (norm(last + 2) == Ascii("or") || norm(last + 2) == Ascii("and"))) {
                        kind = CasualtyKind::Unknown;
                        spanLast = last + 3;
                    }
                } else {
                    victim = victimOf(v, n);
                    const int subject = subjectBefore(verb, victim);
                    if (subject >= 0)
                        perpetrator = entity(subject)->canonical;
                }
                addFigure(spanFirst, spanLast, n, *kind, victim, perpetrator,
                          loss ? QStringLiteral("rule:casualty.loss")
                               : QStringLiteral("rule:casualty.verb-object"),
                          0.75);
                m_lastObjectVerb = verb;
                m_lastObjectEnd = spanLast;
                return spanLast;
            }
        }

        // Nominal: "caused the death of 5 civilians", "the martyrdom of a civilian".
        if (v.valid && n - 2 >= m_first && isWord(n - 1) && norm(n - 1) == Ascii("of")
            && isWord(n - 2)) {
            if (const auto kind = casualtyNominal(norm(n - 2))) {
                const int noun = n - 2;
                const int spanFirst = noun - 1 >= m_first && norm(noun - 1) == Ascii("the")
                    ? noun - 1
                    : noun;
                const QString victim = victimOf(v, n);
                const int subject = subjectBefore(noun, victim);
                addFigure(spanFirst, v.last, n, *kind, victim,
                          subject >= 0 ? entity(subject)->canonical : QString(),
                          QStringLiteral("rule:casualty.nominal"), 0.65);
                return v.last;
            }
        }

        // Subject: "N V were (reportedly) killed", "3 soldiers killed", "N V and M W died".
        int k = after;
        if (in(k) && isQuote(norm(k)))
            ++k; // "about 30 terrorists" had been neutralised
        // Coordinated victims share the verb: "5 soldiers and 3 civilians were killed".
        while (in(k + 1) && (norm(k) == Ascii("and") || norm(k) == Ascii(","))
               && m_tokens[k + 1].kind == RuleToken::Number) {
            const Victim next = victimAfter(k + 1);
            if (!next.valid)
                break;
            k = next.last + 1;
        }
        // "Dozens more were wounded": more of the people counted before.
        const bool more = !v.valid && isWord(n + 1) && norm(n + 1) == Ascii("more");
        if (more)
            k = n + 2;
        else if (v.group >= 0 && k == after)
            k = pastGroupNouns(k); // "members of the Asayish internal security forces were"
        // A passive auxiliary or a casualty verb, in one look-up.
        const bool subjectOk = v.valid
            || (in(k) && isWord(k) && s_casualtyWords.has(norm(k), PassiveAux | CasualtyVerb));
        if (!subjectOk)
            return n;
        bool passive = false;
        int steps = 0;
        // The auxiliaries before the verb ("were reportedly killed"), each word read once for
        // the three lists asked.
        while (isWord(k) && steps < 6) {
            const quint32 bits = s_casualtyWords.of(norm(k), Auxiliary | PassiveAux | CasualtyVerb);
            if (!(bits & Auxiliary) || (bits & CasualtyVerb))
                break;
            passive = passive || (bits & PassiveAux);
            ++k;
            ++steps;
        }
        if (!isWord(k))
            return n;
        std::optional<CasualtyKind> kind = casualtyWord(norm(k));
        int verbLast = k;
        // Two-word forms: "taken prisoner", "shot dead", "gunned down", "lost their lives".
        if (!kind) {
            const QStringView w = norm(k);
            const QStringView next = in(k + 1) ? norm(k + 1) : QStringView();
            if ((w == Ascii("taken") || w == Ascii("took") || w == Ascii("held"))
                && (next == Ascii("prisoner") || next == Ascii("captive")
                    || next == Ascii("hostage") || next == Ascii("prisoners")
                    || next == Ascii("captives") || next == Ascii("hostages"))) {
                kind = CasualtyKind::Captured;
                verbLast = k + 1;
            } else if ((w == Ascii("shot") || w == Ascii("found")) && next == Ascii("dead")) {
                kind = CasualtyKind::Killed;
                verbLast = k + 1;
            } else if (w == Ascii("gunned") && next == Ascii("down")) {
                kind = CasualtyKind::Killed;
                verbLast = k + 1;
            } else if (w == Ascii("lost") && next == Ascii("their")
                       && in(k + 2) && norm(k + 2) == Ascii("lives")) {
                kind = CasualtyKind::Killed;
                verbLast = k + 2;
            } else if (w == Ascii("unaccounted") && next == Ascii("for")) {
                kind = CasualtyKind::Missing;
                verbLast = k + 1;
            }
        } else if (norm(k) == Ascii("lost") && !passive) {
            return n; // "N fighters lost ..." needs an object: not a figure by itself
        }
        if (!kind)
            return n;
        Q_UNUSED(passive);
        // The victims: this number's phrase; the coordinated ones are read on their own turn.
        QString victim = victimOf(v, n); // "more" goes on with the last figure's victims
        QString perpetrator = perpetratorAfter(verbLast);
        const bool headline = steps == 0;
        addFigure(n, verbLast, n, *kind, victim, perpetrator,
                  headline ? QStringLiteral("rule:casualty.subject-verb")
                           : QStringLiteral("rule:casualty.passive"),
                  0.75);
        // Coordinated numbers before the verb are read when the loop reaches them; their span
        // ends at their own victim phrase.
        return v.valid ? v.last : n;
    }

    // "X lost one of its fighters and killed four fighters of Y": X's loss was caused by Y.
    void contextPerpetrators()
    {
        for (int i = m_sentenceFigures; i < m_found.size(); ++i) {
            CasualtyFigure &f = m_found[i];
            if (!f.perpetrator.isEmpty() || f.victim == Ascii("unknown")
                || f.victim == Ascii("civilians"))
                continue;
            for (int j = m_sentenceFigures; j < m_found.size(); ++j) {
                const CasualtyFigure &g = m_found[j];
                if (j != i && g.perpetrator == f.victim && g.victim != f.victim
                    && g.victim != Ascii("unknown") && g.victim != Ascii("civilians")) {
                    f.perpetrator = g.victim;
                    break;
                }
            }
        }
    }

    const RuleDocument &m_doc;
    const QList<RuleToken> &m_tokens;
    int m_sentence = 0;
    SentenceReading m_reading; // of m_sentence once asked
    int m_first = 0;
    int m_end = 0;
    int m_sentenceFigures = 0;
    int m_lastObjectVerb = -1;
    int m_lastObjectEnd = -1;
    QList<CasualtyFigure> m_found;
    QList<int> m_figureSentence;
    QList<bool> m_dayOrPlaceBefore; // per sentence: an earlier body sentence names a date or
                                    // a place
    mutable std::optional<QString> m_mainForce; // mainStateForce(), once asked
    mutable std::optional<QStringList> m_mainGroups; // groupsByMentions(), once asked
    mutable std::optional<QString> m_soldiersNamed; // forceNamedWithSoldiers(), once asked
    // The victims of the first figure with each best value that names them, for a bare number
    // restating it (victimOfBareNumber()).
    QHash<qint64, QString> m_victimByBest;
    QList<int> m_forceBefore;       // per sentence: the last STATE_FORCE token of the earlier
                                    // sentences of its paragraph, or -1
};

} // namespace

QStringList CasualtyRule::scopeWordList()
{
    QStringList words;
    for (const ScopeWordList &list : scopeWordLists()) {
        for (const char *word : list.words)
            words.append(QString::fromUtf8(word));
    }
    return words;
}

QList<CasualtyFigure> CasualtyRule::find(const RuleDocument &document)
{
    return Finder(document).run();
}
