#include "core/detect/textfolder.h"

#include <QChar>

#include <vector>

namespace {

bool isLatinPrecomposedRange(char32_t u)
{
    return (u >= 0x00C0 && u <= 0x024F) || (u >= 0x1E00 && u <= 0x1EFF);
}

char16_t foldOne(char16_t unit)
{
    const char32_t u = unit;
    if (QChar::isSurrogate(u))
        return unit;
    switch (u) {
    // apostrophes and single quotes
    case 0x2019: case 0x2018: case 0x02BC: case 0x02BB: case 0x0060: case 0x00B4:
    case 0x2032: case 0x201B: case 0x02B9:
        return u'\'';
    // hyphens, dashes, underscore
    case u'-': case u'_': case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        return u' ';
    // Turkish i forms
    case 0x0130: case 0x0131:
        return u'i';
    // Arabic letter variants
    case 0x0623: case 0x0625: case 0x0622: case 0x0671:
        return 0x0627;
    case 0x0629:
        return 0x0647;
    case 0x0649: case 0x06CC:
        return 0x064A;
    case 0x06A9:
        return 0x0643;
    // units without a letter of their own
    case 0x0640: case 0x200C: case 0x200D: case 0x00AD: case TextFolder::Ignorable:
        return TextFolder::Ignorable;
    // zero-width space separates words
    case 0x200B:
        return u' ';
    default:
        break;
    }
    const QChar::Category category = QChar::category(u);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
        return TextFolder::Ignorable;
    if (QChar::isSpace(u))
        return u' ';

    char32_t base = u;
    // Strip diacritics: the first character of the canonical decomposition, repeatedly
    // (ǖ -> ü -> u). Only Latin letters; Cyrillic й or Greek ά keep their identity.
    while (isLatinPrecomposedRange(base)
           && QChar::decompositionTag(base) == QChar::Canonical) {
        const QString decomposed = QChar::decomposition(base);
        if (decomposed.isEmpty() || decomposed.at(0).unicode() == base)
            break;
        base = decomposed.at(0).unicode();
    }
    const char32_t lower = QChar::toLower(base);
    if (lower > 0xFFFF)
        return char16_t(base);
    // A lower-case result may itself be a mapped unit (rare); fold it once more.
    if (lower != u && lower != base)
        return foldOne(char16_t(lower));
    return char16_t(lower);
}

struct Tables
{
    std::vector<char16_t> fold;
    std::vector<unsigned char> word;
    Tables()
        : fold(0x10000), word(0x10000)
    {
        for (char32_t u = 0; u < 0x10000; ++u)
            fold[u] = foldOne(char16_t(u));
        for (char32_t u = 0; u < 0x10000; ++u)
            word[u] = (u != TextFolder::Ignorable && !QChar::isSurrogate(u)
                       && QChar::isLetterOrNumber(u))
                          ? 1
                          : 0;
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

} // namespace

const char16_t *TextFolder::table()
{
    return tables().fold.data();
}

const unsigned char *TextFolder::wordTable()
{
    return tables().word.data();
}

QString TextFolder::fold(QStringView text)
{
    const char16_t *map = table();
    QString result(text.size(), Qt::Uninitialized);
    const char16_t *in = text.utf16();
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = map[in[i]];
    return result;
}

QString TextFolder::key(QStringView alias)
{
    const char16_t *map = table();
    QString result;
    result.reserve(alias.size());
    bool pendingSpace = false;
    bool hasWord = false;
    for (const QChar ch : alias) {
        const char16_t f = map[ch.unicode()];
        if (f == Ignorable)
            continue;
        if (f == u' ') {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace)
            result.append(u' ');
        pendingSpace = false;
        result.append(QChar(f));
        hasWord = hasWord || isWordUnit(f);
    }
    if (!hasWord)
        return {};
    static const QString article = QStringLiteral("the ");
    if (result.size() > article.size() && result.startsWith(article))
        result.remove(0, article.size());
    return result;
}
