#include "core/domain/Types.h"

#include "core/domain/EnumTable.h"

namespace jx {

QString Names::of(BudgetBook v)
{
    return nameOf(v);
}

QString Names::of(SubjectKind v)
{
    return nameOf(v);
}

QString Names::of(ProgramKind v)
{
    return nameOf(v);
}

QString Names::of(FundingTag v)
{
    return nameOf(v);
}

QString Names::of(AgencyKind v)
{
    return nameOf(v);
}

QString Names::of(DivisionRank v)
{
    return nameOf(v);
}

QString Names::of(Grade v)
{
    return nameOf(v);
}

QString Names::of(RecordStatus v)
{
    return nameOf(v);
}

QString Names::of(IndicatorOperator v)
{
    return nameOf(v);
}

QString Names::of(EvaluationStandard v)
{
    return nameOf(v);
}

QString Names::of(FrameworkKind v)
{
    return nameOf(v);
}

QString Names::of(AssessmentDimension v)
{
    return nameOf(v);
}

QString Names::of(AssessorKind v)
{
    return nameOf(v);
}

QString Names::of(AssessmentConclusion v)
{
    return nameOf(v);
}

QString Names::of(Likelihood v)
{
    return nameOf(v);
}

QString Names::of(DeviationCause v)
{
    return nameOf(v);
}

QString Names::of(FundSource v)
{
    return nameOf(v);
}

QString Names::of(QualitativeLevel v)
{
    return nameOf(v);
}

QString Names::of(Role v)
{
    return nameOf(v);
}

QString Names::of(BudgetStage v)
{
    return nameOf(v);
}

QString Names::of(OrderKind v)
{
    return nameOf(v);
}

QString Names::of(ReviewDecision v)
{
    return nameOf(v);
}

QString Names::of(RecordKind v)
{
    return nameOf(v);
}

QString Names::of(ApplicationDecision v)
{
    return nameOf(v);
}

} // namespace jx
