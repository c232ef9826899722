#pragma once

#include <QDialog>

class QComboBox;

// The program's settings: for now the language of the window. A change is stored at once
// and takes effect when the program next starts (the dialog says so).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language = nullptr;
};
