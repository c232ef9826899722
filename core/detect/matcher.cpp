#include "core/detect/matcher.h"

#include "core/detect/textfolder.h"
#include "core/kb/knowledgebase.h"

#include <QChar>
#include <QHash>

#include <algorithm>
#include <cstdint>
#include <vector>

// How the automaton works
// -----------------------
// Character classes. Every UTF-16 unit maps through one 65,536-entry table (the TextFolder
// fold composed with the alias alphabet) to a class: one class per distinct folded unit that
// occurs in some alias key, plus OtherSep (any other non-letter/digit), OtherWord (any other
// letter or digit), Ignorable (combining marks, tatweel) and Boundary, a virtual class that
// no text unit maps to.
//
// Whole words inside the automaton. Every alias key is compiled as Boundary + key, with one
// more Boundary after each non-word unit of the key ("al qaeda" -> ^al ^qaeda, "u.s." ->
// ^u.^s.^). The scan behaves as if a Boundary followed every non-word unit of the text and
// preceded its first unit: the table entry of a non-word class is the two steps δ(δ(s, c),
// Boundary) folded into one. A match can therefore only start at the start of a word, and a
// word like "this" never reaches the state of the alias "is": accepting states are rare,
// which keeps the inner loop free of work. The end of a word is checked when a state accepts
// (the next non-ignorable unit must not be a letter or digit).
//
// Ignorable units are a self-loop (the table row keeps the state, without re-reporting a
// match). Because of them a match's length in text units can exceed its key's length, so the
// start of a match is found by walking back over the text, counting non-ignorable units.
//
// Table layout. The states up to depth D (Matcher::DenseDepth levels, fewer if the budget is
// exceeded) are the first K ids and have a full row of C entries in one flat array. They are numbered in
// depth-first order, so that walking down one alias touches neighbouring rows: with tens of
// thousands of aliases the table is larger than the caches, and breadth-first numbering made
// every step into a long name a cache miss. Measured on the synthetic benchmark (20,000
// aliases, names about one word in 25): all states dense 92 MB/s, dense up to depth 12
// 159 MB/s, depth 5 160 MB/s, depth 3 162 MB/s; the deep states are reached only by text
// that spells out a long alias prefix, and their compact edge lists, numbered depth-first,
// are read sequentially. In the flat array the scan keeps the *row offset* s*C of a dense state instead of s, so a step is
// dense[s + class] with no multiplication. The high bit of an entry says "this state accepts".
// States deeper than D (deep in long aliases, rarely reached by text) keep only their trie edges and
// their failure link; a step from them follows failure links until it reaches a dense state.
// Such a state is encoded as K*C + (s - K), so one comparison tells the two kinds apart.
// The bundled knowledge base has about 960 names, a small automaton either way.

namespace {

constexpr std::uint32_t AcceptBit = 0x80000000u;
constexpr std::uint32_t StateMask = 0x7fffffffu;
constexpr int OtherSep = 0;
constexpr int OtherWord = 1;
constexpr int IgnorableClass = 2;
constexpr int Boundary = 3;
constexpr int FirstAlphabetClass = 4;

struct Candidate
{
    int entry = 0;
    QString alias;
    bool caseSensitive = false;
    bool adjective = false;
};

struct Span
{
    int start;
    int end;
    int pattern;
    bool capitals; // no lower-case letter in the span (for case-sensitive aliases)
};

struct Pattern
{
    int length = 0; // text units (ignorables excluded)
    int firstCandidate = 0;
    int candidateCount = 0;
    bool anyCaseSensitive = false;
};

// Short all-capital acronyms match only in capitals (see the header).
bool isCaseSensitiveAlias(const QString &alias)
{
    int letters = 0;
    for (const QChar ch : alias) {
        if (!ch.isLetter())
            continue;
        if (!ch.isUpper())
            return false;
        ++letters;
    }
    return letters >= 1 && letters <= 3;
}

} // namespace

struct Matcher::Data
{
    QList<KbEntry> entries;
    std::vector<Pattern> patterns;
    std::vector<Candidate> candidates;

    std::vector<std::uint16_t> classOf; // 65,536 entries: UTF-16 unit -> class
    std::vector<std::uint8_t> classIsWord;
    std::uint32_t classCount = 0; // C
    std::uint32_t denseCount = 0; // K
    std::uint32_t denseLimit = 0; // K * C: encoded values below it are dense row offsets
    std::uint32_t stateCount = 0;
    std::uint32_t initial = 0; // encoded start state (after the virtual leading Boundary)

    std::vector<std::uint32_t> dense;      // K*C entries: encoded target | AcceptBit
    std::vector<std::uint32_t> edgeStart;  // per state: first trie edge (CSR), size N+1
    std::vector<std::uint16_t> edgeClass;
    std::vector<std::uint32_t> edgeTarget; // state ids
    std::vector<std::uint32_t> fail;       // state ids
    std::vector<std::int32_t> terminal;    // pattern id or -1
    std::vector<std::int32_t> dictLink;    // nearest terminal state on the failure chain, or -1
    std::vector<std::uint8_t> accepts;

    std::uint32_t encode(std::uint32_t state) const
    {
        return state < denseCount ? state * classCount : denseLimit + (state - denseCount);
    }
    std::uint32_t decode(std::uint32_t encoded) const
    {
        encoded &= StateMask;
        return encoded < denseLimit ? encoded / classCount : denseCount + (encoded - denseLimit);
    }
    std::uint32_t flagged(std::uint32_t state) const
    {
        return encode(state) | (accepts[state] ? AcceptBit : 0u);
    }

    std::int64_t findEdge(std::uint32_t state, std::uint32_t cls) const
    {
        for (std::uint32_t e = edgeStart[state]; e < edgeStart[state + 1]; ++e) {
            if (edgeClass[e] == cls)
                return edgeTarget[e];
        }
        return -1;
    }

    // Raw Aho-Corasick step by the Boundary class (the Boundary column of the table is raw).
    std::uint32_t rawBoundaryStep(std::uint32_t state) const
    {
        while (state >= denseCount) {
            const std::int64_t target = findEdge(state, Boundary);
            if (target >= 0)
                return std::uint32_t(target);
            state = fail[state];
        }
        return decode(dense[state * classCount + Boundary]);
    }

    // The scan's step from a sparse state (encoded value >= denseLimit).
    std::uint32_t slowStep(std::uint32_t encoded, std::uint32_t cls) const
    {
        std::uint32_t state = decode(encoded);
        if (cls == IgnorableClass)
            return encode(state);
        while (state >= denseCount) {
            const std::int64_t target = findEdge(state, cls);
            if (target >= 0) {
                std::uint32_t next = std::uint32_t(target);
                if (!classIsWord[cls])
                    next = rawBoundaryStep(next);
                return flagged(next);
            }
            state = fail[state];
        }
        // A dense state's entry already holds the combined step and the accept flag.
        return dense[state * classCount + cls];
    }

    void build(const std::vector<std::uint32_t> &breadthFirst);
    void scan(QStringView text, QList<Matcher::Match> *out) const;
    Q_NEVER_INLINE void collect(std::uint32_t encoded, qsizetype i, const char16_t *units,
                                qsizetype n, std::vector<Span> &spans) const;
};

Matcher::Matcher()
    : Matcher(KnowledgeBase())
{
}

Matcher::Matcher(const KnowledgeBase &kb, qint64 denseBudgetBytes)
{
    auto data = std::make_shared<Data>();
    data->entries = kb.entries();

    // Alias keys -> patterns, each with its candidate entries in rank order.
    QHash<QString, int> patternOf;
    std::vector<std::vector<Candidate>> perPattern;
    std::vector<QString> keys;
    const QList<KbEntry> &entries = data->entries;
    for (int i = 0; i < entries.size(); ++i) {
        const KbEntry &entry = entries.at(i);
        const int nonAdjective = int(1 + entry.aliases.size());
        int n = 0;
        for (const QString &name : entry.allNames()) {
            const bool adjective = n++ >= nonAdjective;
            const QString key = TextFolder::key(name);
            if (key.isEmpty())
                continue;
            auto it = patternOf.constFind(key);
            int pattern;
            if (it == patternOf.constEnd()) {
                pattern = int(perPattern.size());
                patternOf.insert(key, pattern);
                perPattern.emplace_back();
                keys.push_back(key);
            } else {
                pattern = *it;
            }
            std::vector<Candidate> &list = perPattern[pattern];
            const bool known = std::any_of(list.begin(), list.end(),
                                           [&](const Candidate &c) { return c.entry == i; });
            if (!known)
                list.push_back({i, name, isCaseSensitiveAlias(name), adjective});
        }
    }
    data->patterns.resize(perPattern.size());
    for (std::size_t p = 0; p < perPattern.size(); ++p) {
        std::vector<Candidate> &list = perPattern[p];
        std::stable_sort(list.begin(), list.end(), [&](const Candidate &a, const Candidate &b) {
            return KnowledgeBase::ranksBefore(entries.at(a.entry), a.entry, entries.at(b.entry),
                                              b.entry);
        });
        Pattern &pattern = data->patterns[p];
        pattern.length = int(keys[p].size());
        pattern.firstCandidate = int(data->candidates.size());
        pattern.candidateCount = int(list.size());
        for (const Candidate &c : list) {
            pattern.anyCaseSensitive = pattern.anyCaseSensitive || c.caseSensitive;
            data->candidates.push_back(c);
        }
    }

    // The alphabet: one class per distinct folded unit of the keys.
    std::vector<std::uint16_t> unitClass(0x10000, 0);
    std::uint32_t classCount = FirstAlphabetClass;
    data->classIsWord = {0, 1, 0, 0};
    for (const QString &key : keys) {
        for (const QChar ch : key) {
            if (unitClass[ch.unicode()] == 0) {
                unitClass[ch.unicode()] = std::uint16_t(classCount++);
                data->classIsWord.push_back(TextFolder::isWordUnit(ch.unicode()) ? 1 : 0);
            }
        }
    }
    data->classCount = classCount;
    data->classOf.resize(0x10000);
    const char16_t *fold = TextFolder::table();
    for (std::uint32_t u = 0; u < 0x10000; ++u) {
        const char16_t f = fold[u];
        if (f == TextFolder::Ignorable)
            data->classOf[u] = IgnorableClass;
        else if (unitClass[f] != 0)
            data->classOf[u] = unitClass[f];
        else
            data->classOf[u] = TextFolder::isWordUnit(f) ? OtherWord : OtherSep;
    }

    // The trie, in insertion order (first-child / next-sibling lists).
    std::vector<std::uint32_t> firstChild{0}, nextSibling{0};
    std::vector<std::uint16_t> inClass{0};
    std::vector<std::int32_t> terminalOf{-1};
    auto child = [&](std::uint32_t node, std::uint16_t cls) -> std::uint32_t {
        for (std::uint32_t c = firstChild[node]; c != 0; c = nextSibling[c]) {
            if (inClass[c] == cls)
                return c;
        }
        const auto created = std::uint32_t(inClass.size());
        inClass.push_back(cls);
        firstChild.push_back(0);
        nextSibling.push_back(firstChild[node]);
        terminalOf.push_back(-1);
        firstChild[node] = created;
        return created;
    };
    for (std::size_t p = 0; p < keys.size(); ++p) {
        std::uint32_t node = child(0, Boundary);
        for (const QChar ch : keys[p]) {
            const std::uint16_t cls = unitClass[ch.unicode()];
            node = child(node, cls);
            if (!data->classIsWord[cls])
                node = child(node, Boundary);
        }
        terminalOf[node] = std::int32_t(p);
    }

    // Numbering. The dense states are those up to a depth D chosen so that their rows fit
    // the budget; they get the first ids, in depth-first preorder, so that the states along
    // one alias lie in neighbouring rows (a name in the text walks down consecutive memory
    // instead of jumping across the table). The deeper, sparse states follow.
    const auto n = std::uint32_t(inClass.size());
    std::vector<std::uint32_t> bfs; // insertion ids in breadth-first order
    std::vector<std::uint32_t> depth(n, 0);
    bfs.reserve(n);
    bfs.push_back(0);
    for (std::size_t i = 0; i < bfs.size(); ++i) {
        for (std::uint32_t c = firstChild[bfs[i]]; c != 0; c = nextSibling[c]) {
            depth[c] = depth[bfs[i]] + 1;
            bfs.push_back(c);
        }
    }
    const qint64 rowBytes = qint64(classCount) * 4;
    const qint64 budgetRows = std::max<qint64>(1, denseBudgetBytes / rowBytes);
    const std::uint32_t maxDenseDepthLimit = Matcher::DenseDepth;
    std::uint32_t maxDenseDepth = 0;
    std::uint32_t denseCount = 1;
    for (std::size_t i = 0; i < bfs.size();) {
        const std::uint32_t d = depth[bfs[i]];
        if (d > maxDenseDepthLimit)
            break;
        std::size_t j = i;
        while (j < bfs.size() && depth[bfs[j]] == d)
            ++j;
        if (qint64(j) > budgetRows)
            break;
        maxDenseDepth = d;
        denseCount = std::uint32_t(j);
        i = j;
    }
    std::vector<std::uint32_t> newId(n, 0);
    std::vector<std::uint32_t> oldId(n, 0);
    {
        // One depth-first walk; dense and sparse states are numbered from two counters, so
        // both parts list the states of one alias next to each other.
        std::uint32_t nextDense = 0;
        std::uint32_t nextSparse = denseCount;
        std::vector<std::uint32_t> stack{0};
        while (!stack.empty()) {
            const std::uint32_t node = stack.back();
            stack.pop_back();
            const std::uint32_t id = depth[node] <= maxDenseDepth ? nextDense++ : nextSparse++;
            newId[node] = id;
            oldId[id] = node;
            for (std::uint32_t c = firstChild[node]; c != 0; c = nextSibling[c])
                stack.push_back(c);
        }
    }
    data->stateCount = n;
    data->denseCount = denseCount;
    data->edgeStart.assign(n + 1, 0);
    data->edgeClass.reserve(n);
    data->edgeTarget.reserve(n);
    data->terminal.assign(n, -1);
    for (std::uint32_t i = 0; i < n; ++i) {
        data->edgeStart[i] = std::uint32_t(data->edgeClass.size());
        data->terminal[i] = terminalOf[oldId[i]];
        for (std::uint32_t c = firstChild[oldId[i]]; c != 0; c = nextSibling[c]) {
            data->edgeClass.push_back(inClass[c]);
            data->edgeTarget.push_back(newId[c]);
        }
    }
    data->edgeStart[n] = std::uint32_t(data->edgeClass.size());
    for (std::uint32_t &node : bfs)
        node = newId[node];
    // Free the insertion-order trie before the table is allocated.
    std::vector<std::uint32_t>().swap(firstChild);
    std::vector<std::uint32_t>().swap(nextSibling);
    std::vector<std::uint16_t>().swap(inClass);
    std::vector<std::int32_t>().swap(terminalOf);
    std::vector<std::uint32_t>().swap(depth);
    std::vector<std::uint32_t>().swap(oldId);
    std::vector<std::uint32_t>().swap(newId);

    data->build(bfs);
    m_data = std::move(data);
}

void Matcher::Data::build(const std::vector<std::uint32_t> &breadthFirst)
{
    const std::uint32_t n = stateCount;
    const std::uint32_t C = classCount;
    denseLimit = denseCount * C;
    dense.assign(std::size_t(denseCount) * C, 0);
    fail.assign(n, 0);
    dictLink.assign(n, -1);
    accepts.assign(n, 0);

    // During the build the table holds raw Aho-Corasick transitions as plain state ids.
    auto rawStep = [&](std::uint32_t state, std::uint32_t cls) -> std::uint32_t {
        while (state >= denseCount) {
            const std::int64_t target = findEdge(state, cls);
            if (target >= 0)
                return std::uint32_t(target);
            state = fail[state];
        }
        return dense[std::size_t(state) * C + cls];
    };

    // States are visited in breadth-first order: a state's failure target is shallower, so
    // its row and links are complete when the state is reached. A dense state's failure
    // target is dense too (the dense states are all those up to some depth).
    for (const std::uint32_t s : breadthFirst) {
        if (s < denseCount) {
            std::uint32_t *row = dense.data() + std::size_t(s) * C;
            if (s != 0)
                std::copy_n(dense.data() + std::size_t(fail[s]) * C, C, row);
            for (std::uint32_t e = edgeStart[s]; e < edgeStart[s + 1]; ++e)
                row[edgeClass[e]] = edgeTarget[e];
        }
        for (std::uint32_t e = edgeStart[s]; e < edgeStart[s + 1]; ++e) {
            const std::uint32_t t = edgeTarget[e];
            fail[t] = s == 0 ? 0 : rawStep(fail[s], edgeClass[e]);
            const std::uint32_t f = fail[t];
            dictLink[t] = terminal[f] >= 0 ? std::int32_t(f) : dictLink[f];
            accepts[t] = (terminal[t] >= 0 || dictLink[t] >= 0) ? 1 : 0;
        }
    }

    const std::uint32_t start = rawStep(0, Boundary);
    // Fold the virtual Boundary into the columns of the non-word classes; Boundary stays raw.
    for (std::uint32_t s = 0; s < denseCount; ++s) {
        std::uint32_t *row = dense.data() + std::size_t(s) * C;
        for (std::uint32_t c = 0; c < C; ++c) {
            if (classIsWord[c] || c == Boundary || c == IgnorableClass)
                continue;
            const std::uint32_t t = row[c];
            row[c] = rawStep(t, Boundary);
        }
    }
    // Encode: row offsets, sparse ids past K*C, the accept bit; ignorables loop silently.
    for (std::uint32_t s = 0; s < denseCount; ++s) {
        std::uint32_t *row = dense.data() + std::size_t(s) * C;
        for (std::uint32_t c = 0; c < C; ++c)
            row[c] = flagged(row[c]);
        row[IgnorableClass] = encode(s);
    }
    initial = encode(start);
}

// Called when the state after unit i accepts: every pattern on its output chain ends at i.
// Kept out of line so that the scan loop keeps its few variables in registers.
void Matcher::Data::collect(std::uint32_t encoded, qsizetype i, const char16_t *units, qsizetype n,
                            std::vector<Span> &spans) const
{
    const std::uint16_t *cls = classOf.data();
    qsizetype end = i + 1;
    while (end < n && cls[units[end]] == IgnorableClass)
        ++end;
    if (end < n && classIsWord[cls[units[end]]])
        return; // the word goes on: not a whole-word match
    const std::uint32_t state = decode(encoded);
    for (std::int32_t o = terminal[state] >= 0 ? std::int32_t(state) : dictLink[state]; o >= 0;
         o = dictLink[o]) {
        const int p = terminal[o];
        const Pattern &pattern = patterns[p];
        qsizetype start = i + 1;
        for (int left = pattern.length; left > 0;) {
            --start;
            if (cls[units[start]] != IgnorableClass)
                --left;
        }
        bool capitals = true;
        if (pattern.anyCaseSensitive) {
            for (qsizetype k = start; k < end && capitals; ++k)
                capitals = !QChar::isLower(units[k]);
            if (!capitals) {
                const Candidate *c = candidates.data() + pattern.firstCandidate;
                const bool anyLeft = std::any_of(c, c + pattern.candidateCount,
                                                 [](const Candidate &x) { return !x.caseSensitive; });
                if (!anyLeft)
                    continue;
            }
        }
        spans.push_back({int(start), int(end), p, capitals});
    }
}

void Matcher::Data::scan(QStringView text, QList<Matcher::Match> *out) const
{
    std::vector<Span> spans;
    const char16_t *units = text.utf16();
    const auto n = qsizetype(text.size());
    const std::uint16_t *cls = classOf.data();
    const std::uint32_t *table = dense.data();
    const std::uint32_t limit = denseLimit;

    // The inner loop: one class look-up and one table look-up per unit.
    std::uint32_t s = initial;
    for (qsizetype i = 0; i < n; ++i) {
        const std::uint32_t c = cls[units[i]];
        std::uint32_t next = s < limit ? table[s + c] : slowStep(s, c);
        if (Q_UNLIKELY(next & AcceptBit)) {
            next &= StateMask;
            collect(next, i, units, n, spans);
        }
        s = next;
    }
    if (spans.empty())
        return;

    // Leftmost-longest, non-overlapping.
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    int taken = 0;
    for (const Span &span : spans) {
        if (span.start < taken)
            continue;
        taken = span.end;
        const Pattern &pattern = patterns[span.pattern];
        Match match;
        match.start = span.start;
        match.end = span.end;
        for (int k = 0; k < pattern.candidateCount; ++k) {
            const Candidate &candidate = candidates[pattern.firstCandidate + k];
            if (candidate.caseSensitive && !span.capitals)
                continue;
            const KbEntry *entry = &entries.at(candidate.entry);
            if (!match.entry) {
                match.entry = entry;
                match.alias = candidate.alias;
                match.adjective = candidate.adjective;
            } else {
                match.alternatives.append(entry);
            }
        }
        out->append(match);
    }
}

QList<Matcher::Match> Matcher::find(QStringView text) const
{
    QList<Match> result;
    m_data->scan(text, &result);
    return result;
}

Matcher::Statistics Matcher::statistics() const
{
    const Data &d = *m_data;
    Statistics stats;
    stats.patterns = int(d.patterns.size());
    stats.states = int(d.stateCount);
    stats.denseStates = int(d.denseCount);
    stats.classes = int(d.classCount);
    stats.bytes = qint64(d.dense.size()) * 4 + qint64(d.classOf.size()) * 2
                  + qint64(d.edgeStart.size() + d.edgeTarget.size() + d.fail.size()
                           + d.terminal.size() + d.dictLink.size())
                        * 4
                  + qint64(d.edgeClass.size()) * 2 + qint64(d.accepts.size())
                  + qint64(d.patterns.size()) * qint64(sizeof(Pattern))
                  + qint64(d.candidates.size()) * qint64(sizeof(Candidate));
    return stats;
}

const QList<KbEntry> &Matcher::entries() const
{
    return m_data->entries;
}
