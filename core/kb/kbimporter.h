#pragma once

#include "core/kb/kbentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

// Reads an organisation's list of actors, places or sources (CSV per RFC 4180, or TSV) into
// knowledge-base entries. The first row is a header naming the columns; the order is free.
// The columns are the ones of the bundled files (resources/kb/README.md):
//
//   canonical   required; the name annotations are normalised to
//   type        ARMED_GROUP, STATE_FORCE, STATE, PERSON, LOCATION or SOURCE; required unless
//               the caller gives a default type
//   id          optional; made from the canonical name when empty ("Jund al-Aqsa" -> jund-al-aqsa)
//   aliases     spellings separated by '|'
//   adjectives  adjectives and demonyms separated by '|' (states)
//   kind, governorate, country, acled_name, acled_certainty, area, notes
//   sources     source keys separated by spaces, ';' or ','
//   certainty   confirmed, second_hand or unverified (default unverified)
//
// Bad rows are left out and reported with their line number and the reason; good rows are
// kept, so one typo does not lose a whole file. Unknown columns are reported and ignored.
class KbImporter
{
    Q_DECLARE_TR_FUNCTIONS(KbImporter)

public:
    struct Problem
    {
        int line = 0; // 1-based line of the file; 0 for problems with the file as a whole
        QString message;
        QString text() const; // "line 7: unknown type ..."
    };
    struct Result
    {
        QList<KbEntry> entries;
        QList<Problem> problems;
        bool readable = false; // false when the file could not be read or has no usable header
        QStringList messages() const;
    };

    // Reads a file; the delimiter is a tab for .tsv/.tab and otherwise sniffed from the header
    // (a tab in it means TSV, else comma).
    static Result readFile(const QString &path, std::optional<EntityType> defaultType = {});
    static Result parse(QStringView text, QChar delimiter,
                        std::optional<EntityType> defaultType = {}, bool quoting = true);

    static QStringList knownColumns();
    // The types an imported row may have (DATE is not a knowledge-base type).
    static QList<EntityType> importableTypes();
    // A stable id from a name: folded, words joined by '-'.
    static QString makeId(const QString &name);
    // Splits a '|'-separated list, trimming and dropping empty items.
    static QStringList splitList(const QString &cell);
};
