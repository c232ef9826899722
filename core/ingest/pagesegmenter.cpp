#include "core/ingest/pagesegmenter.h"

#include "core/text/offsetmap.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace {

// What a short block of a scraped page says it is, by its wording alone.
enum class Pattern {
    None,
    Counter,        // "2,350 $"
    Byline,         // "By Jane Doe | 12 March 2019"
    DateLine,       // "March 24, 2019", "Updated: ..."
    CommentsHeader, // "3 comments", "Leave a reply"
    FormChrome,     // "Name *", "Post Comment", "Your email address will not be published."
    Appeal,         // "Do you like this content? Consider helping us!"
    Share,          // "Share  Tweet  WhatsApp"
    Cookie,         // "We use cookies ...", "Accept all"
    RelatedHeader,  // "Related articles", "Read more", "More from ..."
    RelatedInline,  // "Read also: <headline>"
    Advert,         // "Advertisement"
    Subscribe,      // "Subscribe to our newsletter"
    Tags,           // "Tags: Syria, Idlib"
    Copyright,      // "© 2019 ... All rights reserved."
    PhotoCaption,   // "Photo: Reuters", "... (AFP)"
    CommentAction,  // "Reply", "12 likes"
    Menu,           // "Home | Syria | Iraq | Opinion"
};

// Blocks longer than this are prose: none of the page-noise patterns is tried on them and
// their text is not copied (that keeps a 50 MB article at one copy of its text).
constexpr int kShortBlock = 600;

struct Block
{
    int start = 0; // UTF-16 position of the first visible character
    int end = 0;   // after the last visible character
    int paragraph = 0;
    int indent = 0;
    int words = 0;
    QChar terminal; // last character, closing quotes and brackets skipped
    QString text;   // white space collapsed; empty for long blocks
    Pattern pattern = Pattern::None;
    SegmentKind kind = SegmentKind::Boilerplate;
    int group = -1; // blocks with the same group form one segment
};

using RE = QRegularExpression;
constexpr auto kCi = RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption;

const QString &monthPattern()
{
    static const QString month = QStringLiteral(
        "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
    return month;
}

const QString &datePattern()
{
    static const QString date =
        QStringLiteral("(?:%1\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                       "|\\d{1,2}(?:st|nd|rd|th)?\\s+%1,?\\s+\\d{4}"
                       "|\\d{4}-\\d{1,2}-\\d{1,2}"
                       "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})")
            .arg(monthPattern());
    return date;
}

int monthNumber(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

// The first date written in `text`, in any of the forms the date lines use. Numeric dates
// are read day first (24/03/2019), as the region's outlets write them, unless the second
// number cannot be a month.
QDate findDate(QStringView text, qsizetype *at = nullptr)
{
    static const RE monthFirst(QStringLiteral("\\b(%1)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b")
                                   .arg(monthPattern()),
                               kCi);
    static const RE dayFirst(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(%1),?\\s+(\\d{4})\\b")
                                 .arg(monthPattern()),
                             kCi);
    static const RE iso(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})"));
    static const RE numeric(QStringLiteral("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b"));

    QDate best;
    qsizetype bestAt = -1;
    const auto consider = [&](const QDate &date, qsizetype position) {
        if (date.isValid() && (bestAt < 0 || position < bestAt)) {
            best = date;
            bestAt = position;
        }
    };
    auto m = monthFirst.match(text);
    if (m.hasMatch())
        consider(QDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt()),
                 m.capturedStart());
    m = dayFirst.match(text);
    if (m.hasMatch())
        consider(QDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt()),
                 m.capturedStart());
    m = iso.match(text);
    if (m.hasMatch())
        consider(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()),
                 m.capturedStart());
    m = numeric.match(text);
    if (m.hasMatch()) {
        int day = m.captured(1).toInt();
        int month = m.captured(2).toInt();
        if (month > 12 && day <= 12)
            std::swap(day, month);
        consider(QDate(m.captured(3).toInt(), month, day), m.capturedStart());
    }
    if (at)
        *at = bestAt;
    return best;
}

bool isDateLine(const QString &text, int words)
{
    static const RE line(
        QStringLiteral("^(?:(?:last\\s+)?(?:updated|modified|published|posted|date|created)"
                       "(?:\\s+on)?\\s*:?\\s*)?"
                       "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
                       "%1"
                       "(?:\\s*(?:,|at|-|–|—|\\||•)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*"
                       "(?:[ap]\\.?m\\.?)?)?"
                       "(?:\\s*\\(?(?:gmt|utc|eet|eest|cet|cest|ast|est|edt|pst|pdt|bst)"
                       "(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?)?\\s*$")
            .arg(datePattern()),
        kCi);
    static const RE updated(QStringLiteral("^(?:last\\s+)?updated\\b"), kCi);
    static const RE ago(QStringLiteral("^\\d+\\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?"
                                       "|months?)\\s+ago$"),
                        kCi);
    return line.match(text).hasMatch() || (words <= 10 && updated.match(text).hasMatch())
        || ago.match(text).hasMatch();
}

bool isByline(const QString &text, int words, QChar terminal)
{
    static const RE by(QStringLiteral("^(?i:by|written by|words by|reported by|posted by|story by"
                                      "|text by|authors?\\s*:)\\s+[\\p{Lu}\\p{Lo}]"),
                       RE::UseUnicodePropertiesOption);
    static const RE postedOnBy(QStringLiteral("^(?:posted|published|written)(?:\\s+on)?\\s*:?\\s*"
                                              ".{0,20}?%1.*\\bby\\s+\\S")
                                   .arg(datePattern()),
                               kCi);
    if (words > 15 || terminal == QLatin1Char('.'))
        return false;
    return by.match(text).hasMatch() || postedOnBy.match(text).hasMatch();
}

QString authorOf(const QString &byline)
{
    static const RE by(QStringLiteral("(?:^|\\s)(?:by|authors?\\s*:)\\s+(.+)$"), kCi);
    static const RE cut(QStringLiteral("\\s*(?:\\||•|·|–|—|\\s-\\s|,|\\bon\\b|\\bat\\b)"), kCi);
    const auto m = by.match(byline);
    if (!m.hasMatch())
        return {};
    QString author = m.captured(1);
    qsizetype dateAt = -1;
    findDate(author, &dateAt);
    if (dateAt >= 0)
        author.truncate(dateAt);
    const auto stop = cut.match(author);
    if (stop.hasMatch())
        author.truncate(stop.capturedStart());
    return author.trimmed();
}

bool isMenu(const QString &text, int words, bool sentence)
{
    static const RE separators(QStringLiteral("\\s*(?:\\||»|›|>|\\s/\\s)\\s*"));
    if (sentence || words > 25)
        return false;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 3)
        return false;
    for (const QString &part : parts) {
        if (part.count(QLatin1Char(' ')) >= 4)
            return false;
    }
    return true;
}

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QChar(0x2026) || c == QChar(0x061F) || c == QChar(0x06D4);
}

Pattern classify(const Block &b)
{
    if (b.text.isEmpty())
        return Pattern::None;
    const QString &t = b.text;
    const bool sentence = isSentenceEnd(b.terminal);

    static const RE counter(QStringLiteral("^(?:[$€£]\\s?\\d[\\d,.\\s]*|\\d[\\d,.\\s]*?\\s?[$€£])$"));
    static const RE commentsHeader(
        QStringLiteral(
            "^(?:\\d+\\s+)?(?:comments?|responses?|replies|reader comments|discussion|thoughts?"
            "|reactions?)\\s*(?:\\(\\d+\\))?\\s*:?$"
            "|^\\d+\\s+(?:thoughts?|responses?|comments?|replies)\\s+(?:on|to)\\b"
            "|^(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|response)\\b.{0,60}$"
            "|^(?:join|start) the (?:discussion|conversation)\\b.{0,60}$"
            "|^(?:show|view|load|hide|read) (?:all |more |the )?(?:\\d+ )?comments?\\b.{0,30}$"
            "|^comments? (?:are |is )?(?:closed|disabled|off)\\b.{0,40}$"
            "|^what do you think\\??$"),
        kCi);
    static const RE formChrome(
        QStringLiteral(
            "^(?:name|e-?mail|email address|website|url|comment|message"
            "|your (?:name|email|comment|message))\\s*\\*?\\s*:?$"
            "|^(?:post|submit|send|publish) (?:comment|reply)$|^submit$|^cancel reply$"
            "|^your email address will not be published\\b|^required fields are marked\\b"
            "|^save my name\\b|^notify me of\\b|^(?:you must be )?logged in\\b"
            "|^log in to (?:reply|comment)\\b|^(?:load|show) more (?:comments|replies)$"
            "|^this site uses akismet\\b"),
        kCi);
    static const RE appeal(
        QStringLiteral(
            "do you like this content|consider helping us"
            "|support (?:our|independent) (?:journalism|work|reporting|media|website|project)"
            "|support us (?:on|via|with|today|now)\\b|^support us\\s*[.!]?$"
            "|^donate\\b|\\bdonate (?:now|today|to us|to keep|to support)\\b"
            "|become a (?:patron|supporter|member)\\b|\\bpatreon\\b|buy (?:us|me) a coffee"
            "|make a donation|help us (?:keep|continue|stay|survive)"),
        kCi);
    static const RE share(
        QStringLiteral(
            "^(?:(?:share(?:\\s+(?:this|on|via|to))?(?:\\s+(?:article|story|post|page|x"
            "|facebook|twitter|whatsapp|telegram|e-?mail|linkedin|reddit|vk))?"
            "|tweet|facebook|twitter|x|whatsapp|telegram|e-?mail|print|pinterest|linkedin|reddit"
            "|vk|copy\\s+link|messenger|flipboard)\\s*[|•·,:/-]*\\s*)+$"),
        kCi);
    static const RE cookieWord(QStringLiteral("\\bcookies?\\b"), kCi);
    static const RE cookieContext(
        QStringLiteral("\\b(?:we use|uses|using|use of|accept|policy|settings|consent"
                       "|preferences|experience|agree|browsing)\\b"),
        kCi);
    static const RE cookieButton(
        QStringLiteral("^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|decline(?: all)?|i agree"
                       "|i accept|got it|agree(?: and close)?|manage (?:cookies|preferences"
                       "|settings|options)|cookie (?:policy|settings|preferences|notice)"
                       "|privacy (?:policy|settings))[.!]?$"),
        kCi);
    static const RE relatedHeader(
        QStringLiteral(
            "^(?:related(?:\\s+(?:articles?|posts?|stories|news|content|coverage|reading|topics"
            "|links))?|read (?:more|also|next)|see also|also read"
            "|you (?:may|might) (?:also )?(?:like|be interested in)"
            "|more (?:from|on|in|about)\\b.{0,60}|more (?:stories|news|articles|headlines)"
            "|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)"
            "|popular(?: posts| stories| articles)?|latest(?: news| posts| articles| stories)?"
            "|trending(?: now| stories)?|top stories|what to read next|further reading)"
            "\\s*:?$"),
        kCi);
    static const RE relatedInline(
        QStringLiteral("^(?:read (?:more|also)|also read|see also|related|more)\\s*:\\s*\\S"),
        kCi);
    static const RE advert(
        QStringLiteral("^(?:advertisement|advertising|ads?|sponsored(?: content| links?)?"
                       "|promoted(?: content| stories)?|paid (?:content|post)|partner content"
                       "|scroll to continue(?: with content)?)$"),
        kCi);
    static const RE subscribe(
        QStringLiteral("^(?:subscribe|sign up|follow us|join us|join our|get (?:our|the) "
                       "(?:newsletter|daily|latest))\\b|\\bnewsletter\\b"),
        kCi);
    static const RE tags(QStringLiteral("^(?:tags?|tagged(?: with| in)?|topics?|categor(?:y|ies)"
                                        "|filed under|keywords|labels)\\s*:"),
                         kCi);
    static const RE copyright(QStringLiteral("^(?:©|\\(c\\)|copyright\\b)|\\ball rights reserved\\b"),
                              kCi);
    static const RE photo(
        QStringLiteral(
            "^(?:photo|image|picture|photograph|file photo|file image|video|illustration|graphic)"
            "(?:\\s+credit)?\\s*[:—–|]"
            "|^(?:file photo|photo by|image by|pictured)\\b"
            "|\\((?:afp|reuters|ap|ap photo|epa|getty images|getty|anadolu(?: agency)?|aa|sana"
            "|dpa|xinhua|afp photo|reuters photo)\\)\\s*$"
            "|\\b(?:photo|image|picture)(?:\\s+credit)?\\s*:\\s*[^.:]{2,60}$"),
        kCi);
    static const RE action(QStringLiteral("^(?:reply|report|flag|like|upvote|downvote|permalink"
                                          "|\\d+\\s*(?:likes?|replies|points?|votes?))$"),
                           kCi);

    if (counter.match(t).hasMatch())
        return Pattern::Counter;
    if (isByline(t, b.words, b.terminal))
        return Pattern::Byline;
    if (b.words <= 16 && isDateLine(t, b.words))
        return Pattern::DateLine;
    if (commentsHeader.match(t).hasMatch())
        return Pattern::CommentsHeader;
    if (formChrome.match(t).hasMatch())
        return Pattern::FormChrome;
    if (b.words <= 40 && appeal.match(t).hasMatch())
        return Pattern::Appeal;
    if (share.match(t).hasMatch())
        return Pattern::Share;
    if (cookieButton.match(t).hasMatch()
        || (cookieWord.match(t).hasMatch() && cookieContext.match(t).hasMatch()))
        return Pattern::Cookie;
    if (relatedHeader.match(t).hasMatch())
        return Pattern::RelatedHeader;
    if (b.words <= 30 && relatedInline.match(t).hasMatch())
        return Pattern::RelatedInline;
    if (advert.match(t).hasMatch())
        return Pattern::Advert;
    if (b.words <= 30 && subscribe.match(t).hasMatch())
        return Pattern::Subscribe;
    if (tags.match(t).hasMatch())
        return Pattern::Tags;
    if (b.words <= 40 && copyright.match(t).hasMatch())
        return Pattern::Copyright;
    if (b.words <= 60 && photo.match(t).hasMatch())
        return Pattern::PhotoCaption;
    if (action.match(t).hasMatch())
        return Pattern::CommentAction;
    if (isMenu(t, b.words, sentence))
        return Pattern::Menu;
    return Pattern::None;
}

// Money offers and link farming. Each kind of signal counts once (links and symbol runs up
// to twice), so an ordinary comment that mentions dollars, or an article that reports a
// monthly salary, stays below the thresholds used by the caller.
int spamScore(QStringView text)
{
    static const RE money(QStringLiteral("\\$\\s?\\d|\\d[\\d,.]*\\s?\\$|\\b\\d[\\d,.]*\\s*(?:dollars"
                                         "|usd|bucks)\\b"),
                          kCi);
    static const RE rate(QStringLiteral("\\bper[- ]?(?:hour|hr|day|week|month)\\b|\\b(?:an|a|each"
                                        "|every) (?:hour|day|week)\\b|/\\s?(?:h|hr|hour|day|week)\\b"
                                        "|\\bhourly\\b"),
                         kCi);
    static const RE home(QStringLiteral("\\b(?:from|at) home\\b|\\bhome[- ]based\\b|\\bonline jobs?"
                                        "\\b|\\bon my (?:laptop|computer|phone)\\b|\\bwork(?:ing)? "
                                        "online\\b"),
                         kCi);
    static const RE earn(QStringLiteral("\\bearn(?:s|ed|ing)?\\b|\\bmake money\\b|\\bmaking \\$"
                                        "|\\bextra (?:income|cash)\\b"),
                         kCi);
    static const RE offer(QStringLiteral("\\blimited offer\\b|\\bclick (?:here|this|on (?:the|this) "
                                         "link)\\b|\\bvisit (?:this|my|the following) (?:site|website"
                                         "|link|page)\\b|\\bcheck it out\\b|\\bfor more (?:info"
                                         "|details)\\b|\\bgo to this\\b|\\bcopy this\\b|\\bopen this "
                                         "link\\b|\\bstart today\\b|\\bjoin now\\b"),
                          kCi);
    static const RE url(QStringLiteral("https?://|\\bwww\\."), kCi);

    int score = 0;
    for (const RE *re : {&money, &rate, &home, &earn, &offer})
        score += re->match(text).hasMatch() ? 1 : 0;
    int urls = 0;
    auto it = url.globalMatch(text);
    while (it.hasNext() && urls < 3) {
        it.next();
        ++urls;
    }
    score += urls >= 3 ? 2 : urls;
    int symbols = 0;
    for (const QChar c : text) {
        if (c.category() == QChar::Symbol_Other || (c.unicode() >= 0x2190 && c.unicode() <= 0x21FF))
            ++symbols;
    }
    score += symbols >= 15 ? 2 : (symbols >= 5 ? 1 : 0);
    return score;
}

bool isBullet(QChar c)
{
    static const QString bullets = QStringLiteral("•·*-–‣◦▪●");
    return bullets.contains(c);
}

// A commenter's name: one to four words, no sentence punctuation after it (an initial like
// "Omar K." is allowed).
bool isName(const QString &name)
{
    if (name.isEmpty() || name.size() > 40)
        return false;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4)
        return false;
    const QChar first = name.front();
    if (!first.isLetterOrNumber() && first != QLatin1Char('@'))
        return false;
    const QString &last = words.back();
    const QChar end = name.back();
    if (end == QLatin1Char('.'))
        return last.size() == 2 && last.front().isUpper();
    return !isSentenceEnd(end) && end != QLatin1Char(',') && end != QLatin1Char(';')
        && end != QLatin1Char(':');
}

QString withoutBullet(const QString &text, bool *bullet)
{
    *bullet = text.size() > 2 && isBullet(text.front()) && text.at(1).isSpace();
    return *bullet ? text.mid(2).trimmed() : text;
}

// The key under which a copy of the title is recognised: case, white space, quotes and
// dashes do not count.
QString titleKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': case '\'': case '`': case 0x00AB: case 0x00BB: case 0x2018: case 0x2019:
        case 0x201C: case 0x201D: case 0x00B4:
            break;
        case 0x2013: case 0x2014:
            key += QLatin1Char('-');
            break;
        default:
            key += c.toLower();
        }
    }
    key = key.simplified();
    while (!key.isEmpty() && QStringLiteral(".!?:;,").contains(key.back()))
        key.chop(1);
    return key;
}

bool isHeadlineLike(const Block &b)
{
    return !b.text.isEmpty() && b.words >= 3 && b.words <= 30 && b.text.size() >= 15
        && b.text.size() <= 250 && b.terminal != QLatin1Char('.') && b.terminal != QLatin1Char(':')
        && b.terminal != QLatin1Char(',') && b.terminal != QLatin1Char(';');
}

bool isBodyLike(const Block &b)
{
    return b.words >= 12 || (isSentenceEnd(b.terminal) && b.words >= 4);
}

bool isShortNonSentence(const Block &b)
{
    return b.words <= 12 && !isSentenceEnd(b.terminal) && b.terminal != QLatin1Char(',')
        && b.terminal != QLatin1Char(';') && b.terminal != QLatin1Char(':');
}

// The page split into blocks: a paragraph (lines without a blank line between them) is one
// block when it reads as wrapped prose, and one block per line otherwise, so that a title
// directly followed by a byline, or a list of share buttons, comes apart.
class BlockSplitter
{
public:
    explicit BlockSplitter(const QString &text)
        : m_text(text)
    {
    }

    std::vector<Block> split()
    {
        struct Line { int start; int contentStart; int contentEnd; };
        std::vector<Line> paragraph;
        int paragraphIndex = 0;
        const QChar *data = m_text.constData();
        const int n = int(m_text.size());
        int lineStart = 0;
        for (int i = 0; i <= n; ++i) {
            const bool atEnd = i == n;
            const bool lineEnd = atEnd || data[i] == QLatin1Char('\n')
                || (data[i] == QLatin1Char('\r') && (i + 1 == n || data[i + 1] != QLatin1Char('\n')));
            if (!lineEnd)
                continue;
            int cs = lineStart;
            while (cs < i && data[cs].isSpace())
                ++cs;
            int ce = i;
            while (ce > cs && data[ce - 1].isSpace())
                --ce;
            if (cs == ce) {
                if (!paragraph.empty()) {
                    flush(paragraph, paragraphIndex++);
                    paragraph.clear();
                }
            } else {
                paragraph.push_back({lineStart, cs, ce});
            }
            lineStart = i + 1;
        }
        if (!paragraph.empty())
            flush(paragraph, paragraphIndex);
        return std::move(m_blocks);
    }

private:
    template<typename Lines>
    void flush(const Lines &lines, int paragraphIndex)
    {
        bool wrapped = lines.size() > 1;
        for (std::size_t i = 0; wrapped && i + 1 < lines.size(); ++i)
            wrapped = lines[i].contentEnd - lines[i].contentStart >= 50;
        if (wrapped) {
            // Wrapped prose unless one of its lines is page noise on its own.
            for (const auto &line : lines) {
                if (line.contentEnd - line.contentStart <= 120
                    && classify(makeBlock(line.contentStart, line.contentEnd, 0, 0))
                           != Pattern::None) {
                    wrapped = false;
                    break;
                }
            }
        }
        if (wrapped) {
            Block b = makeBlock(lines.front().contentStart, lines.back().contentEnd,
                                lines.front().contentStart - lines.front().start, paragraphIndex);
            b.pattern = classify(b);
            m_blocks.push_back(std::move(b));
            return;
        }
        for (const auto &line : lines) {
            Block b = makeBlock(line.contentStart, line.contentEnd, line.contentStart - line.start,
                                paragraphIndex);
            b.pattern = classify(b);
            m_blocks.push_back(std::move(b));
        }
    }

    Block makeBlock(int start, int end, int indent, int paragraph) const
    {
        Block b;
        b.start = start;
        b.end = end;
        b.indent = indent;
        b.paragraph = paragraph;
        const QChar *data = m_text.constData();
        bool inWord = false;
        for (int i = start; i < end; ++i) {
            const bool space = data[i].isSpace();
            if (!space && !inWord)
                ++b.words;
            inWord = !space;
        }
        int last = end - 1;
        static const QString closing = QStringLiteral("\"'”’»)]");
        while (last > start && closing.contains(data[last]))
            --last;
        b.terminal = data[last];
        if (end - start <= kShortBlock)
            b.text = m_text.mid(start, end - start).simplified();
        return b;
    }

    const QString &m_text;
    std::vector<Block> m_blocks;
};

bool endsComment(Pattern p)
{
    return p != Pattern::None && p != Pattern::DateLine && p != Pattern::CommentAction;
}

} // namespace

PageSegmenter::Result PageSegmenter::segment(const QString &text, const QList<SegmentHint> &hints)
{
    Result result;
    if (text.isEmpty())
        return result;
    std::vector<Block> blocks = BlockSplitter(text).split();
    const OffsetMap offsets(text);
    if (blocks.empty()) {
        result.segments.append({0, offsets.codePointCount(), SegmentKind::Boilerplate});
        return result;
    }

    // Hints come from a tree, so they nest: sorted by start (outer first), a stack sweep
    // gives each block the innermost hint around its first character in linear time.
    QList<SegmentHint> sortedHints = hints;
    std::stable_sort(sortedHints.begin(), sortedHints.end(),
                     [](const SegmentHint &a, const SegmentHint &b) {
                         return a.start != b.start ? a.start < b.start : a.end > b.end;
                     });
    bool hasTitleHint = false;
    bool hasCommentHints = false;
    for (const SegmentHint &hint : std::as_const(sortedHints)) {
        hasTitleHint = hasTitleHint || hint.kind == SegmentKind::Title;
        hasCommentHints = hasCommentHints || hint.kind == SegmentKind::Comment;
    }
    std::vector<int> hintStack;
    qsizetype nextHint = 0;
    const auto hintAt = [&](int position) {
        while (nextHint < sortedHints.size() && sortedHints[nextHint].start <= position) {
            while (!hintStack.empty()
                   && sortedHints[hintStack.back()].end <= sortedHints[nextHint].start)
                hintStack.pop_back();
            hintStack.push_back(int(nextHint++));
        }
        while (!hintStack.empty() && sortedHints[hintStack.back()].end <= position)
            hintStack.pop_back();
        return hintStack.empty() ? -1 : hintStack.back();
    };

    // The page is read top to bottom in three regions: the head (site chrome up to the
    // title), the article, and the tail. The tail starts at a "support us" appeal or a
    // comments header that follows some body text, or at the first comment the markup
    // names; nothing in it is body.
    enum class Region { Head, Article, Tail };
    Region region = Region::Head;
    QString titleText;
    QString titleKeyText;
    bool seenBody = false;
    bool relatedList = false;
    bool tailScanned = false;
    bool tailHasBullets = false;
    int groups = 0;
    int commentGroup = -1; // the plain-text comment being read, if any
    int commentHint = -1;  // the hint of the HTML comment being read, if any
    int commentHintGroup = -1;

    const auto boilerplate = [&](std::size_t i) {
        Block &b = blocks[i];
        b.kind = SegmentKind::Boilerplate;
        // Noise lines of one paragraph (the four donation counters) make one segment.
        if (i > 0 && blocks[i - 1].kind == SegmentKind::Boilerplate
            && blocks[i - 1].paragraph == b.paragraph)
            b.group = blocks[i - 1].group;
        else
            b.group = ++groups;
    };
    const auto single = [&](std::size_t i, SegmentKind kind) {
        blocks[i].kind = kind;
        blocks[i].group = ++groups;
    };
    const auto blockText = [&](const Block &b) {
        return b.text.isEmpty() ? text.mid(b.start, b.end - b.start).simplified() : b.text;
    };
    const auto takeTitle = [&](std::size_t i) {
        single(i, SegmentKind::Title);
        titleText = blockText(blocks[i]);
        titleKeyText = titleKey(titleText);
        region = Region::Article;
    };
    const auto readMeta = [&](const Block &b) {
        if (b.pattern == Pattern::Byline && result.author.isEmpty())
            result.author = authorOf(b.text);
        if (!result.published.isValid())
            result.published = findDate(b.text);
    };
    const auto enterTail = [&](std::size_t from) {
        region = Region::Tail;
        relatedList = false;
        if (tailScanned)
            return;
        tailScanned = true;
        for (std::size_t j = from; j < blocks.size() && !tailHasBullets; ++j) {
            bool bullet = false;
            const QString name = withoutBullet(blocks[j].text, &bullet);
            tailHasBullets = bullet && isName(name);
        }
    };
    // Whether block i opens a plain-text comment: 0 no, 1 only if the tail has no bulleted
    // names, 2 certainly.
    const auto nameLevel = [&](std::size_t i) {
        static const RE nameThenDate(QStringLiteral("^(.{1,40}?)\\s*(?:\\bon\\b|[|–—-])\\s*%1")
                                         .arg(datePattern()),
                                     kCi);
        static const RE says(QStringLiteral("^(.{1,40}?)\\s+(?:says|said|wrote)\\s*:?$"), kCi);
        const Block &b = blocks[i];
        if (b.text.isEmpty() || b.words > 14)
            return 0;
        bool bullet = false;
        const QString name = withoutBullet(b.text, &bullet);
        if (nameThenDate.match(name).hasMatch() || says.match(name).hasMatch())
            return 2;
        if (!isName(name))
            return 0;
        if (bullet)
            return 2;
        if (i + 1 >= blocks.size())
            return 0;
        const Block &next = blocks[i + 1];
        if (next.pattern == Pattern::DateLine)
            return 2;
        bool nextBullet = false;
        const QString nextName = withoutBullet(next.text, &nextBullet);
        if (next.pattern != Pattern::None || (nextBullet && isName(nextName))
            || next.words <= b.words || next.indent < b.indent)
            return 0;
        return 1;
    };

    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Block &b = blocks[i];
        const int h = hintAt(b.start);
        const SegmentKind hinted = h >= 0 ? sortedHints[h].kind : SegmentKind::Body;

        if (h >= 0 && hinted == SegmentKind::Comment) {
            enterTail(i);
            commentGroup = -1;
            if (endsComment(b.pattern) && b.pattern != Pattern::PhotoCaption
                && b.pattern != Pattern::Menu) {
                boilerplate(i); // "3 comments", "Leave a reply", the form's labels
                continue;
            }
            if (commentHint != h) {
                commentHint = h;
                commentHintGroup = ++groups;
            }
            b.kind = SegmentKind::Comment;
            b.group = commentHintGroup;
            continue;
        }
        commentHint = -1;
        if (h >= 0 && hinted == SegmentKind::Boilerplate) {
            boilerplate(i);
            if (region != Region::Tail && (b.pattern == Pattern::Byline || b.pattern == Pattern::DateLine))
                readMeta(b);
            if (seenBody && b.pattern == Pattern::Appeal)
                enterTail(i + 1);
            continue;
        }
        if (h >= 0 && hinted == SegmentKind::Caption) {
            single(i, SegmentKind::Caption);
            continue;
        }
        if (h >= 0 && hinted == SegmentKind::Title) {
            if (titleText.isEmpty())
                takeTitle(i);
            else
                boilerplate(i);
            continue;
        }

        if (region == Region::Tail) {
            if (b.pattern != Pattern::None && (endsComment(b.pattern) || commentGroup < 0)) {
                boilerplate(i);
                commentGroup = -1;
                continue;
            }
            const int level = hasCommentHints ? 0 : nameLevel(i);
            if (level == 2 || (level == 1 && !tailHasBullets)) {
                commentGroup = ++groups;
                b.kind = SegmentKind::Comment;
                b.group = commentGroup;
            } else if (commentGroup >= 0) {
                b.kind = SegmentKind::Comment;
                b.group = commentGroup;
            } else if (spamScore(QStringView(text).mid(b.start, b.end - b.start)) >= 3) {
                single(i, SegmentKind::Spam);
            } else {
                boilerplate(i);
            }
            continue;
        }

        switch (b.pattern) {
        case Pattern::None:
            break;
        case Pattern::Appeal:
        case Pattern::CommentsHeader:
            boilerplate(i);
            if (seenBody)
                enterTail(i + 1);
            continue;
        case Pattern::Byline:
        case Pattern::DateLine:
            boilerplate(i);
            readMeta(b);
            continue;
        case Pattern::RelatedHeader:
            boilerplate(i);
            relatedList = true;
            continue;
        case Pattern::PhotoCaption:
            single(i, SegmentKind::Caption);
            continue;
        default:
            boilerplate(i);
            continue;
        }

        if (!titleKeyText.isEmpty() && !b.text.isEmpty() && b.text.size() <= 2 * titleText.size()
            && titleKey(b.text) == titleKeyText) {
            boilerplate(i); // a repeated title
            continue;
        }
        if (relatedList) {
            // The headlines listed under "Related articles": short lines, not prose.
            if (!isBodyLike(b) && b.words <= 20) {
                boilerplate(i);
                continue;
            }
            relatedList = false;
        }
        if (region == Region::Head) {
            if (!hasTitleHint && isHeadlineLike(b)) {
                takeTitle(i);
                continue;
            }
            if (!isBodyLike(b)) {
                boilerplate(i);
                continue;
            }
            region = Region::Article;
        }

        if (spamScore(QStringView(text).mid(b.start, b.end - b.start)) >= 4) {
            single(i, SegmentKind::Spam);
            continue;
        }
        if (isShortNonSentence(b)) {
            // A photo caption ("Jund al-Aqsa militants"); a single word is a section label.
            if (b.words >= 2)
                single(i, SegmentKind::Caption);
            else
                boilerplate(i);
            continue;
        }
        single(i, SegmentKind::Body);
        if (!seenBody) {
            seenBody = true;
            // A dateline "BEIRUT (Reuters) - ..." names the outlet.
            static const RE dateline(
                QStringLiteral("^\\p{Lu}[\\p{Lu}\\p{Lo} .'’-]{1,40}?(?:,\\s*\\p{L}+\\.?\\s+\\d{1,2})?"
                               "\\s*\\(([^()]{2,40})\\)\\s*[-–—:]"),
                RE::UseUnicodePropertiesOption);
            const auto m = dateline.match(QStringView(text).mid(b.start, qMin(b.end - b.start, 200)));
            if (m.hasMatch() && result.outlet.isEmpty())
                result.outlet = m.captured(1).trimmed();
        }
    }

    // A comment is spam as a whole: the commenter's line and the offer under it.
    for (std::size_t i = 0; i < blocks.size();) {
        std::size_t j = i + 1;
        while (j < blocks.size() && blocks[j].group == blocks[i].group)
            ++j;
        if (blocks[i].kind == SegmentKind::Comment
            && spamScore(QStringView(text).mid(blocks[i].start, blocks[j - 1].end - blocks[i].start))
                   >= 3) {
            for (std::size_t k = i; k < j; ++k)
                blocks[k].kind = SegmentKind::Spam;
        }
        i = j;
    }

    // Segments tile the text: each starts at its first visible character (the first one at
    // 0) and runs to the start of the next, so the blank lines and indentation between
    // blocks belong to the segment before them.
    QList<int> starts;
    QList<SegmentKind> kinds;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (i == 0 || blocks[i].group != blocks[i - 1].group) {
            starts.append(i == 0 ? 0 : blocks[i].start);
            kinds.append(blocks[i].kind);
        }
    }
    for (qsizetype s = 0; s < starts.size(); ++s) {
        const int end = s + 1 < starts.size() ? starts[s + 1] : int(text.size());
        result.segments.append(
            {offsets.toCodePoint(starts[s]), offsets.toCodePoint(end), kinds[s]});
    }
    result.title = titleText;
    return result;
}
