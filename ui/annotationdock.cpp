#include "ui/annotationdock.h"

#include "core/review/annotationtablemodel.h"
#include "core/review/reviewsession.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

AnnotationDock::AnnotationDock(AnnotationKind kind, const QString &title, QWidget *parent)
    : QDockWidget(title, parent)
    , m_kind(kind)
{
    setObjectName(toString(kind) + QStringLiteral("Dock"));
    m_table = new QTableView(this);
    m_table->setObjectName(toString(kind) + QStringLiteral("Table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // Columns are sized from the first hundred rows, not from all 20,000 of a long article.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    setWidget(m_table);
}

void AnnotationDock::setModel(AnnotationTableModel *model)
{
    m_table->setModel(model);
    m_table->resizeColumnsToContents();
    // The selection model is new with every model.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selectingFromOutside && current.isValid())
                    emit rowSelected(m_kind, current.row());
            });
}

void AnnotationDock::selectRow(int row)
{
    if (!m_table->model())
        return;
    m_selectingFromOutside = true;
    if (row < 0) {
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index = m_table->model()->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_selectingFromOutside = false;
}
