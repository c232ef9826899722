#include "core/detect/rules/ruleengine.h"

#include "core/detect/rules/acronymrule.h"
#include "core/detect/rules/affiliationrule.h"
#include "core/detect/rules/casualtyrule.h"
#include "core/detect/rules/daterule.h"
#include "core/detect/rules/eventbuilder.h"
#include "core/detect/rules/personrule.h"
#include "core/detect/rules/ruledocument.h"
#include "core/detect/rules/sourcerule.h"
#include "core/detect/rules/unknowngrouprule.h"

#include <algorithm>

RuleOutput RuleEngine::run(const RuleInput &input)
{
    return run(input, VagueNumbers::codebookDefaults());
}

RuleOutput RuleEngine::run(const RuleInput &input, const VagueNumbers &vagueNumbers)
{
    const NumberReader reader(vagueNumbers);
    RuleOutput output;

    const RuleDocument first(input, {}, reader);
    const QList<DateMatch> dates = DateRule::find(first);
    auto accept = [&](const QList<Mention> &mentions) {
        for (const Mention &m : mentions) {
            const bool overlaps = std::any_of(output.mentions.begin(), output.mentions.end(),
                                              [&](const Mention &o) {
                                                  return m.start < o.end && o.start < m.end;
                                              });
            if (!overlaps)
                output.mentions.append(m);
        }
    };
    QList<Mention> dateMentions;
    for (const DateMatch &d : dates)
        dateMentions.append(DateRule::toMention(d, first));
    accept(dateMentions);
    accept(PersonRule::find(first));
    accept(AcronymRule::find(first));
    accept(SourceRule::find(first));
    accept(UnknownGroupRule::find(first));
    std::sort(output.mentions.begin(), output.mentions.end(),
              [](const Mention &a, const Mention &b) { return a.start < b.start; });

    QList<EntityHit> extra;
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
    const RuleDocument second(input, extra, reader);
    output.affiliations = AffiliationRule::find(second);
    output.casualties = CasualtyRule::find(second);
    output.events = EventBuilder::build(second, output.casualties, output.affiliations, dates);
    return output;
}
