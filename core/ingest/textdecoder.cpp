#include "core/ingest/textdecoder.h"

#include <QStringDecoder>

#include <climits>
#include <cstring>
#include <utility>

namespace {

enum class Encoding { Detect, Utf8, Utf16, Utf16Le, Utf16Be, Windows1252, Windows1256 };

// What one pass over the bytes learns about them as UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF). `firstInvalid` is the offset of the lead byte of the
// first sequence that is not valid UTF-8, or -1.
struct Utf8Scan
{
    qsizetype firstInvalid = -1;
    qsizetype invalidBytes = 0;
    qsizetype multiByteSequences = 0;
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            length = 3;
        } else if (c == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (c == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            high = 0x8F;
        }
        bool valid = length > 0 && i + length <= n;
        if (valid)
            valid = p[i + 1] >= low && p[i + 1] <= high;
        for (int k = 2; valid && k < length; ++k)
            valid = (p[i + k] & 0xC0) == 0x80;
        if (!valid) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++scan.invalidBytes;
            ++i;
            continue;
        }
        ++scan.multiByteSequences;
        i += length;
    }
    return scan;
}

// Windows-1256 puts the Arabic letters at 0xC1-0xFE (with a few French letters and the
// signs x and / at 0xD7 and 0xF7 between them); Windows-1252 puts accented Latin letters
// there. Arabic words are runs of such bytes, while Latin text has one accented letter
// among ASCII ones, so the runs tell the two apart even when a page mixes in English.
bool looksArabic(const QByteArray &bytes)
{
    qsizetype high = 0;
    qsizetype arabicRange = 0;
    qsizetype asciiLetters = 0;
    qsizetype inRuns = 0;
    qsizetype run = 0;
    const auto closeRun = [&] {
        if (run >= 3)
            inRuns += run;
        run = 0;
    };
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80)
            ++high;
        if (c >= 0xC1 && c <= 0xFE && c != 0xD7 && c != 0xF7) {
            ++arabicRange;
            ++run;
            continue;
        }
        closeRun();
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            ++asciiLetters;
    }
    closeRun();
    if (arabicRange == 0 || arabicRange * 10 < high * 6)
        return false;
    return arabicRange > asciiLetters || inRuns * 2 >= arabicRange;
}

// Bytes below 0x20 other than tab, line feed, vertical tab, form feed and carriage return,
// plus DEL. A few are tolerated (stray escape codes in old pages); many mean binary data.
bool isStrayControl(uint c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != 0x0C && c != '\r')
        || c == 0x7F;
}

bool tooManyControls(qsizetype controls, qsizetype total)
{
    return controls >= 4 && controls * 50 > total;
}

Encoding parseOverride(const QString &name, bool *known)
{
    *known = true;
    const QString n = name.trimmed().toLower();
    if (n.isEmpty())
        return Encoding::Detect;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("utf-16") || n == QLatin1String("utf16"))
        return Encoding::Utf16;
    if (n == QLatin1String("utf-16le") || n == QLatin1String("utf16le"))
        return Encoding::Utf16Le;
    if (n == QLatin1String("utf-16be") || n == QLatin1String("utf16be"))
        return Encoding::Utf16Be;
    if (n == QLatin1String("windows-1252") || n == QLatin1String("cp1252"))
        return Encoding::Windows1252;
    if (n == QLatin1String("windows-1256") || n == QLatin1String("cp1256"))
        return Encoding::Windows1256;
    *known = false;
    return Encoding::Detect;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    case Encoding::Windows1256:
        return QStringLiteral("windows-1256");
    default:
        return QStringLiteral("UTF-8");
    }
}

bool startsWith(const QByteArray &bytes, const char *prefix, int length)
{
    return bytes.size() >= length && memcmp(bytes.constData(), prefix, size_t(length)) == 0;
}

} // namespace

QStringList TextDecoder::supportedEncodings()
{
    return {QStringLiteral("UTF-8"),        QStringLiteral("UTF-16"),
            QStringLiteral("UTF-16LE"),     QStringLiteral("UTF-16BE"),
            QStringLiteral("windows-1252"), QStringLiteral("windows-1256")};
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QString &encodingOverride)
{
    Result result;
    bool known = true;
    Encoding encoding = parseOverride(encodingOverride, &known);
    if (!known) {
        result.error = tr("Unknown encoding \"%1\". Choose one of: %2.")
                           .arg(encodingOverride.trimmed(),
                                supportedEncodings().join(QStringLiteral(", ")));
        return result;
    }
    if (bytes.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }

    // The byte order mark decides when there is one and no override says otherwise; it is
    // never part of the text. `offset` is where the text proper starts.
    int offset = 0;
    const bool utf8Bom = startsWith(bytes, "\xEF\xBB\xBF", 3);
    const bool leBom = startsWith(bytes, "\xFF\xFE", 2);
    const bool beBom = startsWith(bytes, "\xFE\xFF", 2);
    if (encoding == Encoding::Detect) {
        if (utf8Bom)
            encoding = Encoding::Utf8;
        else if (leBom)
            encoding = Encoding::Utf16Le;
        else if (beBom)
            encoding = Encoding::Utf16Be;
    } else if (encoding == Encoding::Utf16) {
        encoding = beBom ? Encoding::Utf16Be : Encoding::Utf16Le;
    }
    if (encoding == Encoding::Utf8 && utf8Bom)
        offset = 3;
    else if ((encoding == Encoding::Utf16Le && leBom) || (encoding == Encoding::Utf16Be && beBom))
        offset = 2;

    const bool utf16 = encoding == Encoding::Utf16Le || encoding == Encoding::Utf16Be;
    if (!utf16) {
        // NUL never occurs in text in a single-byte or UTF-8 encoding.
        if (bytes.contains('\0')) {
            result.error = tr("This looks like a binary file, not an article "
                              "(it contains NUL bytes).");
            return result;
        }
        qsizetype controls = 0;
        for (const char c : bytes)
            controls += isStrayControl(static_cast<unsigned char>(c)) ? 1 : 0;
        if (tooManyControls(controls, bytes.size())) {
            result.error = tr("This looks like a binary file, not an article "
                              "(it contains %n control character(s)).",
                              nullptr, int(qMin<qsizetype>(controls, INT_MAX)));
            return result;
        }
    }

    if (encoding == Encoding::Detect || encoding == Encoding::Utf8) {
        const Utf8Scan scan = scanUtf8(bytes);
        if (scan.firstInvalid < 0) {
            encoding = Encoding::Utf8;
        } else {
            // A legacy page has no valid multi-byte sequences, or only the odd accidental
            // one (an Arabic letter followed by the Arabic comma 0xA1 happens to form one);
            // a UTF-8 page with broken bytes in it has many. That is refused, not guessed.
            const bool legacy = scan.multiByteSequences == 0
                || scan.multiByteSequences * 10 <= scan.invalidBytes;
            if (encoding == Encoding::Detect && legacy) {
                encoding = looksArabic(bytes) ? Encoding::Windows1256 : Encoding::Windows1252;
            } else {
                const qsizetype at = scan.firstInvalid;
                const qsizetype line = bytes.left(at).count('\n') + 1;
                const QString byte = QStringLiteral("%1")
                                         .arg(uint(static_cast<unsigned char>(bytes.at(at))), 2,
                                              16, QLatin1Char('0'))
                                         .toUpper();
                if (encoding == Encoding::Utf8) {
                    result.error = tr("The file is not valid UTF-8 (invalid byte 0x%1 at byte "
                                      "%2, line %3), although UTF-8 was chosen. Choose its "
                                      "real encoding (windows-1252 or windows-1256) or let the "
                                      "workbench detect it.")
                                       .arg(byte)
                                       .arg(at)
                                       .arg(line);
                } else {
                    result.error = tr("The file is not valid UTF-8 (invalid byte 0x%1 at byte "
                                      "%2, line %3). If it is a legacy Windows page, choose its "
                                      "encoding (windows-1252 or windows-1256).")
                                       .arg(byte)
                                       .arg(at)
                                       .arg(line);
                }
                return result;
            }
        }
    }

    // The BOM was removed above, so the decoder must not drop a second U+FEFF that belongs
    // to the text.
    const QStringDecoder::Flags flags = QStringDecoder::Flag::ConvertInitialBom;
    QStringDecoder decoder;
    switch (encoding) {
    case Encoding::Utf16Le:
        decoder = QStringDecoder(QStringDecoder::Utf16LE, flags);
        break;
    case Encoding::Utf16Be:
        decoder = QStringDecoder(QStringDecoder::Utf16BE, flags);
        break;
    case Encoding::Windows1252:
        decoder = QStringDecoder("windows-1252", flags);
        break;
    case Encoding::Windows1256:
        decoder = QStringDecoder("windows-1256", flags);
        break;
    default:
        decoder = QStringDecoder(QStringDecoder::Utf8, flags);
        break;
    }
    if (!decoder.isValid()) {
        result.error = tr("The encoding %1 is not available in this build of Qt.")
                           .arg(encodingName(encoding));
        return result;
    }
    QString text = decoder.decode(QByteArrayView(bytes.constData() + offset, bytes.size() - offset));
    // A stateful decoder keeps a trailing odd byte for a next chunk that never comes.
    if (decoder.hasError() || (utf16 && (bytes.size() - offset) % 2 != 0)) {
        result.error = utf16 ? tr("The file is not valid %1 (it has an odd number of bytes or a "
                                  "broken surrogate pair). Choose another encoding.")
                                   .arg(encodingName(encoding))
                             : tr("The file cannot be decoded as %1. Choose another encoding.")
                                   .arg(encodingName(encoding));
        return result;
    }

    if (utf16) {
        qsizetype controls = 0;
        for (const QChar c : std::as_const(text)) {
            if (c.unicode() == 0) {
                result.error = tr("This looks like a binary file, not an article "
                                  "(it contains NUL characters).");
                return result;
            }
            controls += isStrayControl(c.unicode()) ? 1 : 0;
        }
        if (tooManyControls(controls, text.size())) {
            result.error = tr("This looks like a binary file, not an article "
                              "(it contains %n control character(s)).",
                              nullptr, int(qMin<qsizetype>(controls, INT_MAX)));
            return result;
        }
    }

    if (text.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    bool blank = true;
    for (const QChar c : std::as_const(text)) {
        if (!c.isSpace()) {
            blank = false;
            break;
        }
    }
    if (blank) {
        result.error = tr("The file contains only white space; there is no text to read.");
        return result;
    }

    result.ok = true;
    result.text = std::move(text);
    result.encoding = encodingName(encoding);
    return result;
}
