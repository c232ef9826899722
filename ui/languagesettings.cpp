#include "ui/languagesettings.h"

#include <QApplication>
#include <QSettings>
#include <QTranslator>

namespace {
const QString settingsKey = QStringLiteral("language");
}

QList<LanguageSettings::Language> LanguageSettings::available()
{
    return {{QString(), tr("The system's language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")},
            {QStringLiteral("ar"), QStringLiteral("\u0627\u0644\u0639\u0631\u0628\u064a\u0629")}};
}

QString LanguageSettings::chosen()
{
    return QSettings().value(settingsKey).toString();
}

void LanguageSettings::choose(const QString &code)
{
    QSettings().setValue(settingsKey, code);
}

QLocale LanguageSettings::locale(const QString &overrideCode)
{
    const QString code = overrideCode.isEmpty() ? chosen() : overrideCode;
    return code.isEmpty() ? QLocale() : QLocale(code);
}

bool LanguageSettings::install(QTranslator &translator, const QLocale &locale)
{
    // Arabic (and any right-to-left language) mirrors the whole window.
    QApplication::setLayoutDirection(locale.textDirection());
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    if (!translator.load(locale, QStringLiteral("conflict-workbench"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        return false;
    QApplication::installTranslator(&translator);
    return true;
}
