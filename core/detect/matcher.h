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
// and "Al–Qaeda" are one alias), and the keys are cut into tokens (words and single
// separators) and put in a trie whose edges are tokens. Since matches are whole words, the
// scan hashes each word of the text once and looks it up among the first words of the
// aliases; only a word that starts some alias leads to a walk down the trie, comparing the
// folded text. See matcher.cpp for the layout and what was measured.
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
        int patterns = 0;     // distinct alias keys
        int nodes = 0;        // trie nodes (one per token of an alias prefix, and the root)
        int hashedNodes = 0;  // nodes whose children are a hash table (the root first)
        int firstWords = 0;   // distinct words that start some alias
        qint64 bytes = 0;     // memory held by the trie, its tables and the candidates
    };

    // The children of a node with more than a few of them (the root: every first word) are a
    // hash table while the tables fit this many bytes; beyond it they are a sorted list
    // searched by bisection. Only tests set it lower (to exercise the lists).
    static constexpr qint64 DefaultDenseBudget = 48ll * 1024 * 1024;

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
