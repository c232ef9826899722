#pragma once

#include "core/quality/curationmerge.h"
#include "core/text/displaymap.h"

#include <QTextCharFormat>
#include <QWidget>

class ProjectStore;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

// Where an adjudicator merges several annotators' sets of one article into its gold (codebook
// section 7), shown in a window of its own. On the left the article with every unit marked:
// agreed ones with a solid underline, differing ones with a dashed underline and an
// overline until decided and a dotted underline after (fill colours differ too, but never alone). On the right the
// differing units, and for the selected one each annotator's version side by side, one column
// per annotator in the order of their numbers, the values that differ in bold.
//
// Keys, with the list or the text focused: 1..9 take annotator N's version (one who did not
// mark the unit drops it), 0 or Delete drops the unit, Up/Down move between units; a choice
// moves on to the next unit. "n of m decided" counts the choices; "Save as gold" is enabled
// once every differing unit is decided and stores the merge through
// ProjectStore::markCuratedGold(), saying whether it worked. The view reads the sets once, when
// it is made: it is a snapshot, and saving again replaces the curated set.
class CurationView : public QWidget
{
    Q_OBJECT

public:
    CurationView(ProjectStore *store, qint64 articleId, const QString &adjudicator,
                 QWidget *parent = nullptr);

    // False when the article has no annotator's set or they cannot be read; the view then
    // says so and shows nothing else.
    bool isValid() const { return m_merge.isValid(); }
    const CurationMerge &merge() const { return m_merge; }

    static QTextCharFormat agreedFormat();
    static QTextCharFormat differingFormat(bool decided);

    // The row of the differing list that is selected, -1 for none; selecting one shows it.
    int currentRow() const;
    void showRow(int row);
    // Takes annotator `number`'s version (1-based) of the selected unit, or drops it with 0.
    void choose(int number);
    // Stores the merge as the article's gold; false (and the store's error shown) on failure.
    bool save();

    // The parts, for the window that holds the view and for tests.
    QPlainTextEdit *textView() const { return m_text; }
    QTreeWidget *differenceList() const { return m_list; }
    QTableWidget *versionTable() const { return m_versions; }
    QLabel *counterLabel() const { return m_counter; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void saved(qint64 articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static CurationMerge load(ProjectStore *store, qint64 articleId, QString *title);
    QWidget *buildTextPane();
    QWidget *buildChoicePane();
    void fillList();
    void markUnits();
    void showVersions(int unit);
    void updateRow(int row);
    void updateCounter();
    QString unitText(const CurationMerge::Unit &unit) const;
    QString kindLabel(CurationMerge::Kind kind) const;
    QStringList fieldNames(CurationMerge::Kind kind) const;
    QStringList fieldValues(const CurationMerge::Unit &unit, const QString &owner) const;
    QString decisionText(int unit) const;

    ProjectStore *m_store;
    qint64 m_articleId;
    QString m_adjudicator;
    QString m_title;
    CurationMerge m_merge;
    DisplayMap m_display;

    QLabel *m_heading = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTreeWidget *m_list = nullptr;
    QTableWidget *m_versions = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};
