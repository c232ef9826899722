#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// One word or punctuation mark of a text, with a normalised spelling for comparisons.
struct Token
{
    int start = 0; // UTF-16 position in the text given to Tokenizer (plus its offset)
    int end = 0;
    QString norm;  // lower case; typographic apostrophes -> ', dash variants inside words -> -
    bool word = false;        // letters / digits; false for a punctuation mark
    bool numeric = false;     // digits with optional group and decimal separators ("1,200", "١٢")
    bool capitalised = false; // first character an upper-case letter
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
    static QList<Token> tokenize(QStringView text, int offset = 0);
    // The same, appended to `tokens`.
    static void tokenize(QStringView text, int offset, QList<Token> &tokens);

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
};
