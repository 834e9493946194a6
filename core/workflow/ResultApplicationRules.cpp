#include "core/workflow/ResultApplicationRules.h"

#include "core/domain/EnumTable.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/EvaluationService.h"

#include <QSqlQuery>

namespace jx {

ResultApplicationRules::ResultApplicationRules(Database& db)
    : m_db(db)
{ }

std::optional<Problem> ResultApplicationRules::amountProblem(
    ApplicationDecision decision, Money change, Money wholeAmount)
{
    const QString field = QStringLiteral("amountChange");
    const QString amount = change.formatWithUnit(MoneyUnit::TenThousandYuan);
    switch (decision) {
    case ApplicationDecision::Keep:
        if (change.fen() != 0)
            return Problem::at(
                field, tr("funding that is kept does not change: the change must be 0, not %1").arg(amount));
        break;
    case ApplicationDecision::Reduce:
        if (change.fen() >= 0)
            return Problem::at(
                field, tr("a reduction must lower the funding: the change must be below 0, not %1").arg(amount));
        if (-change.fen() > wholeAmount.fen()) {
            return Problem::at(field,
                tr("a reduction of %1 is more than the whole amount %2")
                    .arg(amount, wholeAmount.formatWithUnit(MoneyUnit::TenThousandYuan)));
        }
        break;
    case ApplicationDecision::Cancel:
        if (change.fen() != -wholeAmount.fen()) {
            return Problem::at(field,
                tr("a cancellation removes the whole amount: the change must be %1, not %2")
                    .arg(Money::fromFen(-wholeAmount.fen()).formatWithUnit(MoneyUnit::TenThousandYuan), amount));
        }
        break;
    case ApplicationDecision::Increase:
        if (change.fen() <= 0)
            return Problem::at(
                field, tr("an increase must raise the funding: the change must be above 0, not %1").arg(amount));
        break;
    }
    return std::nullopt;
}

Result<QList<Problem>> ResultApplicationRules::saveProblems(const ResultApplication& a)
{
    QList<Problem> problems;
    Result<std::optional<Subject>> subject = SubjectRepository(m_db).find(a.subjectId);
    if (!subject)
        return subject.error();
    if (subject->has_value()) {
        if (std::optional<Problem> p = amountProblem(a.decision, a.amountChange, (*subject)->amount))
            problems << *p;
    }
    // One live decision per subject and year: a second one would leave finance's intent unclear.
    QSqlQuery q(m_db.connection());
    // A new record has no id yet: every live decision is another one.
    q.prepare(QStringLiteral("SELECT status FROM result_application WHERE subject_id = ? AND next_year = ?"
                             " AND deleted = 0 %1 ORDER BY status DESC LIMIT 1")
                  .arg(a.meta.id.isNull() ? QString() : QStringLiteral("AND id <> ?")));
    q.addBindValue(RecordStore::idValue(a.subjectId));
    q.addBindValue(a.nextYear);
    if (!a.meta.id.isNull())
        q.addBindValue(RecordStore::idValue(a.meta.id));
    if (!q.exec())
        return m_db.queryError(q, tr("reading the decisions of the subject"));
    if (q.next()) {
        Result<RecordStatus> status
            = fromStored<RecordStatus>(q.value(0), QStringLiteral("table result_application, column status"));
        if (!status)
            return status.error();
        problems << Problem::at(QStringLiteral("nextYear"),
            tr("there is already a decision (%1) on this subject for %2; change or delete it instead of adding another")
                .arg(Names::of(*status))
                .arg(a.nextYear));
    }
    return problems;
}

Result<QList<Problem>> ResultApplicationRules::submitProblems(const ResultApplication& a)
{
    Result<QList<Problem>> problems = saveProblems(a);
    if (!problems)
        return problems;
    if (a.decision != ApplicationDecision::Keep && a.decision != ApplicationDecision::Increase)
        return problems;
    Result<std::optional<Grade>> grade = EvaluationService(m_db).bindingGrade(a.subjectId, a.nextYear - 1);
    if (!grade)
        return grade.error();
    // 差 (the binding grade: finance's, else the self-evaluation's) means reduce or cancel, without
    // exception (一律消减或取消).
    if (*grade == Grade::Poor) {
        *problems << Problem::at(QStringLiteral("decision"),
            tr("the program was graded 差 (poor): it must be reduced or cancelled, not kept or increased"));
    }
    return problems;
}

} // namespace jx
