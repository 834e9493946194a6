#include "ui/editors/TargetsEditor.h"

#include "core/domain/SelfEvaluationScorer.h"
#include "core/domain/Validation.h"
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
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace jx {

namespace {
constexpr int MaxIndicatorName = 100;

QStringList operatorChoices()
{
    QStringList out;
    for (const EnumEntry<IndicatorOperator>& e : enumEntries<IndicatorOperator>())
        out << EditorFields::symbol(e.value);
    return out;
}
} // namespace

TargetsEditor::TargetsEditor(Workspace& workspace, const QUuid& subjectId, const QUuid& targetSetId, QWidget* parent)
    : RecordEditor(workspace, RecordKind::TargetSet, subjectId, targetSetId, parent)
{
    Database& db = workspace.database();
    TargetSetRepository sets(db);
    if (!targetSetId.isNull()) {
        if (Result<std::optional<TargetSet>> found = sets.find(targetSetId); found && found->has_value())
            m_set = **found;
    }
    const QUuid subject = m_set.subjectId.isNull() ? subjectId : m_set.subjectId;
    if (Result<std::optional<Subject>> s = SubjectRepository(db).find(subject); s && s->has_value())
        m_subject = **s;
    if (m_set.meta.id.isNull()) {
        // One set of targets per subject and year: a "new" one opens the one there is.
        if (Result<std::optional<TargetSet>> existing = sets.ofSubject(m_subject.meta.id, m_subject.fiscalYear);
            existing && existing->has_value()) {
            m_set = **existing;
            setRecordId(m_set.meta.id);
        } else {
            m_set.subjectId = m_subject.meta.id;
            m_set.fiscalYear = m_subject.fiscalYear;
        }
    }
    m_framework = EvaluationService::frameworkOf(m_subject.kind);
    if (Result<QList<IndicatorCategory>> c = FrameworkRepository(db).categories(m_framework, m_set.fiscalYear); c)
        m_categories = *c;
    std::stable_sort(m_categories.begin(), m_categories.end(),
                     [](const IndicatorCategory& a, const IndicatorCategory& b) { return a.sortOrder < b.sortOrder; });
    for (const IndicatorCategory& c : std::as_const(m_categories))
        m_categoryById.insert(c.meta.id, c);
    QStringList levelTwoNames;
    for (const IndicatorCategory& c : std::as_const(m_categories)) {
        if (c.level != 2)
            continue;
        const QString levelOne = m_categoryById.value(c.parentId).name;
        m_levelTwo.insert(c.name, { c.meta.id, levelOne });
        m_levelTwoName.insert(c.meta.id, c.name);
        levelTwoNames << c.name;
    }
    if (Result<YearPolicy> p = PolicyRepository(db).policyForDivision(m_subject.divisionCode, m_set.fiscalYear); p)
        m_policy = *p;

    auto* intro = new QLabel(tr("%1: %2    Fiscal year %3    Amount: %4")
                                 .arg(Names::of(m_subject.kind), m_subject.name)
                                 .arg(m_set.fiscalYear)
                                 .arg(m_subject.amount.formatWithUnit()),
                             this);
    intro->setObjectName(QStringLiteral("subjectLine"));
    body()->addWidget(intro);
    auto* form = new QFormLayout;
    m_annual = new QPlainTextEdit(this);
    m_annual->setObjectName(QStringLiteral("objectiveAnnual"));
    m_annual->setFixedHeight(64);
    m_midTerm = new QPlainTextEdit(this);
    m_midTerm->setObjectName(QStringLiteral("objectiveMidTerm"));
    m_midTerm->setFixedHeight(48);
    addRow(form, tr("Annual overall &objective"), QStringLiteral("objectiveAnnual"), m_annual);
    addRow(form, tr("&Medium-term objective"), QStringLiteral("objectiveMidTerm"), m_midTerm);
    if (m_subject.isProgram() && m_subject.programKind == ProgramKind::SpecialTransfer) {
        m_receiving = new QLineEdit(this);
        m_receiving->setObjectName(QStringLiteral("receivingDivisionCode"));
        addRow(form, tr("&Receiving division (code)"), QStringLiteral("receivingDivisionCode"), m_receiving);
    }
    body()->addLayout(form);

    auto* tools = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add row"), this);
    add->setObjectName(QStringLiteral("addRow"));
    auto* remove = new QPushButton(tr("Remove ro&w"), this);
    remove->setObjectName(QStringLiteral("removeRow"));
    m_copy = new QPushButton(tr("Copy &last year's targets"), this);
    m_copy->setObjectName(QStringLiteral("copyPredecessor"));
    m_copy->setEnabled(!m_subject.predecessorId.isNull());
    m_copy->setToolTip(m_subject.predecessorId.isNull() ? tr("This program continues no program of last year.")
                                                        : tr("The targets of the program this one continues."));
    for (QPushButton* b : { add, remove, m_copy }) {
        b->setProperty("editsRecord", b != m_copy || m_copy->isEnabled());
        b->setAutoDefault(false);
        tools->addWidget(b);
    }
    auto* pasteHint = new QLabel(tr("Enter moves to the next cell; Ctrl+V pastes rows copied from Excel."), this);
    tools->addWidget(pasteHint, 1);
    body()->addLayout(tools);

    m_grid = new EditorGrid({ tr("Level 1 indicator"), tr("Level 2 indicator"), tr("Level 3 indicator"),
                              tr("Operator"), tr("Target value"), tr("Unit"), tr("Weight"), tr("Evaluation standard"),
                              tr("Content and explanation") },
                            this);
    m_grid->setObjectName(QStringLiteral("indicatorGrid"));
    m_grid->setColumnReadOnly(LevelOneColumn);
    m_grid->setColumnChoices(LevelTwoColumn, levelTwoNames);
    m_grid->setColumnChoices(OperatorColumn, operatorChoices());
    m_grid->setColumnChoices(StandardColumn, EditorFields::names<EvaluationStandard>());
    m_grid->setGrowable(true);
    m_grid->setMinimumHeight(300);
    const int widths[] = { 90, 120, 200, 60, 80, 70, 50, 90 };
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_grid->setColumnWidth(c, widths[c]);
    grid(QStringLiteral("indicators"), m_grid,
         { { QStringLiteral("categoryId"), LevelTwoColumn }, { QStringLiteral("name"), NameColumn },
           { QStringLiteral("op"), OperatorColumn }, { QStringLiteral("targetValue"), ValueColumn },
           { QStringLiteral("targetText"), ValueColumn }, { QStringLiteral("unit"), UnitColumn },
           { QStringLiteral("weight"), WeightColumn }, { QStringLiteral("standard"), StandardColumn },
           { QStringLiteral("content"), ContentColumn } });
    body()->addWidget(field(QStringLiteral("indicators"), m_grid), 1);
    m_weights = new QLabel(this);
    m_weights->setObjectName(QStringLiteral("weightTotals"));
    m_weights->setWordWrap(true);
    body()->addWidget(m_weights);

    connect(add, &QPushButton::clicked, this, [this] {
        editAsOneStep([this] { m_grid->appendRow(); });
        m_grid->setCurrentCell(m_grid->rowCount() - 1, LevelTwoColumn);
        m_grid->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_grid->currentRow();
        if (row >= 0)
            editAsOneStep([this, row] { m_grid->removeRow(row); });
    });
    connect(m_copy, &QPushButton::clicked, this, &TargetsEditor::copyPredecessor);

    m_annual->setPlainText(m_set.objectiveAnnual);
    m_midTerm->setPlainText(m_set.objectiveMidTerm);
    if (m_receiving)
        m_receiving->setText(m_set.receivingDivisionCode);
    for (const Indicator& i : std::as_const(m_set.indicators))
        m_stored.insert(i.meta.id.toString(QUuid::WithoutBraces), i);
    // Grouped as the framework orders its classes; the clerk's order within a class is kept.
    QList<Indicator> ordered = m_set.indicators;
    auto rank = [this](const Indicator& i) {
        const IndicatorCategory c = m_categoryById.value(i.categoryId);
        const IndicatorCategory levelOne = m_categoryById.value(c.parentId);
        return levelOne.sortOrder * 1000 + c.sortOrder;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const Indicator& a, const Indicator& b) { return rank(a) < rank(b); });
    loadRows(ordered, true);
    if (m_grid->rowCount() == 0)
        m_grid->appendRow();
    setTabOrder(m_annual, m_midTerm);
    setTabOrder(m_midTerm, m_grid);
    finishSetup();
}

QString TargetsEditor::title() const
{
    return m_framework == FrameworkKind::AgencyOverall ? tr("Agency overall performance targets — %1").arg(m_subject.name)
                                                       : tr("Performance target declaration — %1").arg(m_subject.name);
}

void TargetsEditor::loadRows(const QList<Indicator>& indicators, bool keepIds)
{
    m_grid->setRowCount(0);
    for (const Indicator& i : indicators) {
        const int row = m_grid->appendRow();
        if (keepIds && !i.meta.id.isNull())
            m_grid->setRowId(row, i.meta.id.toString(QUuid::WithoutBraces));
        m_grid->setText(row, LevelTwoColumn, m_levelTwoName.value(i.categoryId));
        m_grid->setText(row, NameColumn, i.name);
        m_grid->setText(row, OperatorColumn, EditorFields::symbol(i.op));
        m_grid->setText(row, ValueColumn,
                        i.isQualitative() || !i.targetValue ? i.targetText
                        : i.targetText.isEmpty()           ? EditorFields::show(*i.targetValue)
                                                           : i.targetText);
        m_grid->setText(row, UnitColumn, i.unit);
        m_grid->setText(row, WeightColumn, i.weight == 0 ? QString() : EditorFields::show(i.weight));
        m_grid->setText(row, StandardColumn, Names::of(i.standard));
        m_grid->setText(row, ContentColumn, i.content);
    }
}

QList<Indicator> TargetsEditor::fromGrid(QList<int>* rows) const
{
    QList<Indicator> out;
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        if (m_grid->isRowEmpty(r))
            continue;
        Indicator i = m_stored.value(m_grid->rowId(r));
        i.categoryId = m_levelTwo.value(m_grid->text(r, LevelTwoColumn).trimmed()).id;
        i.name = m_grid->text(r, NameColumn).trimmed();
        i.op = EditorFields::op(m_grid->text(r, OperatorColumn)).value_or(IndicatorOperator::AtLeast);
        const QString value = m_grid->text(r, ValueColumn).trimmed();
        bool ok = false;
        const std::optional<double> v = EditorFields::number(value, &ok);
        i.targetValue = i.isQualitative() || !ok ? std::nullopt : v;
        i.targetText = value;
        i.unit = m_grid->text(r, UnitColumn).trimmed();
        const std::optional<double> w = EditorFields::number(m_grid->text(r, WeightColumn), &ok);
        i.weight = ok && w ? *w : 0;
        i.standard = EditorFields::named<EvaluationStandard>(m_grid->text(r, StandardColumn)).value_or(EvaluationStandard::Plan);
        i.content = m_grid->text(r, ContentColumn).trimmed();
        i.sortOrder = int(out.size());
        out << i;
        if (rows)
            *rows << r;
    }
    return out;
}

QList<Problem> TargetsEditor::inputProblems()
{
    QList<Problem> problems;
    QList<int> rows;
    const QList<Indicator> indicators = fromGrid(&rows);
    for (int n = 0; n < indicators.size(); ++n) {
        const int r = rows.at(n);
        auto at = [r](const char* field) { return Problem::path(QStringLiteral("indicators"), r, QString::fromLatin1(field)); };
        const QString name = m_grid->text(r, NameColumn).trimmed();
        const QString who = name.isEmpty() ? tr("row %1").arg(r + 1) : tr("“%1”").arg(name);
        const QString levelTwo = m_grid->text(r, LevelTwoColumn).trimmed();
        if (!levelTwo.isEmpty() && !m_levelTwo.contains(levelTwo))
            problems << Problem::at(at("categoryId"),
                                    tr("%1: “%2” is not a level 2 indicator of this year's framework.").arg(who, levelTwo));
        const QString op = m_grid->text(r, OperatorColumn).trimmed();
        const std::optional<IndicatorOperator> parsedOp = EditorFields::op(op);
        if (!op.isEmpty() && !parsedOp)
            problems << Problem::at(at("op"), tr("%1: “%2” is not an operator (≥ ＞ ＝ ＜ ≤ or 定性).").arg(who, op));
        bool ok = false;
        const QString value = m_grid->text(r, ValueColumn).trimmed();
        EditorFields::number(value, &ok);
        if (parsedOp != IndicatorOperator::Qualitative && !ok)
            problems << Problem::at(at("targetValue"),
                                    tr("%1: the target value “%2” is not a number (choose 定性 for a qualitative target).")
                                        .arg(who, value));
        const QString weight = m_grid->text(r, WeightColumn).trimmed();
        const std::optional<double> w = EditorFields::number(weight, &ok);
        if (!ok)
            problems << Problem::at(at("weight"), tr("%1: the weight “%2” is not a number.").arg(who, weight));
        else if (w && *w < 0)
            problems << Problem::at(at("weight"), tr("%1: the weight cannot be negative.").arg(who));
        const QString standard = m_grid->text(r, StandardColumn).trimmed();
        if (!standard.isEmpty() && !EditorFields::named<EvaluationStandard>(standard))
            problems << Problem::at(at("standard"), tr("%1: “%2” is not an evaluation standard.").arg(who, standard));
    }
    if (m_receiving && !m_receiving->text().trimmed().isEmpty() && !Validation::isDivisionCode(m_receiving->text().trimmed()))
        problems << Problem::at(QStringLiteral("receivingDivisionCode"), tr("A division code has six digits."));
    return problems;
}

QHash<QString, double> TargetsEditor::weightOfClass() const
{
    QHash<QString, double> out;
    for (const Indicator& i : fromGrid(nullptr))
        out[m_categoryById.value(m_categoryById.value(i.categoryId).parentId).name] += i.weight;
    return out;
}

QList<Problem> TargetsEditor::liveIssues()
{
    QList<Problem> issues;
    if (m_annual->toPlainText().trimmed().isEmpty())
        issues << Problem::at(QStringLiteral("objectiveAnnual"), tr("The annual overall objective is required."));
    QList<int> rows;
    const QList<Indicator> indicators = fromGrid(&rows);
    if (indicators.isEmpty())
        issues << Problem::at(QStringLiteral("indicators"), tr("There are no indicators yet."));
    for (int n = 0; n < indicators.size(); ++n) {
        const Indicator& i = indicators.at(n);
        const int r = rows.at(n);
        auto at = [r](const char* field) { return Problem::path(QStringLiteral("indicators"), r, QString::fromLatin1(field)); };
        if (i.name.isEmpty())
            issues << Problem::at(at("name"), tr("Row %1: the level 3 indicator has no name.").arg(r + 1));
        else if (i.name.size() > MaxIndicatorName)
            issues << Problem::at(at("name"), tr("“%1…”: the name has %2 characters, at most %3.")
                                                  .arg(i.name.left(20)).arg(i.name.size()).arg(MaxIndicatorName));
        if (m_grid->text(r, LevelTwoColumn).trimmed().isEmpty())
            issues << Problem::at(at("categoryId"), tr("Row %1: choose the level 2 indicator.").arg(r + 1));
        if (m_grid->text(r, OperatorColumn).trimmed().isEmpty())
            issues << Problem::at(at("op"), tr("Row %1: choose the operator.").arg(r + 1));
        if (!i.isQualitative() && i.unit.isEmpty())
            issues << Problem::at(at("unit"), tr("“%1”: the unit is required for a quantitative indicator.").arg(i.name));
        if (m_grid->text(r, ValueColumn).trimmed().isEmpty())
            issues << Problem::at(at("targetValue"), tr("“%1”: the target value is missing.").arg(i.name));
    }
    // The self-evaluation checks the weights of each class against the policy in any case.
    if (m_policy && !indicators.isEmpty())
        issues << SelfEvaluationScorer::weightIssues(weightOfClass(), m_policy->weightsFor(m_framework));
    return issues;
}

void TargetsEditor::refreshDerived()
{
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setText(r, LevelOneColumn, m_levelTwo.value(m_grid->text(r, LevelTwoColumn).trimmed()).levelOne);
    if (!m_policy) {
        m_weights->clear();
        return;
    }
    const QHash<QString, double> sums = weightOfClass();
    const SelfEvaluationWeights& weights = m_policy->weightsFor(m_framework);
    QStringList parts;
    if (weights.executionRateWeight > 0)
        parts << tr("budget execution rate %1 (scored in the self-evaluation)").arg(EditorFields::show(weights.executionRateWeight));
    for (const ClassWeight& g : weights.classWeights) {
        double sum = 0;
        for (const QString& c : g.classes)
            sum += sums.value(c);
        const bool match = qAbs(sum - g.weight) < 0.005;
        parts << QStringLiteral("%1 %2 / %3 %4")
                     .arg(g.classes.join(QStringLiteral(" + ")), EditorFields::show(sum), EditorFields::show(g.weight),
                          match ? QStringLiteral("✓") : QStringLiteral("✗"));
    }
    double total = 0;
    for (double w : sums)
        total += w;
    m_weights->setText(tr("Weights by class: %1; indicators in all: %2").arg(parts.join(QStringLiteral("; ")),
                                                                            EditorFields::show(total)));
}

void TargetsEditor::copyPredecessor()
{
    if (m_subject.predecessorId.isNull() || isReadOnly())
        return;
    Database& db = workspace().database();
    Result<std::optional<Subject>> before = SubjectRepository(db).find(m_subject.predecessorId);
    if (!before || !before->has_value())
        return;
    Result<std::optional<TargetSet>> last = TargetSetRepository(db).ofSubject((*before)->meta.id, (*before)->fiscalYear);
    if (!last || !last->has_value()) {
        showMessage(tr("The program of last year has no targets to copy."), true);
        return;
    }
    // Last year's categories are matched to this year's framework by their level 2 name.
    FrameworkRepository frameworks(db);
    QList<Indicator> copied;
    for (Indicator i : (*last)->indicators) {
        Result<std::optional<IndicatorCategory>> c = frameworks.findCategory(i.categoryId);
        i.categoryId = c && c->has_value() ? m_levelTwo.value((*c)->name).id : QUuid();
        i.meta = {};
        copied << i;
    }
    const TargetSet previous = **last;
    editAsOneStep([&] {
        if (m_annual->toPlainText().trimmed().isEmpty())
            m_annual->setPlainText(previous.objectiveAnnual);
        if (m_midTerm->toPlainText().trimmed().isEmpty())
            m_midTerm->setPlainText(previous.objectiveMidTerm);
        QList<Indicator> rows = fromGrid(nullptr);
        QList<Indicator> all = rows + copied;
        loadRows(all, true);
    });
    showMessage(tr("%n indicator(s) copied from last year's targets; check the values for this year.", "",
                   int(copied.size())),
                false);
}

Result<QUuid> TargetsEditor::saveRecord()
{
    TargetSet s = m_set;
    s.objectiveAnnual = m_annual->toPlainText().trimmed();
    s.objectiveMidTerm = m_midTerm->toPlainText().trimmed();
    if (m_receiving)
        s.receivingDivisionCode = m_receiving->text().trimmed();
    s.indicators = fromGrid(nullptr);
    if (Result<void> r = workspace().saveTargets(s); !r)
        return r.error();
    m_set = s;
    return s.meta.id;
}

void TargetsEditor::afterSave()
{
    // The saved indicators have ids now; empty rows are dropped so that row n is indicator n.
    m_stored.clear();
    for (const Indicator& i : std::as_const(m_set.indicators))
        m_stored.insert(i.meta.id.toString(QUuid::WithoutBraces), i);
    loadRows(m_set.indicators, true);
    if (m_grid->rowCount() == 0)
        m_grid->appendRow();
}

} // namespace jx
