#include "core/exchange/PackageHeader.h"

#include "core/domain/EnumTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace jx {

namespace {

QJsonObject partyJson(const PackageParty& party)
{
    if (party.isNull())
        return {};
    return {
        { QStringLiteral("agencyId"), party.agencyId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("agencyCode"), party.agencyCode },
        { QStringLiteral("agencyName"), party.agencyName },
        { QStringLiteral("agencyKind"), codeOf(party.agencyKind) },
        { QStringLiteral("divisionCode"), party.divisionCode },
    };
}

// A field of the header that is missing or of the wrong type, named by its JSON path.
Error badField(const QString& fileName, const QString& field)
{
    return makeError(Error::Code::Invalid,
        PackageHeader::tr("The header of package “%1” is not valid: field “%2” is missing or wrong.")
            .arg(fileName, field));
}

Result<PackageParty> partyFrom(const QJsonValue& value, const QString& fileName, const QString& field, bool optional)
{
    if (optional && (value.isUndefined() || value.isNull() || (value.isObject() && value.toObject().isEmpty())))
        return PackageParty {};
    if (!value.isObject())
        return badField(fileName, field);
    const QJsonObject o = value.toObject();
    PackageParty party;
    party.agencyId = QUuid::fromString(o.value(QStringLiteral("agencyId")).toString());
    if (party.agencyId.isNull())
        return badField(fileName, field + QStringLiteral(".agencyId"));
    party.agencyCode = o.value(QStringLiteral("agencyCode")).toString();
    party.agencyName = o.value(QStringLiteral("agencyName")).toString();
    if (party.agencyName.isEmpty())
        return badField(fileName, field + QStringLiteral(".agencyName"));
    const std::optional<AgencyKind> kind = fromCode<AgencyKind>(o.value(QStringLiteral("agencyKind")).toString());
    if (!kind)
        return badField(fileName, field + QStringLiteral(".agencyKind"));
    party.agencyKind = *kind;
    party.divisionCode = o.value(QStringLiteral("divisionCode")).toString();
    if (party.divisionCode.size() != 6)
        return badField(fileName, field + QStringLiteral(".divisionCode"));
    return party;
}

} // namespace

QString PackageHeader::kindCode(PackageKind kind)
{
    switch (kind) {
    case PackageKind::Submission:
        return QStringLiteral("submission");
    case PackageKind::Return:
        return QStringLiteral("return");
    case PackageKind::KeyFile:
        return QStringLiteral("keyfile");
    }
    return {};
}

std::optional<PackageKind> PackageHeader::kindFromCode(const QString& code)
{
    for (PackageKind k : { PackageKind::Submission, PackageKind::Return, PackageKind::KeyFile }) {
        if (kindCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString PackageHeader::kindName(PackageKind kind)
{
    switch (kind) {
    case PackageKind::Submission:
        return tr("submission package");
    case PackageKind::Return:
        return tr("return package");
    case PackageKind::KeyFile:
        return tr("key file");
    }
    return {};
}

QByteArray PackageHeader::toJson() const
{
    QJsonObject counts;
    for (auto it = recordCounts.cbegin(); it != recordCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    const QJsonObject o {
        { QStringLiteral("format"), format.toString() },
        { QStringLiteral("packageId"), packageId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("kind"), kindCode(kind) },
        { QStringLiteral("sender"), partyJson(sender) },
        { QStringLiteral("recipient"), partyJson(recipient) },
        { QStringLiteral("fiscalYear"), fiscalYear },
        { QStringLiteral("stages"), QJsonArray::fromStringList(stages) },
        { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("sequence"), sequence },
        { QStringLiteral("recordCounts"), counts },
        { QStringLiteral("payloadSize"), payloadSize },
        { QStringLiteral("payloadSm3"), QString::fromLatin1(payloadDigest.toHex()) },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<PackageHeader> PackageHeader::fromJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(Error::Code::Invalid,
            tr("The header of package “%1” is not valid JSON.").arg(fileName));
    }
    const QJsonObject o = doc.object();
    PackageHeader h;

    const QStringList version = o.value(QStringLiteral("format")).toString().split(QLatin1Char('.'));
    bool majorOk = false;
    bool minorOk = false;
    if (version.size() == 2) {
        h.format.major = version.at(0).toInt(&majorOk);
        h.format.minor = version.at(1).toInt(&minorOk);
    }
    if (!majorOk || !minorOk)
        return badField(fileName, QStringLiteral("format"));

    h.packageId = QUuid::fromString(o.value(QStringLiteral("packageId")).toString());
    if (h.packageId.isNull())
        return badField(fileName, QStringLiteral("packageId"));
    const std::optional<PackageKind> kind = kindFromCode(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return badField(fileName, QStringLiteral("kind"));
    h.kind = *kind;

    Result<PackageParty> sender = partyFrom(o.value(QStringLiteral("sender")), fileName, QStringLiteral("sender"), false);
    if (!sender)
        return sender.error();
    h.sender = *sender;
    Result<PackageParty> recipient = partyFrom(o.value(QStringLiteral("recipient")), fileName,
        QStringLiteral("recipient"), h.kind == PackageKind::KeyFile);
    if (!recipient)
        return recipient.error();
    h.recipient = *recipient;

    const QJsonValue year = o.value(QStringLiteral("fiscalYear"));
    if (!year.isDouble())
        return badField(fileName, QStringLiteral("fiscalYear"));
    h.fiscalYear = year.toInt();

    const QJsonValue stages = o.value(QStringLiteral("stages"));
    if (!stages.isArray())
        return badField(fileName, QStringLiteral("stages"));
    for (const QJsonValue& s : stages.toArray()) {
        if (!s.isString())
            return badField(fileName, QStringLiteral("stages"));
        h.stages << s.toString();
    }

    h.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    if (!h.createdAt.isValid())
        return badField(fileName, QStringLiteral("createdAt"));
    h.createdAt = h.createdAt.toUTC();

    const QJsonValue sequence = o.value(QStringLiteral("sequence"));
    if (!sequence.isDouble() || sequence.toDouble() < 0)
        return badField(fileName, QStringLiteral("sequence"));
    h.sequence = sequence.toInteger();

    const QJsonValue counts = o.value(QStringLiteral("recordCounts"));
    if (!counts.isObject())
        return badField(fileName, QStringLiteral("recordCounts"));
    const QJsonObject countObject = counts.toObject();
    for (auto it = countObject.begin(); it != countObject.end(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            return badField(fileName, QStringLiteral("recordCounts.") + it.key());
        h.recordCounts.insert(it.key(), it.value().toInteger());
    }

    const QJsonValue size = o.value(QStringLiteral("payloadSize"));
    if (!size.isDouble() || size.toDouble() < 0)
        return badField(fileName, QStringLiteral("payloadSize"));
    h.payloadSize = size.toInteger();
    h.payloadDigest = QByteArray::fromHex(o.value(QStringLiteral("payloadSm3")).toString().toLatin1());
    if (h.payloadDigest.size() != 32)
        return badField(fileName, QStringLiteral("payloadSm3"));
    return h;
}

} // namespace jx
