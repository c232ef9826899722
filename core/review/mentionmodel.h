#pragma once

#include "core/review/annotationtablemodel.h"

// The entities panel: one row per mention of the article under review. Columns are
// listed in Column; DisplayRole gives translated labels for vocabulary values and numbers for
// numeric columns. See AnnotationTableModel for the roles and how it follows the session.
class MentionModel : public AnnotationTableModel
{
    Q_OBJECT

public:
    enum Column {
        TextColumn = 0,
        TypeColumn,
        CanonicalColumn,
        StatusColumn,
        OriginColumn,
        ConfidenceColumn,
        ColumnCount
    };

    explicit MentionModel(ReviewSession *session, QObject *parent = nullptr);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column) const override;
    bool isNumeric(int column) const override;
};
