#include "core/detect/rules/ruleengine.h"

#include "core/detect/rules/acronymrule.h"
#include "core/detect/rules/affiliationrule.h"
#include "core/detect/rules/casualtyrule.h"
#include "core/detect/rules/daterule.h"
#include "core/detect/rules/eventbuilder.h"
#include "core/detect/rules/homeforcerule.h"
#include "core/detect/rules/personrule.h"
#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/rulehelpers.h"
#include "core/detect/rules/sourcerule.h"
#include "core/detect/rules/unidentifiedgrouprule.h"
#include "core/detect/rules/unknowngrouprule.h"
#include "core/detect/rules/unknownplacerule.h"

#include <algorithm>
#include <vector>

RuleOutput RuleEngine::run(const RuleInput &input)
{
    // Built once: a reader's word tables cost more to build than a short article to read. It
    // is only read from, so threads detecting at once may share it.
    static const NumberReader codebookReader(VagueNumbers::codebookDefaults());
    return run(input, codebookReader);
}

RuleOutput RuleEngine::run(const RuleInput &input, const VagueNumbers &vagueNumbers)
{
    return run(input, NumberReader(vagueNumbers));
}

RuleOutput RuleEngine::run(const RuleInput &input, const NumberReader &reader)
{
    RuleOutput output;

    RuleDocument first(input, {}, reader);
    const QList<DateMatch> dates = DateRule::find(first);
    QList<Mention> dateMentions;
    dateMentions.reserve(dates.size());
    for (const DateMatch &d : dates)
        dateMentions.append(DateRule::toMention(d, first));
    // The entity rules read only the first document, so they can all run before any is taken;
    // their proposals are then taken in this order, an earlier one winning a span (before the
    // sources: "police said" is the force speaking for itself, not a source).
    QList<Mention> found[] = {
        std::move(dateMentions),
        PersonRule::find(first),
        AcronymRule::find(first),
        HomeForceRule::find(first, input.homeArmy, input.homePolice),
        SourceRule::find(first),
        UnknownGroupRule::find(first),
        UnidentifiedGroupRule::find(first, input.homeState),
        UnknownPlaceRule::find(first),
    };
    qsizetype proposed = 0;
    for (const QList<Mention> &mentions : found)
        proposed += mentions.size();
    // Taken in order, then sorted by start through pointers: each mention is moved once
    // into a list reserved for all of them.
    RuleHelpers::SpanSet taken; // the spans of the mentions taken
    std::vector<Mention *> accepted;
    accepted.reserve(std::size_t(proposed));
    for (QList<Mention> &mentions : found) {
        for (Mention &m : mentions) {
            if (taken.insertIfFree(m.start, m.end))
                accepted.push_back(&m);
        }
    }
    std::sort(accepted.begin(), accepted.end(),
              [](const Mention *a, const Mention *b) { return a->start < b->start; });
    output.mentions.reserve(qsizetype(accepted.size()));
    for (Mention *m : accepted)
        output.mentions.append(std::move(*m));

    QList<EntityHit> extra;
    extra.reserve(output.mentions.size());
    for (const Mention &m : output.mentions) {
        EntityHit hit;
        hit.start = m.start;
        hit.end = m.end;
        hit.type = m.type;
        hit.canonical = m.canonical;
        hit.kbId = m.kbId;
        hit.confidence = m.provenance.confidence;
        extra.append(hit);
    }
    // The same text with more entities: its sentences are read again only where they changed,
    // the others are taken over from the first document as they are.
    const RuleDocument second(std::move(first), input, extra, reader);
    output.affiliations = AffiliationRule::find(second);
    output.casualties = CasualtyRule::find(second);
    output.events = EventBuilder::build(second, output.casualties, output.affiliations, dates);
    return output;
}
