#pragma once

#include "core/exchange/datasetreader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ProjectStore;

// Imports a dataset file into a project, all or nothing: the file is read whole first (a
// malformed one is refused with its file, line and reason), then every new article is stored
// in one transaction (ProjectStore::addDocuments). Articles the project already has (same
// text, so same uid) are left as they are and listed.
class DatasetImporter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImporter)

public:
    struct Outcome
    {
        bool ok = false;
        QString error;
        bool storeFailed = false; // the input was fine, the project refused it
        int imported = 0;
        int annotations = 0;
        QStringList duplicates; // titles or uids of articles already there, left alone
        LossReport loss;        // what the project could not hold
        QString summary() const;
    };

    static Outcome run(ProjectStore &store, DatasetFormat format, const QString &path,
                       const DatasetReader::Options &options);
};
