#pragma once

#include <QString>

// The ids annotations carry in exports and loss reports, as in the document JSON: e12 for
// mention 12, a3 for an affiliation, c4 for a casualty figure, ev2 for an event.
namespace ExchangeIds {

inline QString mention(qint64 id) { return QStringLiteral("e%1").arg(id); }
inline QString affiliation(qint64 id) { return QStringLiteral("a%1").arg(id); }
inline QString casualty(qint64 id) { return QStringLiteral("c%1").arg(id); }
inline QString event(qint64 id) { return QStringLiteral("ev%1").arg(id); }

// "e12" -> 12, "ev2" -> 2; 0 when the text ends in no number.
inline qint64 number(const QString &id)
{
    qsizetype digits = id.size();
    while (digits > 0 && id.at(digits - 1).isDigit())
        --digits;
    return id.mid(digits).toLongLong();
}

} // namespace ExchangeIds
