#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jx {

/// 四本预算. Values are stored; never renumber.
enum class BudgetBook
{
    GeneralPublic = 1,   ///< 一般公共预算
    GovernmentFund = 2,  ///< 政府性基金预算
    StateCapital = 3,    ///< 国有资本经营预算
    SocialInsurance = 4, ///< 社会保险基金预算
};

/// 绩效管理对象.
enum class SubjectKind
{
    GovernmentBudget = 1, ///< 政府收支预算 (per division, per year)
    AgencyBudget = 2,     ///< 部门单位整体预算 (per agency, per year)
    Program = 3,          ///< 政策和项目支出 (per program)
};

/// Kinds of program.
enum class ProgramKind
{
    Policy = 1,          ///< 政策
    Project = 2,         ///< 项目
    SpecialTransfer = 3, ///< 对下专项转移支付
};

/// Funding tags on a program, as bit flags.
enum class FundingTag
{
    Ppp = 0x01,              ///< PPP
    InvestmentFund = 0x02,   ///< 政府投资基金
    Procurement = 0x04,      ///< 政府采购
    PurchasedService = 0x08, ///< 政府购买服务
    DebtProject = 0x10,      ///< 政府债务项目
};
constexpr int AllFundingTags = 0x1F;

/// Agency kinds.
enum class AgencyKind
{
    FinanceBureau = 1, ///< 财政部门
    BudgetUnit = 2,    ///< 部门单位
};

/// Division ranks (GB/T 2260 levels).
enum class DivisionRank
{
    Region = 1,     ///< 省级 (自治区)
    Prefecture = 2, ///< 地级 (地、州、市)
    County = 3,     ///< 县级 (县、市、区)
};

/// 评价等级.
enum class Grade
{
    Excellent = 1, ///< 优
    Good = 2,      ///< 良
    Fair = 3,      ///< 中
    Poor = 4,      ///< 差
};

/// Where a submitted record stands.
enum class RecordStatus
{
    Draft = 0,
    Submitted = 1,
    Returned = 2,
    Approved = 3,
};

/// Indicator comparison operators.
enum class IndicatorOperator
{
    AtLeast = 1,     ///< ≥
    GreaterThan = 2, ///< ＞
    Equal = 3,       ///< ＝
    LessThan = 4,    ///< ＜
    AtMost = 5,      ///< ≤
    Qualitative = 6, ///< 定性
};

/// 评价标准 of an indicator.
enum class EvaluationStandard
{
    Plan = 1,     ///< 计划标准
    Industry = 2, ///< 行业标准
    History = 3,  ///< 历史标准
    Other = 4,    ///< 其他标准
};

/// Which indicator framework a category belongs to.
enum class FrameworkKind
{
    ProgramTargets = 1,    ///< 项目/政策绩效目标
    AgencyOverall = 2,     ///< 部门整体绩效目标
    FinanceEvaluation = 3, ///< 财政(部门)评价
    GovernmentBudget = 4,  ///< 政府收支预算 (defined by the region)
};

/// 事前绩效评估 dimensions.
enum class AssessmentDimension
{
    Necessity = 1,   ///< 立项必要性
    Economy = 2,     ///< 投入经济性
    Targets = 3,     ///< 绩效目标合理性
    Feasibility = 4, ///< 实施方案可行性
    Compliance = 5,  ///< 筹资合规性
};

enum class AssessorKind
{
    Self = 1,       ///< 部门自行评估
    Finance = 2,    ///< 财政评估
    ThirdParty = 3, ///< 第三方
};

enum class AssessmentConclusion
{
    Support = 1,           ///< 予以支持
    SupportAfterRevision = 2, ///< 调整完善后予以支持
    Reject = 3,            ///< 不予支持
};

/// Likelihood of reaching an indicator's target, as reported in monitoring.
enum class Likelihood
{
    Certain = 1,    ///< 确定能
    Possible = 2,   ///< 有可能
    Impossible = 3, ///< 完全不可能
};

/// Cause of a deviation in monitoring.
enum class DeviationCause
{
    Funding = 1,   ///< 经费保障
    Rules = 2,     ///< 制度保障
    Staffing = 3,  ///< 人员保障
    Equipment = 4, ///< 硬件条件保障
    Other = 5,     ///< 其他
};

/// The level an evaluator picks for a qualitative (定性) indicator.
enum class QualitativeLevel
{
    Achieved = 1,    ///< 达成年度指标
    Partly = 2,      ///< 部分达成年度指标并具有一定效果
    NotAchieved = 3, ///< 未达成年度指标且效果较差
};

/// Funds rows of the self-evaluation table.
enum class FundSource
{
    Appropriation = 1, ///< 本年财政拨款
    CarryOver = 2,     ///< 上年结转
    Other = 3,         ///< 其他资金
};

enum class ReviewDecision
{
    Approve = 1, ///< 通过
    Return = 2,  ///< 退回
};

/// The kind of record a review or transition refers to.
enum class RecordKind
{
    Assessment = 1,
    TargetSet = 2,
    MonitoringReport = 3,
    SelfEvaluation = 4,
    ResultApplication = 5,
};

/// 结果运用 decisions for the next year.
enum class ApplicationDecision
{
    Increase = 1, ///< 增加
    Keep = 2,     ///< 维持
    Reduce = 3,   ///< 消减
    Cancel = 4,   ///< 取消
};

/// Where a program stands in the budget: 申报 by the unit, then 安排 by finance.
enum class BudgetStage
{
    None = 0,     ///< not yet applied for
    Applied = 1,  ///< submitted for budget (申报)
    Arranged = 2, ///< budget arranged (安排预算)
};

/// What finance orders from a monitoring report; the strongest active order marks the program.
enum class OrderKind
{
    Rectify = 1, ///< 整改
    Suspend = 2, ///< 暂缓 (funding suspended)
    Stop = 3,    ///< 停止 (funding stopped)
};

/// What a user may do inside an agency.
enum class Role
{
    UnitPreparer = 1,         ///< 部门单位填报人员
    UnitHead = 2,             ///< 部门单位负责人
    FinanceReviewer = 3,      ///< 财政部门审核人员
    FinanceAdministrator = 4, ///< 财政部门管理员
};

/// Translated names of the enumerations, for views, messages and exports. The names, the stored
/// integers and the stable codes live in one table per enumeration: core/domain/EnumTable.h.
class Names
{
    Q_DECLARE_TR_FUNCTIONS(Names)

public:
    static QString of(BudgetBook v);
    static QString of(SubjectKind v);
    static QString of(ProgramKind v);
    static QString of(FundingTag v);
    static QString of(AgencyKind v);
    static QString of(DivisionRank v);
    static QString of(Grade v);
    static QString of(RecordStatus v);
    static QString of(IndicatorOperator v);
    static QString of(EvaluationStandard v);
    static QString of(FrameworkKind v);
    static QString of(AssessmentDimension v);
    static QString of(AssessorKind v);
    static QString of(AssessmentConclusion v);
    static QString of(Likelihood v);
    static QString of(DeviationCause v);
    static QString of(FundSource v);
    static QString of(QualitativeLevel v);
    static QString of(Role v);
    static QString of(BudgetStage v);
    static QString of(OrderKind v);
    static QString of(ReviewDecision v);
    static QString of(RecordKind v);
    static QString of(ApplicationDecision v);
};

} // namespace jx
