#pragma once

#include "core/detect/rules/numberreader.h"
#include "core/detect/rules/ruleinput.h"
#include "core/detect/rules/wordset.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

// One unit the rules look at: a word, a punctuation mark, a whole entity hit or a whole number
// phrase ("at least 12").
//
// Plain data without default values: RuleDocument, which makes every token, sets every field
// (entity and number are -1 where they do not apply), and grows its list by a whole sentence at
// once before writing it; a list of a type with default values filled every new token with
// them first, field by field, only for them to be overwritten.
struct RuleToken
{
    enum Kind : quint8 { Word, Punct, Entity, Number };
    int start;
    int end;
    QStringView norm; // Tokenizer::normalise of the surface: into the text or the document's store
    Kind kind;
    bool capitalised;
    quint32 classes; // TokenLexicon::rules().mayHold(norm), for every kind of token
    int entity; // index into RuleDocument::entities() for Entity tokens, else -1
    int number; // index into RuleDocument::numbers() for Number tokens, else -1
};

// A sentence of a claim segment (title, body, caption).
struct Sentence
{
    int start = 0;
    int end = 0;
    int paragraph = 0; // lines of the text, counted over the whole text
    SegmentKind segment = SegmentKind::Body;
    int firstToken = 0; // [firstToken, endToken) in RuleDocument::tokens()
    int endToken = 0;
};

// The article as the rules see it: only the claim segments, split into sentences and tokens,
// with entity hits and number phrases each folded into one token.
//
// Comment, spam and boilerplate segments produce no sentences at all, which is how the codebook's
// "only title, body and caption become proposals" holds for every rule at once.
//
// Entities are the matcher's hits plus whatever the caller adds (the engine adds the mentions the
// entity rules found before the relation rules run). Where entities overlap, the longer one wins
// and the other is dropped; a number phrase overlapping an entity is dropped. A sentence never
// cuts through an entity.
class RuleDocument
{
public:
    // `tokenised`, when given, is a document over the same input (with other entities) built
    // with the same reader: a sentence with the same span there has the same words and number
    // phrases, and they are taken from it instead of being read again. It is only used during
    // construction.
    RuleDocument(const RuleInput &input, const QList<EntityHit> &extraEntities = {},
                 const NumberReader &reader = NumberReader(),
                 const RuleDocument *tokenised = nullptr);
    // The same as RuleDocument(input, extraEntities, reader, &first), where `first` was built
    // over the same input without extra entities and the same reader, but takes `first` apart
    // instead of copying from it: a sentence with the same span and the same entity spans as in
    // `first` takes its tokens and number phrases over as they are. `first` is left unusable
    // (only destruction or assignment).
    RuleDocument(RuleDocument &&first, const RuleInput &input,
                 const QList<EntityHit> &extraEntities, const NumberReader &reader);

    QStringView text() const { return m_text; }
    QDate published() const { return m_published; }
    // The canonical name of the state the article is set in, or empty (RuleInput::homeState).
    const QString &homeState() const { return m_homeState; }
    const QList<EntityHit> &entities() const { return m_entities; }
    const QList<NumberPhrase> &numbers() const { return m_numbers; }
    const QList<Sentence> &sentences() const { return m_sentences; }
    const QList<RuleToken> &tokens() const { return m_tokens; }

    // The sentence's words and punctuation as the tokenizer read them, before entity hits and
    // number phrases were folded in: [first, second), or two null pointers where this document
    // took the sentence's tokens over from another one.
    std::pair<const Token *, const Token *> sentenceWords(int sentence) const;

    QString surface(int start, int end) const;
    // The sentence index holding the token, or -1.
    int sentenceOfToken(int token) const;
    // True when the sentence holds the (lower-case) word sequence, e.g. {"according", "to"}.
    bool sentenceHas(int sentence, const QStringList &words) const;
    bool sentenceHasAny(int sentence, const QStringList &words) const;
    bool sentenceHasAny(int sentence, const WordSet &words) const;
    // Entity tokens of the sentence with the given types.
    QList<int> entityTokens(int sentence, const QList<EntityType> &types) const;
    // True when the sentence holds an entity of one of the types: a look-up, no scan.
    bool sentenceHasEntity(int sentence, std::initializer_list<EntityType> types) const
    {
        quint32 mask = 0;
        for (EntityType type : types)
            mask |= typeBit(type);
        return (m_sentenceTypes[sentence] & mask) != 0;
    }
    // The entity a token stands for, or nullptr. Asked at nearly every token by the relation
    // rules: inline.
    const EntityHit *entityOf(int token) const
    {
        if (token < 0 || token >= m_tokens.size() || m_tokens[token].kind != RuleToken::Entity)
            return nullptr;
        return &m_entities[m_tokens[token].entity];
    }

    static bool isActorType(EntityType type)
    {
        return type == EntityType::ArmedGroup || type == EntityType::StateForce
            || type == EntityType::State;
    }

private:
    static quint32 typeBit(EntityType type) { return 1u << int(type); }
    void collectEntities(const RuleInput &input, const QList<EntityHit> &extraEntities);
    bool takeSentence(Sentence &sentence, RuleDocument &first, int firstSentence);
    // The entities of a sorted list lying wholly in [start, end): those a sentence makes blocks.
    static std::pair<QList<EntityHit>::const_iterator, QList<EntityHit>::const_iterator>
    entitiesWithin(const QList<EntityHit> &entities, int start, int end);
    bool splitsLike(const RuleDocument &first) const;
    void splitSentences(const QList<Segment> &segments);
    void tokenizeSentence(Sentence &sentence, const NumberReader &reader,
                          const RuleDocument *tokenised);

    QStringView m_text;
    QDate m_published;
    QString m_homeState;
    // The normal forms tokens do not find in the text; shared with a document built from this
    // one, whose tokens may point into it.
    std::shared_ptr<NormStore> m_store;
    QList<EntityHit> m_entities;
    QList<NumberPhrase> m_numbers;
    QList<Sentence> m_sentences;
    QList<RuleToken> m_tokens;
    QList<quint32> m_sentenceTypes; // per sentence: the entity types it holds, one bit each
    QList<int> m_sentenceNumbers;   // per sentence: its first index in m_numbers
    // per sentence: every gap between blocks took its tokens from the sentence's own words
    QList<bool> m_sentenceAligned;

    // Every sentence's own tokenisation and number phrases (before entities are folded in),
    // kept for a second document over the same text (see the constructor).
    struct SentenceWords
    {
        int start;
        int end;
        int firstWord; // [firstWord, endWord) in m_words
        int endWord;
        int firstPhrase; // [firstPhrase, endPhrase) in m_phrases
        int endPhrase;
    };
    std::vector<Token> m_words; // a vector: appended to at every word of the text
    QList<NumberPhrase> m_phrases;
    QList<SentenceWords> m_sentenceWords; // in text order
};
