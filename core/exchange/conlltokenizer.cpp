#include "core/exchange/conlltokenizer.h"

#include <QSet>

namespace {

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isConnector(char32_t c)
{
    return c == U'-' || c == U'\'' || c == U'\u2019' || c == U'.' || c == U',' || c == U'\u00B7';
}

bool endsSentence(const QString &token)
{
    return token == QLatin1String(".") || token == QLatin1String("!")
           || token == QLatin1String("?") || token == QStringLiteral("\u061F");
}

} // namespace

QList<ConllTokenizer::Token> ConllTokenizer::tokens(const QString &text,
                                                    const QList<int> &boundaries)
{
    const QList<uint> codePoints = text.toUcs4();
    const QSet<int> cuts(boundaries.cbegin(), boundaries.cend());
    const int length = int(codePoints.size());
    QList<Token> result;
    const auto addToken = [&](int start, int end) {
        Token token;
        token.start = start;
        token.end = end;
        for (int i = start; i < end; ++i)
            token.text += QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoints[i]), 1);
        result.append(token);
    };

    bool lineBreakSincePreviousToken = false;
    int i = 0;
    while (i < length) {
        const char32_t c = codePoints.at(i);
        if (QChar::isSpace(c)) {
            if (c == U'\n' || c == U'\r' || c == U'\u2028' || c == U'\u2029')
                lineBreakSincePreviousToken = true;
            ++i;
            continue;
        }
        if (lineBreakSincePreviousToken && !result.isEmpty())
            result.last().sentenceEnd = true;
        lineBreakSincePreviousToken = false;
        // The piece: up to the next white space or cut.
        int pieceEnd = i + 1;
        while (pieceEnd < length && !QChar::isSpace(codePoints.at(pieceEnd))
               && !cuts.contains(pieceEnd))
            ++pieceEnd;
        int at = i;
        while (at < pieceEnd) {
            if (!isWordChar(codePoints.at(at))) {
                addToken(at, at + 1);
                ++at;
                continue;
            }
            int wordEnd = at + 1;
            while (wordEnd < pieceEnd) {
                const char32_t w = codePoints.at(wordEnd);
                if (isWordChar(w)) {
                    ++wordEnd;
                } else if (isConnector(w) && wordEnd + 1 < pieceEnd
                           && isWordChar(codePoints.at(wordEnd + 1))) {
                    wordEnd += 2;
                } else {
                    break;
                }
            }
            addToken(at, wordEnd);
            at = wordEnd;
        }
        i = pieceEnd;
    }
    for (Token &token : result) {
        if (endsSentence(token.text))
            token.sentenceEnd = true;
    }
    if (!result.isEmpty())
        result.last().sentenceEnd = true;
    return result;
}
