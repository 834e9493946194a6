#include "core/workflow/RecordLookup.h"

#include "core/domain/EnumTable.h"
#include "core/domain/Validation.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SubjectRepository.h"

#include <QSqlQuery>

namespace jx {

RecordLookup::RecordLookup(Database& db)
    : m_db(db)
{ }

QString RecordLookup::tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Assessment:
        return QStringLiteral("ex_ante_assessment");
    case RecordKind::TargetSet:
        return QStringLiteral("target_set");
    case RecordKind::MonitoringReport:
        return QStringLiteral("monitoring_report");
    case RecordKind::SelfEvaluation:
        return QStringLiteral("self_evaluation");
    case RecordKind::ResultApplication:
        return QStringLiteral("result_application");
    }
    return {};
}

Result<RecordState> RecordLookup::record(RecordKind kind, const QUuid& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT r.status, r.owner_id, s.name, s.kind, s.fiscal_year FROM %1 r"
                       " JOIN subject s ON s.id = r.subject_id WHERE r.id = ? AND r.deleted = 0")
            .arg(tableOf(kind)));
    q.addBindValue(RecordStore::idValue(id));
    if (!q.exec())
        return m_db.queryError(q, tr("reading %1").arg(Names::of(kind)));
    if (!q.next()) {
        return makeError(Error::Code::NotFound,
            tr("There is no %1 with id %2.").arg(Names::of(kind), id.toString(QUuid::WithoutBraces)));
    }
    Result<RecordStatus> status
        = fromStored<RecordStatus>(q.value(0), QStringLiteral("table %1, column status").arg(tableOf(kind)));
    if (!status)
        return status.error();
    Result<SubjectKind> subjectKind = fromStored<SubjectKind>(q.value(3), QStringLiteral("table subject, column kind"));
    if (!subjectKind)
        return subjectKind.error();
    RecordState st { kind, id, *status, {}, {}, q.value(4).toInt(), *subjectKind };
    Subject subject;
    subject.name = q.value(2).toString();
    subject.kind = *subjectKind;
    st.label = tr("%1 of %2").arg(Names::of(kind), Validation::label(subject));
    Result<std::optional<Agency>> owner = AgencyRepository(m_db).find(RecordStore::uuidAt(q, 1));
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return makeError(Error::Code::NotFound, tr("%1 has no owner agency.").arg(st.label));
    st.owner = **owner;
    return st;
}

Result<Subject> RecordLookup::liveProgram(const QUuid& programId)
{
    Result<std::optional<Subject>> program = SubjectRepository(m_db).find(programId);
    if (!program)
        return program.error();
    if (!program->has_value() || !(*program)->isProgram() || (*program)->meta.deleted)
        return makeError(
            Error::Code::NotFound, tr("There is no program with id %1.").arg(programId.toString(QUuid::WithoutBraces)));
    return **program;
}

Result<QList<RecordSummary>> RecordLookup::recordsOf(const QUuid& subjectId)
{
    // The order of the loop: assessment, targets, monitoring, self-evaluation, decision.
    const RecordKind kinds[] = { RecordKind::Assessment, RecordKind::TargetSet, RecordKind::MonitoringReport,
        RecordKind::SelfEvaluation, RecordKind::ResultApplication };
    QList<RecordSummary> out;
    for (RecordKind kind : kinds) {
        const QString year = kind == RecordKind::Assessment ? QStringLiteral("s.fiscal_year")
            : kind == RecordKind::ResultApplication          ? QStringLiteral("r.next_year")
                                                             : QStringLiteral("r.fiscal_year");
        const QString month = kind == RecordKind::MonitoringReport ? QStringLiteral("r.month") : QStringLiteral("0");
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT r.id, r.status, %1, %2 FROM %3 r JOIN subject s ON s.id = r.subject_id"
                                 " WHERE r.subject_id = ? AND r.deleted = 0 ORDER BY 3, 4, r.id")
                      .arg(year, month, tableOf(kind)));
        q.addBindValue(RecordStore::idValue(subjectId));
        if (!q.exec())
            return m_db.queryError(q, tr("reading the records of the subject"));
        while (q.next()) {
            Result<RecordStatus> status
                = fromStored<RecordStatus>(q.value(1), QStringLiteral("table %1, column status").arg(tableOf(kind)));
            if (!status)
                return status.error();
            out << RecordSummary { kind, RecordStore::uuidAt(q, 0), *status, q.value(2).toInt(), q.value(3).toInt() };
        }
    }
    return out;
}

Result<RecordState> RecordLookup::programRecord(const Subject& program)
{
    Result<std::optional<Agency>> owner = AgencyRepository(m_db).find(program.agencyId);
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return makeError(Error::Code::NotFound, tr("%1 has no owner agency.").arg(Validation::label(program)));
    return RecordState {
        std::nullopt, program.meta.id, std::nullopt, **owner, Validation::label(program), program.fiscalYear,
        program.kind
    };
}

} // namespace jx
