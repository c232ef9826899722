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

RuleOutput RuleEngine::run(const RuleInput &input)
{
    return run(input, VagueNumbers::codebookDefaults());
}

RuleOutput RuleEngine::run(const RuleInput &input, const VagueNumbers &vagueNumbers)
{
    const NumberReader reader(vagueNumbers);
    RuleOutput output;

    RuleDocument first(input, {}, reader);
    const QList<DateMatch> dates = DateRule::find(first);
    RuleHelpers::SpanSet taken; // the spans of output.mentions
    auto accept = [&](QList<Mention> mentions) {
        for (Mention &m : mentions) {
            if (taken.insertIfFree(m.start, m.end))
                output.mentions.append(std::move(m));
        }
    };
    QList<Mention> dateMentions;
    dateMentions.reserve(dates.size());
    for (const DateMatch &d : dates)
        dateMentions.append(DateRule::toMention(d, first));
    accept(std::move(dateMentions));
    accept(PersonRule::find(first));
    accept(AcronymRule::find(first));
    // Before the sources: "police said" is the force speaking for itself, not a source.
    accept(HomeForceRule::find(first, input.homeArmy, input.homePolice));
    accept(SourceRule::find(first));
    accept(UnknownGroupRule::find(first));
    accept(UnidentifiedGroupRule::find(first, input.homeState));
    accept(UnknownPlaceRule::find(first));
    std::sort(output.mentions.begin(), output.mentions.end(),
              [](const Mention &a, const Mention &b) { return a.start < b.start; });

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
