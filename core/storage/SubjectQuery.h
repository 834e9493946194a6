#pragma once

#include "core/domain/Money.h"
#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace jx {

class ChangeSet;
class Database;

/// A warning a list can filter by, from the latest monitoring report of a subject's year (DOMAIN.md §2.3).
enum class ListWarning
{
    Any = 1,                 ///< any of the ones below
    ExecutionBehind = 2,     ///< budget execution behind time progress by more than the policy's points
    IndicatorImpossible = 3, ///< an indicator reported 完全不可能
};

/// The stable codes of the list warnings ("execution-behind"), as links and the CLI spell them.
QString codeOf(ListWarning warning);
std::optional<ListWarning> listWarningFromCode(const QString& code);

/// The status a stage's record of a subject must have; no status: the subject has no such record yet.
struct StageFilter
{
    RecordKind stage = RecordKind::TargetSet; ///< Assessment, TargetSet, MonitoringReport or SelfEvaluation
    std::optional<RecordStatus> status;

    bool operator==(const StageFilter&) const = default;
};

/**
 * A piece of work with a statutory deadline that subjects owe (DeadlineService::work() says
 * which, and when it is due): a handed-in record, submitted or approved, of @c kind from every
 * live subject of @c subjectKinds of the year (for monitoring, a live report of @c month of the
 * subject's own fiscal year, as the monitoring summary of schema 17 records it). Both the
 * deadline counts and the list's overdue filter ask the SQL of this one type.
 */
struct DueWork
{
    QString key;                    ///< the policy's deadline key, e.g. "monthlyMonitoring"
    RecordKind kind = RecordKind::MonitoringReport; ///< MonitoringReport or SelfEvaluation
    QList<SubjectKind> subjectKinds;
    int month = 0;                  ///< monitoring: the month reported on; 0 otherwise
    int fiscalYear = 0;
    QDate dueDate;
    QString divisionCode;           ///< only the subjects of this division (a government budget); empty: any

    /// SQL: subject `s` owes this work (its kind, year and division); appends its binds.
    QString owedBy(QVariantList& binds) const;
    /// SQL: subject `s` has handed it in (a submitted or approved record); appends its binds.
    QString handedIn(QVariantList& binds) const;
    /// SQL, 1 or 0: as handedIn(), in a query whose FROM joins summaryJoin() to subject `s`
    /// (monitoring read from the joined summary row, once per subject however many months).
    QString handedInJoined(QVariantList& binds) const;
    /// SQL: the join of subject `s`'s monitoring summary that handedInJoined() reads.
    static QString summaryJoin();
    /// SQL: subject `s` (owing this monitoring) has not handed in one of @p months of its year;
    /// appends its binds.
    QString missingMonth(const QList<int>& months, QVariantList& binds) const;
    /// The bits of @p months (1 << month) in the monitoring summary's months handed in.
    static int handedInMask(const QList<int>& months);

    bool operator==(const DueWork&) const = default;
};

/// Subjects with work of a stage past its due date and not handed in (DeadlineService::overdueWork()).
struct OverdueFilter
{
    RecordKind stage = RecordKind::MonitoringReport;
    QDate asOf;           ///< the day it is judged on: work due before it is overdue
    QList<DueWork> work;  ///< the stage's work due before asOf; none: no subject is overdue
    QString title;        ///< translated, what the bar shows (e.g. one piece of work); empty: the stage's

    bool operator==(const OverdueFilter&) const = default;
};

/// What a subject list shows; fields left empty do not filter.
struct SubjectFilter
{
    int fiscalYear = 0;      ///< 0: every year
    QUuid agencyId;          ///< this agency and its subordinate units (所属单位)
    QString divisionCode;    ///< this division and every division under it (roll-up)
    std::optional<BudgetBook> book;
    std::optional<SubjectKind> kind;
    int fundingTags = 0;     ///< FundingTag flags: programs with any of them
    bool majorNewOnly = false; ///< new major programs (新增重大政策和项目), the subjects of ex-ante assessment
    QList<StageFilter> stages;
    std::optional<Grade> grade;     ///< the binding grade (see SubjectQuery)
    std::optional<ListWarning> warning;
    std::optional<OrderKind> order; ///< the strongest finance order in force
    std::optional<OverdueFilter> overdue; ///< only subjects with overdue work of a stage
    QString text;            ///< part of the name, the program code or the unit's name

    bool operator==(const SubjectFilter&) const = default;
};

/// The columns of a subject list, for sorting, display and export.
enum class SubjectField
{
    Name,
    Code,
    Unit,
    Kind,
    Book,
    Year,
    Amount,
    AssessmentStatus,
    AssessmentScore,
    Conclusion,
    TargetStatus,
    MonitoringMonth,
    Executed,
    ExecutionRate,
    TimeProgress,
    MonitoringStatus,
    Warning,
    EvaluationStatus,
    Score,
    Grade,
    Order,
};
constexpr int SubjectFieldCount = int(SubjectField::Order) + 1;

struct SubjectSort
{
    SubjectField field = SubjectField::Name;
    bool descending = false;

    bool operator==(const SubjectSort&) const = default;
};

/// One line of a subject list: the subject and where each stage of its year stands.
struct SubjectListRow
{
    QUuid id;
    QUuid ownerId; ///< the agency that writes the subject and its records
    SubjectKind kind = SubjectKind::Program;
    QString code;
    QString name;
    QString unitName;
    int fiscalYear = 0;
    BudgetBook book = BudgetBook::GeneralPublic;
    std::optional<ProgramKind> programKind;
    Money amount;
    int fundingTags = 0;
    bool isNew = false;
    bool isMajor = false;

    QUuid assessmentId;
    std::optional<RecordStatus> assessmentStatus;
    std::optional<double> assessmentScore;
    std::optional<AssessmentConclusion> conclusion;

    QUuid targetSetId;
    std::optional<RecordStatus> targetStatus;

    QUuid monitoringId;                  ///< the latest monitoring report of the year
    int monitoringMonth = 0;
    Money executed;
    std::optional<double> executionRate; ///< percent, 2 decimals
    std::optional<double> timeProgress;  ///< percent at the end of the report's month
    std::optional<RecordStatus> monitoringStatus;
    bool executionBehind = false;
    bool indicatorImpossible = false;

    QUuid evaluationId;
    std::optional<RecordStatus> evaluationStatus;
    std::optional<double> score;
    std::optional<Grade> grade; ///< the binding grade

    std::optional<OrderKind> order;

    bool hasWarning() const { return executionBehind || indicatorImpossible; }
};

/// An agency that has subjects, for a list's filter of units.
struct ListUnit
{
    QUuid id;
    QString name;
    QUuid parentId;
    QString divisionCode;
    QString divisionName;
};

/// Count and sums of the rows a filter selects.
struct SubjectTotals
{
    qint64 count = 0;
    Money amount;
};

/**
 * Every subject (programs, agency overall budgets, government budgets) with the state of each
 * stage of its year, for the lists of the stage pages and their exports. Filtering, searching,
 * sorting, counting and summing happen in SQL; rows are read by position (OFFSET) so that a
 * view can fetch the window it shows anywhere in 300,000 rows without reading what lies before.
 *
 * The grade is the binding one (EvaluationService::bindingGrade): finance's grade of the
 * approval while the self-evaluation is approved, else the grade stored with it. Warnings are
 * those of MonitoringAnalyzer on the latest report of the year, evaluated in SQL with the
 * thresholds the analyzer's own inputs give (see executionThresholds()).
 */
class SubjectQuery
{
    Q_DECLARE_TR_FUNCTIONS(SubjectQuery)

public:
    explicit SubjectQuery(Database& db);

    Result<SubjectTotals> totals(const SubjectFilter& filter);
    /// Up to @p limit rows from position @p offset of the filtered list in the order @p sort (then by id).
    Result<QList<SubjectListRow>> rows(const SubjectFilter& filter, const SubjectSort& sort, qint64 offset, int limit);
    /// The ids of the same window, without the details (cheap).
    Result<QList<QUuid>> ids(const SubjectFilter& filter, const SubjectSort& sort, qint64 offset, int limit);
    /// The rows of @p ids in that order (live subjects only), with the warning thresholds of @p fiscalYear.
    Result<QList<SubjectListRow>> rowsOf(const QList<QUuid>& ids, int fiscalYear);

    /// The fiscal years that have live subjects, latest first.
    Result<QList<int>> years();
    /// The agencies with live subjects (of @p fiscalYear, 0: any), by division code and name.
    Result<QList<ListUnit>> units(int fiscalYear);

    static bool isSortable(SubjectField field);
    /// The translated column title; amounts name the unit.
    static QString header(SubjectField field, MoneyUnit unit);
    /// The text of a cell, as lists and exports show it.
    static QString text(const SubjectListRow& row, SubjectField field, MoneyUnit unit);
    /// A cell as a number where it is one (amounts in @p unit, rates, scores), else its text.
    static QVariant value(const SubjectListRow& row, SubjectField field, MoneyUnit unit);
    /// How a subject without a record of a stage shows.
    static QString noRecordText();

    /**
     * Keeps the summary of each subject's latest monitoring report (schema step 15, which the
     * warning filters and the execution-rate order read) current: a commit step of Database,
     * run in the transaction of every write that touched a report or a subject.
     */
    static Result<void> updateMonitoringSummary(Database& db, const ChangeSet& changes);

    /// Rows per details statement (the window read at once).
    static constexpr int DetailBatch = 128;

private:
    struct Sql;
    Result<Sql> build(const SubjectFilter& filter, std::optional<SubjectSort> sort, bool details);
    /// Per month 1..12, the execution rate below which MonitoringAnalyzer warns: time progress minus the policy's points.
    Result<QList<double>> executionThresholds(int fiscalYear);
    Result<QList<SubjectListRow>> details(const QList<QUuid>& ids, int fiscalYear);

    Database& m_db;
};

} // namespace jx
