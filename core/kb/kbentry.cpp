#include "core/kb/kbentry.h"

QString toString(Certainty certainty)
{
    switch (certainty) {
    case Certainty::Confirmed:
        return QStringLiteral("confirmed");
    case Certainty::SecondHand:
        return QStringLiteral("second_hand");
    case Certainty::Unverified:
        break;
    }
    return QStringLiteral("unverified");
}

std::optional<Certainty> certaintyFromString(const QString &text)
{
    for (Certainty c : {Certainty::Confirmed, Certainty::SecondHand, Certainty::Unverified}) {
        if (text == toString(c))
            return c;
    }
    return std::nullopt;
}

QStringList certaintySpellings()
{
    return {toString(Certainty::Confirmed), toString(Certainty::SecondHand),
            toString(Certainty::Unverified)};
}
