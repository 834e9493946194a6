#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace jx {

/**
 * jixiao-cli: the core for automation and tests. Parses the command line, finds the verb in
 * the table (CliVerbs.h) and runs it over a CliContext; each verb calls the workspace, prints
 * human text or JSON (--json), and turns any error into one line on stderr with a non-zero
 * exit code. No rule lives here.
 *
 * The class is also the translation context of every verb (Cli::tr), so that the verbs,
 * free functions in app/cli/verbs/, keep the "Cli" context of the translations.
 */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1, ///< the command could not be carried out
        Usage = 2, ///< the command line itself is wrong
    };

    Cli(QTextStream& out, QTextStream& err);

    /// Runs the command line (without the program name); returns the exit code.
    int run(const QStringList& arguments);

private:
    int usage();

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace jx
