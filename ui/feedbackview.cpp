#include "ui/feedbackview.h"

#include "ui/marklegend.h"

#include "core/quality/confusionmatrixmodel.h"
#include "core/quality/disagreementmodel.h"
#include "core/quality/guidelineanchors.h"
#include "core/quality/traineescoremodel.h"
#include "ui/annotationstyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QBarSet>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

const Disagreement::Kind allKinds[] = {Disagreement::Kind::Missed, Disagreement::Kind::Extra,
                                       Disagreement::Kind::WrongType, Disagreement::Kind::WrongSpan,
                                       Disagreement::Kind::WrongValue};

QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

} // namespace

FeedbackView::FeedbackView(const Document &gold, const Document &trainee,
                           const QString &traineeName, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    QString error;
    m_valid = m_score.add(gold, trainee, &error);
    const QString title = gold.article.title.isEmpty() ? tr("the gold article") : gold.article.title;
    if (!m_valid) {
        heading->setText(tr("%1's reading of %2 cannot be scored: %3").arg(traineeName, title, error));
        layout->addStretch();
        return;
    }
    const PrfCounts strict = m_score.strictTotal();
    heading->setText(
        tr("<b>%1</b> on <i>%2</i>: strict F1 %3 over %n gold mention(s), lenient F1 %4, "
           "%5 disagreement(s).",
           nullptr, strict.truePositives + strict.falseNegatives)
            .arg(traineeName.toHtmlEscaped(), title.toHtmlEscaped(),
                 QLocale().toString(strict.f1(), 'f', 2),
                 QLocale().toString(m_score.lenientTotal().f1(), 'f', 2))
            .arg(m_score.disagreements().size()));

    m_display = DisplayMap(gold.article.text);
    m_scoreModel = new TraineeScoreModel(m_score, this);
    m_disagreements = new DisagreementModel(m_score.disagreements(), this);
    m_confusion = new ConfusionMatrixModel(m_score.confusion(), this);

    auto *middle = new QSplitter(Qt::Horizontal, this);
    middle->addWidget(buildTextPane());
    middle->addWidget(buildListPane());
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildScorePane());
    splitter->addWidget(middle);
    splitter->addWidget(buildDetailTabs());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);

    markDisagreements();
    showDisagreement(-1);
}

QTextCharFormat FeedbackView::format(Disagreement::Kind kind)
{
    QTextCharFormat f;
    switch (kind) {
    case Disagreement::Kind::Missed: // something to add: a wavy line, as for a spelling error
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(0xD5, 0x5E, 0x00));
        f.setBackground(QColor(0xD5, 0x5E, 0x00, 45));
        break;
    case Disagreement::Kind::Extra: // something to remove: struck through
        f.setFontStrikeOut(true);
        f.setBackground(QColor(0x00, 0x72, 0xB2, 40));
        break;
    case Disagreement::Kind::WrongType:
        f.setFontOverline(true);
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(QColor(0xCC, 0x79, 0xA7));
        f.setBackground(QColor(0xCC, 0x79, 0xA7, 50));
        break;
    case Disagreement::Kind::WrongSpan:
        f.setFontItalic(true);
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(QColor(0x00, 0x9E, 0x73));
        f.setBackground(QColor(0x00, 0x9E, 0x73, 45));
        break;
    case Disagreement::Kind::WrongValue:
        f.setFontWeight(QFont::Bold);
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(QColor(0xE6, 0x9F, 0x00));
        f.setBackground(QColor(0xE6, 0x9F, 0x00, 60));
        break;
    }
    return f;
}

QWidget *FeedbackView::buildScorePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QHBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scoreTable = readOnlyTable(m_scoreModel, pane);
    m_scoreTable->verticalHeader()->hide();
    m_scoreTable->setAccessibleName(tr("Score per type"));
    layout->addWidget(m_scoreTable, 3);

    m_chartView = new QChartView(buildF1Chart(), pane);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // Below about 40 px per bar, Qt Charts elides the category labels to "...".
    m_chartView->setMinimumSize(340, 260);
    m_chartView->setAccessibleName(tr("Strict F1 per type"));
    layout->addWidget(m_chartView, 2);
    return pane;
}

// One bar per entity type, in the type's colour. A bar set has one colour, so every type is a
// set of its own holding its F1 at its own category and 0 elsewhere; stacked, each category
// then shows exactly its type's bar.
QChart *FeedbackView::buildF1Chart() const
{
    QStringList types;
    for (int row = 0; row < m_scoreModel->rowCount(); ++row) {
        const QString key = m_scoreModel->index(row, 0).data(TraineeScoreModel::KeyRole).toString();
        if (fromString<EntityType>(key))
            types.append(key);
    }
    // Horizontal bars run from the bottom up (and QAbstractAxis::setReverse does not turn
    // them over in Qt 6.4): the categories are listed last type first, so the first type of
    // the table is the top bar.
    const qsizetype n = types.size();
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    for (qsizetype i = 0; i < n; ++i) {
        const EntityType type = *fromString<EntityType>(types.at(i));
        const double f1 = m_score.strictByType().value(types.at(i)).f1();
        auto *set = new QBarSet(ConfusionMatrixModel::displayLabel(types.at(i)));
        for (qsizetype j = 0; j < n; ++j)
            set->append(j == n - 1 - i ? f1 : 0.0);
        set->setColor(AnnotationStyle::color(type));
        set->setBorderColor(AnnotationStyle::color(type).darker(130));
        series->append(set);
        //: an entity type and its F1 on the chart's axis: "Armed group  0.67"
        categories.prepend(tr("%1  %2").arg(set->label(), QLocale().toString(f1, 'f', 2)));
    }
    series->setBarWidth(0.7);

    auto *chart = new QChart;
    chart->setTitle(tr("Strict F1 per type"));
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0.0, 1.0);
    axisX->setTickCount(6);
    axisX->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

QWidget *FeedbackView::buildTextPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *legend = new MarkLegend(pane);
    for (Disagreement::Kind kind : allKinds)
        legend->addEntry(DisagreementModel::kindLabel(kind), format(kind));
    layout->addWidget(legend);

    m_text = new QPlainTextEdit(pane);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setPlainText(m_display.text());
    m_text->setAccessibleName(tr("Article text with the disagreements marked"));
    layout->addWidget(m_text, 1);
    return pane;
}

QWidget *FeedbackView::buildListPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);

    m_list = new QTreeView(pane);
    m_list->setModel(m_disagreements);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->header()->setSectionResizeMode(DisagreementModel::KindColumn,
                                           QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DisagreementModel::AnnotationColumn,
                                           QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Disagreements with gold"));
    layout->addWidget(m_list, 1);

    m_explanation = new QLabel(pane);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 2);
    layout->addWidget(m_explanation);

    m_guideline = new QPushButton(pane);
    m_guideline->setFlat(true);
    m_guideline->setCursor(Qt::PointingHandCursor);
    m_guideline->setStyleSheet(QStringLiteral("text-align: left; text-decoration: underline;"));
    layout->addWidget(m_guideline);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDisagreement(current.isValid() ? current.row() : -1); });
    connect(m_list, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { showDisagreement(index.row()); });
    connect(m_guideline, &QPushButton::clicked, this, [this] {
        if (!m_currentRule.isEmpty())
            emit guidelineRequested(m_currentRule);
    });
    return pane;
}

QWidget *FeedbackView::buildDetailTabs()
{
    auto *tabs = new QTabWidget(this);

    auto *confusionPane = new QWidget(tabs);
    auto *layout = new QVBoxLayout(confusionPane);
    layout->addWidget(new QLabel(tr("Rows: the type gold gives; columns: the type the trainee "
                                    "gave. (none): not marked."),
                                 confusionPane));
    m_confusionTable = readOnlyTable(m_confusion, confusionPane);
    m_confusionTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Room for the seven types and "(none)" without scrolling in most articles.
    m_confusionTable->setMinimumHeight(m_confusionTable->fontMetrics().lineSpacing() * 10);
    layout->addWidget(m_confusionTable, 1);
    tabs->addTab(confusionPane, tr("Confusion matrix"));

    // Field accuracy of the annotations scored by their values (codebook section 7).
    struct Group
    {
        QString name;
        const QMap<QString, TraineeScore::FieldAccuracy> *fields;
    };
    const Group groups[] = {{tr("Affiliation"), &m_score.affiliationFields()},
                            {tr("Casualty figure"), &m_score.casualtyFields()},
                            {tr("Event"), &m_score.eventFields()}};
    auto *fields = new QTableWidget(0, 4, tabs);
    fields->setHorizontalHeaderLabels({tr("Annotation"), tr("Field"), tr("Right"), tr("Accuracy")});
    fields->verticalHeader()->hide();
    fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const Group &group : groups) {
        for (auto it = group.fields->cbegin(); it != group.fields->cend(); ++it) {
            const int row = fields->rowCount();
            fields->insertRow(row);
            fields->setItem(row, 0, new QTableWidgetItem(group.name));
            fields->setItem(row, 1, new QTableWidgetItem(it.key()));
            fields->setItem(row, 2, new QTableWidgetItem(
                                        tr("%1 of %2").arg(it->correct).arg(it->total)));
            fields->setItem(row, 3, new QTableWidgetItem(
                                        QLocale().toString(it->accuracy() * 100.0, 'f', 0) + QLatin1Char('%')));
        }
    }
    fields->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tabs->addTab(fields, tr("Field accuracy"));
    return tabs;
}

void FeedbackView::markDisagreements()
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const Disagreement &d : m_score.disagreements()) {
        if (d.start < 0 || d.end <= d.start)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document());
        mark.cursor.setPosition(m_display.toDisplay(d.start));
        mark.cursor.setPosition(m_display.toDisplay(d.end), QTextCursor::KeepAnchor);
        mark.format = format(d.kind);
        mark.format.setToolTip(d.explanation);
        marks.append(mark);
    }
    m_text->setExtraSelections(marks);
}

std::pair<int, int> FeedbackView::selectedSpan() const
{
    const QTextCursor cursor = m_text ? m_text->textCursor() : QTextCursor();
    if (!cursor.hasSelection())
        return {-1, -1};
    return {m_display.toCodePoint(cursor.selectionStart()),
            m_display.toCodePoint(cursor.selectionEnd())};
}

void FeedbackView::showDisagreement(int row)
{
    if (!m_valid)
        return;
    if (row < 0 || row >= m_disagreements->rowCount()) {
        m_currentRule.clear();
        m_explanation->setText(m_disagreements->rowCount() == 0
                                   ? tr("No disagreement with gold.")
                                   : tr("Select a disagreement to see it in the text."));
        m_guideline->hide();
        QTextCursor cursor = m_text->textCursor();
        cursor.clearSelection();
        m_text->setTextCursor(cursor);
        return;
    }
    const QModelIndex index = m_disagreements->index(row, 0);
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(index);
    const Disagreement &d = m_disagreements->disagreement(row);
    m_explanation->setText(d.explanation);
    m_currentRule = d.ruleId;
    if (d.ruleId.isEmpty()) {
        m_guideline->hide();
    } else {
        const QString section = GuidelineAnchors::section(d.ruleId);
        const QString title = GuidelineAnchors::title(d.ruleId);
        m_guideline->setText(title.isEmpty() ? tr("Guideline: %1").arg(d.ruleId)
                                             : tr("Guideline: section %1, %2").arg(section, title));
        m_guideline->setToolTip(d.ruleId);
        m_guideline->show();
    }
    QTextCursor cursor(m_text->document());
    if (d.start >= 0 && d.end > d.start) {
        cursor.setPosition(m_display.toDisplay(d.start));
        cursor.setPosition(m_display.toDisplay(d.end), QTextCursor::KeepAnchor);
    }
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}
