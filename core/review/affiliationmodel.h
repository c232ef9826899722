#pragma once

#include "core/review/annotationtablemodel.h"

// The affiliations panel: one row per affiliation the article claims. Columns are
// listed in Column; DisplayRole gives translated labels for vocabulary values and numbers for
// numeric columns. See AnnotationTableModel for the roles and how it follows the session.
class AffiliationModel : public AnnotationTableModel
{
    Q_OBJECT

public:
    enum Column {
        ActorColumn = 0,
        RelationColumn,
        TargetColumn,
        FormerColumn,
        StanceColumn,
        StatusColumn,
        ColumnCount
    };

    explicit AffiliationModel(ReviewSession *session, QObject *parent = nullptr);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column) const override;
};
