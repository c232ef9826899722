#pragma once

#include "core/text/offsetmap.h"

#include <QList>
#include <QString>

// The article text as a standoff format writes it, and the one place where the article's
// code-point offsets become offsets of that text. brat wants LF line ends, so CR LF becomes LF
// and a lone CR becomes LF; every offset after a removed CR moves back by one. doccano and
// spaCy keep the text as it is, and their offsets are the article's own code points.
//
// An offset that falls between the CR and the LF of a pair maps to the LF's new position.
class StandoffText
{
public:
    enum class LineEnds { Keep, Lf };

    StandoffText(const QString &articleText, LineEnds lineEnds);

    // The text to write.
    const QString &text() const { return m_text; }
    // Article code point -> code point of text().
    int toOutput(int articleCodePoint) const;
    // The text between two code points of text().
    QString slice(int outputStart, int outputEnd) const;
    // True when CR LF pairs were made single LFs (the offsets then differ).
    bool changedLineEnds() const { return !m_removed.isEmpty(); }

private:
    QString m_text;
    OffsetMap m_offsets;   // of m_text
    QList<int> m_removed;  // article code points of removed CRs, ascending
};
