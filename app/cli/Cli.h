#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace jx {

class Database;

/**
 * jixiao-cli: the core for automation and tests. Parses the command line, calls core
 * services, prints human text or JSON (--json), and turns any error into one line on
 * stderr with a non-zero exit code. No rule lives here.
 */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err);

    /// Runs the command line (without the program name); returns the exit code.
    int run(const QStringList& arguments);

    enum ExitCode
    {
        Success = 0,
        Failure = 1, ///< the command could not be carried out
        Usage = 2,   ///< the command line itself is wrong
    };

private:
    struct Options
    {
        QString verb;
        QStringList positional;
        QHash<QString, QString> values;
        QStringList flags;
    };

    Result<Options> parse(const QStringList& arguments) const;
    Result<std::unique_ptr<Database>> openDatabase() const;
    /// The open database and the agency it belongs to.
    struct Session
    {
        std::unique_ptr<Database> db;
        Agency self;
    };
    Result<Session> openSession() const;
    QString value(const QString& name) const { return m_options.values.value(name); }
    bool flag(const QString& name) const { return m_options.flags.contains(name); }
    Result<QString> required(const QString& name) const;
    /// --program, required, as a UUID.
    Result<QUuid> programOption() const;

    int cmdInit();
    int cmdDemo();
    int cmdInfo();
    int cmdProgram();
    int cmdProgramAdd();
    int cmdProgramList();
    int cmdScore();
    int cmdWorkflow();
    int cmdDue();
    int cmdExport();
    int cmdImport();
    int cmdOrder();
    int cmdDecide();
    int usage();

    int fail(const QString& message, int code = Failure);
    int fail(const Error& error) { return fail(error.message); }
    void printJson(const QJsonObject& object);

    QTextStream& m_out;
    QTextStream& m_err;
    Options m_options;
    QString m_db;
    bool m_json = false;
};

} // namespace jx
