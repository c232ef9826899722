#include "core/quality/disagreement.h"

QString toString(Disagreement::Kind kind)
{
    switch (kind) {
    case Disagreement::Kind::Missed:
        return QStringLiteral("missed");
    case Disagreement::Kind::Extra:
        return QStringLiteral("extra");
    case Disagreement::Kind::WrongType:
        return QStringLiteral("wrong_type");
    case Disagreement::Kind::WrongSpan:
        return QStringLiteral("wrong_span");
    case Disagreement::Kind::WrongValue:
        return QStringLiteral("wrong_value");
    }
    return QString();
}
