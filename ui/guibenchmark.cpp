#include "ui/guibenchmark.h"

#include "core/bench/synthetictext.h"
#include "core/review/reviewsession.h"
#include "core/store/projectstore.h"
#include "core/text/offsetmap.h"
#include "ui/annotationdock.h"
#include "ui/articleview.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

// What one synthetic article is made of.
struct ArticleSpec
{
    QString title;
    qint64 bytes = 0;
    int annotations = 0;
    bool oneParagraph = false;
};

// News-like paragraphs with an emoji (a surrogate pair) every seventh paragraph, so that code
// points and UTF-16 positions part early in the text; or the same as one paragraph.
QString articleBody(QRandomGenerator &random, const QStringList &names, qint64 bytes,
                    bool oneParagraph)
{
    QStringList paragraphs =
        SyntheticText::corpus(random, names, bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 3; i < paragraphs.size(); i += 7)
        paragraphs[i] += QStringLiteral(" \U0001F54A");
    return paragraphs.join(oneParagraph ? QLatin1Char(' ') : QLatin1Char('\n'));
}

// A title line, the body and a boilerplate tail, as the page segmenter would tile it.
Document articleDocument(const QString &title, const QString &body, int number)
{
    Document document;
    const QString tail = QStringLiteral("\nShare this article. Subscribe to our newsletter.");
    document.article.uid = QStringLiteral("guibench-%1").arg(number);
    document.article.title = title;
    document.article.text = title + QLatin1Char('\n') + body + tail;
    document.article.language = QStringLiteral("en");
    document.article.encoding = QStringLiteral("UTF-8");
    document.article.importedAt = QDateTime::currentDateTimeUtc();
    const int titleEnd = OffsetMap::codePointLength(title);
    const int length = OffsetMap::codePointLength(document.article.text);
    const int tailStart = length - OffsetMap::codePointLength(tail);
    document.segments = {{0, titleEnd, SegmentKind::Title},
                         {titleEnd, tailStart, SegmentKind::Body},
                         {tailStart, length, SegmentKind::Boilerplate}};
    return document;
}

// `count` proposed mentions on words spread evenly over the text, in code points.
QList<Mention> spreadMentions(const QString &text, int count)
{
    QList<QPair<int, int>> words; // UTF-16 [start, end) of words of three letters or more
    int start = -1;
    for (int i = 0; i <= int(text.size()); ++i) {
        const bool letter = i < int(text.size()) && text[i].isLetter();
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            if (i - start >= 3)
                words.append({start, i});
            start = -1;
        }
    }
    const OffsetMap map(text);
    const EntityType types[] = {EntityType::ArmedGroup, EntityType::StateForce,
                                EntityType::State,      EntityType::Person,
                                EntityType::Location,   EntityType::Date,
                                EntityType::Source};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Mention> mentions;
    const double step = words.isEmpty() ? 1 : double(words.size()) / count;
    for (int i = 0; i < count && !words.isEmpty(); ++i) {
        const auto &word = words[std::min(qsizetype(i * step), words.size() - 1)];
        Mention mention;
        mention.start = map.toCodePoint(word.first);
        mention.end = map.toCodePoint(word.second);
        mention.text = text.mid(word.first, word.second - word.first);
        mention.type = types[i % std::size(types)];
        mention.canonical = mention.text;
        mention.provenance.status = Status::Proposed;
        mention.provenance.origin = QStringLiteral("kb:guibench");
        mention.provenance.confidence = 0.8;
        mention.provenance.annotator = QStringLiteral("detector");
        mention.provenance.created = now;
        mention.provenance.updated = now;
        mentions.append(mention);
    }
    return mentions;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Paints now what the last input changed: repaint() paints the article view (and with it
// every other dirty widget of the window) before it returns, then the posted events that the
// paint left (scroll bar updates, deferred layout) run.
void paintNow(ArticleView *view)
{
    view->viewport()->repaint();
    QCoreApplication::processEvents();
}

// Drives one MainWindow: opening articles through the article list, keys through the real
// shortcut and key handling (QTest::keyClick delivers like the keyboard does).
class WindowDriver
{
public:
    explicit WindowDriver(MainWindow &window)
        : m_window(window)
        , m_view(window.findChild<ArticleView *>(QStringLiteral("articleView")))
    {
    }

    ArticleView *view() const { return m_view; }

    bool activate()
    {
        m_window.activateWindow();
        return QTest::qWaitForWindowActive(&m_window);
    }

    // Selects the article titled `title` in the article list (whatever view the list is).
    bool openArticle(const QString &title)
    {
        auto *list = m_window.findChild<QAbstractItemView *>(QStringLiteral("articleList"));
        if (!list || !list->model())
            return false;
        const QModelIndexList found = list->model()->match(
            list->model()->index(0, 0), Qt::DisplayRole, title, 1, Qt::MatchExactly);
        if (found.isEmpty())
            return false;
        list->setCurrentIndex(found.first());
        return m_window.session() && m_window.session()->article().title == title;
    }

    int listedArticles() const
    {
        auto *list = m_window.findChild<QAbstractItemView *>(QStringLiteral("articleList"));
        return list && list->model() ? list->model()->rowCount() : -1;
    }

    // Times `repetitions` presses of `key` in the article view, each to a finished paint.
    QList<double> timeKey(Qt::Key key, int repetitions)
    {
        QList<double> times;
        m_view->setFocus(Qt::OtherFocusReason);
        for (int i = 0; i < repetitions; ++i) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(m_view, key);
            paintNow(m_view);
            times.append(elapsedMs(timer));
        }
        return times;
    }

    AnnotationDock *mentionDock() const
    {
        for (AnnotationDock *dock : m_window.findChildren<AnnotationDock *>()) {
            if (dock->kind() == AnnotationKind::Mention)
                return dock;
        }
        return nullptr;
    }

private:
    MainWindow &m_window;
    ArticleView *m_view;
};

QString formatMs(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

} // namespace

double GuiBenchmark::Timing::percentile(double p) const
{
    if (ms.isEmpty())
        return 0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

double GuiBenchmark::Timing::max() const
{
    return ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend());
}

bool GuiBenchmark::Timing::met() const
{
    if (goalMs <= 0 || ms.isEmpty())
        return true;
    return (goalOnP95 ? percentile(95) : ms.last()) <= goalMs;
}

QString GuiBenchmark::Figures::report() const
{
    QStringList lines;
    for (const QString &note : notes)
        lines << QStringLiteral("  ") + note;
    for (const Timing &timing : timings) {
        QString figure;
        if (timing.ms.size() == 1 || !timing.goalOnP95) {
            figure = tr("%1 ms").arg(formatMs(timing.ms.isEmpty() ? 0 : timing.ms.last()));
            if (timing.ms.size() > 1)
                figure += tr(" (first run %1 ms)").arg(formatMs(timing.ms.first()));
        } else {
            figure = tr("p50 %1, p95 %2, max %3 ms over %4")
                         .arg(formatMs(timing.percentile(50)), formatMs(timing.percentile(95)),
                              formatMs(timing.max()))
                         .arg(timing.ms.size());
        }
        QString goal;
        if (timing.goalMs > 0) {
            goal = (timing.goalOnP95 && timing.ms.size() > 1 ? tr("goal p95 <= %1 ms")
                                                             : tr("goal <= %1 ms"))
                       .arg(timing.goalMs);
            goal = tr("(%1: %2)").arg(goal, timing.met() ? tr("met") : tr("MISSED"));
        } else {
            goal = tr("(for comparison)");
        }
        lines << tr("%1: %2 %3").arg(timing.name, figure, goal);
    }
    lines << tr("peak memory: %1 MiB").arg(double(peakMemoryKb) / 1024.0, 0, 'f', 1);
    return lines.join(QLatin1Char('\n'));
}

GuiBenchmark::Figures GuiBenchmark::run(const Options &options,
                                        const std::function<void(const QString &)> &progress)
{
    auto say = [&progress](const QString &line) {
        if (progress)
            progress(line);
    };
    Figures figures;
    QTemporaryDir dir(QDir(options.workDir.isEmpty() ? QDir::tempPath() : options.workDir)
                          .filePath(QStringLiteral("cwb-bench-gui-XXXXXX")));
    if (!dir.isValid()) {
        figures.error = tr("Cannot create a temporary directory: %1").arg(dir.errorString());
        return figures;
    }
    const bool quick = options.quick;
    const qint64 megabyte = quick ? 200 * 1024 : 1024 * 1024;
    const int many = quick ? 4000 : 20000;
    const int some = quick ? 1000 : 5000;
    const int listSize = quick ? 1000 : 10000;
    const int repetitions = quick ? 30 : 200;

    // The review project: a short article first (the one a project opens on), then the long ones.
    const auto size = [](qint64 bytes) {
        return bytes >= 1024 * 1024 ? tr("%1 MB").arg(bytes / (1024 * 1024))
                                    : tr("%1 KB").arg(bytes / 1024);
    };
    const ArticleSpec shortSpec{tr("Short article"), 3000, 30, false};
    const ArticleSpec some1mb{tr("%1 article, %L2 annotations").arg(size(megabyte)).arg(some),
                              megabyte, some, false};
    const ArticleSpec many1mb{tr("%1 article, %L2 annotations").arg(size(megabyte)).arg(many),
                              megabyte, many, false};
    const ArticleSpec onePara{
        tr("%1 single paragraph, %L2 annotations").arg(size(megabyte)).arg(many), megabyte, many,
        true};
    const ArticleSpec big5mb{tr("%1 article, %L2 annotations").arg(size(5 * megabyte)).arg(many),
                             5 * megabyte, many, false};
    const QString reviewPath = dir.filePath(QStringLiteral("review.cwb"));
    {
        QElapsedTimer timer;
        timer.start();
        say(tr("Writing the review project..."));
        QString error;
        auto store = ProjectStore::open(reviewPath, ProjectStore::OpenMode::CreateIfMissing,
                                        &error);
        if (!store) {
            figures.error = error;
            return figures;
        }
        QRandomGenerator random(20240607);
        const QStringList names = SyntheticText::groupNames(random, 300);
        int number = 0;
        for (const ArticleSpec &spec : {shortSpec, some1mb, many1mb, onePara, big5mb}) {
            Document document = articleDocument(
                spec.title, articleBody(random, names, spec.bytes, spec.oneParagraph), ++number);
            if (!store->addDocument(document)
                || !store->bulkInsertMentions(
                    document.article.id,
                    spreadMentions(document.article.text, spec.annotations))) {
                figures.error = store->lastError();
                return figures;
            }
        }
        figures.notes << tr("review project written in %1 s: %2")
                             .arg(elapsedMs(timer) / 1000, 0, 'f', 1)
                             .arg(QStringList{some1mb.title, many1mb.title, onePara.title,
                                              big5mb.title}
                                      .join(QStringLiteral("; ")));
    }
    const QString listPath = dir.filePath(QStringLiteral("list.cwb"));
    {
        QElapsedTimer timer;
        timer.start();
        say(tr("Writing a project of %L1 articles...").arg(listSize));
        QString error;
        auto store = ProjectStore::open(listPath, ProjectStore::OpenMode::CreateIfMissing, &error);
        if (!store) {
            figures.error = error;
            return figures;
        }
        QRandomGenerator random(20240608);
        const QStringList names = SyntheticText::groupNames(random, 300);
        for (int i = 0; i < listSize; ++i) {
            Document document = articleDocument(tr("Article %1").arg(i + 1),
                                                articleBody(random, names, 400, false), i + 1);
            if (!store->addDocument(document)) {
                figures.error = store->lastError();
                return figures;
            }
        }
        figures.notes << tr("list project of %L1 articles written in %2 s")
                             .arg(listSize)
                             .arg(elapsedMs(timer) / 1000, 0, 'f', 1);
    }

    // Warm start: the first window pays for fonts, styles and the SQLite driver; the second is
    // what an analyst sees when the program starts with its libraries in the page cache.
    Timing warmStart{tr("warm start to a painted window (window, project, first article)"),
                     {}, 150, false};
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto window = std::make_unique<MainWindow>();
        window->show();
        if (!window->openProject(reviewPath)) {
            figures.error = tr("The review project could not be opened.");
            return figures;
        }
        window->repaint();
        QCoreApplication::processEvents();
        warmStart.ms.append(elapsedMs(timer));
        window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    figures.timings << warmStart;

    MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openProject(reviewPath)) {
        figures.error = tr("The review window could not be shown.");
        return figures;
    }
    WindowDriver driver(window);
    if (!driver.activate()) {
        figures.error = tr("The review window did not become active.");
        return figures;
    }
    paintNow(driver.view());

    // Opening: from choosing the article in the list to the painted view.
    auto timeOpen = [&](const ArticleSpec &spec, double goal) {
        say(tr("Opening %1...").arg(spec.title));
        driver.openArticle(shortSpec.title);
        paintNow(driver.view());
        QElapsedTimer timer;
        timer.start();
        const bool opened = driver.openArticle(spec.title);
        paintNow(driver.view());
        const double ms = elapsedMs(timer);
        if (opened)
            figures.timings << Timing{tr("open the %1, to painted").arg(spec.title), {ms}, goal,
                                      false};
        else
            figures.error = tr("%1 could not be opened.").arg(spec.title);
        return opened;
    };
    if (!timeOpen(some1mb, 100) || !timeOpen(onePara, 0) || !timeOpen(big5mb, 0)
        || !timeOpen(many1mb, 0))
        return figures;

    // Keys in a long article with many annotations.
    auto timeKeys = [&](const ArticleSpec &spec) {
        say(tr("Keys in the %1...").arg(spec.title));
        driver.openArticle(spec.title);
        paintNow(driver.view());
        driver.activate();
        QTextCursor start(driver.view()->document());
        driver.view()->setTextCursor(start);
        figures.timings << Timing{tr("cursor key (Down) in the %1").arg(spec.title),
                                  driver.timeKey(Qt::Key_Down, repetitions), 16, true};
        figures.timings << Timing{tr("scroll (Page Down) in the %1").arg(spec.title),
                                  driver.timeKey(Qt::Key_PageDown, repetitions), 16, true};
        // Accept: J selects the first proposal, then every A accepts one (a committed
        // transaction with its history row) and moves on to the next.
        driver.view()->setTextCursor(start);
        QTest::keyClick(driver.view(), Qt::Key_J);
        paintNow(driver.view());
        figures.timings << Timing{tr("accept (A, committed) in the %1").arg(spec.title),
                                  driver.timeKey(Qt::Key_A, repetitions / 2), 16, true};
    };
    timeKeys(many1mb);
    timeKeys(onePara);

    // Jumps in the 5 MB article: dragging the scroll bar anywhere, and choosing an annotation
    // in the panel (the view centres it and outlines it).
    say(tr("Jumps in the %1...").arg(big5mb.title));
    driver.openArticle(big5mb.title);
    paintNow(driver.view());
    {
        QRandomGenerator random(7);
        QScrollBar *bar = driver.view()->verticalScrollBar();
        Timing scrollJumps{tr("jump anywhere with the scroll bar in the %1").arg(big5mb.title),
                           {}, 50, true};
        for (int i = 0; i < repetitions / 2; ++i) {
            const int target = int(random.bounded(bar->maximum() + 1));
            QElapsedTimer timer;
            timer.start();
            bar->setValue(target);
            paintNow(driver.view());
            scrollJumps.ms.append(elapsedMs(timer));
        }
        figures.timings << scrollJumps;

        Timing panelJumps{tr("jump to an annotation chosen in the panel in the %1")
                              .arg(big5mb.title),
                          {}, 50, true};
        QTableView *table = driver.mentionDock() ? driver.mentionDock()->table() : nullptr;
        if (table && table->model()) {
            const int rows = table->model()->rowCount();
            for (int i = 0; i < repetitions / 2 && rows > 0; ++i) {
                const QModelIndex index = table->model()->index(int(random.bounded(rows)), 0);
                QElapsedTimer timer;
                timer.start();
                table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                paintNow(driver.view());
                panelJumps.ms.append(elapsedMs(timer));
            }
        }
        figures.timings << panelJumps;
    }

    // A big project: from opening it to its article list painted.
    say(tr("Opening the project of %L1 articles...").arg(listSize));
    {
        QElapsedTimer timer;
        timer.start();
        if (!window.openProject(listPath)) {
            figures.error = tr("The list project could not be opened.");
            return figures;
        }
        window.repaint();
        QCoreApplication::processEvents();
        const double ms = elapsedMs(timer);
        figures.timings << Timing{tr("open a project of %L1 articles, to listed and painted")
                                      .arg(driver.listedArticles()),
                                  {ms}, 100, false};
    }
    figures.peakMemoryKb = SyntheticText::peakMemoryKb();
    return figures;
}
