#include "core/workflow/ResultsListing.h"

#include "core/domain/EnumTable.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/SubjectQuery.h"

#include <limits>

#include <QHash>
#include <QSqlQuery>

namespace jx {

ResultsListing::ResultsListing(Database& db)
    : m_db(db)
{ }

namespace {

SubjectFilter filterOf(const Agency& financeDepartment, int fiscalYear, std::optional<Grade> grade)
{
    SubjectFilter f;
    f.fiscalYear = fiscalYear;
    f.kind = SubjectKind::Program;
    f.divisionCode = financeDepartment.divisionCode; // its division and every one below it
    f.grade = grade;
    return f;
}

} // namespace

Result<qint64> ResultsListing::count(const Agency& financeDepartment, int fiscalYear, std::optional<Grade> grade)
{
    Result<SubjectTotals> totals = SubjectQuery(m_db).totals(filterOf(financeDepartment, fiscalYear, grade));
    if (!totals)
        return totals.error();
    return totals->count;
}

Result<QList<ResultsRow>> ResultsListing::rows(const Agency& financeDepartment, int fiscalYear)
{
    Result<qint64> n = count(financeDepartment, fiscalYear);
    if (!n)
        return n.error();
    return rows(financeDepartment, fiscalYear, std::nullopt, 0, int(std::min<qint64>(*n, std::numeric_limits<int>::max())));
}

Result<QList<ResultsRow>> ResultsListing::rows(const Agency& financeDepartment, int fiscalYear,
                                               std::optional<Grade> grade, qint64 offset, int limit)
{
    Result<QList<SubjectListRow>> window = SubjectQuery(m_db).rows(filterOf(financeDepartment, fiscalYear, grade),
                                                                  SubjectSort { SubjectField::Name, false }, offset,
                                                                  limit);
    if (!window)
        return window.error();
    QList<ResultsRow> out;
    out.reserve(window->size());
    QHash<QUuid, qsizetype> byProgram;
    for (const SubjectListRow& s : std::as_const(*window)) {
        ResultsRow row;
        row.programId = s.id;
        row.code = s.code;
        row.name = s.name;
        row.agencyName = s.unitName;
        row.amount = s.amount;
        row.score = s.score;
        row.evaluationStatus = s.evaluationStatus;
        row.grade = s.grade;
        byProgram.insert(row.programId, out.size());
        out << row;
    }
    // The decisions on next year of the window's programs, read at once per batch.
    ResultApplicationRepository decisions(m_db);
    for (qsizetype i = 0; i < out.size(); i += SubjectQuery::DetailBatch) {
        QVariantList binds { fiscalYear + 1 };
        QStringList marks;
        for (qsizetype j = i; j < std::min(out.size(), i + SubjectQuery::DetailBatch); ++j) {
            marks << QStringLiteral("?");
            binds << RecordStore::idValue(out.at(j).programId);
        }
        Result<QList<ResultApplication>> found = decisions.store().list(
            QStringLiteral("WHERE next_year = ? AND deleted = 0 AND subject_id IN (%1)").arg(marks.join(QLatin1Char(','))),
            binds);
        if (!found)
            return found.error();
        for (const ResultApplication& d : std::as_const(*found)) {
            if (const auto it = byProgram.constFind(d.subjectId); it != byProgram.cend())
                out[*it].decision = d;
        }
    }
    return out;
}

} // namespace jx
