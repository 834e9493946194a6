#include "core/storage/Tables.h"

#include "core/domain/Validation.h"

#include <QSet>

namespace jx::Tables {

namespace {

// The words errors use for what a column refers to.
const char* const Agency_ = QT_TRANSLATE_NOOP("Storage", "agency");
const char* const Division_ = QT_TRANSLATE_NOOP("Storage", "division");
const char* const Subject_ = QT_TRANSLATE_NOOP("Storage", "subject");
const char* const Category_ = QT_TRANSLATE_NOOP("Storage", "category");
const char* const Indicator_ = QT_TRANSLATE_NOOP("Storage", "indicator");

} // namespace

const Table<Division>& division()
{
    static const Table<Division> table("division", {
        text("code", &Division::code, EmptyAs::Empty),
        text("name", &Division::name, EmptyAs::Empty),
        column("rank", &Division::rank),
        text("parent_code", &Division::parentCode, EmptyAs::Null),
        column("valid_from", &Division::validFrom),
        column("valid_to", &Division::validTo).nullWhen([](const Division& d) { return d.validTo == 0; }),
    });
    return table;
}

const TableShape& signingKey()
{
    static const TableShape shape { QStringLiteral("signing_key"),
        { QStringLiteral("fingerprint"), QStringLiteral("agency_id"), QStringLiteral("public_key"),
            QStringLiteral("private_key"), QStringLiteral("created_at"), QStringLiteral("retired_at") } };
    return shape;
}

const TableShape& knownKey()
{
    static const TableShape shape { QStringLiteral("known_key"),
        { QStringLiteral("fingerprint"), QStringLiteral("agency_id"), QStringLiteral("agency_code"),
            QStringLiteral("agency_name"), QStringLiteral("agency_kind"), QStringLiteral("division_code"),
            QStringLiteral("public_key"), QStringLiteral("created_at"), QStringLiteral("registered_at"),
            QStringLiteral("revoked_at"), QStringLiteral("revoke_reason") } };
    return shape;
}

const TableShape& subjectMonitoring()
{
    static const TableShape shape { QStringLiteral("subject_monitoring"),
        { QStringLiteral("subject_id"), QStringLiteral("fiscal_year"), QStringLiteral("report_id"),
            QStringLiteral("month"), QStringLiteral("rate"), QStringLiteral("impossible"),
            QStringLiteral("handed_months") } };
    return shape;
}

template <>
const RecordTable<Agency>& of<Agency>()
{
    static const RecordTable<Agency> table = RecordTable<Agency>("agency", {
        text("code", &Agency::code, EmptyAs::Null),
        text("name", &Agency::name, EmptyAs::Empty),
        column("kind", &Agency::kind),
        text("division_code", &Agency::divisionCode, EmptyAs::Empty).references("division", "code", Division_),
        column("parent_id", &Agency::parentId)
            .references("agency", "id", QT_TRANSLATE_NOOP("Storage", "parent unit")),
    }).called(QT_TRANSLATE_NOOP("Storage", "agency %1"), &Validation::label);
    return table;
}

template <>
const RecordTable<Subject>& of<Subject>()
{
    static const RecordTable<Subject> table = RecordTable<Subject>("subject", {
        column("kind", &Subject::kind),
        column("fiscal_year", &Subject::fiscalYear),
        column("agency_id", &Subject::agencyId).references("agency", "id", Agency_),
        text("division_code", &Subject::divisionCode, EmptyAs::Empty).references("division", "code", Division_),
        text("name", &Subject::name, EmptyAs::Empty),
        column("book", &Subject::book),
        column("amount", &Subject::amount),
        text("code", &Subject::code, EmptyAs::Null),
        column("program_kind", &Subject::programKind).nullWhen([](const Subject& s) { return !s.isProgram(); }),
        column("funding_tags", &Subject::fundingTags),
        column("is_new", &Subject::isNew),
        column("is_major", &Subject::isMajor),
        column("is_mid_year", &Subject::isMidYear),
        text("function_code", &Subject::functionCode, EmptyAs::Null),
        column("predecessor_id", &Subject::predecessorId)
            .references("subject", "id", QT_TRANSLATE_NOOP("Storage", "predecessor program")),
    }).called(QT_TRANSLATE_NOOP("Storage", "subject %1"), &Validation::label);
    return table;
}

template <>
const RecordTable<IndicatorCategory>& of<IndicatorCategory>()
{
    static const RecordTable<IndicatorCategory> table = RecordTable<IndicatorCategory>("indicator_category", {
        column("framework", &IndicatorCategory::framework),
        column("fiscal_year", &IndicatorCategory::fiscalYear),
        column("parent_id", &IndicatorCategory::parentId)
            .references("indicator_category", "id", QT_TRANSLATE_NOOP("Storage", "parent category")),
        column("level", &IndicatorCategory::level),
        text("name", &IndicatorCategory::name, EmptyAs::Empty),
        column("weight", &IndicatorCategory::weight),
        column("required", &IndicatorCategory::required),
        column("sort_order", &IndicatorCategory::sortOrder),
    }).called(QT_TRANSLATE_NOOP("Storage", "indicator category %1"), [](const IndicatorCategory& c) {
        return QCoreApplication::translate("Storage", "indicator category “%1”").arg(c.name);
    });
    return table;
}

template <>
const RecordTable<IndicatorLibraryEntry>& of<IndicatorLibraryEntry>()
{
    using Entry = IndicatorLibraryEntry;
    static const RecordTable<Entry> table = RecordTable<Entry>("indicator_library_entry", {
        column("category_id", &IndicatorLibraryEntry::categoryId).references("indicator_category", "id", Category_),
        text("sector", &IndicatorLibraryEntry::sector, EmptyAs::Null),
        text("name", &IndicatorLibraryEntry::name, EmptyAs::Empty),
        column("operator", &IndicatorLibraryEntry::op),
        text("unit", &IndicatorLibraryEntry::unit, EmptyAs::Null),
        text("description", &IndicatorLibraryEntry::description, EmptyAs::Null),
    }).called(QT_TRANSLATE_NOOP("Storage", "library indicator %1"), [](const IndicatorLibraryEntry& e) {
        return QCoreApplication::translate("Storage", "library indicator “%1”").arg(e.name);
    });
    return table;
}

template <>
const RecordTable<TargetSet>& of<TargetSet>()
{
    static const RecordTable<TargetSet> table = RecordTable<TargetSet>("target_set", {
        column("subject_id", &TargetSet::subjectId).references("subject", "id", Subject_),
        column("fiscal_year", &TargetSet::fiscalYear),
        text("receiving_division_code", &TargetSet::receivingDivisionCode, EmptyAs::Null)
            .references("division", "code", QT_TRANSLATE_NOOP("Storage", "receiving division")),
        text("objective_annual", &TargetSet::objectiveAnnual, EmptyAs::Empty),
        text("objective_mid_term", &TargetSet::objectiveMidTerm, EmptyAs::Empty),
        column("status", &TargetSet::status),
    }).withStatus("status")
      .called(QT_TRANSLATE_NOOP("Storage", "target set %1"), [](const TargetSet& t) {
          return QCoreApplication::translate("Storage", "target set of %1").arg(t.fiscalYear);
      });
    return table;
}

template <>
const RecordTable<Indicator>& of<Indicator>()
{
    static const RecordTable<Indicator> table = RecordTable<Indicator>("indicator", {
        column("target_set_id", &Indicator::targetSetId)
            .references("target_set", "id", QT_TRANSLATE_NOOP("Storage", "target set")),
        column("category_id", &Indicator::categoryId).references("indicator_category", "id", Category_),
        column("library_entry_id", &Indicator::libraryEntryId)
            .references("indicator_library_entry", "id", QT_TRANSLATE_NOOP("Storage", "library entry")),
        text("name", &Indicator::name, EmptyAs::Empty),
        column("operator", &Indicator::op),
        column("target_value", &Indicator::targetValue),
        text("target_text", &Indicator::targetText, EmptyAs::Null),
        text("unit", &Indicator::unit, EmptyAs::Null),
        column("weight", &Indicator::weight),
        text("content", &Indicator::content, EmptyAs::Null),
        text("baseline", &Indicator::baseline, EmptyAs::Null),
        text("data_source", &Indicator::dataSource, EmptyAs::Null),
        column("sort_order", &Indicator::sortOrder),
        column("evaluation_standard", &Indicator::standard),
    }).called(QT_TRANSLATE_NOOP("Storage", "indicator %1"), &Validation::label);
    return table;
}

template <>
const RecordTable<ExAnteAssessment>& of<ExAnteAssessment>()
{
    static const RecordTable<ExAnteAssessment> table = RecordTable<ExAnteAssessment>("ex_ante_assessment", {
        column("subject_id", &ExAnteAssessment::subjectId).references("subject", "id", Subject_),
        column("assessor", &ExAnteAssessment::assessor),
        text("assessor_name", &ExAnteAssessment::assessorName, EmptyAs::Null),
        column("conclusion", &ExAnteAssessment::conclusion),
        text("report", &ExAnteAssessment::report, EmptyAs::Empty),
        column("status", &ExAnteAssessment::status),
    }).withStatus("status")
      .called(QT_TRANSLATE_NOOP("Storage", "ex-ante assessment %1"),
              [](const ExAnteAssessment&) { return QCoreApplication::translate("Storage", "ex-ante assessment"); })
      .listedBySubject("modified_at")
      .withChildren(children("assessment_item", "assessment_id", &ExAnteAssessment::items, {
          column("dimension", &AssessmentItem::dimension),
          column("max_score", &AssessmentItem::maxScore),
          column("score", &AssessmentItem::score),
          column("rating", &AssessmentItem::rating),
          text("comment", &AssessmentItem::comment, EmptyAs::Null),
      }, "c.dimension"));
    return table;
}

template <>
const RecordTable<MonitoringReport>& of<MonitoringReport>()
{
    static const RecordTable<MonitoringReport> table = RecordTable<MonitoringReport>("monitoring_report", {
        column("subject_id", &MonitoringReport::subjectId).references("subject", "id", Subject_),
        column("fiscal_year", &MonitoringReport::fiscalYear),
        column("month", &MonitoringReport::month),
        column("budget", &MonitoringReport::budget),
        column("executed", &MonitoringReport::executed),
        column("forecast_year_end", &MonitoringReport::forecastYearEnd),
        text("note", &MonitoringReport::note, EmptyAs::Null),
        column("status", &MonitoringReport::status),
    }).withStatus("status")
      .called(QT_TRANSLATE_NOOP("Storage", "monitoring report %1"), [](const MonitoringReport& m) {
          return QCoreApplication::translate("Storage", "monitoring report for month %1").arg(m.month);
      })
      .withChildren(children("monitoring_entry", "report_id", &MonitoringReport::entries, {
          column("indicator_id", &MonitoringEntry::indicatorId).references("indicator", "id", Indicator_),
          column("progress_value", &MonitoringEntry::progressValue),
          text("progress_text", &MonitoringEntry::progressText, EmptyAs::Null),
          column("forecast_value", &MonitoringEntry::forecastValue),
          column("likelihood", &MonitoringEntry::likelihood),
          column("cause", &MonitoringEntry::cause),
          text("measures", &MonitoringEntry::measures, EmptyAs::Null),
      }, "i.sort_order, i.id", "JOIN indicator i ON i.id = c.indicator_id"));
    return table;
}

template <>
const RecordTable<SelfEvaluation>& of<SelfEvaluation>()
{
    static const RecordTable<SelfEvaluation> table = RecordTable<SelfEvaluation>("self_evaluation", {
        column("subject_id", &SelfEvaluation::subjectId).references("subject", "id", Subject_),
        column("fiscal_year", &SelfEvaluation::fiscalYear),
        text("objective_expected", &SelfEvaluation::objectiveExpected, EmptyAs::Null),
        text("objective_achieved", &SelfEvaluation::objectiveAchieved, EmptyAs::Null),
        text("execution_reason", &SelfEvaluation::executionReason, EmptyAs::Null),
        column("total_score", &SelfEvaluation::totalScore),
        column("grade", &SelfEvaluation::grade),
        text("conclusion", &SelfEvaluation::conclusion, EmptyAs::Null),
        text("problems", &SelfEvaluation::problems, EmptyAs::Null),
        text("measures", &SelfEvaluation::measures, EmptyAs::Null),
        text("project_lead", &SelfEvaluation::projectLead, EmptyAs::Null),
        text("finance_lead", &SelfEvaluation::financeLead, EmptyAs::Null),
        column("status", &SelfEvaluation::status),
    }).withStatus("status")
      .called(QT_TRANSLATE_NOOP("Storage", "self-evaluation %1"), [](const SelfEvaluation& e) {
          return QCoreApplication::translate("Storage", "self-evaluation of %1").arg(e.fiscalYear);
      })
      .withChildren(children("evaluation_fund", "evaluation_id", &SelfEvaluation::funds, {
          column("source", &EvaluationFund::source),
          column("initial_budget", &EvaluationFund::initialBudget),
          column("adjusted_budget", &EvaluationFund::adjustedBudget),
          column("executed", &EvaluationFund::executed),
      }, "c.source"))
      .withChildren(children("evaluation_entry", "evaluation_id", &SelfEvaluation::entries, {
          column("indicator_id", &EvaluationEntry::indicatorId).references("indicator", "id", Indicator_),
          column("actual_value", &EvaluationEntry::actualValue),
          text("actual_text", &EvaluationEntry::actualText, EmptyAs::Null),
          column("not_applicable", &EvaluationEntry::notApplicable),
          column("score", &EvaluationEntry::score),
          text("deviation_reason", &EvaluationEntry::deviationReason, EmptyAs::Null),
          column("qualitative_level", &EvaluationEntry::qualitativeLevel),
          text("explanation", &EvaluationEntry::explanation, EmptyAs::Null),
          text("not_applicable_reason", &EvaluationEntry::notApplicableReason, EmptyAs::Null),
      }, "i.sort_order, i.id", "JOIN indicator i ON i.id = c.indicator_id"));
    return table;
}

template <>
const RecordTable<Review>& of<Review>()
{
    static const RecordTable<Review> table = RecordTable<Review>("review", {
        column("record_kind", &Review::recordKind),
        column("record_id", &Review::recordId),
        column("decision", &Review::decision),
        column("grade", &Review::grade),
        column("score", &Review::score),
        text("comments", &Review::comments, EmptyAs::Null),
        text("reviewer", &Review::reviewer, EmptyAs::Null),
        column("reviewed_at", &Review::reviewedAt),
        column("step", &Review::step),
        text("grade_reason", &Review::gradeReason, EmptyAs::Null),
    }).ownerCalled(QT_TRANSLATE_NOOP("Storage", "reviewing finance department"))
      .called(QT_TRANSLATE_NOOP("Storage", "review %1"), [](const Review& r) {
          return QCoreApplication::translate("Storage", "review of %1").arg(Names::of(r.recordKind));
      })
      .withChildren(children("review_item", "review_id", &Review::items, {
          column("indicator_id", &ReviewItem::indicatorId).references("indicator", "id", Indicator_),
          column("not_applicable_accepted", &ReviewItem::notApplicableAccepted),
          column("deduction_confirmed", &ReviewItem::deductionConfirmed),
      }, "c.indicator_id"));
    return table;
}

template <>
const RecordTable<ResultApplication>& of<ResultApplication>()
{
    static const RecordTable<ResultApplication> table = RecordTable<ResultApplication>("result_application", {
        column("subject_id", &ResultApplication::subjectId).references("subject", "id", Subject_),
        column("next_year", &ResultApplication::nextYear),
        column("decision", &ResultApplication::decision),
        column("amount_change", &ResultApplication::amountChange),
        text("reason", &ResultApplication::reason, EmptyAs::Null),
        text("transfer_linkage", &ResultApplication::transferLinkage, EmptyAs::Null),
        column("status", &ResultApplication::status),
    }).withStatus("status")
      .called(QT_TRANSLATE_NOOP("Storage", "result application %1"), [](const ResultApplication& a) {
          return QCoreApplication::translate("Storage", "result application for %1").arg(a.nextYear);
      })
      .listedBySubject("next_year");
    return table;
}

template <>
const RecordTable<Transition>& of<Transition>()
{
    static const RecordTable<Transition> table = RecordTable<Transition>("transition", {
        column("record_kind", &Transition::recordKind),
        column("record_id", &Transition::recordId),
        column("from_status", &Transition::from),
        column("to_status", &Transition::to),
        text("actor_name", &Transition::actor, &Actor::name, EmptyAs::Empty),
        column("actor_role", &Transition::actor, &Actor::role),
        column("actor_agency_id", &Transition::actor, &Actor::agencyId)
            .references("agency", "id", QT_TRANSLATE_NOOP("Storage", "acting agency")),
        text("comment", &Transition::comment, EmptyAs::Null),
        column("at", &Transition::at),
        column("step", &Transition::step),
    }).called(QT_TRANSLATE_NOOP("Storage", "workflow step %1"), [](const Transition& t) {
        return QCoreApplication::translate("Storage", "workflow step of %1").arg(Names::of(t.recordKind));
    });
    return table;
}

template <>
const RecordTable<FinanceOrder>& of<FinanceOrder>()
{
    static const RecordTable<FinanceOrder> table = RecordTable<FinanceOrder>("finance_order", {
        column("subject_id", &FinanceOrder::subjectId)
            .references("subject", "id", QT_TRANSLATE_NOOP("Storage", "program")),
        column("report_id", &FinanceOrder::reportId)
            .references("monitoring_report", "id", QT_TRANSLATE_NOOP("Storage", "monitoring report")),
        column("kind", &FinanceOrder::kind),
        text("reason", &FinanceOrder::reason, EmptyAs::Empty),
        text("issued_by", &FinanceOrder::issuedBy, EmptyAs::Null),
        column("issued_at", &FinanceOrder::issuedAt),
        column("lifted_at", &FinanceOrder::liftedAt),
        text("lift_reason", &FinanceOrder::liftReason, EmptyAs::Null),
        text("outcome", &FinanceOrder::outcome, EmptyAs::Null),
    }).ownerCalled(QT_TRANSLATE_NOOP("Storage", "ordering finance department"))
      .called(QT_TRANSLATE_NOOP("Storage", "finance order %1"), [](const FinanceOrder& o) { return Names::of(o.kind); })
      .listedBySubject("issued_at, id");
    return table;
}

template <>
const RecordTable<Payment>& of<Payment>()
{
    static const RecordTable<Payment> table = RecordTable<Payment>("payment", {
        column("subject_id", &Payment::subjectId).references("subject", "id", QT_TRANSLATE_NOOP("Storage", "program")),
        column("amount", &Payment::amount),
        text("paid_by", &Payment::paidBy, EmptyAs::Null),
        column("paid_at", &Payment::paidAt),
        text("note", &Payment::note, EmptyAs::Null),
    }).ownerCalled(QT_TRANSLATE_NOOP("Storage", "paying finance department"))
      .called(QT_TRANSLATE_NOOP("Storage", "payment %1"), [](const Payment& p) {
          return p.amount.formatWithUnit(MoneyUnit::TenThousandYuan);
      })
      .listedBySubject("paid_at, id");
    return table;
}

// 绩效自评报告 (schema step 16): the clerk's narrative of a self-evaluation, one per subject and year.
template <>
const RecordTable<SelfEvaluationReport>& of<SelfEvaluationReport>()
{
    using Report = SelfEvaluationReport;
    static const RecordTable<Report> table = RecordTable<Report>("evaluation_report", {
        column("subject_id", &Report::subjectId).references("subject", "id", Subject_),
        column("fiscal_year", &Report::fiscalYear),
        text("body", &Report::body, EmptyAs::Empty),
        column("drafted_at", &Report::draftedAt),
    }).called(QT_TRANSLATE_NOOP("Storage", "self-evaluation report %1"))
      .listedBySubject("fiscal_year, id");
    return table;
}

namespace {

// Calls @p f with every record table.
template <typename F>
void forEachRecordTable(F&& f)
{
    f(of<Agency>());
    f(of<Subject>());
    f(of<IndicatorCategory>());
    f(of<IndicatorLibraryEntry>());
    f(of<TargetSet>());
    f(of<Indicator>());
    f(of<ExAnteAssessment>());
    f(of<MonitoringReport>());
    f(of<SelfEvaluation>());
    f(of<Review>());
    f(of<ResultApplication>());
    f(of<Transition>());
    f(of<FinanceOrder>());
    f(of<Payment>());
    f(of<SelfEvaluationReport>());
}

} // namespace

QList<TableShape> shapes()
{
    QList<TableShape> out { { division().name(), division().columnNames() } };
    forEachRecordTable([&out](const auto& table) { out << table.shapes(); });
    out << signingKey() << knownKey() << subjectMonitoring();
    return out;
}

QStringList travelling()
{
    QStringList out;
    forEachRecordTable([&out](const auto& table) { out << table.name(); });
    return out;
}

Result<void> check(Database& db)
{
    return check(db, shapes());
}

Result<void> check(Database& db, const QList<TableShape>& shapes)
{
    for (const TableShape& shape : shapes) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(shape.table)))
            return db.queryError(
                q, QCoreApplication::translate("Storage", "reading the columns of %1").arg(shape.table));
        QSet<QString> present;
        while (q.next())
            present.insert(q.value(1).toString());
        if (present.isEmpty()) {
            return makeError(Error::Code::Storage,
                QCoreApplication::translate("Storage",
                    "The database has no table “%1”, which this version of Jixiao reads and writes.")
                    .arg(shape.table));
        }
        for (const QString& column : shape.columns) {
            if (!present.contains(column)) {
                return makeError(Error::Code::Storage,
                    QCoreApplication::translate("Storage",
                        "Table “%1” of the database has no column “%2”, which this version of Jixiao reads and "
                        "writes (a missing schema migration, or a wrong table declaration).")
                        .arg(shape.table, column));
            }
        }
    }
    return {};
}

Result<QList<ChangedRecord>> changedSince(Database& db, const QHash<QString, qint64>& since)
{
    QList<ChangedRecord> out;
    for (const QString& table : travelling()) {
        Result<QList<ChangedRecord>> changed = RecordStore(db, table, {}).changedSince(since.value(table, 0));
        if (!changed)
            return changed.error();
        out << *changed;
    }
    return out;
}

} // namespace jx::Tables
