#pragma once

#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

// The word lists the rules look for at every token, one bit each. The tokenizer asks once per
// token which lists may hold its word (Token::classes), and a rule's pass over a sentence tests
// its bit where each rule had a filter of its own to ask at every token.
namespace TokenClass {
enum : quint32 {
    Incident = 1u << 0,      // EventBuilder: attack, weapon and ground-assault words
    DateHead = 1u << 1,      // DateRule: month and weekday names, "yesterday", "week", ...
    NumberStarter = 1u << 2, // NumberReader (codebook defaults): a word a number phrase begins
    SourceStart = 1u << 3,   // SourceRule: "according" and the speech verbs
    AttackerNoun = 1u << 4,  // UnidentifiedGroupRule: "gunmen", "bandits"
    CasualtyScope = 1u << 5, // CasualtyRule: incident nouns, aggregate cues, hedges, cue starts
    Of = 1u << 6,            // "of"
    Between = 1u << 7,       // "between"
    Joint = 1u << 8,         // "joint"
    NamingCue = 1u << 9,     // UnknownGroupRule: the cue word of "called", "named", "known as"
    HomeForce = 1u << 10,    // HomeForceRule: "army", "police", "government", "pro-government"
};
}

// Which of the rules' word lists may hold a word (a normal form, as Tokenizer::normalise gives
// it): a filter, not a look-up. A list's bit is set for every word of the list and for the few
// other words that share a cell with one of them (the cell of a word is a hash of its length
// and its first, middle and last units, 4,096 cells), so a clear bit means "not in the list"
// and a set one "look it up": the rules test the bit, then ask their own tables for the tokens
// that pass. The filter costs the same for every word, four loads and no branch on the word
// (past the empty word's), which is what makes asking it once for all the lists cheaper than
// each list's own filter at every token.
class TokenLexicon
{
public:
    // The lexicon of the rules' own lists (built once, on first use).
    static const TokenLexicon &rules();

    // Each list's words with the bits they set (empty words are skipped).
    explicit TokenLexicon(const std::vector<std::pair<QStringList, quint32>> &lists);

    // The bits of the lists that may hold the word (all of those that do): 0 for most words.
    quint32 mayHold(QStringView word) const
    {
        return word.isEmpty() ? 0 : m_cells[cellOf(word)];
    }

private:
    // The cell of a word of one unit or more: its length and its first, middle and last units,
    // mixed.
    static std::uint32_t cellOf(QStringView word)
    {
        const std::size_t n = std::size_t(word.size());
        const char16_t *const units = word.utf16();
        const std::uint32_t mixed = (std::uint32_t(units[0]) * 0x9E3779B1u)
            ^ (std::uint32_t(units[n / 2]) * 0x27D4EB2Fu)
            ^ (std::uint32_t(units[n - 1]) * 0x85EBCA77u) ^ (std::uint32_t(n) * 0xC2B2AE3Du);
        return mixed >> 20; // 12 bits
    }

    quint32 m_cells[4096] = {};
};
