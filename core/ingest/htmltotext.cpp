#include "core/ingest/htmltotext.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>
#include <mutex>
#include <vector>

namespace {

// libxml2's HTML parser loads no DTD, but an external entity loader is process-wide state
// that another part of the program could have changed; ours refuses every URL so that
// nothing is ever fetched or opened while a page is read.
xmlParserInputPtr refuseExternalEntity(const char *, const char *, xmlParserCtxtPtr)
{
    return nullptr;
}

void initLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        xmlSetExternalEntityLoader(refuseExternalEntity);
    });
}

QString fromXml(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

QString attribute(xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    const QString result = fromXml(value);
    xmlFree(value);
    return result;
}

QByteArray tagName(xmlNode *node)
{
    return QByteArray(reinterpret_cast<const char *>(node->name)).toLower();
}

bool isBlockTag(const QByteArray &tag)
{
    static const QSet<QByteArray> blocks = {
        "address", "article", "aside",  "blockquote", "body",   "caption", "center",
        "dd",      "details", "dialog", "dir",        "div",    "dl",      "dt",
        "fieldset", "figcaption", "figure", "footer", "form",   "h1",      "h2",
        "h3",      "h4",      "h5",     "h6",         "header", "hgroup",  "hr",
        "html",    "legend",  "li",     "main",       "menu",   "nav",     "ol",
        "p",       "pre",     "section", "summary",   "table",  "tbody",   "tfoot",
        "thead",   "tr",      "ul",     "option",     "label"};
    return blocks.contains(tag);
}

bool isSkippedTag(const QByteArray &tag)
{
    static const QSet<QByteArray> skipped = {"script", "style",  "noscript", "template",
                                             "iframe", "object", "embed",    "svg",
                                             "math",   "canvas", "select",   "textarea",
                                             "audio",  "video",  "picture",  "img"};
    return skipped.contains(tag);
}

bool containsTag(xmlNode *node, const char *tag)
{
    for (xmlNode *child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (qstrcmp(reinterpret_cast<const char *>(child->name), tag) == 0
            || containsTag(child, tag))
            return true;
    }
    return false;
}

// Builds the text as a browser lays it out, closely enough for reading: runs of white space
// inside a paragraph become one space, block elements start a new paragraph (separated by a
// blank line), <br> starts a new line and two of them a new paragraph.
//
// Separators are written lazily, just before the next visible character. That keeps
// trailing white space out of paragraphs, and it is what makes hint positions exact: a hint
// starts at the first character written while it is open and ends after the last one.
class TextBuilder
{
public:
    void text(const QString &chunk)
    {
        for (const QChar c : chunk) {
            if (m_preformatted) {
                if (c == QLatin1Char('\n'))
                    lineBreak();
                else if (c != QLatin1Char('\r'))
                    put(c);
                continue;
            }
            if (c.isSpace() && c.unicode() != 0xA0) {
                if (m_paragraphOpen)
                    m_pendingSpace = true;
                continue;
            }
            put(c);
        }
    }

    void space()
    {
        if (m_paragraphOpen)
            m_pendingSpace = true;
    }

    void lineBreak()
    {
        if (!m_paragraphOpen)
            return;
        if (m_pendingLineBreak)
            blockBoundary(); // <br><br>: a paragraph break, as scraped pages use it
        else
            m_pendingLineBreak = true;
    }

    void blockBoundary()
    {
        m_paragraphOpen = false;
        m_pendingSpace = false;
        m_pendingLineBreak = false;
    }

    void setPreformatted(bool on) { m_preformatted = on; }
    bool preformatted() const { return m_preformatted; }

    void beginSpan() { m_spans.push_back({-1, -1}); }
    // The span [start, end) of what was written since the matching beginSpan(), or start -1.
    std::pair<int, int> endSpan()
    {
        auto span = m_spans.back();
        m_spans.pop_back();
        m_firstUnstarted = std::min(m_firstUnstarted, m_spans.size());
        if (span.first >= 0)
            span.second = int(m_out.size());
        return span;
    }

    const QString &result() const { return m_out; }

private:
    void put(QChar c)
    {
        if (!m_paragraphOpen) {
            if (!m_out.isEmpty())
                m_out += QLatin1String("\n\n");
            m_paragraphOpen = true;
            m_pendingSpace = false;
            m_pendingLineBreak = false;
        } else if (m_pendingLineBreak) {
            m_out += QLatin1Char('\n');
            m_pendingLineBreak = false;
            m_pendingSpace = false;
        } else if (m_pendingSpace) {
            m_out += QLatin1Char(' ');
            m_pendingSpace = false;
        }
        // Open spans that have not seen a character yet start here. They are always the
        // innermost ones, a suffix of the stack.
        for (std::size_t i = m_firstUnstarted; i < m_spans.size(); ++i)
            m_spans[i].first = int(m_out.size());
        m_firstUnstarted = m_spans.size();
        m_out += c;
    }

    QString m_out;
    bool m_paragraphOpen = false;
    bool m_pendingSpace = false;
    bool m_pendingLineBreak = false;
    bool m_preformatted = false;
    std::vector<std::pair<int, int>> m_spans;
    std::size_t m_firstUnstarted = 0;
};

bool classMatches(const QString &classAndId, const QStringList &words)
{
    for (const QString &word : words) {
        if (classAndId.contains(word))
            return true;
    }
    return false;
}

// A single reader comment rather than the list or form around it: an <li>/<article> whose
// class or id names comments, an element of class "comment", or one with an id like
// "comment-123". Inside a comment only a nested comment (a reply) is one again, so the
// parts of a comment (its author, date, "Reply" link) never split it.
bool isCommentItem(const QByteArray &tag, const QString &classes, const QString &id,
                   bool insideItem)
{
    static const QRegularExpression numbered(QStringLiteral("^(?:li-)?comment-?\\d+$"));
    const QStringList tokens = classes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.contains(QLatin1String("comment")) || numbered.match(id).hasMatch())
        return true;
    for (const QString &token : tokens) {
        if (numbered.match(token).hasMatch())
            return true;
    }
    if (insideItem)
        return tag == "li" && (classes + id).contains(QLatin1String("comment"));
    return (tag == "li" || tag == "article") && (classes + id).contains(QLatin1String("comment"));
}

class Walker
{
public:
    explicit Walker(HtmlToText::Result &result)
        : m_result(result)
    {
    }

    void walk(xmlNode *node)
    {
        for (xmlNode *child = node; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                if (!m_inHead)
                    m_builder.text(fromXml(child->content));
            } else if (child->type == XML_ELEMENT_NODE) {
                element(child);
            }
        }
    }

    void finish()
    {
        m_result.text = m_builder.result();
        std::sort(m_result.hints.begin(), m_result.hints.end(),
                  [](const SegmentHint &a, const SegmentHint &b) {
                      return a.start != b.start ? a.start < b.start : a.end > b.end;
                  });
        if (m_result.title.isEmpty())
            m_result.title = m_firstH1.isEmpty() ? m_documentTitle : m_firstH1;
        if (m_result.url.isEmpty())
            m_result.url = m_ogUrl;
        if (m_result.published.isEmpty())
            m_result.published = m_firstTime;
    }

private:
    void element(xmlNode *node)
    {
        const QByteArray tag = tagName(node);
        if (tag == "head") {
            const bool wasInHead = m_inHead;
            m_inHead = true;
            walk(node->children);
            m_inHead = wasInHead;
            return;
        }
        if (tag == "title") {
            if (m_documentTitle.isEmpty())
                m_documentTitle = collapsed(node);
            return;
        }
        if (tag == "meta") {
            meta(node);
            return;
        }
        if (tag == "link") {
            const QStringList rel =
                attribute(node, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (rel.contains(QLatin1String("canonical")) && m_result.url.isEmpty())
                m_result.url = attribute(node, "href").trimmed();
            return;
        }
        if (tag == "html") {
            const QString lang = attribute(node, "lang").trimmed();
            if (!lang.isEmpty())
                m_result.language = lang;
        }
        if (tag == "time" && m_firstTime.isEmpty() && m_commentDepth == 0)
            m_firstTime = attribute(node, "datetime").trimmed();
        if (m_inHead || isSkippedTag(tag) || hidden(node))
            return;
        if (tag == "br") {
            m_builder.lineBreak();
            return;
        }

        const QString classes = attribute(node, "class").toLower();
        const QString id = attribute(node, "id").toLower();
        const bool block = isBlockTag(tag);
        const bool cell = tag == "td" || tag == "th";

        // Which hint this element gives, if any. Inside a comment only replies count;
        // inside page noise a caption is noise too.
        bool hinted = false;
        SegmentKind kind = SegmentKind::Boilerplate;
        bool commentItem = false;
        const QString classAndId = classes + QLatin1Char(' ') + id;
        if (m_commentItemDepth > 0) {
            commentItem = isCommentItem(tag, classes, id, true);
            hinted = commentItem;
            kind = SegmentKind::Comment;
        } else if (classAndId.contains(QLatin1String("comment"))) {
            commentItem = isCommentItem(tag, classes, id, false);
            hinted = true;
            kind = SegmentKind::Comment;
        } else if ((tag == "figcaption" || classAndId.contains(QLatin1String("caption")))
                   && m_boilerplateDepth == 0) {
            hinted = true;
            kind = SegmentKind::Caption;
        } else if (tag == "nav" || tag == "footer" || tag == "aside"
                   || (tag == "header" && !containsTag(node, "h1"))
                   || classMatches(classAndId, noiseWords())) {
            hinted = true;
            kind = SegmentKind::Boilerplate;
        } else if (tag == "h1" && m_boilerplateDepth == 0) {
            hinted = true;
            kind = SegmentKind::Title;
        }

        if (block)
            m_builder.blockBoundary();
        if (cell)
            m_builder.space();
        if (hinted)
            m_builder.beginSpan();
        const bool h1 = tag == "h1";
        if (h1)
            m_builder.beginSpan();
        const bool wasPreformatted = m_builder.preformatted();
        if (tag == "pre")
            m_builder.setPreformatted(true);
        const bool boilerplate = hinted && kind == SegmentKind::Boilerplate;
        m_boilerplateDepth += boilerplate ? 1 : 0;
        const bool comment = hinted && kind == SegmentKind::Comment;
        m_commentItemDepth += commentItem ? 1 : 0;
        m_commentDepth += comment ? 1 : 0;

        walk(node->children);

        m_commentDepth -= comment ? 1 : 0;
        m_commentItemDepth -= commentItem ? 1 : 0;
        m_boilerplateDepth -= boilerplate ? 1 : 0;
        m_builder.setPreformatted(wasPreformatted);
        if (h1) {
            const auto span = m_builder.endSpan();
            if (span.first >= 0 && m_firstH1.isEmpty())
                m_firstH1 = m_builder.result()
                                .mid(span.first, span.second - span.first)
                                .simplified();
        }
        if (hinted) {
            const auto span = m_builder.endSpan();
            if (span.first >= 0)
                m_result.hints.append({span.first, span.second, kind});
        }
        if (cell)
            m_builder.space();
        if (block)
            m_builder.blockBoundary();
    }

    void meta(xmlNode *node)
    {
        const QString key = (attribute(node, "property") + attribute(node, "name")).toLower();
        const QString content = attribute(node, "content").trimmed();
        if (content.isEmpty())
            return;
        if (key == QLatin1String("og:url") && m_ogUrl.isEmpty())
            m_ogUrl = content;
        else if (key == QLatin1String("og:site_name") && m_result.outlet.isEmpty())
            m_result.outlet = content;
        else if ((key == QLatin1String("article:published_time")
                  || key == QLatin1String("datepublished"))
                 && m_result.published.isEmpty())
            m_result.published = content;
    }

    static bool hidden(xmlNode *node)
    {
        if (xmlHasProp(node, reinterpret_cast<const xmlChar *>("hidden")))
            return true;
        if (attribute(node, "aria-hidden").trimmed().toLower() == QLatin1String("true"))
            return true;
        QString style = attribute(node, "style").toLower();
        style.remove(QLatin1Char(' '));
        return style.contains(QLatin1String("display:none"))
            || style.contains(QLatin1String("visibility:hidden"));
    }

    static QString collapsed(xmlNode *node)
    {
        xmlChar *content = xmlNodeGetContent(node);
        const QString text = fromXml(content).simplified();
        xmlFree(content);
        return text;
    }

    static const QStringList &noiseWords()
    {
        static const QStringList words = {
            QStringLiteral("share"),      QStringLiteral("social"),    QStringLiteral("related"),
            QStringLiteral("cookie"),     QStringLiteral("consent"),   QStringLiteral("newsletter"),
            QStringLiteral("donat"),      QStringLiteral("subscribe"), QStringLiteral("breadcrumb"),
            QStringLiteral("menu"),       QStringLiteral("advert"),    QStringLiteral("promo"),
            QStringLiteral("sidebar")};
        return words;
    }

    HtmlToText::Result &m_result;
    TextBuilder m_builder;
    bool m_inHead = false;
    int m_boilerplateDepth = 0;
    int m_commentItemDepth = 0;
    int m_commentDepth = 0;
    QString m_documentTitle;
    QString m_firstH1;
    QString m_ogUrl;
    QString m_firstTime;
};

} // namespace

HtmlToText::Result HtmlToText::convert(const QString &html)
{
    Result result;
    initLibxml();
    const QByteArray utf8 = html.toUtf8();
    // The text is already decoded, so a <meta charset> in it must not switch the parser to
    // another encoding (HTML_PARSE_IGNORE_ENC); NONET forbids every network access.
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
        | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC;
    htmlDocPtr document =
        htmlReadMemory(utf8.constData(), int(qMin<qsizetype>(utf8.size(), INT_MAX)), nullptr,
                       "UTF-8", options);
    if (!document) {
        result.error = tr("The page could not be read as HTML.");
        return result;
    }
    Walker walker(result);
    walker.walk(xmlDocGetRootElement(document));
    walker.finish();
    xmlFreeDoc(document);
    result.ok = true;
    return result;
}
