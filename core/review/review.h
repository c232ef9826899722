#pragma once

#include "core/model/annotation.h"
#include "core/review/annotationkind.h"
#include "core/review/spannudger.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class ReviewSession;

// The facade the UI calls to review an article (the Subsurface pattern): one function per
// analyst action. Each validates its input against the session's Document, builds the undo
// command and pushes it onto the session's stack; the UI never builds commands itself.
//
// Every action returns true when the annotation is now as asked. It returns false and sets
// `error` (translated) when the input is invalid (nothing is pushed) or when the store
// refused the change (then the session has also emitted failed() with the same message and
// the command is gone from the stack). An action that would change nothing (accepting an
// annotation that is already accepted, an edit with the same values) returns true and
// pushes nothing, so the undo stack and the history hold only real changes.
//
// Rows are rows of the session's lists (document().mentions, ...), which are also the rows
// of the annotation models.
class Review
{
    Q_DECLARE_TR_FUNCTIONS(Review)

public:
    // Sets the status to confirmed. An annotation that is confirmed, corrected or manual
    // already counts as accepted and is left alone. Accepting a mention teaches the project's
    // knowledge base (ReviewSession::saved() reports what it learned).
    static bool accept(ReviewSession &session, AnnotationKind kind, int row,
                       QString *error = nullptr);
    // Sets the status to rejected; a rejected annotation is left alone.
    static bool reject(ReviewSession &session, AnnotationKind kind, int row,
                       QString *error = nullptr);

    // Correct an annotation: `newValue` holds the values the analyst chose; its id and
    // provenance are ignored (the row names the annotation) and the status becomes corrected
    // (manual stays manual).
    // Mention: type, canonical, kbId and the span; the text is sliced from the article for
    // the span. An empty canonical name becomes the text; a kbId must name an entry of the
    // project's knowledge base.
    static bool editMention(ReviewSession &session, int row, const Mention &newValue,
                            QString *error = nullptr);
    // Affiliation: actor, relation, target, former, stance, attributedTo and the span.
    static bool editAffiliation(ReviewSession &session, int row, const Affiliation &newValue,
                                QString *error = nullptr);
    // Casualty figure: kind, victim, perpetrator, low/best/high, precision, hedged, scope and
    // the span (the text is sliced from the article).
    static bool editCasualty(ReviewSession &session, int row, const CasualtyFigure &newValue,
                             QString *error = nullptr);

    // Event: type and sub-type, actors, location with admin1 and precision, date with
    // precision, fatalities, sources and notes. The figures it groups stay as they are.
    static bool editEvent(ReviewSession &session, int row, const Event &newValue,
                          QString *error = nullptr);

    // Adds a mention the analyst marked: code points [start, end) of the article's text, the
    // text sliced from it, status manual. When the knowledge base knows the name as an entry
    // of that type, the mention links to it; otherwise it is the analyst's confirmation of a
    // new name and the knowledge base learns it (as with an accept).
    static bool addMention(ReviewSession &session, int start, int end, EntityType type,
                           QString *error = nullptr);

    // Moves one end of a mention's, affiliation's or casualty figure's span by a word (a
    // correction like any edit). Refuses, with the reason, a step that would empty the span
    // or leave the text, and events, which have no span of their own.
    static bool nudgeSpan(ReviewSession &session, AnnotationKind kind, int row,
                          SpanNudger::Edge edge, SpanNudger::Direction direction,
                          QString *error = nullptr);

    // Deletes an annotation of any kind (undo puts it back with the same id).
    static bool remove(ReviewSession &session, AnnotationKind kind, int row,
                       QString *error = nullptr);

    // Navigation between proposals --------------------------------------------------------
    // The walk is in text order across all four kinds, because that is how the analyst reads
    // the article: annotations are ordered by the start of their span, then its end, then
    // kind (mention, affiliation, casualty, event), then row. An event sits where its first
    // figure starts; events with no figure come after everything else. With SameKind only the
    // rows of `fromKind` are visited (a panel's own "next"), still in text order.
    enum class Walk { AllKinds, SameKind };
    struct Position
    {
        AnnotationKind kind = AnnotationKind::Mention;
        int row = -1;
    };
    // The first proposed annotation after (kind, row) in that order. `fromRow` -1 starts
    // before the first annotation of the article (of the kind, with SameKind). Nothing when
    // there is none after it: the walk does not wrap around.
    static std::optional<Position> nextProposal(const ReviewSession &session,
                                                AnnotationKind fromKind, int fromRow,
                                                Walk walk = Walk::AllKinds);
    // The last proposed annotation before (kind, row); `fromRow` -1 starts after the last.
    static std::optional<Position> previousProposal(const ReviewSession &session,
                                                    AnnotationKind fromKind, int fromRow,
                                                    Walk walk = Walk::AllKinds);

    // Validation, also for dialogs that want to check before they close: an empty string
    // when the value may be stored, else what is wrong, translated.
    static QString checkSpan(const ReviewSession &session, int start, int end);
    static QString checkMention(const ReviewSession &session, const Mention &value);
    static QString checkAffiliation(const ReviewSession &session, const Affiliation &value);
    static QString checkCasualty(const ReviewSession &session, const CasualtyFigure &value);
    static QString checkEvent(const Event &value);
};
