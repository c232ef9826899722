#include "core/detect/rules/ruledocument.h"

#include "core/detect/rules/longestspans.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/tokenizer.h"
#include "core/detect/rules/tokenlexicon.h"
#include "core/detect/rules/wordset.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

bool isSentenceTerminator(char16_t c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

// The first position in [from, end) that holds a sentence terminator (. ! ? …), or, when
// `LineBreaks`, a line break; else `end`. Sixteen units at a time with SSE2 (every x86-64
// processor has it): most of a line holds none, and looking for each terminator on its own was
// most of the sentence split.
template <bool LineBreaks>
int nextStop(const char16_t *text, int from, int end)
{
    int i = from;
#if defined(__SSE2__)
    const __m128i ellipsis = _mm_set1_epi16(short(u'\u2026'));
    auto byte = [](char c) { return _mm_set1_epi8(c); };
    for (; i + 16 <= end; i += 16) {
        const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i + 8));
        // The units as bytes, compared with the ASCII ones looked for: a unit of 0x100 or
        // more saturates to 0x00 or 0xFF, which is none of them. The ellipsis is compared as
        // a unit.
        const __m128i bytes = _mm_packus_epi16(low, high);
        __m128i found = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, byte('.')), _mm_cmpeq_epi8(bytes, byte('!'))),
            _mm_or_si128(_mm_cmpeq_epi8(bytes, byte('?')),
                         _mm_packs_epi16(_mm_cmpeq_epi16(low, ellipsis),
                                         _mm_cmpeq_epi16(high, ellipsis))));
        if constexpr (LineBreaks)
            found = _mm_or_si128(found, _mm_cmpeq_epi8(bytes, byte('\n')));
        if (_mm_movemask_epi8(found) != 0)
            break; // one of these sixteen: found unit by unit below
    }
#endif
    for (; i < end; ++i) {
        if (isSentenceTerminator(text[i]) || (LineBreaks && text[i] == u'\n'))
            return i;
    }
    return end;
}

int nextTerminator(const char16_t *text, int from, int end)
{
    return nextStop<false>(text, from, end);
}

bool isAbbreviation(QStringView word)
{
    static const WordSet words = {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "brig", "capt", "sgt", "st", "no",
        "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "e.g", "i.e", "vs",
        "sen", "rep", "gov", "prof", "jr", "sr", "inc", "co", "corp", "approx", "lt.col", "adm",
        "cpl", "pvt", "fig", "u.k", "a.m", "p.m"};
    if (word.size() == 1 && word[0].isUpper())
        return true; // an initial
    // The longest abbreviation has 6 letters, and lower case never makes a word shorter.
    if (word.size() > 6)
        return false;
    char16_t folded[6];
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        if (c >= 0x80)
            return words.contains(word.toString().toLower());
        folded[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    return words.contains(QStringView(folded, word.size()));
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == QChar(0x201D)
        || c == QChar(0x2019) || c == QChar(0x00BB);
}

} // namespace

void RuleDocument::collectEntities(const RuleInput &input, const QList<EntityHit> &extraEntities)
{
    // Entities: of overlapping ones the longest, on a tie the earlier (hits first); entities
    // out of the text are dropped.
    const qsizetype hitCount = input.hits.size();
    auto at = [&](int i) -> const EntityHit & {
        return i < hitCount ? input.hits[i] : extraEntities[i - hitCount];
    };
    if (extraEntities.isEmpty()) {
        // The knowledge-base hits alone: shared, not copied, when they are in order and none
        // overlaps the next (the matcher's hits never overlap).
        bool simple = true;
        int lastEnd = 0;
        for (const EntityHit &hit : input.hits) {
            simple = simple && hit.start >= lastEnd && hit.end > hit.start
                && hit.end <= m_text.size();
            lastEnd = hit.end;
        }
        if (simple) {
            m_entities = input.hits;
            return;
        }
    }
    // Otherwise the longest of overlapping entities wins (on a tie the earlier: hits first).
    std::vector<LongestSpans::Span> spans;
    std::vector<int> indexes; // into hits + extraEntities, of each span
    spans.reserve(std::size_t(hitCount + extraEntities.size()));
    indexes.reserve(spans.capacity());
    std::vector<int> runStarts{0};
    for (int i = 0; i < hitCount + extraEntities.size(); ++i) {
        if (i == hitCount)
            runStarts.push_back(int(spans.size()));
        const EntityHit &hit = at(i);
        if (hit.start < 0 || hit.end > m_text.size() || hit.end <= hit.start)
            continue;
        spans.push_back({hit.start, hit.end});
        indexes.push_back(i);
    }
    const std::vector<int> kept = LongestSpans::keep(spans, runStarts);
    m_entities.reserve(qsizetype(kept.size()));
    for (const int k : kept)
        m_entities.append(at(indexes[std::size_t(k)]));
}

RuleDocument::RuleDocument(const RuleInput &input, const QList<EntityHit> &extraEntities,
                           const NumberReader &reader, const RuleDocument *tokenised)
    : m_text(input.text)
    , m_published(input.published)
    , m_homeState(input.homeState)
{
    if (tokenised
        && (tokenised->m_text.data() != m_text.data() || tokenised->m_text.size() != m_text.size()))
        tokenised = nullptr; // not the same text
    // Tokens read from `tokenised` point into its store: this document keeps it alive.
    m_store = tokenised ? tokenised->m_store : std::make_shared<NormStore>();
    collectEntities(input, extraEntities);
    splitSentences(input.segments);
    m_tokens.reserve(m_text.size() / 5);
    m_sentenceTypes.reserve(m_sentences.size());
    m_sentenceNumbers.reserve(m_sentences.size());
    m_sentenceAligned.reserve(m_sentences.size());
    // A number phrase every few hundred characters at most in news: room for one in 64 keeps
    // the lists from growing a step at a time.
    m_numbers.reserve(m_text.size() / 64);
    if (!tokenised) {
        m_words.reserve(std::size_t(m_text.size() / 5));
        m_sentenceWords.reserve(m_sentences.size());
        m_phrases.reserve(m_text.size() / 64);
    }

    for (Sentence &sentence : m_sentences)
        tokenizeSentence(sentence, reader, tokenised);
}

RuleDocument::RuleDocument(RuleDocument &&first, const RuleInput &input,
                           const QList<EntityHit> &extraEntities, const NumberReader &reader)
    : m_text(input.text)
    , m_published(input.published)
    , m_homeState(input.homeState)
{
    collectEntities(input, extraEntities);
    RuleDocument *tokenised = &first;
    if (first.m_text.data() != m_text.data() || first.m_text.size() != m_text.size())
        tokenised = nullptr; // not the same text
    // Tokens taken over from `first` point into its store: this document keeps it alive.
    m_store = tokenised ? first.m_store : std::make_shared<NormStore>();
    if (tokenised && splitsLike(first))
        m_sentences = first.m_sentences; // token ranges are set again below
    else
        splitSentences(input.segments);
    m_tokens.reserve(tokenised ? first.m_tokens.size() + extraEntities.size()
                               : m_text.size() / 5);
    m_sentenceTypes.reserve(m_sentences.size());
    m_sentenceNumbers.reserve(m_sentences.size());
    m_sentenceAligned.reserve(m_sentences.size());
    m_numbers.reserve(tokenised ? first.m_numbers.size() : m_text.size() / 64);
    if (!tokenised) {
        m_words.reserve(std::size_t(m_text.size() / 5));
        m_sentenceWords.reserve(m_sentences.size());
        m_phrases.reserve(m_text.size() / 64);
    }
    qsizetype k = 0; // the first sentence of `first` not before the current one
    const qsizetype firstSentences = tokenised ? first.m_sentences.size() : 0;
    for (Sentence &sentence : m_sentences) {
        if (tokenised) {
            while (k < firstSentences && first.m_sentences[k].start < sentence.start)
                ++k;
            if (k < firstSentences && first.m_sentences[k].start == sentence.start
                && first.m_sentences[k].end == sentence.end
                && takeSentence(sentence, first, int(k)))
                continue;
        }
        tokenizeSentence(sentence, reader, tokenised);
    }
    // `first` has given what it had to give: its storage goes now rather than when the caller
    // lets it go, as the two documents at once were most of the pipeline's peak memory on a
    // long article.
    first = RuleDocument(RuleInput {}, {}, reader);
}

// True when splitSentences over this document's entities gives first's sentences (same text
// and segments). Entities matter to the split only as places a break may not fall inside: it
// gives the same sentences when every entity of `first` is still here (no break it stopped
// becomes possible) and every other entity lies within one of first's sentences (none covers
// a break made there).
bool RuleDocument::splitsLike(const RuleDocument &first) const
{
    const QList<Sentence> &sentences = first.m_sentences;
    auto withinSentence = [&](const EntityHit &e) {
        const auto it = std::partition_point(sentences.cbegin(), sentences.cend(),
                                             [&](const Sentence &s) { return s.start <= e.start; });
        return it != sentences.cbegin() && e.end <= (it - 1)->end;
    };
    auto old = first.m_entities.cbegin();
    const auto oldEnd = first.m_entities.cend();
    for (const EntityHit &e : m_entities) {
        if (old != oldEnd && old->start < e.start)
            return false; // an entity of first was dropped
        if (old != oldEnd && old->start == e.start && old->end == e.end) {
            ++old;
            continue;
        }
        if (!withinSentence(e))
            return false;
    }
    return old == oldEnd;
}

std::pair<QList<EntityHit>::const_iterator, QList<EntityHit>::const_iterator>
RuleDocument::entitiesWithin(const QList<EntityHit> &entities, int start, int end)
{
    // The entities are sorted and never overlap, so those lying wholly in [start, end) are a
    // run: only the last one starting before `end` can reach past it.
    const auto begin = std::lower_bound(entities.cbegin(), entities.cend(), start,
                                        [](const EntityHit &e, int p) { return e.start < p; });
    auto it = begin;
    while (it != entities.cend() && it->start < end && it->end <= end)
        ++it;
    return {begin, it};
}

bool RuleDocument::takeSentence(Sentence &sentence, RuleDocument &first, int firstSentence)
{
    // The blocks tokenizeSentence would make of entities.
    const auto [newBegin, newEnd] = entitiesWithin(m_entities, sentence.start, sentence.end);
    // The sentence's tokens in `first` are reused when every entity token there is still a block
    // here, with the same span, and every new block covers whole word and punctuation tokens
    // there, in a sentence whose gaps were all taken from its own tokenisation. Then the same
    // number phrases survive (a new block overlaps none of the kept ones, and the dropped ones
    // still overlap a block), and every gap here is a run of the same sentence words: the tokens
    // are those of `first` with new blocks folded in.
    //
    // Each block is looked for among the sentence's tokens (they are in text order) by a walk
    // on from the last block's: a walk's steps are as many as the tokens between two blocks,
    // few in a sentence of many entities, and only its exit goes the way the branch predictor
    // did not expect, where each step of a bisection was a coin toss. The entity tokens are
    // not all looked at: first's sentence has one entity token per entity of `first` lying
    // wholly in it, so when as many blocks here are entity tokens there, no entity token is
    // left that is no longer a block.
    const Sentence &old = first.m_sentences[firstSentence];
    const RuleToken *const oldTokens = first.m_tokens.constData();
    const RuleToken *const oldEnd = oldTokens + old.endToken;
    const bool aligned = first.m_sentenceAligned[firstSentence];
    auto plain = [](const RuleToken &t) {
        return t.kind == RuleToken::Word || t.kind == RuleToken::Punct;
    };
    struct Fold
    {
        int from; // [from, to) in first's tokens: what the block stands for
        int to;
    };
    QVarLengthArray<Fold, 16> folds;
    quint32 types = 0;
    qsizetype keptEntityTokens = 0;
    const RuleToken *cursor = oldTokens + old.firstToken;
    for (auto block = newBegin; block != newEnd; ++block) {
        types |= typeBit(block->type);
        while (cursor != oldEnd && cursor->start < block->start)
            ++cursor;
        if (cursor == oldEnd || cursor->start != block->start)
            return false;
        const RuleToken *last = cursor;
        if (cursor->kind == RuleToken::Entity && cursor->end == block->end) {
            ++keptEntityTokens;
        } else {
            if (!plain(*cursor) || !aligned)
                return false;
            while (last != oldEnd && plain(*last) && last->end < block->end)
                ++last;
            if (last == oldEnd || !plain(*last) || last->end != block->end)
                return false;
        }
        folds.append({int(cursor - oldTokens), int(last + 1 - oldTokens)});
        cursor = last + 1;
    }
    const auto [firstBegin, firstEnd] = entitiesWithin(first.m_entities, old.start, old.end);
    if (keptEntityTokens != firstEnd - firstBegin)
        return false; // an entity token there is no longer a block here

    m_sentenceTypes.append(types);
    m_sentenceAligned.append(aligned);
    const int oldNumbersBegin = first.m_sentenceNumbers[firstSentence];
    const int oldNumbersEnd = firstSentence + 1 < first.m_sentenceNumbers.size()
        ? first.m_sentenceNumbers[firstSentence + 1]
        : int(first.m_numbers.size());
    const int numberShift = int(m_numbers.size()) - oldNumbersBegin;
    m_sentenceNumbers.append(int(m_numbers.size()));
    // Plain data: copied at once.
    const NumberPhrase *const oldNumbers = first.m_numbers.constData();
    const qsizetype numbersBase = m_numbers.size();
    m_numbers.resize(numbersBase + (oldNumbersEnd - oldNumbersBegin));
    std::copy(oldNumbers + oldNumbersBegin, oldNumbers + oldNumbersEnd,
              m_numbers.data() + numbersBase);

    // The tokens are plain data: one resize for the sentence (each fold makes one token of its
    // run), then copied in runs between the blocks, as they are; their number phrases are
    // renumbered below.
    qsizetype count = old.endToken - old.firstToken;
    for (const Fold &fold : folds)
        count -= fold.to - fold.from - 1;
    sentence.firstToken = int(m_tokens.size());
    m_tokens.resize(m_tokens.size() + count);
    RuleToken *const tokens = m_tokens.data() + sentence.firstToken;
    RuleToken *out = tokens;
    auto copyRun = [&](int from, int to) {
        out = std::copy(oldTokens + from, oldTokens + to, out);
    };
    int t = old.firstToken;
    auto block = newBegin;
    for (const Fold &fold : folds) {
        copyRun(t, fold.from);
        const int entity = int(block - m_entities.cbegin());
        if (oldTokens[fold.from].kind == RuleToken::Entity) {
            *out = oldTokens[fold.from];
        } else {
            out->start = block->start;
            out->end = block->end;
            out->norm = Tokenizer::normalise(m_text.mid(block->start, block->end - block->start),
                                             *m_store);
            out->kind = RuleToken::Entity;
            out->capitalised = m_text[block->start].isUpper();
            out->classes = TokenLexicon::rules().mayHold(out->norm);
            out->number = -1;
        }
        out->entity = entity;
        ++out;
        ++block;
        t = fold.to;
    }
    copyRun(t, old.endToken);
    sentence.endToken = int(m_tokens.size());
    // The number tokens name their phrases by index: shifted when this document holds more or
    // fewer phrases before the sentence than `first` did (an earlier sentence was read again).
    if (numberShift != 0) {
        for (RuleToken *token = tokens; token != out; ++token) {
            if (token->kind == RuleToken::Number)
                token->number += numberShift;
        }
    }
    return true;
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
    // The line break that ended the line just read, or -1: [lineStartSeen, breakAfterLine)
    // holds none, so when the next line starts past it, it is counted without a scan.
    int breakAfterLine = -1;
    auto countLinesBefore = [&](int pos) {
        if (breakAfterLine >= lineStartSeen && pos > breakAfterLine) {
            ++paragraph;
            lineStartSeen = breakAfterLine + 1;
        }
        breakAfterLine = -1;
        const int end = std::min<int>(pos, m_text.size());
        if (end > lineStartSeen)
            paragraph += int(m_text.mid(lineStartSeen, end - lineStartSeen).count(u'\n'));
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
            // One line at a time: a line break always ends a sentence and a paragraph. One scan
            // finds the line's first terminator or its end, whichever comes first; only a line
            // holding a terminator is scanned again for its end.
            const char16_t *const units = m_text.utf16();
            const int firstStop = nextStop<true>(units, pos, segEnd);
            int lineEnd = firstStop;
            if (firstStop < segEnd && units[firstStop] != u'\n') {
                const qsizetype newline =
                    m_text.mid(firstStop, segEnd - firstStop).indexOf(u'\n');
                lineEnd = newline < 0 ? segEnd : firstStop + int(newline);
            }
            countLinesBefore(pos);
            int s = pos;
            for (int k = firstStop; k < lineEnd; k = nextTerminator(units, k + 1, lineEnd)) {
                const QChar c = m_text[k];
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
            if (lineEnd < segEnd) // a line break ended the line
                breakAfterLine = lineEnd;
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
    // Blocks: entities and number phrases inside the sentence, in text order.
    struct Block
    {
        int start;
        int end;
        int entity;
        int number;
    };
    QVarLengthArray<Block, 16> blocks;
    quint32 types = 0;
    const auto [firstEntity, endEntity] = entitiesWithin(m_entities, sentence.start, sentence.end);
    for (auto it = firstEntity; it != endEntity; ++it) {
        blocks.append({it->start, it->end, int(it - m_entities.cbegin()), -1});
        types |= typeBit(it->type);
    }
    m_sentenceTypes.append(types);
    m_sentenceNumbers.append(int(m_numbers.size()));
    bool allAligned = true;

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
    const std::vector<Token> *wordList = &m_words;
    const QList<NumberPhrase> *phraseList = &m_phrases;
    if (reused) {
        wordList = &tokenised->m_words;
        phraseList = &tokenised->m_phrases;
        own = *reused;
    } else {
        const QStringView slice = m_text.mid(sentence.start, sentence.end - sentence.start);
        Tokenizer::tokenize(slice, sentence.start, m_words, *m_store);
        reader.readInto(m_words.data() + own.firstWord, m_words.size() - own.firstWord,
                        m_phrases);
        own.endWord = int(m_words.size());
        own.endPhrase = int(m_phrases.size());
        m_sentenceWords.append(own);
    }
    const Token *const wordsBegin = wordList->data() + own.firstWord;
    const Token *const wordsEnd = wordList->data() + own.endWord;
    // A number phrase overlapping an entity block is dropped. The entity blocks do not overlap
    // and are in text order, so their ends are too, and so are the phrases (the reader goes on
    // past each one it finds): the only block a phrase may overlap is the first that ends after
    // the phrase starts, found by a walk on from the last phrase's.
    const qsizetype entityBlocks = blocks.size();
    qsizetype nextBlock = 0; // the first entity block ending after the phrase starts
    for (qsizetype p = own.firstPhrase; p < own.endPhrase; ++p) {
        const NumberPhrase &phrase = (*phraseList)[p];
        while (nextBlock < entityBlocks && blocks[nextBlock].end <= phrase.start)
            ++nextBlock;
        if (nextBlock < entityBlocks && blocks[nextBlock].start < phrase.end)
            continue;
        m_numbers.append(phrase);
        blocks.append({phrase.start, phrase.end, -1, int(m_numbers.size()) - 1});
    }
    if (entityBlocks > 0 && blocks.size() > entityBlocks)
        std::sort(blocks.begin(), blocks.end(),
                  [](const Block &a, const Block &b) { return a.start < b.start; });

    // The sentence's tokens are written in text order into room made at once for as many as
    // it can hold when every gap takes its tokens from the sentence's own (its words and its
    // blocks; the room left over is given back at the end): an append per token was a call per
    // token. A gap's tokens are written while the walk looks for its end, so a gap costs one
    // loop whose exit the text decides, not a second one to copy them.
    qsizetype written = m_tokens.size();
    auto makeRoom = [&](qsizetype count) {
        if (written + count > m_tokens.size())
            m_tokens.resize(written + count);
        return m_tokens.data();
    };
    RuleToken *tokens = makeRoom((wordsEnd - wordsBegin) + blocks.size());
    auto writeWord = [](RuleToken &out, const Token &word) {
        out.start = word.start;
        out.end = word.end;
        out.norm = word.norm;
        out.kind = word.word ? RuleToken::Word : RuleToken::Punct;
        out.capitalised = word.capitalised;
        out.classes = word.classes;
        out.entity = -1;
        out.number = -1;
    };
    std::vector<Token> gapTokens; // a gap tokenised on its own
    // Gaps come in text order: the sentence's tokens are walked from the last gap's last token
    // (every token before it ends before that token starts, so before this gap), instead of
    // bisected for every gap. Not from past it: a token that straddled the last gap's end (cut
    // by the block after it) may straddle this gap's start too.
    const Token *cursor = wordsBegin;
    auto addGap = [&](int from, int to, qsizetype blocksAfter) {
        if (to <= from)
            return;
        // [first, last): the sentence's tokens inside the gap; usable when none straddles an end.
        const Token *first = cursor;
        while (first != wordsEnd && first->end <= from)
            ++first;
        // Written through a local pointer: a store through `tokens[written]` may, for all the
        // compiler knows, change `written`, which it then reads again at every field.
        RuleToken *const gapStart = tokens + written;
        RuleToken *out = gapStart;
        const Token *last = first;
        while (last != wordsEnd && last->start < to)
            writeWord(*out++, *last++);
        written = out - tokens;
        cursor = last != first ? last - 1 : first;
        const bool aligned = (first == wordsEnd || first->start >= from)
            && (last == first || (last - 1)->end <= to);
        if (aligned)
            return;
        // The tokens written are taken back: the gap is tokenised on its own, and may make
        // more tokens than the room counted on.
        allAligned = false;
        written = gapStart - tokens;
        gapTokens.clear();
        Tokenizer::tokenize(m_text.mid(from, to - from), from, gapTokens, *m_store);
        tokens = makeRoom(qsizetype(gapTokens.size()) + (wordsEnd - last) + blocksAfter);
        for (const Token &word : gapTokens)
            writeWord(tokens[written++], word);
    };
    int pos = sentence.start;
    for (qsizetype k = 0; k < blocks.size(); ++k) {
        const Block &b = blocks[k];
        addGap(pos, b.start, blocks.size() - k);
        RuleToken &out = tokens[written++];
        out.start = b.start;
        out.end = b.end;
        out.norm = Tokenizer::normalise(m_text.mid(b.start, b.end - b.start), *m_store);
        out.kind = b.entity >= 0 ? RuleToken::Entity : RuleToken::Number;
        out.capitalised = m_text[b.start].isUpper();
        out.classes = TokenLexicon::rules().mayHold(out.norm);
        out.entity = b.entity;
        out.number = b.number;
        pos = b.end;
    }
    addGap(pos, sentence.end, 0);
    m_tokens.resize(written); // the room left over given back
    sentence.endToken = m_tokens.size();
    m_sentenceAligned.append(allAligned);
}

std::pair<const Token *, const Token *> RuleDocument::sentenceWords(int sentence) const
{
    const Sentence &s = m_sentences[sentence];
    const auto it = std::lower_bound(m_sentenceWords.cbegin(), m_sentenceWords.cend(), s.start,
                                     [](const SentenceWords &w, int p) { return w.start < p; });
    if (it == m_sentenceWords.cend() || it->start != s.start || it->end != s.end)
        return {nullptr, nullptr};
    return {m_words.data() + it->firstWord, m_words.data() + it->endWord};
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

bool RuleDocument::sentenceHasAny(int sentence, const WordSet &words) const
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

