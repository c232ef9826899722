#pragma once

#include "core/quality/annotatormentions.h"
#include "core/quality/mentionaligner.h"
#include "core/quality/prfcounts.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Span F1 between two annotators' mentions, per entity type, per document and overall. The
// first annotator is taken as the reference: a mention both marked (same type, and the same
// span or an overlapping one by `match`) is a true positive, one only the first marked a false
// negative, one only the second marked a false positive. F1 does not depend on that choice:
// swapping the two swaps precision and recall and leaves F1 as it is.
class SpanAgreement
{
public:
    explicit SpanAgreement(SpanMatch match = SpanMatch::Strict) : m_match(match) {}

    void add(const QString &documentId, const QList<Mention> &first,
             const QList<Mention> &second);

    SpanMatch match() const { return m_match; }
    // Entity type spelling -> counts over every document added.
    QMap<QString, PrfCounts> byType() const;
    // Document id -> counts over every type.
    QMap<QString, PrfCounts> byDocument() const;
    // Entity type spelling -> counts in one document.
    QMap<QString, PrfCounts> forDocument(const QString &documentId) const
    {
        return m_counts.value(documentId);
    }
    PrfCounts total() const;
    int documents() const { return int(m_counts.size()); }

private:
    SpanMatch m_match;
    QMap<QString, QMap<QString, PrfCounts>> m_counts; // document -> type -> counts
};

// Span F1 of every pair of N annotators over the articles both of them read: the pairwise
// matrix of the agreement view. Articles one of the two never read do not count against them.
class PairwiseSpanAgreement
{
public:
    PairwiseSpanAgreement(const QList<AnnotatorMentions> &articles, SpanMatch match);

    // Every annotator named in any article, sorted.
    QStringList annotators() const { return m_annotators; }
    // The two annotators' span agreement (the first as reference); an empty one, with no
    // documents, when they share no article.
    SpanAgreement pair(const QString &first, const QString &second) const;
    // Overall F1 of the two; nothing when they share no article. An annotator with itself is 1.
    std::optional<double> f1(const QString &first, const QString &second) const;

private:
    SpanMatch m_match;
    QStringList m_annotators;
    QMap<QString, SpanAgreement> m_pairs; // "first\nsecond", both orders
};
