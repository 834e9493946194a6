#pragma once

#include "core/domain/Result.h"

#include <QByteArray>

namespace jx {

class CliContext;

/**
 * The passphrase of this installation's signing key, for the verbs that sign (keys, package
 * export): from --passphrase-file FILE (its first line), else the JIXIAO_PASSPHRASE environment
 * variable, else asked on the terminal without echo (twice when @p confirm, for a new key).
 * Never from the command line itself, where other users could read it in the process list.
 */
Result<QByteArray> cliPassphrase(const CliContext& cli, bool confirm = false);

} // namespace jx
