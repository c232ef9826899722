#include "ui/guidelinesdock.h"

#include "core/guidelines/guidelinebook.h"
#include "core/quality/guidelineanchors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace {

// A text browser that reads qrc: resources only. Every way to a page (a clicked link, history,
// setSource) ends in doSetSource, and every image or stylesheet a page asks for in
// loadResource, so refusing other schemes in these two places is enough; the default
// openExternalLinks (false) keeps QDesktopServices out of it.
class QrcOnlyBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    std::function<void(const QUrl &)> refused;

    static bool isAllowed(const QUrl &url) { return url.scheme() == QLatin1String("qrc"); }

    QVariant loadResource(int type, const QUrl &name) override
    {
        const QUrl url = source().resolved(name);
        if (!isAllowed(url))
            return {};
        return QTextBrowser::loadResource(type, url);
    }

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override
    {
        const QUrl url = source().resolved(name);
        if (!name.isEmpty() && !isAllowed(url)) {
            if (refused)
                refused(url);
            return;
        }
        QTextBrowser::doSetSource(url, type);
    }
};

} // namespace

GuidelinesDock::GuidelinesDock(QWidget *parent)
    : QDockWidget(tr("Guidelines"), parent)
    , m_language(GuidelineBook::programLanguage())
{
    setObjectName(QStringLiteral("guidelinesDock"));

    auto *browser = new QrcOnlyBrowser;
    browser->setObjectName(QStringLiteral("guidelinesBrowser"));
    browser->refused = [this](const QUrl &url) { linkRefused(url); };
    m_browser = browser;

    auto makeButton = [](QStyle::StandardPixmap icon, const QString &text, const char *name) {
        auto *button = new QToolButton;
        button->setObjectName(QString::fromLatin1(name));
        button->setIcon(button->style()->standardIcon(icon));
        button->setText(text);
        button->setToolTip(text);
        button->setAutoRaise(true);
        return button;
    };
    m_back = makeButton(QStyle::SP_ArrowBack, tr("Back"), "guidelinesBack");
    m_forward = makeButton(QStyle::SP_ArrowForward, tr("Forward"), "guidelinesForward");
    m_home = makeButton(QStyle::SP_DirHomeIcon, tr("Contents"), "guidelinesHome");
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("guidelinesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addWidget(m_home);
    buttons->addStretch();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_status);
    setWidget(content);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, this, &GuidelinesDock::showIndex);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &GuidelinesDock::sourceShown);

    showIndex();
}

void GuidelinesDock::setLanguage(const QString &language)
{
    const QString shipped =
        GuidelineBook::languages().contains(language) ? language : QStringLiteral("en");
    if (shipped == m_language)
        return;
    m_language = shipped;
    m_browser->clearHistory();
    showIndex();
}

void GuidelinesDock::showAnchor(const QString &anchorId)
{
    const QUrl url = GuidelineBook::urlFor(anchorId, m_language);
    show();
    raise();
    if (!url.isValid()) {
        showIndex();
        m_status->setText(tr("The guidelines have no rule called \"%1\".").arg(anchorId));
        return;
    }
    m_browser->setSource(url);
    // The same page and anchor again does not scroll by itself.
    m_browser->scrollToAnchor(anchorId);
}

void GuidelinesDock::showIndex()
{
    m_browser->setSource(GuidelineBook::indexUrl(m_language));
}

QUrl GuidelinesDock::currentUrl() const
{
    return m_browser->source();
}

QString GuidelinesDock::statusText() const
{
    return m_status->text();
}

void GuidelinesDock::sourceShown(const QUrl &url)
{
    const QString anchor = url.fragment();
    if (GuidelineAnchors::contains(anchor))
        m_status->setText(tr("Rule: %1").arg(GuidelineAnchors::title(anchor)));
    else
        m_status->setText(m_browser->documentTitle());
}

void GuidelinesDock::linkRefused(const QUrl &url)
{
    m_status->setText(tr("Not opened: %1. The guidelines open no page outside the program; "
                         "copy the address into a web browser to read it.")
                          .arg(url.toDisplayString()));
}
