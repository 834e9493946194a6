#include "app/cli/Cli.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"

namespace jx {

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

int Cli::run(const QStringList& arguments)
{
    Result<CliOptions> parsed = CliOptions::parse(arguments);
    if (!parsed)
        return CliContext({}, m_out, m_err).fail(parsed.message(), Usage);
    CliContext context(std::move(*parsed), m_out, m_err);

    if (context.flag(QStringLiteral("version"))) {
        m_out << "jixiao-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QString& verb = context.verb();
    if (verb.isEmpty() || verb == QLatin1String("help") || context.flag(QStringLiteral("help")))
        return usage();
    for (const CliVerb& v : cliVerbs()) {
        if (v.names.contains(verb))
            return v.run(context);
    }
    return context.fail(tr("Unknown command “%1”; see jixiao-cli help.").arg(verb), Usage);
}

int Cli::usage()
{
    m_out << tr("Usage: jixiao-cli [--db FILE] [--json] COMMAND [OPTIONS]\n"
                "\n"
                "Commands:\n");
    for (const CliVerb& v : cliVerbs())
        m_out << tr(v.usage);
    m_out << tr("\n"
                "Books: general-public, government-fund, state-capital, social-insurance.\n"
                "Kinds: project, policy, special-transfer. Tags: ppp, investment-fund, procurement,\n"
                "purchased-service, debt. Amounts are typed as 1,234.56 (yuan) or 12.3万.\n")
          << Qt::flush;
    return Success;
}

} // namespace jx
