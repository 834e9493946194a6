#include "core/io/ProgramImportApplier.h"

#include <QHash>
#include <QSet>

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
    Result<bool> known = s.meta.id.isNull() ? Result<bool>(false) : m_subjects.store().store().contains(s.meta.id);
    if (!known) {
        fail(p.path, known.error());
        return;
    }
    // Most programs of a document are new here: a look-up first, the whole record only if it exists.
    if (*known) {
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
            if (!p.tagsGiven)
                s.fundingTags = (*old)->fundingTags;
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
        Result<std::optional<TargetSet>> st = m_targetSets.ofSubject(s.meta.id, m_year);
        if (!st) {
            fail(p.path + QStringLiteral(".targets"), st.error());
            return;
        }
        stored = *st;
    }
    if (p.targets) {
        TargetSet set = std::move(*p.targets);
        set.subjectId = s.meta.id;
        set.meta.ownerId = m_agencyId;
        if (stored) {
            set.meta = stored->meta;
            set.status = stored->status;
            if (!p.indicatorsGiven)
                set.indicators = stored->indicators;
            QSet<QUuid> matched;
            for (Indicator& ind : set.indicators) {
                for (const Indicator& old : stored->indicators) {
                    if (ind.meta.id.isNull() ? old.name == ind.name : old.meta.id == ind.meta.id) {
                        ind.meta = old.meta;
                        matched.insert(old.meta.id);
                    }
                }
            }
            // Stored indicators the document does not name are kept; only a "deleted" marker removes one.
            for (const Indicator& old : stored->indicators) {
                if (matched.contains(old.meta.id))
                    continue;
                bool deleted = false;
                for (ImportedProgram::Removal& removal : p.deletedIndicators) {
                    if (removal.id.isNull() ? removal.name == old.name : removal.id == old.meta.id) {
                        deleted = true;
                        removal.path.clear(); // found
                    }
                }
                if (!deleted)
                    set.indicators << old;
            }
        }
        for (const ImportedProgram::Removal& removal : std::as_const(p.deletedIndicators)) {
            if (!removal.path.isEmpty()) {
                problems << Problem::at(removal.path,
                    tr("there is no indicator “%1” in this program's targets to delete")
                        .arg(removal.name.isEmpty() ? removal.id.toString(QUuid::WithoutBraces) : removal.name));
            }
        }
        if (!p.deletedIndicators.isEmpty() && !problems.isEmpty())
            return;
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
    // An entry (@p index of the list at @p list) names an indicator of the targets as they now
    // are; one that names none is refused. The path is made only then.
    const auto resolve = [&](const QString& name, const QString& list, qsizetype index) {
        const QUuid id = indicatorIds.value(name);
        if (id.isNull()) {
            problems << Problem::at(Problem::path(list, index, QStringLiteral("indicator")),
                tr("“%1” is not an indicator of this program's targets").arg(name));
        }
        return id;
    };
    QList<MonitoringReport> existingReports;
    if (exists) {
        Result<QList<MonitoringReport>> reports = m_monitoring.ofSubject(s.meta.id, m_year);
        if (!reports) {
            fail(p.path + QStringLiteral(".monitoring"), reports.error());
            return;
        }
        existingReports = *reports;
    }
    for (ImportedProgram::Report& pr : p.reports) {
        MonitoringReport& r = pr.report;
        r.subjectId = s.meta.id;
        r.meta.ownerId = m_agencyId;
        bool entriesKept = false;
        for (const MonitoringReport& old : std::as_const(existingReports)) {
            if (old.month == r.month) {
                r.meta = old.meta;
                r.status = old.status;
                if (!pr.entriesGiven) {
                    r.entries = old.entries;
                    entriesKept = true;
                }
            }
        }
        if (!entriesKept) {
            const QString list = pr.path + QStringLiteral(".entries");
            for (qsizetype i = 0; i < r.entries.size(); ++i)
                r.entries[i].indicatorId = resolve(pr.indicatorNames.at(i), list, i);
        }
        if (!problems.isEmpty())
            return;
        if (Result<void> res = m_monitoring.save(r); !res)
            fail(pr.path, res.error());
        else
            ++m_summary.monitoringReports;
    }
    if (p.evaluation) {
        SelfEvaluation& ev = *p.evaluation;
        ev.subjectId = s.meta.id;
        ev.meta.ownerId = m_agencyId;
        bool entriesKept = false;
        if (exists) {
            Result<std::optional<SelfEvaluation>> old = m_evaluations.ofSubject(s.meta.id, m_year);
            if (!old) {
                fail(p.path + QStringLiteral(".selfEvaluation"), old.error());
                return;
            }
            if (old->has_value()) {
                ev.meta = (*old)->meta;
                ev.status = (*old)->status;
                if (!p.fundsGiven)
                    ev.funds = (*old)->funds;
                if (!p.evaluationEntriesGiven) {
                    ev.entries = (*old)->entries;
                    entriesKept = true;
                }
            }
        }
        if (!entriesKept) {
            const QString list = p.path + QStringLiteral(".selfEvaluation.entries");
            for (qsizetype i = 0; i < ev.entries.size(); ++i)
                ev.entries[i].indicatorId = resolve(p.evaluationIndicatorNames.at(i), list, i);
        }
        if (!problems.isEmpty())
            return;
        if (Result<void> res = m_evaluations.save(ev); !res)
            fail(p.path + QStringLiteral(".selfEvaluation"), res.error());
        else {
            ++m_summary.selfEvaluations;
            m_summary.evaluationIds << ev.meta.id;
        }
    }
}

} // namespace jx
