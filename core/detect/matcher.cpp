#include "core/detect/matcher.h"

#include "core/detect/textfolder.h"
#include "core/kb/knowledgebase.h"

#include <QChar>
#include <QHash>

#include <algorithm>
#include <cstdint>
#include <vector>

#if defined(__SSE2__) && defined(__GNUC__) && defined(__x86_64__)
#include <emmintrin.h>
#define CWB_MATCHER_SSE2 1
#endif

// How the scan works
// ------------------
// Tokens. Matches are whole words, so the text is read as a sequence of tokens over its
// non-ignorable units: a *word* is a maximal run of letters/digits (after the fold), with the
// ignorable units (combining marks, tatweel) inside or after it belonging to it; every other
// unit is a *separator* token of its own, again with the ignorable units after it. An alias
// key ("al qaeda", "u.s.") is cut the same way ([al][ ][qaeda], [u][.][s][.]). A key matches
// at a token when the next tokens spell the key's folded text token for token, so a match
// starts and ends at word boundaries by construction. The two rules left over are checked
// where they apply: a key that starts with a separator needs a separator (or the start of the
// text) before it, and one that ends with a separator needs a non-word unit (or the end)
// after it. Leftmost-longest: tokens are tried left to right, the walk from a token keeps the
// deepest alias that passes the end and capitals rules, and the scan resumes after it; that
// is the span the former collect-all-then-sort-by-(start, -end) selection chose.
//
// Hashes. A token's hash covers its folded units, eight to a step (two 64-bit blocks, two
// independent multiplies), the length mixed in at the end. Tables hold its high half (the
// fingerprint); the hash only narrows the search, the text decides (see "Verification").
//
// The trie. Nodes are numbered depth-first, so a node's first child is the next node: an only
// child needs no list (the node holds its fingerprint) and a walk down a long name reads
// consecutive nodes. A node with 2-4 children has a sorted list; with more, an open-addressing
// table of twice as many slots (the root's table holds every first word). The insertion trie
// is built with a temporary (parent, hash) table and then laid out.
//
// The inner loop (SSE2; other targets and keys that start with a separator use the unit loop).
// 64 UTF-16 units are classified at once into a 64-bit mask of ASCII letters/digits; every
// word's start and length come from bit scans, and a word of up to eight units is folded
// (| 0x20), masked and hashed from one 16-byte load. The hash's low bits index a bit filter of
// the first words (16 bits per first word: 16 kB for 20,000 aliases, 64 kB for 100,000); only a
// word that passes probes the root table and walks. Units that are not ASCII (accents, Arabic,
// curly quotes, marks) go through the unit loop — a 65,536-entry table giving the folded unit
// or "separator"/"ignorable" in one look-up — for just the token they are in.
//
// Verification. A walk compares fingerprints only (siblings that share one are flagged and
// compare text), and the span it keeps is then compared with its key once: the terminal
// node's text points at the end of its pattern's key in the pool, read backwards to the
// Ignorable that precedes every key. If a fingerprint collision led the walk astray the span
// does not spell its key and the walk is repeated comparing every token's text, so a hash
// collision can cost time but never change a result. Match objects are made only for the
// spans kept, after the scan, into a list reserved to size; candidates[p] is pattern p's best
// candidate so that usually one record (prefetched a few spans ahead) is read per match.
//
// What was measured (21 MB synthetic corpus of `cwb bench match`, one core of a 2-core EPYC
// shared with other builds; "CPU" = thread CPU time, best of 5 in a harness with this file
// swapped, runs interleaved with the old matcher to cancel the load; MB/s of UTF-8 input):
//                                                     20,000 aliases   100,000 aliases
//   Aho-Corasick DFA, dense rows to depth 5 (before)     153-191           113-122
//   words + trie in one (parent, hash) edge table,
//     text compared at every step, 8 units per SSE2
//     load inside the word loop                          ~0.85x before  ~1.0x before
//     (each step cost three cache misses: slot, node, text; ~6.5% of the words start a walk
//      in this corpus because its made-up words share syllables with the aliases)
//   depth-first trie, fingerprint walk, verify once,
//     64-unit masks, first-word bit filter                246-274           159-204
//   + verify through the terminal node, candidates[p],
//     prefetch while making matches                       261-313           173-230
//   + non-ASCII tokens alone to the unit loop             (same within noise; helps texts
//                                                          with many curly quotes)
// Tried and dropped (no difference beyond noise): 32 filter bits per first word; a 32-bit
// mask of the children's fingerprints in every node; building matches in place. Stage costs
// at 20,000 aliases (CPU ms per 21 MB): word split + hash ~36, filter ~10, root probe ~5-9,
// walks ~20-35 (60-75 at 100,000: the trie no longer fits the caches), Match objects ~15.
// Build: 35-45 ms for 20,000 aliases, 190-230 ms for 100,000 (was 37-47 and 245-300).

namespace {

// ---- Unit codes ------------------------------------------------------------------------

// One look-up per unit: 0 for a separator (a non-word unit), 1 for an ignorable unit, and
// otherwise the folded unit itself, which is then a letter or digit (never below U+0030).
constexpr char16_t SeparatorCode = 0;
constexpr char16_t IgnorableCode = 1;

struct UnitCodes
{
    std::vector<char16_t> code;
    UnitCodes()
        : code(0x10000)
    {
        const char16_t *fold = TextFolder::table();
        for (std::uint32_t u = 0; u < 0x10000; ++u) {
            const char16_t f = fold[u];
            if (f == TextFolder::Ignorable)
                code[u] = IgnorableCode;
            else if (TextFolder::isWordUnit(f))
                code[u] = f;
            else
                code[u] = SeparatorCode;
        }
    }
};

const char16_t *unitCodes()
{
    static const UnitCodes codes;
    return codes.code.data();
}

// ---- Token hash --------------------------------------------------------------------------

constexpr std::uint64_t HashSeed = 0x243F6A8885A308D3ull;

// One step per eight units, given as two 64-bit blocks of four units (little end first).
// The two multiplications are independent, so a short word costs one multiply latency.
inline std::uint64_t mixEight(std::uint64_t h, std::uint64_t low, std::uint64_t high)
{
    const std::uint64_t x = (h ^ low) * 0x9E3779B97F4A7C15ull;
    const std::uint64_t y = (high ^ 0x452821E638D01377ull) * 0xC2B2AE3D27D4EB4Full;
    const std::uint64_t z = x ^ y;
    return (z << 27) | (z >> 37);
}

inline std::uint64_t finishHash(std::uint64_t h, std::uint32_t length)
{
    h ^= std::uint64_t(length) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
    return h;
}

// The hash of a token's folded units, fed one unit at a time: eight units to a step (the last
// step zero-padded), the length mixed in at the end. The block scan computes the same value
// from whole 16-byte loads (Data::scanWords).
struct TokenHash
{
    std::uint64_t h = HashSeed;
    std::uint64_t block[2] = {0, 0};
    std::uint32_t fill = 0; // units in block, 0..7
    std::uint32_t length = 0;

    void add(char16_t unit)
    {
        block[fill >> 2] |= std::uint64_t(unit) << (16 * (fill & 3));
        ++length;
        if (++fill == 8) {
            h = mixEight(h, block[0], block[1]);
            block[0] = block[1] = 0;
            fill = 0;
        }
    }
    std::uint64_t finish() const
    {
        return finishHash(fill ? mixEight(h, block[0], block[1]) : h, length);
    }
};

// ---- Build-time data ---------------------------------------------------------------------

struct Candidate
{
    int entry = 0;
    QString alias;
    bool caseSensitive = false;
    bool adjective = false;
    bool more = false; // the pattern has other candidates
};

// Data::candidates[p] is the best candidate of pattern p, so that making a Match usually reads
// one record; a pattern with more candidates lists the others from `moreFirst`.

struct Pattern
{
    std::uint32_t keyOffset = 0; // the key's folded units in Data::pool
    std::uint32_t keyLength = 0;
    int moreFirst = 0;           // in Data::moreCandidates
    int moreCount = 0;
    bool anyCaseSensitive = false;
    bool allCaseSensitive = false;
    bool endsWithWord = true;
};

// A span kept by the scan; Match objects are made from these at the end.
struct Span
{
    int start;
    int end;
    int pattern;
    bool capitals; // no lower-case letter in the span (for case-sensitive aliases)
};

// A token of the text: [start, end) with the ignorable units after it, its hash and kind.
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    std::uint64_t hash = 0;
    bool word = false;
};

// One trie node, in depth-first order: the token on the edge into it (its folded units in
// Data::pool), the pattern that ends here and where its children are. In depth-first order a
// node's first child is the next node, so an only child needs no list: the node holds its
// fingerprint, and a walk down the single-child chain of a long alias reads consecutive nodes.
struct Node
{
    std::int32_t pattern = -1;
    std::uint32_t childCount = 0;
    std::uint32_t childStart = 0; // more than one child: first entry in Data::children
    std::uint32_t childKey = 0;   // one child: its fingerprint; more: the size of their hash
                                  // table (0: a list sorted by fingerprint)
    std::uint32_t textOffset = 0;
    std::uint32_t textLength : 27;
    std::uint32_t word : 1;
    std::uint32_t ambiguous : 1;     // a sibling has the same fingerprint: compare the text
    std::uint32_t caseSensitive : 1; // the pattern has a case-sensitive candidate...
    std::uint32_t caseOnly : 1;      // ...and only such candidates
    std::uint32_t unused : 1;
    Node()
        : textLength(0), word(0), ambiguous(0), caseSensitive(0), caseOnly(0), unused(0)
    {
    }
};

// An entry of a child list or child table: the high half of the token hash and the node.
// Node 0 (the root) is never a child and marks an empty slot.
struct Child
{
    std::uint32_t fingerprint;
    std::uint32_t node;
};

// Build-time edge of the insertion trie, in an open-addressing table keyed by (parent, hash).
struct Edge
{
    std::uint32_t parent;
    std::uint32_t child;
    std::uint64_t hash;
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

std::uint32_t tableSize(std::size_t items)
{
    std::uint32_t size = 16;
    while (size < items * 2)
        size *= 2;
    return size;
}

inline std::uint32_t edgeSlot(std::uint32_t parent, std::uint64_t hash, std::uint32_t mask)
{
    return std::uint32_t(hash ^ (std::uint64_t(parent) * 0xC2B2AE3D27D4EB4Full >> 17)) & mask;
}


} // namespace

struct Matcher::Data
{
    QList<KbEntry> entries;
    std::vector<Pattern> patterns;
    std::vector<Candidate> candidates;     // one per pattern, the best
    std::vector<Candidate> moreCandidates; // the others, best first

    const char16_t *code = unitCodes(); // shared, built once
    const char16_t *fold = TextFolder::table();
    std::vector<char16_t> pool;         // the keys' folded units, each after an Ignorable
    std::vector<Node> nodes;            // node 0 is the root; depth-first order
    std::vector<Child> children;        // child lists and tables, in the order of the nodes
    std::uint32_t firstWordCount = 0;   // distinct first words (word children of the root)
    std::uint32_t hashedNodes = 0;      // nodes whose children are a hash table
    bool separatorStarts = false;       // some key starts with a separator token
    std::vector<std::uint64_t> filter;  // bit (hash & filterMask): some first word has it
    std::uint32_t filterMask = 0;

    // False when no alias starts with a word of this hash (true for some others too).
    bool mayStart(std::uint64_t hash) const
    {
        const auto bit = std::uint32_t(hash) & filterMask;
        return (filter[bit >> 6] >> (bit & 63)) & 1u;
    }

    // Does a text token spell the folded units of node's token?
    bool sameText(const Node &node, const char16_t *units, const Token &token) const
    {
        const char16_t *expected = pool.data() + node.textOffset;
        if (!token.word)
            return !node.word && node.textLength == 1 && fold[units[token.start]] == expected[0];
        if (!node.word)
            return false;
        std::uint32_t j = 0;
        for (qsizetype k = token.start; k < token.end; ++k) {
            const char16_t c = code[units[k]];
            if (c == IgnorableCode)
                continue;
            if (j == node.textLength || c != expected[j])
                return false;
            ++j;
        }
        return j == node.textLength;
    }

    // The child of `parent` reached by a text token, 0 when there is none. Without Verify
    // the fingerprint decides unless siblings share it; the span found is verified later.
    template<bool Verify>
    std::uint32_t childOf(const Node &parent, const char16_t *units, const Token &token) const
    {
        const auto fingerprint = std::uint32_t(token.hash >> 32);
        const Child *list = children.data() + parent.childStart;
        auto fits = [&](std::uint32_t id) {
            const Node &node = nodes[id];
            return !(Verify || node.ambiguous) || sameText(node, units, token);
        };
        if (parent.childCount == 1) {
            const auto only = std::uint32_t(&parent - nodes.data()) + 1;
            return parent.childKey == fingerprint && fits(only) ? only : 0;
        }
        if (parent.childKey) {
            const std::uint32_t mask = parent.childKey - 1;
            for (std::uint32_t i = fingerprint & mask;; i = (i + 1) & mask) {
                if (list[i].node == 0)
                    return 0;
                if (list[i].fingerprint == fingerprint && fits(list[i].node))
                    return list[i].node;
            }
        }
        std::uint32_t i = 0;
        const std::uint32_t count = parent.childCount;
        if (count > 8) {
            i = std::uint32_t(std::lower_bound(list, list + count, fingerprint,
                                               [](const Child &c, std::uint32_t f) {
                                                   return c.fingerprint < f;
                                               })
                              - list);
        }
        for (; i < count && list[i].fingerprint <= fingerprint; ++i) {
            if (list[i].fingerprint == fingerprint && fits(list[i].node))
                return list[i].node;
        }
        return 0;
    }

    Token readToken(const char16_t *units, qsizetype n, qsizetype at) const;
    bool acceptable(const Node &node, const char16_t *units, qsizetype start, qsizetype end,
                    bool *capitals) const;
    bool spells(const Span &span, const Node &terminal, const char16_t *units) const;
    template<bool Verify>
    std::uint32_t longestFrom(const char16_t *units, qsizetype n, Token token,
                              std::uint32_t node, Span *span) const;
    Q_NEVER_INLINE bool tryToken(const char16_t *units, qsizetype n, const Token &token,
                                 Span *span) const;

    qsizetype scanRange(const char16_t *units, qsizetype n, qsizetype i, qsizetype limit,
                        std::vector<Span> &spans) const;
#ifdef CWB_MATCHER_SSE2
    void scanWords(const char16_t *units, qsizetype n, std::vector<Span> &spans) const;
#endif
    void scan(QStringView text, QList<Matcher::Match> *out) const;
    void layOut(const std::vector<std::uint32_t> &parentOf, const std::vector<Edge> &edges,
                qint64 hashBudgetBytes);
};

// The token at `at` (a non-ignorable unit).
Token Matcher::Data::readToken(const char16_t *units, qsizetype n, qsizetype at) const
{
    Token token;
    token.start = at;
    TokenHash hash;
    if (code[units[at]] == SeparatorCode) {
        hash.add(fold[units[at]]);
        ++at;
        while (at < n && code[units[at]] == IgnorableCode)
            ++at;
    } else {
        token.word = true;
        for (; at < n; ++at) {
            const char16_t c = code[units[at]];
            if (c == SeparatorCode)
                break;
            if (c != IgnorableCode)
                hash.add(c);
        }
    }
    token.end = at;
    token.hash = hash.finish();
    return token;
}

// The capitals rule: a case-sensitive candidate counts only when the span has no lower-case
// letter; a pattern none of whose candidates count is no match.
bool Matcher::Data::acceptable(const Node &node, const char16_t *units, qsizetype start,
                               qsizetype end, bool *capitals) const
{
    *capitals = true;
    if (!node.caseSensitive)
        return true;
    for (qsizetype k = start; k < end; ++k) {
        if (QChar::isLower(units[k])) {
            *capitals = false;
            break;
        }
    }
    return *capitals || !node.caseOnly;
}

// Is the folded text of the span, ignorable units left out, the key of the terminal node?
// The node's text lies at the end of its pattern's key in the pool, so the key is read
// backwards from there to the Ignorable that precedes every key.
bool Matcher::Data::spells(const Span &span, const Node &terminal, const char16_t *units) const
{
    const char16_t *key = pool.data() + terminal.textOffset + terminal.textLength;
    for (int k = span.end; k > span.start;) {
        const char16_t f = fold[units[--k]];
        if (f == TextFolder::Ignorable)
            continue;
        if (f != *--key)
            return false; // a key's first unit is preceded by Ignorable, which f never is
    }
    return key[-1] == TextFolder::Ignorable;
}

// The longest alias that starts with `token`, whose trie node is `node`.
template<bool Verify>
std::uint32_t Matcher::Data::longestFrom(const char16_t *units, qsizetype n, Token token,
                                         std::uint32_t node, Span *span) const
{
    const qsizetype start = token.start;
    std::uint32_t found = 0; // the terminal node of *span
    for (;;) {
        const Node &here = nodes[node];
        // A word token ends before a separator by construction; after a separator token the
        // next unit must not be a letter or digit (token.end is past the ignorable units).
        if (here.pattern >= 0
            && (token.word || token.end >= n || code[units[token.end]] == SeparatorCode)) {
            bool capitals = true;
            if (acceptable(here, units, start, token.end, &capitals)) {
                *span = {int(start), int(token.end), here.pattern, capitals};
                found = node;
                // Its key is compared with the text once the walk is over.
                __builtin_prefetch(pool.data() + here.textOffset);
            }
        }
        if (here.childCount == 0 || token.end >= n)
            return found;
        token = readToken(units, n, token.end);
        node = childOf<Verify>(here, units, token);
        if (node == 0)
            return found;
    }
}

// The longest alias starting with a token of the text (the first word of a name, or a
// separator when some key starts with one).
bool Matcher::Data::tryToken(const char16_t *units, qsizetype n, const Token &token,
                             Span *span) const
{
    std::uint32_t node = childOf<false>(nodes[0], units, token);
    if (node == 0)
        return false;
    const std::uint32_t terminal = longestFrom<false>(units, n, token, node, span);
    if (terminal == 0)
        return false;
    if (spells(*span, nodes[terminal], units))
        return true;
    // Two tokens with one fingerprint led the walk astray: walk again comparing the text.
    node = childOf<true>(nodes[0], units, token);
    return node != 0 && longestFrom<true>(units, n, token, node, span) != 0;
}

// Unit by unit through the code table, from `i` (a token boundary) until the first token
// boundary at or after `limit`; returns that position. The whole scan without SSE2 or when
// some key starts with a separator (which needs to know whether the previous non-ignorable
// unit was a letter); otherwise only for stretches with non-ASCII units and the text's end.
qsizetype Matcher::Data::scanRange(const char16_t *units, qsizetype n, qsizetype i,
                                   qsizetype limit, std::vector<Span> &spans) const
{
    bool afterWord = i > 0 && code[units[i - 1]] > IgnorableCode;
    Span span{};
    while (i < limit) {
        const char16_t c = code[units[i]];
        if (c == IgnorableCode) {
            ++i;
            continue;
        }
        if (c == SeparatorCode) {
            if (separatorStarts && !afterWord) {
                const Token token = readToken(units, n, i);
                if (tryToken(units, n, token, &span)) {
                    spans.push_back(span);
                    i = span.end;
                    afterWord = patterns[span.pattern].endsWithWord;
                    continue;
                }
            }
            afterWord = false;
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.word = true;
        TokenHash hash;
        for (; i < n; ++i) {
            const char16_t w = code[units[i]];
            if (w == SeparatorCode)
                break;
            if (w != IgnorableCode)
                hash.add(w);
        }
        token.end = i;
        token.hash = hash.finish();
        afterWord = true;
        if (mayStart(token.hash) && tryToken(units, n, token, &span)) {
            spans.push_back(span);
            i = span.end;
            afterWord = patterns[span.pattern].endsWithWord;
        }
    }
    return i;
}

#ifdef CWB_MATCHER_SSE2
namespace {

// Lanes of eight UTF-16 units that hold an ASCII letter or digit, and lanes that are not ASCII.
struct AsciiClasses
{
    const __m128i nonAsciiBits = _mm_set1_epi16(short(0xFF80));
    const __m128i zero = _mm_setzero_si128();
    const __m128i caseBit = _mm_set1_epi16(0x20);
    const __m128i beforeA = _mm_set1_epi16('a' - 1);
    const __m128i afterZ = _mm_set1_epi16('z' + 1);
    const __m128i before0 = _mm_set1_epi16('0' - 1);
    const __m128i after9 = _mm_set1_epi16('9' + 1);
    const __m128i lanes = _mm_setr_epi16(0, 1, 2, 3, 4, 5, 6, 7);

    static unsigned bits(__m128i mask)
    {
        return unsigned(_mm_movemask_epi8(_mm_packs_epi16(mask, mask))) & 0xFFu;
    }
    // Bit k: unit k is an ASCII letter or digit; *other: unit k is not ASCII.
    unsigned words(const char16_t *p, unsigned *other) const
    {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i nonAscii = _mm_andnot_si128(
            _mm_cmpeq_epi16(_mm_and_si128(v, nonAsciiBits), zero), _mm_cmpeq_epi16(v, v));
        const __m128i lower = _mm_or_si128(v, caseBit);
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(lower, beforeA),
                                             _mm_cmpgt_epi16(afterZ, lower));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(v, before0),
                                            _mm_cmpgt_epi16(after9, v));
        *other = bits(nonAscii);
        return bits(_mm_andnot_si128(nonAscii, _mm_or_si128(letter, digit)));
    }
    // The first `count` (0..8) units folded (ASCII letters and digits: | 0x20), the rest zero.
    void folded(const char16_t *p, unsigned count, std::uint64_t *low, std::uint64_t *high) const
    {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i keep = _mm_cmpgt_epi16(_mm_set1_epi16(short(count)), lanes);
        const __m128i f = _mm_and_si128(_mm_or_si128(v, caseBit), keep);
        *low = std::uint64_t(_mm_cvtsi128_si64(f));
        *high = std::uint64_t(_mm_cvtsi128_si64(_mm_unpackhi_epi64(f, f)));
    }
};

inline unsigned lowestBit64(std::uint64_t x)
{
    return unsigned(__builtin_ctzll(x));
}

} // namespace

// Blocks of 64 units: a 64-bit mask of the ASCII letters and digits gives every word's start
// and length at once, and a word of up to eight units is hashed from one load. Tokens with a
// non-ASCII unit, words that run past the block and the text's last units go to scanRange.
void Matcher::Data::scanWords(const char16_t *units, qsizetype n, std::vector<Span> &spans) const
{
    const AsciiClasses classes;
    Span span{};
    qsizetype i = 0;
    while (i + 64 + 8 <= n) {
        std::uint64_t word = 0;
        std::uint64_t other = 0;
        for (unsigned k = 0; k < 8; ++k) {
            unsigned nonAscii;
            word |= std::uint64_t(classes.words(units + i + 8 * k, &nonAscii)) << (8 * k);
            other |= std::uint64_t(nonAscii) << (8 * k);
        }
        qsizetype next = i + 64;
        if (other) {
            // The words before the last ASCII separator in front of the first non-ASCII unit
            // are complete: scan them here and the rest from that separator on. When there are
            // none, the token with the non-ASCII unit goes unit by unit.
            const unsigned firstOther = lowestBit64(other);
            const std::uint64_t separators =
                firstOther ? ~word & ((std::uint64_t(1) << firstOther) - 1) : 0;
            const unsigned last = separators ? 63u - unsigned(__builtin_clzll(separators)) : 0u;
            if (last == 0) {
                i = scanRange(units, n, i, i + firstOther + 1, spans);
                continue;
            }
            word &= (std::uint64_t(1) << last) - 1;
            next = i + last;
        }
        // i is a token boundary, so a word at unit 0 starts there.
        std::uint64_t starts = word & ~(word << 1);
        while (starts) {
            const unsigned s = lowestBit64(starts);
            const std::uint64_t rest = ~word >> s;
            if (rest == 0) {
                // The word may go on past the block.
                next = scanRange(units, n, i + s, i + s + 1, spans);
                break;
            }
            const unsigned length = lowestBit64(rest);
            std::uint64_t h = HashSeed;
            unsigned done = 0;
            std::uint64_t low, high;
            for (; length - done > 8; done += 8) {
                classes.folded(units + i + s + done, 8, &low, &high);
                h = mixEight(h, low, high);
            }
            classes.folded(units + i + s + done, length - done, &low, &high);
            h = finishHash(mixEight(h, low, high), length);
            starts &= starts - 1;
            if (!mayStart(h))
                continue;
            Token token;
            token.start = i + s;
            token.end = i + s + length;
            token.hash = h;
            token.word = true;
            if (tryToken(units, n, token, &span)) {
                spans.push_back(span);
                if (span.end >= next) {
                    next = span.end;
                    break;
                }
                starts &= ~std::uint64_t(0) << (span.end - i);
            }
        }
        i = next;
    }
    scanRange(units, n, i, n, spans);
}
#endif

void Matcher::Data::scan(QStringView text, QList<Matcher::Match> *out) const
{
    const char16_t *units = text.utf16();
    const auto n = qsizetype(text.size());
    if (patterns.empty() || n == 0)
        return;
    std::vector<Span> spans;
#ifdef CWB_MATCHER_SSE2
    if (!separatorStarts)
        scanWords(units, n, spans);
    else
        scanRange(units, n, 0, n, spans);
#else
    scanRange(units, n, 0, n, spans);
#endif
    if (spans.empty())
        return;

    // The spans are in order and do not overlap. Their candidate records and alias strings
    // are scattered over memory: they are prefetched a few spans ahead.
    out->reserve(qsizetype(spans.size()));
    const std::size_t count = spans.size();
    for (std::size_t k = 0; k < count; ++k) {
        if (k + 8 < count)
            __builtin_prefetch(&candidates[std::size_t(spans[k + 8].pattern)]);
        if (k + 4 < count)
            __builtin_prefetch(candidates[std::size_t(spans[k + 4].pattern)].alias.constData());
        const Span &span = spans[k];
        const Candidate &best = candidates[std::size_t(span.pattern)];
        Match match;
        match.start = span.start;
        match.end = span.end;
        if (!best.caseSensitive || span.capitals) {
            match.entry = &entries.at(best.entry);
            match.alias = best.alias;
            match.adjective = best.adjective;
        }
        if (best.more) {
            const Pattern &pattern = patterns[std::size_t(span.pattern)];
            for (int m = 0; m < pattern.moreCount; ++m) {
                const Candidate &candidate = moreCandidates[std::size_t(pattern.moreFirst + m)];
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
        }
        out->append(std::move(match));
    }
}

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
        pattern.moreFirst = int(data->moreCandidates.size());
        pattern.moreCount = int(list.size()) - 1;
        pattern.allCaseSensitive = true;
        for (const Candidate &c : list) {
            pattern.anyCaseSensitive = pattern.anyCaseSensitive || c.caseSensitive;
            pattern.allCaseSensitive = pattern.allCaseSensitive && c.caseSensitive;
        }
        list.front().more = list.size() > 1;
        data->candidates.push_back(list.front());
        data->moreCandidates.insert(data->moreCandidates.end(), list.begin() + 1, list.end());
        pattern.endsWithWord = TextFolder::isWordUnit(keys[p].back().unicode());
    }

    // The keys' units, and an upper bound of the number of trie edges (one per token).
    std::size_t tokenCount = 0;
    std::size_t unitCount = 0;
    for (const QString &key : keys) {
        unitCount += std::size_t(key.size());
        bool inWord = false;
        for (const QChar ch : key) {
            const bool word = TextFolder::isWordUnit(ch.unicode());
            tokenCount += (!word || !inWord) ? 1 : 0;
            inWord = word;
        }
    }
    data->pool.reserve(unitCount + keys.size() + 1);
    for (std::size_t p = 0; p < keys.size(); ++p) {
        const auto *begin = reinterpret_cast<const char16_t *>(keys[p].utf16());
        data->pool.push_back(TextFolder::Ignorable);
        data->patterns[p].keyOffset = std::uint32_t(data->pool.size());
        data->patterns[p].keyLength = std::uint32_t(keys[p].size());
        data->pool.insert(data->pool.end(), begin, begin + keys[p].size());
    }
    data->pool.push_back(TextFolder::Ignorable);

    // The trie in insertion order, its edges in a hash table keyed by (parent, token hash).
    // A node's token text points into the key that created it.
    const std::uint32_t edgeSize = tableSize(tokenCount);
    const std::uint32_t edgeMask = edgeSize - 1;
    std::vector<Edge> edges(edgeSize, Edge{0, 0, 0});
    std::vector<std::uint32_t> parentOf{0};
    std::vector<Node> &nodes = data->nodes;
    nodes.reserve(tokenCount + 1);
    nodes.emplace_back();
    for (std::size_t p = 0; p < keys.size(); ++p) {
        const std::uint32_t keyOffset = data->patterns[p].keyOffset;
        const std::uint32_t keyLength = data->patterns[p].keyLength;
        const char16_t *key = data->pool.data() + keyOffset;
        std::uint32_t node = 0;
        std::uint32_t lastToken = 0;
        for (std::uint32_t at = 0; at < keyLength;) {
            lastToken = at;
            std::uint32_t end = at + 1;
            const bool word = TextFolder::isWordUnit(key[at]);
            if (word) {
                while (end < keyLength && TextFolder::isWordUnit(key[end]))
                    ++end;
            }
            TokenHash hash;
            for (std::uint32_t k = at; k < end; ++k)
                hash.add(key[k]);
            const std::uint64_t h = hash.finish();
            std::uint32_t slot = edgeSlot(node, h, edgeMask);
            std::uint32_t next = 0;
            for (;; slot = (slot + 1) & edgeMask) {
                const Edge &edge = edges[slot];
                if (edge.child == 0)
                    break;
                if (edge.parent != node || edge.hash != h)
                    continue;
                const Node &candidate = nodes[edge.child];
                if (bool(candidate.word) == word && candidate.textLength == end - at
                    && std::equal(key + at, key + end, data->pool.data() + candidate.textOffset)) {
                    next = edge.child;
                    break;
                }
            }
            if (next == 0) {
                next = std::uint32_t(nodes.size());
                Node created;
                created.textOffset = keyOffset + at;
                created.textLength = end - at;
                created.word = word ? 1 : 0;
                nodes.push_back(created);
                parentOf.push_back(node);
                ++nodes[node].childCount;
                edges[slot] = Edge{node, next, h};
                if (node == 0) {
                    if (word)
                        ++data->firstWordCount;
                    else
                        data->separatorStarts = true;
                }
            }
            node = next;
            at = end;
        }
        // The terminal's text points into its own key (the same token), so that spells()
        // finds the whole key in front of it.
        nodes[node].pattern = std::int32_t(p);
        nodes[node].textOffset = keyOffset + lastToken;
    }
    data->layOut(parentOf, edges, denseBudgetBytes);

    // The first-word filter: about 16 bits per first word, so that about one word in 16 that
    // starts no alias gets past it; for 100,000 aliases 64 kB.
    std::uint32_t filterBits = 1024;
    while (filterBits < std::uint64_t(data->firstWordCount) * 16)
        filterBits *= 2;
    data->filter.assign(filterBits / 64, 0);
    data->filterMask = filterBits - 1;
    for (const Edge &edge : edges) {
        if (edge.child != 0 && edge.parent == 0) {
            const auto bit = std::uint32_t(edge.hash) & data->filterMask;
            data->filter[bit >> 6] |= std::uint64_t(1) << (bit & 63);
        }
    }
    m_data = std::move(data);
}

// Renumbers the insertion-order trie depth-first and gives every node its child list. A
// walk down one alias then reads neighbouring nodes and neighbouring lists instead of one
// cache line per table probe. A node with more than a few children (the root: every first
// word) gets an open-addressing table of twice as many slots, while the tables fit the budget;
// the others keep a list sorted by fingerprint (searched by bisection when long).
void Matcher::Data::layOut(const std::vector<std::uint32_t> &parentOf,
                           const std::vector<Edge> &edges, qint64 hashBudgetBytes)
{
    const auto n = std::uint32_t(nodes.size());
    // Children per node (CSR), with the fingerprint of their token.
    std::vector<std::uint32_t> first(n + 1, 0);
    for (std::uint32_t v = 1; v < n; ++v)
        ++first[parentOf[v] + 1];
    for (std::uint32_t v = 0; v < n; ++v)
        first[v + 1] += first[v];
    std::vector<Child> byParent(n > 0 ? n - 1 : 0);
    {
        std::vector<std::uint32_t> fill(first.begin(), first.end() - 1);
        for (const Edge &edge : edges) {
            if (edge.child != 0)
                byParent[fill[edge.parent]++] = Child{std::uint32_t(edge.hash >> 32), edge.child};
        }
    }
    // Sorted by fingerprint; siblings that share one must compare their text.
    for (std::uint32_t v = 0; v < n; ++v) {
        Child *begin = byParent.data() + first[v];
        Child *end = byParent.data() + first[v + 1];
        std::sort(begin, end, [](const Child &a, const Child &b) {
            return a.fingerprint < b.fingerprint || (a.fingerprint == b.fingerprint && a.node < b.node);
        });
        for (Child *c = begin; c + 1 < end; ++c) {
            if (c->fingerprint == (c + 1)->fingerprint) {
                nodes[c->node].ambiguous = 1;
                nodes[(c + 1)->node].ambiguous = 1;
            }
        }
    }

    // Depth-first preorder (children in fingerprint order).
    std::vector<std::uint32_t> order;
    order.reserve(n);
    std::vector<std::uint32_t> newId(n, 0);
    std::vector<std::uint32_t> stack{0};
    while (!stack.empty()) {
        const std::uint32_t v = stack.back();
        stack.pop_back();
        newId[v] = std::uint32_t(order.size());
        order.push_back(v);
        for (std::uint32_t c = first[v + 1]; c > first[v]; --c)
            stack.push_back(byParent[c - 1].node);
    }

    std::vector<Node> laidOut(n);
    std::size_t childEntries = 0;
    qint64 hashBytes = 0;
    hashedNodes = 0;
    for (std::uint32_t id = 0; id < n; ++id) {
        const std::uint32_t v = order[id];
        Node node = nodes[v];
        const std::uint32_t count = first[v + 1] - first[v];
        node.childCount = count;
        node.childKey = 0;
        node.childStart = 0;
        if (node.pattern >= 0) {
            const Pattern &pattern = patterns[std::size_t(node.pattern)];
            node.caseSensitive = pattern.anyCaseSensitive ? 1 : 0;
            node.caseOnly = pattern.allCaseSensitive ? 1 : 0;
        }
        if (count == 1) {
            node.childKey = byParent[first[v]].fingerprint;
        } else if (count > 1) {
            if (count > 4) {
                const std::uint32_t tableSlots = tableSize(count);
                if (hashBytes + qint64(tableSlots) * qint64(sizeof(Child)) <= hashBudgetBytes) {
                    hashBytes += qint64(tableSlots) * qint64(sizeof(Child));
                    node.childKey = tableSlots;
                    ++hashedNodes;
                }
            }
            node.childStart = std::uint32_t(childEntries);
            childEntries += node.childKey ? node.childKey : count;
        }
        laidOut[id] = node;
    }
    children.assign(childEntries, Child{0, 0});
    for (std::uint32_t id = 0; id < n; ++id) {
        const Node &node = laidOut[id];
        if (node.childCount < 2)
            continue;
        const std::uint32_t v = order[id];
        Child *list = children.data() + node.childStart;
        for (std::uint32_t c = first[v], k = 0; c < first[v + 1]; ++c, ++k) {
            const Child child{byParent[c].fingerprint, newId[byParent[c].node]};
            if (node.childKey == 0) {
                list[k] = child;
                continue;
            }
            const std::uint32_t mask = node.childKey - 1;
            std::uint32_t slot = child.fingerprint & mask;
            while (list[slot].node != 0)
                slot = (slot + 1) & mask;
            list[slot] = child;
        }
    }
    nodes = std::move(laidOut);
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
    stats.nodes = int(d.nodes.size());
    stats.hashedNodes = int(d.hashedNodes);
    stats.firstWords = int(d.firstWordCount);
    stats.bytes = qint64(d.nodes.size()) * qint64(sizeof(Node))
                  + qint64(d.children.size()) * qint64(sizeof(Child))
                  + qint64(d.pool.size()) * 2 + 0x10000 * 2
                  + qint64(d.patterns.size()) * qint64(sizeof(Pattern))
                  + qint64(d.candidates.size() + d.moreCandidates.size()) * qint64(sizeof(Candidate));
    return stats;
}

const QList<KbEntry> &Matcher::entries() const
{
    return m_data->entries;
}
