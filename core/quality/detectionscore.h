#pragma once

#include "core/model/document.h"
#include "core/quality/prfcounts.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// Scores the detectors' proposals against gold documents, per label: entity types (a proposal
// counts when its span and type equal a gold mention's), affiliations (same actor, relation,
// target and former flag), casualty figures (overlapping span with the same kind, victim and
// best value) and events (same type, location and date). `cwb eval` prints it.
class DetectionScore
{
    Q_DECLARE_TR_FUNCTIONS(DetectionScore)

public:
    using Counts = PrfCounts;

    // Adds one article: `gold` as adjudicated, `proposed` as the detectors left it. Rejected
    // gold annotations are not gold and are ignored.
    void add(const Document &gold, const Document &proposed);

    // Label -> counts: entity type spellings, then "affiliation", "casualty", "event".
    const QMap<QString, Counts> &byLabel() const { return m_byLabel; }
    Counts total() const;
    int documents() const { return m_documents; }

    // A table for the terminal, one row a label and a total.
    QString report() const;

private:
    QMap<QString, Counts> m_byLabel;
    int m_documents = 0;
};
