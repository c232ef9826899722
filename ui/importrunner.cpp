#include "ui/importrunner.h"

#include "core/store/projectstore.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

ImportRunner::ImportRunner(const QString &projectPath, QWidget *window)
    : QObject(window)
    , m_projectPath(projectPath)
    , m_window(window)
{
}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
    }
}

bool ImportRunner::isRunning() const
{
    return m_thread != nullptr;
}

void ImportRunner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ImportRunner::importPaths(const QStringList &paths)
{
    start([paths, this](ArticleImporter &importer, const ArticleImporter::CancelCheck &cancelled) {
        return importer.importPaths(
            paths, {},
            [this](int done, int total, const QString &name) {
                QMetaObject::invokeMethod(this, [this, done, total, name] {
                    reportProgress(done, total, name);
                });
            },
            cancelled);
    });
}

void ImportRunner::importPastedText(const QString &text)
{
    start([text](ArticleImporter &importer, const ArticleImporter::CancelCheck &cancelled) {
        return importer.importPastedText(text, cancelled);
    });
}

void ImportRunner::start(Job job)
{
    Q_ASSERT(!m_thread);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_outcome = std::make_shared<ArticleImporter::Outcome>();

    m_progress = new QProgressDialog(tr("Reading the articles..."), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling after the current article..."));
    });

    // The worker touches only its own copies and the shared flag and outcome.
    const QString path = m_projectPath;
    const auto cancelled = m_cancelled;
    const auto outcome = m_outcome;
    m_thread = QThread::create([path, cancelled, outcome, job] {
        QString error;
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
        if (!store) {
            outcome->failures.append({QFileInfo(path).fileName(), error});
            return;
        }
        ArticleImporter importer(*store);
        *outcome = job(importer, [cancelled] { return cancelled->load(); });
    });
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_progress->deleteLater();
        m_progress = nullptr;
        emit finished(*m_outcome);
    });
    m_thread->start();
}

void ImportRunner::reportProgress(int done, int total, const QString &name)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_progress->setLabelText(tr("Reading and detecting %1 (%2 of %3)...")
                                 .arg(QFileInfo(name).fileName())
                                 .arg(done + 1)
                                 .arg(total));
}
