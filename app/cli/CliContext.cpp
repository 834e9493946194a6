#include "app/cli/CliContext.h"

#include "core/domain/PrintableText.h"
#include "core/workspace/Workspace.h"

#include <QJsonDocument>

namespace jx {

namespace {

// Options that take no value.
const QStringList flagOptions = { QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("new"),
    QStringLiteral("dry-run"), QStringLiteral("major"), QStringLiteral("mid-year"), QStringLiteral("version"), QStringLiteral("all"),
    QStringLiteral("replace"), QStringLiteral("since-ack"), QStringLiteral("list") };

} // namespace

Result<CliOptions> CliOptions::parse(const QStringList& arguments)
{
    CliOptions o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("-h")) {
            o.flags << QStringLiteral("help");
        } else if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            QString val;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                val = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (flagOptions.contains(name)) {
                if (eq >= 0)
                    return makeError(Error::Code::Invalid, Cli::tr("Option --%1 takes no value.").arg(name));
                o.flags << name;
                continue;
            }
            if (eq < 0) {
                if (i + 1 >= arguments.size())
                    return makeError(Error::Code::Invalid, Cli::tr("Option --%1 needs a value.").arg(name));
                val = arguments.at(++i);
            }
            o.values.insert(name, val);
        } else if (o.verb.isEmpty()) {
            o.verb = arg;
        } else {
            o.positional << arg;
        }
    }
    return o;
}

CliContext::CliContext(CliOptions options, QTextStream& out, QTextStream& err)
    : m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_db(value(QStringLiteral("db")))
    , m_json(flag(QStringLiteral("json")))
{ }

Result<QString> CliContext::required(const QString& name) const
{
    const QString v = value(name).trimmed();
    if (v.isEmpty())
        return makeError(Error::Code::Invalid, Cli::tr("“%1” needs --%2.").arg(m_options.verb, name));
    return v;
}

Result<QUuid> CliContext::programOption() const
{
    Result<QString> text = required(QStringLiteral("program"));
    if (!text)
        return text.error();
    const QUuid id = QUuid::fromString(*text);
    if (id.isNull())
        return makeError(Error::Code::Invalid, Cli::tr("--program: “%1” is not a program id.").arg(*text));
    return id;
}

Result<std::optional<int>> CliContext::yearOption() const
{
    const QString text = value(QStringLiteral("year"));
    if (text.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok)
        return makeError(Error::Code::Invalid, Cli::tr("--year must be a year, not “%1”.").arg(text));
    return std::optional<int>(year);
}

Result<std::optional<QUuid>> CliContext::agencyOption() const
{
    const QString text = value(QStringLiteral("agency"));
    if (text.isEmpty())
        return std::optional<QUuid>();
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return makeError(Error::Code::Invalid, Cli::tr("--agency: “%1” is not an agency id.").arg(text));
    return std::optional<QUuid>(id);
}

Result<std::unique_ptr<Workspace>> CliContext::openWorkspace() const
{
    if (m_db.isEmpty())
        return makeError(Error::Code::Invalid, Cli::tr("No database given: add --db FILE."));
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(m_db);
    // An upgrade is news, not an error: one line on standard error, and the command goes on.
    if (workspace && !(*workspace)->database().upgradeReport().isEmpty())
        m_err << "jixiao-cli: " << (*workspace)->database().upgradeReport() << Qt::endl;
    return workspace;
}

int CliContext::fail(const QString& message, int code) const
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Messages quote file names and values from files: no control character reaches the terminal.
    m_err << "jixiao-cli: " << printableText(line) << Qt::endl;
    return code;
}

void CliContext::printJson(const QJsonObject& object) const
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace jx
