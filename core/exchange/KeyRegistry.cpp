#include "core/exchange/KeyRegistry.h"

#include "core/domain/EnumTable.h"
#include "core/storage/Column.h"
#include "core/storage/Database.h"
#include "core/storage/Installation.h"
#include "core/storage/Tables.h"

#include <QLocale>

namespace jx {

namespace {

QString selectSql()
{
    return QStringLiteral("SELECT %1 FROM known_key").arg(Tables::knownKey().columns.join(QStringLiteral(", ")));
}

QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

KnownKey knownKeyFrom(const QSqlQuery& q)
{
    KnownKey k;
    k.fingerprint = q.value(0).toString();
    k.agency.agencyId = uuidFromStored(q.value(1));
    k.agency.agencyCode = q.value(2).toString();
    k.agency.agencyName = q.value(3).toString();
    k.agency.agencyKind = q.value(4).toInt() == int(AgencyKind::BudgetUnit) ? AgencyKind::BudgetUnit
                                                                            : AgencyKind::FinanceBureau;
    k.agency.divisionCode = q.value(5).toString();
    k.publicKeyDer = q.value(6).toByteArray();
    k.createdAt = timeFrom(q.value(7));
    k.registeredAt = timeFrom(q.value(8));
    k.revokedAt = timeFrom(q.value(9));
    k.revokeReason = q.value(10).toString();
    return k;
}

QString when(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

KeyRegistry::KeyRegistry(Database& db) : m_db(db) {}

Result<QList<KnownKey>> KeyRegistry::list()
{
    Result<QSqlQuery*> q = m_db.read(selectSql() + QStringLiteral(" ORDER BY agency_name, registered_at"), {},
                                     tr("reading the registry of known keys"));
    if (!q)
        return q.error();
    QList<KnownKey> out;
    while ((*q)->next())
        out << knownKeyFrom(**q);
    return out;
}

Result<std::optional<KnownKey>> KeyRegistry::find(const QString& fingerprint)
{
    const QString normalized = SigningKey::normalizedFingerprint(fingerprint);
    if (normalized.isEmpty()) {
        return makeError(Error::Code::Invalid,
            tr("“%1” is not a key fingerprint: it has 32 hexadecimal digits, in 8 groups of 4.").arg(fingerprint));
    }
    Result<QSqlQuery*> q = m_db.read(selectSql() + QStringLiteral(" WHERE fingerprint = ?"), { normalized },
                                     tr("reading the known key %1").arg(normalized));
    if (!q)
        return q.error();
    std::optional<KnownKey> out;
    if ((*q)->next())
        out = knownKeyFrom(**q);
    (*q)->finish();
    return out;
}

Result<KnownKey> KeyRegistry::add(const KeyFile& file)
{
    const QString fingerprint = file.fingerprint();
    Result<Agency> self = Installation::selfAgency(m_db);
    if (!self)
        return self.error();
    if (file.agency.agencyId == self->meta.id) {
        return makeError(Error::Code::Conflict,
            tr("Key %1 belongs to this installation's own agency (%2): its own key is not registered as a known key.")
                .arg(fingerprint, self->name));
    }
    Result<std::optional<KnownKey>> existing = find(fingerprint);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const KnownKey& k = **existing;
        return makeError(Error::Code::Conflict,
            k.revoked() ? tr("Key %1 of %2 is already registered, and was revoked on %3: %4")
                              .arg(fingerprint, k.agency.agencyName, when(k.revokedAt), k.revokeReason)
                        : tr("Key %1 of %2 is already registered (on %3).")
                              .arg(fingerprint, k.agency.agencyName, when(k.registeredAt)));
    }
    KnownKey k;
    k.fingerprint = fingerprint;
    k.agency = file.agency;
    k.publicKeyDer = file.publicKeyDer;
    k.createdAt = file.createdAt;
    k.registeredAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    const QVariant values[] = { k.fingerprint, storedUuid(k.agency.agencyId),
        k.agency.agencyCode.isEmpty() ? QVariant() : QVariant(k.agency.agencyCode), k.agency.agencyName,
        int(k.agency.agencyKind), k.agency.divisionCode, k.publicKeyDer, k.createdAt.toMSecsSinceEpoch(),
        k.registeredAt.toMSecsSinceEpoch(), QVariant(), QVariant() };
    const QString insert = QStringLiteral("INSERT INTO known_key (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                               .arg(Tables::knownKey().columns.join(QStringLiteral(", ")));
    if (Result<int> r = m_db.write(insert, values, tr("registering key %1 of %2").arg(fingerprint, k.agency.agencyName));
        !r) {
        return r.error();
    }
    return k;
}

Result<KnownKey> KeyRegistry::addFile(const QString& path)
{
    Result<KeyFile> file = KeyFile::read(path);
    if (!file)
        return file.error();
    return add(*file);
}

Result<void> KeyRegistry::revoke(const QString& fingerprint, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("Revoking a key needs a reason."));
    Result<std::optional<KnownKey>> existing = find(fingerprint);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(Error::Code::NotFound, tr("No known key has the fingerprint %1.").arg(fingerprint));
    const KnownKey& k = **existing;
    if (k.revoked()) {
        return makeError(Error::Code::Conflict,
            tr("Key %1 of %2 was already revoked on %3: %4")
                .arg(k.fingerprint, k.agency.agencyName, when(k.revokedAt), k.revokeReason));
    }
    const QVariant values[] = { QDateTime::currentMSecsSinceEpoch(), reason.trimmed(), k.fingerprint };
    if (Result<int> r = m_db.write(
            QStringLiteral("UPDATE known_key SET revoked_at = ?, revoke_reason = ? WHERE fingerprint = ?"), values,
            tr("revoking key %1 of %2").arg(k.fingerprint, k.agency.agencyName));
        !r) {
        return r.error();
    }
    return {};
}

Result<void> KeyRegistry::checkSigner(const VerifiedPackage& package)
{
    const PackageParty& sender = package.header.sender;
    Result<std::optional<KnownKey>> found = find(package.signerFingerprint);
    if (!found)
        return found.error();
    // The fingerprint is a prefix of a digest: the whole key must match too.
    if (!found->has_value() || (*found)->publicKeyDer != package.signerPublicKey) {
        return makeError(Error::Code::Invalid,
            tr("Package “%1” is signed by an unknown key (%2), not registered here: register the key file of %3 "
               "first, after comparing its fingerprint with the sender.")
                .arg(package.path, package.signerFingerprint, sender.agencyName));
    }
    const KnownKey& k = **found;
    if (k.revoked()) {
        return makeError(Error::Code::Invalid,
            tr("Package “%1” is signed by key %2 of %3, which was revoked on %4 (%5).")
                .arg(package.path, k.fingerprint, k.agency.agencyName, when(k.revokedAt), k.revokeReason));
    }
    if (k.agency.agencyId != sender.agencyId) {
        return makeError(Error::Code::Invalid,
            tr("Package “%1” names %2 as its sender but is signed by key %3 of another agency, %4.")
                .arg(package.path, sender.agencyName, k.fingerprint, k.agency.agencyName));
    }
    return {};
}

} // namespace jx
