#include "core/text/displaymap.h"

#include <algorithm>

namespace {

// Characters that end a block in a QTextDocument built with setPlainText().
bool endsBlock(QChar c)
{
    return c == QLatin1Char('\n') || c == QChar::ParagraphSeparator;
}

// A break may go before `position` when that does not split a surrogate pair, a character from
// the combining marks (and variation selectors) that follow it, or an emoji sequence joined by
// a zero-width joiner.
bool canBreakBefore(QStringView text, int position)
{
    constexpr char16_t zeroWidthJoiner = 0x200D;
    const QChar c = text[position];
    return !c.isLowSurrogate() && !c.isMark() && c != zeroWidthJoiner
        && text[position - 1] != zeroWidthJoiner;
}

} // namespace

DisplayMap::DisplayMap(QStringView text, int maxBlockLength)
    : m_offsets(text)
{
    const int length = int(text.size());
    const int limit = std::max(maxBlockLength, 2);
    int blockStart = 0;
    int afterSpace = -1; // position after the last space of the current block
    for (int i = 0; i < length; ++i) {
        const QChar c = text[i];
        if (endsBlock(c)) {
            blockStart = i + 1;
            afterSpace = -1;
            continue;
        }
        if (i - blockStart < limit) {
            if (c.isSpace())
                afterSpace = i + 1;
            continue;
        }
        // The block has reached the limit: break after its last space when that keeps at
        // least half the block, else between two characters that may be parted.
        int at = afterSpace > blockStart + limit / 2 ? afterSpace : i;
        while (at > blockStart + 1 && !canBreakBefore(text, at))
            --at;
        m_breaks.append(at);
        blockStart = at;
        afterSpace = -1;
        // Look at the characters from the break on again (their spaces belong to the new block).
        i = at - 1;
    }

    m_text.reserve(length + m_breaks.size());
    int from = 0;
    for (int at : std::as_const(m_breaks)) {
        m_text.append(text.mid(from, at - from));
        m_text.append(QLatin1Char('\n'));
        from = at;
    }
    m_text.append(text.mid(from));
    m_text.replace(QLatin1Char('\r'), QLatin1Char(' '));
}

int DisplayMap::toDisplay(int codePoint) const
{
    const int utf16 = m_offsets.toUtf16(codePoint);
    // Every break inserted before or at the position comes before it in the shown text.
    const auto before = std::upper_bound(m_breaks.cbegin(), m_breaks.cend(), utf16);
    return utf16 + int(before - m_breaks.cbegin());
}

int DisplayMap::toCodePoint(int displayPosition) const
{
    const int position = std::clamp(displayPosition, 0, int(m_text.size()));
    // Count the breaks shown before the position: the i-th is shown at m_breaks[i] + i, which
    // grows with i, so a binary search over i finds them.
    int lo = 0;
    int hi = int(m_breaks.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_breaks[mid] + mid < position)
            lo = mid + 1;
        else
            hi = mid;
    }
    return m_offsets.toCodePoint(position - lo);
}

bool DisplayMap::isInsertedBreak(int displayPosition) const
{
    int lo = 0;
    int hi = int(m_breaks.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_breaks[mid] + mid < displayPosition)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m_breaks.size() && m_breaks[lo] + lo == displayPosition;
}
