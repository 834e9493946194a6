#include "ui/editors/AssessmentEditor.h"

#include "core/storage/AssessmentRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/editors/EditorFields.h"
#include "ui/editors/EditorGrid.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jx {

namespace {
enum Column
{
    DimensionColumn,
    MaxColumn,
    ScoreColumn,
    RatingColumn,
    CommentColumn,
};
}

AssessmentEditor::AssessmentEditor(Workspace& workspace, const QUuid& programId, const QUuid& assessmentId,
                                   QWidget* parent)
    : RecordEditor(workspace, RecordKind::Assessment, programId, assessmentId, parent)
{
    if (!assessmentId.isNull()) {
        Result<std::optional<ExAnteAssessment>> found = AssessmentRepository(workspace.database()).find(assessmentId);
        if (found && found->has_value())
            m_assessment = **found;
        else
            showMessage(tr("The assessment could not be read."), true);
    } else {
        Result<ExAnteAssessment> fresh = workspace.newAssessment(programId);
        if (fresh)
            m_assessment = *fresh;
        else
            showMessage(fresh.message(), true);
    }
    if (Result<std::optional<Subject>> p = SubjectRepository(workspace.database()).find(m_assessment.subjectId);
        p && p->has_value())
        m_program = **p;

    auto* intro = new QLabel(tr("Program: %1    Amount: %2").arg(m_program.name, m_program.amount.formatWithUnit()), this);
    intro->setObjectName(QStringLiteral("programLine"));
    body()->addWidget(intro);
    m_grid = new EditorGrid({ tr("Dimension"), tr("Full marks"), tr("Score"), tr("Rating"), tr("Assessment opinion") },
                            this);
    m_grid->setObjectName(QStringLiteral("dimensionGrid"));
    m_grid->setColumnReadOnly(DimensionColumn);
    m_grid->setColumnReadOnly(MaxColumn);
    m_grid->setColumnReadOnly(RatingColumn);
    for (int n = 0; n < m_assessment.items.size(); ++n) {
        const AssessmentItem& item = m_assessment.items.at(n);
        m_grid->setText(n, DimensionColumn, Names::of(item.dimension));
        m_grid->setText(n, MaxColumn, EditorFields::show(item.maxScore));
        m_grid->setText(n, ScoreColumn, item.score == 0 && m_assessment.meta.revision == 0 ? QString()
                                                                                          : EditorFields::show(item.score));
        m_grid->setText(n, CommentColumn, item.comment);
    }
    m_grid->setColumnWidth(DimensionColumn, 150);
    m_grid->setColumnWidth(ScoreColumn, 80);
    m_grid->setFixedHeight(5 * 26 + m_grid->horizontalHeader()->sizeHint().height() + 6);
    grid(QStringLiteral("items"), m_grid,
         { { QStringLiteral("maxScore"), MaxColumn }, { QStringLiteral("score"), ScoreColumn },
           { QStringLiteral("rating"), RatingColumn }, { QStringLiteral("comment"), CommentColumn } });
    body()->addWidget(field(QStringLiteral("items"), m_grid));

    auto* form = new QFormLayout;
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("assessmentTotal"));
    form->addRow(tr("Total score"), m_total);
    m_conclusion = new QComboBox(this);
    m_conclusion->setObjectName(QStringLiteral("conclusion"));
    m_conclusion->addItem(tr("(as the total gives)"), 0);
    EditorFields::fill<AssessmentConclusion>(m_conclusion);
    addRow(form, tr("&Conclusion"), QStringLiteral("conclusion"), m_conclusion);
    m_band = new QLabel(this);
    m_band->setObjectName(QStringLiteral("conclusionBand"));
    m_band->setWordWrap(true);
    form->addRow(QString(), m_band);
    m_assessorKind = new QComboBox(this);
    m_assessorKind->setObjectName(QStringLiteral("assessorKind"));
    EditorFields::fill<AssessorKind>(m_assessorKind);
    addRow(form, tr("Assessed &by"), QStringLiteral("assessor"), m_assessorKind);
    m_assessorName = new QLineEdit(this);
    m_assessorName->setObjectName(QStringLiteral("assessorName"));
    addRow(form, tr("Assessor's &name"), QStringLiteral("assessorName"), m_assessorName);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setPlaceholderText(tr("基本情况 → 评估工作开展情况 → 各维度评估情况与总体结论 → 建议"));
    m_report->setMinimumHeight(160);
    addRow(form, tr("Assessment &report"), QStringLiteral("report"), m_report);
    body()->addLayout(form, 1); // the report takes the height left

    m_conclusion->setCurrentIndex(m_assessment.conclusion ? EditorFields::indexOf(m_conclusion, *m_assessment.conclusion)
                                                          : 0);
    m_assessorKind->setCurrentIndex(EditorFields::indexOf(m_assessorKind, m_assessment.assessor));
    m_assessorName->setText(m_assessment.assessorName);
    m_report->setPlainText(m_assessment.report);
    setTabOrder(m_grid, m_conclusion);
    setTabOrder(m_conclusion, m_assessorKind);
    setTabOrder(m_assessorKind, m_assessorName);
    setTabOrder(m_assessorName, m_report);
    finishSetup();
}

QString AssessmentEditor::title() const
{
    return tr("Ex-ante performance assessment — %1").arg(m_program.name);
}

ExAnteAssessment AssessmentEditor::fromFields() const
{
    ExAnteAssessment a = m_assessment;
    for (int n = 0; n < a.items.size() && n < m_grid->rowCount(); ++n) {
        bool ok = false;
        const std::optional<double> v = EditorFields::number(m_grid->text(n, ScoreColumn), &ok);
        a.items[n].score = ok && v ? *v : 0;
        a.items[n].comment = m_grid->text(n, CommentColumn).trimmed();
    }
    const int c = m_conclusion->currentData().toInt();
    a.conclusion = c == 0 ? std::nullopt : std::optional(static_cast<AssessmentConclusion>(c));
    a.assessor = EditorFields::valueOf<AssessorKind>(m_assessorKind);
    a.assessorName = m_assessorName->text().trimmed();
    a.report = m_report->toPlainText();
    return a;
}

QList<Problem> AssessmentEditor::inputProblems()
{
    QList<Problem> problems;
    for (int n = 0; n < m_assessment.items.size() && n < m_grid->rowCount(); ++n) {
        const AssessmentItem& item = m_assessment.items.at(n);
        bool ok = false;
        const std::optional<double> v = EditorFields::number(m_grid->text(n, ScoreColumn), &ok);
        const QString path = Problem::path(QStringLiteral("items"), n, QStringLiteral("score"));
        if (!ok)
            problems << Problem::at(path, tr("“%1”: the score “%2” is not a number.")
                                              .arg(Names::of(item.dimension), m_grid->text(n, ScoreColumn)));
        else if (v && (*v < 0 || *v > item.maxScore))
            problems << Problem::at(path, tr("“%1”: the score must be between 0 and %2.")
                                              .arg(Names::of(item.dimension), EditorFields::show(item.maxScore)));
    }
    return problems;
}

QList<Problem> AssessmentEditor::liveIssues()
{
    QList<Problem> issues;
    const ExAnteAssessment a = fromFields();
    if (m_expected && a.conclusion && *a.conclusion != *m_expected)
        issues << Problem::at(QStringLiteral("conclusion"),
                              tr("A total of %1 concludes “%2” under the year's bands, not “%3”.")
                                  .arg(EditorFields::show(a.totalScore()), Names::of(*m_expected),
                                       Names::of(*a.conclusion)));
    if (a.report.trimmed().isEmpty())
        issues << Problem::at(QStringLiteral("report"), tr("The assessment report is still empty."));
    return issues;
}

void AssessmentEditor::refreshDerived()
{
    ExAnteAssessment rated = fromFields();
    rated.conclusion.reset();
    m_expected.reset();
    if (workspace().rateAssessment(rated).ok()) {
        m_expected = rated.conclusion;
        for (int n = 0; n < rated.items.size() && n < m_grid->rowCount(); ++n)
            m_grid->setText(n, RatingColumn, m_grid->text(n, ScoreColumn).trimmed().isEmpty()
                                                 ? QString()
                                                 : Names::of(rated.items.at(n).rating));
    }
    double max = 0;
    for (const AssessmentItem& item : rated.items)
        max += item.maxScore;
    m_total->setText(tr("%1 of %2").arg(EditorFields::show(rated.totalScore()), EditorFields::show(max)));
    Result<YearPolicy> policy
        = PolicyRepository(workspace().database()).policyForDivision(m_program.divisionCode, m_program.fiscalYear);
    if (policy && m_expected) {
        m_band->setText(tr("Under the year's bands (予以支持 ≥ %1, 调整完善后予以支持 ≥ %2, else 不予支持) this total "
                           "gives: %3")
                            .arg(EditorFields::show(policy->supportAtLeast()), EditorFields::show(policy->reviseAtLeast()),
                                 Names::of(*m_expected)));
    }
}

Result<QUuid> AssessmentEditor::saveRecord()
{
    ExAnteAssessment a = fromFields();
    if (Result<void> r = workspace().rateAssessment(a); !r)
        return r.error();
    if (Result<void> r = workspace().saveAssessment(a); !r)
        return r.error();
    m_assessment = a;
    return a.meta.id;
}

} // namespace jx
