#pragma once

#include "core/kb/kbentry.h"
#include "core/text/offsetmap.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <memory>

class KnowledgeBase;

// Finds every alias of every knowledge-base entry in a text in one pass: case-insensitive
// through the TextFolder fold, whole words only, leftmost-longest and non-overlapping.
//
// Built once from all names of a KnowledgeBase (bundled + project overlay): each name is
// reduced to TextFolder::key() (so a leading "the " is dropped and "al-Qaeda", "al Qaeda"
// and "Al–Qaeda" are one alias), and the keys are compiled into an Aho-Corasick automaton
// with a full transition table (a DFA) over a small alphabet of character classes. The scan
// costs one class look-up and one table look-up per UTF-16 unit; see matcher.cpp for how
// whole-word matching is built into the automaton and how large alias lists stay in memory.
//
// Rules the scan follows:
// - A match starts after a non-letter/digit (or at the start) and ends before one (or at the
//   end); "Hamas" is not found in "Hamastown", "ISIS" is found in "ISIS-affiliated".
// - Of overlapping matches the one that starts first wins, then the longest ("Free Syrian
//   Army" over "Syrian Army" over "Syria").
// - Aliases of at most three letters written all in capitals in the knowledge base ("IS",
//   "AQ", "US", "SDF") match only when the text writes them with no lower-case letter, so
//   "is" and "us" are not matches.
// - Ignorable units (combining marks, tatweel) are stepped over inside a name, and trailing
//   ones are kept in the match so a span never splits a letter from its mark.
// - When one alias names several entries, the match carries all of them, best first (the
//   KnowledgeBase::ranksBefore order): `entry` and `alternatives`.
//
// A Matcher is immutable and cheap to copy (shared data); the KbEntry pointers in matches
// point into that shared data and stay valid while any copy of the matcher lives. find() may
// be called from several threads at once.
class Matcher
{
public:
    struct Match
    {
        int start = 0; // UTF-16 positions in the original text, end exclusive
        int end = 0;
        const KbEntry *entry = nullptr;
        QList<const KbEntry *> alternatives; // other entries with the same alias, best first
        QString alias;                       // the knowledge-base spelling that matched
        bool adjective = false;              // the alias is an adjective/demonym ("Turkish")

        // The same span in code points (what annotations store).
        int codePointStart(const OffsetMap &map) const { return map.toCodePoint(start); }
        int codePointEnd(const OffsetMap &map) const { return map.toCodePoint(end); }
    };

    struct Statistics
    {
        int patterns = 0;    // distinct alias keys
        int states = 0;      // automaton states
        int denseStates = 0; // states with a full transition row
        int classes = 0;     // character classes (columns of the table)
        qint64 bytes = 0;    // memory held by the automaton
    };

    // The dense part of the table is capped at this many bytes; deeper, rarely visited states
    // keep only their trie edges and a failure link.
    static constexpr qint64 DefaultDenseBudget = 48ll * 1024 * 1024;
    // States deeper than this (counted in automaton steps) are kept sparse even within the
    // budget: a full table larger than the caches is slower than compact deep states.
    static constexpr unsigned DenseDepth = 5;

    Matcher(); // matches nothing
    explicit Matcher(const KnowledgeBase &kb, qint64 denseBudgetBytes = DefaultDenseBudget);

    QList<Match> find(QStringView text) const;

    Statistics statistics() const;
    // The entries the matcher was built from (a snapshot of the knowledge base).
    const QList<KbEntry> &entries() const;

    struct Data;

private:
    std::shared_ptr<const Data> m_data;
};
