#pragma once

#include "core/review/annotationtablemodel.h"

// The events panel: one row per ACLED-style event of the article. Columns are
// listed in Column; DisplayRole gives translated labels for vocabulary values and numbers for
// numeric columns. See AnnotationTableModel for the roles and how it follows the session.
class EventModel : public AnnotationTableModel
{
    Q_OBJECT

public:
    enum Column {
        TypeColumn = 0,
        ActorsColumn,
        LocationColumn,
        AdminOneColumn,
        DateColumn,
        FatalitiesColumn,
        StatusColumn,
        ColumnCount
    };

    explicit EventModel(ReviewSession *session, QObject *parent = nullptr);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column) const override;
    bool isNumeric(int column) const override;
};
