#pragma once

#include "core/exchange/datasetexporter.h"

#include <QDialog>

class ProjectStore;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

// File > Export Dataset: the format, the filters (status, annotator, article ids, date range),
// the output path; OK exports through DatasetExporter and, when it worked, closes; run() then
// shows what was written and the loss report's summary. An export that fails keeps the
// dialog open with the reason, and nothing is left at the path.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const ProjectStore &store, QWidget *parent = nullptr);

    // The whole interaction: the dialog, the export, the summary. For the main window's menu.
    static void run(const ProjectStore &store, QWidget *parent);

    DatasetExporter::Options options() const;
    const DatasetExporter::Outcome &outcome() const { return m_outcome; }

public slots:
    void accept() override;

private:
    void browse();
    void updateEnabled();

    const ProjectStore &m_store;
    DatasetExporter::Outcome m_outcome;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QListWidget *m_statuses = nullptr;
    QLineEdit *m_annotators = nullptr;
    QLineEdit *m_articles = nullptr;
    QGroupBox *m_dates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_history = nullptr;
    QComboBox *m_scheme = nullptr;
    QLabel *m_message = nullptr;
};
