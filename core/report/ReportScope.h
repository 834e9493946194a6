#pragma once

#include "core/domain/Result.h"
#include "core/report/ReportCatalog.h"
#include "core/storage/SubjectQuery.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace jx {

class Database;

/**
 * Whose programs a summary covers, from a report's parameters: one budget unit (and its
 * subordinate units), or a division and every division below it. A finance department given as
 * the agency stands for its division (the agencies under it). Without either, the installation's
 * own agency. The programs are selected through SubjectQuery's filter, so that a summary counts
 * exactly the programs the stage pages list for the same unit or division.
 */
struct ReportScope
{
    Q_DECLARE_TR_FUNCTIONS(ReportScope)

public:
    QString name;          ///< the unit's or the division's name, for the preamble
    QString divisionCode;  ///< the division whose year policy applies
    int fiscalYear = 0;
    SubjectFilter filter;  ///< fiscal year, unit or division, programs only

    /// The scope of @p parameters; a translated error naming the agency or division not found.
    static Result<ReportScope> resolve(Database& db, const ReportParameters& parameters);

    /// The SQL condition over a subject `s` that selects the same programs as filter (binds appended).
    QString condition(QVariantList& binds) const;
    /// "填报单位：…" / "行政区划：…" for a preamble.
    QString preamble() const;

    bool byDivision = false; ///< the scope is a division (else one unit)

    /// Every program of @p filter in @p sort, window by window (ids first, details by windows, as the
    /// list export reads them); @p window returns false to stop. Whether it ran to the end.
    static Result<bool> eachWindow(Database& db, const SubjectFilter& filter, const SubjectSort& sort,
                                   const std::function<bool(const QList<SubjectListRow>& rows)>& window);
};

} // namespace jx
