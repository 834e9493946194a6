#include "core/report/ReportScope.h"

#include "core/domain/Agency.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/Installation.h"
#include "core/storage/RecordStore.h"

namespace jx {

Result<ReportScope> ReportScope::resolve(Database& db, const ReportParameters& parameters)
{
    ReportScope scope;
    scope.filter.kind = SubjectKind::Program;
    if (!parameters.divisionCode.isEmpty()) {
        Result<std::optional<Division>> division = DivisionRepository(db).find(parameters.divisionCode);
        if (!division)
            return division.error();
        if (!*division)
            return makeError(Error::Code::NotFound, tr("There is no division with the code %1.").arg(parameters.divisionCode));
        scope.name = (*division)->name;
        scope.divisionCode = (*division)->code;
        scope.filter.divisionCode = scope.divisionCode;
        scope.byDivision = true;
    } else {
        Agency agency;
        if (!parameters.agencyId.isNull()) {
            Result<std::optional<Agency>> found = AgencyRepository(db).find(parameters.agencyId);
            if (!found)
                return found.error();
            if (!*found) {
                return makeError(Error::Code::NotFound,
                                 tr("There is no agency with the id %1.").arg(parameters.agencyId.toString(QUuid::WithoutBraces)));
            }
            agency = **found;
        } else {
            Result<Agency> self = Installation::selfAgency(db);
            if (!self)
                return self.error();
            agency = *self;
        }
        scope.name = agency.name;
        scope.divisionCode = agency.divisionCode;
        if (agency.kind == AgencyKind::FinanceBureau) {
            scope.filter.divisionCode = agency.divisionCode;
            scope.byDivision = true;
            Result<std::optional<Division>> division = DivisionRepository(db).find(agency.divisionCode);
            if (!division)
                return division.error();
            if (*division)
                scope.name = (*division)->name;
        } else {
            scope.filter.agencyId = agency.meta.id;
        }
    }
    scope.fiscalYear = parameters.fiscalYear;
    if (scope.fiscalYear == 0) {
        // The latest year with programs, as the stage pages open.
        Result<QList<int>> years = SubjectQuery(db).years();
        if (!years)
            return years.error();
        if (years->isEmpty())
            return makeError(Error::Code::NotFound, tr("The database holds no programs to report on."));
        scope.fiscalYear = years->first();
    }
    scope.filter.fiscalYear = scope.fiscalYear;
    return scope;
}

QString ReportScope::condition(QVariantList& binds) const
{
    // The same selection as SubjectQuery's filter of unit and division (agency tree, division tree).
    binds << filter.fiscalYear << static_cast<int>(SubjectKind::Program);
    QString sql = QStringLiteral("s.deleted = 0 AND s.fiscal_year = ? AND s.kind = ?");
    if (!filter.agencyId.isNull()) {
        sql += QStringLiteral(" AND s.agency_id IN (WITH RECURSIVE u(id) AS (SELECT ? UNION SELECT c.id FROM agency c"
                              " JOIN u ON c.parent_id = u.id) SELECT id FROM u)");
        binds << RecordStore::idValue(filter.agencyId);
    }
    if (!filter.divisionCode.isEmpty()) {
        sql += QStringLiteral(" AND s.division_code IN (WITH RECURSIVE d(code) AS (SELECT ? UNION SELECT c.code"
                              " FROM division c JOIN d ON c.parent_code = d.code) SELECT code FROM d)");
        binds << filter.divisionCode;
    }
    return sql;
}

Result<bool> ReportScope::eachWindow(Database& db, const SubjectFilter& filter, const SubjectSort& sort,
                                     const std::function<bool(const QList<SubjectListRow>& rows)>& window)
{
    constexpr int Window = 512;
    SubjectQuery query(db);
    Result<SubjectTotals> totals = query.totals(filter);
    if (!totals)
        return totals.error();
    if (totals->count == 0)
        return true;
    // The ids of the whole list at once (16 bytes a row): a window read by OFFSET would sort again each time.
    Result<QList<QUuid>> ids = query.ids(filter, sort, 0, int(std::min<qint64>(totals->count, INT_MAX)));
    if (!ids)
        return ids.error();
    for (qsizetype i = 0; i < ids->size(); i += Window) {
        Result<QList<SubjectListRow>> rows = query.rowsOf(ids->mid(i, Window), filter.fiscalYear);
        if (!rows)
            return rows.error();
        if (!window(*rows))
            return false;
    }
    return true;
}

QString ReportScope::preamble() const
{
    return byDivision ? tr("Division: %1").arg(name) : tr("Reporting unit (seal): %1").arg(name);
}

} // namespace jx
