#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

// Which language the window speaks: the system's unless the analyst chose one in the
// settings. The choice is stored as a language code ("fr", "ar", "en"; empty for the system)
// and applied when the program starts: install() loads the translation from the resources
// and mirrors the window for right-to-left languages.
class LanguageSettings
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSettings)

public:
    struct Language
    {
        QString code; // empty: follow the system
        QString name; // in its own language, so that anyone can find theirs
    };

    static QList<Language> available();
    static QString chosen();
    static void choose(const QString &code);
    // The locale to speak: the chosen language, else the system's.
    static QLocale locale(const QString &overrideCode = {});
    // Loads and installs the translation for `locale` into `translator`, sets the layout
    // direction; returns false when no translation exists (English text stays).
    static bool install(QTranslator &translator, const QLocale &locale);
};
