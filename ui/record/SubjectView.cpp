// Longer than most widgets: one subject's whole record (data, targets, monitoring, evaluation,
// history, orders, payments, decisions) and its actions, each filled by a short function.
#include "ui/record/SubjectView.h"

#include "core/domain/EnumTable.h"
#include "core/domain/FinanceOrder.h"
#include "core/domain/Payment.h"
#include "core/domain/Review.h"
#include "core/domain/SelfEvaluation.h"
#include "core/domain/TargetSet.h"
#include "core/domain/Validation.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/ChangeSet.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FinanceOrderRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PaymentRepository.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/storage/TransitionRepository.h"
#include "core/workflow/BudgetGates.h"
#include "core/workflow/EvaluationService.h"
#include "core/workflow/Payments.h"
#include "core/workflow/RecordLookup.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Settings.h"
#include "ui/review/GradeDialog.h"
#include "ui/review/ReasonDialog.h"
#include "ui/results/DecisionDialog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMetaMethod>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace jx {

namespace {

QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c)); // long comments and reasons are cut in the cell
        t->setItem(row, c, item);
    }
}

QString timeText(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString codeOfAction(SubjectAction a)
{
    switch (a) {
    case SubjectAction::EditSubject: return QStringLiteral("EditSubject");
    case SubjectAction::Edit: return QStringLiteral("Edit");
    case SubjectAction::Submit: return QStringLiteral("Submit");
    case SubjectAction::Approve: return QStringLiteral("Approve");
    case SubjectAction::Return: return QStringLiteral("Return");
    case SubjectAction::Grade: return QStringLiteral("Grade");
    case SubjectAction::ApplyForBudget: return QStringLiteral("ApplyForBudget");
    case SubjectAction::ArrangeBudget: return QStringLiteral("ArrangeBudget");
    case SubjectAction::Pay: return QStringLiteral("Pay");
    case SubjectAction::IssueOrder: return QStringLiteral("IssueOrder");
    case SubjectAction::LiftOrder: return QStringLiteral("LiftOrder");
    case SubjectAction::Decide: return QStringLiteral("Decide");
    }
    return {};
}

QString codeOfKind(RecordKind k)
{
    switch (k) {
    case RecordKind::Assessment: return QStringLiteral("Assessment");
    case RecordKind::TargetSet: return QStringLiteral("TargetSet");
    case RecordKind::MonitoringReport: return QStringLiteral("MonitoringReport");
    case RecordKind::SelfEvaluation: return QStringLiteral("SelfEvaluation");
    case RecordKind::ResultApplication: return QStringLiteral("ResultApplication");
    }
    return {};
}

} // namespace

SubjectView::SubjectView(Workspace& ws, const QUuid& subjectId, QWidget* parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_subjectId(subjectId)
    , m_unit(static_cast<MoneyUnit>(Settings::value(Settings::Key::AmountUnit).toInt()))
    , m_banner(new MessageBanner(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_objective(new QLabel(this))
    , m_targets(new QTreeWidget(this))
    , m_monitoring(makeTable(QStringLiteral("monitoringTable"),
          { tr("Month"), tr("Budget"), tr("Executed"), tr("Rate"), tr("Forecast year end"), tr("Status") }, this))
    , m_evaluationSummary(new QLabel(this))
    , m_evaluation(makeTable(QStringLiteral("evaluationTable"),
          { tr("Indicator"), tr("Target"), tr("Actual"), tr("Weight"), tr("Score"), tr("Deviation and measures") },
          this))
    , m_history(makeTable(QStringLiteral("historyTable"),
          { tr("Time"), tr("Record"), tr("Step"), tr("By"), tr("Comment") }, this))
    , m_orders(makeTable(QStringLiteral("ordersTable"),
          { tr("Order"), tr("Reason"), tr("Given by"), tr("Given"), tr("Lifted"), tr("Outcome") }, this))
    , m_payments(makeTable(
          QStringLiteral("paymentsTable"), { tr("Amount"), tr("Paid by"), tr("Paid"), tr("Note") }, this))
    , m_decision(new QLabel(this))
    , m_predecessor(new QLabel(this))
    , m_actionsBox(new QWidget(this))
    , m_actionsLayout(new QVBoxLayout(m_actionsBox))
{
    setObjectName(QStringLiteral("subjectView"));
    m_title->setObjectName(QStringLiteral("subjectTitle"));
    m_facts->setObjectName(QStringLiteral("subjectFacts"));
    m_tabs->setObjectName(QStringLiteral("subjectTabs"));
    m_objective->setObjectName(QStringLiteral("targetsObjective"));
    m_targets->setObjectName(QStringLiteral("targetsTree"));
    m_evaluationSummary->setObjectName(QStringLiteral("evaluationSummary"));
    m_decision->setObjectName(QStringLiteral("decisionSummary"));
    m_predecessor->setObjectName(QStringLiteral("predecessorDecision"));
    m_actionsBox->setObjectName(QStringLiteral("actionsPanel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* l : { m_objective, m_evaluationSummary, m_decision, m_predecessor }) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_targets->setColumnCount(4);
    m_targets->setHeaderLabels({ tr("Indicator"), tr("Target"), tr("Weight"), tr("Standard") });
    m_targets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_targets->header()->setStretchLastSection(false);

    auto* targetsTab = new QWidget(this);
    auto* targetsLayout = new QVBoxLayout(targetsTab);
    targetsLayout->addWidget(m_objective);
    targetsLayout->addWidget(m_targets, 1);
    auto* evaluationTab = new QWidget(this);
    auto* evaluationLayout = new QVBoxLayout(evaluationTab);
    evaluationLayout->addWidget(m_evaluationSummary);
    evaluationLayout->addWidget(m_evaluation, 1);
    auto* ordersTab = new QWidget(this);
    auto* ordersLayout = new QVBoxLayout(ordersTab);
    ordersLayout->addWidget(new QLabel(tr("Finance orders"), ordersTab));
    ordersLayout->addWidget(m_orders, 1);
    ordersLayout->addWidget(new QLabel(tr("Payments"), ordersTab));
    ordersLayout->addWidget(m_payments, 1);
    auto* decisionTab = new QWidget(this);
    auto* decisionLayout = new QVBoxLayout(decisionTab);
    decisionLayout->addWidget(m_decision);
    decisionLayout->addWidget(m_predecessor);
    decisionLayout->addStretch(1);
    m_tabs->addTab(targetsTab, tr("Targets"));
    m_tabs->addTab(m_monitoring, tr("Monitoring"));
    m_tabs->addTab(evaluationTab, tr("Self-evaluation"));
    m_tabs->addTab(m_history, tr("Reviews and history"));
    m_tabs->addTab(ordersTab, tr("Orders and payments"));
    m_tabs->addTab(decisionTab, tr("Result application"));

    m_actionsLayout->setContentsMargins(4, 4, 4, 4);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("actionsScroll"));
    scroll->setWidget(m_actionsBox);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(300);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* actionsTitle = new QLabel(tr("What you can do now"), right);
    QFont bold = actionsTitle->font();
    bold.setBold(true);
    actionsTitle->setFont(bold);
    rightLayout->addWidget(actionsTitle);
    rightLayout->addWidget(scroll, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_title);
    leftLayout->addWidget(m_facts);
    leftLayout->addWidget(m_tabs, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(&m_ws, &Workspace::changed, this, &SubjectView::follow);
    refresh();
}

void SubjectView::follow(const ChangeSet& changes)
{
    Q_UNUSED(changes)
    // One subject's records are few: reading them again is cheaper than working out which changed.
    refresh();
}

QString SubjectView::money(Money amount) const
{
    return amount.formatWithUnit(m_unit);
}

QString SubjectView::buttonName(const ActionState& s, int month)
{
    QString name = QStringLiteral("action") + codeOfAction(s.action);
    if (s.kind && s.action != SubjectAction::Decide)
        name += codeOfKind(*s.kind);
    if (s.recordId.isNull() && (s.action == SubjectAction::Edit || s.action == SubjectAction::Decide))
        name += QStringLiteral("New");
    if (month > 0)
        name += QString::number(month);
    if (s.action == SubjectAction::LiftOrder)
        name += s.recordId.toString(QUuid::Id128).left(8);
    return name;
}

void SubjectView::refresh()
{
    fillData();
    fillTargets();
    fillMonitoring();
    fillEvaluation();
    fillHistory();
    fillOrders();
    fillDecisions();
    fillActions();
}

void SubjectView::fillData()
{
    Database& db = m_ws.database();
    Result<std::optional<Subject>> found = SubjectRepository(db).find(m_subjectId);
    if (!found || !found->has_value() || (*found)->meta.deleted) {
        m_title->setText(tr("This subject no longer exists."));
        m_facts->clear();
        if (!found)
            report(found.message(), true);
        return;
    }
    const Subject& s = **found;
    m_title->setText(s.name);
    QStringList facts;
    facts << tr("%1, fiscal year %2").arg(Names::of(s.kind)).arg(s.fiscalYear);
    if (Result<std::optional<Agency>> a = AgencyRepository(db).find(s.agencyId); a && a->has_value())
        facts << (*a)->name;
    if (Result<std::optional<Division>> d = DivisionRepository(db).find(s.divisionCode); d && d->has_value())
        facts << tr("%1 (%2)").arg((*d)->name, s.divisionCode);
    facts << Names::of(s.book);
    facts << tr("Amount %1").arg(money(s.amount));
    QStringList more;
    if (s.isProgram()) {
        more << Names::of(s.programKind);
        if (!s.code.isEmpty())
            more << tr("Code %1").arg(s.code);
        more << (s.isNew ? tr("new") : tr("continuing"));
        if (s.isMajor)
            more << tr("major");
        if (Result<BudgetStage> stage = BudgetGates(db).budgetStage(m_subjectId); stage)
            more << tr("Budget: %1").arg(Names::of(*stage));
        if (Result<Money> paid = Payments(db).paid(m_subjectId); paid)
            more << tr("Paid %1").arg(money(*paid));
        if (Result<std::optional<OrderKind>> order = FinanceOrderRepository(db).inForce(m_subjectId);
            order && order->has_value())
            more << tr("<b style='color:#b71c1c'>Order in force: %1</b>").arg(Names::of(**order));
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")).toHtmlEscaped() + QStringLiteral("<br>")
        + more.join(QStringLiteral(" · ")));
}

void SubjectView::fillTargets()
{
    Database& db = m_ws.database();
    m_targets->clear();
    Result<std::optional<Subject>> subject = SubjectRepository(db).find(m_subjectId);
    if (!subject || !subject->has_value())
        return;
    Result<std::optional<TargetSet>> set = TargetSetRepository(db).ofSubject(m_subjectId, (*subject)->fiscalYear);
    if (!set || !set->has_value()) {
        m_objective->setText(set ? tr("No performance targets yet.") : set.message());
        return;
    }
    const TargetSet& t = **set;
    m_objective->setText(tr("<b>Annual objective</b> (%1): %2").arg(Names::of(t.status), t.objectiveAnnual.toHtmlEscaped()));
    // Level 1 (framework class) → level 2 (category) → the unit's indicators.
    FrameworkRepository framework(db);
    QList<QUuid> categoryIds;
    for (const Indicator& i : t.indicators)
        categoryIds << i.categoryId;
    const QHash<QUuid, QString> levelOne = framework.levelOneNames(categoryIds).value();
    QHash<QString, QTreeWidgetItem*> classes;
    QHash<QUuid, QTreeWidgetItem*> categories;
    for (const Indicator& i : t.indicators) {
        const QString cls = levelOne.value(i.categoryId, tr("(no class)"));
        QTreeWidgetItem*& clsItem = classes[cls];
        if (!clsItem) {
            clsItem = new QTreeWidgetItem(m_targets, { cls });
            QFont f = clsItem->font(0);
            f.setBold(true);
            clsItem->setFont(0, f);
        }
        QTreeWidgetItem*& catItem = categories[i.categoryId];
        if (!catItem) {
            Result<std::optional<IndicatorCategory>> c = framework.findCategory(i.categoryId);
            const QString name = c && c->has_value() ? (*c)->name : cls;
            catItem = name == cls ? clsItem : new QTreeWidgetItem(clsItem, { name });
        }
        const QString target = i.isQualitative()
            ? i.targetText
            : tr("%1 %2 %3").arg(Names::of(i.op), i.targetText.isEmpty() && i.targetValue ? QString::number(*i.targetValue)
                                                                                           : i.targetText, i.unit);
        new QTreeWidgetItem(catItem, { i.name, target.trimmed(), QString::number(i.weight), Names::of(i.standard) });
    }
    m_targets->expandAll();
    for (int c = 1; c < 4; ++c)
        m_targets->resizeColumnToContents(c);
}

void SubjectView::fillMonitoring()
{
    Database& db = m_ws.database();
    m_monitoring->setRowCount(0);
    m_monthOf.clear();
    Result<std::optional<Subject>> subject = SubjectRepository(db).find(m_subjectId);
    if (!subject || !subject->has_value())
        return;
    Result<QList<MonitoringReport>> reports = MonitoringRepository(db).ofSubject(m_subjectId, (*subject)->fiscalYear);
    if (!reports)
        return report(reports.message(), true);
    m_monitoring->setRowCount(int(reports->size()));
    for (int row = 0; row < reports->size(); ++row) {
        const MonitoringReport& r = reports->at(row);
        m_monthOf.insert(r.meta.id, r.month);
        const QString rate = r.budget.fen() > 0
            ? QStringLiteral("%1%").arg(QString::number(100.0 * double(r.executed.fen()) / double(r.budget.fen()), 'f', 2))
            : QString();
        setRow(m_monitoring, row,
            { tr("Month %1").arg(r.month), money(r.budget), money(r.executed), rate, money(r.forecastYearEnd),
                Names::of(r.status) });
    }
    m_monitoring->resizeColumnsToContents();
}

void SubjectView::fillEvaluation()
{
    Database& db = m_ws.database();
    m_evaluation->setRowCount(0);
    Result<std::optional<Subject>> subject = SubjectRepository(db).find(m_subjectId);
    if (!subject || !subject->has_value())
        return;
    const int year = (*subject)->fiscalYear;
    Result<std::optional<SelfEvaluation>> evaluation = EvaluationRepository(db).ofSubject(m_subjectId, year);
    if (!evaluation || !evaluation->has_value()) {
        m_evaluationSummary->setText(evaluation ? tr("No self-evaluation yet.") : evaluation.message());
        return;
    }
    const SelfEvaluation& e = **evaluation;
    EvaluationService service(db);
    Result<std::optional<Grade>> binding = service.bindingGrade(m_subjectId, year);
    QStringList lines;
    lines << tr("<b>Self-evaluation</b> (%1)").arg(Names::of(e.status));
    if (e.totalScore && e.grade)
        lines << tr("Score %1, computed grade %2").arg(QString::number(*e.totalScore, 'f', 2), Names::of(*e.grade));
    if (binding && binding->has_value() && e.status == RecordStatus::Approved)
        lines << tr("<b>Binding grade (finance): %1</b>").arg(Names::of(**binding));
    m_evaluationSummary->setText(lines.join(QStringLiteral("<br>")));
    Result<ScoreSheet> sheet = service.score(e);
    if (!sheet)
        return;
    m_evaluation->setRowCount(int(sheet->indicators.size()));
    QHash<QUuid, QString> deviation;
    for (const EvaluationEntry& entry : e.entries)
        deviation.insert(entry.indicatorId, entry.deviationReason);
    for (int row = 0; row < sheet->indicators.size(); ++row) {
        const IndicatorScore& i = sheet->indicators.at(row);
        const QString target = i.target ? QString::number(*i.target) : QString();
        const QString actual = i.notApplicable ? tr("not applicable") : i.actual ? QString::number(*i.actual) : QString();
        setRow(m_evaluation, row,
            { i.name, target, actual, QString::number(i.weight), QString::number(i.score, 'f', 2),
                deviation.value(i.indicatorId) });
    }
    m_evaluation->resizeColumnsToContents();
}

void SubjectView::fillHistory()
{
    Database& db = m_ws.database();
    m_history->setRowCount(0);
    Result<QList<RecordSummary>> records = RecordLookup(db).recordsOf(m_subjectId);
    if (!records)
        return report(records.message(), true);
    struct Line
    {
        QDateTime at;
        QStringList cells;
    };
    QList<Line> lines;
    for (const RecordSummary& rec : *records) {
        Result<QList<Transition>> steps = TransitionRepository(db).ofRecord(rec.kind, rec.id);
        Result<QList<Review>> reviews = ReviewRepository(db).ofRecord(rec.kind, rec.id);
        if (!steps || !reviews)
            continue;
        const QString what = rec.kind == RecordKind::MonitoringReport
            ? tr("%1 (month %2)").arg(Names::of(rec.kind)).arg(rec.month)
            : Names::of(rec.kind);
        for (const Transition& t : *steps) {
            QString comment = t.comment;
            for (const Review& r : *reviews) {
                if (r.step != t.step)
                    continue;
                // The review given at this step: finance's grade and why it differs.
                if (r.grade)
                    comment = tr("Graded %1%2. %3")
                                  .arg(Names::of(*r.grade),
                                      r.score ? tr(" (score %1)").arg(QString::number(*r.score, 'f', 2)) : QString(),
                                      comment);
                if (!r.gradeReason.isEmpty())
                    comment += tr(" Reason for the grade: %1").arg(r.gradeReason);
            }
            const QString step = t.from == RecordStatus::Submitted && t.to == RecordStatus::Submitted
                ? tr("first review")
                : tr("%1 → %2").arg(Names::of(t.from), Names::of(t.to));
            lines << Line { t.at,
                { timeText(t.at), what, step, tr("%1 (%2)").arg(t.actor.name, Names::of(t.actor.role)),
                    comment.trimmed() } };
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.at < b.at; });
    m_history->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row)
        setRow(m_history, row, lines.at(row).cells);
    m_history->resizeColumnsToContents();
}

void SubjectView::fillOrders()
{
    Database& db = m_ws.database();
    m_orders->setRowCount(0);
    m_payments->setRowCount(0);
    Result<QList<FinanceOrder>> orders = FinanceOrderRepository(db).ofSubject(m_subjectId);
    if (orders) {
        m_orders->setRowCount(int(orders->size()));
        for (int row = 0; row < orders->size(); ++row) {
            const FinanceOrder& o = orders->at(row);
            setRow(m_orders, row,
                { Names::of(o.kind), o.reason, o.issuedBy, timeText(o.issuedAt),
                    o.inForce() ? tr("in force") : tr("%1: %2").arg(timeText(o.liftedAt), o.liftReason), o.outcome });
        }
        m_orders->resizeColumnsToContents();
    }
    Result<QList<Payment>> payments = PaymentRepository(db).ofSubject(m_subjectId);
    if (payments) {
        m_payments->setRowCount(int(payments->size()));
        for (int row = 0; row < payments->size(); ++row) {
            const Payment& p = payments->at(row);
            setRow(m_payments, row, { money(p.amount), p.paidBy, timeText(p.paidAt), p.note });
        }
        m_payments->resizeColumnsToContents();
    }
}

void SubjectView::fillDecisions()
{
    Database& db = m_ws.database();
    Result<std::optional<Subject>> subject = SubjectRepository(db).find(m_subjectId);
    if (!subject || !subject->has_value())
        return;
    const Subject& s = **subject;
    auto describe = [this](const ResultApplication& d) {
        return tr("%1, change %2 (%3). %4")
            .arg(Names::of(d.decision), money(d.amountChange), Names::of(d.status), d.reason.toHtmlEscaped());
    };
    Result<QList<ResultApplication>> decisions = ResultApplicationRepository(db).ofSubject(m_subjectId);
    QString text = tr("<b>Decision on %1</b>: none yet.").arg(s.fiscalYear + 1);
    if (decisions) {
        for (const ResultApplication& d : *decisions) {
            if (d.nextYear == s.fiscalYear + 1)
                text = tr("<b>Decision on %1</b>: %2").arg(d.nextYear).arg(describe(d));
        }
    }
    m_decision->setText(text);
    if (s.predecessorId.isNull()) {
        m_predecessor->setText(tr("This subject continues no program of the year before."));
        return;
    }
    QString before = tr("<b>The predecessor's decision on %1</b>: none.").arg(s.fiscalYear);
    Result<QList<ResultApplication>> earlier = ResultApplicationRepository(db).ofSubject(s.predecessorId);
    if (earlier) {
        for (const ResultApplication& d : *earlier) {
            if (d.nextYear == s.fiscalYear)
                before = tr("<b>The predecessor's decision on %1</b>: %2").arg(d.nextYear).arg(describe(d));
        }
    }
    m_predecessor->setText(before);
}

void SubjectView::fillActions()
{
    // Empty the panel (its groups and their buttons) and fill it again.
    while (QLayoutItem* item = m_actionsLayout->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
    Result<QList<ActionState>> states = ActionAvailability(m_ws.database()).forSubject(m_ws.actor(), m_subjectId);
    if (!states) {
        m_actions.clear();
        report(states.message(), true);
        return;
    }
    m_actions = *states;
    // Shown in three parts: the subject's own actions, new records, then each record of the loop.
    auto part = [](const ActionState& s) {
        if (!s.kind || s.action == SubjectAction::LiftOrder)
            return 0;
        return s.recordId.isNull() ? 1 : 2;
    };
    QList<ActionState> shown = m_actions;
    std::stable_sort(shown.begin(), shown.end(),
        [&](const ActionState& a, const ActionState& b) { return part(a) < part(b); });
    // The groups where something can be done now come first.
    auto groupOf = [&](const ActionState& s) { return part(s) == 2 ? s.recordId.toString() : QString::number(part(s)); };
    QSet<QString> open;
    for (const ActionState& s : std::as_const(shown)) {
        if (s.allowed)
            open.insert(groupOf(s));
    }
    std::stable_sort(shown.begin(), shown.end(), [&](const ActionState& a, const ActionState& b) {
        return open.contains(groupOf(a)) && !open.contains(groupOf(b));
    });
    QGroupBox* group = nullptr;
    QVBoxLayout* groupLayout = nullptr;
    QString groupKey;
    for (const ActionState& s : std::as_const(shown)) {
        const int month = s.kind == RecordKind::MonitoringReport ? m_monthOf.value(s.recordId) : 0;
        const QString key = groupOf(s);
        if (!group || key != groupKey) {
            const QString title = part(s) == 0 ? tr("This subject")
                : part(s) == 1                 ? tr("New records")
                : month > 0                    ? tr("%1 (month %2)").arg(Names::of(*s.kind)).arg(month)
                                               : Names::of(*s.kind);
            group = new QGroupBox(title, m_actionsBox);
            groupLayout = new QVBoxLayout(group);
            groupLayout->setSpacing(2);
            m_actionsLayout->addWidget(group);
            groupKey = key;
        }
        auto* button = new QPushButton(s.text, group);
        button->setObjectName(buttonName(s, month));
        button->setEnabled(s.allowed);
        button->setToolTip(s.allowed ? s.text : s.reason);
        groupLayout->addWidget(button);
        if (!s.allowed && !s.reason.isEmpty()) {
            // Why not, where it is seen without hovering.
            auto* why = new QLabel(s.reason, group);
            why->setObjectName(button->objectName() + QStringLiteral("Reason"));
            why->setWordWrap(true);
            why->setStyleSheet(QStringLiteral("color: #6b6b6b; font-size: 85%;"));
            groupLayout->addWidget(why);
        }
        connect(button, &QPushButton::clicked, this, [this, s] { run(s); });
    }
    m_actionsLayout->addStretch(1);
}

void SubjectView::report(const QString& text, bool error)
{
    // The window shows the message in its banner when it listens; on its own, the view shows it.
    if (isSignalConnected(QMetaMethod::fromSignal(&SubjectView::messageRequested))) {
        Q_EMIT messageRequested(text, error);
        return;
    }
    m_banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
}

void SubjectView::run(const ActionState& s)
{
    const QString done = tr("Done: %1.").arg(s.text);
    auto finish = [&](const Result<void>& r) {
        if (r)
            report(done, false);
        else
            report(r.message(), true);
    };
    switch (s.action) {
    case SubjectAction::EditSubject:
        Q_EMIT editRequested(std::nullopt, m_subjectId, m_subjectId);
        return;
    case SubjectAction::Edit:
        Q_EMIT editRequested(s.kind, m_subjectId, s.recordId);
        return;
    case SubjectAction::Submit:
        finish(m_ws.submit(*s.kind, s.recordId));
        return;
    case SubjectAction::Approve:
    case SubjectAction::Grade:
        if (*s.kind == RecordKind::SelfEvaluation && s.action == SubjectAction::Grade) {
            GradeDialog dialog(m_ws, s.recordId, this);
            if (dialog.exec() == QDialog::Accepted)
                report(done, false);
            return;
        }
        finish(m_ws.approve(*s.kind, s.recordId));
        return;
    case SubjectAction::Return: {
        ReasonDialog dialog(s.text, tr("What to change:"), this);
        dialog.setObjectName(QStringLiteral("returnDialog"));
        dialog.setTextRequired(true, tr("Returning needs a comment saying what to change."));
        const RecordKind kind = *s.kind;
        const QUuid id = s.recordId;
        dialog.setAction([this, kind, id](const ReasonDialog& d) { return m_ws.returnRecord(kind, id, d.text()); });
        if (dialog.exec() == QDialog::Accepted)
            report(done, false);
        return;
    }
    case SubjectAction::ApplyForBudget:
        finish(m_ws.applyForBudget(m_subjectId));
        return;
    case SubjectAction::ArrangeBudget:
        finish(m_ws.arrangeBudget(m_subjectId));
        return;
    case SubjectAction::Pay: {
        ReasonDialog dialog(s.text, tr("Note:"), this);
        dialog.setObjectName(QStringLiteral("payDialog"));
        dialog.addAmount(tr("Amount"), m_unit);
        dialog.setAction([this](const ReasonDialog& d) -> Result<void> {
            Result<QUuid> paid = m_ws.pay(m_subjectId, *d.amount(), d.text());
            if (!paid)
                return paid.error();
            return {};
        });
        if (dialog.exec() == QDialog::Accepted)
            report(done, false);
        return;
    }
    case SubjectAction::IssueOrder: {
        ReasonDialog dialog(s.text, tr("Reason:"), this);
        dialog.setObjectName(QStringLiteral("orderDialog"));
        dialog.addOrderKinds();
        dialog.setTextRequired(true, tr("An order needs a reason."));
        dialog.setAction([this](const ReasonDialog& d) -> Result<void> {
            Result<QUuid> given = m_ws.issueOrder(m_subjectId, *d.orderKind(), d.text());
            if (!given)
                return given.error();
            return {};
        });
        if (dialog.exec() == QDialog::Accepted)
            report(done, false);
        return;
    }
    case SubjectAction::LiftOrder: {
        ReasonDialog dialog(s.text, tr("Reason:"), this);
        dialog.setObjectName(QStringLiteral("liftDialog"));
        dialog.addOutcome(tr("Outcome of the rectification:"));
        dialog.setTextRequired(true, tr("Lifting an order needs a reason."));
        const QUuid order = s.recordId;
        dialog.setAction([this, order](const ReasonDialog& d) { return m_ws.liftOrder(order, d.text(), d.outcome()); });
        if (dialog.exec() == QDialog::Accepted)
            report(done, false);
        return;
    }
    case SubjectAction::Decide: {
        DecisionDialog dialog(m_ws, m_subjectId, s.recordId, this);
        if (dialog.exec() == QDialog::Accepted)
            report(done, false);
        return;
    }
    }
}

} // namespace jx
