// keys: this installation's signing key and the registry of other agencies' keys (docs/cli.md).
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "app/cli/verbs/Passphrase.h"
#include "core/domain/EnumTable.h"
#include "core/exchange/KeyRegistry.h"
#include "core/exchange/KeyStore.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>

namespace jx {

namespace {

QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject partyJson(const PackageParty& p)
{
    return { { QStringLiteral("agencyId"), p.agencyId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("agencyCode"), p.agencyCode }, { QStringLiteral("agencyName"), p.agencyName },
        { QStringLiteral("agencyKind"), codeOf(p.agencyKind) }, { QStringLiteral("divisionCode"), p.divisionCode } };
}

QString partyText(const PackageParty& p)
{
    QString out = p.agencyName;
    if (!p.agencyCode.isEmpty())
        out += QStringLiteral(" (%1)").arg(p.agencyCode);
    return out + QStringLiteral(", %1, %2").arg(Names::of(p.agencyKind), p.divisionCode);
}

int generate(CliContext& cli, Workspace& workspace)
{
    KeyStore store(workspace.database());
    Result<std::optional<OwnKey>> current = store.current();
    if (!current)
        return cli.fail(current.error());
    if (current->has_value() && !cli.flag(QStringLiteral("replace"))) {
        return cli.fail(Cli::tr("This installation already has signing key %1; a new key replaces it and the level "
                                "above must register the new key file: add --replace to do so.")
                            .arg((*current)->fingerprint));
    }
    Result<QByteArray> passphrase = cliPassphrase(cli, true);
    if (!passphrase)
        return cli.fail(passphrase.error());
    Result<OwnKey> key = workspace.generateKey(*passphrase);
    if (!key)
        return cli.fail(key.error());
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("fingerprint"), key->fingerprint },
            { QStringLiteral("agency"), workspace.self().name }, { QStringLiteral("createdAt"), utc(key->createdAt) },
            { QStringLiteral("replaced"), current->has_value() ? (*current)->fingerprint : QString() } });
    } else {
        cli.out() << Cli::tr("New SM2 signing key of %1, fingerprint %2.").arg(workspace.self().name, key->fingerprint)
                  << Qt::endl
                  << Cli::tr("Export its key file (keys export -o FILE) and give it to the level above; compare "
                             "the fingerprint with them by phone.")
                  << Qt::endl;
    }
    return Cli::Success;
}

int exportKeyFile(CliContext& cli, Workspace& workspace)
{
    // `keys export -o FILE` (a short option the parser leaves among the words) or --output FILE.
    QString output = cli.value(QStringLiteral("output"));
    const qsizetype o = cli.positional().indexOf(QStringLiteral("-o"));
    if (output.isEmpty() && o >= 0)
        output = cli.positional().value(o + 1);
    if (output.isEmpty())
        return cli.fail(Cli::tr("keys export needs a file: keys export -o FILE"), Cli::Usage);
    Result<QByteArray> passphrase = cliPassphrase(cli);
    if (!passphrase)
        return cli.fail(passphrase.error());
    Result<KeyFile> file = KeyStore(workspace.database()).exportKeyFile(workspace.self(), *passphrase, output);
    if (!file)
        return cli.fail(file.error());
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("file"), output }, { QStringLiteral("fingerprint"), file->fingerprint() },
            { QStringLiteral("agency"), partyJson(file->agency) } });
    } else {
        cli.out() << Cli::tr("Key file of %1 written to %2; fingerprint %3.")
                         .arg(file->agency.agencyName, output, file->fingerprint())
                  << Qt::endl;
    }
    return Cli::Success;
}

int registerKey(CliContext& cli, Workspace& workspace)
{
    const QString path = cli.positional().value(1);
    if (path.isEmpty())
        return cli.fail(Cli::tr("keys register needs a key file: keys register FILE"), Cli::Usage);
    Result<KeyFile> file = KeyFile::read(path);
    if (!file)
        return cli.fail(file.error());
    // The fingerprint read out by the sender, when given, must be this one.
    const QString expected = cli.value(QStringLiteral("fingerprint"));
    if (!expected.isEmpty() && SigningKey::normalizedFingerprint(expected) != file->fingerprint()) {
        return cli.fail(Cli::tr("The key in “%1” has fingerprint %2, not %3: it is not the key the sender described; "
                                "nothing was registered.")
                            .arg(path, file->fingerprint(), expected));
    }
    Result<KnownKey> known = workspace.registerKey(*file);
    if (!known)
        return cli.fail(known.error());
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("fingerprint"), known->fingerprint },
            { QStringLiteral("agency"), partyJson(known->agency) },
            { QStringLiteral("registeredAt"), utc(known->registeredAt) } });
    } else {
        cli.out() << Cli::tr("Registered key %1 of %2.").arg(known->fingerprint, partyText(known->agency)) << Qt::endl;
        if (expected.isEmpty()) {
            cli.out() << Cli::tr("Compare this fingerprint with the sender by phone; if it differs, revoke the key.")
                      << Qt::endl;
        }
    }
    return Cli::Success;
}

int listKeys(CliContext& cli, Workspace& workspace)
{
    Result<QList<OwnKey>> own = KeyStore(workspace.database()).list();
    if (!own)
        return cli.fail(own.error());
    Result<QList<KnownKey>> known = KeyRegistry(workspace.database()).list();
    if (!known)
        return cli.fail(known.error());
    if (cli.json()) {
        QJsonArray ownList;
        for (const OwnKey& k : *own) {
            ownList.append(QJsonObject { { QStringLiteral("fingerprint"), k.fingerprint },
                { QStringLiteral("createdAt"), utc(k.createdAt) }, { QStringLiteral("retiredAt"), utc(k.retiredAt) },
                { QStringLiteral("current"), !k.retiredAt.isValid() } });
        }
        QJsonArray knownList;
        for (const KnownKey& k : *known) {
            knownList.append(QJsonObject { { QStringLiteral("fingerprint"), k.fingerprint },
                { QStringLiteral("agency"), partyJson(k.agency) }, { QStringLiteral("createdAt"), utc(k.createdAt) },
                { QStringLiteral("registeredAt"), utc(k.registeredAt) },
                { QStringLiteral("revokedAt"), utc(k.revokedAt) }, { QStringLiteral("revokeReason"), k.revokeReason } });
        }
        cli.printJson({ { QStringLiteral("own"), ownList }, { QStringLiteral("known"), knownList } });
        return Cli::Success;
    }
    cli.out() << Cli::tr("Own signing keys of %1:").arg(workspace.self().name) << Qt::endl;
    if (own->isEmpty())
        cli.out() << Cli::tr("  none (keys generate)") << Qt::endl;
    for (const OwnKey& k : *own) {
        cli.out() << QStringLiteral("  %1  %2  %3")
                         .arg(k.fingerprint, utc(k.createdAt),
                             k.retiredAt.isValid() ? Cli::tr("retired %1").arg(utc(k.retiredAt)) : Cli::tr("current"))
                  << Qt::endl;
    }
    cli.out() << Cli::tr("Known keys of other agencies:") << Qt::endl;
    if (known->isEmpty())
        cli.out() << Cli::tr("  none (keys register FILE)") << Qt::endl;
    for (const KnownKey& k : *known) {
        cli.out() << QStringLiteral("  %1  %2  ").arg(k.fingerprint, partyText(k.agency))
                  << (k.revoked() ? Cli::tr("revoked %1: %2").arg(utc(k.revokedAt), k.revokeReason)
                                  : Cli::tr("registered %1").arg(utc(k.registeredAt)))
                  << Qt::endl;
    }
    return Cli::Success;
}

int revokeKey(CliContext& cli, Workspace& workspace)
{
    const QString fingerprint = cli.positional().mid(1).join(QLatin1Char(' '));
    if (fingerprint.isEmpty())
        return cli.fail(Cli::tr("keys revoke needs a fingerprint: keys revoke FINGERPRINT --reason TEXT"), Cli::Usage);
    Result<QString> reason = cli.required(QStringLiteral("reason"));
    if (!reason)
        return cli.fail(reason.message(), Cli::Usage);
    if (Result<void> r = workspace.revokeKey(fingerprint, *reason); !r)
        return cli.fail(r.error());
    const QString normalized = SigningKey::normalizedFingerprint(fingerprint);
    if (cli.json()) {
        cli.printJson({ { QStringLiteral("fingerprint"), normalized }, { QStringLiteral("revoked"), true },
            { QStringLiteral("reason"), *reason } });
    } else {
        cli.out() << Cli::tr("Key %1 revoked: packages signed with it are refused from now on.").arg(normalized)
                  << Qt::endl;
    }
    return Cli::Success;
}

} // namespace

int keysVerb(CliContext& cli)
{
    const QString sub = cli.positional().value(0);
    using Sub = int (*)(CliContext&, Workspace&);
    Sub run = nullptr;
    if (sub == QLatin1String("generate"))
        run = generate;
    else if (sub == QLatin1String("export"))
        run = exportKeyFile;
    else if (sub == QLatin1String("register"))
        run = registerKey;
    else if (sub == QLatin1String("list"))
        run = listKeys;
    else if (sub == QLatin1String("revoke"))
        run = revokeKey;
    if (!run)
        return cli.fail(Cli::tr("“keys” needs a subcommand: generate, export, register, list or revoke."), Cli::Usage);
    Result<std::unique_ptr<Workspace>> workspace = cli.openWorkspace();
    if (!workspace)
        return cli.fail(workspace.error());
    return run(cli, **workspace);
}

} // namespace jx
