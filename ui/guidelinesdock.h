#pragma once

#include <QDockWidget>
#include <QUrl>

class QLabel;
class QTextBrowser;
class QToolButton;

// The labelling guidelines beside the article: the shipped pages (GuidelineBook) in a text
// browser with Back, Forward and Home, opened at the rule that decides an annotation by
// showAnchor(). The browser reads qrc: pages only: a link to anything else (the web, a local
// file) is not followed and the status line says so, so the viewer never touches the network.
class GuidelinesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit GuidelinesDock(QWidget *parent = nullptr);

    // The page set shown: "en", "fr" or "ar" (anything else reads English). Starts as
    // GuidelineBook::programLanguage(); changing it shows the index in the new language.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // Shows and raises the dock scrolled to the rule `anchorId` (a GuidelineAnchors id, such as
    // "affiliations.backed-by"); an unknown id shows the index and says so.
    void showAnchor(const QString &anchorId);
    void showIndex();

    QUrl currentUrl() const;
    QString statusText() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    void sourceShown(const QUrl &url);
    void linkRefused(const QUrl &url);

    QString m_language;
    QTextBrowser *m_browser = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_home = nullptr;
    QLabel *m_status = nullptr;
};
