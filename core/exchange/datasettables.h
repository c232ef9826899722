#pragma once

#include "core/model/document.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

class LossReport;

// The workbench's data as flat tables, one row per article or annotation, for the CSV and
// Excel exports: articles, entities, affiliations, casualty figures (each row with the
// article it came from) and ACLED-style events. Cells are typed (text, whole number, number,
// bool, or null for unknown) so that a spreadsheet gets numbers as numbers.
class DatasetTables
{
    Q_DECLARE_TR_FUNCTIONS(DatasetTables)

public:
    enum class Table { Articles, Entities, Affiliations, Casualties, Events };

    struct Row
    {
        QString annotation; // the annotation's id (e12, ev2), empty for an article row
        QList<QVariant> cells;
    };

    static QList<Table> all();
    static QString name(Table table); // sheet name: "articles", "entities", ...
    static QStringList header(Table table);
    // The rows of `table` for one document. Events: inter1/inter2 are ACLED interaction codes
    // derived from the entity type of the actor's mention (STATE_FORCE 1, ARMED_GROUP 2,
    // civilians 7); an actor whose code cannot be told is noted in `loss`.
    static QList<Row> rows(Table table, const Document &document, LossReport *loss);

    // Notes in `loss` the annotations of `document` that no table in `carried` holds, one
    // entry per article and kind listing their ids.
    static void noteNotCarried(const Document &document, const QList<Table> &carried,
                               LossReport &loss);
};
