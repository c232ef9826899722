#pragma once

#include "core/detect/matcher.h"
#include "core/model/document.h"

#include <QCoreApplication>

#include <vector>

class KnowledgeBase;

// The detection pipeline: one pass of the knowledge-base matcher over the article, then the
// rules (affiliations, casualty figures, dates, persons, sources, events), then every proposal
// converted to code points and stamped with its provenance. Only title, body and caption text
// yields proposals (codebook section 1).
//
// Built once per knowledge base (building the matcher is the expensive part) and then used for
// any number of articles; detect() is const and may run on a worker thread as long as the
// knowledge base outlives the detector.
class Detector
{
    Q_DECLARE_TR_FUNCTIONS(Detector)

public:
    explicit Detector(const KnowledgeBase &knowledgeBase);

    // Replaces the document's proposals with fresh ones; annotations an analyst has already
    // reviewed (any status but proposed) are kept, and a proposal that repeats one of them
    // is dropped.
    void detect(Document &document) const;

    static QString annotatorName() { return QStringLiteral("detector"); }

private:
    void prefetchHitData(const QList<Matcher::Match> &matches, qsizetype index) const;
    const KnowledgeBase &m_knowledgeBase;
    Matcher m_matcher;
    // "kb:<id>" for each of the matcher's entries, in their order: the origin of a hit.
    std::vector<QString> m_origins;
};
