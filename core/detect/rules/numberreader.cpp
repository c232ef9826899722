#include "core/detect/rules/numberreader.h"

#include "core/detect/rules/tokenizer.h"
#include "core/detect/rules/tokenlexicon.h"

#include <QSet>

#include <algorithm>

namespace {

// How a qualifier turns N into low / best / high.
// Over: "over N" is at_least with low N (codebook section 4), unlike "more than N" (N + 1).
enum class Qualifier { None, AtLeast, MoreThan, Over, AtMost, LessThan, About, Between };

struct QualifierWords
{
    const char *words;
    Qualifier qualifier;
};

// Longest first, so "no fewer than" wins over nothing and "as many as" over "as".
const QualifierWords s_qualifiers[] = {
    {"at the very least", Qualifier::AtLeast}, {"no fewer than", Qualifier::AtLeast},
    {"no less than", Qualifier::AtLeast},      {"not less than", Qualifier::AtLeast},
    {"a minimum of", Qualifier::AtLeast},      {"at least", Qualifier::AtLeast},
    {"upwards of", Qualifier::MoreThan},       {"in excess of", Qualifier::MoreThan},
    {"more than", Qualifier::MoreThan},        {"over", Qualifier::Over},
    {"as many as", Qualifier::AtMost},         {"no more than", Qualifier::AtMost},
    {"not more than", Qualifier::AtMost},      {"a maximum of", Qualifier::AtMost},
    {"up to", Qualifier::AtMost},              {"at most", Qualifier::AtMost},
    {"fewer than", Qualifier::LessThan},       {"less than", Qualifier::LessThan},
    {"an estimated", Qualifier::About},        {"approximately", Qualifier::About},
    {"close to", Qualifier::About},            {"roughly", Qualifier::About},
    {"around", Qualifier::About},              {"about", Qualifier::About},
    {"nearly", Qualifier::About},              {"almost", Qualifier::About},
    {"some", Qualifier::About},                {"circa", Qualifier::About},
    {"approx", Qualifier::About},              {"between", Qualifier::Between},
};

// s_qualifiers split into words once.
const QList<QPair<QStringList, Qualifier>> &qualifierWords()
{
    static const QList<QPair<QStringList, Qualifier>> list = [] {
        QList<QPair<QStringList, Qualifier>> split;
        for (const QualifierWords &q : s_qualifiers)
            split.append({QString::fromUtf8(q.words).split(u' '), q.qualifier});
        return split;
    }();
    return list;
}

const WordMap<int> &smallNumbers()
{
    static const WordMap<int> table = {
        {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},
        {"four", 4},      {"five", 5},       {"six", 6},        {"seven", 7},
        {"eight", 8},     {"nine", 9},       {"ten", 10},       {"eleven", 11},
        {"twelve", 12},   {"thirteen", 13},  {"fourteen", 14},  {"fifteen", 15},
        {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},  {"nineteen", 19},
        {"twenty", 20},   {"thirty", 30},    {"forty", 40},     {"fourty", 40},
        {"fifty", 50},    {"sixty", 60},     {"seventy", 70},   {"eighty", 80},
        {"ninety", 90},
    };
    return table;
}

std::optional<qint64> multiplier(QStringView norm)
{
    if (norm == QLatin1String("hundred"))
        return 100;
    if (norm == QLatin1String("thousand"))
        return 1000;
    if (norm == QLatin1String("million"))
        return 1000000;
    if (norm == QLatin1String("billion"))
        return 1000000000;
    return std::nullopt;
}

std::optional<qint64> pluralMultiplier(QStringView norm)
{
    if (norm == QLatin1String("hundreds"))
        return 100;
    if (norm == QLatin1String("thousands"))
        return 1000;
    if (norm == QLatin1String("millions"))
        return 1000000;
    return std::nullopt;
}

// "twenty-three" -> 23; "seven" -> 7; anything else nothing.
std::optional<qint64> smallOrCompound(QStringView norm)
{
    const auto &table = smallNumbers();
    if (const int *value = table.find(norm))
        return *value;
    // Only a tens word can stand before the dash ("twenty-three"): "al-Sham" is settled here,
    // without the two look-ups. A tens word has five to seven letters and a unit word three or
    // more, so a shorter word is no compound; and the dash is only looked for among the first
    // eight units (inline: most words asked hold none).
    if (norm.size() < 9)
        return std::nullopt;
    const QChar *const head = norm.begin();
    const QChar *const headEnd = head + std::min<qsizetype>(norm.size(), 8);
    const QChar *const dashAt = std::find(head, headEnd, QChar(u'-'));
    const int dash = dashAt == headEnd ? -1 : int(dashAt - head);
    static const WordSet tensWords = {
        "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    if (dash > 0 && tensWords.contains(norm.left(dash))) {
        const int *tens = table.find(norm.left(dash));
        const int *unit = table.find(norm.mid(dash + 1));
        if (tens && unit && *tens >= 20 && *tens % 10 == 0 && *unit < 10 && *unit > 0)
            return *tens + *unit;
    }
    return std::nullopt;
}

// Digits of any script with "," / "." group and decimal marks -> value; a decimal part sets
// *fraction (the value is then the number times 1000, for "1.5 million").
std::optional<double> digitsValue(QStringView norm)
{
    // ASCII digits with group commas, as most numbers are written: read directly (up to 15
    // digits every value is exact in a double, as toDouble() would give it).
    {
        qint64 value = 0;
        int digits = 0;
        bool plain = true;
        for (const QChar c : norm) {
            const char16_t u = c.unicode();
            if (u >= u'0' && u <= u'9') {
                value = value * 10 + (u - u'0');
                ++digits;
            } else if (u != u',') {
                plain = false;
                break;
            }
        }
        if (plain && digits > 0 && digits <= 15)
            return double(value);
    }
    QString ascii;
    for (QChar c : norm) {
        if (c.isDigit())
            ascii.append(QChar(u'0' + c.digitValue()));
        else if (c == u'.' || c == QChar(0x066B))
            ascii.append(u'.');
        else if (c == u',' || c == QChar(0x066C))
            continue;
        else
            return std::nullopt;
    }
    // "1,200" groups thousands; "1.200" (European grouping) is read the same when the part after
    // the point has exactly three digits and there is no other point.
    const int point = ascii.indexOf(u'.');
    if (point >= 0 && ascii.count(u'.') == 1 && ascii.size() - point - 1 == 3
        && norm.contains(u'.') && !norm.contains(u','))
        ascii.remove(point, 1);
    bool ok = false;
    const double value = ascii.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

// The words next to a number that say it is no count, in one table: a word is looked up once
// for all the lists.
enum ContextWord : quint8 {
    MoneyOrMeasure = 1, // after: "$", "dollars", "km", "days"
    Month = 2,          // before or after: a day of a date ("May" is asked apart)
    Label = 4,          // before: "Brigade 93", "Route 5"
    YearCue = 8,        // before: "in 2017", "since 2014"
};

const WordClasses<quint8> &contextWords()
{
    static const WordClasses<quint8> table = {
        {{"$", "€", "£", "%", "dollars", "dollar", "usd", "euros", "euro", "eur", "pounds",
          "pound", "lira", "liras", "lire", "riyals", "rials", "riyal", "dinars", "dinar",
          "naira", "shillings", "hryvnias", "hryvnia", "rubles", "roubles", "bucks", "cents",
          "percent", "per", "pc", "km", "kms", "kilometres", "kilometers", "kilometre",
          "kilometer", "miles", "mile", "metres", "meters", "metre", "meter", "kg", "kilograms",
          "tons", "tonnes", "ton", "hours", "hour", "minutes", "minute", "seconds", "days", "day",
          "weeks", "week", "months", "month", "years", "year", "decades", "times", "per-hour",
          "o'clock", "am", "pm", "a.m", "p.m", "mm", "caliber", "calibre"},
         MoneyOrMeasure},
        {{"january", "february", "march", "april", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec"},
         Month},
        {{"brigade", "division", "regiment", "battalion", "route", "highway", "road",
          "resolution", "no", "number", "article", "flight", "unit", "sector", "zone", "#",
          "checkpoint", "km", "kilometre", "kilometer", "page", "chapter", "room", "building",
          "block", "street", "district", "camp", "hill", "point", "base", "gate"},
         Label},
        {{"in", "since", "of", "until", "till", "by", "from", "during", "early", "late", "mid",
          "year", "summer", "winter", "spring", "autumn", "fall", "the", "before", "after",
          "throughout", "between", "and", "to", "-"},
         YearCue},
    };
    return table;
}

// The ContextWord bits of a token: "may" is a month only as "May".
quint8 contextOf(const Token &token)
{
    const quint8 bits = contextWords().of(token.norm);
    if (token.capitalised && token.norm == QLatin1String("may"))
        return bits | Month;
    return bits;
}

} // namespace

VagueNumbers VagueNumbers::codebookDefaults()
{
    // Built once: the engine asks for it on every article, and a copy only shares the tables.
    static const VagueNumbers defaults = [] {
        VagueNumbers table;
        table.setValue("tens", 10);
        table.setValue("dozens", 12);
        table.setValue("hundreds", 100);
        table.setValue("thousands", 1000);
        table.setValue("scores", 20);
        table.setValue("several", 3);
        table.setValue("a number of", 2);
        table.setValue("some", 2);
        table.setValue("a few", 2);
        return table;
    }();
    return defaults;
}

void VagueNumbers::setValue(const QString &phrase, qint64 value)
{
    m_values.insert(phrase.simplified().toLower(), value);
    m_sorted = m_values.keys();
    // Longest first so that "a number of" is tried before shorter phrases.
    std::sort(m_sorted.begin(), m_sorted.end(), [](const QString &a, const QString &b) {
        return a.count(u' ') != b.count(u' ') ? a.count(u' ') > b.count(u' ') : a < b;
    });
    m_words.clear();
    m_sortedValues.clear();
    m_byFirstWord = WordMap<QList<int>>();
    for (const QString &sorted : std::as_const(m_sorted)) {
        m_words.append(sorted.split(u' '));
        m_sortedValues.append(m_values.value(sorted));
        m_byFirstWord[m_words.last().first()].append(int(m_words.size()) - 1);
    }
}

std::optional<qint64> VagueNumbers::value(const QString &phrase) const
{
    const auto it = m_values.constFind(phrase);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

QStringList VagueNumbers::phrases() const
{
    return m_sorted;
}

bool NumberReader::isPeopleNoun(QStringView norm)
{
    static const WordSet nouns = {
        "fighter", "fighters", "militant", "militants", "member", "members", "soldier", "soldiers",
        "troops", "trooper", "troopers", "civilian", "civilians", "people", "person", "persons",
        "individual", "individuals", "others", "rebel", "rebels", "insurgent", "insurgents",
        "jihadist", "jihadists", "jihadi", "jihadis", "gunman", "gunmen", "militiaman",
        "militiamen", "combatant", "combatants", "terrorist", "terrorists", "commander",
        "commanders", "officer", "officers", "policeman", "policemen", "policewoman", "police",
        "personnel", "serviceman", "servicemen", "servicemember", "servicemembers", "guard",
        "guards", "gendarme", "gendarmes", "recruit", "recruits", "conscript", "conscripts",
        "child", "children", "kid", "kids", "woman", "women", "man", "men", "boy", "boys", "girl",
        "girls", "resident", "residents", "villager", "villagers", "farmer", "farmers", "student",
        "students", "worshipper", "worshippers", "worshiper", "worshipers", "pilgrim", "pilgrims",
        "refugee", "refugees", "journalist", "journalists", "reporter", "reporters", "worker",
        "workers", "doctor", "doctors", "medic", "medics", "nurse", "nurses", "protester",
        "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "detainee",
        "detainees", "prisoner", "prisoners", "hostage", "hostages", "element", "elements",
        "operative", "operatives", "leader", "leaders", "mercenary", "mercenaries", "paramilitary",
        "paramilitaries", "shepherd", "shepherds", "herder", "herders", "miner", "miners",
        "passenger", "passengers", "teacher", "teachers", "volunteer", "volunteers", "marine",
        "marines", "pilot", "pilots", "sailor", "sailors", "agent", "agents", "official",
        "officials", "staff", "displaced", "infant", "infants", "baby", "babies", "fisherman",
        "fishermen", "traveller", "travellers", "traveler", "travelers", "bystander", "bystanders",
        "emir", "emirs", "jihadi", "guardsman", "guardsmen", "peacekeeper", "peacekeepers", "cadet",
        "cadets", "militiaman", "family", "relatives", "relative", "youth", "youths", "mujahideen",
        "fighter's", "elder", "elders", "chief", "chiefs", "sergeant", "colonel", "general",
        "lieutenant", "captain", "major", "attacker", "attackers", "assailant", "assailants",
        "inmate", "inmates", "pupil", "pupils", "schoolchildren", "schoolgirls", "schoolboys"};
    return nouns.contains(norm);
}

NumberReader::NumberReader(VagueNumbers vague)
    : m_vague(std::move(vague))
{
    auto add = [this](QStringView word, quint8 kind) {
        m_starters[word].kind |= kind;
        const char16_t first = word.isEmpty() ? u'\0' : word.front().unicode();
        const char16_t last = word.isEmpty() ? u'\0' : word.back().unicode();
        if (first >= u'a' && first <= u'z' && last >= u'a' && last <= u'z')
            m_starterLengths[(first - u'a') * 26 + (last - u'a')]
                |= 1u << std::min<qsizetype>(word.size(), 31);
        else
            m_otherStarters = true;
    };
    for (const char *word : {"half", "a", "an", "another"})
        add(QString::fromLatin1(word), BeginsCore);
    for (const QString &word : smallNumbers().words())
        add(word, BeginsCore);
    for (const QStringList &words : m_vague.phraseWords())
        add(words.first(), BeginsCore);
    for (int q = 0; q < qualifierWords().size(); ++q) {
        const QString &first = qualifierWords()[q].first.first();
        add(first, BeginsQualifier);
        m_starters[first].qualifiers.append(q);
    }
    const TokenLexicon &lexicon = TokenLexicon::rules();
    m_filterPassesStarters = std::all_of(
        m_starters.words().begin(), m_starters.words().end(),
        [&](const QString &word) { return lexicon.mayHold(word) & TokenClass::NumberStarter; });
}

QStringList NumberReader::starterWords(const VagueNumbers &vague)
{
    QStringList words = {QStringLiteral("half"), QStringLiteral("a"), QStringLiteral("an"),
                         QStringLiteral("another")};
    for (const QString &word : smallNumbers().words())
        words.append(word);
    for (const QStringList &phrase : vague.phraseWords())
        words.append(phrase.first());
    for (const auto &qualifier : qualifierWords())
        words.append(qualifier.first.first());
    return words;
}

namespace {

// A run of tokens, without copying them out of the list that holds them.
struct TokenRange
{
    const Token *data;
    qsizetype count;
    qsizetype size() const { return count; }
    const Token &operator[](qsizetype i) const { return data[i]; }
};

// The number itself, without qualifier or range: tokens [first, last] and how to read it.
struct Core
{
    qint64 value = 0;
    int first = 0;
    int last = 0;
    bool vague = false;
    bool article = false;  // "a"/"an" read as one
    bool yearLike = false; // a bare four-digit 1900..2099
    bool oneMore = false;  // "a third", "another guard": one more of those just counted
};

// Whether the tokens from `at` on read `words`, of which the first `known` are known to (the
// caller found the phrase by its first word). Compared inline: the words are short, and most
// differ in length.
bool matchWords(const TokenRange &tokens, int at, const QStringList &words, int known = 0)
{
    if (at + words.size() > tokens.size())
        return false;
    for (qsizetype k = known; k < words.size(); ++k) {
        const QStringView norm = tokens[at + k].norm;
        const QString &word = words[k];
        if (norm.size() != word.size() || !std::equal(norm.begin(), norm.end(), word.begin()))
            return false;
    }
    return true;
}

bool isOrdinalWord(QStringView norm)
{
    static const WordSet words = {"second", "third", "fourth", "fifth", "sixth", "seventh",
                                  "eighth", "ninth", "tenth"};
    return words.contains(norm);
}

// What may follow "a third" for it to count one person: the end of the clause or a verb.
bool endsCountAfterOrdinal(QStringView next, bool notWord)
{
    static const WordSet words = {"was", "is", "were", "had", "has", "died", "and", "who",
                                  "later", "remains", "remained", "succumbed"};
    return notWord ? next != QLatin1String("-") : words.contains(next);
}

std::optional<Core> readCore(const TokenRange &tokens, int j, const VagueNumbers &vague)
{
    const int n = tokens.size();
    if (j >= n || !tokens[j].word)
        return std::nullopt;
    const QStringView w = tokens[j].norm;
    auto normAt = [&](int k) { return k < n ? tokens[k].norm : QStringView(); };

    static const QStringList halfADozen{QStringLiteral("half"), QStringLiteral("a"),
                                        QStringLiteral("dozen")};
    if (w == QLatin1String("half") && matchWords(tokens, j, halfADozen, 1))
        return Core{6, j, j + 2};

    // Vague phrases, with "tens of thousands", "several hundred", "a few dozen": only those
    // that begin with the word can match.
    const QList<QStringList> &phrases = vague.phraseWords();
    for (const int p : vague.phrasesStartingWith(w)) {
        const QStringList &words = phrases[p];
        if (!matchWords(tokens, j, words, 1))
            continue;
        Core core{vague.phraseValues()[p], j, j + int(words.size()) - 1, true};
        const int after = core.last + 1;
        if (normAt(after) == QLatin1String("of")) {
            if (auto m = pluralMultiplier(normAt(after + 1))) {
                core.value *= *m;
                core.last = after + 1;
            }
        } else if (auto m = multiplier(normAt(after))) {
            core.value *= *m;
            core.last = after;
        } else if (normAt(after) == QLatin1String("dozen")) {
            core.value *= 12;
            core.last = after;
        }
        return core;
    }

    // "another guard was injured": one more, right before a noun for people.
    if (w == QLatin1String("another")) {
        const QStringView next = normAt(j + 1);
        if (j + 1 < n && tokens[j + 1].word && NumberReader::isPeopleNoun(next)
            && !next.endsWith(u's'))
            return Core{1, j, j, false, true, false, true};
        return std::nullopt;
    }
    if (w == QLatin1String("a") || w == QLatin1String("an")) {
        const QStringView next = normAt(j + 1);
        if (next == QLatin1String("couple"))
            return Core{2, j, j + 1};
        if (next == QLatin1String("dozen"))
            return Core{12, j, j + 1};
        if (auto m = multiplier(next)) {
            Core core{*m, j, j + 1};
            // "a hundred and fifty"
            if (normAt(j + 2) == QLatin1String("and")) {
                if (auto s = smallOrCompound(normAt(j + 3))) {
                    core.value += *s;
                    core.last = j + 3;
                }
            }
            return core;
        }
        // "wounding a third.", "a fourth was wounded": one more of the people just counted (the
        // indefinite article counts, the ordinal does not); "a third of", "a second attack"
        // are not counts.
        if (isOrdinalWord(next)
            && endsCountAfterOrdinal(normAt(j + 2), j + 2 >= n || !tokens[j + 2].word))
            return Core{1, j, j + 1, false, true, false, true};
        // "a fighter", "an Iraqi soldier": one, only right before a noun for people.
        for (int k = j + 1; k <= j + 2 && k < n; ++k) {
            if (!tokens[k].word)
                break;
            const QStringView norm = tokens[k].norm;
            if (NumberReader::isPeopleNoun(norm) && !norm.endsWith(u's')
                && norm != QLatin1String("people") && norm != QLatin1String("police")
                && norm != QLatin1String("personnel") && norm != QLatin1String("staff"))
                return Core{1, j, j, false, true, false, isOrdinalWord(next)}; // "a fourth fighter"
            if (norm == QLatin1String("few") || norm == QLatin1String("number"))
                break;
        }
        return std::nullopt;
    }

    if (tokens[j].numeric) {
        auto v = digitsValue(w);
        if (!v)
            return std::nullopt;
        Core core{0, j, j};
        double value = *v;
        if (auto m = multiplier(normAt(j + 1))) {
            value *= double(*m);
            core.last = j + 1;
        } else if (value != qint64(value)) {
            return std::nullopt; // "1.5" alone is not a count
        }
        core.value = qint64(value + 0.5);
        const QStringView digits = w;
        core.yearLike = core.last == j && digits.size() == 4 && core.value >= 1900
            && core.value <= 2099;
        return core;
    }

    // Number words: "twenty-three", "one hundred and five", "two thousand".
    qint64 total = 0;
    qint64 current = 0;
    int last = -1;
    bool sawMultiplier = false;
    for (int k = j; k < n; ++k) {
        const QStringView word = tokens[k].norm;
        if (auto s = smallOrCompound(word)) {
            // "twenty three" joins; "five six" are two numbers.
            const bool joins = current == 0 || current % 100 == 0
                || (current % 10 == 0 && current % 100 >= 20 && *s < 10);
            if (last == k - 1 && !joins)
                break;
            current += *s;
            last = k;
        } else if (word == QLatin1String("hundred") && last == k - 1) {
            current = (current == 0 ? 1 : current) * 100;
            last = k;
            sawMultiplier = true;
        } else if (auto m = multiplier(word); m && last == k - 1) {
            total += (current == 0 ? 1 : current) * *m;
            current = 0;
            last = k;
            sawMultiplier = true;
        } else if (word == QLatin1String("and") && last == k - 1 && sawMultiplier
                   && smallOrCompound(normAt(k + 1))) {
            continue;
        } else {
            break;
        }
    }
    if (last < 0)
        return std::nullopt;
    if (normAt(last + 1) == QLatin1String("dozen")) // "two dozen"
        return Core{(total + current) * 12, j, last + 1};
    return Core{total + current, j, last};
}

} // namespace

QList<NumberPhrase> NumberReader::read(QStringView text) const
{
    return read(Tokenizer::tokenize(text).tokens);
}

QList<NumberPhrase> NumberReader::read(const QList<Token> &tokens) const
{
    return read(tokens.constData(), tokens.size());
}

QList<NumberPhrase> NumberReader::read(const Token *tokenData, qsizetype count) const
{
    QList<NumberPhrase> phrases;
    readInto(tokenData, count, phrases);
    return phrases;
}

void NumberReader::readInto(const Token *tokenData, qsizetype count,
                            QList<NumberPhrase> &phrases) const
{
    const TokenRange tokens{tokenData, count};
    const int n = int(count);
    auto normAt = [&](int k) { return k >= 0 && k < n ? tokens[k].norm : QStringView(); };
    // A number readCore() reads that no word list names: a compound ("twenty-three": only a
    // tens word, t, f, s, e or n first, can start one) or a bare multiplier at the start of the
    // token list ("Hundred ...").
    // A plain word holds no dash: only other words are asked for a compound.
    auto compoundOrLeadingMultiplier = [&](int i) {
        const Token &t = tokens[i];
        if (!t.plain) {
            const char16_t first = t.norm.isEmpty() ? u'\0' : t.norm.front().unicode();
            const bool tensInitial = first == u't' || first == u'f' || first == u's'
                || first == u'e' || first == u'n';
            if (tensInitial && t.norm.contains(u'-') && smallOrCompound(t.norm))
                return true;
        }
        return i == 0 && multiplier(t.norm).has_value();
    };
    // What the word at token i may begin (StarterKind bits), 0 for any other token.
    auto starterKind = [&](int i) -> quint8 {
        return tokens[i].word ? NumberReader::starterKind(tokens[i].norm) : 0;
    };
    // Whether readCore() can read a number at token i, whose starterKind() is `kind`: digits,
    // a number word or compound, "a"/"an"/"another"/"half", a vague phrase's first word, or a
    // multiplier at the very start.
    auto mayStartCore = [&](int i, quint8 kind) {
        return tokens[i].numeric || (kind & BeginsCore) || compoundOrLeadingMultiplier(i);
    };

    const QList<QPair<QStringList, Qualifier>> &qualifiers = qualifierWords();
    int i = 0;
    while (i < n) {
        // Whether a phrase can start here: a qualifier, or a number readCore() reads. Every
        // other token is passed over at once, with the same result as trying it.
        const Starter *starter = nullptr;
        if (m_filterPassesStarters) {
            if ((tokens[i].classes & TokenClass::NumberStarter) && tokens[i].word)
                starter = m_starters.find(tokens[i].norm);
        } else if (tokens[i].word) {
            starter = findStarter(tokens[i].norm);
        }
        const quint8 kind = starter ? starter->kind : 0;
        if (!tokens[i].word || (!tokens[i].numeric && !kind && !compoundOrLeadingMultiplier(i))) {
            ++i;
            continue;
        }
        // Qualifier?
        Qualifier qualifier = Qualifier::None;
        int coreStart = i;
        if (kind & BeginsQualifier) {
            for (const int index : starter->qualifiers) {
                const auto &q = qualifiers[index];
                if (matchWords(tokens, i, q.first, 1)) {
                    qualifier = q.second;
                    coreStart = i + q.first.size();
                    break;
                }
            }
        }
        std::optional<Core> core;
        if (qualifier != Qualifier::None) {
            if (coreStart < n && mayStartCore(coreStart, starterKind(coreStart)))
                core = readCore(tokens, coreStart, m_vague);
            // "some" and "about" before a vague word or nothing: not a qualifier.
            if (!core || (core->vague && qualifier == Qualifier::About)) {
                qualifier = Qualifier::None;
                coreStart = i;
                core.reset();
            }
        }
        // A word that only begins a qualifier ("in" of "in excess of", "at", "as", "more") is
        // no number itself: readCore() would turn it away after a dozen look-ups.
        if (!core && mayStartCore(i, kind))
            core = readCore(tokens, coreStart, m_vague);
        if (!core) {
            ++i;
            continue;
        }

        // Range: "N to M", "N or M", "N-M", "between N and M".
        std::optional<Core> upper;
        int last = core->last;
        if (!core->vague && !core->article) {
            const QStringView joiner = normAt(core->last + 1);
            const bool joins = qualifier == Qualifier::Between
                ? joiner == QLatin1String("and")
                : (joiner == QLatin1String("to") || joiner == QLatin1String("or")
                    || joiner == QLatin1String("-") || joiner == QStringView(u"\u2013"));
            if (joins) {
                upper = readCore(tokens, core->last + 2, m_vague);
                if (upper && (upper->vague || upper->article || upper->value < core->value))
                    upper.reset();
                if (upper)
                    last = upper->last;
            }
        }
        if (qualifier == Qualifier::Between && !upper) {
            ++i;
            continue;
        }

        // What follows and precedes decides whether this is a count at all.
        const Token &first = tokens[core->first];
        const QStringView before = normAt(core->first - 1);
        const QStringView after = normAt(last + 1);
        bool count = true;
        if (before == QLatin1String("$") || before == QStringView(u"\u20AC")
            || before == QStringView(u"\u00A3") || before == QLatin1String("us$")
            || before == QLatin1String("usd"))
            count = false;
        const quint8 beforeWord = core->first > 0 ? contextOf(tokens[core->first - 1]) : 0;
        const quint8 afterWord = last + 1 < n ? contextOf(tokens[last + 1]) : 0;
        if (afterWord & MoneyOrMeasure)
            count = false;
        if (beforeWord & Month)
            count = false;
        if (afterWord & Month)
            count = false;
        if (after == QLatin1String(":") && last + 2 < n && tokens[last + 2].numeric)
            count = false;
        if (qualifier == Qualifier::None && (beforeWord & Label))
            count = false;
        if (before == QLatin1String(":"))
            count = false; // the minutes of "10:30"
        if (first.norm == QLatin1String("one")
            && (before == QLatin1String("no") || before == QLatin1String("every")
                || before == QLatin1String("each") || before == QLatin1String("any")
                || before == QLatin1String("which") || before == QLatin1String("this")
                || before == QLatin1String("that") || before == QLatin1String("the")
                || after == QLatin1String("day") || after == QLatin1String("another")
                || after == QLatin1String("by") || after == QLatin1String("side")
                || after == QLatin1String("hand")))
            count = false;
        if (core->yearLike) {
            // A year unless people follow it and nothing before it reads as a year cue.
            int k = last + 1;
            while (k < n && k <= last + 2 && tokens[k].word && !isPeopleNoun(tokens[k].norm))
                ++k;
            const bool peopleFollow = k < n && isPeopleNoun(tokens[k].norm);
            if (!peopleFollow || (qualifier == Qualifier::None && (beforeWord & YearCue)))
                count = false;
        }
        if (!count) {
            i = last + 1;
            continue;
        }

        NumberPhrase phrase;
        phrase.start = tokens[i].start;
        phrase.end = tokens[last].end;
        phrase.valueStart = first.start;
        phrase.oneMore = core->oneMore;
        const qint64 v = core->value;
        if (upper) {
            phrase.precision = Precision::Range;
            phrase.low = v;
            phrase.best = v;
            phrase.high = upper->value;
        } else {
            switch (qualifier) {
            case Qualifier::AtLeast:
            case Qualifier::Over:
                phrase.precision = Precision::AtLeast;
                phrase.low = v;
                phrase.best = v;
                break;
            case Qualifier::MoreThan:
                phrase.precision = Precision::AtLeast;
                phrase.low = v + 1;
                phrase.best = v + 1;
                break;
            case Qualifier::AtMost:
                phrase.precision = Precision::AtMost;
                phrase.best = v;
                phrase.high = v;
                phrase.bestNeedsReview = true;
                break;
            case Qualifier::LessThan:
                phrase.precision = Precision::AtMost;
                phrase.best = v - 1;
                phrase.high = v - 1;
                phrase.bestNeedsReview = true;
                break;
            case Qualifier::About:
                phrase.precision = Precision::Approximate;
                phrase.best = v;
                break;
            case Qualifier::None:
            case Qualifier::Between:
                if (core->vague) {
                    phrase.precision = Precision::Vague;
                    phrase.low = v;
                    phrase.best = v;
                } else {
                    phrase.precision = Precision::Exact;
                    phrase.low = v;
                    phrase.best = v;
                    phrase.high = v;
                }
                break;
            }
        }
        phrases.append(phrase);
        i = last + 1;
    }
}
