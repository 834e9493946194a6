#include "core/domain/Types.h"

namespace jx {

QString Names::of(BudgetBook v)
{
    switch (v) {
    case BudgetBook::GeneralPublic: return tr("General public budget");
    case BudgetBook::GovernmentFund: return tr("Government fund budget");
    case BudgetBook::StateCapital: return tr("State capital operation budget");
    case BudgetBook::SocialInsurance: return tr("Social insurance fund budget");
    }
    return {};
}

QString Names::of(SubjectKind v)
{
    switch (v) {
    case SubjectKind::GovernmentBudget: return tr("Government budget");
    case SubjectKind::AgencyBudget: return tr("Agency overall budget");
    case SubjectKind::Program: return tr("Policy or project");
    }
    return {};
}

QString Names::of(ProgramKind v)
{
    switch (v) {
    case ProgramKind::Policy: return tr("Policy");
    case ProgramKind::Project: return tr("Project");
    case ProgramKind::SpecialTransfer: return tr("Special transfer payment");
    }
    return {};
}

QString Names::of(FundingTag v)
{
    switch (v) {
    case FundingTag::Ppp: return tr("PPP");
    case FundingTag::InvestmentFund: return tr("Government investment fund");
    case FundingTag::Procurement: return tr("Government procurement");
    case FundingTag::PurchasedService: return tr("Government-purchased service");
    case FundingTag::DebtProject: return tr("Government debt project");
    }
    return {};
}

QString Names::of(AgencyKind v)
{
    switch (v) {
    case AgencyKind::FinanceBureau: return tr("Finance department");
    case AgencyKind::BudgetUnit: return tr("Budget unit");
    }
    return {};
}

QString Names::of(DivisionRank v)
{
    switch (v) {
    case DivisionRank::Region: return tr("Region");
    case DivisionRank::Prefecture: return tr("Prefecture");
    case DivisionRank::County: return tr("County");
    }
    return {};
}

QString Names::of(Grade v)
{
    switch (v) {
    case Grade::Excellent: return tr("Excellent");
    case Grade::Good: return tr("Good");
    case Grade::Fair: return tr("Fair");
    case Grade::Poor: return tr("Poor");
    }
    return {};
}

QString Names::of(RecordStatus v)
{
    switch (v) {
    case RecordStatus::Draft: return tr("Draft");
    case RecordStatus::Submitted: return tr("Submitted");
    case RecordStatus::Returned: return tr("Returned");
    case RecordStatus::Approved: return tr("Approved");
    }
    return {};
}

QString Names::of(IndicatorOperator v)
{
    switch (v) {
    case IndicatorOperator::AtLeast: return QStringLiteral("≥");
    case IndicatorOperator::GreaterThan: return QStringLiteral("＞");
    case IndicatorOperator::Equal: return QStringLiteral("＝");
    case IndicatorOperator::LessThan: return QStringLiteral("＜");
    case IndicatorOperator::AtMost: return QStringLiteral("≤");
    case IndicatorOperator::Qualitative: return tr("Qualitative");
    }
    return {};
}

QString Names::of(EvaluationStandard v)
{
    switch (v) {
    case EvaluationStandard::Plan: return tr("Plan standard");
    case EvaluationStandard::Industry: return tr("Industry standard");
    case EvaluationStandard::History: return tr("Historical standard");
    case EvaluationStandard::Other: return tr("Other standard");
    }
    return {};
}

QString Names::of(FrameworkKind v)
{
    switch (v) {
    case FrameworkKind::ProgramTargets: return tr("Program targets");
    case FrameworkKind::AgencyOverall: return tr("Agency overall targets");
    case FrameworkKind::FinanceEvaluation: return tr("Finance-led evaluation");
    case FrameworkKind::GovernmentBudget: return tr("Government budget");
    }
    return {};
}

QString Names::of(AssessmentDimension v)
{
    switch (v) {
    case AssessmentDimension::Necessity: return tr("Necessity of the project");
    case AssessmentDimension::Economy: return tr("Economy of inputs");
    case AssessmentDimension::Targets: return tr("Reasonableness of performance targets");
    case AssessmentDimension::Feasibility: return tr("Feasibility of the implementation plan");
    case AssessmentDimension::Compliance: return tr("Compliance of financing");
    }
    return {};
}

QString Names::of(AssessorKind v)
{
    switch (v) {
    case AssessorKind::Self: return tr("Self-assessment");
    case AssessorKind::Finance: return tr("Finance department");
    case AssessorKind::ThirdParty: return tr("Third party");
    }
    return {};
}

QString Names::of(AssessmentConclusion v)
{
    switch (v) {
    case AssessmentConclusion::Support: return tr("Support");
    case AssessmentConclusion::SupportAfterRevision: return tr("Support after revision");
    case AssessmentConclusion::Reject: return tr("Do not support");
    }
    return {};
}

QString Names::of(Likelihood v)
{
    switch (v) {
    case Likelihood::Certain: return tr("Certain");
    case Likelihood::Possible: return tr("Possible");
    case Likelihood::Impossible: return tr("Impossible");
    }
    return {};
}

QString Names::of(DeviationCause v)
{
    switch (v) {
    case DeviationCause::Funding: return tr("Funding");
    case DeviationCause::Rules: return tr("Rules and procedures");
    case DeviationCause::Staffing: return tr("Staffing");
    case DeviationCause::Equipment: return tr("Facilities and equipment");
    case DeviationCause::Other: return tr("Other");
    }
    return {};
}

QString Names::of(FundSource v)
{
    switch (v) {
    case FundSource::Appropriation: return tr("Fiscal appropriation of the year");
    case FundSource::CarryOver: return tr("Carry-over from last year");
    case FundSource::Other: return tr("Other funds");
    }
    return {};
}

QString Names::of(QualitativeLevel v)
{
    switch (v) {
    case QualitativeLevel::Achieved: return tr("Target achieved");
    case QualitativeLevel::Partly: return tr("Partly achieved with some effect");
    case QualitativeLevel::NotAchieved: return tr("Not achieved, poor effect");
    }
    return {};
}

QString Names::of(Role v)
{
    switch (v) {
    case Role::UnitPreparer: return tr("Unit preparer");
    case Role::UnitHead: return tr("Unit head");
    case Role::FinanceReviewer: return tr("Finance reviewer");
    case Role::FinanceAdministrator: return tr("Finance administrator");
    }
    return {};
}

QString Names::of(BudgetStage v)
{
    switch (v) {
    case BudgetStage::None: return tr("Not applied for");
    case BudgetStage::Applied: return tr("Applied for budget");
    case BudgetStage::Arranged: return tr("Budget arranged");
    }
    return {};
}

QString Names::of(OrderKind v)
{
    switch (v) {
    case OrderKind::Rectify: return tr("Rectification ordered");
    case OrderKind::Suspend: return tr("Funding suspended");
    case OrderKind::Stop: return tr("Funding stopped");
    }
    return {};
}

QString Names::of(ReviewDecision v)
{
    switch (v) {
    case ReviewDecision::Approve: return tr("Approve");
    case ReviewDecision::Return: return tr("Return");
    }
    return {};
}

QString Names::of(RecordKind v)
{
    switch (v) {
    case RecordKind::Assessment: return tr("Ex-ante assessment");
    case RecordKind::TargetSet: return tr("Performance targets");
    case RecordKind::MonitoringReport: return tr("Monitoring report");
    case RecordKind::SelfEvaluation: return tr("Self-evaluation");
    case RecordKind::ResultApplication: return tr("Result application");
    }
    return {};
}

QString Names::of(ApplicationDecision v)
{
    switch (v) {
    case ApplicationDecision::Increase: return tr("Increase");
    case ApplicationDecision::Keep: return tr("Keep");
    case ApplicationDecision::Reduce: return tr("Reduce");
    case ApplicationDecision::Cancel: return tr("Cancel");
    }
    return {};
}

} // namespace jx
