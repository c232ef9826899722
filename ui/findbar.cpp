#include "ui/findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>

FindBar::FindBar(QPlainTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("findBar"));
    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("findLine"));
    m_line->setPlaceholderText(tr("Find in article"));
    m_line->setClearButtonEnabled(true);
    m_line->installEventFilter(this);
    m_status = new QLabel(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_line, 1);
    layout->addWidget(m_status);
    hide();
}

void FindBar::activate()
{
    show();
    m_line->setFocus(Qt::ShortcutFocusReason);
    m_line->selectAll();
}

bool FindBar::findNext(bool backward)
{
    const QString needle = m_line->text();
    if (needle.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward
                                                    : QTextDocument::FindFlags();
    bool found = m_view->find(needle, flags);
    if (!found) {
        QTextCursor wrap(m_view->document());
        if (backward)
            wrap.movePosition(QTextCursor::End);
        m_view->setTextCursor(wrap);
        found = m_view->find(needle, flags);
    }
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_line)
        return QWidget::eventFilter(watched, event);
    // Return, Enter and Escape belong to the search line while it has the focus, not to the
    // window's shortcuts (Return is also "accept").
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        if (keyEvent->key() == Qt::Key_Return || keyEvent->key() == Qt::Key_Enter) {
            findNext(keyEvent->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (keyEvent->key() == Qt::Key_Escape) {
            hide();
            m_view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
