#include "core/workflow/SubmissionGates.h"

#include "core/domain/EnumTable.h"
#include "core/domain/SelfEvaluationScorer.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workflow/RecordLookup.h"
#include "core/workflow/ResultApplicationRules.h"

#include <QSqlQuery>

#include <algorithm>

namespace jx {

namespace {

constexpr int MaxIndicatorName = 100;

QString indicatorField(qsizetype index, const char* field)
{
    return Problem::path(QStringLiteral("indicators"), index, QString::fromLatin1(field));
}

} // namespace

SubmissionGates::SubmissionGates(Database& db)
    : m_db(db)
{ }

Result<QList<Problem>> SubmissionGates::problems(RecordKind kind, const QUuid& id)
{
    Result<RecordState> record = RecordLookup(m_db).record(kind, id);
    if (!record)
        return record.error();
    Result<QList<Problem>> found = QList<Problem>();
    switch (kind) {
    case RecordKind::TargetSet:
        found = targetSetProblems(id);
        break;
    case RecordKind::MonitoringReport:
        found = monitoringProblems(id);
        break;
    case RecordKind::SelfEvaluation:
        found = evaluationProblems(id);
        break;
    case RecordKind::Assessment:
        found = assessmentProblems(id);
        break;
    case RecordKind::ResultApplication:
        found = applicationProblems(id);
        break;
    }
    if (found)
        Problem::setRecord(*found, kind, id, record->label);
    return found;
}

Result<QList<Problem>> SubmissionGates::targetSetProblems(const QUuid& id)
{
    Result<std::optional<TargetSet>> set = TargetSetRepository(m_db).find(id);
    if (!set)
        return set.error();
    Result<std::optional<Subject>> subject = SubjectRepository(m_db).find((*set)->subjectId);
    if (!subject)
        return subject.error();
    QList<Problem> problems;
    const TargetSet& s = **set;
    if (s.objectiveAnnual.trimmed().isEmpty())
        problems << Problem::at(QStringLiteral("objectiveAnnual"), tr("the annual objective (年度总体目标) is empty"));
    if (s.indicators.isEmpty())
        problems << Problem::at(QStringLiteral("indicators"), tr("there are no indicators"));
    // A special transfer's targets are issued to a lower level (对下专项转移支付).
    if (!s.receivingDivisionCode.isEmpty()) {
        Result<QList<Division>> lineage = DivisionRepository(m_db).lineage(s.receivingDivisionCode);
        if (!lineage)
            return lineage.error();
        const QString from = (*subject)->divisionCode;
        const bool below = s.receivingDivisionCode != from
            && std::any_of(lineage->cbegin(), lineage->cend(), [&](const Division& d) { return d.code == from; });
        if (!below) {
            problems << Problem::at(QStringLiteral("receivingDivisionCode"),
                tr("the receiving division %1 is not below the program's division %2: a transfer goes to a lower level")
                    .arg(s.receivingDivisionCode, from));
        }
    }
    QList<QUuid> categoryIds;
    for (qsizetype n = 0; n < s.indicators.size(); ++n) {
        const Indicator& i = s.indicators.at(n);
        categoryIds << i.categoryId;
        if (i.name.size() > MaxIndicatorName) {
            problems << Problem::at(indicatorField(n, "name"),
                tr("indicator “%1…”: the name has %2 characters, at most %3")
                    .arg(i.name.left(20))
                    .arg(i.name.size())
                    .arg(MaxIndicatorName),
                i.meta.id);
        }
        if (!i.isQualitative() && i.unit.trimmed().isEmpty())
            problems << Problem::at(
                indicatorField(n, "unit"), tr("indicator “%1”: the unit is missing").arg(i.name), i.meta.id);
        if (!i.isQualitative() && !i.targetValue) {
            problems << Problem::at(indicatorField(n, "targetValue"),
                tr("indicator “%1”: the target value is missing").arg(i.name), i.meta.id);
        }
        if (i.isQualitative() && i.targetText.trimmed().isEmpty()) {
            problems << Problem::at(indicatorField(n, "targetText"),
                tr("indicator “%1”: the qualitative target is missing").arg(i.name), i.meta.id);
        }
        if (i.categoryId.isNull()) {
            problems << Problem::at(
                indicatorField(n, "categoryId"), tr("indicator “%1”: no indicator category").arg(i.name), i.meta.id);
        }
    }
    FrameworkRepository frameworks(m_db);
    Result<QHash<QUuid, QString>> levelOne = frameworks.levelOneNames(categoryIds);
    if (!levelOne)
        return levelOne.error();
    QHash<QString, double> weightOfClass;
    for (const Indicator& i : s.indicators)
        weightOfClass[levelOne->value(i.categoryId)] += i.weight;
    // Every required level-1 class of the year's framework holds an indicator.
    const FrameworkKind kind = EvaluationService::frameworkOf((*subject)->kind);
    Result<QList<IndicatorCategory>> categories = frameworks.categories(kind, s.fiscalYear);
    if (!categories)
        return categories.error();
    for (const IndicatorCategory& c : *categories) {
        if (c.level == 1 && c.required && !weightOfClass.contains(c.name))
            problems << Problem::at(
                QStringLiteral("indicators"), tr("no indicator in the required class “%1”").arg(c.name));
    }
    // The published 申报表 has no 分值 column: the weights are checked here only when the policy
    // says so, and in any case when the self-evaluation is submitted.
    Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision((*subject)->divisionCode, s.fiscalYear);
    if (!policy)
        return policy.error();
    if (policy->targetWeightsMustMatch())
        problems << SelfEvaluationScorer::weightIssues(weightOfClass, policy->weightsFor(kind));
    return problems;
}

Result<QList<Problem>> SubmissionGates::monitoringProblems(const QUuid& id)
{
    Result<std::optional<MonitoringReport>> report = MonitoringRepository(m_db).find(id);
    if (!report)
        return report.error();
    Result<std::optional<TargetSet>> set
        = TargetSetRepository(m_db).ofSubject((*report)->subjectId, (*report)->fiscalYear);
    if (!set)
        return set.error();
    QHash<QUuid, const Indicator*> indicators;
    if (set->has_value()) {
        for (const Indicator& i : (*set)->indicators)
            indicators.insert(i.meta.id, &i);
    }
    Result<std::optional<Subject>> subject = SubjectRepository(m_db).find((*report)->subjectId);
    if (!subject)
        return subject.error();
    LowerIsBetterFormula formula = LowerIsBetterFormula::Ratio;
    if (subject->has_value()) {
        Result<YearPolicy> policy
            = PolicyRepository(m_db).policyForDivision((*subject)->divisionCode, (*report)->fiscalYear);
        if (!policy)
            return policy.error();
        formula = policy->lowerIsBetterFormula();
    }
    QList<Problem> problems;
    if ((*report)->executed > (*report)->budget)
        problems << Problem::at(QStringLiteral("executed"), tr("the executed amount is above the budget"));
    const QList<MonitoringEntry>& entries = (*report)->entries;
    for (qsizetype n = 0; n < entries.size(); ++n) {
        const MonitoringEntry& e = entries.at(n);
        const Indicator* indicator = indicators.value(e.indicatorId);
        // Unmet: not certain to be reached, or a forecast year-end value that misses the target.
        const bool forecastMisses = indicator && !indicator->isQualitative() && indicator->targetValue
            && e.forecastValue
            && SelfEvaluationScorer::quantitativeScore(indicator->op, 1, *indicator->targetValue, *e.forecastValue, formula)
                < 1;
        if (e.likelihood == Likelihood::Certain && !forecastMisses)
            continue;
        const QString name = indicator ? indicator->name : e.indicatorId.toString(QUuid::WithoutBraces);
        const QString why = e.likelihood == Likelihood::Certain
            ? tr("indicator “%1”: the forecast %2 misses the target %3")
                  .arg(name, QString::number(e.forecastValue.value_or(0)),
                      QString::number(indicator ? indicator->targetValue.value_or(0) : 0))
            : tr("indicator “%1” is not certain to be reached").arg(name);
        if (!e.cause) {
            problems << Problem::at(Problem::path(QStringLiteral("entries"), n, QStringLiteral("cause")),
                tr("%1: give the cause of the deviation").arg(why), e.indicatorId);
        }
        if (e.measures.trimmed().isEmpty()) {
            problems << Problem::at(Problem::path(QStringLiteral("entries"), n, QStringLiteral("measures")),
                tr("%1: give the corrective measures").arg(why), e.indicatorId);
        }
    }
    return problems;
}

Result<QList<Problem>> SubmissionGates::evaluationProblems(const QUuid& id)
{
    Result<std::optional<SelfEvaluation>> evaluation = EvaluationRepository(m_db).find(id);
    if (!evaluation)
        return evaluation.error();
    if (!evaluation->has_value())
        return makeError(Error::Code::NotFound, tr("The self-evaluation no longer exists."));
    // Scored as stored, against the targets' status: approved targets only.
    Result<ScoreSheet> sheet = EvaluationService(m_db).score(**evaluation);
    // What stops scoring stops submission; its message names the indicator and the field.
    if (!sheet)
        return QList<Problem> { Problem::at({}, sheet.message()) };
    return sheet->issues;
}

Result<QList<Problem>> SubmissionGates::assessmentProblems(const QUuid& id)
{
    Result<std::optional<ExAnteAssessment>> a = AssessmentRepository(m_db).find(id);
    if (!a)
        return a.error();
    QList<Problem> problems;
    if ((*a)->report.trimmed().isEmpty())
        problems << Problem::at(QStringLiteral("report"), tr("the assessment report is empty"));
    if ((*a)->items.size() < 5)
        problems << Problem::at(
            QStringLiteral("items"), tr("%1 of the 5 dimensions are scored").arg((*a)->items.size()));
    if (!(*a)->conclusion)
        problems << Problem::at(QStringLiteral("conclusion"), tr("there is no conclusion"));
    Result<std::optional<Subject>> subject = SubjectRepository(m_db).find((*a)->subjectId);
    if (!subject)
        return subject.error();
    Result<YearPolicy> policy
        = PolicyRepository(m_db).policyForDivision((*subject)->divisionCode, (*subject)->fiscalYear);
    if (!policy)
        return policy.error();
    for (qsizetype n = 0; n < (*a)->items.size(); ++n) {
        const AssessmentItem& item = (*a)->items.at(n);
        if (item.maxScore != policy->assessmentDimensionMax()) {
            problems << Problem::at(Problem::path(QStringLiteral("items"), n, QStringLiteral("maxScore")),
                tr("“%1” is scored out of %2; the year's policy gives %3")
                    .arg(Names::of(item.dimension))
                    .arg(item.maxScore)
                    .arg(policy->assessmentDimensionMax()));
        }
    }
    const AssessmentConclusion expected = policy->conclusionFor((*a)->totalScore());
    if ((*a)->conclusion && *(*a)->conclusion != expected) {
        problems << Problem::at(QStringLiteral("conclusion"),
            tr("a total of %1 concludes “%2”, not “%3”")
                .arg((*a)->totalScore())
                .arg(Names::of(expected), Names::of(*(*a)->conclusion)));
    }
    return problems;
}

Result<QList<Problem>> SubmissionGates::applicationProblems(const QUuid& id)
{
    Result<std::optional<ResultApplication>> a = ResultApplicationRepository(m_db).find(id);
    if (!a)
        return a.error();
    return ResultApplicationRules(m_db).submitProblems(**a);
}

} // namespace jx
