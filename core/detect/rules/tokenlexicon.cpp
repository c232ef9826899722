#include "core/detect/rules/tokenlexicon.h"

#include "core/detect/rules/casualtyrule.h"
#include "core/detect/rules/daterule.h"
#include "core/detect/rules/eventbuilder.h"
#include "core/detect/rules/homeforcerule.h"
#include "core/detect/rules/numberreader.h"
#include "core/detect/rules/sourcerule.h"
#include "core/detect/rules/unidentifiedgrouprule.h"
#include "core/detect/rules/unknowngrouprule.h"

const TokenLexicon &TokenLexicon::rules()
{
    static const TokenLexicon lexicon({
        {EventBuilder::incidentWords(), TokenClass::Incident},
        {DateRule::headWords(), TokenClass::DateHead},
        {NumberReader::starterWords(VagueNumbers::codebookDefaults()), TokenClass::NumberStarter},
        {SourceRule::readingStartWords(), TokenClass::SourceStart},
        {UnidentifiedGroupRule::attackerNouns(), TokenClass::AttackerNoun},
        {CasualtyRule::scopeWordList(), TokenClass::CasualtyScope},
        {UnknownGroupRule::namingCueWords(), TokenClass::NamingCue},
        {HomeForceRule::forceWords(), TokenClass::HomeForce},
        {{QStringLiteral("of")}, TokenClass::Of},
        {{QStringLiteral("between")}, TokenClass::Between},
        {{QStringLiteral("joint")}, TokenClass::Joint},
    });
    return lexicon;
}

TokenLexicon::TokenLexicon(const std::vector<std::pair<QStringList, quint32>> &lists)
{
    for (const auto &[words, classes] : lists) {
        for (const QString &word : words) {
            if (!word.isEmpty())
                m_cells[cellOf(word)] |= classes;
        }
    }
}
