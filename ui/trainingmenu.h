#pragma once

#include <QObject>
#include <QString>

class MainWindow;
class QAction;
class QMenu;

// The Training menu (codebook section 7): the project's annotators and their roles, annotate the shown article blind as a trainee, go
// back to the shared set, mark the shown set as the article's gold or curate the gold from
// several annotators' sets, score the trainee against
// it (the feedback view with the disagreements, each linked to its guideline, and the
// trainee's progress over time), agreement between annotators, and casualty figures by actor.
// It works through the window's project and shown article and opens its views as windows of
// their own; every change goes through ProjectStore in its own transaction.
class TrainingMenu : public QObject
{
    Q_OBJECT

public:
    TrainingMenu(QMenu *menu, MainWindow *window);

    QAction *annotators = nullptr;
    QAction *annotateAsTrainee = nullptr;
    QAction *backToShared = nullptr;
    QAction *markGold = nullptr;
    QAction *curateGold = nullptr;
    QAction *scoreTrainee = nullptr;
    QAction *agreement = nullptr;
    QAction *casualtyChart = nullptr;

private:
    void askTraineeName();
    void startTrainee(const QString &name);
    void markShownSetGold();
    void showScore();
    void showAgreement();
    void showCasualtyChart();
    void updateEnabled();
    // True with a project and an article shown; else says what is missing.
    bool needArticle();
    // True when the user may decide gold: not while annotating as a trainee, and not when the
    // project lists the user with another role than adjudicator (a project without annotators
    // is one analyst's, who decides). Else says why.
    bool mayAdjudicate();

    MainWindow *m_window;
};
