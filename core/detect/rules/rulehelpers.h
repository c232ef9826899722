#pragma once

#include "core/detect/rules/ruledocument.h"
#include "core/model/annotation.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>

// Small pieces every rule shares: the provenance of a proposal and building a mention.
namespace RuleHelpers {

inline Provenance proposed(const QString &origin, double confidence)
{
    Provenance provenance;
    provenance.status = Status::Proposed;
    provenance.origin = origin;
    provenance.confidence = qBound(0.0, confidence, 1.0);
    return provenance;
}

inline Mention mention(const RuleDocument &document, int start, int end, EntityType type,
                       const QString &canonical, const QString &kbId, const QString &origin,
                       double confidence)
{
    Mention m;
    m.start = start;
    m.end = end;
    m.text = document.surface(start, end);
    m.type = type;
    m.canonical = canonical.isEmpty() ? m.text : canonical;
    m.kbId = kbId;
    m.provenance = proposed(origin, confidence);
    return m;
}

// A set of spans [start, end) that never overlap one another, for "is this new span free?".
// The rules keep the first of two overlapping proposals; asking every kept one made long
// articles quadratic. Kept spans do not overlap, so ordered by end they are also ordered by
// start: a span [s, e) overlaps a kept one exactly when the first kept span ending after s
// starts before e. Empty spans (which no rule makes) are kept aside and asked one by one, as
// they would break that ordering.
class SpanSet
{
public:
    bool overlaps(int start, int end) const
    {
        const auto after = m_startByEnd.upper_bound(start);
        if (after != m_startByEnd.end() && after->second < end)
            return true;
        for (const auto &empty : m_empty) {
            if (start < empty.second && empty.first < end)
                return true;
        }
        return false;
    }
    // Only for a span that overlaps nothing kept (check overlaps() first).
    void insert(int start, int end)
    {
        if (end > start)
            m_startByEnd.emplace(end, start);
        else
            m_empty.append({start, end});
    }
    // Inserts and returns true when the span overlaps nothing kept.
    bool insertIfFree(int start, int end)
    {
        if (overlaps(start, end))
            return false;
        insert(start, end);
        return true;
    }

private:
    std::map<int, int> m_startByEnd;
    QList<QPair<int, int>> m_empty;
};

// True when the normal form is the one code unit `c`: the rules' "is this token a comma?",
// asked of nearly every token, without a call to compare strings.
// A rule's word list (ASCII literals) as strings, for the lists it shows to others.
inline QStringList wordList(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list.append(QString::fromLatin1(word));
    return list;
}

inline bool isUnit(QStringView norm, char16_t c)
{
    return norm.size() == 1 && norm.utf16()[0] == c;
}

// A capitalised word token (most tokens are not): kind and capital as one number, compared
// once, as two tests each went either way as the text's words came. 1 is a capitalised Word
// (Word is 0).
inline bool isCapitalisedWord(const RuleToken &token)
{
    static_assert(RuleToken::Word == 0);
    return unsigned(token.kind) * 2u + unsigned(token.capitalised) == 1u;
}

// An ASCII word the rules compare normal forms with: `norm == Ascii("the")` answers what
// `norm == QLatin1String("the")` does, compared inline (Qt's comparison calls out of line
// whenever the lengths agree, which for one-letter marks and short words is most tokens).
struct Ascii
{
    template <std::size_t N>
    constexpr Ascii(const char (&word)[N])
        : units(word)
        , size(qsizetype(N - 1))
    {
    }
    const char *units;
    qsizetype size;

    // Forced inline: with the word known at the call, the loop folds into a few compares;
    // out of line it was a call per token in the casualty rule's victim scan.
    friend Q_ALWAYS_INLINE bool operator==(QStringView text, Ascii word)
    {
        if (text.size() != word.size)
            return false;
        const char16_t *units = text.utf16();
        for (qsizetype i = 0; i < word.size; ++i) {
            if (units[i] != char16_t(word.units[i]))
                return false;
        }
        return true;
    }
    friend Q_ALWAYS_INLINE bool operator!=(QStringView text, Ascii word)
    {
        return !(text == word);
    }
};

// Capitalised words that start sentences or clauses and are never part of a name (the list,
// for rules that merge it into their own word tables).
inline const std::initializer_list<const char *> s_capitalisedStopWords = {
    "the", "a", "an", "in", "on", "at", "he", "she", "they", "it", "this", "that", "these",
    "those", "his", "her", "their", "its", "but", "and", "or", "meanwhile", "later", "earlier",
    "however", "also", "after", "before", "during", "since", "while", "when", "according",
    "soon", "eventually", "we", "our", "i", "last", "on", "yesterday", "today", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "there", "some", "several", "many", "both", "all", "one", "two", "three",
    "four", "five", "local", "security", "government", "regime", "opposition", "rebel",
    "rebels", "islamist", "jihadist", "armed", "unknown", "foreign", "tribal", "shia", "sunni",
    "alawite", "druze", "christian", "muslim", "as", "by", "for", "from", "with", "if", "then",
    "so", "than", "mr", "mrs", "ms", "dr", "what", "who", "which", "where", "why", "how",
    "despite", "amid", "following", "update", "breaking", "video", "photo", "photos", "watch",
    "read", "more", "pro-government", "pro-opposition", "other", "another", "each", "every",
    "no", "not", "nor", "yet", "thus", "such"};

// Capitalised words that start sentences or clauses and are never part of a name.
inline bool isCapitalisedStopWord(QStringView norm)
{
    static const WordClasses<quint8> words = {{s_capitalisedStopWords, 1}};
    return words.of(norm) != 0;
}

} // namespace RuleHelpers
