#include "core/storage/SubjectQuery.h"

#include "core/domain/FiscalYear.h"
#include "core/domain/SelfEvaluationScorer.h"
#include "core/storage/ChangeSet.h"
#include "core/storage/Column.h"
#include "core/storage/Database.h"
#include "core/storage/Installation.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>

namespace jx {

namespace {

// The record of each stage a list shows for a subject: the one of the subject's own year that
// the repositories' ofSubject() return (the latest written), and the latest month's report.
const QString TargetsJoin = QStringLiteral(
    " LEFT JOIN target_set t ON t.id = (SELECT t2.id FROM target_set t2 WHERE t2.subject_id = s.id"
    " AND t2.fiscal_year = s.fiscal_year AND t2.deleted = 0 ORDER BY t2.modified_at DESC LIMIT 1)");
const QString AssessmentJoin = QStringLiteral(
    " LEFT JOIN ex_ante_assessment x ON x.id = (SELECT x2.id FROM ex_ante_assessment x2 WHERE x2.subject_id = s.id"
    " AND x2.deleted = 0 ORDER BY x2.modified_at DESC LIMIT 1)");
// The latest monitoring report of subject `s` in its own year: the one the lists show and the
// summary of schema step 15 (subject_monitoring) holds.
const QString LatestReport = QStringLiteral(
    "(SELECT m2.id FROM monitoring_report m2 WHERE m2.subject_id = s.id"
    " AND m2.fiscal_year = s.fiscal_year AND m2.deleted = 0 ORDER BY m2.month DESC LIMIT 1)");
const QString MonitoringJoin = QStringLiteral(" LEFT JOIN monitoring_report m ON m.id = ") + LatestReport;
// The meta keys of the last change sequences the summary has followed.
const QString SummaryReportSeq = QStringLiteral("monitoringSummary.reportSeq");
const QString SummarySubjectSeq = QStringLiteral("monitoringSummary.subjectSeq");
const QString EvaluationJoin = QStringLiteral(
    " LEFT JOIN self_evaluation e ON e.id = (SELECT e2.id FROM self_evaluation e2 WHERE e2.subject_id = s.id"
    " AND e2.fiscal_year = s.fiscal_year AND e2.deleted = 0 ORDER BY e2.modified_at DESC LIMIT 1)");
const QString UnitJoin = QStringLiteral(" JOIN agency a ON a.id = s.agency_id");


QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString statusColumn(RecordKind stage)
{
    switch (stage) {
    case RecordKind::Assessment: return QStringLiteral("x.status");
    case RecordKind::TargetSet: return QStringLiteral("t.status");
    case RecordKind::MonitoringReport: return QStringLiteral("m.status");
    case RecordKind::SelfEvaluation: return QStringLiteral("e.status");
    case RecordKind::ResultApplication: break;
    }
    return {};
}

QString number(double v)
{
    return QString::number(v, 'f', 6);
}

} // namespace

QString codeOf(ListWarning warning)
{
    switch (warning) {
    case ListWarning::Any: return QStringLiteral("any");
    case ListWarning::ExecutionBehind: return QStringLiteral("execution-behind");
    case ListWarning::IndicatorImpossible: return QStringLiteral("indicator-impossible");
    }
    return {};
}

std::optional<ListWarning> listWarningFromCode(const QString& code)
{
    for (ListWarning w : { ListWarning::Any, ListWarning::ExecutionBehind, ListWarning::IndicatorImpossible }) {
        if (codeOf(w) == code)
            return w;
    }
    return std::nullopt;
}

QString DueWork::owedBy(QVariantList& binds) const
{
    binds << fiscalYear;
    QStringList marks;
    for (SubjectKind k : subjectKinds) {
        marks << QStringLiteral("?");
        binds << static_cast<int>(k);
    }
    QString sql = QStringLiteral("s.deleted = 0 AND s.fiscal_year = ? AND s.kind IN (%1)")
                      .arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QLatin1Char(',')));
    if (!divisionCode.isEmpty()) {
        sql += QStringLiteral(" AND s.division_code = ?");
        binds << divisionCode;
    }
    return sql;
}

QString DueWork::handedIn(QVariantList& binds) const
{
    // Monitoring is owed per month of the subject's year, a self-evaluation per fiscal year.
    if (kind == RecordKind::MonitoringReport) {
        // The months handed in are kept in the subject's monitoring summary (a bit per month;
        // updateMonitoringSummary says which reports count), one look-up by subject id.
        binds << handedInMask({ month });
        return QStringLiteral("(coalesce((SELECT sm.handed_months FROM subject_monitoring sm"
                              " WHERE sm.subject_id = s.id), 0) & ?) != 0");
    }
    binds << static_cast<int>(RecordStatus::Submitted) << static_cast<int>(RecordStatus::Approved) << fiscalYear;
    return QStringLiteral("EXISTS (SELECT 1 FROM self_evaluation r WHERE r.subject_id = s.id AND r.deleted = 0"
                          " AND r.status IN (?, ?) AND r.fiscal_year = ?)");
}

QString DueWork::handedInJoined(QVariantList& binds) const
{
    if (kind != RecordKind::MonitoringReport)
        return QStringLiteral("(%1)").arg(handedIn(binds));
    binds << handedInMask({ month });
    return QStringLiteral("((coalesce(hm.handed_months, 0) & ?) != 0)");
}

QString DueWork::summaryJoin()
{
    return QStringLiteral(" LEFT JOIN subject_monitoring hm ON hm.subject_id = s.id");
}

QString DueWork::missingMonth(const QList<int>& months, QVariantList& binds) const
{
    // Every subject has a summary row (schema step 17), so the subjects short of a month are
    // read from the summary's index of the year and its months: a few ids, not the whole year.
    const int mask = handedInMask(months);
    binds << fiscalYear << mask << mask;
    return QStringLiteral("s.id IN (SELECT sm.subject_id FROM subject_monitoring sm WHERE sm.fiscal_year = ?"
                          " AND (sm.handed_months & ?) != ?)");
}

int DueWork::handedInMask(const QList<int>& months)
{
    int mask = 0;
    for (int m : months) {
        if (m >= 1 && m <= 12)
            mask |= 1 << m;
    }
    return mask;
}

struct SubjectQuery::Sql
{
    QString from;  ///< FROM … WHERE …
    QString order; ///< ORDER BY …
    QVariantList binds;
};

SubjectQuery::SubjectQuery(Database& db)
    : m_db(db)
{
}

Result<QList<double>> SubjectQuery::executionThresholds(int fiscalYear)
{
    // MonitoringAnalyzer warns when round2(100 × executed / budget) < round2(time progress of the
    // month) − the policy's executionLagPoints. The inputs that need C++ (the calendar, the
    // year's policy) are turned here into one threshold per month, so that SQL compares a rate it
    // computes the same way (round(…, 2)) and the rule itself stays written once: a change of
    // the analyzer's time progress or of the policy changes these numbers, not the SQL.
    // One database belongs to one region, whose policy is that of this installation's division.
    QString division;
    if (Result<Agency> self = Installation::selfAgency(m_db))
        division = self->divisionCode;
    Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision(
        division, fiscalYear != 0 ? fiscalYear : QDate::currentDate().year());
    if (!policy)
        return policy.error();
    QList<double> thresholds;
    for (int month = 1; month <= 12; ++month) {
        thresholds << SelfEvaluationScorer::round2(FiscalYear::timeProgressPercent(month))
                - policy->executionLagPoints();
    }
    return thresholds;
}

Result<SubjectQuery::Sql> SubjectQuery::build(const SubjectFilter& f, std::optional<SubjectSort> sort, bool details)
{
    Sql sql;
    QStringList where { QStringLiteral("s.deleted = 0") };
    QVariantList& b = sql.binds;

    // An expression over a stage's record of the subject (alias t, x, m or e). The details of a
    // window join each stage's record once; the count and the order of a whole list instead
    // look each value up with a correlated subquery that the covering indexes of step 14
    // answer without reading the records themselves (a join would read every record's row).
    auto onStage = [details](RecordKind stage, const QString& expr) -> QString {
        if (details)
            return expr;
        switch (stage) {
        case RecordKind::TargetSet:
            return QStringLiteral("(SELECT %1 FROM target_set t WHERE t.subject_id = s.id AND t.fiscal_year = s.fiscal_year"
                                  " AND t.deleted = 0 ORDER BY t.modified_at DESC LIMIT 1)")
                .arg(expr);
        case RecordKind::Assessment:
            return QStringLiteral("(SELECT %1 FROM ex_ante_assessment x WHERE x.subject_id = s.id AND x.deleted = 0"
                                  " ORDER BY x.modified_at DESC LIMIT 1)")
                .arg(expr);
        case RecordKind::MonitoringReport:
            return QStringLiteral("(SELECT %1 FROM monitoring_report m WHERE m.subject_id = s.id"
                                  " AND m.fiscal_year = s.fiscal_year AND m.deleted = 0 ORDER BY m.month DESC LIMIT 1)")
                .arg(expr);
        case RecordKind::SelfEvaluation:
            return QStringLiteral("(SELECT %1 FROM self_evaluation e WHERE e.subject_id = s.id"
                                  " AND e.fiscal_year = s.fiscal_year AND e.deleted = 0 ORDER BY e.modified_at DESC LIMIT 1)")
                .arg(expr);
        case RecordKind::ResultApplication: break;
        }
        return expr;
    };

    const QString rate = QStringLiteral("(CASE WHEN m.budget > 0 THEN round(100.0 * m.executed / m.budget, 2) END)");
    QString behind = QStringLiteral("0");
    QString summaryBehind = QStringLiteral("0");
    const bool needBehind = details || (sort && sort->field == SubjectField::Warning)
        || (f.warning && *f.warning != ListWarning::IndicatorImpossible);
    if (needBehind) {
        Result<QList<double>> thresholds = executionThresholds(f.fiscalYear);
        if (!thresholds)
            return thresholds.error();
        QString cases;
        for (int month = 1; month <= 12; ++month)
            cases += QStringLiteral(" WHEN %1 THEN %2").arg(month).arg(number(thresholds->at(month - 1)));
        behind = QStringLiteral("(m.budget > 0 AND round(100.0 * m.executed / m.budget, 2) < (CASE m.month%1 END))")
                     .arg(cases);
        // The same comparison on the summary, whose rate is that rounded rate (NULL without a budget).
        summaryBehind = QStringLiteral("(sm.rate < (CASE sm.month%1 END))").arg(cases);
    }
    const QString impossible = QStringLiteral("EXISTS (SELECT 1 FROM monitoring_entry me WHERE me.report_id = m.id"
                                              " AND me.likelihood = %1)")
                                   .arg(static_cast<int>(Likelihood::Impossible));
    // EvaluationService::bindingGrade: finance's grade of the latest approval while approved, else the stored one.
    const QString grade = QStringLiteral(
        "(CASE WHEN e.status = %1 THEN coalesce((SELECT r.grade FROM review r WHERE r.record_kind = %2"
        " AND r.record_id = e.id AND r.decision = %3 AND r.deleted = 0 ORDER BY r.step DESC, r.reviewed_at DESC,"
        " r.id DESC LIMIT 1), e.grade) ELSE e.grade END)")
                              .arg(static_cast<int>(RecordStatus::Approved))
                              .arg(static_cast<int>(RecordKind::SelfEvaluation))
                              .arg(static_cast<int>(ReviewDecision::Approve));
    const QString order = QStringLiteral("(SELECT max(o.kind) FROM finance_order o WHERE o.subject_id = s.id"
                                         " AND o.lifted_at IS NULL AND o.deleted = 0)");
    const QString assessmentScore
        = QStringLiteral("(SELECT sum(i.score) FROM assessment_item i WHERE i.assessment_id = x.id)");

    if (f.fiscalYear != 0) {
        where << QStringLiteral("s.fiscal_year = ?");
        b << f.fiscalYear;
    }
    if (!f.agencyId.isNull()) {
        where << QStringLiteral("s.agency_id IN (WITH RECURSIVE u(id) AS (SELECT ? UNION SELECT c.id FROM agency c"
                                " JOIN u ON c.parent_id = u.id) SELECT id FROM u)");
        b << RecordStore::idValue(f.agencyId);
    }
    if (!f.divisionCode.isEmpty()) {
        // The division tree, not a code prefix: a prefecture can administer another (伊犁州 → 塔城地区).
        where << QStringLiteral("s.division_code IN (WITH RECURSIVE d(code) AS (SELECT ? UNION SELECT c.code"
                                " FROM division c JOIN d ON c.parent_code = d.code) SELECT code FROM d)");
        b << f.divisionCode;
    }
    if (f.book) {
        where << QStringLiteral("s.book = ?");
        b << static_cast<int>(*f.book);
    }
    if (f.kind) {
        where << QStringLiteral("s.kind = ?");
        b << static_cast<int>(*f.kind);
    }
    if (f.fundingTags != 0) {
        where << QStringLiteral("(s.funding_tags & ?) != 0");
        b << f.fundingTags;
    }
    if (f.majorNewOnly) {
        where << QStringLiteral("s.kind = %1 AND s.is_new = 1 AND s.is_major = 1")
                     .arg(static_cast<int>(SubjectKind::Program));
    }
    for (const StageFilter& stage : f.stages) {
        const QString column = statusColumn(stage.stage);
        if (column.isEmpty())
            continue;
        if (stage.status) {
            where << onStage(stage.stage, column) + QStringLiteral(" = ?");
            b << static_cast<int>(*stage.status);
        } else {
            // No record of the stage (status is never NULL on a record).
            where << onStage(stage.stage, column) + QStringLiteral(" IS NULL");
        }
    }
    if (f.grade) {
        where << onStage(RecordKind::SelfEvaluation, grade) + QStringLiteral(" = ?");
        b << static_cast<int>(*f.grade);
    }
    if (f.warning) {
        // From the summary of the latest reports (step 15): one small row per subject, read in
        // the order of its year index, instead of finding the latest report of every subject.
        QString condition;
        switch (*f.warning) {
        case ListWarning::Any:
            condition = QStringLiteral("(%1 OR sm.impossible = 1)").arg(summaryBehind);
            break;
        case ListWarning::ExecutionBehind:
            condition = summaryBehind;
            break;
        case ListWarning::IndicatorImpossible:
            condition = QStringLiteral("sm.impossible = 1");
            break;
        }
        if (f.fiscalYear != 0) {
            condition = QStringLiteral("sm.fiscal_year = ? AND ") + condition;
            b << f.fiscalYear;
        }
        where << QStringLiteral("s.id IN (SELECT sm.subject_id FROM subject_monitoring sm WHERE %1)").arg(condition);
    }
    if (f.order) {
        where << order + QStringLiteral(" = ?");
        b << static_cast<int>(*f.order);
    }
    if (f.overdue) {
        // Owed and not handed in, for any piece of the stage's work past its due date: the
        // subjects that DeadlineService counts as missing, each once. The months of monitoring
        // owed by the same subjects are asked at once: short of any of them.
        QStringList any;
        QList<QList<DueWork>> monthly;
        for (const DueWork& w : f.overdue->work) {
            if (w.kind != RecordKind::MonitoringReport || w.month == 0) {
                QString owed = w.owedBy(b);
                any << QStringLiteral("(%1 AND NOT %2)").arg(owed, w.handedIn(b));
                continue;
            }
            auto same = std::find_if(monthly.begin(), monthly.end(), [&w](const QList<DueWork>& group) {
                const DueWork& first = group.constFirst();
                return first.subjectKinds == w.subjectKinds && first.fiscalYear == w.fiscalYear
                    && first.divisionCode == w.divisionCode;
            });
            if (same == monthly.end())
                monthly << QList<DueWork> { w };
            else
                *same << w;
        }
        for (const QList<DueWork>& group : std::as_const(monthly)) {
            QList<int> months;
            for (const DueWork& w : group)
                months << w.month;
            QString owed = group.constFirst().owedBy(b);
            any << QStringLiteral("(%1 AND %2)").arg(owed, group.constFirst().missingMonth(months, b));
        }
        where << (any.isEmpty() ? QStringLiteral("0") : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (!f.text.trimmed().isEmpty()) {
        // The units whose name matches are found once, not joined and matched row by row.
        where << QStringLiteral("(s.name LIKE ? ESCAPE '\\' OR s.code LIKE ? ESCAPE '\\' OR s.agency_id IN"
                                " (SELECT u.id FROM agency u WHERE u.name LIKE ? ESCAPE '\\'))");
        const QString pattern = likePattern(f.text.trimmed());
        b << pattern << pattern << pattern;
    }

    bool unitJoin = details;
    if (sort) {
        QString key;
        switch (sort->field) {
        case SubjectField::Name: key = QStringLiteral("s.name"); break;
        case SubjectField::Code: key = QStringLiteral("s.code"); break;
        case SubjectField::Unit: key = QStringLiteral("a.name"); unitJoin = true; break;
        case SubjectField::Kind: key = QStringLiteral("s.kind"); break;
        case SubjectField::Book: key = QStringLiteral("s.book"); break;
        case SubjectField::Year: key = QStringLiteral("s.fiscal_year"); break;
        case SubjectField::Amount: key = QStringLiteral("s.amount"); break;
        case SubjectField::AssessmentStatus: key = onStage(RecordKind::Assessment, QStringLiteral("x.status")); break;
        case SubjectField::AssessmentScore: key = onStage(RecordKind::Assessment, assessmentScore); break;
        case SubjectField::Conclusion: key = onStage(RecordKind::Assessment, QStringLiteral("x.conclusion")); break;
        case SubjectField::TargetStatus: key = onStage(RecordKind::TargetSet, QStringLiteral("t.status")); break;
        case SubjectField::MonitoringMonth:
        case SubjectField::TimeProgress:
            key = onStage(RecordKind::MonitoringReport, QStringLiteral("m.month"));
            break;
        case SubjectField::Executed: key = onStage(RecordKind::MonitoringReport, QStringLiteral("m.executed")); break;
        case SubjectField::ExecutionRate:
            // The summary holds the latest report's rate: one look-up by subject id.
            key = details ? rate : QStringLiteral("(SELECT sm.rate FROM subject_monitoring sm WHERE sm.subject_id = s.id)");
            break;
        case SubjectField::MonitoringStatus: key = onStage(RecordKind::MonitoringReport, QStringLiteral("m.status")); break;
        case SubjectField::Warning:
            key = details ? QStringLiteral("(%1) + 2 * (%2)").arg(behind, impossible)
                          : QStringLiteral("(SELECT coalesce(%1, 0) + 2 * sm.impossible FROM subject_monitoring sm"
                                           " WHERE sm.subject_id = s.id AND sm.report_id IS NOT NULL)")
                                .arg(summaryBehind);
            break;
        case SubjectField::EvaluationStatus: key = onStage(RecordKind::SelfEvaluation, QStringLiteral("e.status")); break;
        case SubjectField::Score: key = onStage(RecordKind::SelfEvaluation, QStringLiteral("e.total_score")); break;
        case SubjectField::Grade: key = onStage(RecordKind::SelfEvaluation, grade); break;
        case SubjectField::Order: key = order; break;
        }
        const QString direction = sort->descending ? QStringLiteral(" DESC") : QString();
        // The id breaks ties, so that a window read later continues exactly where the last one ended.
        sql.order = QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", s.id") + direction;
    }

    QString from = QStringLiteral(" FROM subject s");
    if (unitJoin)
        from += UnitJoin;
    if (details)
        from += TargetsJoin + AssessmentJoin + MonitoringJoin + EvaluationJoin;
    sql.from = from + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (details) {
        // The columns of a row, after the joins of every stage.
        sql.from = QStringLiteral(", %1 AS behind, %2 AS impossible, %3 AS binding_grade, %4 AS order_kind,"
                                  " %5 AS assessment_score, %6 AS rate")
                       .arg(behind, impossible, grade, order, assessmentScore, rate)
            + sql.from;
    }
    return sql;
}

Result<SubjectTotals> SubjectQuery::totals(const SubjectFilter& filter)
{
    Result<Sql> sql = build(filter, std::nullopt, false);
    if (!sql)
        return sql.error();
    Result<QSqlQuery*> q = m_db.read(QStringLiteral("SELECT count(*), sum(s.amount)") + sql->from, sql->binds,
                                     tr("counting the list"));
    if (!q)
        return q.error();
    SubjectTotals t;
    if ((*q)->next()) {
        t.count = (*q)->value(0).toLongLong();
        t.amount = Money::fromFen((*q)->value(1).toLongLong());
    }
    (*q)->finish();
    return t;
}

Result<QList<QUuid>> SubjectQuery::ids(const SubjectFilter& filter, const SubjectSort& sort, qint64 offset, int limit)
{
    Result<Sql> sql = build(filter, sort, false);
    if (!sql)
        return sql.error();
    QVariantList binds = sql->binds;
    binds << limit << offset;
    Result<QSqlQuery*> q = m_db.read(QStringLiteral("SELECT s.id") + sql->from + sql->order
                                         + QStringLiteral(" LIMIT ? OFFSET ?"),
                                     binds, tr("listing subjects"));
    if (!q)
        return q.error();
    QList<QUuid> out;
    out.reserve(limit);
    while ((*q)->next())
        out << RecordStore::uuidAt(**q, 0);
    (*q)->finish();
    return out;
}

Result<QList<SubjectListRow>> SubjectQuery::rows(const SubjectFilter& filter, const SubjectSort& sort, qint64 offset,
                                                int limit)
{
    // Two steps: the window's ids with only the joins its filter and order need (skipping
    // OFFSET rows then costs no detail look-ups), then the details of those ids alone.
    Result<QList<QUuid>> window = ids(filter, sort, offset, limit);
    if (!window)
        return window.error();
    return rowsOf(*window, filter.fiscalYear);
}

Result<QList<SubjectListRow>> SubjectQuery::rowsOf(const QList<QUuid>& ids, int fiscalYear)
{
    QList<SubjectListRow> out;
    out.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); i += DetailBatch) {
        Result<QList<SubjectListRow>> batch = details(ids.mid(i, DetailBatch), fiscalYear);
        if (!batch)
            return batch.error();
        out << *batch;
    }
    return out;
}

Result<QList<SubjectListRow>> SubjectQuery::details(const QList<QUuid>& ids, int fiscalYear)
{
    if (ids.isEmpty())
        return QList<SubjectListRow>();
    SubjectFilter none;
    none.fiscalYear = fiscalYear; // the thresholds of the year shown
    Result<Sql> sql = build(none, std::nullopt, true);
    if (!sql)
        return sql.error();
    // Always DetailBatch placeholders (the last id repeated), so that one cached statement serves every window.
    QVariantList binds = sql->binds;
    QString marks;
    for (int i = 0; i < DetailBatch; ++i) {
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
        binds << RecordStore::idValue(ids.at(std::min<qsizetype>(i, ids.size() - 1)));
    }
    const QString select = QStringLiteral(
        "SELECT s.id AS id, s.owner_id AS owner_id, s.kind AS kind, s.code AS code, s.name AS name, a.name AS unit_name,"
        " s.fiscal_year AS fiscal_year, s.book AS book, s.program_kind AS program_kind, s.amount AS amount,"
        " s.funding_tags AS funding_tags, s.is_new AS is_new, s.is_major AS is_major,"
        " t.id AS target_id, t.status AS target_status,"
        " x.id AS assessment_id, x.status AS assessment_status, x.conclusion AS conclusion,"
        " m.id AS report_id, m.month AS month, m.executed AS executed, m.status AS report_status,"
        " e.id AS evaluation_id, e.status AS evaluation_status, e.total_score AS score");
    Result<QSqlQuery*> q = m_db.read(select + sql->from + QStringLiteral(" AND s.id IN (") + marks
                                         + QLatin1Char(')'),
                                     binds, tr("reading the list"));
    if (!q)
        return q.error();
    QSqlQuery& r = **q;
    const QSqlRecord rec = r.record();
    auto col = [&rec](const char* name) { return rec.indexOf(QLatin1String(name)); };
    const int cId = col("id"), cOwner = col("owner_id"), cKind = col("kind"), cCode = col("code"), cName = col("name"),
              cUnit = col("unit_name"), cYear = col("fiscal_year"), cBook = col("book"),
              cProgramKind = col("program_kind"), cAmount = col("amount"), cTags = col("funding_tags"),
              cNew = col("is_new"), cMajor = col("is_major"), cTarget = col("target_id"),
              cTargetStatus = col("target_status"), cAssessment = col("assessment_id"),
              cAssessmentStatus = col("assessment_status"), cConclusion = col("conclusion"),
              cReport = col("report_id"), cMonth = col("month"), cExecuted = col("executed"),
              cReportStatus = col("report_status"), cEvaluation = col("evaluation_id"),
              cEvaluationStatus = col("evaluation_status"), cScore = col("score"), cBehind = col("behind"),
              cImpossible = col("impossible"), cGrade = col("binding_grade"), cOrder = col("order_kind"),
              cAssessmentScore = col("assessment_score"), cRate = col("rate");
    QHash<QUuid, SubjectListRow> byId;
    auto optDouble = [&r](int c) { return r.value(c).isNull() ? std::optional<double>() : r.value(c).toDouble(); };
    while (r.next()) {
        SubjectListRow row;
        row.id = RecordStore::uuidAt(r, cId);
        row.ownerId = RecordStore::uuidAt(r, cOwner);
        bool ok = StoredValue<SubjectKind>::read(row.kind, r.value(cKind))
            && StoredValue<BudgetBook>::read(row.book, r.value(cBook))
            && StoredValue<std::optional<ProgramKind>>::read(row.programKind, r.value(cProgramKind))
            && StoredValue<std::optional<RecordStatus>>::read(row.targetStatus, r.value(cTargetStatus))
            && StoredValue<std::optional<RecordStatus>>::read(row.assessmentStatus, r.value(cAssessmentStatus))
            && StoredValue<std::optional<AssessmentConclusion>>::read(row.conclusion, r.value(cConclusion))
            && StoredValue<std::optional<RecordStatus>>::read(row.monitoringStatus, r.value(cReportStatus))
            && StoredValue<std::optional<RecordStatus>>::read(row.evaluationStatus, r.value(cEvaluationStatus))
            && StoredValue<std::optional<Grade>>::read(row.grade, r.value(cGrade))
            && StoredValue<std::optional<OrderKind>>::read(row.order, r.value(cOrder));
        if (!ok) {
            r.finish();
            return unknownStoredValue(QStringLiteral("subject"), QStringLiteral("id"), r.value(cId));
        }
        row.code = r.value(cCode).toString();
        row.name = r.value(cName).toString();
        row.unitName = r.value(cUnit).toString();
        row.fiscalYear = r.value(cYear).toInt();
        row.amount = Money::fromFen(r.value(cAmount).toLongLong());
        row.fundingTags = r.value(cTags).toInt();
        row.isNew = r.value(cNew).toBool();
        row.isMajor = r.value(cMajor).toBool();
        row.targetSetId = RecordStore::uuidAt(r, cTarget);
        row.assessmentId = RecordStore::uuidAt(r, cAssessment);
        row.assessmentScore = optDouble(cAssessmentScore);
        row.monitoringId = RecordStore::uuidAt(r, cReport);
        if (!row.monitoringId.isNull()) {
            row.monitoringMonth = r.value(cMonth).toInt();
            row.executed = Money::fromFen(r.value(cExecuted).toLongLong());
            row.executionRate = optDouble(cRate);
            row.timeProgress = SelfEvaluationScorer::round2(FiscalYear::timeProgressPercent(row.monitoringMonth));
            row.executionBehind = r.value(cBehind).toBool();
            row.indicatorImpossible = r.value(cImpossible).toBool();
        }
        row.evaluationId = RecordStore::uuidAt(r, cEvaluation);
        row.score = optDouble(cScore);
        byId.insert(row.id, row);
    }
    r.finish();
    QList<SubjectListRow> out;
    out.reserve(ids.size());
    for (const QUuid& id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out << *it; // a subject removed between the two statements is left out
    }
    return out;
}

Result<void> SubjectQuery::updateMonitoringSummary(Database& db, const ChangeSet& changes)
{
    if (!changes.touches(QStringLiteral("monitoring_report")) && !changes.touches(QStringLiteral("subject")))
        return {};
    // Every write of a report or subject stamps it with its table's next change sequence (also
    // an import's, and a tombstone's): the subjects written since the summary last followed are
    // read again, however many (a bulk import lists only which tables it changed).
    const qint64 reportSeq = db.metaValue(SummaryReportSeq).toLongLong();
    const qint64 subjectSeq = db.metaValue(SummarySubjectSeq).toLongLong();
    const QString changed = QStringLiteral("(SELECT subject_id FROM monitoring_report WHERE change_seq > ?"
                                           " UNION SELECT id FROM subject WHERE change_seq > ?)");
    const QVariantList binds { reportSeq, subjectSeq };
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM subject_monitoring WHERE subject_id IN ") + changed);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Result<void> r = db.run(q, tr("updating the summary of monitoring")); !r)
        return r;
    // A row for every subject (also one without a report: the overdue filter reads the months
    // handed in from here): its latest report of the year, and as a bit per month (1 << month)
    // the months of that year with a report submitted or approved, DueWork's "handed in".
    q.prepare(QStringLiteral("INSERT INTO subject_monitoring"
                             " (subject_id, fiscal_year, report_id, month, rate, impossible, handed_months)"
                             " SELECT s.id, s.fiscal_year, m.id, m.month,"
                             " CASE WHEN m.budget > 0 THEN round(100.0 * m.executed / m.budget, 2) END,"
                             " EXISTS (SELECT 1 FROM monitoring_entry me WHERE me.report_id = m.id AND me.likelihood = %1),"
                             " (SELECT coalesce(sum(DISTINCT 1 << h.month), 0) FROM monitoring_report h"
                             " WHERE h.subject_id = s.id AND h.fiscal_year = s.fiscal_year AND h.deleted = 0"
                             " AND h.status IN (%2, %3))"
                             " FROM subject s LEFT JOIN monitoring_report m ON m.id = %4 WHERE s.id IN %5")
                  .arg(static_cast<int>(Likelihood::Impossible))
                  .arg(static_cast<int>(RecordStatus::Submitted))
                  .arg(static_cast<int>(RecordStatus::Approved))
                  .arg(LatestReport, changed));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Result<void> r = db.run(q, tr("updating the summary of monitoring")); !r)
        return r;
    if (!q.exec(QStringLiteral("SELECT (SELECT coalesce(max(change_seq), 0) FROM monitoring_report),"
                               " (SELECT coalesce(max(change_seq), 0) FROM subject)"))
        || !q.next()) {
        return db.queryError(q, tr("updating the summary of monitoring"));
    }
    const qint64 reportMax = q.value(0).toLongLong();
    const qint64 subjectMax = q.value(1).toLongLong();
    q.finish();
    if (reportMax != reportSeq) {
        if (Result<void> r = db.setMetaValue(SummaryReportSeq, QString::number(reportMax)); !r)
            return r;
    }
    if (subjectMax != subjectSeq) {
        if (Result<void> r = db.setMetaValue(SummarySubjectSeq, QString::number(subjectMax)); !r)
            return r;
    }
    return {};
}

Result<QList<int>> SubjectQuery::years()
{
    Result<QSqlQuery*> q = m_db.read(
        QStringLiteral("SELECT DISTINCT fiscal_year FROM subject WHERE deleted = 0 ORDER BY fiscal_year DESC"), {},
        tr("reading the fiscal years"));
    if (!q)
        return q.error();
    QList<int> out;
    while ((*q)->next())
        out << (*q)->value(0).toInt();
    (*q)->finish();
    return out;
}

Result<QList<ListUnit>> SubjectQuery::units(int fiscalYear)
{
    Result<QSqlQuery*> q = m_db.read(
        QStringLiteral("SELECT a.id, a.name, a.parent_id, a.division_code, d.name FROM agency a"
                       " LEFT JOIN division d ON d.code = a.division_code"
                       " WHERE a.deleted = 0 AND a.id IN (SELECT DISTINCT agency_id FROM subject"
                       " WHERE deleted = 0 AND (? = 0 OR fiscal_year = ?))"
                       " ORDER BY a.division_code, a.name, a.id"),
        { fiscalYear, fiscalYear }, tr("reading the units"));
    if (!q)
        return q.error();
    QList<ListUnit> out;
    while ((*q)->next()) {
        const QSqlQuery& r = **q;
        out << ListUnit { RecordStore::uuidAt(r, 0), r.value(1).toString(), RecordStore::uuidAt(r, 2),
                          r.value(3).toString(), r.value(4).toString() };
    }
    (*q)->finish();
    return out;
}

bool SubjectQuery::isSortable(SubjectField field)
{
    // Every column has an SQL key; time progress sorts by the month it follows from.
    return int(field) >= 0 && int(field) < SubjectFieldCount;
}

QString SubjectQuery::noRecordText()
{
    return tr("Not started");
}

QString SubjectQuery::header(SubjectField field, MoneyUnit unit)
{
    switch (field) {
    case SubjectField::Name: return tr("Name");
    case SubjectField::Code: return tr("Code");
    case SubjectField::Unit: return tr("Unit");
    case SubjectField::Kind: return tr("Kind");
    case SubjectField::Book: return tr("Budget book");
    case SubjectField::Year: return tr("Year");
    case SubjectField::Amount: return tr("Amount (%1)").arg(Money::unitName(unit));
    case SubjectField::AssessmentStatus: return tr("Assessment");
    case SubjectField::AssessmentScore: return tr("Assessment score");
    case SubjectField::Conclusion: return tr("Conclusion");
    case SubjectField::TargetStatus: return tr("Targets");
    case SubjectField::MonitoringMonth: return tr("Month");
    case SubjectField::Executed: return tr("Executed (%1)").arg(Money::unitName(unit));
    case SubjectField::ExecutionRate: return tr("Execution rate (%)");
    case SubjectField::TimeProgress: return tr("Time progress (%)");
    case SubjectField::MonitoringStatus: return tr("Monitoring");
    case SubjectField::Warning: return tr("Warning");
    case SubjectField::EvaluationStatus: return tr("Self-evaluation");
    case SubjectField::Score: return tr("Score");
    case SubjectField::Grade: return tr("Grade");
    case SubjectField::Order: return tr("Order in force");
    }
    return {};
}

QString SubjectQuery::text(const SubjectListRow& row, SubjectField field, MoneyUnit unit)
{
    auto status = [](const std::optional<RecordStatus>& s) { return s ? Names::of(*s) : noRecordText(); };
    auto percent = [](const std::optional<double>& v) { return v ? QString::number(*v, 'f', 2) : QString(); };
    switch (field) {
    case SubjectField::Name: return row.name;
    case SubjectField::Code: return row.code;
    case SubjectField::Unit: return row.unitName;
    case SubjectField::Kind: return row.programKind ? Names::of(*row.programKind) : Names::of(row.kind);
    case SubjectField::Book: return Names::of(row.book);
    case SubjectField::Year: return QString::number(row.fiscalYear);
    case SubjectField::Amount: return row.amount.format(unit);
    case SubjectField::AssessmentStatus: return status(row.assessmentStatus);
    case SubjectField::AssessmentScore: return percent(row.assessmentScore);
    case SubjectField::Conclusion: return row.conclusion ? Names::of(*row.conclusion) : QString();
    case SubjectField::TargetStatus: return status(row.targetStatus);
    case SubjectField::MonitoringMonth:
        return row.monitoringMonth > 0 ? tr("Month %1").arg(row.monitoringMonth) : QString();
    case SubjectField::Executed: return row.monitoringId.isNull() ? QString() : row.executed.format(unit);
    case SubjectField::ExecutionRate: return percent(row.executionRate);
    case SubjectField::TimeProgress: return percent(row.timeProgress);
    case SubjectField::MonitoringStatus: return status(row.monitoringStatus);
    case SubjectField::Warning: {
        QStringList w;
        if (row.executionBehind)
            w << tr("Execution behind");
        if (row.indicatorImpossible)
            w << tr("Indicator out of reach");
        return w.join(QStringLiteral("; "));
    }
    case SubjectField::EvaluationStatus: return status(row.evaluationStatus);
    case SubjectField::Score: return percent(row.score);
    case SubjectField::Grade: return row.grade ? Names::of(*row.grade) : QString();
    case SubjectField::Order: return row.order ? Names::of(*row.order) : QString();
    }
    return {};
}

QVariant SubjectQuery::value(const SubjectListRow& row, SubjectField field, MoneyUnit unit)
{
    auto opt = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); };
    // Amounts to the 分, as the unit shows them (万元 with 2 decimals rounds as format() does).
    auto amount = [unit](Money m) {
        return QVariant(unit == MoneyUnit::Yuan ? double(m.fen()) / 100.0 : std::round(double(m.fen()) / 1e4) / 100.0);
    };
    switch (field) {
    case SubjectField::Year: return row.fiscalYear;
    case SubjectField::Amount: return amount(row.amount);
    case SubjectField::Executed: return row.monitoringId.isNull() ? QVariant() : amount(row.executed);
    case SubjectField::AssessmentScore: return opt(row.assessmentScore);
    case SubjectField::ExecutionRate: return opt(row.executionRate);
    case SubjectField::TimeProgress: return opt(row.timeProgress);
    case SubjectField::Score: return opt(row.score);
    case SubjectField::MonitoringMonth: return row.monitoringMonth > 0 ? QVariant(row.monitoringMonth) : QVariant();
    default: break;
    }
    return text(row, field, unit);
}

} // namespace jx
