#pragma once

#include "core/model/document.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Made-up text for the benchmarks, seeded so every run measures the same input: Arabic-looking
// names built from syllables, groups of alias spellings, and English-like news filler with a
// name about every 25 words in lines of about 600 bytes. MatcherBenchmark and
// DetectionBenchmark both read it, so their "synthetic corpus" figures are of the same kind;
// it also reads the peak memory both report.
class SyntheticText
{
public:
    static QString madeUpWord(QRandomGenerator &random, int minSyllables, int maxSyllables);
    // `count` distinct aliases, in groups of five spellings of one made-up group.
    static QStringList aliases(QRandomGenerator &random, int count);
    // `count` group names of the form "Jaysh al-Karasha".
    static QStringList groupNames(QRandomGenerator &random, int count);
    // About `utf8Bytes` of text; lines end in '\n'.
    static QString corpus(QRandomGenerator &random, const QStringList &names, qint64 utf8Bytes);
    // The corpus as the detector reads it: articles of eight lines, all body, published on
    // 1 June 2020.
    static QList<Document> articles(const QString &corpus);
    // The benchmark process's peak resident memory (VmHWM) in KiB; -1 without /proc.
    static qint64 peakMemoryKb();
};
