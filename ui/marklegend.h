#pragma once

#include <QPlainTextEdit>
#include <QTextCharFormat>

// One line of legend above a text whose spans are marked: each entry's name is drawn in the
// very format the text uses for it, so the legend shows the mark rather than describing it.
// Read-only, without focus or scroll bars, one line high. Used by the feedback and curation
// views.
class MarkLegend : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkLegend(QWidget *parent = nullptr);

    void addEntry(const QString &name, const QTextCharFormat &format);
};
