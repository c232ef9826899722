#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Converts between Unicode code point offsets (what the database and the exports store) and
// QString positions (UTF-16 code units, what Qt's text classes use) for one text.
//
// Only characters outside the Basic Multilingual Plane take two UTF-16 units, and they are
// rare in news text, so the map keeps just the UTF-16 positions of surrogate pairs: a text
// without any converts by identity, and one with k of them converts by binary search over k.
// Combining marks and Arabic letters are one code point and one UTF-16 unit each; they need
// no entry, but they are tested to make sure of it.
class OffsetMap
{
public:
    OffsetMap() = default;
    explicit OffsetMap(QStringView text);

    int codePointCount() const { return m_utf16Length - m_pairStarts.size(); }
    int utf16Length() const { return m_utf16Length; }

    // Code point offset -> UTF-16 position. Offsets past the end clamp to the end.
    int toUtf16(int codePoint) const;
    // UTF-16 position -> code point offset. A position inside a surrogate pair maps to the
    // code point that pair encodes (the position is rounded down).
    int toCodePoint(int utf16Position) const;

    // Convenience for one-off conversions where building a map is not worth it.
    static int codePointLength(QStringView text);

private:
    QList<int> m_pairStarts; // UTF-16 positions of high surrogates, ascending
    int m_utf16Length = 0;
};
