#include "core/io/TemplateLayout.h"

namespace jx {

namespace {

using F = TemplateField;
using R = CellRole;

TemplateColumn col(F field, R role, const QString& header, double width = 14)
{
    return TemplateColumn { field, role, header, width };
}

QString trimmedChoice(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    return t;
}

template <typename E>
std::optional<E> fromLabel(const QString& text, std::initializer_list<E> values)
{
    const QString t = trimmedChoice(text);
    for (E v : values) {
        if (TemplateLayout::label(v) == t)
            return v;
    }
    return std::nullopt;
}

} // namespace

int TemplateSheet::indexOf(TemplateField field) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).field == field)
            return i;
    }
    return -1;
}

QString TemplateLayout::metaSheet()
{
    return QStringLiteral("_jixiao");
}

QString TemplateLayout::guideSheet()
{
    return QStringLiteral("填报说明");
}

QList<TemplateSheet> TemplateLayout::sheets(TemplateKind kind, int month)
{
    const TemplateColumn subject = col(F::SubjectId, R::Key, QStringLiteral("项目ID"));
    const TemplateColumn record = col(F::RecordId, R::Key, QStringLiteral("记录ID"));
    const TemplateColumn revision = col(F::Revision, R::Key, QStringLiteral("版本"));
    const TemplateColumn indicator = col(F::IndicatorId, R::Key, QStringLiteral("指标ID"));
    const TemplateColumn code = col(F::ProgramCode, R::Info, QStringLiteral("项目编码"), 14);
    const TemplateColumn name = col(F::ProgramName, R::Info, QStringLiteral("项目名称"), 28);
    const TemplateColumn levelOne = col(F::LevelOne, R::Info, QStringLiteral("一级指标"), 12);
    const TemplateColumn levelTwo = col(F::LevelTwo, R::Info, QStringLiteral("二级指标"), 16);
    const TemplateColumn levelThree = col(F::IndicatorName, R::Info, QStringLiteral("三级指标"), 24);
    const TemplateColumn op = col(F::Operator, R::Info, QStringLiteral("指标性质"), 9);
    const TemplateColumn target = col(F::TargetValue, R::Info, QStringLiteral("年度指标值"), 12);
    const TemplateColumn unit = col(F::Unit, R::Info, QStringLiteral("计量单位"), 10);

    switch (kind) {
    case TemplateKind::Targets:
        return {
            { QStringLiteral("绩效目标"), QStringLiteral("项目支出绩效目标申报表"),
                { subject, record, revision, code, name,
                    col(F::ProgramAmount, R::Info, QStringLiteral("预算金额（元）"), 16),
                    col(F::ObjectiveAnnual, R::Text, QStringLiteral("年度总体目标"), 48),
                    col(F::ObjectiveMidTerm, R::Text, QStringLiteral("中期目标"), 36) } },
            { QStringLiteral("绩效指标"), QStringLiteral("项目支出绩效指标表"),
                { subject, indicator,
                    col(F::ProgramCode, R::Text, QStringLiteral("项目编码"), 14), name,
                    col(F::LevelOne, R::Choice, QStringLiteral("一级指标"), 12),
                    col(F::LevelTwo, R::Text, QStringLiteral("二级指标"), 16),
                    col(F::IndicatorName, R::Text, QStringLiteral("三级指标"), 24),
                    col(F::Operator, R::Choice, QStringLiteral("指标性质"), 9),
                    col(F::TargetValue, R::ValueOrText, QStringLiteral("指标值"), 12),
                    col(F::Unit, R::Text, QStringLiteral("计量单位"), 10),
                    col(F::Weight, R::Number, QStringLiteral("权重（分）"), 10),
                    col(F::Standard, R::Choice, QStringLiteral("评价标准"), 10),
                    col(F::Content, R::Text, QStringLiteral("指标内容及解释"), 32) } },
        };
    case TemplateKind::Monitoring: {
        const QString span = QStringLiteral("1—%1月").arg(month);
        return {
            { QStringLiteral("预算执行"), QStringLiteral("项目支出绩效运行监控表（预算执行情况）"),
                { subject, record, revision, code, name,
                    col(F::Budget, R::Money, QStringLiteral("年度预算数（元）"), 16),
                    col(F::Executed, R::Money, QStringLiteral("%1执行数（元）").arg(span), 16),
                    col(F::ForecastAmount, R::Money, QStringLiteral("全年预计执行数（元）"), 18),
                    col(F::Note, R::Text, QStringLiteral("说明"), 30) } },
            { QStringLiteral("指标进度"), QStringLiteral("项目支出绩效运行监控表（绩效指标完成情况）"),
                { subject, indicator, code, name, levelOne, levelTwo, levelThree, op, target, unit,
                    col(F::Progress, R::ValueOrText, QStringLiteral("%1完成值").arg(span), 12),
                    col(F::ForecastValue, R::Number, QStringLiteral("全年预计完成值"), 14),
                    col(F::Likelihood, R::Choice, QStringLiteral("完成目标可能性"), 14),
                    col(F::Cause, R::Choice, QStringLiteral("偏差原因"), 14),
                    col(F::Measures, R::Text, QStringLiteral("完成目标采取的措施"), 30) } },
        };
    }
    case TemplateKind::SelfEvaluation:
        return {
            { QStringLiteral("资金执行"), QStringLiteral("项目支出绩效自评表（年度资金执行情况）"),
                { subject, code, name,
                    col(F::FundSource, R::Info, QStringLiteral("资金来源"), 14),
                    col(F::InitialBudget, R::Money, QStringLiteral("年初预算数（元）"), 16),
                    col(F::AdjustedBudget, R::Money, QStringLiteral("全年预算数（元）"), 16),
                    col(F::FundExecuted, R::Money, QStringLiteral("全年执行数（元）"), 16) } },
            { QStringLiteral("自评情况"), QStringLiteral("项目支出绩效自评表（总体目标完成情况）"),
                { subject, record, revision, code, name,
                    col(F::ObjectiveExpected, R::Text, QStringLiteral("预期目标"), 36),
                    col(F::ObjectiveAchieved, R::Text, QStringLiteral("实际完成情况"), 36),
                    col(F::ExecutionReason, R::Text, QStringLiteral("执行率偏低原因"), 24),
                    col(F::Problems, R::Text, QStringLiteral("存在的问题"), 24),
                    col(F::EvaluationMeasures, R::Text, QStringLiteral("改进措施"), 24),
                    col(F::Conclusion, R::Text, QStringLiteral("自评结论"), 24),
                    col(F::ProjectLead, R::Text, QStringLiteral("项目负责人"), 12),
                    col(F::FinanceLead, R::Text, QStringLiteral("财务负责人"), 12) } },
            { QStringLiteral("指标完成"), QStringLiteral("项目支出绩效自评表（绩效指标完成情况）"),
                { subject, indicator, code, name, levelOne, levelTwo, levelThree, op, target, unit,
                    col(F::Actual, R::ValueOrText, QStringLiteral("实际完成值"), 12),
                    col(F::Level, R::Choice, QStringLiteral("定性指标等级"), 22),
                    col(F::LevelScore, R::Number, QStringLiteral("定性指标得分"), 12),
                    col(F::NotApplicable, R::Choice, QStringLiteral("是否不适用"), 10),
                    col(F::NotApplicableReason, R::Text, QStringLiteral("不适用理由"), 20),
                    col(F::DeviationReason, R::Text, QStringLiteral("偏差原因分析及改进措施"), 30),
                    col(F::Explanation, R::Text, QStringLiteral("超目标值说明"), 24) } },
        };
    }
    return {};
}

QString TemplateLayout::codeOf(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::Targets:
        return QStringLiteral("targets");
    case TemplateKind::Monitoring:
        return QStringLiteral("monitoring");
    case TemplateKind::SelfEvaluation:
        return QStringLiteral("self-evaluation");
    }
    return {};
}

std::optional<TemplateKind> TemplateLayout::kindFromCode(const QString& code)
{
    for (TemplateKind k : { TemplateKind::Targets, TemplateKind::Monitoring, TemplateKind::SelfEvaluation }) {
        if (codeOf(k) == code)
            return k;
    }
    return std::nullopt;
}

QString TemplateLayout::nameOf(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::Targets:
        return tr("Performance targets");
    case TemplateKind::Monitoring:
        return tr("Performance monitoring");
    case TemplateKind::SelfEvaluation:
        return tr("Self-evaluation");
    }
    return {};
}

QString TemplateLayout::label(IndicatorOperator op)
{
    switch (op) {
    case IndicatorOperator::AtLeast:
        return QStringLiteral("≥");
    case IndicatorOperator::GreaterThan:
        return QStringLiteral("＞");
    case IndicatorOperator::Equal:
        return QStringLiteral("＝");
    case IndicatorOperator::LessThan:
        return QStringLiteral("＜");
    case IndicatorOperator::AtMost:
        return QStringLiteral("≤");
    case IndicatorOperator::Qualitative:
        return QStringLiteral("定性");
    }
    return {};
}

QString TemplateLayout::label(EvaluationStandard standard)
{
    switch (standard) {
    case EvaluationStandard::Plan:
        return QStringLiteral("计划标准");
    case EvaluationStandard::Industry:
        return QStringLiteral("行业标准");
    case EvaluationStandard::History:
        return QStringLiteral("历史标准");
    case EvaluationStandard::Other:
        return QStringLiteral("其他标准");
    }
    return {};
}

QString TemplateLayout::label(Likelihood likelihood)
{
    switch (likelihood) {
    case Likelihood::Certain:
        return QStringLiteral("确定能");
    case Likelihood::Possible:
        return QStringLiteral("有可能");
    case Likelihood::Impossible:
        return QStringLiteral("完全不可能");
    }
    return {};
}

QString TemplateLayout::label(DeviationCause cause)
{
    switch (cause) {
    case DeviationCause::Funding:
        return QStringLiteral("经费保障");
    case DeviationCause::Rules:
        return QStringLiteral("制度保障");
    case DeviationCause::Staffing:
        return QStringLiteral("人员保障");
    case DeviationCause::Equipment:
        return QStringLiteral("硬件条件保障");
    case DeviationCause::Other:
        return QStringLiteral("其他");
    }
    return {};
}

QString TemplateLayout::label(QualitativeLevel level)
{
    switch (level) {
    case QualitativeLevel::Achieved:
        return QStringLiteral("达成年度指标");
    case QualitativeLevel::Partly:
        return QStringLiteral("部分达成年度指标并具有一定效果");
    case QualitativeLevel::NotAchieved:
        return QStringLiteral("未达成年度指标且效果较差");
    }
    return {};
}

QString TemplateLayout::label(FundSource source)
{
    switch (source) {
    case FundSource::Appropriation:
        return QStringLiteral("本年财政拨款");
    case FundSource::CarryOver:
        return QStringLiteral("上年结转");
    case FundSource::Other:
        return QStringLiteral("其他资金");
    }
    return {};
}

QString TemplateLayout::yes()
{
    return QStringLiteral("是");
}

QString TemplateLayout::no()
{
    return QStringLiteral("否");
}

QStringList TemplateLayout::choices(TemplateField field)
{
    QStringList out;
    switch (field) {
    case TemplateField::Operator:
        for (IndicatorOperator v : { IndicatorOperator::AtLeast, IndicatorOperator::GreaterThan, IndicatorOperator::Equal,
                 IndicatorOperator::LessThan, IndicatorOperator::AtMost, IndicatorOperator::Qualitative })
            out << label(v);
        break;
    case TemplateField::Standard:
        for (EvaluationStandard v : { EvaluationStandard::Plan, EvaluationStandard::Industry, EvaluationStandard::History,
                 EvaluationStandard::Other })
            out << label(v);
        break;
    case TemplateField::Likelihood:
        for (Likelihood v : { Likelihood::Certain, Likelihood::Possible, Likelihood::Impossible })
            out << label(v);
        break;
    case TemplateField::Cause:
        for (DeviationCause v : { DeviationCause::Funding, DeviationCause::Rules, DeviationCause::Staffing,
                 DeviationCause::Equipment, DeviationCause::Other })
            out << label(v);
        break;
    case TemplateField::Level:
        for (QualitativeLevel v : { QualitativeLevel::Achieved, QualitativeLevel::Partly, QualitativeLevel::NotAchieved })
            out << label(v);
        break;
    case TemplateField::NotApplicable:
        out << yes() << no();
        break;
    default:
        break;
    }
    return out;
}

std::optional<IndicatorOperator> TemplateLayout::operatorFrom(const QString& text)
{
    const QString t = trimmedChoice(text);
    // What people type for the same operators in a spreadsheet.
    if (t == QLatin1String(">=") || t == QStringLiteral("≧"))
        return IndicatorOperator::AtLeast;
    if (t == QLatin1String("<=") || t == QStringLiteral("≦"))
        return IndicatorOperator::AtMost;
    if (t == QLatin1String(">"))
        return IndicatorOperator::GreaterThan;
    if (t == QLatin1String("<"))
        return IndicatorOperator::LessThan;
    if (t == QLatin1String("="))
        return IndicatorOperator::Equal;
    return fromLabel(t, { IndicatorOperator::AtLeast, IndicatorOperator::GreaterThan, IndicatorOperator::Equal,
                            IndicatorOperator::LessThan, IndicatorOperator::AtMost, IndicatorOperator::Qualitative });
}

std::optional<EvaluationStandard> TemplateLayout::standardFrom(const QString& text)
{
    return fromLabel(text, { EvaluationStandard::Plan, EvaluationStandard::Industry, EvaluationStandard::History,
                               EvaluationStandard::Other });
}

std::optional<Likelihood> TemplateLayout::likelihoodFrom(const QString& text)
{
    return fromLabel(text, { Likelihood::Certain, Likelihood::Possible, Likelihood::Impossible });
}

std::optional<DeviationCause> TemplateLayout::causeFrom(const QString& text)
{
    return fromLabel(text, { DeviationCause::Funding, DeviationCause::Rules, DeviationCause::Staffing,
                               DeviationCause::Equipment, DeviationCause::Other });
}

std::optional<QualitativeLevel> TemplateLayout::levelFrom(const QString& text)
{
    return fromLabel(text, { QualitativeLevel::Achieved, QualitativeLevel::Partly, QualitativeLevel::NotAchieved });
}

std::optional<FundSource> TemplateLayout::fundSourceFrom(const QString& text)
{
    return fromLabel(text, { FundSource::Appropriation, FundSource::CarryOver, FundSource::Other });
}

std::optional<bool> TemplateLayout::yesNoFrom(const QString& text)
{
    const QString t = trimmedChoice(text);
    if (t == yes())
        return true;
    if (t == no() || t.isEmpty())
        return false;
    return std::nullopt;
}

} // namespace jx
