#include "ui/marklegend.h"

#include <QTextCursor>

MarkLegend::MarkLegend(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);
    viewport()->setAutoFillBackground(false);
    setAccessibleName(tr("Legend of the marks"));
    document()->setDocumentMargin(2);
    setFixedHeight(fontMetrics().lineSpacing() + 10);
}

void MarkLegend::addEntry(const QString &name, const QTextCharFormat &format)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertText(QStringLiteral("    "), QTextCharFormat());
    cursor.insertText(name, format);
}
