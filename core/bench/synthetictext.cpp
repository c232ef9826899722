#include "core/bench/synthetictext.h"

#include <QFile>
#include <QSet>
#include <iterator>

namespace {

// Syllables for made-up Arabic-looking names; combined they give millions of distinct words.
const char *const syllables[] = {"ka", "ra", "sha", "mu", "ta", "la", "ba", "di", "qa", "za",
                                 "ha", "fa", "nu", "ja", "wa", "si", "ma", "ri", "da", "ya",
                                 "tu", "ghu", "kha", "zi", "bi", "hu", "lu", "sa", "ni", "ru"};
const char *const heads[] = {"Jaysh", "Liwa", "Katibat", "Harakat", "Firqat", "Jabhat", "Ansar",
                             "Saraya", "Tajammu", "Faylaq", "Quwat", "Kataib", "Ahrar", "Suqour",
                             "Jund", "Usud", "Thuwar", "Majlis"};
// Filler for the corpus: common news English.
const char *const filler[] = {
    "the", "of", "and", "in", "to", "a", "was", "were", "said", "on", "that", "for", "with", "by",
    "fighters", "killed", "near", "village", "attack", "forces", "group", "clashes", "town",
    "according", "reported", "local", "sources", "members", "after", "during", "at", "least",
    "civilians", "wounded", "countryside", "northern", "southern", "western", "eastern", "area",
    "is", "it", "this", "us", "as", "from", "their", "its", "they", "control", "front", "lines",
    "shelling", "drone", "strike", "checkpoint", "convoy", "commander", "statement", "monday",
    "tuesday", "later", "two", "three", "four", "dozens", "residents", "told", "news", "agency",
    "ceasefire", "offensive", "positions", "artillery", "road", "between", "an", "which", "had",
    "been", "have", "not", "also", "but", "who", "into", "over", "some", "other", "than", "army"};

} // namespace

QString SyntheticText::madeUpWord(QRandomGenerator &random, int minSyllables, int maxSyllables)
{
    QString word;
    const int count = int(random.bounded(minSyllables, maxSyllables + 1));
    for (int i = 0; i < count; ++i)
        word += QLatin1String(syllables[random.bounded(int(std::size(syllables)))]);
    word[0] = word[0].toUpper();
    return word;
}

QStringList SyntheticText::aliases(QRandomGenerator &random, int count)
{
    QStringList aliases;
    QSet<QString> seen;
    aliases.reserve(count);
    while (aliases.size() < count) {
        const QString head = QLatin1String(heads[random.bounded(int(std::size(heads)))]);
        const QString name = madeUpWord(random, 2, 4);
        QStringList group;
        group << head + QStringLiteral(" al-") + name;
        group << head + QStringLiteral(" al ") + name + QStringLiteral(" Brigade");
        group << name + QStringLiteral(" ") + madeUpWord(random, 2, 3);
        group << QStringLiteral("Harakat ") + name + QStringLiteral(" al-") + madeUpWord(random, 2, 3);
        QString acronym;
        for (const QString &part : {head, name, madeUpWord(random, 1, 2)})
            acronym += part.at(0).toUpper();
        group << acronym + QString::number(random.bounded(10, 99));
        for (const QString &alias : group) {
            const QString key = alias.toLower().replace(u'-', u' ');
            if (!seen.contains(key) && aliases.size() < count) {
                seen.insert(key);
                aliases << alias;
            }
        }
    }
    return aliases;
}

QStringList SyntheticText::groupNames(QRandomGenerator &random, int count)
{
    QStringList names;
    names.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString head = QLatin1String(heads[random.bounded(int(std::size(heads)))]);
        names << head + QStringLiteral(" al-") + madeUpWord(random, 2, 4);
    }
    return names;
}

// English-like news text, about one alias per 25 words, in paragraphs (lines) of ~600 bytes,
// with a little non-ASCII (curly apostrophes, accented and Arabic names) as real pages have.
QString SyntheticText::corpus(QRandomGenerator &random, const QStringList &names, qint64 utf8Bytes)
{
    QString text;
    text.reserve(utf8Bytes + utf8Bytes / 8);
    qint64 bytes = 0;
    int line = 0;
    const QString extras[] = {QStringLiteral("Türkiye’s"), QStringLiteral("Hay’at"),
                              QStringLiteral("\u0625\u062F\u0644\u0628"), QStringLiteral("Efrîn"),
                              QStringLiteral("officials’")};
    while (bytes < utf8Bytes) {
        QString word;
        const quint32 roll = random.bounded(1000);
        if (roll < 40)
            word = names.at(random.bounded(int(names.size())));
        else if (roll < 45)
            word = extras[random.bounded(int(std::size(extras)))];
        else if (roll < 120)
            word = madeUpWord(random, 1, 3);
        else
            word = QLatin1String(filler[random.bounded(int(std::size(filler)))]);
        if (roll % 17 == 0)
            word += u',';
        text += word;
        line += int(word.size()) + 1;
        bytes += word.toUtf8().size() + 1;
        if (line > 600) {
            text += u'\n';
            line = 0;
        } else {
            text += u' ';
        }
    }
    return text;
}

QList<Document> SyntheticText::articles(const QString &corpus)
{
    const QStringList lines = corpus.split(u'\n');
    QList<Document> articles;
    for (qsizetype first = 0; first < lines.size(); first += 8) {
        Document document; // no segments: all body
        document.article.text = lines.mid(first, 8).join(u'\n');
        if (document.article.text.isEmpty())
            continue;
        document.article.uid = QStringLiteral("synthetic-%1").arg(articles.size());
        document.article.published = QDate(2020, 6, 1);
        articles.append(document);
    }
    return articles;
}

qint64 SyntheticText::peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
