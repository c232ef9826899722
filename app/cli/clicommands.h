#pragma once

#include "core/kb/knowledgebase.h"
#include "core/model/document.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

// The `cwb` subcommands: argument parsing and printing around core calls. Each returns one
// of the documented exit codes; messages come from core in the same words as the GUI.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum ExitCode {
        Success = 0,
        UsageError = 1,   // unknown command or option, missing argument
        InputError = 2,   // nothing could be read, or the output could not be written
        ProjectError = 3, // the project could not be opened, created or written
        PartialImport = 4 // some inputs imported, others failed (listed on stderr)
    };

    CliCommands(QTextStream &out, QTextStream &err);

    // `arguments` without the program name: {"import", "p.cwb", "a.txt"}.
    int run(const QStringList &arguments);

private:
    int importArticles(const QStringList &arguments);
    int annotate(const QStringList &arguments);
    int exportProject(const QStringList &arguments);
    int importDataset(const QStringList &arguments);
    int info(const QStringList &arguments);
    int bench(const QStringList &arguments);
    int kbCommand(const QStringList &arguments);
    int evaluate(const QStringList &arguments);
    // Training and agreement (codebook section 7).
    int annotatorsCommand(const QStringList &arguments);
    int gold(const QStringList &arguments);
    int score(const QStringList &arguments);
    int agree(const QStringList &arguments);
    void printProposals(const Document &document);
    // The project's knowledge base for --project, the bundled one when `projectPath` is empty;
    // nothing (and the reason on stderr) when the project cannot be opened.
    std::optional<KnowledgeBase> knowledgeBaseFor(const QString &projectPath);
    void printUsage();

    QTextStream &m_out;
    QTextStream &m_err;
};
