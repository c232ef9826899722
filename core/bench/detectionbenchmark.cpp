#include "core/bench/detectionbenchmark.h"

#include "core/bench/synthetictext.h"

#include "core/detect/detector.h"
#include "core/detect/matcher.h"
#include "core/exchange/documentjson.h"
#include "core/kb/knowledgebase.h"
#include "core/model/document.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace {

// ---------------------------------------------------------------------------------------------
// The news corpus. Every article is built from pieces whose segment kind is known, so the
// segments tile the text exactly as the page segmenter would leave them.

const char *const s_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
const char *const s_weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                  "Friday", "Saturday", "Sunday"};
const char *const s_syllables[] = {"ka", "ra", "sha", "mu", "ta", "la", "ba", "di", "qa", "za",
                                   "ha", "fa", "nu", "ja", "wa", "si", "ma", "ri", "da", "ya"};
const char *const s_firstNames[] = {"Ahmed", "Mohammed", "Omar", "Khaled", "Hassan", "Ali",
                                    "Mustafa", "Yusuf", "Ibrahim", "Abdullah", "Hamza", "Bilal"};
const char *const s_nisbas[] = {"al-Shami", "al-Halabi", "al-Masri", "al-Iraqi", "al-Hamawi",
                                "al-Idlibi", "al-Ansari", "al-Tunisi", "al-Urduni", "al-Homsi"};
const char *const s_people[] = {"fighters", "militants", "soldiers", "civilians", "members",
                                "troops", "rebels", "policemen", "residents", "children"};
const char *const s_killVerbs[] = {"killed", "wounded", "captured", "injured", "abducted"};
const char *const s_relative[] = {"yesterday", "last week", "on Tuesday", "three days ago",
                                  "earlier this month", "last night", "this morning",
                                  "last Friday", "two weeks ago", "today"};

// Cardinal words for "twenty-three" and "two hundred and five".
const char *const s_units[] = {"one", "two", "three", "four", "five", "six", "seven", "eight",
                               "nine"};
const char *const s_tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                              "eighty", "ninety"};

struct Names
{
    QStringList groups;    // ARMED_GROUP surfaces (canonicals and Latin aliases)
    QStringList forces;    // STATE_FORCE surfaces
    QStringList states;    // state names
    QStringList demonyms;  // state adjectives ("Turkish")
    QStringList places;    // towns and villages
    QStringList regions;   // governorates
    QStringList sources;   // outlets and monitors
};

bool isLatin(const QString &name)
{
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x0250; });
}

Names namesFrom(const KnowledgeBase &kb)
{
    Names names;
    for (const KbEntry &entry : kb.entries()) {
        QStringList surfaces{entry.canonical};
        for (const QString &alias : entry.aliases) {
            if (isLatin(alias) && alias.size() > 2)
                surfaces << alias;
        }
        switch (entry.type) {
        case EntityType::ArmedGroup:
            names.groups += surfaces;
            break;
        case EntityType::StateForce:
            names.forces += surfaces;
            break;
        case EntityType::State:
            names.states << entry.canonical;
            for (const QString &adjective : entry.adjectives) {
                if (isLatin(adjective) && !adjective.endsWith(u's'))
                    names.demonyms << adjective;
            }
            break;
        case EntityType::Location:
            if (entry.kind == QLatin1String("governorate"))
                names.regions << entry.canonical;
            else if (entry.kind != QLatin1String("country"))
                names.places += surfaces;
            break;
        case EntityType::Source:
            names.sources += surfaces;
            break;
        default:
            break;
        }
    }
    // A knowledge base without some kind still gives a corpus.
    auto fallback = [](QStringList &list, const char *name) {
        if (list.isEmpty())
            list << QString::fromLatin1(name);
    };
    fallback(names.groups, "Jund al-Aqsa");
    fallback(names.forces, "Syrian Arab Army");
    fallback(names.states, "Turkey");
    fallback(names.demonyms, "Turkish");
    fallback(names.places, "Saraqib");
    fallback(names.regions, "Idlib");
    fallback(names.sources, "Enab Baladi");
    return names;
}

class NewsWriter
{
public:
    NewsWriter(QRandomGenerator &random, const Names &names)
        : m_random(random)
        , m_names(names)
    {
    }

    // One article of about `bytes` UTF-8 bytes.
    Document article(int index, int bytes)
    {
        m_text.clear();
        m_segments.clear();
        m_codePoints = 0;
        Document document;
        document.article.published = QDate(2019, 1, 1).addDays(int(m_random.bounded(1800)));
        m_published = document.article.published;

        const QString title = headline();
        add(title + QStringLiteral("\n\n"), SegmentKind::Title);
        if (roll(3))
            add(QStringLiteral("Share  Tweet  Email  0 $\n\n"), SegmentKind::Boilerplate);
        add(QStringLiteral("%1 | %2\n\n").arg(pick(m_names.sources),
                                               QLocale(QLocale::English).toString(m_published,
                                                   QStringLiteral("d MMMM yyyy"))),
            SegmentKind::Body);
        while (m_utf8 < bytes) {
            QString paragraph;
            const int sentences = 2 + int(m_random.bounded(4));
            for (int s = 0; s < sentences; ++s) {
                if (s > 0)
                    paragraph += u' ';
                paragraph += roll(3) ? filler() : claim();
            }
            add(paragraph + QStringLiteral("\n\n"), SegmentKind::Body);
            if (roll(12))
                add(QStringLiteral("%1 fighters in the %2 countryside\n\n")
                        .arg(pick(m_names.groups), pick(m_names.regions)),
                    SegmentKind::Caption);
        }
        if (roll(4)) {
            add(QStringLiteral("Do you like this content? Consider helping us!\n\n"),
                SegmentKind::Boilerplate);
            add(QStringLiteral("Levant_Watcher\n%1 killed 6 of my cousins last year, 40 people "
                               "joined this week!!!\n")
                    .arg(pick(m_names.groups)),
                SegmentKind::Comment);
        }
        document.article.text = m_text;
        document.article.title = title;
        document.article.uid = QStringLiteral("bench-%1").arg(index);
        document.article.language = QStringLiteral("en");
        document.segments = m_segments;
        m_utf8 = 0;
        return document;
    }

private:
    bool roll(int oneIn) { return m_random.bounded(oneIn) == 0; }
    QString pick(const QStringList &list) { return list.at(int(m_random.bounded(int(list.size())))); }
    template<size_t N>
    QString pick(const char *const (&list)[N])
    {
        return QString::fromLatin1(list[m_random.bounded(int(N))]);
    }

    void add(const QString &piece, SegmentKind kind)
    {
        const int codePoints = int(piece.toUcs4().size());
        if (!m_segments.isEmpty() && m_segments.last().kind == kind)
            m_segments.last().end += codePoints;
        else
            m_segments.append({m_codePoints, m_codePoints + codePoints, kind});
        m_codePoints += codePoints;
        m_utf8 += piece.toUtf8().size();
        m_text += piece;
    }

    QString group() { return pick(m_names.groups); }
    QString place() { return pick(m_names.places); }

    QString person()
    {
        if (roll(2))
            return QStringLiteral("Abu %1 %2").arg(pick(s_firstNames), pick(s_nisbas));
        QString family = pick(s_syllables) + pick(s_syllables) + pick(s_syllables);
        family[0] = family[0].toUpper();
        return QStringLiteral("%1 al-%2").arg(pick(s_firstNames), family);
    }

    QString date()
    {
        const QDate d = m_published.addDays(-int(m_random.bounded(40)));
        const QString month = QString::fromLatin1(s_months[d.month() - 1]);
        switch (m_random.bounded(5)) {
        case 0:
            return QStringLiteral("on %1 %2").arg(month).arg(d.day());
        case 1:
            return QStringLiteral("on %1 %2").arg(d.day()).arg(month);
        case 2:
            return QStringLiteral("on %1 %2, %3").arg(month).arg(d.day()).arg(d.year());
        case 3:
            return QStringLiteral("in %1 %2").arg(month).arg(d.year());
        default:
            return pick(s_relative);
        }
    }

    // A count of people in one of the codebook's forms.
    QString number()
    {
        const int n = 2 + int(m_random.bounded(60));
        switch (m_random.bounded(16)) {
        case 0:
            return QStringLiteral("at least %1").arg(n);
        case 1:
            return QStringLiteral("more than %1").arg(n);
        case 2:
            return QStringLiteral("up to %1").arg(n);
        case 3:
            return QStringLiteral("about %1").arg(n);
        case 4:
            return QStringLiteral("between %1 and %2").arg(n).arg(n + 5);
        case 5:
            return QStringLiteral("%1 to %2").arg(n).arg(n + 3);
        case 6:
            return QStringLiteral("%1-%2").arg(n).arg(n + 2);
        case 7:
            return QStringLiteral("%1-%2").arg(pick(s_tens), pick(s_units));
        case 8:
            return QStringLiteral("%1 hundred and %2").arg(pick(s_units), pick(s_units));
        case 9:
            return roll(2) ? QStringLiteral("dozens") : QStringLiteral("scores");
        case 10:
            return roll(2) ? QStringLiteral("a dozen") : QStringLiteral("half a dozen");
        case 11:
            return QStringLiteral("%1,%2").arg(1 + n / 10).arg(100 + n * 7);
        case 12:
            return pick(s_units);
        case 13: {
            // Arabic-Indic digits, as some pages write them.
            QString digits;
            for (QChar c : QString::number(n))
                digits += QChar(0x0660 + c.digitValue());
            return digits;
        }
        case 14:
            return QStringLiteral("nearly %1").arg(n * 10);
        default:
            return QString::number(n);
        }
    }

    QString headline()
    {
        switch (m_random.bounded(4)) {
        case 0:
            return QStringLiteral("%1 fighters killed in clashes with %2 near %3")
                .arg(number(), group(), place());
        case 1:
            return QStringLiteral("%1-backed faction loses ground to %2 in %3")
                .arg(pick(m_names.demonyms), group(), pick(m_names.regions));
        case 2:
            return QStringLiteral("Airstrikes on %1 leave %2 civilians dead").arg(place(), number());
        default:
            return QStringLiteral("%1 says it captured %2 %3 members").arg(group(), number(), group());
        }
    }

    // A sentence that makes a claim the rules read.
    QString claim()
    {
        const QString d = date();
        const QString D = d.at(0).toUpper() + d.mid(1);
        switch (m_random.bounded(18)) {
        case 0:
            return QStringLiteral("%1, fighters of the %2-affiliated %3 attacked a position of the "
                                  "%4-backed %5 near the town of %6, according to %7.")
                .arg(D, group(), group(), pick(m_names.demonyms), group(), place(),
                     pick(m_names.sources));
        case 1:
            return QStringLiteral("%1 lost %2 of its fighters and killed %3 fighters of %4 during "
                                  "the raid.")
                .arg(group(), pick(s_units), number(), group());
        case 2:
        {
            const QString n = number();
            return QStringLiteral("%1 %2 were %3 and %4 others %5 in %6 airstrikes on %7 %8.")
                .arg(n.at(0).toUpper() + n.mid(1), pick(s_people),
                     pick(s_killVerbs), number(), pick(s_killVerbs), pick(m_names.demonyms),
                     place(), d);
        }
        case 3:
            return QStringLiteral("%1 reported that %2 soldiers were killed in an ambush by %3 "
                                  "near %4 %5.")
                .arg(pick(m_names.sources), number(), group(), place(), d);
        case 4:
            return QStringLiteral("Dozens of %1 fighters were reportedly killed in %2 attacks "
                                  "during %3.")
                .arg(group(), group())
                .arg(2012 + int(m_random.bounded(10)));
        case 5:
            return QStringLiteral("%1, an %2-affiliated group, claimed responsibility for the "
                                  "attack on %3.")
                .arg(group(), group(), place());
        case 6:
            return QStringLiteral("The group pledged allegiance to %1 in %2 %3 and later joined "
                                  "%4.")
                .arg(group(), pick(s_months))
                .arg(2014 + int(m_random.bounded(8)))
                .arg(group());
        case 7:
            return QStringLiteral("%1, a senior commander of %2, was killed in a drone strike "
                                  "near %3 %4.")
                .arg(person(), group(), place(), d);
        case 8:
            return QStringLiteral("Activists said %1 %2 were captured by %3 in the raid on %4.")
                .arg(number(), pick(s_people), group(), place());
        case 9:
            return QStringLiteral("The death toll from the shelling of %1 rose to %2 %3, the %4 "
                                  "said.")
                .arg(place(), number(), pick(s_people), pick(m_names.sources));
        case 10:
            return QStringLiteral("Local sources told %1 that the %2 shelled the outskirts of %3, "
                                  "killing a child and wounding %4 women.")
                .arg(pick(m_names.sources), pick(m_names.forces), place(), number());
        case 11:
            return QStringLiteral("%1 militants abducted %2 residents of %3 %4, according to "
                                  "%5.")
                .arg(group(), number(), place(), d, pick(m_names.sources));
        case 12:
            return QStringLiteral("%1 is backed by %2 and has fought alongside %3 since %4.")
                .arg(group(), pick(m_names.states), group())
                .arg(2013 + int(m_random.bounded(9)));
        case 13:
            return QStringLiteral("%1 warplanes struck %2 in the %3 countryside %4, killing %5 "
                                  "civilians.")
                .arg(pick(m_names.demonyms), place(), pick(m_names.regions), d, number());
        case 14:
            return QStringLiteral("%1 leader %2 said the %3 (%4) had broken away from %5.")
                .arg(group(), person(), QStringLiteral("Free Levant Brigades"),
                     QStringLiteral("FLB"), group());
        case 15:
            return QStringLiteral("Clashes between %1 and %2 left %3 dead and %4 wounded %5.")
                .arg(group(), pick(m_names.forces), number(), number(), d);
        case 16:
            return QStringLiteral("%1, the former branch of %2 in Syria, detained %3 %4 in %5.")
                .arg(group(), group(), number(), pick(s_people), place());
        default:
            return QStringLiteral("%1 killed %2 %3 of %4 %5, a spokesman for the group told %6.")
                .arg(pick(m_names.forces), number(), pick(s_people), group(), d,
                     pick(m_names.sources));
        }
    }

    // An ordinary sentence: context, prices, weather, politics.
    QString filler()
    {
        switch (m_random.bounded(12)) {
        case 0:
            return QStringLiteral("Residents said the road between %1 and %2 had been closed for "
                                  "weeks.")
                .arg(place(), place());
        case 1:
            return QStringLiteral("The ceasefire agreement signed in %1 has largely collapsed.")
                .arg(2016 + int(m_random.bounded(6)));
        case 2:
            return QStringLiteral("Prices of bread and fuel have risen sharply in the region over "
                                  "the past months.");
        case 3:
            return QStringLiteral("Humanitarian organisations warned of a worsening situation in "
                                  "the camps for the displaced in %1.")
                .arg(pick(m_names.regions));
        case 4:
            return QStringLiteral("The town has changed hands several times since the start of the "
                                  "conflict.");
        case 5:
            return QStringLiteral("Talks between %1 and %2 on the future of the area are expected to "
                                  "resume next month.")
                .arg(pick(m_names.states), pick(m_names.states));
        case 6:
            return QStringLiteral("Electricity returned to parts of %1 for the first time in two "
                                  "years.")
                .arg(place());
        case 7:
            return QStringLiteral("Schools in the area remain closed, and many families have left "
                                  "for the border.");
        case 8:
            return QStringLiteral("The %1 dollar aid package was approved by donors on %2.")
                .arg(5 + int(m_random.bounded(90)))
                .arg(pick(s_weekdays));
        case 9:
            return QStringLiteral("Farmers in %1 said the harvest was the worst in a decade.")
                .arg(place());
        case 10:
            return QStringLiteral("It was not possible to verify the claims independently.");
        default:
            return QStringLiteral("The checkpoint at kilometre %1 on the M5 highway reopened at "
                                  "10:30 in the morning.")
                .arg(10 + int(m_random.bounded(80)));
        }
    }

    QRandomGenerator &m_random;
    const Names &m_names;
    QDate m_published;
    QString m_text;
    QList<Segment> m_segments;
    int m_codePoints = 0;
    qint64 m_utf8 = 0;
};

QList<Document> newsCorpus(QRandomGenerator &random, const KnowledgeBase &kb, qint64 utf8Bytes)
{
    const Names names = namesFrom(kb);
    NewsWriter writer(random, names);
    QList<Document> articles;
    qint64 bytes = 0;
    while (bytes < utf8Bytes) {
        const int size = 1500 + int(random.bounded(5000)); // a few KB
        Document document = writer.article(int(articles.size()), size);
        bytes += document.article.text.toUtf8().size();
        articles.append(document);
    }
    return articles;
}

// ---------------------------------------------------------------------------------------------
// MatcherBenchmark's corpus kind (SyntheticText), cut into articles of eight lines.

QList<Document> matcherStyleCorpus(QRandomGenerator &random, qint64 utf8Bytes)
{
    const QStringList names = SyntheticText::groupNames(random, 4000);
    return SyntheticText::articles(SyntheticText::corpus(random, names, utf8Bytes));
}

// ---------------------------------------------------------------------------------------------


// Writes every article's proposals to `out`, one document JSON line each, without the times
// the annotations were made: the same proposals give the same bytes.
void writeProposals(QIODevice *out, const QList<Document> &articles, const Detector &detector)
{
    auto clearTimes = [](auto &annotations) {
        for (auto &annotation : annotations) {
            annotation.provenance.created = QDateTime();
            annotation.provenance.updated = QDateTime();
        }
    };
    for (const Document &d : articles) {
        Document document = d;
        detector.detect(document);
        clearTimes(document.mentions);
        clearTimes(document.affiliations);
        clearTimes(document.casualties);
        clearTimes(document.events);
        out->write(DocumentJson::toLine(document));
        out->write("\n");
    }
}

DetectionBenchmark::Run measure(const QString &name, const QList<Document> &articles,
                                const Matcher &matcher, const Detector &detector, int repetitions,
                                const std::function<void(const QString &)> &say,
                                QIODevice *proposals)
{
    DetectionBenchmark::Run run;
    run.name = name;
    run.articles = int(articles.size());
    for (const Document &d : articles)
        run.bytes += d.article.text.toUtf8().size();
    QElapsedTimer timer;
    double best = -1;
    double worst = 0;
    for (int r = 0; r < std::max(1, repetitions); ++r) {
        say(QStringLiteral("%1: matcher, pass %2").arg(name).arg(r + 1));
        qint64 matches = 0;
        timer.start();
        for (const Document &d : articles)
            matches += matcher.find(d.article.text).size();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        run.matches = matches;
        best = best < 0 ? seconds : std::min(best, seconds);
        worst = std::max(worst, seconds);
    }
    run.matcherSeconds = best;
    run.matcherWorstSeconds = worst;

    best = -1;
    worst = 0;
    for (int r = 0; r < std::max(1, repetitions); ++r) {
        say(QStringLiteral("%1: whole pipeline, pass %2").arg(name).arg(r + 1));
        qint64 mentions = 0, affiliations = 0, casualties = 0, events = 0;
        timer.start();
        for (const Document &d : articles) {
            Document document = d; // implicitly shared: copying costs nothing measurable
            detector.detect(document);
            mentions += document.mentions.size();
            affiliations += document.affiliations.size();
            casualties += document.casualties.size();
            events += document.events.size();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        run.mentions = mentions;
        run.affiliations = affiliations;
        run.casualties = casualties;
        run.events = events;
        best = best < 0 ? seconds : std::min(best, seconds);
        worst = std::max(worst, seconds);
    }
    run.pipelineSeconds = best;
    run.pipelineWorstSeconds = worst;
    if (proposals) {
        say(QStringLiteral("%1: writing the proposals").arg(name));
        writeProposals(proposals, articles, detector);
    }
    return run;
}

// One long article made of the corpus's first articles, about `bytes` UTF-8 bytes.
Document joined(const QList<Document> &articles, qint64 bytes)
{
    Document document;
    document.article.published = articles.value(0).article.published;
    qint64 size = 0;
    int offset = 0; // code points so far
    for (const Document &d : articles) {
        if (size >= bytes)
            break;
        for (Segment s : d.segments) {
            s.start += offset;
            s.end += offset;
            document.segments.append(s);
        }
        document.article.text += d.article.text;
        size += d.article.text.toUtf8().size();
        offset += int(d.article.text.toUcs4().size());
    }
    return document;
}

double timeDetect(const Detector &detector, const Document &article, int repetitions)
{
    double best = -1;
    QElapsedTimer timer;
    for (int r = 0; r < std::max(1, repetitions); ++r) {
        Document document = article;
        timer.start();
        detector.detect(document);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        best = best < 0 ? seconds : std::min(best, seconds);
    }
    return best;
}

} // namespace

DetectionBenchmark::Figures DetectionBenchmark::run(const Options &options,
                                                    const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &line) {
        if (progress)
            progress(line);
    };
    Figures figures;
    const KnowledgeBase &kb = KnowledgeBase::bundled();
    if (kb.size() == 0) {
        figures.error = tr("the bundled knowledge base is empty");
        return figures;
    }
    QRandomGenerator random(options.seed);

    say(QStringLiteral("building the detector"));
    QElapsedTimer timer;
    timer.start();
    const Detector detector(kb);
    figures.buildMs = double(timer.nsecsElapsed()) / 1e6;
    const Matcher matcher(kb); // the same automaton the detector holds, for the matcher alone
    QFile proposalsFile(options.proposalsPath);
    QIODevice *proposals = nullptr;
    if (!options.proposalsPath.isEmpty()) {
        if (!proposalsFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            figures.error = tr("cannot write %1: %2")
                                .arg(options.proposalsPath, proposalsFile.errorString());
            return figures;
        }
        proposals = &proposalsFile;
    }

    // Each corpus is let go before the next is made, and the news corpus before the long
    // article is timed: the peak memory figure is then that of the pipeline over one corpus or
    // one long article, not of two corpora held at once.
    const bool probe = options.probeSmallBytes > 0 && options.probeLargeBytes > 0;
    Document small;
    Document large;
    {
        say(QStringLiteral("generating a news corpus of %1 MB")
                .arg(double(options.corpusBytes) / 1e6, 0, 'f', 1));
        const QList<Document> news = newsCorpus(random, kb, options.corpusBytes);
        figures.news
            = measure(QStringLiteral("news"), news, matcher, detector, options.repetitions, say,
                      proposals);

        if (probe) {
            small = joined(news, options.probeSmallBytes);
            large = joined(news, options.probeLargeBytes);
        }
    }
    if (probe) {
        say(QStringLiteral("linearity probe: one long article"));
        figures.probeSmallBytes = small.article.text.toUtf8().size();
        figures.probeLargeBytes = large.article.text.toUtf8().size();
        figures.probeSmallSeconds = timeDetect(detector, small, options.repetitions);
        figures.probeLargeSeconds = timeDetect(detector, large, options.repetitions);
        small = Document();
        large = Document();
    }

    if (!options.ownArticles.isEmpty()) {
        // Repeated to the news corpus's size, so that the timing is as steady as the others'.
        qint64 bytes = 0;
        for (const Document &d : options.ownArticles)
            bytes += d.article.text.toUtf8().size();
        QList<Document> own;
        while (figures.ownRepeats == 0 || qint64(figures.ownRepeats) * bytes < options.corpusBytes) {
            own += options.ownArticles;
            ++figures.ownRepeats;
            if (bytes == 0)
                break;
        }
        figures.ownName = options.ownName;
        figures.own = measure(QStringLiteral("own"), own, matcher, detector, options.repetitions,
                              say, proposals);
    }

    if (options.matcherCorpusBytes > 0) {
        say(QStringLiteral("generating MatcherBenchmark's corpus kind, %1 MB")
                .arg(double(options.matcherCorpusBytes) / 1e6, 0, 'f', 1));
        const QList<Document> synthetic = matcherStyleCorpus(random, options.matcherCorpusBytes);
        figures.synthetic = measure(QStringLiteral("synthetic"), synthetic, matcher, detector,
                                    options.repetitions, say, proposals);
    }
    figures.peakMemoryKb = SyntheticText::peakMemoryKb();
    return figures;
}

QString DetectionBenchmark::Figures::report() const
{
    if (!error.isEmpty())
        return tr("detection benchmark failed: %1\n").arg(error);
    QString out;
    out += tr("detector build (bundled knowledge base): %1 ms; one thread; MB = 10^6 bytes of "
              "UTF-8 input; best of the passes (worst)\n")
               .arg(buildMs, 0, 'f', 1);
    for (const Run *run : {&news, &own, &synthetic}) {
        if (run->articles == 0)
            continue;
        QString heading;
        if (run == &news)
            heading = tr("news corpus: %1 MB in %2 articles (conflict news from templates, with "
                         "segments)\n");
        else if (run == &own)
            heading = tr("your articles: %1 MB in %2 articles (%3, taken %n time(s))\n", nullptr,
                         ownRepeats);
        else
            heading = tr("synthetic corpus: %1 MB in %2 articles (MatcherBenchmark's kind: filler "
                         "and made-up names, 600-byte lines)\n");
        heading = heading.arg(double(run->bytes) / 1e6, 0, 'f', 1).arg(run->articles);
        out += run == &own ? heading.arg(ownName) : heading;
        out += tr("    matcher alone:  %1 MB/s (%2) %3 s, %4 matches\n")
                   .arg(run->rate(run->matcherSeconds), 0, 'f', 1)
                   .arg(run->rate(run->matcherWorstSeconds), 0, 'f', 1)
                   .arg(run->matcherSeconds, 0, 'f', 3)
                   .arg(run->matches);
        out += tr("    whole pipeline: %1 MB/s (%2) %3 s; %4 mentions, %5 affiliations, %6 casualty "
                  "figures, %7 events\n")
                   .arg(run->rate(run->pipelineSeconds), 0, 'f', 1)
                   .arg(run->rate(run->pipelineWorstSeconds), 0, 'f', 1)
                   .arg(run->pipelineSeconds, 0, 'f', 3)
                   .arg(run->mentions)
                   .arg(run->affiliations)
                   .arg(run->casualties)
                   .arg(run->events);
    }
    if (probeSmallSeconds >= 0 && probeLargeSeconds >= 0) {
        out += tr("one long article: %1 MB in %2 s, %3 MB in %4 s: time x%5 for size x%6 "
                  "(linear: about the same)\n")
                   .arg(double(probeSmallBytes) / 1e6, 0, 'f', 2)
                   .arg(probeSmallSeconds, 0, 'f', 3)
                   .arg(double(probeLargeBytes) / 1e6, 0, 'f', 2)
                   .arg(probeLargeSeconds, 0, 'f', 3)
                   .arg(probeSmallSeconds > 0 ? probeLargeSeconds / probeSmallSeconds : 0, 0, 'f', 1)
                   .arg(probeSmallBytes > 0 ? double(probeLargeBytes) / double(probeSmallBytes) : 0,
                        0, 'f', 1);
    }
    out += tr("peak memory (VmHWM): %1 MB\n").arg(double(peakMemoryKb) / 1024, 0, 'f', 0);
    return out;
}
