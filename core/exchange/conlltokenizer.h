#pragma once

#include <QList>
#include <QString>

// The tokenisation of the CoNLL export (docs/exchange.md), on code points of the article:
//  1. the text is cut at white space and at every annotation boundary;
//  2. in each piece, a word is a run of letters, marks and digits, with - ' ’ . , · inside it
//     when a letter or digit stands on both sides (al-Aqsa, Hay'at, 1,120, 3.5); every other
//     character (punctuation, a symbol, an emoji) is a token of its own.
// Sentences end after a token . ! ? or ؟ and at every line break.
//
// Because step 2 looks only inside a piece, tokenising the tokens joined by spaces gives the
// same tokens again, which is what makes a CoNLL file read back and written again unchanged.
class ConllTokenizer
{
public:
    struct Token
    {
        int start = 0; // code points of the text, end exclusive
        int end = 0;
        QString text;
        bool sentenceEnd = false; // the last token of its sentence
    };

    // `boundaries`: code point offsets where a token must end and the next begin.
    static QList<Token> tokens(const QString &text, const QList<int> &boundaries);
};
