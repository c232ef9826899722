#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

// Where a chance-corrected coefficient stands against the codebook's thresholds (section 7,
// after Krippendorff): at least 0.80 good, 0.667 up to 0.80 tentative, below that too low to
// draw conclusions from. The agreement tables print the word beside the number and tint the
// cell, so the reading does not rest on colour.
class AgreementVerdict
{
    Q_DECLARE_TR_FUNCTIONS(AgreementVerdict)

public:
    enum class Level { Low, Tentative, Good };

    static constexpr double tentativeThreshold = 0.667;
    static constexpr double goodThreshold = 0.80;

    static Level level(double value);
    // "good", "tentative", "low"
    static QString word(double value);
    // "0.85 (good)"
    static QString withWord(double value);
    // A translucent tint for the cell.
    static QColor tint(double value);
    // One sentence naming the thresholds, for a note under a table.
    static QString thresholdsNote();
};
