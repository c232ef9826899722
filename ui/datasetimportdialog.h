#pragma once

#include "core/exchange/datasetimporter.h"

#include <QDialog>

class ProjectStore;
class QComboBox;
class QLabel;
class QLineEdit;

// File > Import Dataset: a format (jsonl, brat, conll, doccano, spacy), a file (a folder for
// brat) and, for CoNLL, the tag scheme; OK imports through DatasetImporter, all or nothing.
// A malformed file keeps the dialog open with its file, line and reason, and the project is
// unchanged; run() shows the summary of what was imported and what could not be held.
class DatasetImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatasetImportDialog(ProjectStore &store, QWidget *parent = nullptr);

    // The whole interaction; true when articles were imported (the caller then refreshes).
    static bool run(ProjectStore &store, QWidget *parent);

    const DatasetImporter::Outcome &outcome() const { return m_outcome; }

public slots:
    void accept() override;

private:
    void browse();

    ProjectStore &m_store;
    DatasetImporter::Outcome m_outcome;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_scheme = nullptr;
    QLabel *m_message = nullptr;
};
