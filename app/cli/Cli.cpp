#include "app/cli/Cli.h"

#include "core/demo/DemoGenerator.h"
#include "core/domain/EnumTable.h"
#include "core/domain/Subject.h"
#include "core/domain/Validation.h"
#include "core/io/JsonInterchange.h"
#include "core/storage/Database.h"
#include "core/storage/Installation.h"
#include "core/storage/ProgramListing.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workflow/DeadlineService.h"
#include "core/workflow/FinanceOrders.h"
#include "core/workflow/RecordLifecycle.h"
#include "core/workflow/SubmissionGates.h"

#include <QDate>
#include <QFile>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace jx {

namespace {

// Options that take no value.
const QStringList flagOptions = { QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("new"), QStringLiteral("dry-run"),
                                  QStringLiteral("major"), QStringLiteral("mid-year"), QStringLiteral("version") };

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

Result<Cli::Options> Cli::parse(const QStringList& arguments) const
{
    Options o;
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
                    return makeError(Error::Code::Invalid, tr("Option --%1 takes no value.").arg(name));
                o.flags << name;
                continue;
            }
            if (eq < 0) {
                if (i + 1 >= arguments.size())
                    return makeError(Error::Code::Invalid, tr("Option --%1 needs a value.").arg(name));
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

Result<QUuid> Cli::programOption() const
{
    Result<QString> text = required(QStringLiteral("program"));
    if (!text)
        return text.error();
    const QUuid id = QUuid::fromString(*text);
    if (id.isNull())
        return makeError(Error::Code::Invalid, tr("--program: “%1” is not a program id.").arg(*text));
    return id;
}

Result<QString> Cli::required(const QString& name) const
{
    const QString v = value(name).trimmed();
    if (v.isEmpty())
        return makeError(Error::Code::Invalid, tr("“%1” needs --%2.").arg(m_options.verb, name));
    return v;
}

int Cli::fail(const QString& message, int code)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "jixiao-cli: " << line << Qt::endl;
    return code;
}

void Cli::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

Result<Cli::Session> Cli::openSession() const
{
    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return db.error();
    Result<Agency> self = Installation::selfAgency(**db);
    if (!self)
        return self.error();
    return Session { std::move(db.value()), *self };
}

Result<std::unique_ptr<Database>> Cli::openDatabase() const
{
    if (m_db.isEmpty())
        return makeError(Error::Code::Invalid, tr("No database given: add --db FILE."));
    return Database::open(m_db, Database::OpenMode::OpenExisting);
}

int Cli::run(const QStringList& arguments)
{
    Result<Options> parsed = parse(arguments);
    if (!parsed)
        return fail(parsed.message(), Usage);
    m_options = *parsed;
    m_db = value(QStringLiteral("db"));
    m_json = flag(QStringLiteral("json"));

    if (flag(QStringLiteral("version"))) {
        m_out << "jixiao-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QString& verb = m_options.verb;
    if (verb.isEmpty() || verb == QLatin1String("help") || flag(QStringLiteral("help")))
        return usage();
    if (verb == QLatin1String("init"))
        return cmdInit();
    if (verb == QLatin1String("demo"))
        return cmdDemo();
    if (verb == QLatin1String("info"))
        return cmdInfo();
    if (verb == QLatin1String("program"))
        return cmdProgram();
    if (verb == QLatin1String("score"))
        return cmdScore();
    if (verb == QLatin1String("submit") || verb == QLatin1String("approve") || verb == QLatin1String("return"))
        return cmdWorkflow();
    if (verb == QLatin1String("due"))
        return cmdDue();
    if (verb == QLatin1String("export"))
        return cmdExport();
    if (verb == QLatin1String("import"))
        return cmdImport();
    if (verb == QLatin1String("order"))
        return cmdOrder();
    if (verb == QLatin1String("decide"))
        return cmdDecide();
    return fail(tr("Unknown command “%1”; see jixiao-cli help.").arg(verb), Usage);
}

int Cli::usage()
{
    m_out << tr("Usage: jixiao-cli [--db FILE] [--json] COMMAND [OPTIONS]\n"
                "\n"
                "Commands:\n"
                "  init --division CODE --agency NAME [--kind finance|unit] [--code CODE]\n"
                "        create a database for an agency\n"
                "  demo [--scale county|prefecture|region] [--seed N] [--year YEAR] [--region CODE]\n"
                "        create a database with deterministic synthetic data\n"
                "  info  counts per table and the schema version\n"
                "  program add --name NAME --amount AMOUNT [--unit yuan|10k] [--book BOOK] [--kind KIND]\n"
                "        [--year YEAR] [--function CODE] [--tags TAG,...] [--new] [--major] [--mid-year]\n"
                "  program list [--year YEAR] [--search TEXT] [--limit N]\n"
                "  score --program ID\n"
                "        the self-evaluation score: execution rate, every indicator, total and grade\n"
                "  submit|approve|return --record KIND --id ID[,ID...] --as NAME --role ROLE\n"
                "        [--agency ID] [--comment TEXT]\n"
                "        move a record through its workflow; KIND: assessment, targets, monitoring,\n"
                "        evaluation, application; ROLE: preparer, head, reviewer, admin\n"
                "  export --json [--year YEAR] [--output FILE]\n"
                "        programs with targets, monitoring and self-evaluation (docs/json-format.md)\n"
                "  import FILE.json [--dry-run]\n"
                "        the same format, all or nothing; every rejected field with its path\n"
                "  decide --program ID --decision increase|keep|reduce|cancel [--change AMOUNT] --reason TEXT\n"
                "        a draft result application for next year (submit it with submit --record application)\n"
                "  due [--agency ID] [--year YEAR] [--today YYYY-MM-DD]\n"
                "        work due and overdue under the statutory calendar\n"
                "  order --program ID --kind rectify|suspend|stop --reason TEXT --as NAME [--role ROLE]\n"
                "        a finance order on a program after monitoring\n"
                "\n"
                "Books: general-public, government-fund, state-capital, social-insurance.\n"
                "Kinds: project, policy, special-transfer. Tags: ppp, investment-fund, procurement,\n"
                "purchased-service, debt. Amounts are typed as 1,234.56 (yuan) or 12.3万.\n")
          << Qt::flush;
    return Success;
}

int Cli::cmdInit()
{
    if (m_db.isEmpty())
        return fail(tr("No database given: add --db FILE."), Usage);
    InstallationRequest request;
    Result<QString> division = required(QStringLiteral("division"));
    if (!division)
        return fail(division.message(), Usage);
    Result<QString> agency = required(QStringLiteral("agency"));
    if (!agency)
        return fail(agency.message(), Usage);
    request.divisionCode = *division;
    request.agencyName = *agency;
    request.agencyCode = value(QStringLiteral("code"));
    const QString kind = value(QStringLiteral("kind"));
    const std::optional<AgencyKind> agencyKind = kind.isEmpty() ? AgencyKind::FinanceBureau : fromCode<AgencyKind>(kind);
    if (!agencyKind)
        return fail(tr("Unknown agency kind “%1”: use finance or unit.").arg(kind), Usage);
    request.agencyKind = *agencyKind;

    Result<std::unique_ptr<Database>> db = Installation::create(m_db, request);
    if (!db)
        return fail(db.error());
    Result<Agency> self = Installation::selfAgency(**db);
    if (!self)
        return fail(self.error());
    if (m_json) {
        printJson({ { QStringLiteral("database"), m_db },
                    { QStringLiteral("agencyId"), self->meta.id.toString(QUuid::WithoutBraces) },
                    { QStringLiteral("agency"), self->name },
                    { QStringLiteral("division"), self->divisionCode },
                    { QStringLiteral("schemaVersion"), (*db)->schemaVersion() } });
    } else {
        m_out << tr("Created %1 for %2 (%3).").arg(m_db, self->name, self->divisionCode) << Qt::endl;
    }
    return Success;
}

int Cli::cmdDemo()
{
    if (m_db.isEmpty())
        return fail(tr("No database given: add --db FILE."), Usage);
    DemoOptions options;
    Result<DemoScale> scale = DemoGenerator::parseScale(value(QStringLiteral("scale")).isEmpty()
                                                            ? QStringLiteral("county")
                                                            : value(QStringLiteral("scale")));
    if (!scale)
        return fail(scale.message(), Usage);
    options.scale = *scale;
    if (!value(QStringLiteral("seed")).isEmpty()) {
        bool ok = false;
        options.seed = value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(tr("--seed must be a whole number, not “%1”.").arg(value(QStringLiteral("seed"))), Usage);
    }
    if (!value(QStringLiteral("year")).isEmpty()) {
        bool ok = false;
        options.fiscalYear = value(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            return fail(tr("--year must be a year, not “%1”.").arg(value(QStringLiteral("year"))), Usage);
    }
    if (!value(QStringLiteral("region")).isEmpty())
        options.regionCode = value(QStringLiteral("region"));
    int lastPercent = -1;
    const bool showProgress = !m_json;
    options.progress = [&](double done) {
        const int percent = int(done * 100);
        if (showProgress && percent / 10 != lastPercent / 10) {
            m_err << tr("… %1%").arg(percent) << Qt::endl;
            lastPercent = percent;
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    Result<DemoSummary> summary = DemoGenerator::createDemo(m_db, options);
    if (!summary)
        return fail(summary.error());
    const double seconds = timer.elapsed() / 1000.0;
    if (m_json) {
        printJson({ { QStringLiteral("database"), m_db },
                    { QStringLiteral("division"), summary->divisionCode },
                    { QStringLiteral("divisionName"), summary->divisionName },
                    { QStringLiteral("fiscalYear"), summary->fiscalYear },
                    { QStringLiteral("agencies"), summary->agencies },
                    { QStringLiteral("programs"), summary->programs },
                    { QStringLiteral("indicators"), summary->indicators },
                    { QStringLiteral("monitoringReports"), summary->monitoringReports },
                    { QStringLiteral("selfEvaluations"), summary->selfEvaluations },
                    { QStringLiteral("seconds"), seconds } });
    } else {
        m_out << tr("Created %1: %2 (%3), fiscal year %4; %5 agencies, %6 programs, %7 indicators, "
                    "%8 monitoring reports, %9 self-evaluations.")
                     .arg(m_db, summary->divisionName, summary->divisionCode)
                     .arg(summary->fiscalYear)
                     .arg(summary->agencies)
                     .arg(summary->programs)
                     .arg(summary->indicators)
                     .arg(summary->monitoringReports)
                     .arg(summary->selfEvaluations)
              << Qt::endl;
    }
    return Success;
}

int Cli::cmdInfo()
{
    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    Result<QList<QPair<QString, qint64>>> counts = Installation::tableCounts(**db);
    if (!counts)
        return fail(counts.error());
    Result<Agency> self = Installation::selfAgency(**db);
    if (m_json) {
        QJsonObject tables;
        for (const auto& [name, count] : *counts)
            tables.insert(name, count);
        QJsonObject o { { QStringLiteral("database"), m_db },
                        { QStringLiteral("schemaVersion"), (*db)->schemaVersion() },
                        { QStringLiteral("tables"), tables } };
        if (self) {
            o.insert(QStringLiteral("agency"), self->name);
            o.insert(QStringLiteral("agencyId"), self->meta.id.toString(QUuid::WithoutBraces));
            o.insert(QStringLiteral("division"), self->divisionCode);
        }
        printJson(o);
    } else {
        m_out << tr("Database: %1").arg(m_db) << Qt::endl;
        m_out << tr("Schema version: %1").arg((*db)->schemaVersion()) << Qt::endl;
        if (self)
            m_out << tr("Agency: %1 (%2)").arg(self->name, self->divisionCode) << Qt::endl;
        for (const auto& [name, count] : *counts)
            m_out << QStringLiteral("  %1 %2").arg(name, -28).arg(count, 12) << Qt::endl;
    }
    return Success;
}

int Cli::cmdProgram()
{
    const QString sub = m_options.positional.value(0);
    if (sub == QLatin1String("add"))
        return cmdProgramAdd();
    if (sub == QLatin1String("list"))
        return cmdProgramList();
    return fail(tr("“program” needs a subcommand: add or list."), Usage);
}

int Cli::cmdProgramAdd()
{
    // Check the command line completely before the database is opened.
    Result<QString> name = required(QStringLiteral("name"));
    if (!name)
        return fail(name.message(), Usage);
    Result<QString> amountText = required(QStringLiteral("amount"));
    if (!amountText)
        return fail(amountText.message(), Usage);
    const QString unitName = value(QStringLiteral("unit"));
    if (!unitName.isEmpty() && unitName != QLatin1String("yuan") && unitName != QLatin1String("10k"))
        return fail(tr("Unknown unit “%1”: use yuan or 10k.").arg(unitName), Usage);
    const MoneyUnit unit = unitName == QLatin1String("10k") ? MoneyUnit::TenThousandYuan : MoneyUnit::Yuan;
    Result<Money> amount = Money::parse(*amountText, unit);
    if (!amount)
        return fail(tr("--amount: %1").arg(amount.message()));
    if (amount->isNegative())
        return fail(tr("--amount: the amount %1 is negative; a program budget cannot be below zero.")
                        .arg(amount->formatWithUnit()));

    Subject s;
    s.kind = SubjectKind::Program;
    s.name = *name;
    s.amount = *amount;
    s.code = value(QStringLiteral("code"));
    s.functionCode = value(QStringLiteral("function"));
    s.isNew = flag(QStringLiteral("new"));
    s.isMajor = flag(QStringLiteral("major"));
    s.isMidYear = flag(QStringLiteral("mid-year"));
    s.fiscalYear = QDate::currentDate().year();
    if (!value(QStringLiteral("year")).isEmpty()) {
        bool ok = false;
        s.fiscalYear = value(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            return fail(tr("--year must be a year, not “%1”.").arg(value(QStringLiteral("year"))), Usage);
    }
    if (!value(QStringLiteral("book")).isEmpty()) {
        const std::optional<BudgetBook> book = fromCode<BudgetBook>(value(QStringLiteral("book")));
        if (!book)
            return fail(tr("Unknown budget book “%1”.").arg(value(QStringLiteral("book"))), Usage);
        s.book = *book;
    }
    if (!value(QStringLiteral("kind")).isEmpty()) {
        const std::optional<ProgramKind> kind = fromCode<ProgramKind>(value(QStringLiteral("kind")));
        if (!kind)
            return fail(tr("Unknown program kind “%1”.").arg(value(QStringLiteral("kind"))), Usage);
        s.programKind = *kind;
    }
    const QStringList tags = value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& tag : tags) {
        const std::optional<FundingTag> bit = fromCode<FundingTag>(tag.trimmed());
        if (!bit)
            return fail(tr("Unknown funding tag “%1”.").arg(tag), Usage);
        s.fundingTags |= static_cast<int>(*bit);
    }

    Result<Session> session = openSession();
    if (!session)
        return fail(session.error());
    Database& database = *session->db;
    const Agency* self = &session->self;
    s.agencyId = self->meta.id;
    s.divisionCode = self->divisionCode;
    if (Result<void> r = SubjectRepository(database).save(s); !r)
        return fail(r.error());
    if (m_json) {
        printJson({ { QStringLiteral("id"), s.meta.id.toString(QUuid::WithoutBraces) },
                    { QStringLiteral("name"), s.name },
                    { QStringLiteral("amountFen"), s.amount.fen() },
                    { QStringLiteral("fiscalYear"), s.fiscalYear } });
    } else {
        m_out << tr("Added %1, %2, id %3.")
                     .arg(Validation::label(s), s.amount.formatWithUnit(MoneyUnit::TenThousandYuan),
                          s.meta.id.toString(QUuid::WithoutBraces))
              << Qt::endl;
    }
    return Success;
}

int Cli::cmdProgramList()
{
    ProgramFilter filter;
    filter.text = value(QStringLiteral("search"));
    bool ok = true;
    if (!value(QStringLiteral("year")).isEmpty())
        filter.fiscalYear = value(QStringLiteral("year")).toInt(&ok);
    if (!ok)
        return fail(tr("--year must be a year, not “%1”.").arg(value(QStringLiteral("year"))), Usage);
    int limit = 50;
    if (!value(QStringLiteral("limit")).isEmpty())
        limit = value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return fail(tr("--limit must be a positive number."), Usage);

    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    ProgramListing listing(**db);
    Result<qint64> total = listing.count(filter);
    if (!total)
        return fail(total.error());
    Result<QList<ProgramRow>> rows = listing.page(filter, std::nullopt, limit);
    if (!rows)
        return fail(rows.error());
    if (m_json) {
        QJsonArray list;
        for (const ProgramRow& r : *rows) {
            list.append(QJsonObject { { QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces) },
                                      { QStringLiteral("code"), r.code },
                                      { QStringLiteral("name"), r.name },
                                      { QStringLiteral("agency"), r.agencyName },
                                      { QStringLiteral("fiscalYear"), r.fiscalYear },
                                      { QStringLiteral("book"), static_cast<int>(r.book) },
                                      { QStringLiteral("kind"), static_cast<int>(r.kind) },
                                      { QStringLiteral("amountFen"), r.amount.fen() },
                                      { QStringLiteral("order"), r.order ? static_cast<int>(*r.order) : 0 } });
        }
        printJson({ { QStringLiteral("total"), *total }, { QStringLiteral("programs"), list } });
    } else {
        for (const ProgramRow& r : *rows) {
            m_out << QStringLiteral("%1  %2  %3  %4  %5%6")
                         .arg(r.name, r.agencyName, Names::of(r.book), Names::of(r.kind),
                              r.amount.formatWithUnit(MoneyUnit::TenThousandYuan),
                              r.order ? QStringLiteral("  [%1]").arg(Names::of(*r.order)) : QString())
                  << Qt::endl;
        }
        m_out << tr("%1 of %2 programs.").arg(rows->size()).arg(*total) << Qt::endl;
    }
    return Success;
}

int Cli::cmdWorkflow()
{
    const QString& verb = m_options.verb;
    Result<QString> kindName = required(QStringLiteral("record"));
    if (!kindName)
        return fail(kindName.message(), Usage);
    const std::optional<RecordKind> recordKind = fromCode<RecordKind>(*kindName);
    if (!recordKind)
        return fail(tr("Unknown record kind “%1”: use assessment, targets, monitoring, evaluation or application.").arg(*kindName), Usage);
    Result<QString> roleName = required(QStringLiteral("role"));
    if (!roleName)
        return fail(roleName.message(), Usage);
    const std::optional<Role> role = fromCode<Role>(*roleName);
    if (!role)
        return fail(tr("Unknown role “%1”: use preparer, head, reviewer or admin.").arg(*roleName), Usage);
    Result<QString> name = required(QStringLiteral("as"));
    if (!name)
        return fail(name.message(), Usage);
    Result<QString> idList = required(QStringLiteral("id"));
    if (!idList)
        return fail(idList.message(), Usage);
    QList<QUuid> ids;
    for (const QString& part : idList->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QUuid id = QUuid::fromString(part.trimmed());
        if (id.isNull())
            return fail(tr("--id: “%1” is not a record id.").arg(part.trimmed()), Usage);
        ids << id;
    }
    if (ids.size() > 1 && verb != QLatin1String("approve"))
        return fail(tr("Only approve takes several ids at once."), Usage);

    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    Actor actor { *name, *role, {} };
    if (!value(QStringLiteral("agency")).isEmpty()) {
        actor.agencyId = QUuid::fromString(value(QStringLiteral("agency")));
        if (actor.agencyId.isNull())
            return fail(tr("--agency: “%1” is not an agency id.").arg(value(QStringLiteral("agency"))), Usage);
    } else {
        Result<Agency> self = Installation::selfAgency(**db);
        if (!self)
            return fail(self.error());
        actor.agencyId = self->meta.id;
    }
    const RecordKind kind = *recordKind;
    const QString comment = value(QStringLiteral("comment"));
    RecordLifecycle workflow(**db);
    Result<void> r;
    if (verb == QLatin1String("submit")) {
        r = workflow.submit(actor, kind, ids.first(), comment);
    } else if (verb == QLatin1String("return")) {
        r = workflow.returnRecord(actor, kind, ids.first(), comment);
    } else {
        Result<int> n = workflow.approveAll(actor, kind, ids, comment);
        if (!n)
            r = n.error();
    }
    if (!r) {
        const int code = fail(r.error());
        // A refused submission: one line per problem with the path of its field, to find it in the record.
        if (verb == QLatin1String("submit") && r.error().code == Error::Code::Invalid) {
            Result<QList<Problem>> problems = SubmissionGates(**db).problems(kind, ids.first());
            for (const Problem& p : problems ? *problems : QList<Problem>())
                m_err << "  " << p.line() << Qt::endl;
        }
        return code;
    }
    if (m_json) {
        QJsonArray done;
        for (const QUuid& id : ids)
            done.append(id.toString(QUuid::WithoutBraces));
        printJson({ { QStringLiteral("action"), verb }, { QStringLiteral("record"), *kindName },
                    { QStringLiteral("ids"), done } });
    } else {
        m_out << tr("Done: %1 %2 record(s).").arg(verb).arg(ids.size()) << Qt::endl;
    }
    return Success;
}

int Cli::cmdExport()
{
    if (!m_json)
        return fail(tr("export writes JSON: add --json."), Usage);
    int year = QDate::currentDate().year();
    if (!value(QStringLiteral("year")).isEmpty()) {
        bool ok = false;
        year = value(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            return fail(tr("--year must be a year, not “%1”.").arg(value(QStringLiteral("year"))), Usage);
    }
    Result<Session> session = openSession();
    if (!session)
        return fail(session.error());
    Database& database = *session->db;
    const Agency* self = &session->self;
    Result<QJsonObject> doc = JsonInterchange(database).exportPrograms(self->meta.id, year);
    if (!doc)
        return fail(doc.error());
    const QByteArray bytes = QJsonDocument(*doc).toJson(QJsonDocument::Indented);
    const QString output = value(QStringLiteral("output"));
    if (output.isEmpty()) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return Success;
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return fail(tr("Cannot write “%1”: %2").arg(output, file.errorString()));
    return Success;
}

int Cli::cmdImport()
{
    const QString path = m_options.positional.value(0);
    if (path.isEmpty())
        return fail(tr("import needs a file: jixiao-cli --db FILE import DATA.json"), Usage);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        return fail(tr("“%1” is not a JSON document (%2 at byte %3).")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset));
    }
    Result<Session> session = openSession();
    if (!session)
        return fail(session.error());
    Database& database = *session->db;
    const Agency* self = &session->self;
    const bool dryRun = flag(QStringLiteral("dry-run"));
    Result<ImportSummary> summary = JsonInterchange(database).importPrograms(doc.object(), self->meta.id, dryRun);
    if (!summary) {
        const QStringList problems = summary.message().split(QLatin1Char('\n'));
        if (m_json) {
            QJsonArray list;
            for (const QString& p : problems)
                list.append(p);
            printJson({ { QStringLiteral("status"), QStringLiteral("rejected") }, { QStringLiteral("problems"), list } });
        }
        // One line: the count and every rejected field with its path.
        return fail(tr("Nothing was imported from “%1”; %2 problem(s): %3")
                        .arg(path)
                        .arg(problems.size())
                        .arg(problems.join(QStringLiteral(" | "))));
    }
    if (m_json) {
        printJson({ { QStringLiteral("status"), dryRun ? QStringLiteral("dry-run") : QStringLiteral("imported") },
                    { QStringLiteral("programsCreated"), summary->programsCreated },
                    { QStringLiteral("programsUpdated"), summary->programsUpdated },
                    { QStringLiteral("indicators"), summary->indicators },
                    { QStringLiteral("monitoringReports"), summary->monitoringReports },
                    { QStringLiteral("selfEvaluations"), summary->selfEvaluations } });
    } else {
        m_out << (dryRun ? tr("Dry run, nothing written: ") : QString())
              << tr("%1 programs created, %2 updated; %3 indicators, %4 monitoring reports, %5 self-evaluations.")
                     .arg(summary->programsCreated)
                     .arg(summary->programsUpdated)
                     .arg(summary->indicators)
                     .arg(summary->monitoringReports)
                     .arg(summary->selfEvaluations)
              << Qt::endl;
    }
    return Success;
}

int Cli::cmdDue()
{
    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    QUuid agencyId;
    if (!value(QStringLiteral("agency")).isEmpty()) {
        agencyId = QUuid::fromString(value(QStringLiteral("agency")));
        if (agencyId.isNull())
            return fail(tr("--agency: “%1” is not an agency id.").arg(value(QStringLiteral("agency"))), Usage);
    } else {
        Result<Agency> self = Installation::selfAgency(**db);
        if (!self)
            return fail(self.error());
        agencyId = self->meta.id;
    }
    QDate today = QDate::currentDate();
    if (!value(QStringLiteral("today")).isEmpty()) {
        today = QDate::fromString(value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return fail(tr("--today must be a date like 2025-05-20, not “%1”.").arg(value(QStringLiteral("today"))), Usage);
    }
    int year = today.year();
    if (!value(QStringLiteral("year")).isEmpty()) {
        bool ok = false;
        year = value(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            return fail(tr("--year must be a year, not “%1”.").arg(value(QStringLiteral("year"))), Usage);
    }
    Result<QList<DueItem>> items = DeadlineService(**db).due(agencyId, year, today);
    if (!items)
        return fail(items.error());
    if (m_json) {
        QJsonArray list;
        for (const DueItem& i : *items) {
            list.append(QJsonObject { { QStringLiteral("key"), i.key }, { QStringLiteral("title"), i.title },
                                      { QStringLiteral("due"), i.dueDate.toString(Qt::ISODate) },
                                      { QStringLiteral("total"), i.total }, { QStringLiteral("done"), i.done },
                                      { QStringLiteral("tracked"), i.tracked }, { QStringLiteral("overdue"), i.overdue } });
        }
        printJson({ { QStringLiteral("today"), today.toString(Qt::ISODate) }, { QStringLiteral("items"), list } });
    } else {
        for (const DueItem& i : *items) {
            const QString state = !i.tracked ? tr("reminder") : tr("%1 of %2 done").arg(i.done).arg(i.total);
            m_out << QStringLiteral("%1  %2  %3%4")
                         .arg(i.dueDate.toString(Qt::ISODate), i.title, state, i.overdue ? tr(" — OVERDUE") : QString())
                  << Qt::endl;
        }
    }
    return Success;
}

int Cli::cmdOrder()
{
    Result<QUuid> programId = programOption();
    if (!programId)
        return fail(programId.message(), Usage);
    Result<QString> kind = required(QStringLiteral("kind"));
    if (!kind)
        return fail(kind.message(), Usage);
    const std::optional<OrderKind> orderKind = fromCode<OrderKind>(*kind);
    if (!orderKind)
        return fail(tr("Unknown order “%1”: use rectify, suspend or stop.").arg(*kind), Usage);
    Result<QString> name = required(QStringLiteral("as"));
    if (!name)
        return fail(name.message(), Usage);
    const Role role = value(QStringLiteral("role")) == QLatin1String("admin") ? Role::FinanceAdministrator
                                                                              : Role::FinanceReviewer;
    Result<Session> session = openSession();
    if (!session)
        return fail(session.error());
    Database& database = *session->db;
    const Agency* self = &session->self;
    Result<QUuid> order = FinanceOrders(database).issueOrder({ *name, role, self->meta.id }, *programId, *orderKind,
                                                    value(QStringLiteral("reason")));
    if (!order)
        return fail(order.error());
    if (m_json)
        printJson({ { QStringLiteral("order"), order->toString(QUuid::WithoutBraces) }, { QStringLiteral("kind"), *kind } });
    else
        m_out << tr("%1: order %2.").arg(Names::of(*orderKind), order->toString(QUuid::WithoutBraces)) << Qt::endl;
    return Success;
}

int Cli::cmdDecide()
{
    Result<QUuid> programId = programOption();
    if (!programId)
        return fail(programId.message(), Usage);
    Result<QString> decision = required(QStringLiteral("decision"));
    if (!decision)
        return fail(decision.message(), Usage);
    const std::optional<ApplicationDecision> applicationDecision = fromCode<ApplicationDecision>(*decision);
    if (!applicationDecision)
        return fail(tr("Unknown decision “%1”: use increase, keep, reduce or cancel.").arg(*decision), Usage);
    Money change;
    if (!value(QStringLiteral("change")).isEmpty()) {
        Result<Money> m = Money::parse(value(QStringLiteral("change")));
        if (!m)
            return fail(tr("--change: %1").arg(m.message()));
        change = *m;
    }
    Result<Session> session = openSession();
    if (!session)
        return fail(session.error());
    Database& database = *session->db;
    const Agency* self = &session->self;
    Result<std::optional<Subject>> subject = SubjectRepository(database).find(*programId);
    if (!subject)
        return fail(subject.error());
    if (!subject->has_value())
        return fail(tr("There is no program with id %1.").arg(programId->toString(QUuid::WithoutBraces)));
    ResultApplication a;
    a.meta.ownerId = self->meta.id;
    a.subjectId = *programId;
    a.nextYear = (*subject)->fiscalYear + 1;
    a.decision = *applicationDecision;
    a.amountChange = change;
    a.reason = value(QStringLiteral("reason"));
    if (Result<void> r = ResultApplicationRepository(database).save(a); !r)
        return fail(r.error());
    if (m_json)
        printJson({ { QStringLiteral("id"), a.meta.id.toString(QUuid::WithoutBraces) }, { QStringLiteral("nextYear"), a.nextYear } });
    else
        m_out << tr("Result application %1 for %2 saved as a draft.").arg(a.meta.id.toString(QUuid::WithoutBraces)).arg(a.nextYear)
              << Qt::endl;
    return Success;
}

int Cli::cmdScore()
{
    Result<QUuid> programId = programOption();
    if (!programId)
        return fail(programId.message(), Usage);
    const QUuid id = *programId;
    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    Result<ScoreSheet> sheet = EvaluationService(**db).score(id);
    if (!sheet)
        return fail(sheet.error());
    if (m_json) {
        QJsonArray indicators;
        for (const IndicatorScore& s : sheet->indicators) {
            QJsonObject o { { QStringLiteral("id"), s.indicatorId.toString(QUuid::WithoutBraces) },
                            { QStringLiteral("name"), s.name },
                            { QStringLiteral("class"), s.levelOneClass },
                            { QStringLiteral("operator"), Names::of(s.op) },
                            { QStringLiteral("weight"), s.weight },
                            { QStringLiteral("score"), s.score },
                            { QStringLiteral("notApplicable"), s.notApplicable },
                            { QStringLiteral("farAbove"), s.farAbove },
                            { QStringLiteral("explanation"), s.explanation } };
            if (s.target)
                o.insert(QStringLiteral("target"), *s.target);
            if (s.actual)
                o.insert(QStringLiteral("actual"), *s.actual);
            indicators.append(o);
        }
        QJsonArray issues;
        for (const Problem& i : sheet->issues) {
            issues.append(QJsonObject { { QStringLiteral("indicatorId"), i.itemId.isNull() ? QString() : i.itemId.toString(QUuid::WithoutBraces) },
                                        { QStringLiteral("field"), i.field },
                                        { QStringLiteral("message"), i.reason } });
        }
        QJsonObject o { { QStringLiteral("program"), id.toString(QUuid::WithoutBraces) },
                        { QStringLiteral("total"), sheet->total },
                        { QStringLiteral("grade"), Names::of(sheet->grade) },
                        { QStringLiteral("gradeCode"), static_cast<int>(sheet->grade) },
                        { QStringLiteral("executionScore"), sheet->executionScore },
                        { QStringLiteral("executionWeight"), sheet->executionWeight },
                        { QStringLiteral("rawTotal"), sheet->rawTotal },
                        { QStringLiteral("notApplicableWeight"), sheet->notApplicableWeight },
                        { QStringLiteral("indicators"), indicators },
                        { QStringLiteral("issues"), issues } };
        if (sheet->executionRate)
            o.insert(QStringLiteral("executionRate"), *sheet->executionRate);
        printJson(o);
    } else {
        m_out << tr("Budget execution: %1").arg(sheet->executionExplanation) << Qt::endl;
        for (const IndicatorScore& s : sheet->indicators)
            m_out << QStringLiteral("  %1 [%2] %3").arg(s.name, s.levelOneClass, s.explanation) << Qt::endl;
        m_out << tr("Total %1, grade %2.").arg(QString::number(sheet->total, 'f', 2), Names::of(sheet->grade)) << Qt::endl;
        for (const Problem& i : sheet->issues)
            m_out << tr("To put right: %1").arg(i.line()) << Qt::endl;
    }
    return Success;
}

} // namespace jx
