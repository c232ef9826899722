#include "core/quality/spanagreement.h"

#include <QSet>

void SpanAgreement::add(const QString &documentId, const QList<Mention> &first,
                        const QList<Mention> &second)
{
    QMap<QString, PrfCounts> &counts = m_counts[documentId];
    const auto pairs = MentionAligner::align(first, second, m_match, true);
    for (const MentionAligner::Pair &p : pairs) {
        if (p.first >= 0 && p.second >= 0)
            ++counts[toString(first[p.first].type)].truePositives;
        else if (p.first >= 0)
            ++counts[toString(first[p.first].type)].falseNegatives;
        else
            ++counts[toString(second[p.second].type)].falsePositives;
    }
}

QMap<QString, PrfCounts> SpanAgreement::byType() const
{
    QMap<QString, PrfCounts> result;
    for (const auto &perType : m_counts) {
        for (auto it = perType.cbegin(); it != perType.cend(); ++it)
            result[it.key()] += it.value();
    }
    return result;
}

QMap<QString, PrfCounts> SpanAgreement::byDocument() const
{
    QMap<QString, PrfCounts> result;
    for (auto doc = m_counts.cbegin(); doc != m_counts.cend(); ++doc) {
        PrfCounts &sum = result[doc.key()];
        for (const PrfCounts &c : doc.value())
            sum += c;
    }
    return result;
}

PrfCounts SpanAgreement::total() const
{
    PrfCounts sum;
    for (const PrfCounts &c : byDocument())
        sum += c;
    return sum;
}

namespace {

QString pairKey(const QString &first, const QString &second)
{
    return first + QLatin1Char('\n') + second;
}

} // namespace

PairwiseSpanAgreement::PairwiseSpanAgreement(const QList<AnnotatorMentions> &articles,
                                             SpanMatch match)
    : m_match(match)
{
    QSet<QString> names;
    for (const AnnotatorMentions &article : articles) {
        for (auto it = article.byAnnotator.cbegin(); it != article.byAnnotator.cend(); ++it)
            names.insert(it.key());
    }
    m_annotators = QStringList(names.cbegin(), names.cend());
    m_annotators.sort();

    // Both orders of every pair are kept, so that pair(a, b) reads with a as the reference
    // whichever way it is asked.
    for (const AnnotatorMentions &article : articles) {
        for (auto a = article.byAnnotator.cbegin(); a != article.byAnnotator.cend(); ++a) {
            for (auto b = article.byAnnotator.cbegin(); b != article.byAnnotator.cend(); ++b) {
                if (a.key() == b.key())
                    continue;
                auto it = m_pairs.find(pairKey(a.key(), b.key()));
                if (it == m_pairs.end())
                    it = m_pairs.insert(pairKey(a.key(), b.key()), SpanAgreement(m_match));
                it->add(article.documentId, a.value(), b.value());
            }
        }
    }
}

SpanAgreement PairwiseSpanAgreement::pair(const QString &first, const QString &second) const
{
    return m_pairs.value(pairKey(first, second), SpanAgreement(m_match));
}

std::optional<double> PairwiseSpanAgreement::f1(const QString &first, const QString &second) const
{
    if (first == second)
        return m_annotators.contains(first) ? std::optional<double>(1.0) : std::nullopt;
    const auto it = m_pairs.constFind(pairKey(first, second));
    if (it == m_pairs.cend() || it->documents() == 0)
        return std::nullopt;
    return it->total().f1();
}
