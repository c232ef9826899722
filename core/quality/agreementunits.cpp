#include "core/quality/agreementunits.h"

#include <algorithm>

AgreementUnits::AgreementUnits(const QStringList &coders, SpanMatch match)
    : m_coders(coders), m_match(match), m_values(coders.size())
{
}

QStringList AgreementUnits::labelsOf(const QString &coder) const
{
    const qsizetype at = m_coders.indexOf(coder);
    return at < 0 ? QStringList() : m_values[at];
}

void AgreementUnits::addUnit(const QString &documentId, int start, int end,
                             const QStringList &labels)
{
    m_units.append({documentId, start, end});
    for (qsizetype c = 0; c < m_coders.size(); ++c)
        m_values[c].append(labels[c]);
}

namespace {

struct Marked
{
    int coder;
    const Mention *mention;
};

} // namespace

void AgreementUnits::add(const AnnotatorMentions &article)
{
    QList<Marked> marked;
    for (qsizetype c = 0; c < m_coders.size(); ++c) {
        const auto it = article.byAnnotator.constFind(m_coders[c]);
        if (it == article.byAnnotator.cend())
            continue;
        for (const Mention &m : *it)
            marked.append({int(c), &m});
    }
    std::stable_sort(marked.begin(), marked.end(), [](const Marked &a, const Marked &b) {
        return a.mention->start != b.mention->start ? a.mention->start < b.mention->start
                                                    : a.mention->end < b.mention->end;
    });

    // Starts a unit's labels: "none" for the coders who read the article, missing otherwise.
    QStringList unread;
    for (const QString &coder : m_coders)
        unread.append(article.byAnnotator.contains(coder) ? noLabel() : QString());

    qsizetype i = 0;
    while (i < marked.size()) {
        const int start = marked[i].mention->start;
        int end = marked[i].mention->end;
        qsizetype j = i + 1;
        if (m_match == SpanMatch::Strict) {
            while (j < marked.size() && marked[j].mention->start == start
                   && marked[j].mention->end == end)
                ++j;
        } else {
            while (j < marked.size() && marked[j].mention->start < end) {
                end = std::max(end, marked[j].mention->end);
                ++j;
            }
        }
        QStringList labels = unread;
        QList<int> longest(m_coders.size(), -1);
        for (qsizetype k = i; k < j; ++k) {
            const Mention &m = *marked[k].mention;
            const int coder = marked[k].coder;
            if (m.end - m.start > longest[coder]) {
                longest[coder] = m.end - m.start;
                labels[coder] = toString(m.type);
            }
        }
        addUnit(article.documentId, start, end, labels);
        i = j;
    }
}
