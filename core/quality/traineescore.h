#pragma once

#include "core/model/document.h"
#include "core/quality/confusionmatrix.h"
#include "core/quality/disagreement.h"
#include "core/quality/prfcounts.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// Scores a trainee's blind reading of gold articles (codebook section 7) and lists where it
// differs, for the feedback view and `cwb score`.
//
// - Mentions: span precision, recall and F1 per entity type, strict (same span and type) and
//   lenient (overlapping span, same type), and a confusion matrix gold type x trainee type.
// - Affiliations, casualty figures and events: each gold annotation is paired with at most
//   one of the trainee's (see the .cpp for how), and every field is scored as an accuracy
//   over the gold annotations: a field is right when the paired annotation has the gold value;
//   a gold annotation the trainee missed has every field wrong. Extra annotations do not
//   lower accuracy but count as false positives in the annotation's own P/R/F1, where an
//   annotation is right when all its scored fields are.
//
// Rejected annotations are not part of either reading.
class TraineeScore
{
    Q_DECLARE_TR_FUNCTIONS(TraineeScore)

public:
    struct FieldAccuracy
    {
        int correct = 0;
        int total = 0;
        double accuracy() const { return total == 0 ? 0.0 : double(correct) / total; }
    };

    // Adds one gold article and the trainee's reading of it. Refuses (returns false and says
    // why in `error`) when the two are not the same text, since offsets would not compare.
    bool add(const Document &gold, const Document &trainee, QString *error = nullptr);

    int documents() const { return m_documents; }

    // Entity type spelling -> span counts, gold as reference.
    const QMap<QString, PrfCounts> &strictByType() const { return m_strict; }
    const QMap<QString, PrfCounts> &lenientByType() const { return m_lenient; }
    PrfCounts strictTotal() const;
    PrfCounts lenientTotal() const;
    // Gold type x trainee type over lenient pairs, with "none" for missed and extra mentions.
    const ConfusionMatrix &confusion() const { return m_confusion; }

    // Field -> accuracy. Affiliations: actor, relation, target, former. Casualties: kind,
    // victim, best (within the gold low..high range). Events: type, date, location, fatalities.
    const QMap<QString, FieldAccuracy> &affiliationFields() const { return m_affiliationFields; }
    const QMap<QString, FieldAccuracy> &casualtyFields() const { return m_casualtyFields; }
    const QMap<QString, FieldAccuracy> &eventFields() const { return m_eventFields; }
    const PrfCounts &affiliations() const { return m_affiliations; }
    const PrfCounts &casualties() const { return m_casualties; }
    const PrfCounts &events() const { return m_events; }

    // Every difference, per document in text order.
    const QList<Disagreement> &disagreements() const { return m_disagreements; }

private:
    void scoreMentions(const QString &documentId, const Document &gold, const Document &trainee);
    void scoreAffiliations(const QString &documentId, const Document &gold,
                           const Document &trainee);
    void scoreCasualties(const QString &documentId, const Document &gold,
                         const Document &trainee);
    void scoreEvents(const QString &documentId, const Document &gold, const Document &trainee);

    int m_documents = 0;
    QMap<QString, PrfCounts> m_strict;
    QMap<QString, PrfCounts> m_lenient;
    ConfusionMatrix m_confusion;
    QMap<QString, FieldAccuracy> m_affiliationFields;
    QMap<QString, FieldAccuracy> m_casualtyFields;
    QMap<QString, FieldAccuracy> m_eventFields;
    PrfCounts m_affiliations;
    PrfCounts m_casualties;
    PrfCounts m_events;
    QList<Disagreement> m_disagreements;
};
