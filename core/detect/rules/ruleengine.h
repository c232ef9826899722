#pragma once

#include "core/detect/rules/numberreader.h"
#include "core/detect/rules/ruleinput.h"

// Runs every rule over one article and returns their proposals (codebook sections 2-5).
//
// Order matters, and is the only place it is decided:
//  1. the entity rules (dates, persons, acronyms, sources, unknown groups) read the text with the
//     matcher's hits; a proposed mention never overlaps a hit or an earlier mention, in that
//     order of precedence;
//  2. their mentions join the hits as entities, so that affiliations and casualty figures can
//     name a person the knowledge base does not know, or see a date or a source;
//  3. affiliations, then casualty figures, then events built from both and from the dates.
// Only title, body and caption segments are read (RuleDocument).
class RuleEngine
{
public:
    static RuleOutput run(const RuleInput &input);
    // The same with a project's own values for the vague quantity words.
    static RuleOutput run(const RuleInput &input, const VagueNumbers &vagueNumbers);

private:
    static RuleOutput run(const RuleInput &input, const NumberReader &reader);
};
