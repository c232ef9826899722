#include "core/detect/rules/ruledocument.h"

#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenizer.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace {

bool isAbbreviation(QStringView word)
{
    static const QSet<QString> words = {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "brig", "capt", "sgt", "st", "no",
        "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "e.g", "i.e",
        "vs", "sen", "rep", "gov", "prof", "jr", "sr", "inc", "co", "corp", "approx", "lt.col",
        "adm", "cpl", "pvt", "fig", "u.k", "a.m", "p.m"};
    if (word.size() == 1 && word[0].isUpper())
        return true; // an initial
    return words.contains(word.toString().toLower());
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == QChar(0x201D)
        || c == QChar(0x2019) || c == QChar(0x00BB);
}

} // namespace

RuleDocument::RuleDocument(const RuleInput &input, const QList<EntityHit> &extraEntities,
                           const NumberReader &reader, const RuleDocument *tokenised)
    : m_text(input.text)
    , m_published(input.published)
{
    // Entities: longest first at each place, then drop everything overlapping a kept one.
    QList<EntityHit> all;
    all.reserve(input.hits.size() + extraEntities.size());
    all += input.hits;
    all += extraEntities;
    std::stable_sort(all.begin(), all.end(), [](const EntityHit &a, const EntityHit &b) {
        return (a.end - a.start) > (b.end - b.start);
    });
    RuleHelpers::SpanSet kept;
    m_entities.reserve(all.size());
    for (const EntityHit &hit : all) {
        if (hit.start < 0 || hit.end > m_text.size() || hit.end <= hit.start)
            continue;
        if (kept.insertIfFree(hit.start, hit.end))
            m_entities.append(hit);
    }
    std::sort(m_entities.begin(), m_entities.end(),
              [](const EntityHit &a, const EntityHit &b) { return a.start < b.start; });

    splitSentences(input.segments);
    if (tokenised
        && (tokenised->m_text.data() != m_text.data() || tokenised->m_text.size() != m_text.size()))
        tokenised = nullptr; // not the same text
    m_tokens.reserve(m_text.size() / 5);
    m_sentenceTypes.reserve(m_sentences.size());
    if (!tokenised) {
        m_words.reserve(m_text.size() / 5);
        m_sentenceWords.reserve(m_sentences.size());
    }

    for (Sentence &sentence : m_sentences)
        tokenizeSentence(sentence, reader, tokenised);
}

void RuleDocument::splitSentences(const QList<Segment> &segments)
{
    // Entities are sorted and never overlap: only the last one starting before pos can hold it.
    auto insideEntity = [this](int pos) {
        const auto it = std::lower_bound(m_entities.cbegin(), m_entities.cend(), pos,
                                         [](const EntityHit &e, int p) { return e.start < p; });
        return it != m_entities.cbegin() && pos < (it - 1)->end;
    };
    int paragraph = 0;
    int lineStartSeen = 0;
    auto countLinesBefore = [&](int pos) {
        for (int k = lineStartSeen; k < pos && k < m_text.size(); ++k) {
            if (m_text[k] == u'\n')
                ++paragraph;
        }
        lineStartSeen = std::max(lineStartSeen, pos);
    };
    QList<Segment> sorted = segments;
    std::sort(sorted.begin(), sorted.end(),
              [](const Segment &a, const Segment &b) { return a.start < b.start; });
    for (const Segment &segment : sorted) {
        if (!isClaimSegment(segment.kind))
            continue;
        const int segEnd = std::min<int>(segment.end, m_text.size());
        int pos = std::max(0, segment.start);
        while (pos < segEnd) {
            // One line at a time: a line break always ends a sentence and a paragraph.
            int lineEnd = pos;
            while (lineEnd < segEnd && m_text[lineEnd] != u'\n')
                ++lineEnd;
            countLinesBefore(pos);
            int s = pos;
            for (int k = pos; k < lineEnd; ++k) {
                const QChar c = m_text[k];
                if (c != u'.' && c != u'!' && c != u'?' && c != QChar(0x2026))
                    continue;
                int after = k + 1;
                while (after < lineEnd && isClosing(m_text[after]))
                    ++after;
                if (after < lineEnd && !m_text[after].isSpace())
                    continue;
                int next = after;
                while (next < lineEnd && m_text[next].isSpace())
                    ++next;
                if (next < lineEnd) {
                    const QChar n = m_text[next];
                    if (!(n.isUpper() || n.isDigit() || n == u'"' || n == QChar(0x201C)
                          || n == u'(' || n == u'\'' || n == QChar(0x2018)))
                        continue;
                }
                if (c == u'.') {
                    int w = k;
                    while (w > s && !m_text[w - 1].isSpace() && m_text[w - 1] != u'(')
                        --w;
                    if (isAbbreviation(m_text.mid(w, k - w)))
                        continue;
                }
                if (insideEntity(after))
                    continue;
                Sentence sentence;
                sentence.start = s;
                sentence.end = after;
                sentence.paragraph = paragraph;
                sentence.segment = segment.kind;
                m_sentences.append(sentence);
                s = next;
                k = next - 1;
            }
            // Trim and add the rest of the line.
            int e = lineEnd;
            while (e > s && m_text[e - 1].isSpace())
                --e;
            while (s < e && m_text[s].isSpace())
                ++s;
            if (e > s) {
                Sentence sentence;
                sentence.start = s;
                sentence.end = e;
                sentence.paragraph = paragraph;
                sentence.segment = segment.kind;
                m_sentences.append(sentence);
            }
            pos = lineEnd + 1;
        }
    }
    // Drop empty sentences (whitespace only).
    m_sentences.erase(std::remove_if(m_sentences.begin(), m_sentences.end(),
                                     [this](const Sentence &s) {
                                         return m_text.mid(s.start, s.end - s.start)
                                             .trimmed()
                                             .isEmpty();
                                     }),
                      m_sentences.end());
}

void RuleDocument::tokenizeSentence(Sentence &sentence, const NumberReader &reader,
                                    const RuleDocument *tokenised)
{
    sentence.firstToken = m_tokens.size();
    // Blocks: entities and number phrases inside the sentence, in text order. Sentences come in
    // text order and entities are sorted, so the sentence's entities are found by bisection.
    struct Block
    {
        int start;
        int end;
        int entity;
        int number;
    };
    QVarLengthArray<Block, 16> blocks;
    quint32 types = 0;
    const auto firstEntity = std::lower_bound(
        m_entities.cbegin(), m_entities.cend(), sentence.start,
        [](const EntityHit &e, int p) { return e.start < p; });
    for (auto it = firstEntity; it != m_entities.cend() && it->start < sentence.end; ++it) {
        if (it->end <= sentence.end) {
            blocks.append({it->start, it->end, int(it - m_entities.cbegin()), -1});
            types |= typeBit(it->type);
        }
    }
    m_sentenceTypes.append(types);

    // The sentence is tokenised once: the number reader reads these tokens, and every gap
    // between blocks that starts and ends on token boundaries takes its tokens from here. A gap
    // cut inside a token ("Turkish" + "-backed", "al-Aqsa" + "'s") is tokenised on its own, as
    // tokenising the gap alone reads it differently (see Tokenizer).
    SentenceWords own{sentence.start, sentence.end, int(m_words.size()), 0,
                      int(m_phrases.size()), 0};
    const SentenceWords *reused = nullptr;
    if (tokenised) {
        const QList<SentenceWords> &other = tokenised->m_sentenceWords;
        const auto it = std::lower_bound(other.cbegin(), other.cend(), sentence.start,
                                         [](const SentenceWords &w, int p) { return w.start < p; });
        if (it != other.cend() && it->start == sentence.start && it->end == sentence.end)
            reused = &*it;
    }
    // A reused sentence reads the other document's arrays in place (this document then has no
    // words of its own for it, so a third document would tokenise it again: still correct).
    const QList<Token> *wordList = &m_words;
    const QList<NumberPhrase> *phraseList = &m_phrases;
    if (reused) {
        wordList = &tokenised->m_words;
        phraseList = &tokenised->m_phrases;
        own = *reused;
    } else {
        const QStringView slice = m_text.mid(sentence.start, sentence.end - sentence.start);
        m_words += Tokenizer::tokenize(slice, sentence.start);
        m_phrases += reader.read(m_words.constData() + own.firstWord,
                                 m_words.size() - own.firstWord);
        own.endWord = int(m_words.size());
        own.endPhrase = int(m_phrases.size());
        m_sentenceWords.append(own);
    }
    const Token *const wordsBegin = wordList->constData() + own.firstWord;
    const Token *const wordsEnd = wordList->constData() + own.endWord;
    const qsizetype entityBlocks = blocks.size();
    for (qsizetype p = own.firstPhrase; p < own.endPhrase; ++p) {
        const NumberPhrase &phrase = (*phraseList)[p];
        const bool overlaps = std::any_of(blocks.begin(), blocks.begin() + entityBlocks,
                                          [&](const Block &b) {
                                              return phrase.start < b.end && b.start < phrase.end;
                                          });
        if (overlaps)
            continue;
        m_numbers.append(phrase);
        blocks.append({phrase.start, phrase.end, -1, int(m_numbers.size()) - 1});
    }
    if (entityBlocks > 0 && blocks.size() > entityBlocks)
        std::sort(blocks.begin(), blocks.end(),
                  [](const Block &a, const Block &b) { return a.start < b.start; });

    auto append = [&](const Token &t) {
        RuleToken token;
        token.start = t.start;
        token.end = t.end;
        token.norm = t.norm;
        token.kind = t.word ? RuleToken::Word : RuleToken::Punct;
        token.capitalised = t.capitalised;
        m_tokens.append(token);
    };
    auto addGap = [&](int from, int to) {
        if (to <= from)
            return;
        // [first, last): the sentence's tokens inside the gap; usable when none straddles an end.
        const Token *first = std::partition_point(wordsBegin, wordsEnd,
                                                  [&](const Token &t) { return t.end <= from; });
        const Token *last = std::partition_point(first, wordsEnd,
                                                 [&](const Token &t) { return t.start < to; });
        const bool aligned = (first == wordsEnd || first->start >= from)
            && (last == first || (last - 1)->end <= to);
        if (aligned) {
            for (const Token *it = first; it != last; ++it)
                append(*it);
            return;
        }
        for (const Token &t : Tokenizer::tokenize(m_text.mid(from, to - from), from))
            append(t);
    };
    int pos = sentence.start;
    for (const Block &b : blocks) {
        addGap(pos, b.start);
        RuleToken token;
        token.start = b.start;
        token.end = b.end;
        token.norm = Tokenizer::normalise(m_text.mid(b.start, b.end - b.start));
        token.kind = b.entity >= 0 ? RuleToken::Entity : RuleToken::Number;
        token.capitalised = m_text[b.start].isUpper();
        token.entity = b.entity;
        token.number = b.number;
        m_tokens.append(token);
        pos = b.end;
    }
    addGap(pos, sentence.end);
    sentence.endToken = m_tokens.size();
}

QString RuleDocument::surface(int start, int end) const
{
    return m_text.mid(start, end - start).toString();
}

int RuleDocument::sentenceOfToken(int token) const
{
    // Sentences hold consecutive runs of tokens in order: bisect.
    const auto it = std::partition_point(m_sentences.cbegin(), m_sentences.cend(),
                                         [&](const Sentence &s) { return s.endToken <= token; });
    if (it == m_sentences.cend() || token < it->firstToken)
        return -1;
    return int(it - m_sentences.cbegin());
}

bool RuleDocument::sentenceHas(int sentence, const QStringList &words) const
{
    const Sentence &s = m_sentences[sentence];
    for (int t = s.firstToken; t + words.size() <= s.endToken; ++t) {
        bool all = true;
        for (int k = 0; k < words.size() && all; ++k)
            all = m_tokens[t + k].norm == words[k];
        if (all)
            return true;
    }
    return false;
}

bool RuleDocument::sentenceHasAny(int sentence, const QStringList &words) const
{
    const Sentence &s = m_sentences[sentence];
    for (int t = s.firstToken; t < s.endToken; ++t) {
        if (words.contains(m_tokens[t].norm))
            return true;
    }
    return false;
}

QList<int> RuleDocument::entityTokens(int sentence, const QList<EntityType> &types) const
{
    QList<int> result;
    const Sentence &s = m_sentences[sentence];
    for (int t = s.firstToken; t < s.endToken; ++t) {
        if (m_tokens[t].kind == RuleToken::Entity
            && types.contains(m_entities[m_tokens[t].entity].type))
            result.append(t);
    }
    return result;
}

const EntityHit *RuleDocument::entityOf(int token) const
{
    if (token < 0 || token >= m_tokens.size() || m_tokens[token].kind != RuleToken::Entity)
        return nullptr;
    return &m_entities[m_tokens[token].entity];
}

bool RuleDocument::isActorType(EntityType type)
{
    return type == EntityType::ArmedGroup || type == EntityType::StateForce
        || type == EntityType::State;
}
