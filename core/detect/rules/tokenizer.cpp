#include "core/detect/rules/tokenizer.h"

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isDigitSeparator(QChar c)
{
    // , . and the Arabic thousands / decimal separators
    return c == u',' || c == u'.' || c == QChar(0x066C) || c == QChar(0x066B);
}

} // namespace

bool Tokenizer::isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC)
        || c == QChar(0x02BF) || c == QChar(0x02BE);
}

bool Tokenizer::isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

QString Tokenizer::normalise(QStringView text)
{
    QString out = text.toString().toLower();
    for (QChar &c : out) {
        if (isApostrophe(c))
            c = u'\'';
        else if (isHyphen(c))
            c = u'-';
    }
    return out;
}

QList<Token> Tokenizer::tokenize(QStringView text, int offset)
{
    QList<Token> tokens;
    const int n = text.size();
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        if (isApostrophe(c) && i + 1 < n && (text[i + 1] == u's' || text[i + 1] == u'S')
            && (i + 2 >= n || !isWordChar(text[i + 2]))) {
            i += 2; // possessive 's after an entity hit
            token.word = true;
        } else if (isWordChar(c)) {
            bool allDigits = true;
            while (i < n) {
                const QChar d = text[i];
                if (isWordChar(d)) {
                    if (!d.isDigit())
                        allDigits = false;
                    ++i;
                    continue;
                }
                const bool nextIsWord = i + 1 < n && isWordChar(text[i + 1]);
                if (nextIsWord && isApostrophe(d) && text[i - 1].isLetter()
                    && text[i + 1].isLetter()) {
                    ++i;
                    continue;
                }
                if (nextIsWord && isHyphen(d) && !(text[i - 1].isDigit() && text[i + 1].isDigit())) {
                    allDigits = false;
                    ++i;
                    continue;
                }
                if (nextIsWord && isDigitSeparator(d) && text[i - 1].isDigit()
                    && text[i + 1].isDigit()) {
                    ++i;
                    continue;
                }
                break;
            }
            token.word = true;
            token.numeric = allDigits;
        } else {
            ++i;
        }
        token.end = i;
        token.norm = normalise(text.mid(token.start, token.end - token.start));
        token.capitalised = text[token.start].isUpper();
        token.start += offset;
        token.end += offset;
        tokens.append(token);
    }
    return tokens;
}
