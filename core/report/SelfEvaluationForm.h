#pragma once

#include "core/domain/Result.h"
#include "core/domain/Types.h"
#include "core/report/ReportCatalog.h"
#include "core/report/ReportDocument.h"

#include <QCoreApplication>

namespace jx {

class Database;

/**
 * 绩效自评表 of one subject's year (财预〔2020〕10号 layout): the funds grid (年初预算数, 全年预算数,
 * 全年执行数, 分值, 执行率, 得分), the overall objective expected and achieved, the indicator grid with
 * actuals and scores, the total and the grade, the conclusion, problems and measures. Of a program
 * (项目支出), an agency's overall budget (部门整体支出) or a government budget (政府收支预算).
 *
 * The scores are the core's: the indicator and execution scores as EvaluationService scores the
 * stored self-evaluation (with finance's decisions once approved), the total as stored (finance's
 * once approved) and the binding grade (EvaluationService::bindingGrade()).
 */
class SelfEvaluationForm
{
    Q_DECLARE_TR_FUNCTIONS(SelfEvaluationForm)

public:
    static QString title(SubjectKind kind);
    /// "self-evaluation", "agency-self-evaluation", "government-self-evaluation": the subject is of @p kind.
    static Result<ReportDocument> build(Database& db, const ReportParameters& parameters, SubjectKind kind);
};

} // namespace jx
