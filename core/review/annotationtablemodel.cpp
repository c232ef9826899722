#include "core/review/annotationtablemodel.h"

#include <QGuiApplication>

#include "core/review/reviewsession.h"

AnnotationTableModel::AnnotationTableModel(ReviewSession *session, AnnotationKind kind,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_kind(kind)
{
    if (!session)
        return;
    // Each handler checks the kind: the session reports all four kinds through one set of
    // signals, and each model follows only its own.
    connect(session, &ReviewSession::annotationChanged, this,
            [this](AnnotationKind kind, int row) {
                if (kind == m_kind)
                    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            });
    connect(session, &ReviewSession::annotationAboutToBeInserted, this,
            [this](AnnotationKind kind, int row) {
                if (kind == m_kind)
                    beginInsertRows(QModelIndex(), row, row);
            });
    connect(session, &ReviewSession::annotationInserted, this, [this](AnnotationKind kind) {
        if (kind == m_kind)
            endInsertRows();
    });
    connect(session, &ReviewSession::annotationAboutToBeRemoved, this,
            [this](AnnotationKind kind, int row) {
                if (kind == m_kind)
                    beginRemoveRows(QModelIndex(), row, row);
            });
    connect(session, &ReviewSession::annotationRemoved, this, [this](AnnotationKind kind) {
        if (kind == m_kind)
            endRemoveRows();
    });
    connect(session, &ReviewSession::annotationsAboutToBeReset, this,
            [this](AnnotationKind kind) {
                if (kind == m_kind)
                    beginResetModel();
            });
    connect(session, &ReviewSession::annotationsReset, this, [this](AnnotationKind kind) {
        if (kind == m_kind)
            endResetModel();
    });
    // By the time destroyed() is emitted m_session is already null, so rowCount() is 0.
    connect(session, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int AnnotationTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_session)
        return 0;
    return m_session->count(m_kind);
}

int AnnotationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant AnnotationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_session)
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QVariant value = cell(row, index.column());
        // In a right-to-left window a value with no letter of its own ("--06-04", "3-5") would
        // be laid out right to left and read backwards; a first-strong isolate gives each cell
        // the direction of its own first letter (left to right when it has none).
        if (role == Qt::DisplayRole && value.typeId() == QMetaType::QString
            && QGuiApplication::layoutDirection() == Qt::RightToLeft)
            return QString(QChar(0x2068) + value.toString() + QChar(0x2069));
        return value;
    }
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return m_session->idAt(m_kind, row);
    case SpanRole:
    case SpanStartRole:
    case SpanEndRole: {
        const std::optional<TextSpan> span = m_session->span(m_kind, row);
        if (!span)
            return {};
        if (role == SpanStartRole)
            return span->start;
        if (role == SpanEndRole)
            return span->end;
        return QVariant::fromValue(*span);
    }
    case StatusRole: {
        const std::optional<Status> status = m_session->status(m_kind, row);
        return status ? QVariant(toString(*status)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant AnnotationTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columns())
        return {};
    return columnTitle(section);
}

QHash<int, QByteArray> AnnotationTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "annotationId");
    names.insert(SpanRole, "span");
    names.insert(SpanStartRole, "spanStart");
    names.insert(SpanEndRole, "spanEnd");
    names.insert(StatusRole, "status");
    return names;
}

bool AnnotationTableModel::isNumeric(int) const
{
    return false;
}
