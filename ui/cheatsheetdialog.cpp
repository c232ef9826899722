#include "ui/cheatsheetdialog.h"

#include "ui/annotationstyle.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

CheatSheetDialog::CheatSheetDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cheatSheet"));
    setWindowTitle(tr("Keyboard Cheat Sheet"));
    auto *keys = new QTreeWidget(this);
    keys->setHeaderLabels({tr("Action"), tr("Keys")});
    keys->setRootIsDecorated(false);
    for (const QAction *action : actions) {
        QStringList shortcuts;
        for (const QKeySequence &key : action->shortcuts())
            shortcuts << key.toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(keys);
        item->setText(0, action->text().remove(QLatin1Char('&')));
        item->setText(1, shortcuts.join(tr(" or ")));
    }
    keys->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *notes = new QLabel(
        tr("<p>Accept and reject move on to the next proposal. Reject also takes "
           "<b>Delete</b>: a rejected annotation stays in the project, struck out, so the "
           "detectors can learn from it; undo brings it back.</p>"
           "<p>To add an entity, select its words with Shift+arrows (or the mouse) and press "
           "its type's number.</p>")
            + AnnotationStyle::legendHtml(),
        this);
    notes->setWordWrap(true);
    notes->setTextFormat(Qt::RichText);

    auto *columns = new QHBoxLayout;
    columns->addWidget(keys, 3);
    columns->addWidget(notes, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(820, 520);
}
