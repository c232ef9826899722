#include "core/guidelines/guidelinebook.h"

#include "core/quality/guidelineanchors.h"

#include <array>

namespace {

// Page names are the section anchors of GuidelineAnchors, so a section's own anchor and the
// page that holds it share one spelling.
constexpr std::array<GuidelineBook::Page, 8> bookPages{{
    {"index", ""},
    {"segments", "1"},
    {"entity-types", "2"},
    {"affiliations", "3"},
    {"casualties", "4"},
    {"events", "5"},
    {"review", "6"},
    {"training", "7"},
}};

const QString english = QStringLiteral("en");

bool isPage(const QString &name)
{
    for (const GuidelineBook::Page &page : bookPages) {
        if (name == QLatin1String(page.name))
            return true;
    }
    return false;
}

} // namespace

QList<GuidelineBook::Page> GuidelineBook::pages()
{
    return QList<Page>(bookPages.cbegin(), bookPages.cend());
}

QStringList GuidelineBook::languages()
{
    return {english, QStringLiteral("fr"), QStringLiteral("ar")};
}

QString GuidelineBook::languageFor(const QLocale &locale)
{
    const QString code = QLocale::languageToCode(locale.language());
    return languages().contains(code) ? code : english;
}

QString GuidelineBook::programLanguage()
{
    // A translation names its page set in this one string ("fr" in the French translation),
    // so the pages follow the translator actually installed, even when it differs from the
    // system's locale. Without it (no translation, or one that leaves the string alone) the
    // default locale decides.
    const QString translated = tr("en", "The language code (en, fr or ar) of the guideline "
                                        "pages shown with this translation");
    if (translated != english && languages().contains(translated))
        return translated;
    return languageFor(QLocale());
}

QString GuidelineBook::pagePath(const QString &pageName, const QString &language)
{
    if (!isPage(pageName) || !languages().contains(language))
        return {};
    return QStringLiteral(":/guidelines/%1/%2.html").arg(language, pageName);
}

QUrl GuidelineBook::pageUrl(const QString &pageName, const QString &language)
{
    const QString lang = languages().contains(language) ? language : english;
    const QString path = pagePath(pageName, lang);
    return path.isEmpty() ? QUrl() : QUrl(QStringLiteral("qrc") + path);
}

QUrl GuidelineBook::indexUrl(const QString &language)
{
    return pageUrl(QStringLiteral("index"), language);
}

QString GuidelineBook::pageFor(const QString &anchorId)
{
    const QString section = GuidelineAnchors::section(anchorId);
    if (section.isEmpty())
        return {};
    for (const Page &page : bookPages) {
        if (section == QLatin1String(page.section))
            return QString::fromLatin1(page.name);
    }
    return {};
}

QUrl GuidelineBook::urlFor(const QString &anchorId, const QString &language)
{
    const QString page = pageFor(anchorId);
    if (page.isEmpty())
        return {};
    QUrl url = pageUrl(page, language);
    url.setFragment(anchorId);
    return url;
}

QString GuidelineBook::anchorFor(EntityType type)
{
    return GuidelineAnchors::forEntityType(type);
}

QString GuidelineBook::anchorFor(Relation relation)
{
    return GuidelineAnchors::forRelation(relation);
}

QString GuidelineBook::anchorFor(CasualtyKind kind)
{
    // Every kind, "unknown" included (casualties with no split), is decided by the kind rule.
    Q_UNUSED(kind);
    return GuidelineAnchors::forCasualtyField(QStringLiteral("kind"));
}

QString GuidelineBook::sectionAnchor(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Mention:
        return QStringLiteral("entity-types");
    case AnnotationKind::Affiliation:
        return QStringLiteral("affiliations");
    case AnnotationKind::Casualty:
        return QStringLiteral("casualties");
    case AnnotationKind::Event:
        return QStringLiteral("events");
    }
    return {};
}

QString GuidelineBook::anchorFor(AnnotationKind kind, const Document &document, int row)
{
    switch (kind) {
    case AnnotationKind::Mention:
        if (row >= 0 && row < document.mentions.size())
            return anchorFor(document.mentions.at(row).type);
        break;
    case AnnotationKind::Affiliation:
        if (row >= 0 && row < document.affiliations.size())
            return anchorFor(document.affiliations.at(row).relation);
        break;
    case AnnotationKind::Casualty:
        if (row >= 0 && row < document.casualties.size())
            return anchorFor(document.casualties.at(row).kind);
        break;
    case AnnotationKind::Event:
        // What makes figures, actors, a date and a place one event is the section's opening rule.
        break;
    }
    return sectionAnchor(kind);
}
