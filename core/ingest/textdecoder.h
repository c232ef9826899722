#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Turns the bytes of a text file into text: UTF-8 (with or without BOM), UTF-16 with BOM,
// Windows-1252 and Windows-1256 (Arabic), detected or forced by an override. Refuses empty,
// binary and broken input with a message a user can act on.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "windows-1256"
        QString error;    // translated, set when !ok
    };

    // `encodingOverride` empty means detect; otherwise one of the names above (case-insensitive,
    // "cp1256" and "utf8" accepted too).
    static Result decode(const QByteArray &bytes, const QString &encodingOverride = {});

    // The encoding names an override may use, for --help and the GUI's chooser.
    static QStringList supportedEncodings();
};
