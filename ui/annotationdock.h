#pragma once

#include "core/review/annotationkind.h"

#include <QDockWidget>

class AnnotationTableModel;
class QTableView;

// One review panel beside the article: a dock with a table over one of the core's annotation
// models (entities, affiliations, casualty figures or events). The model is owned by the
// caller and replaced when another article opens. Moving the current row (keyboard or mouse)
// reports the row; selecting a row from outside (the text, the walk) does not report back,
// so the view and the panel cannot ping-pong.
class AnnotationDock : public QDockWidget
{
    Q_OBJECT

public:
    AnnotationDock(AnnotationKind kind, const QString &title, QWidget *parent = nullptr);

    AnnotationKind kind() const { return m_kind; }
    QTableView *table() const { return m_table; }
    void setModel(AnnotationTableModel *model);
    // Makes `row` current and visible without emitting rowSelected; -1 clears.
    void selectRow(int row);

signals:
    void rowSelected(AnnotationKind kind, int row);

private:
    AnnotationKind m_kind;
    QTableView *m_table = nullptr;
    bool m_selectingFromOutside = false;
};
