#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

// Keeps the normal forms of tokens whose surface is not already normal ("Turkish" ->
// "turkish"), at addresses that never move, for as long as the store lives. Tokens point into
// the text itself when the surface is already normal (lower-case ASCII words and punctuation,
// most of a news text), and into a store otherwise: so a token costs no allocation and copying
// or dropping one touches no reference count.
class NormStore
{
public:
    QStringView keep(QStringView units);
    // Room for n units, to be filled by the caller before the next call. Asked for at every
    // word with a capital: inline, but for a new chunk.
    char16_t *reserve(qsizetype n)
    {
        if (n > m_free)
            addChunk(n);
        char16_t *const kept = m_next;
        m_next += n;
        m_free -= n;
        return kept;
    }
    // Gives the last n units reserve() handed out back, unused (n at most what it handed out).
    void giveBack(qsizetype n)
    {
        m_next -= n;
        m_free += n;
    }

private:
    void addChunk(qsizetype n); // a chunk of room for at least n units, current from now on

    std::vector<std::unique_ptr<char16_t[]>> m_chunks;
    char16_t *m_next = nullptr;
    qsizetype m_free = 0;
};

// One word or punctuation mark of a text, with a normalised spelling for comparisons.
struct Token
{
    int start = 0; // UTF-16 position in the text given to Tokenizer (plus its offset)
    int end = 0;
    // Lower case; typographic apostrophes -> ', dash variants inside words -> -. A view into the
    // tokenised text or into the NormStore given to the tokenizer: valid while both live.
    QStringView norm;
    bool word = false;        // letters / digits; false for a punctuation mark
    bool numeric = false;     // digits with optional group and decimal separators ("1,200", "١٢")
    bool capitalised = false; // first character an upper-case letter
    // ASCII letters and digits only: the word is one run of regular-expression word characters
    // (\w) and its normal form is its surface in lower case, unit for unit.
    bool plain = false;
    // TokenLexicon::rules().mayHold(norm): the bits of the rules' word lists that may hold the
    // word (TokenClass), asked once here for every rule that looks for words of its lists.
    quint32 classes = 0;
};

// Splits text into words and single punctuation marks for the rules.
//
// A word is a run of letters, marks and digits; an apostrophe between letters ("Hay'at") and a
// hyphen between letters or digits ("twenty-three", "al-Aqsa") stay inside it; a comma or point
// between digits stays inside a number ("1,200", "1.5"). A token that starts with an apostrophe
// followed by "s" is the possessive "'s" (the rules tokenise the gaps between entity hits, so
// "Jund al-Aqsa's" arrives as a hit followed by "'s"). Everything else that is not a space is a
// one-character punctuation token.
class Tokenizer
{
public:
    // Tokens that own what their normal forms point into (a copy of the text and a store), for
    // callers outside a RuleDocument: safe to keep however the text was passed.
    struct Tokens
    {
        QList<Token> tokens;
        QString text;
        std::shared_ptr<NormStore> store;
        QList<Token>::const_iterator begin() const { return tokens.cbegin(); }
        QList<Token>::const_iterator end() const { return tokens.cend(); }
    };
    static Tokens tokenize(QStringView text, int offset = 0);
    // The same, appended to `tokens`, with normal forms kept in `store` where they are not
    // the surface itself: `text` and `store` must outlive the tokens.
    static void tokenize(QStringView text, int offset, QList<Token> &tokens, NormStore &store);
    static void tokenize(QStringView text, int offset, std::vector<Token> &tokens,
                         NormStore &store);

    static bool isApostrophe(QChar c)
    {
        return c == u'\'' || c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC)
            || c == QChar(0x02BF) || c == QChar(0x02BE);
    }
    static bool isHyphen(QChar c)
    {
        return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
    }
    // Lower case with ' and - normalised, as stored in Token::norm.
    static QString normalise(QStringView text);
    // The same as a view: `text` itself when it is already normal, else a copy kept in `store`.
    static QStringView normalise(QStringView text, NormStore &store);
};
