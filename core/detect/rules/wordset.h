#pragma once

#include <QtGlobal>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <utility>
#include <vector>

// A fixed set of words for the rules' "is this one of those words?" questions, asked at nearly
// every token of every article. It answers exactly what QSet<QString>::contains would (the
// same UTF-16 compared code unit by code unit) but cheaper: a word's hash is made of its length
// and five of its code units (first, second, middle, next to last, last), the same number of
// steps whatever its length, so no loop over the word is left to mispredict its end. Most words
// are turned away by their length or by a 4,096-bit filter on that hash, the rest cost one
// probe of an open-addressing table and a comparison instead of Qt's seeded string hash.
class WordSet
{
public:
    WordSet() { m_slots.resize(8); }
    // Words in UTF-8 ("killed", "€").
    WordSet(std::initializer_list<const char *> words)
        : WordSet()
    {
        for (const char *word : words)
            insert(QString::fromUtf8(word));
    }

    // Adds the word (if new) and returns its index: words are numbered 0, 1, ... as inserted.
    int insert(QStringView word)
    {
        const int known = indexOf(word);
        if (known >= 0)
            return known;
        if ((m_used + 1) * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        const int index = int(m_used);
        place({hash(word), int(word.size()), int(m_chars.size()), index});
        m_chars.insert(m_chars.end(), word.utf16(), word.utf16() + word.size());
        ++m_used;
        remember(word);
        return index;
    }

    bool contains(QStringView word) const { return indexOf(word) >= 0; }

    // The word's number from insert(), or -1. The filters are inline and turn away most words;
    // only a word that passes them costs a call.
    int indexOf(QStringView word) const
    {
        const qsizetype n = word.size();
        if (n < 64 ? !((m_lengths >> n) & 1u) : !m_long)
            return -1;
        const std::uint32_t h = hash(word);
        const std::uint32_t bit = signature(h);
        if (!((m_signatures[bit / 64] >> (bit % 64)) & 1u))
            return -1;
        return probe(word, h);
    }

private:
#if defined(__GNUC__)
    __attribute__((noinline))
#endif
    int probe(QStringView word, std::uint32_t h) const
    {
        const qsizetype n = word.size();
        const std::size_t mask = m_slots.size() - 1;
        const char16_t *units = word.utf16();
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.size < 0)
                return -1;
            if (slot.hash == h && slot.size == n
                && sameUnits(m_chars.data() + slot.offset, units, n))
                return slot.index;
        }
    }

    // Whether the n units at a and b are the same, reading only units in [0, n). A loop that
    // compared unit by unit ended after as many turns as the word's length, a branch that went
    // the wrong way at nearly every look-up of a member. Here a word of up to eight units is
    // compared in one step whatever its length: units 0, n / 2 and n - 1 cover a word of one
    // to three units, and two blocks of four, the first and the last (overlapping for fewer
    // than eight), a word of four to eight; a longer word compares the blocks between too.
    static bool sameUnits(const char16_t *a, const char16_t *b, qsizetype n)
    {
        if (n < 4)
            return n == 0 || ((a[0] == b[0]) & (a[n / 2] == b[n / 2]) & (a[n - 1] == b[n - 1]));
        auto block = [](const char16_t *units) {
            std::uint64_t value;
            std::memcpy(&value, units, sizeof value);
            return value;
        };
        if ((block(a) != block(b)) | (block(a + n - 4) != block(b + n - 4)))
            return false;
        for (qsizetype k = 4; k < n - 4; k += 4) {
            if (block(a + k) != block(b + k))
                return false;
        }
        return true;
    }

    struct Slot
    {
        std::uint32_t hash = 0;
        int size = -1; // -1: free
        int offset = 0; // into m_chars
        int index = 0;  // order of insertion
    };

    // A number in [0, 4096) from the word's hash: a word whose signature no member has is
    // turned away with one look-up. With a few hundred members, nine words in ten that are not
    // members end there.
    static std::uint32_t signature(std::uint32_t hash) { return hash >> 20; }

    // The length and the first, second, middle, next-to-last and last code units, mixed (the
    // units that exist; an empty word hashes its length alone). Words that share all of them
    // share a slot's probe sequence and are told apart by the comparison.
    static std::uint32_t hash(QStringView word)
    {
        const std::size_t n = std::size_t(word.size());
        const char16_t *const units = word.utf16();
        std::uint32_t h = std::uint32_t(n) * 0x9E3779B1u;
        if (n > 0) {
            h ^= std::uint32_t(units[0]) * 0x85EBCA77u;
            h ^= std::uint32_t(units[n > 1 ? 1 : 0]) * 0xC2B2AE3Du;
            h ^= std::uint32_t(units[n / 2]) * 0x27D4EB2Fu;
            h ^= std::uint32_t(units[n > 1 ? n - 2 : 0]) * 0x165667B1u;
            h ^= std::uint32_t(units[n - 1]) * 0xD3A2646Cu;
        }
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h;
    }

    void place(const Slot &slot)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = slot.hash & mask;
        while (m_slots[i].size >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }

    void rehash(std::size_t size)
    {
        std::vector<Slot> old(size);
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.size >= 0)
                place(slot);
        }
    }

    void remember(QStringView word)
    {
        const qsizetype length = word.size();
        const std::uint32_t bit = signature(hash(word));
        m_signatures[bit / 64] |= std::uint64_t(1) << (bit % 64);
        if (length < 64)
            m_lengths |= std::uint64_t(1) << length;
        else
            m_long = true;
    }

    std::vector<Slot> m_slots; // a power of two, never more than half full
    std::vector<char16_t> m_chars;
    std::size_t m_used = 0;
    std::uint64_t m_lengths = 0; // bit n: some word has n code units
    bool m_long = false; // some word has 64 or more
    std::uint64_t m_signatures[64] = {}; // bit signature(w): some member w has it
};

// A fixed map from words to values for the rules, looked up with a token's normal form (a
// view) as WordSet looks words up: QHash cannot be asked with a QStringView in Qt 6.4.
template <typename T>
class WordMap
{
public:
    WordMap() = default;
    // Words in UTF-8; a repeated word keeps its first value.
    WordMap(std::initializer_list<std::pair<const char *, T>> entries)
    {
        for (const auto &entry : entries)
            insert(QString::fromUtf8(entry.first), entry.second);
    }

    void insert(QStringView word, const T &value)
    {
        const std::size_t index = std::size_t(m_words.insert(word));
        if (index == m_values.size()) {
            m_values.push_back(value);
            m_keys.push_back(word.toString());
        }
    }
    // The word's value, a default-constructed one added first when the word is new.
    T &operator[](QStringView word)
    {
        insert(word, T());
        return m_values[std::size_t(m_words.indexOf(word))];
    }
    // The words, in the order they were inserted.
    const std::vector<QString> &words() const { return m_keys; }
    // The word's value, or nullptr.
    const T *find(QStringView word) const
    {
        const int index = m_words.indexOf(word);
        return index < 0 ? nullptr : &m_values[std::size_t(index)];
    }
    bool contains(QStringView word) const { return m_words.contains(word); }

private:
    WordSet m_words;
    std::vector<T> m_values; // by the words' numbers
    std::vector<QString> m_keys;
};

// Several fixed word lists of one rule in one table: each word maps to the bits of the lists
// that hold it, so a token is looked up once for all of them. A rule asks this at nearly every
// token, and nearly every token is in none of the lists asked: those are turned away by a
// filter before any hashing. The filter has 4096 cells, chosen by the word's length and first
// and last code units; a cell holds which lists (up to eight; beyond, bit i shares with bit
// i % 8) have a word falling in it, so that has() turns a common word away when only the lists
// that hold it are not asked ("the" is a stop word, never a role word). A table with more than
// eight lists keeps the lists of common words on bits of their own. The answers are exactly
// WordSet's: the filter only ever says "certainly not"; the rest is a WordMap look-up.
template <typename Bits>
class WordClasses
{
public:
    WordClasses() = default;
    // Each list in UTF-8 with the bits its words get; a word in several lists gets them all.
    WordClasses(std::initializer_list<std::pair<std::initializer_list<const char *>, Bits>> lists)
    {
        for (const auto &list : lists)
            add(list.first, list.second);
    }

    void add(std::initializer_list<const char *> words, Bits bits)
    {
        for (const char *word : words)
            add(QString::fromUtf8(word), bits);
    }
    void add(QStringView word, Bits bits)
    {
        m_bits[word] |= bits;
        m_filter[filterKey(word)] |= fold(bits);
    }
    // The table of lists kept as records with `words` (UTF-8) and `bit`, as some rules keep
    // theirs.
    template <typename Lists>
    static WordClasses fromLists(const Lists &lists)
    {
        WordClasses classes;
        for (const auto &list : lists) {
            for (const char *word : list.words)
                classes.add(QString::fromUtf8(word), list.bit);
        }
        return classes;
    }

    // The bits of every list holding the word; none for any other word.
    Bits of(QStringView word) const
    {
        if (!m_filter[filterKey(word)])
            return Bits();
        return lookUp(word);
    }
    // The bits of the lists in `among` that hold the word: of(word) & among, but turning
    // away in the filter the words only other lists hold.
    Bits of(QStringView word, Bits among) const
    {
        if (!(m_filter[filterKey(word)] & fold(among)))
            return Bits();
        return lookUp(word) & among;
    }
    // True when one of the lists in `bits` holds the word.
    bool has(QStringView word, Bits bits) const
    {
        if (!(m_filter[filterKey(word)] & fold(bits)))
            return false;
        return (lookUp(word) & bits) != Bits();
    }

private:
    // The filter inline, the table out of line: most calls end in the filter.
    Q_NEVER_INLINE Bits lookUp(QStringView word) const
    {
        const Bits *bits = m_bits.find(word);
        return bits ? *bits : Bits();
    }
    static std::uint32_t filterKey(QStringView word)
    {
        const std::size_t n = std::size_t(word.size());
        if (n == 0)
            return 0;
        const std::uint32_t first = word.utf16()[0];
        const std::uint32_t last = word.utf16()[n - 1];
        const std::uint32_t mixed = (first * 0x9E3779B1u) ^ (last * 0x85EBCA77u)
            ^ (std::uint32_t(n) * 0xC2B2AE3Du);
        return mixed >> 20; // 12 bits
    }
    // The lists as eight bits: list i in bit i % 8.
    static std::uint8_t fold(Bits bits)
    {
        std::uint64_t b = std::uint64_t(bits);
        b |= b >> 32;
        b |= b >> 16;
        b |= b >> 8;
        return std::uint8_t(b);
    }

    WordMap<Bits> m_bits;
    std::uint8_t m_filter[4096] = {};
};
