#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// An imported article: the text exactly as imported (never changed afterwards) and what is
// known of where it came from. Offsets everywhere else are code points of `text`.
struct Article
{
    qint64 id = 0;           // database id; 0 until stored
    QString uid;             // stable identifier across exports (sha-1 of the text)
    QString title;
    QString text;
    QString sourcePath;      // file it was read from, empty for pasted text
    QString url;
    QString outlet;
    QDate published;         // invalid when not known
    QString language;        // ISO 639-1 code, guessed from the script when not given
    QString encoding;        // the encoding the bytes were decoded from
    QDateTime importedAt;
};
