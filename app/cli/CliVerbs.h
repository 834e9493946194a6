#pragma once

#include <QList>
#include <QStringList>

namespace jx {

class CliContext;

/// A verb of jixiao-cli: the names it answers to, what runs it, its lines of the usage text.
struct CliVerb
{
    using Run = int (*)(CliContext&);

    QStringList names;
    Run run = nullptr;
    /// Untranslated (QT_TRANSLATE_NOOP in context "Cli"); shown through Cli::tr().
    const char* usage = nullptr;
};

/// Every verb, in the order of the usage text. Adding a verb is one line here and one function.
const QList<CliVerb>& cliVerbs();

// The verbs, one file each (or one per group) under app/cli/verbs/; each returns the exit code.
int initVerb(CliContext& cli);
int demoVerb(CliContext& cli);
int infoVerb(CliContext& cli);
int programVerb(CliContext& cli);
int scoreVerb(CliContext& cli);
/// score --all (ScoreAllVerb.cpp): every self-evaluation of a year.
int scoreAllVerb(CliContext& cli);
int workflowVerb(CliContext& cli);
int exportVerb(CliContext& cli);
int importVerb(CliContext& cli);
int decideVerb(CliContext& cli);
int dueVerb(CliContext& cli);
int orderVerb(CliContext& cli);
int backupVerb(CliContext& cli);
int restoreVerb(CliContext& cli);
int orderLiftVerb(CliContext& cli);
int assessVerb(CliContext& cli);
int budgetVerb(CliContext& cli);
int recordsVerb(CliContext& cli);
/// keys generate|export|register|list|revoke (KeysVerb.cpp).
int keysVerb(CliContext& cli);
/// package: the dispatcher and package verify (PackageVerifyVerb.cpp)…
int packageVerb(CliContext& cli);
int packageVerifyVerb(CliContext& cli);
/// … package export|import|history (PackageVerbs.cpp).
int packageExchangeVerb(CliContext& cli);
/// report NAME … / report --list (ReportVerb.cpp).
int reportVerb(CliContext& cli);
/// export template …, import FILE.xlsx: the fill-in templates (TemplateVerbs.cpp), reached from export/import.
int templateExportVerb(CliContext& cli);
int templateImportVerb(CliContext& cli);

} // namespace jx
