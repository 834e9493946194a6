#include "ui/editors/EvaluationEditor.h"

#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workspace/Workspace.h"
#include "ui/editors/EditorFields.h"
#include "ui/editors/EditorGrid.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jx {

namespace {
const FundSource FundRows[] = { FundSource::Appropriation, FundSource::CarryOver, FundSource::Other };
constexpr int TotalRow = 3;

QString amountText(Money m)
{
    return m.isZero() ? QString() : m.format();
}
} // namespace

EvaluationEditor::EvaluationEditor(Workspace& workspace, const QUuid& subjectId, const QUuid& evaluationId,
                                   QWidget* parent)
    : RecordEditor(workspace, RecordKind::SelfEvaluation, subjectId, evaluationId, parent)
{
    Database& db = workspace.database();
    EvaluationRepository evaluations(db);
    if (!evaluationId.isNull()) {
        if (Result<std::optional<SelfEvaluation>> e = evaluations.find(evaluationId); e && e->has_value())
            m_evaluation = **e;
    }
    const QUuid subject = m_evaluation.subjectId.isNull() ? subjectId : m_evaluation.subjectId;
    if (Result<std::optional<Subject>> s = SubjectRepository(db).find(subject); s && s->has_value())
        m_subject = **s;
    if (m_evaluation.meta.id.isNull()) {
        // One self-evaluation per subject and year: a "new" one opens the one there is.
        if (Result<std::optional<SelfEvaluation>> e = evaluations.ofSubject(m_subject.meta.id, m_subject.fiscalYear);
            e && e->has_value()) {
            m_evaluation = **e;
            setRecordId(m_evaluation.meta.id);
        } else {
            m_evaluation.subjectId = m_subject.meta.id;
            m_evaluation.fiscalYear = m_subject.fiscalYear;
        }
    }
    if (Result<std::optional<TargetSet>> t = TargetSetRepository(db).ofSubject(m_subject.meta.id, m_evaluation.fiscalYear);
        t && t->has_value())
        m_targets = **t;
    QList<QUuid> categories;
    for (const Indicator& i : std::as_const(m_targets.indicators))
        categories << i.categoryId;
    if (Result<QHash<QUuid, QString>> names = FrameworkRepository(db).levelOneNames(categories); names)
        m_levelOne = *names;
    if (Result<YearPolicy> p = PolicyRepository(db).policyForDivision(m_subject.divisionCode, m_evaluation.fiscalYear); p)
        m_policy = *p;

    auto* intro = new QLabel(tr("%1: %2    Fiscal year %3    Targets: %4")
                                 .arg(Names::of(m_subject.kind), m_subject.name)
                                 .arg(m_evaluation.fiscalYear)
                                 .arg(m_targets.meta.id.isNull() ? tr("none") : Names::of(m_targets.status)),
                             this);
    intro->setObjectName(QStringLiteral("subjectLine"));
    body()->addWidget(intro);

    m_funds = new EditorGrid({ tr("Funds"), tr("Budget at the start of the year"), tr("Budget for the year (adjusted)"),
                               tr("Executed in the year"), tr("Execution rate"), tr("Weight"), tr("Score") },
                             this);
    m_funds->setObjectName(QStringLiteral("fundsGrid"));
    for (int c : { int(FundNameColumn), int(RateColumn), int(FundWeightColumn), int(FundScoreColumn) })
        m_funds->setColumnReadOnly(c);
    for (int r = 0; r < 3; ++r)
        m_funds->setText(r, FundNameColumn, Names::of(FundRows[r]));
    m_funds->setText(TotalRow, FundNameColumn, tr("Total funds of the year"));
    m_funds->setRowReadOnly(TotalRow);
    m_funds->setColumnWidth(FundNameColumn, 130);
    for (int c = InitialColumn; c <= ExecutedColumn; ++c)
        m_funds->setColumnWidth(c, 150);
    m_funds->setFixedHeight(150);
    grid(QStringLiteral("funds"), m_funds,
         { { QStringLiteral("initialBudget"), InitialColumn }, { QStringLiteral("adjustedBudget"), AdjustedColumn },
           { QStringLiteral("executed"), ExecutedColumn } });
    body()->addWidget(field(QStringLiteral("funds"), m_funds));
    auto* form = new QFormLayout;
    m_executionReason = new QLineEdit(this);
    m_executionReason->setObjectName(QStringLiteral("executionReason"));
    addRow(form, tr("Reason for execution below %1%").arg(m_policy ? EditorFields::show(m_policy->executionRateReasonBelow()) : QStringLiteral("90")),
           QStringLiteral("executionReason"), m_executionReason);
    m_expected = new QPlainTextEdit(this);
    m_expected->setObjectName(QStringLiteral("objectiveExpected"));
    m_expected->setFixedHeight(48);
    m_achieved = new QPlainTextEdit(this);
    m_achieved->setObjectName(QStringLiteral("objectiveAchieved"));
    m_achieved->setFixedHeight(48);
    addRow(form, tr("Overall objective: e&xpected"), QStringLiteral("objectiveExpected"), m_expected);
    addRow(form, tr("Overall objective: &achieved"), QStringLiteral("objectiveAchieved"), m_achieved);
    body()->addLayout(form);

    m_grid = new EditorGrid({ tr("Level 1"), tr("Level 3 indicator"), tr("Operator"), tr("Annual target"), tr("Unit"),
                              tr("Actual value"), tr("Weight"), tr("Score"), tr("Not applicable"),
                              tr("Reason not applicable"), tr("Qualitative level"), tr("Points given"),
                              tr("Causes of deviation and improvement measures"), tr("Why far above target"),
                              tr("How the score came about") },
                            this);
    m_grid->setObjectName(QStringLiteral("scoreGrid"));
    for (int c : { int(LevelOneColumn), int(NameColumn), int(OperatorColumn), int(TargetColumn), int(UnitColumn),
                   int(WeightColumn), int(ScoreColumn), int(WhyColumn) })
        m_grid->setColumnReadOnly(c);
    m_grid->setColumnCheckable(NotApplicableColumn);
    QStringList levels { QString() };
    levels << EditorFields::names<QualitativeLevel>();
    m_grid->setColumnChoices(LevelColumn, levels);
    const int widths[] = { 80, 150, 60, 70, 55, 80, 45, 55, 55, 110, 150, 60, 200, 140 };
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_grid->setColumnWidth(c, widths[c]);
    m_grid->setMinimumHeight(280);
    grid(QStringLiteral("entries"), m_grid,
         { { QStringLiteral("actualValue"), ActualColumn }, { QStringLiteral("actualText"), ActualColumn },
           { QStringLiteral("notApplicable"), NotApplicableColumn },
           { QStringLiteral("notApplicableReason"), NotApplicableReasonColumn },
           { QStringLiteral("qualitativeLevel"), LevelColumn }, { QStringLiteral("score"), LevelScoreColumn },
           { QStringLiteral("deviationReason"), DeviationColumn }, { QStringLiteral("explanation"), ExplanationColumn } });
    body()->addWidget(field(QStringLiteral("entries"), m_grid), 1);

    auto* totals = new QHBoxLayout;
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("evaluationTotal"));
    m_grade = new QLabel(this);
    m_grade->setObjectName(QStringLiteral("evaluationGrade"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_total->setFont(big);
    m_grade->setFont(big);
    totals->addWidget(m_total);
    totals->addWidget(m_grade);
    totals->addStretch(1);
    body()->addLayout(totals);
    m_bands = new QLabel(this);
    m_bands->setObjectName(QStringLiteral("qualitativeBands"));
    m_bands->setWordWrap(true);
    if (m_policy) {
        QStringList bands;
        for (const EnumEntry<QualitativeLevel>& e : enumEntries<QualitativeLevel>()) {
            const Band b = m_policy->qualitativeBand(e.value);
            bands << tr("%1: %2–%3% of the weight").arg(Names::of(e.value), EditorFields::show(b.from), EditorFields::show(b.to));
        }
        m_bands->setText(tr("Qualitative indicators: %1.").arg(bands.join(QStringLiteral("; "))));
    }
    body()->addWidget(m_bands);
    auto* narrative = new QFormLayout;
    m_conclusion = new QPlainTextEdit(this);
    m_conclusion->setObjectName(QStringLiteral("conclusion"));
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_measures = new QPlainTextEdit(this);
    m_measures->setObjectName(QStringLiteral("measures"));
    for (QPlainTextEdit* t : { m_conclusion, m_problems, m_measures })
        t->setFixedHeight(56);
    m_projectLead = new QLineEdit(this);
    m_projectLead->setObjectName(QStringLiteral("projectLead"));
    m_financeLead = new QLineEdit(this);
    m_financeLead->setObjectName(QStringLiteral("financeLead"));
    addRow(narrative, tr("Evaluation &conclusion"), QStringLiteral("conclusion"), m_conclusion);
    addRow(narrative, tr("&Problems found"), QStringLiteral("problems"), m_problems);
    addRow(narrative, tr("Improvement &measures"), QStringLiteral("measures"), m_measures);
    addRow(narrative, tr("Program &lead"), QStringLiteral("projectLead"), m_projectLead);
    addRow(narrative, tr("&Finance lead"), QStringLiteral("financeLead"), m_financeLead);
    body()->addLayout(narrative);

    for (int r = 0; r < m_targets.indicators.size(); ++r) {
        const Indicator& i = m_targets.indicators.at(r);
        m_grid->setRowId(r, i.meta.id.toString(QUuid::WithoutBraces));
        m_grid->setText(r, LevelOneColumn, m_levelOne.value(i.categoryId));
        m_grid->setText(r, NameColumn, i.name);
        m_grid->setText(r, OperatorColumn, Names::of(i.op));
        m_grid->setText(r, TargetColumn, i.isQualitative() ? i.targetText : EditorFields::show(i.targetValue));
        m_grid->setText(r, UnitColumn, i.unit);
        m_grid->setText(r, WeightColumn, EditorFields::show(i.weight));
    }
    load(m_evaluation);
    setTabOrder(m_funds, m_executionReason);
    setTabOrder(m_executionReason, m_expected);
    setTabOrder(m_expected, m_achieved);
    setTabOrder(m_achieved, m_grid);
    setTabOrder(m_grid, m_conclusion);
    setTabOrder(m_conclusion, m_problems);
    setTabOrder(m_problems, m_measures);
    setTabOrder(m_measures, m_projectLead);
    setTabOrder(m_projectLead, m_financeLead);
    finishSetup();
}

QString EvaluationEditor::title() const
{
    return m_subject.kind == SubjectKind::AgencyBudget
        ? tr("Agency overall expenditure performance self-evaluation — %1").arg(m_subject.name)
        : tr("Program expenditure performance self-evaluation — %1").arg(m_subject.name);
}

void EvaluationEditor::load(const SelfEvaluation& e)
{
    for (int r = 0; r < 3; ++r) {
        for (const EvaluationFund& f : e.funds) {
            if (f.source != FundRows[r])
                continue;
            m_funds->setText(r, InitialColumn, amountText(f.initialBudget));
            m_funds->setText(r, AdjustedColumn, amountText(f.adjustedBudget));
            m_funds->setText(r, ExecutedColumn, amountText(f.executed));
        }
    }
    m_executionReason->setText(e.executionReason);
    m_expected->setPlainText(e.objectiveExpected.isEmpty() ? m_targets.objectiveAnnual : e.objectiveExpected);
    m_achieved->setPlainText(e.objectiveAchieved);
    for (int r = 0; r < m_targets.indicators.size(); ++r) {
        const Indicator& i = m_targets.indicators.at(r);
        for (const EvaluationEntry& x : e.entries) {
            if (x.indicatorId != i.meta.id)
                continue;
            m_grid->setText(r, ActualColumn, !x.actualText.isEmpty() ? x.actualText : EditorFields::show(x.actualValue));
            m_grid->setChecked(r, NotApplicableColumn, x.notApplicable);
            m_grid->setText(r, NotApplicableReasonColumn, x.notApplicableReason);
            m_grid->setText(r, LevelColumn, x.qualitativeLevel ? Names::of(*x.qualitativeLevel) : QString());
            m_grid->setText(r, LevelScoreColumn, i.isQualitative() ? EditorFields::show(x.score) : QString());
            m_grid->setText(r, DeviationColumn, x.deviationReason);
            m_grid->setText(r, ExplanationColumn, x.explanation);
        }
    }
    m_conclusion->setPlainText(e.conclusion);
    m_problems->setPlainText(e.problems);
    m_measures->setPlainText(e.measures);
    m_projectLead->setText(e.projectLead);
    m_financeLead->setText(e.financeLead);
}

EvaluationEntry EvaluationEditor::entryOf(int row) const
{
    const Indicator& i = m_targets.indicators.at(row);
    EvaluationEntry e;
    e.indicatorId = i.meta.id;
    bool ok = false;
    const QString actual = m_grid->text(row, ActualColumn).trimmed();
    e.actualText = actual;
    if (!i.isQualitative()) {
        e.actualValue = EditorFields::number(actual, &ok);
        if (!ok)
            e.actualValue.reset();
    }
    e.notApplicable = m_grid->isChecked(row, NotApplicableColumn);
    e.notApplicableReason = m_grid->text(row, NotApplicableReasonColumn).trimmed();
    e.qualitativeLevel = EditorFields::named<QualitativeLevel>(m_grid->text(row, LevelColumn));
    if (i.isQualitative()) {
        e.score = EditorFields::number(m_grid->text(row, LevelScoreColumn), &ok);
        if (!ok)
            e.score.reset();
    }
    e.deviationReason = m_grid->text(row, DeviationColumn).trimmed();
    e.explanation = m_grid->text(row, ExplanationColumn).trimmed();
    return e;
}

SelfEvaluation EvaluationEditor::fromFields() const
{
    SelfEvaluation e = m_evaluation;
    e.funds.clear();
    for (int r = 0; r < 3; ++r) {
        EvaluationFund f;
        f.source = FundRows[r];
        auto money = [&](int column) {
            Result<Money> m = Money::parse(m_funds->text(r, column));
            return m && !m_funds->text(r, column).trimmed().isEmpty() ? *m : Money();
        };
        f.initialBudget = money(InitialColumn);
        f.adjustedBudget = money(AdjustedColumn);
        f.executed = money(ExecutedColumn);
        if (!f.initialBudget.isZero() || !f.adjustedBudget.isZero() || !f.executed.isZero())
            e.funds << f;
    }
    e.executionReason = m_executionReason->text().trimmed();
    e.objectiveExpected = m_expected->toPlainText().trimmed();
    e.objectiveAchieved = m_achieved->toPlainText().trimmed();
    e.entries.clear();
    for (int r = 0; r < m_targets.indicators.size(); ++r)
        e.entries << entryOf(r);
    e.conclusion = m_conclusion->toPlainText().trimmed();
    e.problems = m_problems->toPlainText().trimmed();
    e.measures = m_measures->toPlainText().trimmed();
    e.projectLead = m_projectLead->text().trimmed();
    e.financeLead = m_financeLead->text().trimmed();
    return e;
}

QList<Problem> EvaluationEditor::inputProblems()
{
    QList<Problem> problems;
    for (int r = 0; r < 3; ++r) {
        for (int c : { int(InitialColumn), int(AdjustedColumn), int(ExecutedColumn) }) {
            const QString text = m_funds->text(r, c);
            if (text.trimmed().isEmpty())
                continue;
            Result<Money> m = Money::parse(text);
            static const char* const fields[] = { "", "initialBudget", "adjustedBudget", "executed" };
            const QString path = Problem::path(QStringLiteral("funds"), r, QString::fromLatin1(fields[c]));
            if (!m)
                problems << Problem::at(path, tr("%1: %2").arg(Names::of(FundRows[r]), m.message()));
            else if (m->isNegative())
                problems << Problem::at(path, tr("%1: an amount cannot be negative.").arg(Names::of(FundRows[r])));
        }
    }
    for (int r = 0; r < m_targets.indicators.size(); ++r) {
        const Indicator& i = m_targets.indicators.at(r);
        auto at = [r](const char* field) { return Problem::path(QStringLiteral("entries"), r, QString::fromLatin1(field)); };
        bool ok = false;
        if (!i.isQualitative()) {
            EditorFields::number(m_grid->text(r, ActualColumn), &ok);
            if (!ok)
                problems << Problem::at(at("actualValue"), tr("“%1”: the actual value “%2” is not a number.")
                                                               .arg(i.name, m_grid->text(r, ActualColumn)), i.meta.id);
        } else {
            const QString level = m_grid->text(r, LevelColumn).trimmed();
            if (!level.isEmpty() && !EditorFields::named<QualitativeLevel>(level))
                problems << Problem::at(at("qualitativeLevel"), tr("“%1”: “%2” is not a qualitative level.").arg(i.name, level), i.meta.id);
            const QString given = m_grid->text(r, LevelScoreColumn).trimmed();
            EditorFields::number(given, &ok);
            if (!ok)
                problems << Problem::at(at("score"), tr("“%1”: the points “%2” are not a number.").arg(i.name, given), i.meta.id);
        }
    }
    // What the scorer refuses for one row (a qualitative score outside its level's band) stops the save too.
    problems << m_rowErrors;
    return problems;
}

QList<Problem> EvaluationEditor::liveIssues()
{
    QList<Problem> issues;
    if (m_targets.meta.id.isNull())
        issues << Problem::at(QStringLiteral("entries"), tr("The subject has no performance targets for this year."));
    if (m_sheet) {
        for (const Problem& p : m_sheet->issues)
            issues << p;
    }
    return issues;
}

void EvaluationEditor::refreshDerived()
{
    m_rowErrors.clear();
    m_sheet.reset();
    if (!m_policy)
        return;
    const SelfEvaluation e = fromFields();
    ScoringContext context;
    context.framework = EvaluationService::frameworkOf(m_subject.kind);
    context.targetStatus = m_targets.status;
    // Each filled row on its own, so that a clerk sees every score as soon as its actual is typed.
    double partial = 0;
    int open = 0;
    for (int r = 0; r < m_targets.indicators.size(); ++r) {
        const Indicator& i = m_targets.indicators.at(r);
        const EvaluationEntry& entry = e.entries.at(r);
        const bool filled = entry.notApplicable || (i.isQualitative() ? entry.qualitativeLevel && entry.score : entry.actualValue.has_value());
        if (!filled) {
            m_grid->setText(r, ScoreColumn, QString());
            m_grid->setText(r, WhyColumn, QString());
            ++open;
            continue;
        }
        SelfEvaluation one = e;
        one.entries = { entry };
        Result<ScoreSheet> s = SelfEvaluationScorer::score(one, { i }, m_levelOne, *m_policy, context);
        if (!s) {
            m_rowErrors << Problem::at(Problem::path(QStringLiteral("entries"), r, i.isQualitative() ? QStringLiteral("score") : QStringLiteral("actualValue")),
                                       s.message(), i.meta.id);
            m_grid->setText(r, ScoreColumn, QString());
            m_grid->setText(r, WhyColumn, s.message());
            continue;
        }
        const IndicatorScore& is = s->indicators.first();
        m_grid->setText(r, ScoreColumn, is.notApplicable && is.notApplicableAccepted != false ? tr("n/a") : QString::number(is.score, 'f', 2));
        m_grid->setText(r, WhyColumn, is.explanation);
        // Points lost show in amber, with the reason where the eye is.
        m_grid->setCellColor(r, ScoreColumn, !is.notApplicable && is.score < is.weight ? QColor(0xb2, 0x6a, 0x00) : palette().text().color(),
                             is.explanation);
        partial += is.notApplicable ? 0 : is.score;
    }
    if (open == 0 && m_rowErrors.isEmpty() && !m_targets.meta.id.isNull()) {
        Result<ScoreSheet> sheet = EvaluationService(workspace().database()).score(e);
        if (sheet)
            m_sheet = *sheet;
    }
    // The funds table: execution rate and its score come from the scorer once it can score.
    Result<EvaluationFund> total = SelfEvaluation::sum(e.funds);
    if (total) {
        m_funds->setText(TotalRow, InitialColumn, total->initialBudget.format());
        m_funds->setText(TotalRow, AdjustedColumn, total->adjustedBudget.format());
        m_funds->setText(TotalRow, ExecutedColumn, total->executed.format());
    }
    const SelfEvaluationWeights& weights = m_policy->weightsFor(EvaluationService::frameworkOf(m_subject.kind));
    m_funds->setText(TotalRow, FundWeightColumn, EditorFields::show(weights.executionRateWeight));
    if (m_sheet) {
        m_funds->setText(TotalRow, RateColumn, m_sheet->executionRate ? EditorFields::show(*m_sheet->executionRate) + QLatin1Char('%') : QString());
        m_funds->setText(TotalRow, FundScoreColumn, QString::number(m_sheet->executionScore, 'f', 2));
        m_total->setText(tr("Total: %1").arg(QString::number(m_sheet->total, 'f', 2)));
        m_grade->setText(tr("Grade: %1").arg(Names::of(m_sheet->grade)));
        m_grade->setStyleSheet(m_sheet->grade == Grade::Poor ? QStringLiteral("color: #c62828;") : QString());
    } else {
        m_funds->setText(TotalRow, RateColumn, QString());
        m_funds->setText(TotalRow, FundScoreColumn, QString());
        m_total->setText(open > 0 ? tr("Indicator points so far: %1 (%n indicator(s) still without an actual value)", "", open)
                                        .arg(QString::number(partial, 'f', 2))
                                  : tr("Total: —"));
        m_grade->setText(tr("Grade: —"));
        m_grade->setStyleSheet({});
    }
}

Result<QUuid> EvaluationEditor::saveRecord()
{
    SelfEvaluation e = fromFields();
    if (Result<void> r = workspace().saveEvaluation(e); !r)
        return r.error();
    m_evaluation = e;
    return e.meta.id;
}

} // namespace jx
