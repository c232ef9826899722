#pragma once

#include "core/model/document.h"
#include "core/quality/prfcounts.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// What the detectors got wrong in one article, for `cwb eval --details`: the gold annotations
// that no proposal matched and the proposals that matched no gold annotation, per kind.
struct DetectionMisses
{
    QString article; // the title, or the uid when the article has none
    QString text;    // the article text, for the affiliations' stating spans
    QList<CasualtyFigure> missedFigures;
    QList<CasualtyFigure> wrongFigures;
    QList<Event> missedEvents;
    QList<Event> wrongEvents;
    QList<Affiliation> missedAffiliations;
    QList<Affiliation> wrongAffiliations;

    bool isEmpty() const;
};

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

    // Per article added, what it missed and proposed wrongly (articles without errors too).
    const QList<DetectionMisses> &misses() const { return m_misses; }
    // The misses as text for the terminal: per article with errors, each missed and wrong
    // casualty figure (by position, so a near miss sits beside its gold), event and affiliation
    // with its text and fields.
    QString details() const;

private:
    QString figureLine(const QString &verdict, const CasualtyFigure &f) const;
    QString eventLine(const QString &verdict, const Event &e) const;
    QString affiliationLine(const QString &verdict, const Affiliation &a, const QString &text) const;
    QStringList articleDetails(const DetectionMisses &misses) const;

    QMap<QString, Counts> m_byLabel;
    QList<DetectionMisses> m_misses;
    int m_documents = 0;
};
