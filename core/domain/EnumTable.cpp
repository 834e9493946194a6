#include "core/domain/EnumTable.h"

#include <QCoreApplication>

#include <limits>
#include <string_view>

namespace jx {

namespace {

// Caught at compile time: a value or code twice, or an entry without a code or a name.
template <typename E, std::size_t N>
constexpr bool wellFormed(const EnumEntry<E> (&entries)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (std::string_view(entries[i].code).empty() || std::string_view(entries[i].name).empty())
            return false;
        for (std::size_t j = i + 1; j < N; ++j) {
            if (entries[i].value == entries[j].value || std::string_view(entries[i].code) == entries[j].code)
                return false;
        }
    }
    return true;
}

constexpr EnumEntry<BudgetBook> budgetBookEntries[] = {
    { BudgetBook::GeneralPublic, "general-public", QT_TRANSLATE_NOOP("Names", "General public budget") },
    { BudgetBook::GovernmentFund, "government-fund", QT_TRANSLATE_NOOP("Names", "Government fund budget") },
    { BudgetBook::StateCapital, "state-capital", QT_TRANSLATE_NOOP("Names", "State capital operation budget") },
    { BudgetBook::SocialInsurance, "social-insurance", QT_TRANSLATE_NOOP("Names", "Social insurance fund budget") },
};
static_assert(wellFormed<BudgetBook>(budgetBookEntries));

constexpr EnumEntry<SubjectKind> subjectKindEntries[] = {
    { SubjectKind::GovernmentBudget, "government-budget", QT_TRANSLATE_NOOP("Names", "Government budget") },
    { SubjectKind::AgencyBudget, "agency-budget", QT_TRANSLATE_NOOP("Names", "Agency overall budget") },
    { SubjectKind::Program, "program", QT_TRANSLATE_NOOP("Names", "Policy or project") },
};
static_assert(wellFormed<SubjectKind>(subjectKindEntries));

// Project first: the default, and the order JSON messages have always listed.
constexpr EnumEntry<ProgramKind> programKindEntries[] = {
    { ProgramKind::Project, "project", QT_TRANSLATE_NOOP("Names", "Project") },
    { ProgramKind::Policy, "policy", QT_TRANSLATE_NOOP("Names", "Policy") },
    { ProgramKind::SpecialTransfer, "special-transfer", QT_TRANSLATE_NOOP("Names", "Special transfer payment") },
};
static_assert(wellFormed<ProgramKind>(programKindEntries));

// Bits of Subject::fundingTags.
constexpr EnumEntry<FundingTag> fundingTagEntries[] = {
    { FundingTag::Ppp, "ppp", QT_TRANSLATE_NOOP("Names", "PPP") },
    { FundingTag::InvestmentFund, "investment-fund", QT_TRANSLATE_NOOP("Names", "Government investment fund") },
    { FundingTag::Procurement, "procurement", QT_TRANSLATE_NOOP("Names", "Government procurement") },
    { FundingTag::PurchasedService, "purchased-service", QT_TRANSLATE_NOOP("Names", "Government-purchased service") },
    { FundingTag::DebtProject, "debt", QT_TRANSLATE_NOOP("Names", "Government debt project") },
};
static_assert(wellFormed<FundingTag>(fundingTagEntries));

// The codes of `init --kind`.
constexpr EnumEntry<AgencyKind> agencyKindEntries[] = {
    { AgencyKind::FinanceBureau, "finance", QT_TRANSLATE_NOOP("Names", "Finance department") },
    { AgencyKind::BudgetUnit, "unit", QT_TRANSLATE_NOOP("Names", "Budget unit") },
};
static_assert(wellFormed<AgencyKind>(agencyKindEntries));

constexpr EnumEntry<DivisionRank> divisionRankEntries[] = {
    { DivisionRank::Region, "region", QT_TRANSLATE_NOOP("Names", "Region") },
    { DivisionRank::Prefecture, "prefecture", QT_TRANSLATE_NOOP("Names", "Prefecture") },
    { DivisionRank::County, "county", QT_TRANSLATE_NOOP("Names", "County") },
};
static_assert(wellFormed<DivisionRank>(divisionRankEntries));

constexpr EnumEntry<Grade> gradeEntries[] = {
    { Grade::Excellent, "excellent", QT_TRANSLATE_NOOP("Names", "Excellent") },
    { Grade::Good, "good", QT_TRANSLATE_NOOP("Names", "Good") },
    { Grade::Fair, "fair", QT_TRANSLATE_NOOP("Names", "Fair") },
    { Grade::Poor, "poor", QT_TRANSLATE_NOOP("Names", "Poor") },
};
static_assert(wellFormed<Grade>(gradeEntries));

// The grades as finance writes them (approve --grade 差).
constexpr EnumAlias<Grade> gradeAliases[] = {
    { "优", Grade::Excellent },
    { "良", Grade::Good },
    { "中", Grade::Fair },
    { "差", Grade::Poor },
};

constexpr EnumEntry<RecordStatus> recordStatusEntries[] = {
    { RecordStatus::Draft, "draft", QT_TRANSLATE_NOOP("Names", "Draft") },
    { RecordStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("Names", "Submitted") },
    { RecordStatus::Returned, "returned", QT_TRANSLATE_NOOP("Names", "Returned") },
    { RecordStatus::Approved, "approved", QT_TRANSLATE_NOOP("Names", "Approved") },
};
static_assert(wellFormed<RecordStatus>(recordStatusEntries));

// The comparison symbols are the same in every language, so they are not marked for translation.
constexpr EnumEntry<IndicatorOperator> indicatorOperatorEntries[] = {
    { IndicatorOperator::AtLeast, ">=", "≥" },
    { IndicatorOperator::GreaterThan, ">", "＞" },
    { IndicatorOperator::Equal, "=", "＝" },
    { IndicatorOperator::LessThan, "<", "＜" },
    { IndicatorOperator::AtMost, "<=", "≤" },
    { IndicatorOperator::Qualitative, "qualitative", QT_TRANSLATE_NOOP("Names", "Qualitative") },
};
static_assert(wellFormed<IndicatorOperator>(indicatorOperatorEntries));

constexpr EnumEntry<EvaluationStandard> evaluationStandardEntries[] = {
    { EvaluationStandard::Plan, "plan", QT_TRANSLATE_NOOP("Names", "Plan standard") },
    { EvaluationStandard::Industry, "industry", QT_TRANSLATE_NOOP("Names", "Industry standard") },
    { EvaluationStandard::History, "history", QT_TRANSLATE_NOOP("Names", "Historical standard") },
    { EvaluationStandard::Other, "other", QT_TRANSLATE_NOOP("Names", "Other standard") },
};
static_assert(wellFormed<EvaluationStandard>(evaluationStandardEntries));

constexpr EnumEntry<FrameworkKind> frameworkKindEntries[] = {
    { FrameworkKind::ProgramTargets, "program-targets", QT_TRANSLATE_NOOP("Names", "Program targets") },
    { FrameworkKind::AgencyOverall, "agency-overall", QT_TRANSLATE_NOOP("Names", "Agency overall targets") },
    { FrameworkKind::FinanceEvaluation, "finance-evaluation", QT_TRANSLATE_NOOP("Names", "Finance-led evaluation") },
    { FrameworkKind::GovernmentBudget, "government-budget", QT_TRANSLATE_NOOP("Names", "Government budget") },
};
static_assert(wellFormed<FrameworkKind>(frameworkKindEntries));

constexpr EnumEntry<AssessmentDimension> assessmentDimensionEntries[] = {
    { AssessmentDimension::Necessity, "necessity", QT_TRANSLATE_NOOP("Names", "Necessity of the project") },
    { AssessmentDimension::Economy, "economy", QT_TRANSLATE_NOOP("Names", "Economy of inputs") },
    { AssessmentDimension::Targets, "targets", QT_TRANSLATE_NOOP("Names", "Reasonableness of performance targets") },
    { AssessmentDimension::Feasibility, "feasibility", QT_TRANSLATE_NOOP("Names", "Feasibility of the implementation plan") },
    { AssessmentDimension::Compliance, "compliance", QT_TRANSLATE_NOOP("Names", "Compliance of financing") },
};
static_assert(wellFormed<AssessmentDimension>(assessmentDimensionEntries));

constexpr EnumEntry<AssessorKind> assessorKindEntries[] = {
    { AssessorKind::Self, "self", QT_TRANSLATE_NOOP("Names", "Self-assessment") },
    { AssessorKind::Finance, "finance", QT_TRANSLATE_NOOP("Names", "Finance department") },
    { AssessorKind::ThirdParty, "third-party", QT_TRANSLATE_NOOP("Names", "Third party") },
};
static_assert(wellFormed<AssessorKind>(assessorKindEntries));

constexpr EnumEntry<AssessmentConclusion> assessmentConclusionEntries[] = {
    { AssessmentConclusion::Support, "support", QT_TRANSLATE_NOOP("Names", "Support") },
    { AssessmentConclusion::SupportAfterRevision, "support-after-revision", QT_TRANSLATE_NOOP("Names", "Support after revision") },
    { AssessmentConclusion::Reject, "reject", QT_TRANSLATE_NOOP("Names", "Do not support") },
};
static_assert(wellFormed<AssessmentConclusion>(assessmentConclusionEntries));

constexpr EnumEntry<Likelihood> likelihoodEntries[] = {
    { Likelihood::Certain, "certain", QT_TRANSLATE_NOOP("Names", "Certain") },
    { Likelihood::Possible, "possible", QT_TRANSLATE_NOOP("Names", "Possible") },
    { Likelihood::Impossible, "impossible", QT_TRANSLATE_NOOP("Names", "Impossible") },
};
static_assert(wellFormed<Likelihood>(likelihoodEntries));

constexpr EnumEntry<DeviationCause> deviationCauseEntries[] = {
    { DeviationCause::Funding, "funding", QT_TRANSLATE_NOOP("Names", "Funding") },
    { DeviationCause::Rules, "rules", QT_TRANSLATE_NOOP("Names", "Rules and procedures") },
    { DeviationCause::Staffing, "staffing", QT_TRANSLATE_NOOP("Names", "Staffing") },
    { DeviationCause::Equipment, "equipment", QT_TRANSLATE_NOOP("Names", "Facilities and equipment") },
    { DeviationCause::Other, "other", QT_TRANSLATE_NOOP("Names", "Other") },
};
static_assert(wellFormed<DeviationCause>(deviationCauseEntries));

constexpr EnumEntry<QualitativeLevel> qualitativeLevelEntries[] = {
    { QualitativeLevel::Achieved, "achieved", QT_TRANSLATE_NOOP("Names", "Target achieved") },
    { QualitativeLevel::Partly, "partly", QT_TRANSLATE_NOOP("Names", "Partly achieved with some effect") },
    { QualitativeLevel::NotAchieved, "not-achieved", QT_TRANSLATE_NOOP("Names", "Not achieved, poor effect") },
};
static_assert(wellFormed<QualitativeLevel>(qualitativeLevelEntries));

constexpr EnumEntry<FundSource> fundSourceEntries[] = {
    { FundSource::Appropriation, "appropriation", QT_TRANSLATE_NOOP("Names", "Fiscal appropriation of the year") },
    { FundSource::CarryOver, "carry-over", QT_TRANSLATE_NOOP("Names", "Carry-over from last year") },
    { FundSource::Other, "other", QT_TRANSLATE_NOOP("Names", "Other funds") },
};
static_assert(wellFormed<FundSource>(fundSourceEntries));

constexpr EnumEntry<ReviewDecision> reviewDecisionEntries[] = {
    { ReviewDecision::Approve, "approve", QT_TRANSLATE_NOOP("Names", "Approve") },
    { ReviewDecision::Return, "return", QT_TRANSLATE_NOOP("Names", "Return") },
};
static_assert(wellFormed<ReviewDecision>(reviewDecisionEntries));

// The codes of `--record` in the CLI.
constexpr EnumEntry<RecordKind> recordKindEntries[] = {
    { RecordKind::Assessment, "assessment", QT_TRANSLATE_NOOP("Names", "Ex-ante assessment") },
    { RecordKind::TargetSet, "targets", QT_TRANSLATE_NOOP("Names", "Performance targets") },
    { RecordKind::MonitoringReport, "monitoring", QT_TRANSLATE_NOOP("Names", "Monitoring report") },
    { RecordKind::SelfEvaluation, "evaluation", QT_TRANSLATE_NOOP("Names", "Self-evaluation") },
    { RecordKind::ResultApplication, "application", QT_TRANSLATE_NOOP("Names", "Result application") },
};
static_assert(wellFormed<RecordKind>(recordKindEntries));

constexpr EnumEntry<ApplicationDecision> applicationDecisionEntries[] = {
    { ApplicationDecision::Increase, "increase", QT_TRANSLATE_NOOP("Names", "Increase") },
    { ApplicationDecision::Keep, "keep", QT_TRANSLATE_NOOP("Names", "Keep") },
    { ApplicationDecision::Reduce, "reduce", QT_TRANSLATE_NOOP("Names", "Reduce") },
    { ApplicationDecision::Cancel, "cancel", QT_TRANSLATE_NOOP("Names", "Cancel") },
};
static_assert(wellFormed<ApplicationDecision>(applicationDecisionEntries));

constexpr EnumEntry<BudgetStage> budgetStageEntries[] = {
    { BudgetStage::None, "none", QT_TRANSLATE_NOOP("Names", "Not applied for") },
    { BudgetStage::Applied, "applied", QT_TRANSLATE_NOOP("Names", "Applied for budget") },
    { BudgetStage::Arranged, "arranged", QT_TRANSLATE_NOOP("Names", "Budget arranged") },
};
static_assert(wellFormed<BudgetStage>(budgetStageEntries));

constexpr EnumEntry<OrderKind> orderKindEntries[] = {
    { OrderKind::Rectify, "rectify", QT_TRANSLATE_NOOP("Names", "Rectification ordered") },
    { OrderKind::Suspend, "suspend", QT_TRANSLATE_NOOP("Names", "Funding suspended") },
    { OrderKind::Stop, "stop", QT_TRANSLATE_NOOP("Names", "Funding stopped") },
};
static_assert(wellFormed<OrderKind>(orderKindEntries));

// The codes of `--role` in the CLI.
constexpr EnumEntry<Role> roleEntries[] = {
    { Role::UnitPreparer, "preparer", QT_TRANSLATE_NOOP("Names", "Unit preparer") },
    { Role::UnitHead, "head", QT_TRANSLATE_NOOP("Names", "Unit head") },
    { Role::FinanceReviewer, "reviewer", QT_TRANSLATE_NOOP("Names", "Finance reviewer") },
    { Role::FinanceAdministrator, "admin", QT_TRANSLATE_NOOP("Names", "Finance administrator") },
};
static_assert(wellFormed<Role>(roleEntries));

// resources/seed/framework.json names the frameworks by their C++ names.
constexpr EnumAlias<FrameworkKind> frameworkKindAliases[] = {
    { "ProgramTargets", FrameworkKind::ProgramTargets },
    { "AgencyOverall", FrameworkKind::AgencyOverall },
    { "FinanceEvaluation", FrameworkKind::FinanceEvaluation },
    { "GovernmentBudget", FrameworkKind::GovernmentBudget },
};

} // namespace

const EnumTable<BudgetBook>& enumTable(std::type_identity<BudgetBook>)
{
    static const EnumTable<BudgetBook> table { "BudgetBook", budgetBookEntries, {} };
    return table;
}

const EnumTable<SubjectKind>& enumTable(std::type_identity<SubjectKind>)
{
    static const EnumTable<SubjectKind> table { "SubjectKind", subjectKindEntries, {} };
    return table;
}

const EnumTable<ProgramKind>& enumTable(std::type_identity<ProgramKind>)
{
    static const EnumTable<ProgramKind> table { "ProgramKind", programKindEntries, {} };
    return table;
}

const EnumTable<FundingTag>& enumTable(std::type_identity<FundingTag>)
{
    static const EnumTable<FundingTag> table { "FundingTag", fundingTagEntries, {}, true };
    return table;
}

const EnumTable<AgencyKind>& enumTable(std::type_identity<AgencyKind>)
{
    static const EnumTable<AgencyKind> table { "AgencyKind", agencyKindEntries, {} };
    return table;
}

const EnumTable<DivisionRank>& enumTable(std::type_identity<DivisionRank>)
{
    static const EnumTable<DivisionRank> table { "DivisionRank", divisionRankEntries, {} };
    return table;
}

const EnumTable<Grade>& enumTable(std::type_identity<Grade>)
{
    static const EnumTable<Grade> table { "Grade", gradeEntries, gradeAliases };
    return table;
}

const EnumTable<RecordStatus>& enumTable(std::type_identity<RecordStatus>)
{
    static const EnumTable<RecordStatus> table { "RecordStatus", recordStatusEntries, {} };
    return table;
}

const EnumTable<IndicatorOperator>& enumTable(std::type_identity<IndicatorOperator>)
{
    static const EnumTable<IndicatorOperator> table { "IndicatorOperator", indicatorOperatorEntries, {} };
    return table;
}

const EnumTable<EvaluationStandard>& enumTable(std::type_identity<EvaluationStandard>)
{
    static const EnumTable<EvaluationStandard> table { "EvaluationStandard", evaluationStandardEntries, {} };
    return table;
}

const EnumTable<FrameworkKind>& enumTable(std::type_identity<FrameworkKind>)
{
    static const EnumTable<FrameworkKind> table { "FrameworkKind", frameworkKindEntries, frameworkKindAliases };
    return table;
}

const EnumTable<AssessmentDimension>& enumTable(std::type_identity<AssessmentDimension>)
{
    static const EnumTable<AssessmentDimension> table { "AssessmentDimension", assessmentDimensionEntries, {} };
    return table;
}

const EnumTable<AssessorKind>& enumTable(std::type_identity<AssessorKind>)
{
    static const EnumTable<AssessorKind> table { "AssessorKind", assessorKindEntries, {} };
    return table;
}

const EnumTable<AssessmentConclusion>& enumTable(std::type_identity<AssessmentConclusion>)
{
    static const EnumTable<AssessmentConclusion> table { "AssessmentConclusion", assessmentConclusionEntries, {} };
    return table;
}

const EnumTable<Likelihood>& enumTable(std::type_identity<Likelihood>)
{
    static const EnumTable<Likelihood> table { "Likelihood", likelihoodEntries, {} };
    return table;
}

const EnumTable<DeviationCause>& enumTable(std::type_identity<DeviationCause>)
{
    static const EnumTable<DeviationCause> table { "DeviationCause", deviationCauseEntries, {} };
    return table;
}

const EnumTable<QualitativeLevel>& enumTable(std::type_identity<QualitativeLevel>)
{
    static const EnumTable<QualitativeLevel> table { "QualitativeLevel", qualitativeLevelEntries, {} };
    return table;
}

const EnumTable<FundSource>& enumTable(std::type_identity<FundSource>)
{
    static const EnumTable<FundSource> table { "FundSource", fundSourceEntries, {} };
    return table;
}

const EnumTable<ReviewDecision>& enumTable(std::type_identity<ReviewDecision>)
{
    static const EnumTable<ReviewDecision> table { "ReviewDecision", reviewDecisionEntries, {} };
    return table;
}

const EnumTable<RecordKind>& enumTable(std::type_identity<RecordKind>)
{
    static const EnumTable<RecordKind> table { "RecordKind", recordKindEntries, {} };
    return table;
}

const EnumTable<ApplicationDecision>& enumTable(std::type_identity<ApplicationDecision>)
{
    static const EnumTable<ApplicationDecision> table { "ApplicationDecision", applicationDecisionEntries, {} };
    return table;
}

const EnumTable<BudgetStage>& enumTable(std::type_identity<BudgetStage>)
{
    static const EnumTable<BudgetStage> table { "BudgetStage", budgetStageEntries, {} };
    return table;
}

const EnumTable<OrderKind>& enumTable(std::type_identity<OrderKind>)
{
    static const EnumTable<OrderKind> table { "OrderKind", orderKindEntries, {} };
    return table;
}

const EnumTable<Role>& enumTable(std::type_identity<Role>)
{
    static const EnumTable<Role> table { "Role", roleEntries, {} };
    return table;
}

namespace detail {

QString enumName(const char* source)
{
    return QCoreApplication::translate("Names", source);
}

Error storedEnumError(const char* typeName, const QString& value, const QString& where)
{
    return makeError(Error::Code::Storage,
                     QCoreApplication::translate("EnumTable", "%1: the stored value %2 is not a valid %3; the database "
                                                              "is damaged or was written by a newer version of Jixiao.")
                         .arg(where, value, QString::fromUtf8(typeName)));
}

Error storedFlagsError(const char* typeName, int value, int unknownBits, const QString& where)
{
    return makeError(Error::Code::Storage,
                     QCoreApplication::translate("EnumTable", "%1: the stored value %2 holds bits that are no %3 (%4); "
                                                              "the database is damaged or was written by a newer "
                                                              "version of Jixiao.")
                         .arg(where, QString::number(value), QString::fromUtf8(typeName),
                              QStringLiteral("0x") + QString::number(unknownBits, 16)));
}

std::optional<int> storedInt(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    // A real such as 2.5 converts to 2; a stored enumeration is never a fraction.
    if (!ok || n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()
        || (value.typeId() == QMetaType::Double && value.toDouble() != double(n)))
        return std::nullopt;
    return int(n);
}

QString storedText(const QVariant& value)
{
    return value.isNull() ? QStringLiteral("NULL") : QStringLiteral("“%1”").arg(value.toString());
}

} // namespace detail

} // namespace jx
