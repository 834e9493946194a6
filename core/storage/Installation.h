#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <memory>

namespace jx {

/// What `init` needs to create a database for an agency.
struct InstallationRequest
{
    QString divisionCode;
    QString agencyName;
    AgencyKind agencyKind = AgencyKind::FinanceBureau;
    QString agencyCode; ///< optional local code
};

/**
 * An installation is one database file that belongs to one agency (财政部门 or 部门单位):
 * created by `init` with the seed data, and knowing which agency it works for.
 */
class Installation
{
    Q_DECLARE_TR_FUNCTIONS(Installation)

public:
    /**
     * Creates a new database at @p path for the agency of @p request. Everything is checked
     * before the file is created; a file that already holds data is refused and left as is.
     * If creation fails half way, the new file is removed.
     */
    static Result<std::unique_ptr<Database>> create(const QString& path, const InstallationRequest& request);
    /// The agency this database works for.
    static Result<Agency> selfAgency(Database& db);

    /// Row counts of every table, in schema order.
    static Result<QList<QPair<QString, qint64>>> tableCounts(Database& db);

    static inline const QString AgencyKey = QStringLiteral("installation.agency");
    static inline const QString CreatedKey = QStringLiteral("installation.created");
};

} // namespace jx
