#include "ui/agreementview.h"

#include "core/quality/agreementverdict.h"
#include "core/quality/pairwiseagreementmodel.h"
#include "core/quality/spanagreement.h"
#include "core/quality/typeagreementmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableView *readOnlyTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

} // namespace

AgreementView::AgreementView(const QList<AnnotatorReading> &readings, QWidget *parent)
    : AgreementView(AnnotatorReading::byArticle(readings), titlesOf(readings), parent)
{
}

QMap<QString, QString> AgreementView::titlesOf(const QList<AnnotatorReading> &readings)
{
    QMap<QString, QString> titles;
    for (const AnnotatorReading &reading : readings) {
        const Article &article = reading.document.article;
        if (!article.title.isEmpty())
            titles.insert(!article.uid.isEmpty() ? article.uid : QString::number(article.id),
                          article.title);
    }
    return titles;
}

AgreementView::AgreementView(const QList<AnnotatorMentions> &articles,
                             const QMap<QString, QString> &titles, QWidget *parent)
    : QWidget(parent), m_articles(articles), m_titles(titles)
{
    auto *layout = new QVBoxLayout(this);

    auto *choosers = new QHBoxLayout;
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("Span F1"), int(PairwiseAgreementModel::Measure::SpanF1));
    m_measure->addItem(tr("Cohen's kappa"), int(PairwiseAgreementModel::Measure::CohenKappa));
    m_match = new QComboBox(this);
    m_match->addItem(tr("Strict: the same span"), int(SpanMatch::Strict));
    m_match->addItem(tr("Lenient: overlapping spans"), int(SpanMatch::Lenient));
    auto *measureLabel = new QLabel(tr("&Measure:"), this);
    measureLabel->setBuddy(m_measure);
    auto *matchLabel = new QLabel(tr("&Spans:"), this);
    matchLabel->setBuddy(m_match);
    choosers->addWidget(measureLabel);
    choosers->addWidget(m_measure);
    choosers->addSpacing(16);
    choosers->addWidget(matchLabel);
    choosers->addWidget(m_match);
    choosers->addStretch();
    layout->addLayout(choosers);

    auto *matrixBox = new QGroupBox(tr("Between each pair of annotators"), this);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    m_pairwise = new PairwiseAgreementModel(m_articles, this);
    m_pairwiseTable = readOnlyTable(matrixBox);
    m_pairwiseTable->setModel(m_pairwise);
    m_pairwiseTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairwiseTable->horizontalHeader()->setMinimumSectionSize(64);
    m_pairwiseTable->verticalHeader()->setMinimumSectionSize(28);
    m_pairwiseTable->setAccessibleName(tr("Pairwise agreement"));
    matrixLayout->addWidget(m_pairwiseTable);
    layout->addWidget(matrixBox, 1);

    auto *typeBox = new QGroupBox(tr("Per entity type, all annotators"), this);
    auto *typeLayout = new QVBoxLayout(typeBox);
    m_typeTable = readOnlyTable(typeBox);
    m_typeTable->verticalHeader()->hide();
    m_typeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_typeTable->setAccessibleName(tr("Agreement per entity type"));
    typeLayout->addWidget(m_typeTable);
    auto *note = new QLabel(AgreementVerdict::thresholdsNote(), typeBox);
    note->setWordWrap(true);
    typeLayout->addWidget(note);
    layout->addWidget(typeBox, 2);

    auto *documentBox = new QGroupBox(tr("Per article"), this);
    auto *documentLayout = new QVBoxLayout(documentBox);
    m_documentTable = new QTableWidget(0, 3, documentBox);
    m_documentTable->setHorizontalHeaderLabels({tr("Article"), tr("Annotators"), tr("Span F1")});
    m_documentTable->verticalHeader()->hide();
    m_documentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    documentLayout->addWidget(m_documentTable);
    layout->addWidget(documentBox, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this, &AgreementView::update);
    connect(m_match, &QComboBox::currentIndexChanged, this, &AgreementView::update);
    update();
}

void AgreementView::update()
{
    const auto measure = PairwiseAgreementModel::Measure(m_measure->currentData().toInt());
    const auto match = SpanMatch(m_match->currentData().toInt());
    m_pairwise->setMeasure(measure, match);

    if (m_typesMatch != int(match)) {
        TypeAgreementModel *old = m_types;
        m_types = new TypeAgreementModel(m_articles, match, this);
        m_typesMatch = int(match);
        m_typeTable->setModel(m_types);
        delete old;
        fillDocumentTable();
    }
}

// Span F1 of one article pooled over every pair of its readers.
void AgreementView::fillDocumentTable()
{
    const auto match = SpanMatch(m_match->currentData().toInt());
    m_documentTable->setRowCount(0);
    for (const AnnotatorMentions &article : m_articles) {
        const QStringList readers = article.byAnnotator.keys();
        PrfCounts pooled;
        for (int i = 0; i < readers.size(); ++i) {
            for (int j = i + 1; j < readers.size(); ++j) {
                SpanAgreement pair(match);
                pair.add(article.documentId, article.byAnnotator.value(readers.at(i)),
                         article.byAnnotator.value(readers.at(j)));
                pooled += pair.total();
            }
        }
        const int row = m_documentTable->rowCount();
        m_documentTable->insertRow(row);
        m_documentTable->setItem(row, 0, new QTableWidgetItem(
                                             m_titles.value(article.documentId, article.documentId)));
        m_documentTable->setItem(row, 1, new QTableWidgetItem(readers.join(QStringLiteral(", "))));
        auto *f1 = new QTableWidgetItem(readers.size() < 2 ? QStringLiteral("\u2013")
                                                           : QLocale().toString(pooled.f1(), 'f', 3));
        f1->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (readers.size() < 2)
            f1->setToolTip(tr("Only one annotator read this article."));
        m_documentTable->setItem(row, 2, f1);
    }
}
