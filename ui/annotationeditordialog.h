#pragma once

#include "core/model/annotation.h"
#include "core/review/annotationkind.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class ReviewSession;

// Edits one mention, affiliation, casualty figure or event of the session: a form with the
// fields of its kind (codebook sections 2-5), names completed from the project's knowledge
// base. OK checks the values with the core's Review::check* and keeps the dialog open with
// the reason when they are refused; the caller then hands value() to the Review facade. The
// dialog changes nothing itself.
class AnnotationEditorDialog : public QDialog
{
    Q_OBJECT

public:
    AnnotationEditorDialog(const ReviewSession &session, AnnotationKind kind, int row,
                           QWidget *parent = nullptr);

    AnnotationKind kind() const { return m_kind; }
    int row() const { return m_row; }
    Mention mention() const;
    Affiliation affiliation() const;
    CasualtyFigure casualty() const;
    Event event() const;

    void accept() override;

private:
    void buildMention(QFormLayout *form);
    void buildAffiliation(QFormLayout *form);
    void buildCasualty(QFormLayout *form);
    void buildEvent(QFormLayout *form);
    QComboBox *precisionBox(const QString &objectName, const QStringList &labels, int current);
    QLineEdit *nameEdit(const QString &objectName, const QString &text);
    QSpinBox *countBox(const QString &objectName, const std::optional<qint64> &value);
    template<typename Enum>
    QComboBox *enumBox(const QString &objectName, const QList<Enum> &values, Enum current);
    QString validate() const;

    const ReviewSession &m_session;
    AnnotationKind m_kind;
    int m_row;
    QStringList m_names; // knowledge-base names for the completers

    QComboBox *m_type = nullptr;
    QLineEdit *m_canonical = nullptr;
    QLineEdit *m_actor = nullptr;
    QComboBox *m_relation = nullptr;
    QLineEdit *m_target = nullptr;
    QCheckBox *m_former = nullptr;
    QComboBox *m_stance = nullptr;
    QComboBox *m_casualtyKind = nullptr;
    QLineEdit *m_victim = nullptr;
    QLineEdit *m_perpetrator = nullptr;
    QSpinBox *m_low = nullptr;
    QSpinBox *m_best = nullptr;
    QSpinBox *m_high = nullptr;
    QComboBox *m_precision = nullptr;
    QCheckBox *m_hedged = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_eventType = nullptr;
    QLineEdit *m_subEventType = nullptr;
    QLineEdit *m_actor1 = nullptr;
    QLineEdit *m_actor2 = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_admin1 = nullptr;
    QComboBox *m_geoPrecision = nullptr;
    QLineEdit *m_date = nullptr;
    QComboBox *m_timePrecision = nullptr;
    QSpinBox *m_fatalities = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};
