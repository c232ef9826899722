#include "core/detect/rules/tokenizer.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

bool isNonAsciiWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Inline for the ASCII letters and digits nearly every character of a news text is.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // no ASCII character is a mark
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return isNonAsciiWordChar(c);
}

bool isDigitSeparator(QChar c)
{
    // , . and the Arabic thousands / decimal separators
    return c == u',' || c == u'.' || c == QChar(0x066C) || c == QChar(0x066B);
}

} // namespace


QStringView NormStore::keep(QStringView units)
{
    const qsizetype n = units.size();
    if (n > m_free) {
        // Chunks of 4,096 units (8 KiB): a news article's capitalised words fit in one or two.
        const qsizetype size = std::max<qsizetype>(n, 4096);
        m_chunks.push_back(std::make_unique<char16_t[]>(std::size_t(size)));
        m_next = m_chunks.back().get();
        m_free = size;
    }
    char16_t *const kept = m_next;
    std::copy(units.utf16(), units.utf16() + n, kept);
    m_next += n;
    m_free -= n;
    return QStringView(kept, n);
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

QStringView Tokenizer::normalise(QStringView text, NormStore &store)
{
    const qsizetype n = text.size();
    char16_t all = 0;    // every code unit or-ed: below 0x80 only for ASCII
    bool upper = false;  // an ASCII capital
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        all |= c;
        upper = upper || char16_t(c - u'A') < 26;
    }
    if (all < 0x80) {
        if (!upper)
            return text; // already normal: the surface itself
        QVarLengthArray<char16_t, 64> folded(n);
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = text[i].unicode();
            folded[i] = char16_t(c + (char16_t(c - u'A') < 26 ? 32 : 0));
        }
        return store.keep(QStringView(folded.constData(), n));
    }
    const QString normal = normalise(text);
    return normal == text ? text : store.keep(normal);
}

Tokenizer::Tokens Tokenizer::tokenize(QStringView text, int offset)
{
    Tokens tokens;
    tokens.text = text.toString(); // a QString keeps its buffer when the result is moved
    tokens.store = std::make_shared<NormStore>();
    tokens.tokens.reserve(text.size() / 5 + 1);
    tokenize(tokens.text, offset, tokens.tokens, *tokens.store);
    return tokens;
}

void Tokenizer::tokenize(QStringView text, int offset, QList<Token> &tokens, NormStore &store)
{
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
            bool plain = true;
            while (i < n) {
                const QChar d = text[i];
                if (isWordChar(d)) {
                    if (!d.isDigit())
                        allDigits = false;
                    plain = plain && d.unicode() < 0x80;
                    ++i;
                    continue;
                }
                const bool nextIsWord = i + 1 < n && isWordChar(text[i + 1]);
                if (nextIsWord && isApostrophe(d) && text[i - 1].isLetter()
                    && text[i + 1].isLetter()) {
                    plain = false;
                    ++i;
                    continue;
                }
                if (nextIsWord && isHyphen(d) && !(text[i - 1].isDigit() && text[i + 1].isDigit())) {
                    allDigits = false;
                    plain = false;
                    ++i;
                    continue;
                }
                if (nextIsWord && isDigitSeparator(d) && text[i - 1].isDigit()
                    && text[i + 1].isDigit()) {
                    plain = false;
                    ++i;
                    continue;
                }
                break;
            }
            token.word = true;
            token.numeric = allDigits;
            token.plain = plain;
        } else {
            ++i;
        }
        token.end = i;
        token.norm = normalise(text.mid(token.start, token.end - token.start), store);
        token.capitalised = text[token.start].isUpper();
        token.start += offset;
        token.end += offset;
        tokens.append(std::move(token));
    }
}
