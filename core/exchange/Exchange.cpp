#include "core/exchange/Exchange.h"

#include "core/exchange/KeyRegistry.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/PackageWriter.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/workspace/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace jx {

Exchange::Exchange(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<Agency> Exchange::findAgency(const QString& codeOrId)
{
    Database& db = m_workspace.database();
    const QUuid id = QUuid::fromString(codeOrId.trimmed());
    QSqlQuery q(db.connection());
    q.prepare(id.isNull() ? QStringLiteral("SELECT id, name, kind, division_code, code FROM agency WHERE code = ? AND deleted = 0")
                          : QStringLiteral("SELECT id, name, kind, division_code, code FROM agency WHERE id = ? AND deleted = 0"));
    q.addBindValue(id.isNull() ? QVariant(codeOrId.trimmed()) : RecordStore::idValue(id));
    if (!q.exec())
        return db.queryError(q, tr("finding the agency “%1”").arg(codeOrId));
    if (!q.next()) {
        // The level above is known by its registered key before any package of it arrived.
        Result<QList<KnownKey>> keys = KeyRegistry(db).list();
        if (!keys)
            return keys.error();
        for (const KnownKey& key : *keys) {
            if (key.revoked() || (key.agency.agencyId != id && (!id.isNull() || key.agency.agencyCode != codeOrId.trimmed())))
                continue;
            Agency a;
            a.meta.id = key.agency.agencyId;
            a.name = key.agency.agencyName;
            a.kind = key.agency.agencyKind;
            a.divisionCode = key.agency.divisionCode;
            a.code = key.agency.agencyCode;
            return a;
        }
        return makeError(Error::Code::NotFound,
            tr("No agency known here has the id or code “%1” (neither among the agencies nor the registered keys).")
                .arg(codeOrId));
    }
    Agency a;
    a.meta.id = RecordStore::uuidAt(q, 0);
    a.name = q.value(1).toString();
    a.kind = q.value(2).toInt() == int(AgencyKind::FinanceBureau) ? AgencyKind::FinanceBureau : AgencyKind::BudgetUnit;
    a.divisionCode = q.value(3).toString();
    a.code = q.value(4).toString();
    if (q.next())
        return makeError(Error::Code::Conflict, tr("Several agencies have the code “%1”; name one by its id.").arg(codeOrId));
    return a;
}

ExchangeDirection Exchange::directionTo(const Agency& recipient)
{
    // In this agency's area (its division and below for a finance department, its sub-units):
    // the level below, which gets a return; anyone else gets a submission.
    const Agency& self = m_workspace.self();
    Database& db = m_workspace.database();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "WITH RECURSIVE d(code) AS (SELECT ? UNION SELECT v.code FROM division v JOIN d ON v.parent_code = d.code),"
        " u(id) AS (SELECT ? UNION SELECT a.id FROM agency a JOIN u ON a.parent_id = u.id)"
        " SELECT 1 FROM agency WHERE id = ? AND ((? AND division_code IN (SELECT code FROM d)) OR id IN (SELECT id FROM u))"));
    q.addBindValue(self.divisionCode);
    q.addBindValue(RecordStore::idValue(self.meta.id));
    q.addBindValue(RecordStore::idValue(recipient.meta.id));
    q.addBindValue(self.kind == AgencyKind::FinanceBureau ? 1 : 0);
    const bool below = q.exec() && q.next() && recipient.meta.id != self.meta.id;
    return below ? ExchangeDirection::Return : ExchangeDirection::Submission;
}

Result<ExportResult> Exchange::writePayload(const Agency& recipient, const ExportOptions& options, const QUuid& packageId,
                                            const QString& payloadPath, PayloadContent* contentOut,
                                            const std::function<bool()>& goOn)
{
    Database& db = m_workspace.database();
    if (recipient.meta.id == m_workspace.self().meta.id)
        return makeError(Error::Code::Invalid, tr("A package goes to another agency, not to %1 itself.").arg(recipient.name));
    if (options.fiscalYear <= 0)
        return makeError(Error::Code::Invalid, tr("A package is for one fiscal year; give the year."));
    ExchangeLog log(db);
    PayloadScope scope;
    scope.direction = directionTo(recipient);
    scope.recipientId = recipient.meta.id;
    scope.fiscalYear = options.fiscalYear;
    scope.stages = options.stages;
    if (options.sinceAcknowledged) {
        Result<QHash<QString, qint64>> marks = log.acknowledgedMarks(recipient.meta.id);
        if (!marks)
            return marks.error();
        scope.since = *marks;
    }
    Result<QUuid> acknowledges = log.lastReceivedFrom(recipient.meta.id);
    if (!acknowledges)
        return acknowledges.error();
    scope.info.insert(QStringLiteral("package"), packageId.toString(QUuid::WithoutBraces));
    if (!acknowledges->isNull())
        scope.info.insert(QStringLiteral("acknowledges"), acknowledges->toString(QUuid::WithoutBraces));
    Result<qint64> sequence = log.nextSequence();
    if (!sequence)
        return sequence.error();

    Result<PayloadContent> content = PayloadWriter(db, m_workspace.self()).write(scope, payloadPath, goOn);
    if (!content)
        return content.error();
    if (contentOut)
        *contentOut = *content;
    ExportResult result;
    result.packageId = packageId;
    result.sequence = *sequence;
    result.direction = scope.direction;
    result.recipientId = recipient.meta.id;
    result.recipientName = recipient.name;
    result.counts = content->counts;
    return result;
}

Result<void> Exchange::recordSent(const ExportResult& result, const ExportOptions& options, const PayloadContent& content)
{
    SentPackage sent;
    sent.id = result.packageId;
    sent.recipientId = result.recipientId;
    sent.direction = result.direction;
    sent.sequence = result.sequence;
    sent.fiscalYear = options.fiscalYear;
    sent.stages = options.stages;
    sent.scope = options.sinceAcknowledged ? QStringLiteral("since-ack") : QStringLiteral("all");
    sent.marks = content.marks;
    sent.counts = content.counts;
    sent.createdAt = QDateTime::currentDateTimeUtc();
    sent.fileName = result.path;
    Database::Transaction tx(m_workspace.database());
    if (!tx.started())
        return tx.startError();
    if (Result<void> r = ExchangeLog(m_workspace.database()).recordSent(sent); !r)
        return r;
    return tx.commit();
}

Result<ExchangeSummary> Exchange::importPayload(const QString& payloadPath, const PayloadOrigin& origin, qint64 sequence,
                                                const QJsonObject& header, const QString& fileName, bool dryRun,
                                                const PackageProgress& progress)
{
    Database& db = m_workspace.database();
    ExchangeLog log(db);
    ExchangeSummary summary;
    summary.packageId = origin.packageId;
    summary.senderId = origin.senderId;
    summary.sequence = sequence;
    summary.fiscalYear = origin.fiscalYear;
    if (origin.recipientId != m_workspace.self().meta.id) {
        return makeError(Error::Code::Invalid,
            tr("The package is addressed to another agency (id %1), not to %2; nothing was imported.")
                .arg(origin.recipientId.toString(QUuid::WithoutBraces), m_workspace.self().name));
    }
    // Idempotent and order-tolerant: a package seen before, or older than one seen, changes nothing.
    Result<std::optional<ReceivedPackage>> seen = log.received(origin.packageId);
    if (!seen)
        return seen.error();
    if (seen->has_value()) {
        summary.status = ExchangeSummary::Status::Warning;
        summary.outcome = ExchangeSummary::Outcome::AlreadyImported;
        summary.message = tr("Package %1 was already imported on %2; nothing changed.")
                              .arg(origin.packageId.toString(QUuid::WithoutBraces),
                                  (*seen)->importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return summary;
    }
    Result<qint64> last = log.lastSequenceFrom(origin.senderId);
    if (!last)
        return last.error();
    if (sequence <= *last) {
        summary.status = ExchangeSummary::Status::Warning;
        summary.outcome = ExchangeSummary::Outcome::Older;
        summary.message = tr("Package %1 is number %2 of its sender, older than number %3 already imported from it;"
                             " nothing changed.")
                              .arg(origin.packageId.toString(QUuid::WithoutBraces))
                              .arg(sequence)
                              .arg(*last);
        return summary;
    }
    // Asked before the backup too: a cancel here costs nothing, not even a copy of the database.
    if (progress && !progress(0, 0))
        return makeError(Error::Code::Invalid, PackageImporter::tr("The import was cancelled; nothing was imported."));
    QString backupPath;
    if (!dryRun) {
        Result<QString> backup = Backup::rotate(db, QStringLiteral("import"));
        if (!backup) {
            return makeError(backup.error().code,
                tr("Nothing was imported, because no backup of the database could be made first: %1").arg(backup.message()));
        }
        backupPath = *backup;
    }
    PackageImporter importer(db, m_workspace.self());
    const auto record = [&](const ExchangeSummary& s) -> Result<void> {
        ReceivedPackage received;
        received.id = origin.packageId;
        received.senderId = origin.senderId;
        received.direction = origin.direction;
        received.sequence = sequence;
        received.fiscalYear = origin.fiscalYear;
        received.header = header;
        received.summary = s;
        received.summary.sequence = sequence;
        received.summary.backupPath = backupPath;
        received.importedAt = QDateTime::currentDateTimeUtc();
        received.fileName = fileName;
        const QUuid acknowledges = QUuid::fromString(importer.info().value(QStringLiteral("acknowledges")));
        return ExchangeLog(db).recordReceived(received, acknowledges);
    };
    Result<ExchangeSummary> imported = importer.import(payloadPath, origin, dryRun, record, progress);
    if (!imported)
        return imported.error();
    imported->sequence = sequence;
    imported->backupPath = backupPath;
    QSqlQuery name(db.connection());
    name.prepare(QStringLiteral("SELECT name FROM agency WHERE id = ?"));
    name.addBindValue(RecordStore::idValue(origin.senderId));
    if (name.exec() && name.next())
        imported->senderName = name.value(0).toString();
    return imported;
}

namespace {

PackageParty partyOf(const Agency& a)
{
    PackageParty p;
    p.agencyId = a.meta.id;
    p.agencyCode = a.code;
    p.agencyName = a.name;
    p.agencyKind = a.kind;
    p.divisionCode = a.divisionCode;
    return p;
}

} // namespace

Result<ExportResult> Exchange::exportPackage(const ExportOptions& options, const ExchangeProgress& progress)
{
    if (options.outputPath.isEmpty())
        return makeError(Error::Code::Invalid, tr("Name the package file to write."));
    Result<Agency> recipient = findAgency(options.recipient);
    if (!recipient)
        return recipient.error();
    Database& db = m_workspace.database();
    // The key first: a wrong passphrase costs nothing.
    Result<SigningKey> key = KeyStore(db).unlock(options.passphrase.toUtf8());
    if (!key)
        return key.error();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(Error::Code::Storage, tr("No temporary folder for the package: %1").arg(scratch.errorString()));
    const QString payloadPath = scratch.filePath(QStringLiteral("payload.jixiao-payload"));
    const QUuid packageId = QUuid::createUuid();
    PayloadContent content;
    const std::function<bool()> collecting
        = progress ? std::function<bool()>([&progress] { return progress(ExchangeStep::Collecting, 0, 0); }) : nullptr;
    Result<ExportResult> result = writePayload(*recipient, options, packageId, payloadPath, &content, collecting);
    if (!result)
        return result.error();

    PackageHeader header;
    header.packageId = packageId;
    header.kind = result->direction == ExchangeDirection::Submission ? PackageKind::Submission : PackageKind::Return;
    header.sender = partyOf(m_workspace.self());
    header.recipient = partyOf(*recipient);
    header.fiscalYear = options.fiscalYear;
    header.stages = options.stages;
    header.createdAt = QDateTime::currentDateTimeUtc();
    header.sequence = result->sequence;
    header.recordCounts = content.counts;
    const PackageProgress signing = progress ? PackageProgress([&progress](qint64 done, qint64 total) {
        return progress(ExchangeStep::Signing, done, total);
    }) : nullptr;
    Result<PackageHeader> written = PackageWriter::write(options.outputPath, header, payloadPath, *key, signing);
    if (!written)
        return written.error();
    result->path = options.outputPath;
    if (Result<void> r = recordSent(*result, options, content); !r) {
        // Not logged, not sent: the file goes too, so that no package exists that the log does not know.
        QFile::remove(options.outputPath);
        return r.error();
    }
    return result;
}

Result<ExchangeSummary> Exchange::importPackage(const QString& path, bool dryRun, const ExchangeProgress& progress)
{
    QElapsedTimer timer;
    timer.start();
    const auto step = [&progress](ExchangeStep s) {
        return progress ? PackageProgress([&progress, s](qint64 done, qint64 total) { return progress(s, done, total); })
                        : PackageProgress();
    };
    Result<VerifiedPackage> package = PackageReader::open(path, {}, step(ExchangeStep::Verifying));
    if (qEnvironmentVariableIsSet("JIXIAO_EXCHANGE_TRACE"))
        std::fprintf(stderr, "exchange: %-24s %8.3f s\n", "open and verify", timer.nsecsElapsed() / 1e9);
    if (!package)
        return package.error();
    const PackageHeader& header = package->header;
    if (header.kind == PackageKind::KeyFile) {
        return makeError(Error::Code::Invalid,
            tr("“%1” is a key file, not a package of records: register it with “keys register”.").arg(path));
    }
    Database& db = m_workspace.database();
    if (Result<void> r = KeyRegistry(db).checkSigner(*package); !r)
        return r.error();
    PayloadOrigin origin;
    origin.direction = header.kind == PackageKind::Submission ? ExchangeDirection::Submission : ExchangeDirection::Return;
    origin.packageId = header.packageId;
    origin.senderId = header.sender.agencyId;
    origin.recipientId = header.recipient.agencyId;
    origin.fiscalYear = header.fiscalYear;
    QJsonObject headerJson = QJsonDocument::fromJson(header.toJson()).object();
    headerJson.insert(QStringLiteral("signerFingerprint"), package->signerFingerprint);
    Result<ExchangeSummary> summary = importPayload(package->payloadPath, origin, header.sequence, headerJson,
                                                    QFileInfo(path).fileName(), dryRun, step(ExchangeStep::Importing));
    if (summary && summary->senderName.isEmpty())
        summary->senderName = header.sender.agencyName;
    return summary;
}

Result<ExchangeHistory> Exchange::history()
{
    ExchangeLog log(m_workspace.database());
    ExchangeHistory h;
    Result<QList<SentPackage>> sent = log.sent();
    if (!sent)
        return sent.error();
    Result<QList<ReceivedPackage>> received = log.receivedAll();
    if (!received)
        return received.error();
    h.sent = *sent;
    h.received = *received;
    return h;
}

} // namespace jx
