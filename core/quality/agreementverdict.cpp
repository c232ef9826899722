#include "core/quality/agreementverdict.h"

#include <QLocale>

AgreementVerdict::Level AgreementVerdict::level(double value)
{
    // Compared on the figure as printed (three decimals) so that a printed 0.667 never reads
    // as "low" because the unrounded value was 0.66666.
    const double shown = std::round(value * 1000.0) / 1000.0;
    if (shown >= goodThreshold)
        return Level::Good;
    if (shown >= tentativeThreshold)
        return Level::Tentative;
    return Level::Low;
}

QString AgreementVerdict::word(double value)
{
    switch (level(value)) {
    case Level::Good:
        return tr("good");
    case Level::Tentative:
        return tr("tentative");
    case Level::Low:
        return tr("low");
    }
    return QString();
}

QString AgreementVerdict::withWord(double value)
{
    //: a coefficient and its reading against the thresholds: "0.85 (good)"
    return tr("%1 (%2)").arg(QLocale().toString(value, 'f', 3), word(value));
}

QColor AgreementVerdict::tint(double value)
{
    switch (level(value)) {
    case Level::Good:
        return QColor(0x00, 0x9E, 0x73, 80);
    case Level::Tentative:
        return QColor(0xE6, 0x9F, 0x00, 80);
    case Level::Low:
        return QColor(0xD5, 0x5E, 0x00, 80);
    }
    return QColor();
}

QString AgreementVerdict::thresholdsNote()
{
    return tr("Thresholds of the codebook (section 7): %1 or more is good, %2 to %1 tentative, "
              "below %2 too low to rely on.")
        .arg(QLocale().toString(goodThreshold, 'f', 2),
             QLocale().toString(tentativeThreshold, 'f', 3));
}
