#pragma once

#include "core/model/annotation.h"

#include <QList>

// How two mentions' spans must relate to count as the same mention: strict = the same start
// and end; lenient = overlapping by at least one code point (codebook section 7).
enum class SpanMatch { Strict, Lenient };

// Pairs the mentions of two readers of one article one-to-one, so that each mention is
// matched at most once. Candidates are every pair whose spans qualify under `match` (and whose
// types are equal when `sameType` is set); they are taken greedily in this order: identical
// spans first, then equal types, then the larger overlap, then text order. The order makes
// the pairing deterministic and gives an exact match priority over a near one, so "Faylaq
// al-Sham" is not stolen by an overlapping "Faylaq al-Sham fighters" of another type.
class MentionAligner
{
public:
    struct Pair
    {
        int first = -1;  // index into the first list, -1 when the second's mention is unpaired
        int second = -1; // index into the second list, -1 when the first's mention is unpaired
    };

    // Every mention of both lists appears in exactly one pair: matched pairs in the first
    // list's order, then the first list's unpaired, then the second list's unpaired.
    static QList<Pair> align(const QList<Mention> &first, const QList<Mention> &second,
                             SpanMatch match, bool sameType);

    static bool overlaps(int start1, int end1, int start2, int end2)
    {
        return start1 < end2 && start2 < end1;
    }
};
