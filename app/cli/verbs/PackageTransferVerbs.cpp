// package export, package import: the other half of the file exchange (issue 10). A placeholder
// until the payload and import land (branch xpayload replaces this file).
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"

namespace jx {

int packageExportVerb(CliContext& cli)
{
    return cli.fail(Cli::tr("package export is not available in this build yet."));
}

int packageImportVerb(CliContext& cli)
{
    return cli.fail(Cli::tr("package import is not available in this build yet."));
}

} // namespace jx
