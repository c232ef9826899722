#include "core/detect/rules/tokenizer.h"

#include <cstdint>
#include <cstring>
#include <vector>

namespace {

bool isNonAsciiWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Inline for the ASCII letters and digits nearly every character of a news text is.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // no ASCII character is a mark
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return isNonAsciiWordChar(c);
}

bool isDigitSeparator(QChar c)
{
    // , . and the Arabic thousands / decimal separators
    return c == u',' || c == u'.' || c == QChar(0x066C) || c == QChar(0x066B);
}

} // namespace


namespace {

// Normalised spellings already made on this thread, so that a word met again costs a look-up
// instead of an allocation: an article's tokens are mostly the same few thousand words. An open
// addressing table of implicitly shared strings (tokens hold copies, so dropping the table never
// invalidates one). Only ASCII words go through it; their normal form is plain ASCII lower case.
class NormCache
{
public:
    static constexpr qsizetype MaxWord = 40;

    QString get(const char16_t *folded, qsizetype size, std::uint32_t hash)
    {
        // The words met most often sit in a small direct-mapped table that stays in the
        // processor's cache; the main table behind it is too large to.
        Slot &recent = m_recent[hash & (RecentSize - 1)];
        if (recent.hash == hash && recent.value.size() == size && !recent.value.isNull()) {
            const char16_t *known = reinterpret_cast<const char16_t *>(recent.value.constData());
            qsizetype i = 0;
            while (i < size && known[i] == folded[i])
                ++i;
            if (i == size)
                return recent.value;
        }
        recent.hash = hash;
        recent.value = lookUp(folded, size, hash);
        return recent.value;
    }

private:
    static constexpr std::size_t RecentSize = 2048;

    QString lookUp(const char16_t *folded, qsizetype size, std::uint32_t hash)
    {
        if (m_slots.empty())
            m_slots.resize(1 << 14);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.value.isNull()) {
                slot.hash = hash;
                slot.value = QString(reinterpret_cast<const QChar *>(folded), size);
                if (++m_used * 2 > m_slots.size())
                    grow();
                return m_slots[find(hash, folded, size)].value;
            }
            if (slot.hash == hash && slot.value.size() == size
                && std::memcmp(slot.value.constData(), folded, std::size_t(size) * 2) == 0)
                return slot.value;
        }
    }

    struct Slot
    {
        std::uint32_t hash = 0;
        QString value; // null: free
    };

    std::size_t find(std::uint32_t hash, const char16_t *folded, qsizetype size) const
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.hash == hash && slot.value.size() == size
                && std::memcmp(slot.value.constData(), folded, std::size_t(size) * 2) == 0)
                return i;
        }
    }

    // Doubles the table; past a million words (never in news text) it starts afresh instead.
    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_used = 0;
        if (old.size() >= (std::size_t(1) << 21)) {
            m_slots.resize(1 << 14);
            return;
        }
        m_slots.resize(old.size() * 2);
        const std::size_t mask = m_slots.size() - 1;
        for (Slot &slot : old) {
            if (slot.value.isNull())
                continue;
            std::size_t i = slot.hash & mask;
            while (!m_slots[i].value.isNull())
                i = (i + 1) & mask;
            m_slots[i] = std::move(slot);
            ++m_used;
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
    Slot m_recent[RecentSize];
};

} // namespace

QString Tokenizer::normalise(QStringView text)
{
    const qsizetype n = text.size();
    if (n > 0 && n <= NormCache::MaxWord) {
        char16_t folded[NormCache::MaxWord];
        char16_t all = 0; // every code unit or-ed: below 0x80 only for an ASCII word
        std::uint32_t hash = 2166136261u; // FNV-1a of the folded word
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = text[i].unicode();
            all |= c;
            folded[i] = char16_t(c + (char16_t(c - u'A') < 26 ? 32 : 0));
            hash = (hash ^ folded[i]) * 16777619u;
        }
        if (all < 0x80) {
            thread_local NormCache cache;
            return cache.get(folded, n, hash);
        }
    }
    QString out = text.toString().toLower();
    for (QChar &c : out) {
        if (isApostrophe(c))
            c = u'\'';
        else if (isHyphen(c))
            c = u'-';
    }
    return out;
}

QList<Token> Tokenizer::tokenize(QStringView text, int offset)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    tokenize(text, offset, tokens);
    return tokens;
}

void Tokenizer::tokenize(QStringView text, int offset, QList<Token> &tokens)
{
    const int n = text.size();
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        if (isApostrophe(c) && i + 1 < n && (text[i + 1] == u's' || text[i + 1] == u'S')
            && (i + 2 >= n || !isWordChar(text[i + 2]))) {
            i += 2; // possessive 's after an entity hit
            token.word = true;
        } else if (isWordChar(c)) {
            bool allDigits = true;
            while (i < n) {
                const QChar d = text[i];
                if (isWordChar(d)) {
                    if (!d.isDigit())
                        allDigits = false;
                    ++i;
                    continue;
                }
                const bool nextIsWord = i + 1 < n && isWordChar(text[i + 1]);
                if (nextIsWord && isApostrophe(d) && text[i - 1].isLetter()
                    && text[i + 1].isLetter()) {
                    ++i;
                    continue;
                }
                if (nextIsWord && isHyphen(d) && !(text[i - 1].isDigit() && text[i + 1].isDigit())) {
                    allDigits = false;
                    ++i;
                    continue;
                }
                if (nextIsWord && isDigitSeparator(d) && text[i - 1].isDigit()
                    && text[i + 1].isDigit()) {
                    ++i;
                    continue;
                }
                break;
            }
            token.word = true;
            token.numeric = allDigits;
        } else {
            ++i;
        }
        token.end = i;
        token.norm = normalise(text.mid(token.start, token.end - token.start));
        token.capitalised = text[token.start].isUpper();
        token.start += offset;
        token.end += offset;
        tokens.append(std::move(token));
    }
}
