#include "app/cli/CliVerbs.h"

#include <QCoreApplication>

namespace jx {

const QList<CliVerb>& cliVerbs()
{
    static const QList<CliVerb> verbs {
        { { QStringLiteral("init") }, initVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  init --division CODE --agency NAME [--kind finance|unit] [--code CODE]\n"
                "        create a database for an agency\n") },
        { { QStringLiteral("demo") }, demoVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  demo [--scale county|prefecture|region] [--seed N] [--year YEAR] [--region CODE]\n"
                "        create a database with deterministic synthetic data\n") },
        { { QStringLiteral("info") }, infoVerb,
            QT_TRANSLATE_NOOP("Cli", "  info  counts per table and the schema version\n") },
        { { QStringLiteral("program") }, programVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  program add --name NAME --amount AMOUNT [--unit yuan|10k] [--book BOOK] [--kind KIND]\n"
                "        [--year YEAR] [--function CODE] [--tags TAG,...] [--new] [--major] [--mid-year]\n"
                "  program add --predecessor ID [--name NAME] [--amount AMOUNT] [OPTIONS]\n"
                "        next year's program continuing ID (its decision shows in the list)\n"
                "  program list [--year YEAR] [--search TEXT] [--limit N]\n") },
        { { QStringLiteral("score") }, scoreVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  score --program ID\n"
                "        the self-evaluation score: execution rate, every indicator, total and grade\n"
                "  score --all [--year YEAR]\n"
                "        every self-evaluation of a year; refreshes the stored score of drafts\n") },
        { { QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("return") }, workflowVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  submit|approve|return --record KIND --id ID[,ID...] --as NAME --role ROLE\n"
                "        [--agency ID] [--comment TEXT]\n"
                "        move a record through its workflow; KIND: assessment, targets, monitoring,\n"
                "        evaluation, application; ROLE: preparer, head, reviewer, admin\n"
                "  approve --record evaluation --id ID ... [--grade excellent|good|fair|poor|优|良|中|差]\n"
                "        [--reason TEXT] [--accept IND,...] [--reject IND,...] [--deduct IND,...]\n"
                "        finance's grade (a reason when it differs from the computed one), its decision\n"
                "        on every 不适用 claim and the far-above deductions it confirms\n") },
        { { QStringLiteral("export") }, exportVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  export --json [--year YEAR] [--output FILE]\n"
                "        programs with targets, monitoring and self-evaluation (docs/json-format.md)\n"
                "  export template targets|monitoring|self-evaluation [--agency ID|CODE] [--year YEAR]\n"
                "        [--month M] -o FILE.xlsx\n"
                "        a fill-in template for Excel (docs/templates.md)\n") },
        { { QStringLiteral("import") }, importVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  import FILE.json [--dry-run]\n"
                "        the same format, all or nothing; every rejected field with its path\n"
                "  import FILE.xlsx [--dry-run] [--as NAME --role ROLE]\n"
                "        a filled-in template, all or nothing; every problem as sheet!Cell: reason\n") },
        { { QStringLiteral("decide") }, decideVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  decide --program ID --decision increase|keep|reduce|cancel [--change AMOUNT] --reason TEXT\n"
                "        a draft result application for next year (submit it with submit --record application)\n") },
        { { QStringLiteral("due") }, dueVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  due [--agency ID] [--year YEAR] [--today YYYY-MM-DD]\n"
                "        work due and overdue under the statutory calendar\n") },
        { { QStringLiteral("order") }, orderVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  order --program ID --kind rectify|suspend|stop --reason TEXT --as NAME [--role ROLE]\n"
                "        a finance order on a program after monitoring\n"
                "  order lift --id ORDER --reason TEXT [--outcome TEXT] --as NAME [--role ROLE]\n"
                "        lift it; lifting an order to rectify records the outcome of the rectification\n") },
        { { QStringLiteral("backup") }, backupVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  backup [COPY]\n"
                "        a consistent copy of the database (without COPY: into the rotating set beside it)\n") },
        { { QStringLiteral("restore") }, restoreVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  restore BACKUP\n"
                "        replace the database with a checked backup; the replaced one is kept\n") },
        { { QStringLiteral("assess") }, assessVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  assess (--program ID | --id ID) [--scores N,N,N,N,N] [--report TEXT | --report-file FILE]\n"
                "        [--conclusion CODE] [--assessor self|finance|third-party] [--assessor-name NAME]\n"
                "        create or edit a draft ex-ante assessment (five dimensions; the conclusion follows\n"
                "        the scores unless given)\n") },
        { { QStringLiteral("budget") }, budgetVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  budget apply|arrange --program ID --as NAME [--role ROLE]\n"
                "  budget pay --program ID --amount AMOUNT --as NAME [--role ROLE] [--note TEXT]\n"
                "        apply for a program's budget (unit), arrange it or pay it out (finance)\n") },
        { { QStringLiteral("records") }, recordsVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  records --program ID\n"
                "        every record of a subject with its kind, id, status and year, and its orders\n") },
        { { QStringLiteral("keys") }, keysVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  keys generate [--replace] [--passphrase-file FILE]\n"
                "        this installation's SM2 signing key, its private key encrypted under a passphrase\n"
                "        (--passphrase-file, JIXIAO_PASSPHRASE, or asked on the terminal)\n"
                "  keys export -o FILE     the key file for the level above (self-signed)\n"
                "  keys register FILE [--fingerprint FP]   a lower level's key file\n"
                "  keys list               own keys and known keys\n"
                "  keys revoke FINGERPRINT --reason TEXT\n") },
        { { QStringLiteral("package") }, packageVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  package export --to AGENCY --year YEAR [--stages STAGE,...] [--since-ack|--all] -o FILE\n"
                "        [--passphrase-file FILE]\n"
                "        a signed package for another agency (submission up, return down); stages: assessment,\n"
                "        targets, monitoring, evaluation, application; the passphrase also from JIXIAO_PASSPHRASE\n"
                "  package verify FILE [--db DB]\n"
                "        header, signer, fingerprint, counts, and valid or why not (with --db: is the\n"
                "        signer a registered, unrevoked key of the sender)\n"
                "  package import FILE [--dry-run] [--summary FILE]\n"
                "        verify and import a package, all or nothing; the summary as JSON (.json) or text\n"
                "  package history\n"
                "        the packages sent and received, with their summaries\n") },
        { { QStringLiteral("report") }, reportVerb,
            QT_TRANSLATE_NOOP("Cli",
                "  report NAME -o FILE [--format xlsx|csv|html|pdf] [--year YEAR] [--agency ID|CODE]\n"
                "        [--division CODE] [--subject ID|CODE] [--month M] [--unit yuan|wan]\n"
                "        a report as the official form lays it out (merged headers, amounts in 万元)\n"
                "  report --list           the reports, their titles and what each needs\n") },
    };
    return verbs;
}

} // namespace jx
