#include "core/detect/rules/tokenizer.h"

#include "core/detect/rules/tokenlexicon.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

bool isNonAsciiWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// What an ASCII unit is to the tokenizer, one table look-up for the first unit of every token
// where tests of ranges were a branch each.
enum AsciiKind : quint8 {
    AsciiOther = 0, // punctuation
    AsciiSpace = 1, // ' ' and \t through \r, as QChar::isSpace() has them
    AsciiWord = 2,  // a letter or digit
};

constexpr std::array<quint8, 128> asciiKinds()
{
    std::array<quint8, 128> kinds{};
    for (int u = 0; u < 128; ++u) {
        if (u == ' ' || (u >= '\t' && u <= '\r'))
            kinds[u] = AsciiSpace;
        else if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            kinds[u] = AsciiWord;
    }
    return kinds;
}

constexpr std::array<quint8, 128> s_asciiKinds = asciiKinds();

// Inline for the ASCII letters and digits nearly every character of a news text is.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // no ASCII character is a mark
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return isNonAsciiWordChar(c);
}

#if defined(__SSE2__)
// Lanes of eight UTF-16 units in [low, low + span]: (u - low) saturating-minus span is zero,
// as 16-bit unsigned.
inline __m128i unitsInRange(__m128i block, char16_t low, char16_t span)
{
    const __m128i offset = _mm_sub_epi16(block, _mm_set1_epi16(short(low)));
    return _mm_cmpeq_epi16(_mm_subs_epu16(offset, _mm_set1_epi16(short(span))),
                           _mm_setzero_si128());
}

// Eight units with their ASCII capitals in lower case; `capital` gets the lanes that were one.
inline __m128i foldCapitals(__m128i block, __m128i &capital)
{
    capital = unitsInRange(block, u'A', 25);
    return _mm_add_epi16(block, _mm_and_si128(capital, _mm_set1_epi16(32)));
}
#endif

#if defined(__SSE2__)
// The run of word units at the start of a block of sixteen, from movemasks of a bit a unit: it
// ends at the first unit whose bit is clear in `word` (bit 16 set stands for the unit past
// the block, so a run of the whole block needs no test of its own). `letters` and `capitals`
// are or-ed without branching (whether a run holds a capital is the text's whim) from the
// upper- and lower-case masks of the units in the run.
inline int runOfWordUnits(int word, int upper, int lower, bool &letters, bool &capitals)
{
    const int run = __builtin_ctz(~unsigned(word) | 0x10000u);
    const int inRun = (1 << run) - 1;
    const int upperBits = upper & inRun;
    letters |= ((lower & inRun) | upperBits) != 0;
    capitals |= upperBits != 0;
    return run;
}
#endif

// How many of the sixteen units at `units` are, from the first on, ASCII letters or digits:
// the run a word's loop may step over at once. `letters` and `capitals` are set when the run
// holds a letter and an upper-case letter. SSE2 (every x86-64 processor has it) tests the units
// as bytes (a unit of 0x100 or more saturates to a byte that is no ASCII letter or digit) in a
// few instructions where the loop below takes a dozen for each, so nearly every word ends here
// in one turn; without SSE2 it returns 0 and the loop does all the work. (The last words of a
// sentence, with fewer than sixteen units left, go unit by unit.)
inline int asciiWordRun(const char16_t *units, bool &letters, bool &capitals)
{
#if defined(__SSE2__)
    const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units));
    const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + 8));
    const __m128i bytes = _mm_packus_epi16(low, high);
    // b in [first, first + span]: (b - first) saturating-minus span is zero, as unsigned bytes.
    auto inRange = [&](char first, char span) {
        const __m128i offset = _mm_sub_epi8(bytes, _mm_set1_epi8(first));
        return _mm_cmpeq_epi8(_mm_subs_epu8(offset, _mm_set1_epi8(span)), _mm_setzero_si128());
    };
    const __m128i lower = inRange('a', 25);
    const __m128i upper = inRange('A', 25);
    const __m128i digit = inRange('0', 9);
    const int word = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(lower, upper), digit));
    return runOfWordUnits(word, _mm_movemask_epi8(upper), _mm_movemask_epi8(lower), letters,
                          capitals);
#else
    Q_UNUSED(units);
    Q_UNUSED(letters);
    Q_UNUSED(capitals);
    return 0;
#endif
}

// The normal form of a plain word holding a capital, [start, end) of `units`: its ASCII
// letters in lower case, kept in `store`. A word of eight units or fewer is folded in one step
// with SSE2 where the text holds eight units from its start (the units folded past its end are
// given back to the store).
QStringView foldPlainWord(const char16_t *units, int start, int end, int textEnd,
                          NormStore &store)
{
    const int size = end - start;
#if defined(__SSE2__)
    if (size <= 8 && start + 8 <= textEnd) {
        char16_t *const folded = store.reserve(8);
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + start));
        __m128i capital;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(folded), foldCapitals(block, capital));
        store.giveBack(8 - size);
        return QStringView(folded, size);
    }
#else
    Q_UNUSED(textEnd);
#endif
    char16_t *const folded = store.reserve(size);
    for (int k = 0; k < size; ++k) {
        const char16_t u = units[start + k];
        folded[k] = char16_t(u + (char16_t(u - u'A') < 26 ? 32 : 0));
    }
    return QStringView(folded, size);
}

bool isDigitSeparator(QChar c)
{
    // , . and the Arabic thousands / decimal separators
    return c == u',' || c == u'.' || c == QChar(0x066C) || c == QChar(0x066B);
}

} // namespace


QStringView NormStore::keep(QStringView units)
{
    char16_t *const kept = reserve(units.size());
    std::copy(units.utf16(), units.utf16() + units.size(), kept);
    return QStringView(kept, units.size());
}

void NormStore::addChunk(qsizetype n)
{
    // Chunks of 4,096 units (8 KiB): a news article's capitalised words fit in one or two.
    const qsizetype size = std::max<qsizetype>(n, 4096);
    // Not value-initialised (make_unique would zero it): every unit is written before a
    // token points at it, and zeroing 8 KiB per article was 1% of detection.
    m_chunks.push_back(std::unique_ptr<char16_t[]>(new char16_t[std::size_t(size)]));
    m_next = m_chunks.back().get();
    m_free = size;
}

QString Tokenizer::normalise(QStringView text)
{
    QString out = text.toString().toLower();
    for (QChar &c : out) {
        if (isApostrophe(c))
            c = u'\'';
        else if (isHyphen(c))
            c = u'-';
    }
    return out;
}

QStringView Tokenizer::normalise(QStringView text, NormStore &store)
{
    // ASCII text is folded into the store in the same pass that finds whether it is ASCII and
    // holds a capital; the room is given back when the surface itself is the normal form.
    const qsizetype n = text.size();
    const char16_t *const units = text.utf16();
    // A punctuation mark, a token of its own at every comma of a text: an ASCII unit that is no
    // capital is its own normal form.
    if (n == 1 && units[0] < 0x80 && char16_t(units[0] - u'A') >= 26)
        return text;
    char16_t *const folded = store.reserve(n);
    char16_t all = 0;   // every code unit or-ed: below 0x80 only for ASCII
    bool upper = false; // an ASCII capital
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight units at a time (entity names and number phrases run to a dozen or more).
    // Text of eight units or more ends with the eight units before its end, which overlap the
    // last block: folding a unit twice writes the same, and or-ing it twice changes nothing,
    // so no unit is left to the loop below (whose turns were as many as the text's length
    // modulo eight, a branch the text decides). Text of four to seven units is folded the same
    // way as two overlapping halves of four units each.
    __m128i units8 = _mm_setzero_si128(); // every block or-ed
    __m128i capitals = _mm_setzero_si128();
    auto fold = [&](const __m128i block) {
        __m128i capital;
        const __m128i folded = foldCapitals(block, capital);
        units8 = _mm_or_si128(units8, block);
        capitals = _mm_or_si128(capitals, capital);
        return folded;
    };
    if (n >= 8) {
        for (; i < n; i += 8) {
            i = std::min<qsizetype>(i, n - 8);
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + i));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(folded + i), fold(block));
        }
    } else if (n >= 4) {
        // Loaded into the low half of a register, the high half zero: a zero unit is neither
        // a capital nor outside ASCII.
        const __m128i head = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(units));
        const __m128i tail = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(units + n - 4));
        _mm_storel_epi64(reinterpret_cast<__m128i *>(folded), fold(head));
        _mm_storel_epi64(reinterpret_cast<__m128i *>(folded + n - 4), fold(tail));
        i = n;
    }
    const __m128i nonAscii = _mm_and_si128(units8, _mm_set1_epi16(short(0xFF80)));
    if (_mm_movemask_epi8(_mm_cmpeq_epi16(nonAscii, _mm_setzero_si128())) != 0xFFFF)
        all = 0x80;
    upper = _mm_movemask_epi8(capitals) != 0;
#endif
    for (; i < n; ++i) {
        const char16_t c = units[i];
        const bool capital = char16_t(c - u'A') < 26;
        all |= c;
        upper |= capital;
        folded[i] = char16_t(c + (capital ? 32 : 0));
    }
    if (all < 0x80 && upper)
        return QStringView(folded, n);
    store.giveBack(n);
    if (all < 0x80)
        return text; // already normal: the surface itself
    const QString normal = normalise(text);
    return normal == text ? text : store.keep(normal);
}

Tokenizer::Tokens Tokenizer::tokenize(QStringView text, int offset)
{
    Tokens tokens;
    tokens.text = text.toString(); // a QString keeps its buffer when the result is moved
    tokens.store = std::make_shared<NormStore>();
    tokens.tokens.reserve(text.size() / 5 + 1);
    tokenize(tokens.text, offset, tokens.tokens, *tokens.store);
    return tokens;
}

namespace {

// The tokenizer's loop, for either kind of list: a std::vector appends without a call, which
// the rule document's word list (a few million tokens a second) is kept in.
template <typename List>
void tokenizeInto(QStringView text, int offset, List &tokens, NormStore &store)
{
    const int n = text.size();
    const char16_t *const units = text.utf16();
    const TokenLexicon &lexicon = TokenLexicon::rules();
    int i = 0;
    while (i < n) {
        const char16_t c = units[i];
        const quint8 ascii = c < 0x80 ? s_asciiKinds[c] : quint8(AsciiOther);
        if ((ascii & AsciiSpace) || (c >= 0x80 && QChar(c).isSpace())) {
            ++i;
            continue;
        }
        const int start = i;
        bool word = false;
        bool numeric = false;
        bool plain = false;
        bool upper = false; // an ASCII capital in a plain word
        // An ASCII letter or digit starts a word at once (nearly every token does). Any other
        // character is asked whether it is the possessive 's first: some apostrophes (U+02BC,
        // U+02BE, U+02BF) are letters, and U+02BC "s-based" is the possessive and two more tokens.
        const bool asciiWord = ascii & AsciiWord;
        const bool possessive = !asciiWord && Tokenizer::isApostrophe(QChar(c)) && i + 1 < n
            && (units[i + 1] == u's' || units[i + 1] == u'S')
            && (i + 2 >= n || !isWordChar(QChar(units[i + 2])));
        if (possessive) {
            i += 2; // possessive 's after an entity hit
            word = true;
        } else if (asciiWord || isWordChar(QChar(c))) {
            bool allDigits = true;
            plain = true;
            while (i < n) {
                if (i + 16 <= n) {
                    bool letters = false;
                    const int run = asciiWordRun(units + i, letters, upper);
                    allDigits = allDigits && !letters;
                    i += run;
                    if (run == 16)
                        continue;
                }
                const char16_t d = units[i];
                if (d == u' ')
                    break; // the end of most words: a space joins nothing
                if (d < 0x80) {
                    // The ASCII letters and digits nearly every word of a news text is made of.
                    if (char16_t(d - u'a') < 26) {
                        allDigits = false;
                        ++i;
                        continue;
                    }
                    if (char16_t(d - u'A') < 26) {
                        allDigits = false;
                        upper = true;
                        ++i;
                        continue;
                    }
                    if (char16_t(d - u'0') < 10) {
                        ++i;
                        continue;
                    }
                } else if (isNonAsciiWordChar(QChar(d))) {
                    if (!QChar(d).isDigit())
                        allDigits = false;
                    plain = false;
                    ++i;
                    continue;
                }
                const QChar joiner(d);
                const bool nextIsWord = i + 1 < n && isWordChar(QChar(units[i + 1]));
                if (!nextIsWord)
                    break;
                const QChar previous(units[i - 1]);
                const QChar next(units[i + 1]);
                if (Tokenizer::isApostrophe(joiner) && previous.isLetter() && next.isLetter()) {
                    plain = false;
                    ++i;
                    continue;
                }
                if (Tokenizer::isHyphen(joiner) && !(previous.isDigit() && next.isDigit())) {
                    allDigits = false;
                    plain = false;
                    ++i;
                    continue;
                }
                if (isDigitSeparator(joiner) && previous.isDigit() && next.isDigit()) {
                    plain = false;
                    ++i;
                    continue;
                }
                break;
            }
            word = true;
            numeric = allDigits;
        } else {
            ++i;
        }
        const QStringView surface(units + start, i - start);
        QStringView norm;
        if (plain && !upper) {
            norm = surface; // already normal
        } else if (plain) {
            norm = foldPlainWord(units, start, i, n, store);
        } else {
            norm = Tokenizer::normalise(surface, store);
        }
        // Written once, field by field, where it lies in the list: a token built aside and
        // copied in, or one whose fields were read back while it was filled, stalled a
        // store-to-load forward per token.
        Token &token = tokens.emplace_back();
        token.start = start + offset;
        token.end = i + offset;
        token.norm = norm;
        token.word = word;
        token.numeric = numeric;
        token.capitalised = QChar(units[start]).isUpper();
        token.plain = plain;
        token.classes = lexicon.mayHold(norm);
        // The space after a token (most often a word), taken here rather than by another turn
        // of the loop.
        if (i < n && units[i] == u' ')
            ++i;
    }
}

} // namespace

void Tokenizer::tokenize(QStringView text, int offset, QList<Token> &tokens, NormStore &store)
{
    tokenizeInto(text, offset, tokens, store);
}

void Tokenizer::tokenize(QStringView text, int offset, std::vector<Token> &tokens,
                         NormStore &store)
{
    tokenizeInto(text, offset, tokens, store);
}
