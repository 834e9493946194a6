#include "core/workflow/BudgetGates.h"

#include "core/domain/EnumTable.h"
#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/storage/RecordStore.h"
#include "core/workflow/Authority.h"
#include "core/workflow/FinanceOrders.h"
#include "core/workflow/RecordLookup.h"

#include <QSqlQuery>

namespace jx {

BudgetGates::BudgetGates(Database& db)
    : m_db(db)
{ }

Result<BudgetStage> BudgetGates::budgetStage(const QUuid& programId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT budget_stage FROM subject WHERE id = ? AND kind = ? AND deleted = 0"));
    q.addBindValue(RecordStore::idValue(programId));
    q.addBindValue(static_cast<int>(SubjectKind::Program));
    if (!q.exec())
        return m_db.queryError(q, tr("reading the budget stage"));
    if (!q.next())
        return makeError(
            Error::Code::NotFound, tr("There is no program with id %1.").arg(programId.toString(QUuid::WithoutBraces)));
    return fromStored<BudgetStage>(q.value(0), QStringLiteral("table subject, column budget_stage"));
}

Result<void> BudgetGates::setBudgetStage(const QUuid& programId, BudgetStage from, BudgetStage to)
{
    Result<QSqlQuery*> q = m_db.prepared(QStringLiteral("UPDATE subject SET budget_stage = ?, revision = revision + 1, "
                                                        "modified_at = ?, change_seq = %1 WHERE id = ? AND budget_stage = ?")
                                             .arg(RecordStore::nextChangeSeq(QStringLiteral("subject"))));
    if (!q)
        return q.error();
    (*q)->addBindValue(static_cast<int>(to));
    (*q)->addBindValue(RecordStore::timeValue(QDateTime::currentDateTimeUtc()));
    (*q)->addBindValue(RecordStore::idValue(programId));
    (*q)->addBindValue(static_cast<int>(from));
    if (Result<void> r = m_db.run(**q, tr("changing the budget stage")); !r)
        return r;
    if ((*q)->numRowsAffected() != 1)
        return makeError(Error::Code::Conflict, tr("The program was changed meanwhile; reload it and try again."));
    return {};
}

Result<void> BudgetGates::applyForBudget(const Actor& actor, const QUuid& programId)
{
    if (Result<void> r = checkApply(actor, programId); !r)
        return r;
    return setBudgetStage(programId, BudgetStage::None, BudgetStage::Applied);
}

Result<void> BudgetGates::checkApply(const Actor& actor, const QUuid& programId)
{
    Result<Subject> program = RecordLookup(m_db).liveProgram(programId);
    if (!program)
        return program.error();
    const Subject& p = *program;
    const QString label = Validation::label(p);
    if (Result<void> r = Authority::checkBudgetApplicant(actor, p); !r)
        return r;
    Result<BudgetStage> stage = budgetStage(programId);
    if (!stage)
        return stage.error();
    if (*stage != BudgetStage::None)
        return makeError(Error::Code::Conflict, tr("%1 is already %2.").arg(label, Names::of(*stage)));
    if (p.isNew && p.isMajor) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM ex_ante_assessment WHERE subject_id = ? AND deleted = 0"
                                 " AND status IN (?, ?) AND length(trim(report)) > 0"));
        q.addBindValue(RecordStore::idValue(programId));
        q.addBindValue(static_cast<int>(RecordStatus::Submitted));
        q.addBindValue(static_cast<int>(RecordStatus::Approved));
        if (!q.exec() || !q.next())
            return m_db.queryError(q, tr("reading the ex-ante assessment"));
        if (q.value(0).toInt() == 0) {
            return makeError(Error::Code::Invalid,
                tr("%1 is a major new program: it cannot be submitted for budget without an ex-ante assessment report.")
                    .arg(label));
        }
    }
    return {};
}

Result<void> BudgetGates::arrangeBudget(const Actor& actor, const QUuid& programId)
{
    if (Result<void> r = checkArrange(actor, programId); !r)
        return r;
    return setBudgetStage(programId, BudgetStage::Applied, BudgetStage::Arranged);
}

Result<void> BudgetGates::checkArrange(const Actor& actor, const QUuid& programId)
{
    RecordLookup lookup(m_db);
    Result<Subject> program = lookup.liveProgram(programId);
    if (!program)
        return program.error();
    const Subject& p = *program;
    Result<RecordState> programRecord = lookup.programRecord(p);
    if (!programRecord)
        return programRecord.error();
    const RecordState& asRecord = *programRecord;
    if (Result<void> r = Authority(m_db).checkReviewer(actor, asRecord); !r)
        return r;
    Result<BudgetStage> stage = budgetStage(programId);
    if (!stage)
        return stage.error();
    if (*stage != BudgetStage::Applied) {
        return makeError(Error::Code::Conflict,
            tr("%1 is %2; only a program applied for is arranged a budget.").arg(asRecord.label, Names::of(*stage)));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM target_set WHERE subject_id = ? AND fiscal_year = ? AND status = ? AND deleted = "
        "0),"
        " (SELECT count(*) FROM ex_ante_assessment WHERE subject_id = ? AND conclusion = ? AND deleted = 0)"));
    q.addBindValue(RecordStore::idValue(programId));
    q.addBindValue(p.fiscalYear);
    q.addBindValue(static_cast<int>(RecordStatus::Approved));
    q.addBindValue(RecordStore::idValue(programId));
    q.addBindValue(static_cast<int>(AssessmentConclusion::Reject));
    if (!q.exec() || !q.next())
        return m_db.queryError(q, tr("reading the targets"));
    if (q.value(0).toInt() == 0) {
        return makeError(Error::Code::Invalid,
            tr("%1 has no approved performance targets for %2: no targets, no budget.")
                .arg(asRecord.label)
                .arg(p.fiscalYear));
    }
    if (q.value(1).toInt() > 0)
        return makeError(
            Error::Code::Invalid, tr("%1 was assessed “do not support”: no budget is arranged.").arg(asRecord.label));
    Result<std::optional<OrderKind>> order = FinanceOrderRepository(m_db).inForce(programId);
    if (!order)
        return order.error();
    if (order->has_value() && FinanceOrders::holdsFunding(**order)) {
        return makeError(Error::Code::Invalid,
            tr("%1: %2; no budget is arranged until it is lifted.").arg(asRecord.label, Names::of(**order)));
    }
    return {};
}

} // namespace jx
