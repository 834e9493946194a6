#include "core/report/FormSubject.h"

#include "core/domain/Transition.h"
#include "core/domain/Validation.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TransitionRepository.h"

namespace jx {

Result<FormSubject> FormSubject::load(Database& db, const QUuid& id, const QList<SubjectKind>& kinds, const QString& form)
{
    if (id.isNull())
        return makeError(Error::Code::Invalid, tr("%1: choose the program or budget it is for.").arg(form));
    Result<std::optional<Subject>> found = SubjectRepository(db).find(id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->meta.deleted) {
        return makeError(Error::Code::NotFound,
            tr("%1: there is no program or budget with id %2.").arg(form, id.toString(QUuid::WithoutBraces)));
    }
    FormSubject f;
    f.subject = **found;
    if (!kinds.contains(f.subject.kind)) {
        QStringList names;
        for (SubjectKind k : kinds)
            names << Names::of(k);
        return makeError(Error::Code::Invalid,
            tr("%1 is made for a %2; %3 is a %4.")
                .arg(form, names.join(tr(" or ")), Validation::label(f.subject), Names::of(f.subject.kind)));
    }
    AgencyRepository agencies(db);
    Result<std::optional<Agency>> agency = agencies.find(f.subject.agencyId);
    if (!agency)
        return agency.error();
    if (agency->has_value())
        f.agency = **agency;
    // The competent department is the top of the chain of parent units; the chain is short, and
    // a cycle left by a bad import must not loop for ever.
    f.competent = f.agency;
    for (int depth = 0; depth < 8 && !f.competent.parentId.isNull(); ++depth) {
        Result<std::optional<Agency>> parent = agencies.find(f.competent.parentId);
        if (!parent)
            return parent.error();
        if (!parent->has_value() || (*parent)->meta.deleted)
            break;
        f.competent = **parent;
    }
    Result<std::optional<Division>> division = DivisionRepository(db).find(f.subject.divisionCode);
    if (!division)
        return division.error();
    if (division->has_value())
        f.divisionName = (*division)->name;
    return f;
}

Result<FormSubmission> FormSubject::submission(Database& db, RecordKind kind, const QUuid& id)
{
    Result<QList<Transition>> steps = TransitionRepository(db).ofRecord(kind, id);
    if (!steps)
        return steps.error();
    FormSubmission s;
    for (const Transition& t : *steps) {
        // A first review by the 主管部门 keeps the record submitted: the preparer is who moved it there.
        if (t.to == RecordStatus::Submitted && t.from != RecordStatus::Submitted) {
            s.preparer = t.actor.name;
            s.date = t.at.toLocalTime().date();
        }
    }
    return s;
}

} // namespace jx
