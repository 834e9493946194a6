#include "ui/editors/MonitoringEditor.h"

#include "core/domain/MonitoringAnalyzer.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/editors/EditorFields.h"
#include "ui/editors/EditorGrid.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jx {

namespace {
const QColor Red(0xc6, 0x28, 0x28);
const QColor Amber(0xe6, 0x8a, 0x00);
const QColor Green(0x2e, 0x7d, 0x32);

QString amountText(Money m)
{
    return m.isZero() ? QString() : m.format();
}
} // namespace

MonitoringEditor::MonitoringEditor(Workspace& workspace, const QUuid& subjectId, const QUuid& reportId, QWidget* parent)
    : RecordEditor(workspace, RecordKind::MonitoringReport, subjectId, reportId, parent)
{
    Database& db = workspace.database();
    if (!reportId.isNull()) {
        if (Result<std::optional<MonitoringReport>> r = MonitoringRepository(db).find(reportId); r && r->has_value())
            m_report = **r;
    }
    const QUuid subject = m_report.subjectId.isNull() ? subjectId : m_report.subjectId;
    if (Result<std::optional<Subject>> s = SubjectRepository(db).find(subject); s && s->has_value())
        m_subject = **s;
    if (m_report.meta.id.isNull()) {
        m_report.subjectId = m_subject.meta.id;
        m_report.fiscalYear = m_subject.fiscalYear;
        m_report.budget = m_subject.amount;
        // The month after the last one reported, as the monthly rhythm goes.
        if (Result<QList<MonitoringReport>> done = MonitoringRepository(db).ofSubject(m_subject.meta.id, m_subject.fiscalYear);
            done && !done->isEmpty())
            m_report.month = qMin(12, done->last().month + 1);
    }
    if (Result<std::optional<TargetSet>> t = TargetSetRepository(db).ofSubject(m_subject.meta.id, m_report.fiscalYear);
        t && t->has_value())
        m_targets = **t;
    QList<QUuid> categories;
    for (const Indicator& i : std::as_const(m_targets.indicators))
        categories << i.categoryId;
    if (Result<QHash<QUuid, QString>> names = FrameworkRepository(db).levelOneNames(categories); names)
        m_levelOne = *names;
    if (Result<YearPolicy> p = PolicyRepository(db).policyForDivision(m_subject.divisionCode, m_report.fiscalYear); p)
        m_policy = *p;

    auto* intro = new QLabel(tr("%1: %2    Fiscal year %3").arg(Names::of(m_subject.kind), m_subject.name).arg(m_report.fiscalYear),
                             this);
    body()->addWidget(intro);
    auto* form = new QFormLayout;
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("month"));
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(tr("January to month %1").arg(m), m);
    addRow(form, tr("&Cumulative to"), QStringLiteral("month"), m_month);
    m_budget = new QLineEdit(this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_executed = new QLineEdit(this);
    m_executed->setObjectName(QStringLiteral("executed"));
    m_forecast = new QLineEdit(this);
    m_forecast->setObjectName(QStringLiteral("forecastYearEnd"));
    addRow(form, tr("&Budget (adjusted, yuan)"), QStringLiteral("budget"), m_budget);
    addRow(form, tr("&Executed to date (yuan)"), QStringLiteral("executed"), m_executed);
    addRow(form, tr("&Forecast execution at year end (yuan)"), QStringLiteral("forecastYearEnd"), m_forecast);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("executionRate"));
    form->addRow(tr("Execution rate"), m_rate);
    body()->addLayout(form);

    m_grid = new EditorGrid({ tr("Level 1 indicator"), tr("Level 3 indicator"), tr("Annual target"),
                              tr("Completed to date"), tr("Forecast year-end value"), tr("Likelihood of completion"),
                              tr("Cause of deviation"), tr("Corrective measures"), tr("Warning") },
                            this);
    m_grid->setObjectName(QStringLiteral("progressGrid"));
    for (int c : { int(LevelOneColumn), int(NameColumn), int(TargetColumn), int(LightColumn) })
        m_grid->setColumnReadOnly(c);
    m_grid->setColumnChoices(LikelihoodColumn, EditorFields::names<Likelihood>());
    QStringList causes { QString() };
    causes << EditorFields::names<DeviationCause>();
    m_grid->setColumnChoices(CauseColumn, causes);
    const int widths[] = { 80, 150, 100, 80, 90, 90, 90, 170 };
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_grid->setColumnWidth(c, widths[c]);
    m_grid->setMinimumHeight(260);
    grid(QStringLiteral("entries"), m_grid,
         { { QStringLiteral("progressValue"), ProgressColumn }, { QStringLiteral("progressText"), ProgressColumn },
           { QStringLiteral("forecastValue"), ForecastColumn }, { QStringLiteral("likelihood"), LikelihoodColumn },
           { QStringLiteral("cause"), CauseColumn }, { QStringLiteral("measures"), MeasuresColumn } });
    body()->addWidget(field(QStringLiteral("entries"), m_grid), 1);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setFixedHeight(60);
    auto* noteForm = new QFormLayout;
    addRow(noteForm, tr("&Note"), QStringLiteral("note"), m_note);
    body()->addLayout(noteForm);

    for (int r = 0; r < m_targets.indicators.size(); ++r) {
        const Indicator& i = m_targets.indicators.at(r);
        m_grid->setRowId(r, i.meta.id.toString(QUuid::WithoutBraces));
        m_grid->setText(r, LevelOneColumn, m_levelOne.value(i.categoryId));
        m_grid->setText(r, NameColumn, i.name);
        m_grid->setText(r, TargetColumn, QStringLiteral("%1 %2 %3")
                                             .arg(Names::of(i.op), i.isQualitative() ? i.targetText : EditorFields::show(i.targetValue), i.unit)
                                             .trimmed());
    }
    connect(m_month, &QComboBox::activated, this, [this](int index) { monthChosen(index + 1); });
    showReport(m_report);
    setTabOrder(m_month, m_budget);
    setTabOrder(m_budget, m_executed);
    setTabOrder(m_executed, m_forecast);
    setTabOrder(m_forecast, m_grid);
    setTabOrder(m_grid, m_note);
    finishSetup();
}

QString MonitoringEditor::title() const
{
    return tr("Performance monitoring — %1, January to month %2").arg(m_subject.name).arg(m_month->currentIndex() + 1);
}

void MonitoringEditor::showReport(const MonitoringReport& report)
{
    m_report = report;
    m_month->setCurrentIndex(report.month - 1);
    m_budget->setText(amountText(report.budget));
    m_executed->setText(amountText(report.executed));
    m_forecast->setText(amountText(report.forecastYearEnd));
    m_note->setPlainText(report.note);
    for (int r = 0; r < m_targets.indicators.size(); ++r) {
        const Indicator& i = m_targets.indicators.at(r);
        MonitoringEntry e;
        for (const MonitoringEntry& x : report.entries) {
            if (x.indicatorId == i.meta.id)
                e = x;
        }
        const bool stored = std::any_of(report.entries.cbegin(), report.entries.cend(),
                                        [&](const MonitoringEntry& x) { return x.indicatorId == i.meta.id; });
        m_grid->setText(r, ProgressColumn, i.isQualitative() ? e.progressText : EditorFields::show(e.progressValue));
        m_grid->setText(r, ForecastColumn, EditorFields::show(e.forecastValue));
        m_grid->setText(r, LikelihoodColumn, stored ? Names::of(e.likelihood) : QString());
        m_grid->setText(r, CauseColumn, e.cause ? Names::of(*e.cause) : QString());
        m_grid->setText(r, MeasuresColumn, e.measures);
    }
}

void MonitoringEditor::monthChosen(int month)
{
    if (month == m_report.month && !m_report.meta.id.isNull())
        return;
    Result<QList<MonitoringReport>> reports
        = MonitoringRepository(workspace().database()).ofSubject(m_subject.meta.id, m_report.fiscalYear);
    std::optional<MonitoringReport> stored;
    if (reports) {
        for (const MonitoringReport& r : *reports) {
            if (r.month == month)
                stored = r;
        }
    }
    if (!stored && m_report.meta.id.isNull())
        return; // a new report: the month is one of its fields
    writeJournal();
    MonitoringReport next;
    if (stored) {
        next = *stored;
    } else {
        next.subjectId = m_subject.meta.id;
        next.fiscalYear = m_report.fiscalYear;
        next.month = month;
        next.budget = m_report.budget;
    }
    setRecordId(next.meta.id);
    showReport(next);
    finishSetup();
}

MonitoringReport MonitoringEditor::fromFields() const
{
    MonitoringReport r = m_report;
    r.month = m_month->currentIndex() + 1;
    r.budget = Money::parse(m_budget->text()).ok() ? *Money::parse(m_budget->text()) : Money();
    r.executed = Money::parse(m_executed->text()).ok() ? *Money::parse(m_executed->text()) : Money();
    r.forecastYearEnd = Money::parse(m_forecast->text()).ok() ? *Money::parse(m_forecast->text()) : Money();
    r.note = m_note->toPlainText().trimmed();
    r.entries.clear();
    for (int row = 0; row < m_targets.indicators.size(); ++row) {
        const Indicator& i = m_targets.indicators.at(row);
        MonitoringEntry e;
        e.indicatorId = i.meta.id;
        bool ok = false;
        if (i.isQualitative())
            e.progressText = m_grid->text(row, ProgressColumn).trimmed();
        else
            e.progressValue = EditorFields::number(m_grid->text(row, ProgressColumn), &ok);
        e.forecastValue = EditorFields::number(m_grid->text(row, ForecastColumn), &ok);
        if (!ok)
            e.forecastValue.reset();
        e.likelihood = EditorFields::named<Likelihood>(m_grid->text(row, LikelihoodColumn)).value_or(Likelihood::Certain);
        e.cause = EditorFields::named<DeviationCause>(m_grid->text(row, CauseColumn));
        e.measures = m_grid->text(row, MeasuresColumn).trimmed();
        r.entries << e;
    }
    return r;
}

QList<Problem> MonitoringEditor::inputProblems()
{
    QList<Problem> problems;
    auto amount = [&](QLineEdit* edit, const QString& path) {
        if (edit->text().trimmed().isEmpty())
            return;
        Result<Money> m = Money::parse(edit->text());
        if (!m)
            problems << Problem::at(path, m.message());
        else if (m->isNegative())
            problems << Problem::at(path, tr("An amount cannot be negative."));
    };
    amount(m_budget, QStringLiteral("budget"));
    amount(m_executed, QStringLiteral("executed"));
    amount(m_forecast, QStringLiteral("forecastYearEnd"));
    for (int row = 0; row < m_targets.indicators.size(); ++row) {
        const Indicator& i = m_targets.indicators.at(row);
        auto at = [row](const char* field) { return Problem::path(QStringLiteral("entries"), row, QString::fromLatin1(field)); };
        bool ok = false;
        if (!i.isQualitative()) {
            EditorFields::number(m_grid->text(row, ProgressColumn), &ok);
            if (!ok)
                problems << Problem::at(at("progressValue"), tr("“%1”: the progress “%2” is not a number.")
                                                                 .arg(i.name, m_grid->text(row, ProgressColumn)));
        }
        EditorFields::number(m_grid->text(row, ForecastColumn), &ok);
        if (!ok)
            problems << Problem::at(at("forecastValue"), tr("“%1”: the forecast “%2” is not a number.")
                                                             .arg(i.name, m_grid->text(row, ForecastColumn)));
        const QString likelihood = m_grid->text(row, LikelihoodColumn).trimmed();
        if (!likelihood.isEmpty() && !EditorFields::named<Likelihood>(likelihood))
            problems << Problem::at(at("likelihood"), tr("“%1”: choose 确定能, 有可能 or 完全不可能.").arg(i.name));
        const QString cause = m_grid->text(row, CauseColumn).trimmed();
        if (!cause.isEmpty() && !EditorFields::named<DeviationCause>(cause))
            problems << Problem::at(at("cause"), tr("“%1”: “%2” is not one of the causes of deviation.").arg(i.name, cause));
    }
    return problems;
}

QList<Problem> MonitoringEditor::liveIssues()
{
    QList<Problem> issues;
    if (!m_policy)
        return issues;
    const MonitoringReport r = fromFields();
    const MonitoringAnalysis analysis = MonitoringAnalyzer::analyze(r, m_targets.indicators, *m_policy);
    for (int row = 0; row < m_targets.indicators.size(); ++row) {
        const Indicator& i = m_targets.indicators.at(row);
        const MonitoringEntry& e = r.entries.at(row);
        const bool warned = std::any_of(analysis.warnings.cbegin(), analysis.warnings.cend(),
                                        [&](const MonitoringWarning& w) { return w.indicatorId == i.meta.id; });
        const bool stated = !m_grid->text(row, LikelihoodColumn).trimmed().isEmpty();
        if (!(warned || (stated && e.likelihood != Likelihood::Certain)))
            continue;
        auto at = [row](const char* field) { return Problem::path(QStringLiteral("entries"), row, QString::fromLatin1(field)); };
        if (!e.cause)
            issues << Problem::at(at("cause"), tr("“%1” may not be reached: give the cause of the deviation.").arg(i.name),
                                  i.meta.id);
        if (e.measures.isEmpty())
            issues << Problem::at(at("measures"), tr("“%1” may not be reached: give the corrective measures.").arg(i.name),
                                  i.meta.id);
    }
    if (m_targets.indicators.isEmpty())
        issues << Problem::at(QStringLiteral("entries"), tr("The program has no targets for this year to monitor."));
    return issues;
}

void MonitoringEditor::refreshDerived()
{
    if (!m_policy)
        return;
    const MonitoringReport r = fromFields();
    const MonitoringAnalysis analysis = MonitoringAnalyzer::analyze(r, m_targets.indicators, *m_policy);
    QString rate = analysis.executionRate
        ? tr("%1% of the budget executed; time progress %2%").arg(EditorFields::show(*analysis.executionRate), EditorFields::show(analysis.timeProgress))
        : tr("no budget yet; time progress %1%").arg(EditorFields::show(analysis.timeProgress));
    QString style = QStringLiteral("color: #2e7d32;");
    for (const MonitoringWarning& w : analysis.warnings) {
        if (w.kind == MonitoringWarning::Kind::ExecutionLag) {
            rate += QStringLiteral(" — ● ") + w.message;
            style = QStringLiteral("color: #c62828;");
        }
    }
    m_rate->setText(rate);
    m_rate->setStyleSheet(style);
    for (int row = 0; row < m_targets.indicators.size(); ++row) {
        const QUuid id = m_targets.indicators.at(row).meta.id;
        QColor color = Green;
        QString label = tr("● on track");
        QStringList why;
        for (const MonitoringWarning& w : analysis.warnings) {
            if (w.indicatorId != id)
                continue;
            why << w.message;
            if (w.kind == MonitoringWarning::Kind::Impossible) {
                color = Red;
                label = tr("● cannot be reached");
            } else if (color != Red) {
                color = Amber;
                label = tr("● forecast short");
            }
        }
        const bool filled = !m_grid->text(row, ProgressColumn).trimmed().isEmpty()
            || !m_grid->text(row, LikelihoodColumn).trimmed().isEmpty();
        m_grid->setText(row, LightColumn, filled || !why.isEmpty() ? label : QString());
        m_grid->setCellColor(row, LightColumn, color, why.join(QLatin1Char('\n')));
    }
}

Result<QUuid> MonitoringEditor::saveRecord()
{
    MonitoringReport r = fromFields();
    if (Result<void> s = workspace().saveMonitoring(r); !s)
        return s.error();
    m_report = r;
    return r.meta.id;
}

} // namespace jx
