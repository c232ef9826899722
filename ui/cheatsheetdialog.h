#pragma once

#include <QDialog>

class QAction;

// The keyboard cheat sheet (F1 or ?): every review action with its keys, read from the
// actions themselves so it cannot drift from what the keys do, and the colour legend.
class CheatSheetDialog : public QDialog
{
    Q_OBJECT

public:
    CheatSheetDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};
