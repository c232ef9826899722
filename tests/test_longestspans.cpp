#include "core/detect/rules/longestspans.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using LongestSpans::Span;

// Overlaps between the detector's proposals: longest wins, on a tie the earlier in the list.
class TestLongestSpans : public QObject
{
    Q_OBJECT

private:
    // The ranking over the whole list at once, as the detector did it before clusters: every
    // span in order of length (ties by position), kept when it overlaps nothing kept.
    static std::vector<int> wholeListRanking(const std::vector<Span> &spans)
    {
        std::vector<int> order(spans.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return spans[a].end - spans[a].start > spans[b].end - spans[b].start;
        });
        std::vector<int> kept;
        for (const int i : order) {
            const bool free = std::none_of(kept.cbegin(), kept.cend(), [&](int k) {
                return spans[i].start < spans[k].end && spans[k].start < spans[i].end;
            });
            if (free)
                kept.push_back(i);
        }
        std::sort(kept.begin(), kept.end(),
                  [&](int a, int b) { return spans[a].start < spans[b].start; });
        return kept;
    }

private slots:
    void spansWithoutOverlapsAreAllKeptInTextOrder()
    {
        // Knowledge-base hits [0, 3), then the rules' mentions [3, 5), interleaved in the text.
        const std::vector<Span> spans{{0, 5}, {10, 14}, {30, 31}, {6, 9}, {20, 25}};
        QCOMPARE(LongestSpans::keep(spans, {0, 3}), (std::vector<int>{0, 3, 1, 4, 2}));
    }

    void theLongerOfTwoOverlappingSpansWins()
    {
        // "Qatari" (a hit) inside "Abu Abd al-Aziz al-Qatari" (a rule's person).
        const std::vector<Span> spans{{20, 26}, {0, 26}};
        QCOMPARE(LongestSpans::keep(spans, {0, 1}), (std::vector<int>{1}));
    }

    void onEqualLengthTheEarlierInTheListWins()
    {
        // The same length: the knowledge base's hit (first run) beats the rule's mention, even
        // when the mention starts first.
        const std::vector<Span> spans{{4, 9}, {2, 7}};
        QCOMPARE(LongestSpans::keep(spans, {0, 1}), (std::vector<int>{0}));
    }

    void aChainOfOverlapsIsRankedAsAWhole()
    {
        // [0,4) and [5,9) both overlap [3,6) but not each other: the middle one goes, the two
        // longer ones stay, and the untouched span after them too.
        const std::vector<Span> spans{{0, 4}, {3, 6}, {5, 9}, {40, 45}};
        QCOMPARE(LongestSpans::keep(spans, {0}), (std::vector<int>{0, 2, 3}));
    }

    void aRunOutOfOrderIsSortedNotTrusted()
    {
        const std::vector<Span> spans{{10, 12}, {0, 3}, {2, 8}};
        QCOMPARE(LongestSpans::keep(spans, {0}), (std::vector<int>{2, 0}));
    }

    void keepsWhatRankingTheWholeListKeeps()
    {
        // Random spans in two start-ordered runs, dense enough for clusters of every size.
        QRandomGenerator random(20261125);
        for (int round = 0; round < 300; ++round) {
            const int count = int(random.bounded(1, 60));
            const int split = int(random.bounded(0, count + 1));
            std::vector<Span> spans;
            for (int i = 0; i < count; ++i) {
                const int start = int(random.bounded(0, 200));
                spans.push_back({start, start + int(random.bounded(1, 25))});
            }
            const auto byStart = [](const Span &a, const Span &b) { return a.start < b.start; };
            std::stable_sort(spans.begin(), spans.begin() + split, byStart);
            std::stable_sort(spans.begin() + split, spans.end(), byStart);
            QCOMPARE(LongestSpans::keep(spans, {0, split}), wholeListRanking(spans));
        }
    }
};

QTEST_GUILESS_MAIN(TestLongestSpans)
#include "test_longestspans.moc"
