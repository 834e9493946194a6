#pragma once

#include "app/cli/Cli.h"
#include "core/domain/Actor.h"
#include "core/domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <QUuid>

#include <memory>
#include <optional>

namespace jx {

class Workspace;

/// The command line taken apart: the verb, the words after it, the options with values, the flags.
struct CliOptions
{
    QString verb;
    QStringList positional;
    QHash<QString, QString> values;
    QStringList flags;

    /// Splits the arguments; an option without its value, or a flag with one, is refused.
    static Result<CliOptions> parse(const QStringList& arguments);
};

/**
 * What a verb of jixiao-cli works with: the parsed options, the output streams, --json, the
 * helpers that read options the same way in every verb, and the workspace over --db.
 */
class CliContext
{
public:
    CliContext(CliOptions options, QTextStream& out, QTextStream& err);

    QTextStream& out() const { return m_out; }
    QTextStream& err() const { return m_err; }
    const QString& verb() const { return m_options.verb; }
    const QStringList& positional() const { return m_options.positional; }
    /// --db, the database file (empty when not given).
    const QString& dbPath() const { return m_db; }
    /// --json: print one JSON object instead of text.
    bool json() const { return m_json; }

    QString value(const QString& name) const { return m_options.values.value(name); }
    /// The finance role of `--role` for finance verbs: admin is the administrator, else the reviewer.
    Role financeRole() const
    {
        return value(QStringLiteral("role")) == QLatin1String("admin") ? Role::FinanceAdministrator
                                                                       : Role::FinanceReviewer;
    }
    bool flag(const QString& name) const { return m_options.flags.contains(name); }
    /// The option's value, trimmed; an error naming the verb and the option when it is empty.
    Result<QString> required(const QString& name) const;
    /// --program, required, as a UUID.
    Result<QUuid> programOption() const;
    /// --year when given, as a year.
    Result<std::optional<int>> yearOption() const;
    /// --agency when given, as an agency id.
    Result<std::optional<QUuid>> agencyOption() const;

    /// The workspace over --db (an existing database); the acting person is the workspace's default.
    Result<std::unique_ptr<Workspace>> openWorkspace() const;

    /// Prints the message as one line on stderr; returns @p code.
    int fail(const QString& message, int code = Cli::Failure) const;
    int fail(const Error& error) const { return fail(error.message); }
    void printJson(const QJsonObject& object) const;

private:
    CliOptions m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_db;
    bool m_json = false;
};

} // namespace jx
