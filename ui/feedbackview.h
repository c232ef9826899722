#pragma once

#include "core/model/document.h"
#include "core/quality/traineescore.h"
#include "core/text/displaymap.h"

#include <QTextCharFormat>
#include <QWidget>
#include <utility>

class ConfusionMatrixModel;
class DisagreementModel;
class QChart;
class QChartView;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeView;
class TraineeScoreModel;

// What a trainee sees after annotating a gold article blind (codebook section 7): at the top
// the score per type (table) and the strict F1 per type (bar chart); in the middle the article
// with every disagreement marked in the text and the list of disagreements beside it; below,
// the confusion matrix of entity types and the accuracy of the other annotations' fields.
//
// Selecting a disagreement in the list (with the arrow keys, Return or the mouse) selects its
// span in the text, shows its explanation and offers the guideline rule that decides it; the
// rule's button emits guidelineRequested() for whoever shows the guidelines.
//
// Each kind of disagreement is drawn in its own way in the text (wavy underline, strike-out,
// overline, dotted or solid underline with bold), not by colour alone; the legend above the
// text shows the five. The view is a snapshot of the two documents it was given.
class FeedbackView : public QWidget
{
    Q_OBJECT

public:
    FeedbackView(const Document &gold, const Document &trainee, const QString &traineeName,
                 QWidget *parent = nullptr);

    // False when the two documents are not the same text; the view then says so and shows
    // nothing else.
    bool isValid() const { return m_valid; }
    const TraineeScore &score() const { return m_score; }

    // How a kind of disagreement is drawn in the text.
    static QTextCharFormat format(Disagreement::Kind kind);

    // The selected text as a code point span of the article, {-1, -1} with no selection.
    std::pair<int, int> selectedSpan() const;
    // Selects a disagreement of the list (as the keyboard does); -1 clears.
    void showDisagreement(int row);

    // The parts, for the dock or dialog that holds the view and for tests.
    QTableView *scoreTable() const { return m_scoreTable; }
    QChartView *chartView() const { return m_chartView; }
    QPlainTextEdit *textView() const { return m_text; }
    QTreeView *disagreementList() const { return m_list; }
    QLabel *explanationLabel() const { return m_explanation; }
    QPushButton *guidelineButton() const { return m_guideline; }
    QTableView *confusionTable() const { return m_confusionTable; }
    TraineeScoreModel *scoreModel() const { return m_scoreModel; }
    DisagreementModel *disagreementModel() const { return m_disagreements; }
    ConfusionMatrixModel *confusionModel() const { return m_confusion; }

signals:
    // The trainee asked for the rule deciding the selected disagreement (a GuidelineAnchors id).
    void guidelineRequested(const QString &anchorId);

private:
    QWidget *buildScorePane();
    QChart *buildF1Chart() const;
    QWidget *buildTextPane();
    QWidget *buildListPane();
    QWidget *buildDetailTabs();
    void markDisagreements();

    bool m_valid = false;
    TraineeScore m_score;
    DisplayMap m_display;
    QString m_currentRule;

    TraineeScoreModel *m_scoreModel = nullptr;
    DisagreementModel *m_disagreements = nullptr;
    ConfusionMatrixModel *m_confusion = nullptr;
    QTableView *m_scoreTable = nullptr;
    QChartView *m_chartView = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_guideline = nullptr;
    QTableView *m_confusionTable = nullptr;
};
