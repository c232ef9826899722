#pragma once

#include "core/workflow/articleimporter.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

// Imports articles off the UI thread, so that detection of a long article or a big folder
// never freezes the window: the import runs in a worker thread on its own connection to the
// project (SQLite connections belong to the thread that opened them), while a progress dialog
// shows which article is being read and offers Cancel. Cancelling stops before the next
// article is stored; the ones already stored stay, each in its own transaction.
//
// One import at a time per runner; finished() is emitted on the UI thread with the outcome.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    ImportRunner(const QString &projectPath, QWidget *window);
    // Cancels a running import and waits for the worker to stop.
    ~ImportRunner() override;

    bool isRunning() const;
    void importPaths(const QStringList &paths);
    void importPastedText(const QString &text);
    void cancel();

signals:
    void finished(const ArticleImporter::Outcome &outcome);

private:
    using Job = std::function<ArticleImporter::Outcome(ArticleImporter &,
                                                       const ArticleImporter::CancelCheck &)>;
    void start(Job job);
    void reportProgress(int done, int total, const QString &name);

    QString m_projectPath;
    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<ArticleImporter::Outcome> m_outcome;
};
