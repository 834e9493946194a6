#pragma once

#include "core/storage/Database.h"
#include "core/storage/Installation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace jx::test {

/// A new database for a county finance bureau in a temporary directory.
inline std::unique_ptr<Database> createInstallation(const QTemporaryDir& dir, const QString& name = QStringLiteral("test.jixiao"),
                                                    const QString& division = QStringLiteral("653101"))
{
    InstallationRequest request;
    request.divisionCode = division;
    request.agencyName = QStringLiteral("喀什市财政局");
    request.agencyKind = AgencyKind::FinanceBureau;
    Result<std::unique_ptr<Database>> db = Installation::create(dir.filePath(name), request);
    if (!db) {
        qWarning("%s", qPrintable(db.message()));
        return nullptr;
    }
    return std::move(db.value());
}

/// The first column of the first row of @p sql, or an invalid QVariant.
inline QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

/// SHA-256 of a file's bytes, to prove a file was left untouched.
inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace jx::test
