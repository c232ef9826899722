#pragma once

#include "core/store/projectstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

// An article's history rows in the document JSON ("history", written on request): who changed
// which field of which annotation, when, from what to what. Annotations are named by their
// document ids (e12, a3, c4, ev2) so that an import can point the rows at the new ids.
class HistoryJson
{
    Q_DECLARE_TR_FUNCTIONS(HistoryJson)

public:
    static QJsonArray toJson(const QList<ProjectStore::HistoryEntry> &entries);
    // Returns false and sets `error` for a row that is not of this shape.
    static bool fromJson(const QJsonArray &array, QList<ProjectStore::HistoryEntry> *entries,
                         QString *error);
};
