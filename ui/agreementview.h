#pragma once

#include "core/quality/annotatorreading.h"

#include <QList>
#include <QMap>
#include <QWidget>

class PairwiseAgreementModel;
class QComboBox;
class QTableView;
class QTableWidget;
class TypeAgreementModel;

// Agreement between analysts who read the same articles independently (codebook section 7):
// the pairwise matrix (span F1 or Cohen's kappa, heat-tinted cells with the number printed),
// the coefficients per entity type (Cohen, Fleiss, Krippendorff's alpha, with the codebook's
// thresholds named beside each figure), and span F1 per article. Two choosers switch the
// matrix's measure and whether spans must match exactly (strict) or overlap (lenient); the
// per-type and per-article tables follow the span choice. A snapshot of the readings given.
class AgreementView : public QWidget
{
    Q_OBJECT

public:
    // One reading per annotator and article; articles are named by their titles.
    explicit AgreementView(const QList<AnnotatorReading> &readings, QWidget *parent = nullptr);
    // The articles as TrainingReport::readings() gives them; `titles` maps an article id
    // (AnnotatorMentions::documentId) to the title shown, the id standing in where it has none.
    AgreementView(const QList<AnnotatorMentions> &articles, const QMap<QString, QString> &titles,
                  QWidget *parent = nullptr);

    QComboBox *measureChooser() const { return m_measure; }
    QComboBox *matchChooser() const { return m_match; }
    QTableView *pairwiseTable() const { return m_pairwiseTable; }
    QTableView *typeTable() const { return m_typeTable; }
    QTableWidget *documentTable() const { return m_documentTable; }
    PairwiseAgreementModel *pairwiseModel() const { return m_pairwise; }
    TypeAgreementModel *typeModel() const { return m_types; }

private:
    static QMap<QString, QString> titlesOf(const QList<AnnotatorReading> &readings);
    void update();
    void fillDocumentTable();

    QList<AnnotatorMentions> m_articles;
    QMap<QString, QString> m_titles; // article id -> title, where it has one
    QComboBox *m_measure = nullptr;
    QComboBox *m_match = nullptr;
    PairwiseAgreementModel *m_pairwise = nullptr;
    TypeAgreementModel *m_types = nullptr; // rebuilt when the span choice changes
    int m_typesMatch = -1;                  // the SpanMatch m_types was built for
    QTableView *m_pairwiseTable = nullptr;
    QTableView *m_typeTable = nullptr;
    QTableWidget *m_documentTable = nullptr;
};
