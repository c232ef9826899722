#pragma once

#include "core/text/offsetmap.h"

#include <QList>
#include <QString>
#include <QStringView>

// The text an article view shows and the map between its positions (UTF-16 units of the shown
// text, what Qt's text classes count) and the article's code point offsets (what everything
// else stores).
//
// The shown text is the article's with two changes, both for Qt's text layout:
// - a CR is shown as a space: QTextDocument would start a block at a lone CR, and one unit
//   for one keeps every later position;
// - a paragraph longer than `maxBlockLength` UTF-16 units is broken into display blocks by
//   inserting a paragraph break (one '\n') after a space, or, in a stretch with no space,
//   between two characters that are not a surrogate pair or a base and its combining mark.
//   Qt lays out and repaints a whole block at a time, so a 1 MB one-paragraph article would
//   otherwise cost a relayout of 1 MB for every keystroke.
//
// An inserted break is not part of the article: its shown position maps to the code point
// after it, the same as the first character of the next display block, so a selection or a
// span ending or starting there maps back to the article exactly. Mapping a code point to
// the shown text places it after any break inserted before it.
class DisplayMap
{
public:
    static constexpr int DefaultMaxBlockLength = 2000;

    DisplayMap() = default;
    explicit DisplayMap(QStringView text, int maxBlockLength = DefaultMaxBlockLength);

    const QString &text() const { return m_text; }
    // Code point offset of the article -> position in the shown text (clamped to the ends).
    int toDisplay(int codePoint) const;
    // Position in the shown text -> code point offset of the article. A position inside a
    // surrogate pair rounds down to the pair's code point; one on an inserted break maps to the
    // code point after the break.
    int toCodePoint(int displayPosition) const;
    // How many breaks were inserted, and whether the shown character at a position is one.
    int insertedBreakCount() const { return int(m_breaks.size()); }
    bool isInsertedBreak(int displayPosition) const;

private:
    OffsetMap m_offsets;  // code points <-> UTF-16 positions of the article text
    QList<int> m_breaks;  // UTF-16 positions of the article text a break is inserted before,
                          // ascending; the i-th break is shown at m_breaks[i] + i
    QString m_text;
};
