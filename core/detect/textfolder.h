#pragma once

#include <QString>
#include <QStringView>

// Folds text for matching, one UTF-16 code unit to one code unit, so that a position in the
// folded text is the same position in the original: folded[i] stands for text[i]. The
// original text is never changed; the folded view exists only to be matched against.
//
// What folds to what (the table is built once, 65,536 entries):
// - case: simple lower-case mapping; the Turkish dotted capital İ (U+0130) and the dotless ı
//   (U+0131) both fold to 'i' on purpose, so "İdlib" and "Idlib" match. German ß stays ß: a
//   one-to-one fold cannot expand it, so "Strasse" does not match an alias written "Straße"
//   (and the other way round); list both spellings in the knowledge base when it matters.
// - diacritics of precomposed Latin letters are dropped (é -> e, ü -> u, ç -> c, ş -> s),
//   taking the first character of the canonical decomposition.
// - apostrophes and single quotes ’ ‘ ʼ ʻ ` ´ ′ -> '
// - hyphens, dashes and the underscore ‐ ‑ ‒ – — ― - _ -> space; every other space
//   (NBSP, thin space, tab, line breaks) -> space.
// - Arabic: the alef forms أ إ آ ٱ -> ا, ة -> ه, ى -> ي, Persian ی -> ي and ک -> ك. Letters
//   otherwise stay as they are.
// - Units that carry no letter of their own fold to TextFolder::Ignorable: combining marks
//   (U+0300-036F and every other non-spacing mark, which includes the Arabic harakat), the
//   Arabic tatweel (U+0640), zero-width joiners (U+200C, U+200D) and the soft hyphen. They
//   cannot be deleted without breaking the one-to-one map, so the matcher treats them as a
//   self-loop: it steps over them inside a name and a match never starts or ends between a
//   letter and its mark. "Tu\u0308rkiye" (decomposed ü) therefore matches "Turkiye".
//
// Characters outside the Basic Multilingual Plane (emoji, two units each) are left alone and
// count as non-letters.
class TextFolder
{
public:
    // The folded value of a unit that matching skips. A noncharacter, so it never occurs as
    // meaningful text; an original U+FDD0 folds to it too.
    static constexpr char16_t Ignorable = 0xFDD0;

    static char16_t foldUnit(char16_t unit) { return table()[unit]; }
    // The whole text folded; the result has exactly text.size() units.
    static QString fold(QStringView text);

    // The key under which an alias is stored and looked up: folded, ignorable units removed,
    // separators trimmed and collapsed to one space, and a leading "the " dropped when more
    // follows ("the Levant Front" -> "levant front"). Empty when nothing wordlike remains.
    static QString key(QStringView alias);

    // True when a folded unit is a letter or a digit (a word character for whole-word
    // matching). Ignorable units are not word characters.
    static bool isWordUnit(char16_t folded) { return wordTable()[folded] != 0; }

    // The fold table, built once on first use (thread-safe).
    static const char16_t *table();
    static const unsigned char *wordTable();
};
