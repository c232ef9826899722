#pragma once

#include "core/quality/agreement.h"
#include "core/quality/annotatormentions.h"
#include "core/quality/mentionaligner.h"
#include "core/quality/spanagreement.h"
#include "core/quality/traineescore.h"
#include "core/store/projectstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The figures of a project's training and agreement, read from the store's annotation sets
// and gold marks (codebook section 7): what `cwb score` and `cwb agree` print and what the GUI
// shows, so that both say the same numbers. Collecting (trainee(), agreement()) is kept apart
// from rendering (…Text(), …Json()).
class TrainingReport
{
    Q_DECLARE_TR_FUNCTIONS(TrainingReport)

public:
    // One gold article as the trainee read it.
    struct DocumentScore
    {
        qint64 articleId = 0;
        QString title;
        QString goldOwner;
        TraineeScore score;
    };

    // A trainee over every gold article they have a set on (an article whose gold is their
    // own set is left out: nobody is scored against themselves).
    struct TraineeFigures
    {
        QString annotator;
        TraineeScore total;              // every article together
        QList<DocumentScore> documents;  // by article id
        QStringList problems;            // articles that could not be scored, and why
    };

    static TraineeFigures trainee(const ProjectStore &store, const QString &annotator);
    static QString traineeText(const TraineeFigures &figures);
    // Everything the text shows; disagreements included when `withDisagreements`.
    static QJsonObject traineeJson(const TraineeFigures &figures, bool withDisagreements = true);
    // The row ProjectStore::recordScore() keeps for progress over time: the totals and the
    // JSON without the disagreement list.
    static ProjectStore::ScoreRecord scoreRecord(const TraineeFigures &figures);

    // Two annotators over the articles both read.
    struct PairFigures
    {
        QString first;
        QString second;
        int articles = 0;
        AgreementResult cohen;        // entity labels on span units (see AgreementUnits)
        PrfCounts strictSpans;        // first as reference
        PrfCounts lenientSpans;
    };

    // Agreement between every annotator with a set in the project. Owners starting with '#'
    // (the curated gold set) and the shared set are not annotators and do not take part.
    struct AgreementFigures
    {
        SpanMatch units = SpanMatch::Strict; // the units of kappa and alpha
        QStringList annotators;              // sorted
        int articles = 0;                    // articles read by at least two of them
        QList<PairFigures> pairs;            // every pair once, in annotator order
        AgreementResult fleiss;              // over the articles every annotator read
        int fleissArticles = 0;
        AgreementResult alphaLabels;         // nominal, entity labels, missing values allowed
        AgreementResult alphaCasualties;     // interval, the best value of casualty figures
        SpanAgreement strictSpans{SpanMatch::Strict};   // every pair pooled, per type / document
        SpanAgreement lenientSpans{SpanMatch::Lenient};

        // The pair's figures in either order (first as reference as stored); null when the
        // two never read the same article or are one annotator.
        const PairFigures *pair(const QString &a, const QString &b) const;
    };

    static AgreementFigures agreement(const ProjectStore &store,
                                      SpanMatch units = SpanMatch::Strict);
    static QString agreementText(const AgreementFigures &figures);
    static QJsonObject agreementJson(const AgreementFigures &figures);

    // The annotators' readings of every article with a started set, by article id: each
    // owner's non-rejected mentions. AnnotatorMentions::documentId is the article's database
    // id as text, so per-article figures name what `cwb gold` and the article list show.
    static QList<AnnotatorMentions> readings(const ProjectStore &store);

    // Krippendorff's interval alpha on casualty figures: a unit is a cluster of overlapping
    // figure spans in one article, a reader's value the best number of its longest figure in
    // the cluster; a reader without a figure there, or without a best number, is missing.
    // `documents[i]` maps reader -> document (one article); readers are the coders.
    static AgreementResult casualtyAlpha(const QList<QMap<QString, Document>> &documents,
                                         const QStringList &readers);
};
