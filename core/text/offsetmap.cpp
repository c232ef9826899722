#include "core/text/offsetmap.h"

#include <algorithm>

OffsetMap::OffsetMap(QStringView text)
    : m_utf16Length(int(text.size()))
{
    const char16_t *const data = text.utf16();
    auto isSurrogate = [](char16_t unit) { return char16_t(unit - 0xD800) < 0x800; };
    int i = 0;
    while (i + 1 < m_utf16Length) {
        // Eight units at a time while none is a surrogate (nearly every text has none): a loop
        // the compiler turns into a few vector instructions, where a unit-by-unit test of both
        // halves of a pair cost a dozen instructions a unit.
        if (i + 8 <= m_utf16Length) {
            bool any = false;
            for (int k = 0; k < 8; ++k)
                any |= isSurrogate(data[i + k]);
            if (!any) {
                i += 8;
                continue;
            }
        }
        if (QChar::isHighSurrogate(data[i]) && QChar::isLowSurrogate(data[i + 1])) {
            m_pairStarts.append(i);
            i += 2;
        } else {
            ++i;
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
