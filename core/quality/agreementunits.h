#pragma once

#include "core/quality/annotatormentions.h"
#include "core/quality/mentionaligner.h"

#include <QList>
#include <QString>
#include <QStringList>

// Turns several annotators' mentions into reliability data (units x coders) for Cohen's and
// Fleiss' kappa and Krippendorff's alpha on entity labels.
//
// The unit is a span that at least one annotator marked, not a token. Token units are what
// sequence taggers use, but in a news article nine tokens in ten are outside every mention;
// those "none = none" agreements would swamp the figure and report high kappa for annotators
// who agree on almost no entity. Span units ask the question the codebook asks ("labels of
// the same spans", section 7): for each thing somebody marked, did the others mark it, and
// with which type? An annotator who did not mark it gives the category NoLabel ("none"), so
// a missed mention is a disagreement; an annotator who never read the article gives a
// missing value (an empty string), which alpha skips and Fleiss' kappa refuses.
//
// Strict units are the distinct (start, end) spans: an annotator's value is the type it gave
// exactly that span. Lenient units are clusters of overlapping spans (chained: A overlaps B,
// B overlaps C puts all three in one unit, spanning from the first start to the last end); an
// annotator's value is the type of its longest mention in the cluster. An annotator who split
// what another marked as one mention therefore counts once, by its longest piece.
class AgreementUnits
{
public:
    static QString noLabel() { return QStringLiteral("none"); }

    struct Unit
    {
        QString documentId;
        int start = 0;
        int end = 0;
    };

    AgreementUnits(const QStringList &coders, SpanMatch match);

    // Adds the units of one article. Coders without a key in `article.byAnnotator` get a
    // missing value for its units; annotators not among the coders are ignored.
    void add(const AnnotatorMentions &article);

    QStringList coders() const { return m_coders; }
    const QList<Unit> &units() const { return m_units; }
    // byCoder()[c][u] = coder c's label of unit u: an entity type spelling, noLabel(), or
    // empty when missing. The input KrippendorffAlpha::nominal and FleissKappa::compute take.
    const QList<QStringList> &byCoder() const { return m_values; }
    // One coder's row, for Cohen's kappa between two coders.
    QStringList labelsOf(const QString &coder) const;

private:
    void addUnit(const QString &documentId, int start, int end, const QStringList &labels);

    QStringList m_coders;
    SpanMatch m_match;
    QList<Unit> m_units;
    QList<QStringList> m_values;
};
