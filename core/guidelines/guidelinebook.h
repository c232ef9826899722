#pragma once

#include "core/model/document.h"
#include "core/model/vocabulary.h"
#include "core/review/annotationkind.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

// The labelling conventions as the program ships them: one HTML page per codebook section
// and an index, in English, French and Arabic, under qrc:/guidelines/<language>/. Every rule
// on a page carries the anchor GuidelineAnchors names for it, so a GuidelineAnchors id turns
// into a URL here, and the rule that decides a selected annotation is found by anchorFor().
//
// Language: a page set exists for each of languages(); any other language reads English.
class GuidelineBook
{
    Q_DECLARE_TR_FUNCTIONS(GuidelineBook)

public:
    struct Page
    {
        const char *name;    // file stem: "entity-types" (-> entity-types.html)
        const char *section; // the codebook's section number, "2"; empty for the index
    };

    // The index first, then the sections in codebook order.
    static QList<Page> pages();
    // The languages with a page set, English first: "en", "fr", "ar".
    static QStringList languages();
    // The page-set language for a locale: its language when shipped, else "en".
    static QString languageFor(const QLocale &locale);
    // The language the program speaks now: the installed translation's, else QLocale()'s.
    static QString programLanguage();

    // ":/guidelines/fr/entity-types.html"; empty for an unknown page or language.
    static QString pagePath(const QString &pageName, const QString &language);
    static QUrl pageUrl(const QString &pageName, const QString &language);
    static QUrl indexUrl(const QString &language);
    // The page name holding a GuidelineAnchors id ("entity-types"), empty for an unknown id.
    static QString pageFor(const QString &anchorId);
    // qrc:/guidelines/<language>/<page>.html#<anchorId>; an invalid URL for an unknown id.
    // A language without pages falls back to English.
    static QUrl urlFor(const QString &anchorId, const QString &language);

    // The rule for one vocabulary value (ids from GuidelineAnchors).
    static QString anchorFor(EntityType type);
    static QString anchorFor(Relation relation);
    static QString anchorFor(CasualtyKind kind);
    // The rule that decides the annotation at `row` of the document's list for `kind`
    // (a mention's type, an affiliation's relation, a casualty figure's kind, an event);
    // the kind's section anchor when the row is out of range.
    static QString anchorFor(AnnotationKind kind, const Document &document, int row);
    // The section anchor of an annotation kind: "entity-types", "affiliations", ...
    static QString sectionAnchor(AnnotationKind kind);
};
