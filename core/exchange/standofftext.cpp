#include "core/exchange/standofftext.h"

#include <algorithm>

StandoffText::StandoffText(const QString &articleText, LineEnds lineEnds)
{
    if (lineEnds == LineEnds::Keep || !articleText.contains(QLatin1Char('\r'))) {
        m_text = articleText;
        m_offsets = OffsetMap(m_text);
        return;
    }
    m_text.reserve(articleText.size());
    int codePoint = 0;
    for (qsizetype i = 0; i < articleText.size(); ++i) {
        const QChar c = articleText.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < articleText.size() && articleText.at(i + 1) == QLatin1Char('\n'))
                m_removed.append(codePoint);
            else
                m_text += QLatin1Char('\n');
        } else {
            m_text += c;
        }
        // A surrogate pair is one code point: count it at its low half.
        if (!(c.isHighSurrogate() && i + 1 < articleText.size()
              && articleText.at(i + 1).isLowSurrogate()))
            ++codePoint;
    }
    m_offsets = OffsetMap(m_text);
}

int StandoffText::toOutput(int articleCodePoint) const
{
    const auto removedBefore = std::lower_bound(m_removed.cbegin(), m_removed.cend(),
                                                articleCodePoint);
    return articleCodePoint - int(removedBefore - m_removed.cbegin());
}

QString StandoffText::slice(int outputStart, int outputEnd) const
{
    const int from = m_offsets.toUtf16(outputStart);
    return m_text.mid(from, m_offsets.toUtf16(outputEnd) - from);
}
