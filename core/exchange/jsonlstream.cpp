#include "core/exchange/jsonlstream.h"

#include "core/text/offsetmap.h"

#include <QIODevice>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>

namespace {

// The buffer goes to the device once it holds this much, between two documents.
constexpr qsizetype flushThreshold = 1 << 20;

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// Two digits (or four for the year) of a date or time, zero-padded.
char *digits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

JsonlStream::JsonlStream(QIODevice *device)
    : m_device(device)
{
    m_buffer.resize(flushThreshold + (flushThreshold >> 2));
}

QByteArray JsonlStream::line(const Document &document, const QByteArray &history)
{
    JsonlStream stream;
    stream.writeBody(document, history);
    return stream.take();
}

bool JsonlStream::writeDocument(const Document &document, const QByteArray &history)
{
    writeBody(document, history);
    rawByte('\n');
    return m_used < flushThreshold || flush();
}

bool JsonlStream::flush()
{
    if (!m_device || m_used == 0)
        return m_error.isEmpty();
    const qint64 written = m_device->write(m_buffer.constData(), m_used);
    if (written != m_used) {
        m_error = m_device->errorString();
        return false;
    }
    m_flushed += m_used;
    m_used = 0;
    return true;
}

QByteArray JsonlStream::take()
{
    QByteArray bytes(m_buffer.constData(), m_used);
    m_flushed += m_used;
    m_used = 0;
    return bytes;
}

// The keys of every object are written in alphabetical order, which is the order
// QJsonDocument::Compact writes a QJsonObject's keys in; DocumentJson::toJson names them.
void JsonlStream::writeBody(const Document &document, const QByteArray &history)
{
    const Article &article = document.article;
    // The text of a mention or figure stored without one is cut from the article; the map is
    // built only then, as DocumentJson does (it builds it always; the bytes are the same).
    std::optional<OffsetMap> offsets;
    const auto slice = [&](int start, int end) {
        if (!offsets)
            offsets.emplace(article.text);
        const int from = offsets->toUtf16(start);
        return QStringView(article.text).mid(from, offsets->toUtf16(end) - from);
    };
    const auto id = [this](const char *prefix, qint64 value, int index) {
        rawByte('"');
        raw(prefix, qsizetype(strlen(prefix)));
        integer(value > 0 ? value : index + 1);
        rawByte('"');
    };

    rawByte('{');
    key("affiliations");
    rawByte('[');
    for (int i = 0; i < document.affiliations.size(); ++i) {
        const Affiliation &affiliation = document.affiliations.at(i);
        separate();
        rawByte('{');
        key("actor");
        string(affiliation.actor);
        key("annotator");
        string(affiliation.provenance.annotator);
        key("attributed_to");
        string(affiliation.attributedTo);
        key("confidence");
        number(affiliation.provenance.confidence);
        key("created");
        dateTime(affiliation.provenance.created);
        key("end");
        integer(affiliation.end);
        key("former");
        boolean(affiliation.former);
        key("id");
        id("a", affiliation.id, i);
        key("origin");
        string(affiliation.provenance.origin);
        key("relation");
        string(toString(affiliation.relation));
        key("stance");
        string(toString(affiliation.stance));
        key("start");
        integer(affiliation.start);
        key("status");
        string(toString(affiliation.provenance.status));
        key("target");
        string(affiliation.relationTarget);
        key("updated");
        dateTime(affiliation.provenance.updated);
        rawByte('}');
    }
    rawByte(']');

    key("casualties");
    rawByte('[');
    for (int i = 0; i < document.casualties.size(); ++i) {
        const CasualtyFigure &figure = document.casualties.at(i);
        const auto optional = [this](const std::optional<qint64> &value) {
            if (value)
                number(double(*value));
            else
                raw("null");
        };
        separate();
        rawByte('{');
        key("annotator");
        string(figure.provenance.annotator);
        key("best");
        optional(figure.best);
        key("confidence");
        number(figure.provenance.confidence);
        key("created");
        dateTime(figure.provenance.created);
        key("end");
        integer(figure.end);
        key("hedged");
        boolean(figure.hedged);
        key("high");
        optional(figure.high);
        key("id");
        id("c", figure.id, i);
        key("kind");
        string(toString(figure.kind));
        key("low");
        optional(figure.low);
        key("origin");
        string(figure.provenance.origin);
        key("perpetrator");
        string(figure.perpetrator);
        key("precision");
        string(toString(figure.precision));
        key("scope");
        string(toString(figure.scope));
        key("start");
        integer(figure.start);
        key("status");
        string(toString(figure.provenance.status));
        key("text");
        string(figure.text.isEmpty() ? slice(figure.start, figure.end) : QStringView(figure.text));
        key("updated");
        dateTime(figure.provenance.updated);
        key("victim");
        string(figure.victim);
        rawByte('}');
    }
    rawByte(']');

    key("encoding");
    string(article.encoding);

    key("entities");
    rawByte('[');
    for (int i = 0; i < document.mentions.size(); ++i) {
        const Mention &mention = document.mentions.at(i);
        separate();
        rawByte('{');
        key("annotator");
        string(mention.provenance.annotator);
        key("canonical");
        string(mention.canonical);
        key("confidence");
        number(mention.provenance.confidence);
        key("created");
        dateTime(mention.provenance.created);
        key("end");
        integer(mention.end);
        key("id");
        id("e", mention.id, i);
        key("kb_id");
        string(mention.kbId);
        key("origin");
        string(mention.provenance.origin);
        key("start");
        integer(mention.start);
        key("status");
        string(toString(mention.provenance.status));
        key("text");
        string(mention.text.isEmpty() ? slice(mention.start, mention.end)
                                      : QStringView(mention.text));
        key("type");
        string(toString(mention.type));
        key("updated");
        dateTime(mention.provenance.updated);
        rawByte('}');
    }
    rawByte(']');

    key("events");
    rawByte('[');
    for (int i = 0; i < document.events.size(); ++i) {
        const Event &event = document.events.at(i);
        separate();
        rawByte('{');
        key("actor1");
        string(event.actor1);
        key("actor2");
        string(event.actor2);
        key("admin1");
        string(event.admin1);
        key("annotator");
        string(event.provenance.annotator);
        key("assoc_actor_1");
        string(event.assocActor1);
        key("assoc_actor_2");
        string(event.assocActor2);
        key("casualties");
        rawByte('[');
        for (qint64 figureId : event.casualtyIds) {
            separate();
            raw("\"c");
            integer(figureId);
            rawByte('"');
        }
        rawByte(']');
        key("confidence");
        number(event.provenance.confidence);
        key("created");
        dateTime(event.provenance.created);
        key("event_date");
        date(event.date);
        key("event_type");
        string(event.eventType);
        key("fatalities");
        integer(event.fatalities);
        key("geo_precision");
        integer(event.geoPrecision);
        key("id");
        id("ev", event.id, i);
        key("location");
        string(event.location);
        key("notes");
        string(event.notes);
        key("origin");
        string(event.provenance.origin);
        key("sources");
        rawByte('[');
        for (const QString &source : event.sources) {
            separate();
            string(source);
        }
        rawByte(']');
        key("status");
        string(toString(event.provenance.status));
        key("sub_event_type");
        string(event.subEventType);
        key("time_precision");
        integer(event.timePrecision);
        key("updated");
        dateTime(event.provenance.updated);
        rawByte('}');
    }
    rawByte(']');

    if (!history.isEmpty()) {
        key("history");
        raw(history.constData(), history.size());
    }
    key("id");
    string(article.uid);
    key("imported");
    dateTime(article.importedAt);
    key("language");
    string(article.language);
    key("offsets");
    raw("\"codepoints\"");

    key("segments");
    rawByte('[');
    for (const Segment &segment : document.segments) {
        separate();
        rawByte('{');
        key("end");
        integer(segment.end);
        key("kind");
        string(toString(segment.kind));
        key("start");
        integer(segment.start);
        rawByte('}');
    }
    rawByte(']');

    key("source");
    rawByte('{');
    key("outlet");
    string(article.outlet);
    key("path");
    string(article.sourcePath);
    key("published");
    date(article.published);
    key("url");
    string(article.url);
    rawByte('}');

    key("text");
    string(article.text);
    key("title");
    string(article.title);
    rawByte('}');
}

// Primitives --------------------------------------------------------------------------------

char *JsonlStream::reserve(qsizetype bytes)
{
    if (m_used + bytes > m_buffer.size())
        m_buffer.resize(qMax(m_used + bytes, m_buffer.size() * 2));
    return m_buffer.data() + m_used;
}

void JsonlStream::raw(const char *text, qsizetype length)
{
    memcpy(reserve(length), text, size_t(length));
    m_used += length;
}

void JsonlStream::rawByte(char byte)
{
    *reserve(1) = byte;
    ++m_used;
}

// A key or an array element follows a comma unless it is the first in its object or array,
// which the byte before it tells: the stream only ever asks for this right after '{' or '['
// or after a complete value.
void JsonlStream::separate()
{
    const char last = m_used > 0 ? m_buffer.at(m_used - 1) : '{';
    if (last != '{' && last != '[')
        rawByte(',');
}

void JsonlStream::keyed(const char *name, qsizetype length)
{
    separate();
    char *out = reserve(length + 3);
    *out++ = '"';
    memcpy(out, name, size_t(length));
    out += length;
    *out++ = '"';
    *out = ':';
    m_used += length + 3;
}

// Qt's JSON writer: '"', '\\' and the control characters are escaped (\b \f \n \r \t or
// \u00XX), everything else goes out as UTF-8, and a lone surrogate, which has no UTF-8 form,
// as \uXXXX; hex digits are lower case. DEL and '/' stay as they are.
void JsonlStream::string(QStringView text)
{
    // At most 6 bytes per UTF-16 unit (\u00XX or \uDXXX) and the two quotes.
    char *const begin = reserve(text.size() * 6 + 2);
    char *out = begin;
    *out++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *out++ = char(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case '"': *out++ = '"'; break;
            case '\\': *out++ = '\\'; break;
            case 0x8: *out++ = 'b'; break;
            case 0xc: *out++ = 'f'; break;
            case 0xa: *out++ = 'n'; break;
            case 0xd: *out++ = 'r'; break;
            case 0x9: *out++ = 't'; break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hexDigit(u >> 4);
                *out++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            *out++ = '\\';
            *out++ = 'u';
            *out++ = hexDigit((u >> 12) & 0xf);
            *out++ = hexDigit((u >> 8) & 0xf);
            *out++ = hexDigit((u >> 4) & 0xf);
            *out++ = hexDigit(u & 0xf);
        }
    }
    *out++ = '"';
    m_used += out - begin;
}

void JsonlStream::integer(qint64 value)
{
    char *out = reserve(20);
    m_used += std::to_chars(out, out + 20, value).ptr - out;
}

// As QJsonValue(double) and QJsonDocument print a number: an integral value that a double
// holds exactly as an integer, else the shortest form that reads back the same, and null
// for what JSON cannot carry (infinities, NaN).
void JsonlStream::number(double value)
{
    if (!std::isfinite(value)) {
        raw("null");
        return;
    }
    constexpr double exactIntegers = 9007199254740992.0; // 2^53
    if (value == std::trunc(value) && std::fabs(value) <= exactIntegers) {
        integer(qint64(value));
        return;
    }
    // Confidences repeat from annotation to annotation; the formatting is worth keeping.
    if (m_lastNumberText.isEmpty() || value != m_lastNumber) {
        m_lastNumber = value;
        m_lastNumberText = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
    raw(m_lastNumberText.constData(), m_lastNumberText.size());
}

void JsonlStream::boolean(bool value)
{
    if (value)
        raw("true");
    else
        raw("false");
}

// As DocumentJson writes times: ISO 8601 in UTC with milliseconds, "" when unknown. The years
// 1000-9999 are written here, any other through Qt (which pads and signs them its own way).
void JsonlStream::dateTime(const QDateTime &when)
{
    if (!when.isValid()) {
        raw("\"\"");
        return;
    }
    // An annotation's created and updated times, and the import time of a batch, repeat: the
    // last two formatted are kept, by their instant.
    const bool utcSpec = when.timeSpec() == Qt::UTC;
    const qint64 instant = utcSpec ? when.toMSecsSinceEpoch() : 0;
    if (utcSpec) {
        for (const FormattedTime &cached : m_times) {
            if (cached.length > 0 && cached.instant == instant) {
                raw(cached.text, cached.length);
                return;
            }
        }
    }
    const QDateTime utc = utcSpec ? when : when.toUTC();
    const QDate day = utc.date();
    if (day.year() < 1000 || day.year() > 9999) {
        string(utc.toString(Qt::ISODateWithMs));
        return;
    }
    const QTime time = utc.time();
    char *const begin = reserve(26);
    char *out = begin;
    *out++ = '"';
    out = digits(out, day.year(), 4);
    *out++ = '-';
    out = digits(out, day.month(), 2);
    *out++ = '-';
    out = digits(out, day.day(), 2);
    *out++ = 'T';
    out = digits(out, time.hour(), 2);
    *out++ = ':';
    out = digits(out, time.minute(), 2);
    *out++ = ':';
    out = digits(out, time.second(), 2);
    *out++ = '.';
    out = digits(out, time.msec(), 3);
    *out++ = 'Z';
    *out++ = '"';
    if (utcSpec) {
        FormattedTime &slot = m_times[m_nextTime];
        m_nextTime = (m_nextTime + 1) % m_times.size();
        slot.instant = instant;
        slot.length = out - begin;
        memcpy(slot.text, begin, size_t(slot.length));
    }
    m_used += out - begin;
}

void JsonlStream::date(const QDate &day)
{
    if (!day.isValid()) {
        raw("\"\"");
        return;
    }
    if (day.year() < 1000 || day.year() > 9999) {
        string(day.toString(Qt::ISODate));
        return;
    }
    char *const begin = reserve(12);
    char *out = begin;
    *out++ = '"';
    out = digits(out, day.year(), 4);
    *out++ = '-';
    out = digits(out, day.month(), 2);
    *out++ = '-';
    out = digits(out, day.day(), 2);
    *out++ = '"';
    m_used += out - begin;
}
