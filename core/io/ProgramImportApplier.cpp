#include "core/io/ProgramImportApplier.h"

#include <QHash>

namespace jx {

ProgramImportApplier::ProgramImportApplier(Database& db, const QUuid& agencyId, int fiscalYear)
    : m_agencyId(agencyId)
    , m_year(fiscalYear)
    , m_subjects(db)
    , m_targetSets(db)
    , m_monitoring(db)
    , m_evaluations(db)
{ }

void ProgramImportApplier::apply(ImportedProgram& p, QList<Problem>& problems)
{
    auto fail = [&](const QString& where, const Error& e) { problems << Problem::at(where, e.message); };
    Subject& s = p.subject;
    bool exists = false;
    if (!s.meta.id.isNull()) {
        Result<std::optional<Subject>> old = m_subjects.find(s.meta.id);
        if (!old) {
            fail(p.path, old.error());
            return;
        }
        if (old->has_value()) {
            if ((*old)->agencyId != m_agencyId) {
                problems << Problem::at(p.path + QStringLiteral(".id"), tr("belongs to another agency"));
                return;
            }
            s.meta = (*old)->meta;
            exists = true;
        }
    }
    if (Result<void> r = m_subjects.save(s); !r) {
        fail(p.path, r.error());
        return;
    }
    exists ? ++m_summary.programsUpdated : ++m_summary.programsCreated;

    // A new program has nothing stored yet: skip the look-ups.
    std::optional<TargetSet> stored;
    if (exists) {
        if (Result<std::optional<TargetSet>> st = m_targetSets.ofSubject(s.meta.id, m_year); st)
            stored = *st;
    }
    if (p.targets) {
        TargetSet set = std::move(*p.targets);
        set.subjectId = s.meta.id;
        set.meta.ownerId = m_agencyId;
        if (stored) {
            set.meta = stored->meta;
            set.status = stored->status;
            for (Indicator& ind : set.indicators) {
                for (const Indicator& old : stored->indicators) {
                    if (ind.meta.id.isNull() ? old.name == ind.name : old.meta.id == ind.meta.id)
                        ind.meta = old.meta;
                }
            }
        }
        if (Result<void> r = m_targetSets.save(set); !r) {
            fail(p.path + QStringLiteral(".targets"), r.error());
            return;
        }
        m_summary.indicators += int(set.indicators.size());
        stored = std::move(set);
    }
    QHash<QString, QUuid> indicatorIds;
    if (stored) {
        for (const Indicator& ind : stored->indicators)
            indicatorIds.insert(ind.name, ind.meta.id);
    }
    // A file without targets (a self-evaluation completed against approved targets) names the
    // stored indicators; one with targets was checked against its own when it was read.
    auto unknown = [&](const QStringList& names, const QString& entriesPath) {
        bool found = false;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!names.at(i).isEmpty() && !indicatorIds.contains(names.at(i))) {
                problems << Problem::at(QStringLiteral("%1.entries[%2].indicator").arg(entriesPath).arg(i),
                    tr("“%1” is not an indicator of this program's targets").arg(names.at(i)));
                found = true;
            }
        }
        return found;
    };
    QList<MonitoringReport> existingReports;
    if (exists) {
        if (Result<QList<MonitoringReport>> reports = m_monitoring.ofSubject(s.meta.id, m_year); reports)
            existingReports = *reports;
    }
    for (ImportedProgram::Report& pr : p.reports) {
        if (unknown(pr.indicatorNames, pr.path))
            continue;
        MonitoringReport& r = pr.report;
        r.subjectId = s.meta.id;
        r.meta.ownerId = m_agencyId;
        for (const MonitoringReport& old : std::as_const(existingReports)) {
            if (old.month == r.month) {
                r.meta = old.meta;
                r.status = old.status;
            }
        }
        for (qsizetype i = 0; i < r.entries.size(); ++i)
            r.entries[i].indicatorId = indicatorIds.value(pr.indicatorNames.at(i));
        if (Result<void> res = m_monitoring.save(r); !res)
            fail(pr.path, res.error());
        else
            ++m_summary.monitoringReports;
    }
    if (p.evaluation && !unknown(p.evaluationIndicatorNames, p.path + QStringLiteral(".selfEvaluation"))) {
        SelfEvaluation& ev = *p.evaluation;
        ev.subjectId = s.meta.id;
        ev.meta.ownerId = m_agencyId;
        if (exists) {
            if (Result<std::optional<SelfEvaluation>> old = m_evaluations.ofSubject(s.meta.id, m_year);
                old && old->has_value()) {
                ev.meta = (*old)->meta;
                ev.status = (*old)->status;
            }
        }
        for (qsizetype i = 0; i < ev.entries.size(); ++i)
            ev.entries[i].indicatorId = indicatorIds.value(p.evaluationIndicatorNames.at(i));
        if (Result<void> res = m_evaluations.save(ev); !res)
            fail(p.path + QStringLiteral(".selfEvaluation"), res.error());
        else {
            ++m_summary.selfEvaluations;
            m_summary.evaluationIds << ev.meta.id;
        }
    }
}

} // namespace jx
