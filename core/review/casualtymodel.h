#pragma once

#include "core/review/annotationtablemodel.h"

// The casualty figures panel: one row per figure, with its structured values. Columns are
// listed in Column; DisplayRole gives translated labels for vocabulary values and numbers for
// numeric columns. See AnnotationTableModel for the roles and how it follows the session.
class CasualtyModel : public AnnotationTableModel
{
    Q_OBJECT

public:
    enum Column {
        TextColumn = 0,
        VictimColumn,
        KindColumn,
        LowColumn,
        BestColumn,
        HighColumn,
        PrecisionColumn,
        HedgedColumn,
        ScopeColumn,
        PerpetratorColumn,
        StatusColumn,
        ColumnCount
    };

    explicit CasualtyModel(ReviewSession *session, QObject *parent = nullptr);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column) const override;
    bool isNumeric(int column) const override;
};
