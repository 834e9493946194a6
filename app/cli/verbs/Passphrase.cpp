#include "app/cli/verbs/Passphrase.h"

#include "app/cli/CliContext.h"

#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace jx {

namespace {

// One line from the terminal with echo off; nothing when standard input is no terminal.
std::optional<QByteArray> askWithoutEcho(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return QByteArray::fromStdString(line);
}

} // namespace

Result<QByteArray> cliPassphrase(const CliContext& cli, bool confirm)
{
    const QString file = cli.value(QStringLiteral("passphrase-file"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Code::NotFound, Cli::tr("Cannot read the passphrase file “%1”: %2").arg(file, f.errorString()));
        QByteArray line = f.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return makeError(Error::Code::Invalid, Cli::tr("The passphrase file “%1” is empty.").arg(file));
        return line;
    }
    if (qEnvironmentVariableIsSet("JIXIAO_PASSPHRASE"))
        return qgetenv("JIXIAO_PASSPHRASE");
    std::optional<QByteArray> typed = askWithoutEcho(Cli::tr("Passphrase of the signing key: "));
    if (!typed) {
        return makeError(Error::Code::Invalid,
            Cli::tr("A passphrase is needed: give --passphrase-file FILE, set JIXIAO_PASSPHRASE, or run on a terminal."));
    }
    if (confirm) {
        std::optional<QByteArray> again = askWithoutEcho(Cli::tr("The same passphrase again: "));
        if (!again || *again != *typed)
            return makeError(Error::Code::Invalid, Cli::tr("The two passphrases differ; nothing was done."));
    }
    return *typed;
}

} // namespace jx
