#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Search in the article (Ctrl+F): a line under the text. Return finds the next match and
// selects it in the view (wrapping at the end), Shift+Return the previous one, Escape closes
// the bar and gives the focus back to the text with the match still selected.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QPlainTextEdit *view, QWidget *parent = nullptr);

    // Shows the bar and focuses the search line, its text selected.
    void activate();
    bool findNext(bool backward = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_view;
    QLineEdit *m_line = nullptr;
    QLabel *m_status = nullptr;
};
