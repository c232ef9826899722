#include "core/exchange/lossreport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

void LossReport::add(const QString &article, const QString &annotation, const QString &what,
                     const QString &detail)
{
    m_entries.append({article, annotation, what, detail});
}

void LossReport::merge(const LossReport &other)
{
    m_entries.append(other.m_entries);
}

QMap<QString, int> LossReport::counts() const
{
    QMap<QString, int> result;
    for (const Entry &entry : m_entries)
        ++result[entry.what];
    return result;
}

QString LossReport::summary() const
{
    if (m_entries.isEmpty())
        return tr("Nothing was lost: the format carried every field of every annotation.");
    QString text = tr("%n item(s) could not be carried:", nullptr, size());
    const QMap<QString, int> byWhat = counts();
    for (auto it = byWhat.cbegin(); it != byWhat.cend(); ++it)
        text += QStringLiteral("\n  %1  %2").arg(it.value(), 7).arg(it.key());
    return text;
}

namespace {

// Tabs and line breaks would split an entry's line.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QString LossReport::text() const
{
    QString text = summary() + QStringLiteral("\n\n");
    if (m_entries.isEmpty())
        return text;
    text += tr("article\tannotation\twhat\tdetail") + QLatin1Char('\n');
    for (const Entry &entry : m_entries) {
        text += oneLine(entry.article) + QLatin1Char('\t') + oneLine(entry.annotation)
                + QLatin1Char('\t') + oneLine(entry.what) + QLatin1Char('\t')
                + oneLine(entry.detail) + QLatin1Char('\n');
    }
    return text;
}

bool LossReport::writeTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write the loss report %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString LossReport::pathFor(const QString &exportPath)
{
    QString path = QDir::cleanPath(exportPath);
    return path + QStringLiteral(".loss.txt");
}
