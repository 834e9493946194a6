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
        QStringLiteral("SELECT r.status, r.owner_id, s.name, s.kind FROM %1 r JOIN subject s ON s.id = r.subject_id"
                       " WHERE r.id = ? AND r.deleted = 0")
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
    RecordState st { kind, id, *status, {}, {} };
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

Result<RecordState> RecordLookup::programRecord(const Subject& program)
{
    Result<std::optional<Agency>> owner = AgencyRepository(m_db).find(program.agencyId);
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return makeError(Error::Code::NotFound, tr("%1 has no owner agency.").arg(Validation::label(program)));
    return RecordState { std::nullopt, program.meta.id, std::nullopt, **owner, Validation::label(program) };
}

} // namespace jx
