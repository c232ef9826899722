#include "ui/trainingmenu.h"

#include "core/quality/agreementovertime.h"
#include "core/quality/annotatorreading.h"
#include "core/quality/traineeprogresspoint.h"
#include "core/quality/trainingreport.h"
#include "core/review/reviewsession.h"
#include "core/store/projectstore.h"
#include "ui/agreementview.h"
#include "ui/annotatorsdialog.h"
#include "ui/casualtychart.h"
#include "ui/curationview.h"
#include "ui/feedbackview.h"
#include "ui/mainwindow.h"
#include "ui/traineeprogresschart.h"

#include <QAction>
#include <QDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {
// A window of its own for a view, closed with Escape, deleted when closed.
QDialog *viewWindow(QWidget *parent, const QString &objectName, const QString &title,
                    QWidget *content)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    content->setParent(dialog);
    dialog->resize(1200, 820);
    dialog->show();
    return dialog;
}
} // namespace

TrainingMenu::TrainingMenu(QMenu *menu, MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    annotators = menu->addAction(tr("A&nnotators..."), this, [this] {
        if (!m_window->project())
            return;
        auto *dialog = new AnnotatorsDialog(*m_window->project(), m_window->userName(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    annotators->setObjectName(QStringLiteral("annotators"));
    menu->addSeparator();
    annotateAsTrainee = menu->addAction(tr("Annotate as a &Trainee..."), this,
                                        &TrainingMenu::askTraineeName);
    annotateAsTrainee->setObjectName(QStringLiteral("annotateAsTrainee"));
    backToShared = menu->addAction(tr("Back to the &Shared Set"), this,
                                   [this] { m_window->workAs(QString()); });
    backToShared->setObjectName(QStringLiteral("backToShared"));
    menu->addSeparator();
    markGold = menu->addAction(tr("Mark the Shown Set as &Gold"), this,
                               &TrainingMenu::markShownSetGold);
    markGold->setObjectName(QStringLiteral("markGold"));
    curateGold = menu->addAction(tr("C&urate Gold..."), this, [this] {
        if (!needArticle() || !mayAdjudicate())
            return;
        auto *view = new CurationView(m_window->project(), m_window->session()->articleId(),
                                      m_window->userName());
        view->setObjectName(QStringLiteral("curationView"));
        connect(view, &CurationView::saved, m_window, [this] {
            m_window->statusBar()->showMessage(tr("The curated gold is saved."));
        });
        viewWindow(m_window, QStringLiteral("curationWindow"), tr("Curate Gold"), view);
    });
    curateGold->setObjectName(QStringLiteral("curateGold"));
    scoreTrainee = menu->addAction(tr("S&core the Trainee..."), this, &TrainingMenu::showScore);
    scoreTrainee->setObjectName(QStringLiteral("scoreTrainee"));
    menu->addSeparator();
    agreement = menu->addAction(tr("&Agreement Between Annotators..."), this,
                                &TrainingMenu::showAgreement);
    agreement->setObjectName(QStringLiteral("agreement"));
    casualtyChart = menu->addAction(tr("Casualty Figures by &Actor..."), this,
                                    &TrainingMenu::showCasualtyChart);
    casualtyChart->setObjectName(QStringLiteral("casualtyChart"));
    connect(menu, &QMenu::aboutToShow, this, &TrainingMenu::updateEnabled);
}

void TrainingMenu::updateEnabled()
{
    const bool article = m_window->project() && m_window->session();
    const bool trainee = article && !m_window->owner().isEmpty();
    annotators->setEnabled(m_window->project() != nullptr);
    annotateAsTrainee->setEnabled(article);
    backToShared->setEnabled(trainee);
    markGold->setEnabled(article);
    curateGold->setEnabled(article);
    scoreTrainee->setEnabled(trainee);
    agreement->setEnabled(m_window->project() != nullptr);
    casualtyChart->setEnabled(m_window->project() != nullptr);
}

bool TrainingMenu::needArticle()
{
    if (m_window->project() && m_window->session())
        return true;
    m_window->statusBar()->showMessage(tr("Open a project and an article first."));
    return false;
}

bool TrainingMenu::mayAdjudicate()
{
    if (!m_window->owner().isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("%1 is annotating as a trainee: go back to the shared set to decide gold.")
                .arg(m_window->owner()));
        return false;
    }
    const auto user = m_window->project()->annotator(m_window->userName());
    if (user && user->role != ProjectStore::AnnotatorRole::Adjudicator) {
        m_window->statusBar()->showMessage(
            tr("Only an adjudicator decides gold; this project lists %1 as %2.")
                .arg(user->name, ProjectStore::roleName(user->role)));
        return false;
    }
    return true;
}

void TrainingMenu::askTraineeName()
{
    if (!needArticle())
        return;
    // Not exec(): the window (and a test driving it) keeps its event loop.
    auto *ask = new QInputDialog(m_window);
    ask->setObjectName(QStringLiteral("traineeName"));
    ask->setWindowTitle(tr("Annotate as a Trainee"));
    ask->setLabelText(tr("The trainee's name. The article opens blind: only the trainee's own "
                         "annotations are shown, none of the shared set's or anyone else's."));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QInputDialog::textValueSelected, this, &TrainingMenu::startTrainee);
    ask->open();
}

void TrainingMenu::startTrainee(const QString &typed)
{
    const QString name = typed.trimmed();
    ProjectStore *store = m_window->project();
    if (name.isEmpty() || !store || !m_window->session())
        return;
    const qint64 articleId = m_window->session()->articleId();
    bool known = false;
    for (const auto &annotator : store->annotators())
        known = known || annotator.name == name;
    if (!known
        && !store->addAnnotator(name, ProjectStore::AnnotatorRole::Trainee,
                                m_window->userName())) {
        QMessageBox::warning(m_window, tr("Annotate as a Trainee"),
                             tr("%1 cannot be added as a trainee: %2")
                                 .arg(name, store->lastError()));
        return;
    }
    if (!store->hasSet(articleId, name)
        && !store->startSet(articleId, name, m_window->userName())) {
        QMessageBox::warning(m_window, tr("Annotate as a Trainee"),
                             tr("The article could not be started for %1: %2")
                                 .arg(name, store->lastError()));
        return;
    }
    m_window->workAs(name);
}

void TrainingMenu::markShownSetGold()
{
    if (!needArticle() || !mayAdjudicate())
        return;
    ProjectStore *store = m_window->project();
    const qint64 articleId = m_window->session()->articleId();
    const QString owner = m_window->owner();
    if (!store->markGold(articleId, owner, m_window->userName())) {
        m_window->statusBar()->showMessage(tr("Not saved: %1").arg(store->lastError()));
        return;
    }
    m_window->statusBar()->showMessage(
        owner.isEmpty() ? tr("The shared set of this article is now its gold.")
                        : tr("%1's set of this article is now its gold.").arg(owner));
}

void TrainingMenu::showScore()
{
    if (!needArticle() || m_window->owner().isEmpty())
        return;
    ProjectStore *store = m_window->project();
    const qint64 articleId = m_window->session()->articleId();
    const QString trainee = m_window->owner();
    const auto gold = store->goldMark(articleId);
    if (!gold) {
        QMessageBox::information(m_window, tr("Score the Trainee"),
                                 tr("This article has no gold yet: an adjudicator marks a set "
                                    "as gold first (Training > Mark the Shown Set as Gold)."));
        return;
    }
    const auto goldDocument = store->loadDocument(articleId, gold->goldOwner);
    const auto traineeDocument = store->loadDocument(articleId, trainee);
    if (!goldDocument || !traineeDocument) {
        m_window->statusBar()->showMessage(tr("The sets could not be read: %1")
                                               .arg(store->lastError()));
        return;
    }
    // The score over all the trainee's gold articles is recorded for progress over time.
    ProjectStore::ScoreRecord record =
        TrainingReport::scoreRecord(TrainingReport::trainee(*store, trainee));
    store->recordScore(record);
    QList<TraineeProgressPoint> points;
    for (const auto &score : store->scores(trainee)) {
        TraineeProgressPoint point;
        point.when = score.scoredAt.toLocalTime();
        point.overallF1 = score.strictF1;
        points.append(point);
    }

    auto *content = new QSplitter(Qt::Vertical);
    auto *feedback = new FeedbackView(*goldDocument, *traineeDocument, trainee, content);
    feedback->setObjectName(QStringLiteral("feedbackView"));
    connect(feedback, &FeedbackView::guidelineRequested, m_window, &MainWindow::showGuideline);
    auto *progress = new TraineeProgressChart(content);
    progress->setObjectName(QStringLiteral("progressChart"));
    progress->setPoints(trainee, points);
    content->setStretchFactor(0, 4);
    content->setStretchFactor(1, 1);
    viewWindow(m_window, QStringLiteral("feedbackWindow"),
               tr("%1 against the gold of \u201c%2\u201d").arg(trainee,
                                                             goldDocument->article.title),
               content);
}

void TrainingMenu::showAgreement()
{
    ProjectStore *store = m_window->project();
    if (!store)
        return;
    // The readings name articles by their database id, as the article list does.
    QMap<QString, QString> titles;
    for (const auto &article : store->articles())
        titles.insert(QString::number(article.id), article.title);
    auto *content = new QSplitter(Qt::Vertical);
    auto *view = new AgreementView(TrainingReport::readings(*store), titles, content);
    view->setObjectName(QStringLiteral("agreementView"));
    auto *overTime = new TraineeProgressChart(content);
    overTime->setObjectName(QStringLiteral("agreementChart"));
    overTime->setPoints(tr("Agreement between annotators"), AgreementOverTime::points(*store));
    content->setStretchFactor(0, 3);
    content->setStretchFactor(1, 1);
    viewWindow(m_window, QStringLiteral("agreementWindow"), tr("Agreement Between Annotators"),
               content);
}

void TrainingMenu::showCasualtyChart()
{
    ProjectStore *store = m_window->project();
    if (!store)
        return;
    QList<Document> documents;
    for (const auto &article : store->articles()) {
        if (auto document = store->loadDocument(article.id))
            documents.append(std::move(*document));
    }
    auto *chart = new CasualtyChart;
    chart->setObjectName(QStringLiteral("casualtyChart"));
    chart->setDocuments(documents, CasualtyTotals::Side::Victim);
    viewWindow(m_window, QStringLiteral("casualtyWindow"), tr("Casualty Figures by Actor"),
               chart);
}
