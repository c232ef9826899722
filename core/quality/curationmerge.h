#pragma once

#include "core/model/document.h"
#include "core/quality/mentionaligner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Merges several annotators' sets of one article into the adjudicator's gold (codebook
// section 7), as a curation view shows it: what every reader agrees on is taken, what differs
// waits for the adjudicator to pick one reader's version or drop it.
//
// The rules. Each kind of annotation is grouped into units, one reader's annotation at most
// per reader in a unit (a second one of the same reader starts a unit of its own):
// - mentions by span: strict, the same start and end; lenient, overlapping spans (taken in the
//   order MentionAligner uses: identical span, then the same type, then the larger overlap), so
//   that "Faylaq al-Sham" and "Faylaq al-Sham fighters" are shown side by side as one choice
//   rather than as two units each marked by one reader;
// - casualty figures by span in the same way;
// - affiliations by actor, relation and target;
// - events by the figure units their casualtyIds fall in (events without figures by their
//   event type and date).
// A unit is agreed when every set has a version and all versions have the same value:
// mentions span and type; figures span, kind, victim, low, best, high; affiliations span,
// former, stance and attribution; events type, sub-type, actors, location, date, fatalities
// and figure units. Lenient grouping therefore never makes two different spans "agreed": it
// only puts them in one unit. A set without a version in a unit is itself a version ("not
// marked"), so picking that reader drops the unit.
//
// merged() holds the agreed units (the first reader's version, in owner order) and the
// differing units the adjudicator picked; undecided and dropped ones are left out. Every
// annotation is Confirmed with no annotator or times (the store fills in the adjudicator and
// now); figures get ids 1..n of the merged document and events' casualtyIds point at those,
// keeping only the links to figure units that made it into the merge.
class CurationMerge
{
    Q_DECLARE_TR_FUNCTIONS(CurationMerge)

public:
    enum class Kind { Mention, Affiliation, Casualty, Event };

    struct Unit
    {
        Kind kind = Kind::Mention;
        int start = -1; // code points: the union of the versions' spans, -1 for none
        int end = -1;
        bool agreed = false;
        QMap<QString, int> versions; // owner -> index into that owner's list of this kind
    };

    enum class Choice { Undecided, Picked, Dropped };
    struct Decision
    {
        Choice choice = Choice::Undecided;
        QString owner; // with Picked
    };

    // `sets`: owner -> that owner's set of one article (all with the same text).
    explicit CurationMerge(const QMap<QString, Document> &sets,
                           SpanMatch match = SpanMatch::Lenient);

    // False when there is no set or the sets are not of the same text; error() says why.
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QStringList owners() const { return m_sets.keys(); }
    const Document &set(const QString &owner) const { return m_sets.find(owner).value(); }
    // Units in text order (by start, kind), events without a span last.
    const QList<Unit> &units() const { return m_units; }
    int agreedCount() const;
    // Indexes into units() of the differing ones, in text order.
    QList<int> differing() const { return m_differing; }

    void pick(int unit, const QString &owner);
    void drop(int unit);
    void undecide(int unit);
    Decision decision(int unit) const { return m_decisions.value(unit); }
    bool isDecided(int unit) const;
    int decidedCount() const; // of the differing units
    bool isComplete() const { return decidedCount() == m_differing.size(); }

    // The version of `owner` in a unit; null when that reader did not mark it.
    const Mention *mention(const Unit &unit, const QString &owner) const;
    const Affiliation *affiliation(const Unit &unit, const QString &owner) const;
    const CasualtyFigure *casualty(const Unit &unit, const QString &owner) const;
    const Event *event(const Unit &unit, const QString &owner) const;
    // The figure units an event version's casualtyIds fall in, ascending.
    QList<int> figureUnits(const Unit &eventUnit, const QString &owner) const;

    Document merged() const;

private:
    void groupBySpan(Kind kind, SpanMatch match);
    void groupAffiliations();
    void groupEvents();
    bool sameValue(const Unit &unit, const QString &first, const QString &second) const;
    void finish();

    QMap<QString, Document> m_sets;
    QString m_error;
    QList<Unit> m_units;
    QList<int> m_differing;
    QMap<int, Decision> m_decisions;
    QMap<QString, QHash<qint64, int>> m_figureUnit; // owner -> figure id -> unit index
};
