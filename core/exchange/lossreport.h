#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// What an export could not carry, or an import could not hold: one entry per article and
// annotation with the reason, counted by reason. Every writer and reader fills one; the
// exporter writes it as a file beside the export and shows its summary to the user, so that
// nothing is ever dropped silently.
class LossReport
{
    Q_DECLARE_TR_FUNCTIONS(LossReport)

public:
    struct Entry
    {
        QString article;    // the article's uid (or the file it came from, on import)
        QString annotation; // "e12", "c3", "ev1", a brat id, or empty for the whole article
        QString what;       // a short category, counted in the summary
        QString detail;     // what exactly, in words
    };

    void add(const QString &article, const QString &annotation, const QString &what,
             const QString &detail = QString());
    void merge(const LossReport &other);

    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    const QList<Entry> &entries() const { return m_entries; }
    // Entries per category, categories in alphabetical order.
    QMap<QString, int> counts() const;
    int count(const QString &what) const { return counts().value(what); }

    // A few lines for the user: "Nothing was lost." or the counts by category.
    QString summary() const;
    // The whole report: the summary, then one tab-separated line per entry
    // (article, annotation, category, detail).
    QString text() const;
    bool writeTo(const QString &path, QString *error) const;
    // The report's file for an export at `exportPath` (a file or a folder): beside it.
    static QString pathFor(const QString &exportPath);

private:
    QList<Entry> m_entries;
};
