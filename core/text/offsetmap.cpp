#include "core/text/offsetmap.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// The first position in [from, size) that holds a UTF-16 surrogate, or `size`. 32 units at a
// time with SSE2 (every x86-64 processor has it): a unit u is a surrogate when u - 0xD800, as
// a 16-bit unsigned number, is below 0x800, that is when its top five bits are all zero.
// Nearly every text has no surrogate at all, and this scan was a visible part of detection.
int nextSurrogate(const char16_t *data, int from, int size)
{
    int i = from;
#if defined(__SSE2__)
    const __m128i base = _mm_set1_epi16(short(0xD800));
    const __m128i topBits = _mm_set1_epi16(short(0xF800));
    const __m128i zero = _mm_setzero_si128();
    // 32 units to a branch, then 8: the four blocks' tests are or-ed first.
    auto surrogates = [&](int at) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at));
        return _mm_cmpeq_epi16(_mm_and_si128(_mm_sub_epi16(units, base), topBits), zero);
    };
    for (; i + 32 <= size; i += 32) {
        const __m128i any = _mm_or_si128(_mm_or_si128(surrogates(i), surrogates(i + 8)),
                                         _mm_or_si128(surrogates(i + 16), surrogates(i + 24)));
        if (_mm_movemask_epi8(any) != 0)
            break; // a surrogate among these 32: found eight and then one at a time below
    }
    for (; i + 8 <= size; i += 8) {
        if (_mm_movemask_epi8(surrogates(i)) != 0)
            break; // a surrogate among these eight: found unit by unit below
    }
#endif
    for (; i < size; ++i) {
        if (char16_t(data[i] - 0xD800) < 0x800)
            return i;
    }
    return size;
}

} // namespace

OffsetMap::OffsetMap(QStringView text)
    : m_utf16Length(int(text.size()))
{
    const char16_t *const data = text.utf16();
    for (int i = nextSurrogate(data, 0, m_utf16Length); i + 1 < m_utf16Length;
         i = nextSurrogate(data, i, m_utf16Length)) {
        if (QChar::isHighSurrogate(data[i]) && QChar::isLowSurrogate(data[i + 1])) {
            m_pairStarts.append(i);
            i += 2;
        } else {
            ++i; // a lone surrogate: one code point of its own
        }
    }
}

int OffsetMap::toUtf16(int codePoint) const
{
    if (codePoint <= 0)
        return 0;
    if (codePoint >= codePointCount())
        return m_utf16Length;
    // The k-th pair start p (0-based) holds code point p - k. Every pair that starts before
    // the wanted code point adds one unit. Find how many pairs have p - k < codePoint.
    int lo = 0;
    int hi = int(m_pairStarts.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_pairStarts[mid] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

int OffsetMap::toCodePoint(int utf16Position) const
{
    if (utf16Position <= 0)
        return 0;
    if (utf16Position >= m_utf16Length)
        return codePointCount();
    // Each pair that starts before the position makes it one unit longer than its code
    // point offset. A position on a low surrogate (pair start + 1) counts its own pair too,
    // which rounds it down to the pair's code point, as documented.
    const auto it = std::lower_bound(m_pairStarts.cbegin(), m_pairStarts.cend(), utf16Position);
    return utf16Position - int(it - m_pairStarts.cbegin());
}

int OffsetMap::codePointLength(QStringView text)
{
    int pairs = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            ++pairs;
            ++i;
        }
    }
    return int(text.size()) - pairs;
}
