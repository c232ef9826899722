#pragma once

#include "core/model/vocabulary.h"

#include <QList>
#include <QObject>

class QAction;
class QMenuBar;
class QUndoGroup;
class QWidget;

// The review workbench's keyboard: every analyst action as a QAction with its shortcuts,
// added to the window (so the shortcuts work wherever the focus is in it) and to the menus
// (so each is discoverable with its key shown). It only creates and lays out actions; the
// main window connects them. Undo and redo come from the QUndoGroup that holds the open
// article's undo stack, so their text names the step ("Undo Accept Hurras al-Din").
//
// Keys (also in the cheat sheet): J/N next proposal, K/P previous, A/Return accept,
// X/Delete reject, E edit, Shift+Delete delete, 1-7 mark the selected text as a type,
// Alt+Right/Left move the selected span's end a word on or back, Alt+Shift+Left/Right its
// start, Ctrl+PgDown/PgUp next or previous article, Ctrl+Z/Ctrl+Shift+Z undo/redo, Ctrl+F
// find, F6 text <-> panel, F5 reload, F1/? help.
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    ReviewActions(QWidget *window, QUndoGroup *undoGroup);

    // Adds the Review, Edit, Go and Help menus (File stays the window's).
    void populate(QMenuBar *menuBar) const;
    // Every review action, in menu order, for the cheat sheet.
    QList<QAction *> all() const;

    QAction *nextProposal = nullptr;
    QAction *previousProposal = nullptr;
    QAction *accept = nullptr;
    QAction *reject = nullptr;
    QAction *edit = nullptr;
    QAction *remove = nullptr;
    QList<QAction *> markAs; // index = EntityType, keys 1..7
    QAction *extendEnd = nullptr;
    QAction *shrinkEnd = nullptr;
    QAction *extendStart = nullptr;
    QAction *shrinkStart = nullptr;
    QAction *nextArticle = nullptr;
    QAction *previousArticle = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *find = nullptr;
    QAction *switchFocus = nullptr;
    QAction *reload = nullptr;
    QAction *cheatSheet = nullptr;

private:
    QAction *make(const QString &text, const QList<QKeySequence> &keys, const QString &name);

    QWidget *m_window;
};
