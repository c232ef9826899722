#pragma once

#include "core/exchange/datasetformat.h"
#include "core/exchange/lossreport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Reads a dataset file (or a brat folder) into documents, all or nothing: a malformed input
// yields an error naming the file, the line and the reason, and no documents. What is well
// formed but cannot be held by the workbench (a discontinuous brat span, a label outside the
// codebook) is skipped and listed in the loss report.
class DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetReader)

public:
    struct Options
    {
        TagScheme scheme = TagScheme::Iob2; // conll
    };

    struct Result
    {
        QList<DatasetItem> items;
        LossReport loss;
        QString error; // "FILE, line N: reason" when the input is malformed
        bool ok() const { return error.isEmpty(); }
    };

    static Result read(DatasetFormat format, const QString &path, const Options &options);

    // "FILE, line N: reason", the one shape of every import error.
    static QString problemAt(const QString &path, int line, const QString &reason);
    // The article uid of an imported text without one: SHA-1 of its UTF-8, as import does.
    static QString uidFor(const QString &text);
    // An article made from an imported text, with one body segment over all of it.
    static Document documentFor(const QString &text, const QString &sourcePath);
};
