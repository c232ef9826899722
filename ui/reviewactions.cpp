#include "ui/reviewactions.h"

#include "core/review/vocabularylabels.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QUndoGroup>
#include <QWidget>

ReviewActions::ReviewActions(QWidget *window, QUndoGroup *undoGroup)
    : QObject(window)
    , m_window(window)
{
    nextProposal = make(tr("&Next Proposal"), {Qt::Key_J, Qt::Key_N}, QStringLiteral("nextProposal"));
    previousProposal = make(tr("&Previous Proposal"), {Qt::Key_K, Qt::Key_P},
                            QStringLiteral("previousProposal"));
    accept = make(tr("&Accept"), {Qt::Key_A, Qt::Key_Return, Qt::Key_Enter},
                  QStringLiteral("accept"));
    reject = make(tr("Re&ject"), {Qt::Key_X, Qt::Key_Delete}, QStringLiteral("reject"));
    edit = make(tr("&Edit..."), {Qt::Key_E}, QStringLiteral("edit"));
    remove = make(tr("&Delete Annotation"), {QKeySequence(Qt::SHIFT | Qt::Key_Delete)},
                  QStringLiteral("remove"));
    extendEnd = make(tr("Extend the Span's End by a Word"),
                     {QKeySequence(Qt::ALT | Qt::Key_Right)}, QStringLiteral("extendEnd"));
    shrinkEnd = make(tr("Shrink the Span's End by a Word"),
                     {QKeySequence(Qt::ALT | Qt::Key_Left)}, QStringLiteral("shrinkEnd"));
    extendStart = make(tr("Extend the Span's Start by a Word"),
                       {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left)},
                       QStringLiteral("extendStart"));
    shrinkStart = make(tr("Shrink the Span's Start by a Word"),
                       {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right)},
                       QStringLiteral("shrinkStart"));
    const EntityType types[] = {EntityType::ArmedGroup, EntityType::StateForce, EntityType::State,
                                EntityType::Person,     EntityType::Location,   EntityType::Date,
                                EntityType::Source};
    int key = Qt::Key_1;
    for (EntityType type : types) {
        markAs << make(tr("Mark Selection as %1").arg(VocabularyLabels::label(type)),
                       {QKeySequence(key)}, QStringLiteral("markAs") + toString(type));
        markAs.last()->setData(int(type));
        ++key;
    }
    nextArticle = make(tr("Next &Article"), {QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
                       QStringLiteral("nextArticle"));
    previousArticle = make(tr("Pre&vious Article"), {QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
                           QStringLiteral("previousArticle"));
    undo = undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    undo->setObjectName(QStringLiteral("undo"));
    window->addAction(undo);
    redo = undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                        QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(QStringLiteral("redo"));
    window->addAction(redo);
    find = make(tr("&Find in Article..."), {QKeySequence(Qt::CTRL | Qt::Key_F)},
                QStringLiteral("find"));
    switchFocus = make(tr("Switch Between Text and &Panel"), {Qt::Key_F6},
                       QStringLiteral("switchFocus"));
    reload = make(tr("&Reload from the Project"), {Qt::Key_F5},
                  QStringLiteral("reload"));
    cheatSheet = make(tr("&Keyboard Cheat Sheet"), {Qt::Key_F1, Qt::Key_Question},
                      QStringLiteral("cheatSheet"));
}

QAction *ReviewActions::make(const QString &text, const QList<QKeySequence> &keys,
                             const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutVisibleInContextMenu(true);
    m_window->addAction(action);
    return action;
}

void ReviewActions::populate(QMenuBar *menuBar) const
{
    QMenu *editMenu = menuBar->addMenu(tr("&Edit"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(find);

    QMenu *review = menuBar->addMenu(tr("&Review"));
    review->addAction(nextProposal);
    review->addAction(previousProposal);
    review->addSeparator();
    review->addAction(accept);
    review->addAction(reject);
    review->addAction(edit);
    review->addAction(remove);
    review->addSeparator();
    QMenu *mark = review->addMenu(tr("&Mark Selection As"));
    for (QAction *action : markAs)
        mark->addAction(action);
    QMenu *adjust = review->addMenu(tr("Ad&just Span"));
    adjust->addAction(extendEnd);
    adjust->addAction(shrinkEnd);
    adjust->addAction(extendStart);
    adjust->addAction(shrinkStart);

    QMenu *go = menuBar->addMenu(tr("&Go"));
    go->addAction(nextArticle);
    go->addAction(previousArticle);
    go->addAction(switchFocus);
    go->addAction(reload);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->addAction(cheatSheet);
}

QList<QAction *> ReviewActions::all() const
{
    QList<QAction *> actions{nextProposal, previousProposal, accept, reject, edit, remove};
    actions += markAs;
    actions += {extendEnd,   shrinkEnd, extendStart, shrinkStart, nextArticle, previousArticle,
                undo,        redo,      find,        switchFocus, reload,      cheatSheet};
    return actions;
}
