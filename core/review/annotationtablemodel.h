#pragma once

#include "core/review/annotationkind.h"

#include <QAbstractTableModel>
#include <QPointer>

class ReviewSession;

// The common part of the four review panels' models: one row per annotation of one kind of a
// ReviewSession, in the session's row order (id order), read-only (changes go through the
// Review facade). The subclasses give the columns.
//
// The model never changes anything itself; it follows the session's change signals: a changed
// annotation is dataChanged over its row, insertions and removals are begin/endInsertRows and
// begin/endRemoveRows (the session signals "about to" before it changes its lists), and a
// reload is a reset. The session is not owned; when it is destroyed the model becomes empty.
class AnnotationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 database id
        SpanRole,                  // TextSpan (code points), null for an event with no figure
        SpanStartRole,             // int, code points
        SpanEndRole,               // int, code points, exclusive
        StatusRole,                // the status spelling ("proposed", "confirmed", ...)
    };

    ReviewSession *session() const { return m_session; }
    AnnotationKind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    AnnotationTableModel(ReviewSession *session, AnnotationKind kind, QObject *parent);

    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    // Qt::DisplayRole of a cell of a valid row: text, or a number for numeric columns.
    virtual QVariant cell(int row, int column) const = 0;
    // True for columns that hold numbers (aligned right).
    virtual bool isNumeric(int column) const;

private:
    QPointer<ReviewSession> m_session;
    AnnotationKind m_kind;
};
