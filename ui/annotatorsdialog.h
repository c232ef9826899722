#pragma once

#include <QDialog>

class ProjectStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

// The project's annotators and their roles (trainee, analyst, adjudicator), and a row to add
// one. Each addition is stored at once in its own transaction; a refused one (an empty name,
// a name in use) keeps the dialog open with the store's reason.
class AnnotatorsDialog : public QDialog
{
    Q_OBJECT

public:
    AnnotatorsDialog(ProjectStore &store, const QString &user, QWidget *parent = nullptr);

private:
    void reload();
    void add();

    ProjectStore &m_store;
    QString m_user;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_message = nullptr;
};
