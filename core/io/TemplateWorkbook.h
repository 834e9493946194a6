#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/io/TemplateLayout.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <functional>

namespace jx {

class Database;

/// Which template to write, for whom.
struct TemplateRequest
{
    TemplateKind kind = TemplateKind::Targets;
    QUuid agencyId;
    int fiscalYear = 0;
    int month = 12; ///< monitoring: the report's month (cumulative 1—N月)
    QString path;
};

/**
 * Writes a fill-in template (填报模板) as .xlsx: the programs of one agency and year laid out like
 * the official forms (Chinese headers, one row per program or indicator, amounts in 元 with two
 * decimals), filled with what is recorded now. Hidden, locked key columns (program id, record id,
 * indicator id, revision) let TemplateImporter match every row to its record and notice a record
 * changed since the export; the choice columns carry validation lists; a hidden sheet says which
 * template this is (TemplateLayout::metaSheet()). Written with libxlsxwriter beside the target,
 * then renamed: a failure leaves no file.
 */
class TemplateWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(TemplateWorkbook)

public:
    /// Programs done and in all; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// Writes the template; the number of programs in it.
    static Result<int> write(Database& db, const TemplateRequest& request, const Progress& progress = {});

    /// The agency @p idOrCode names: its id, or its local code.
    static Result<Agency> findAgency(Database& db, const QString& idOrCode);
    /// A file name to offer: "绩效目标填报模板-2025-单位名称.xlsx".
    static QString suggestedFileName(const TemplateRequest& request, const QString& agencyName);
};

} // namespace jx
