#include "ui/lists/SubjectListView.h"

#include "core/domain/EnumTable.h"
#include "core/io/SubjectListExporter.h"
#include "core/storage/Database.h"
#include "core/workflow/DeadlineService.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Settings.h"
#include "ui/common/SpareWidthColumn.h"
#include "ui/lists/FlowLayout.h"
#include "ui/lists/SubjectListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QMap>
#include <QSet>

#include <functional>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace jx {

namespace {

constexpr int AnyStatus = -2;
constexpr int NoRecord = -1;

template <TabledEnum E>
int widestName(const QFontMetrics& fm)
{
    int widest = 0;
    for (const EnumEntry<E>& e : enumEntries<E>())
        widest = std::max(widest, fm.horizontalAdvance(Names::of(e.value)));
    return widest;
}

// The width of a column's longest value in the language in use: a code, a kind or a status is
// never cut. Names and units are the only free text; the name takes what the window leaves
// (SpareWidthColumn) and both keep a readable minimum, beyond which the table scrolls sideways
// instead of squeezing them to nothing; the tooltip holds the whole of a long one.
int contentWidth(SubjectField field, const QFontMetrics& fm)
{
    const int em = fm.horizontalAdvance(QStringLiteral("中"));
    const int status = std::max(widestName<RecordStatus>(fm), fm.horizontalAdvance(SubjectQuery::noRecordText()));
    switch (field) {
    case SubjectField::Name: return 20 * em;
    case SubjectField::Unit: return 12 * em;
    // Codes of the demo and the usual form: division, unit, year, serial.
    case SubjectField::Code: return fm.horizontalAdvance(QStringLiteral("000000-000-0000-00"));
    case SubjectField::Kind: return std::max(widestName<ProgramKind>(fm), widestName<SubjectKind>(fm));
    case SubjectField::Book: return widestName<BudgetBook>(fm);
    case SubjectField::Year: return fm.horizontalAdvance(QStringLiteral("0000"));
    case SubjectField::Amount:
    case SubjectField::Executed: return fm.horizontalAdvance(QStringLiteral("9,999,999,999.99")); // 99.99 亿元 in 元
    case SubjectField::AssessmentStatus:
    case SubjectField::TargetStatus:
    case SubjectField::MonitoringStatus:
    case SubjectField::EvaluationStatus: return status;
    case SubjectField::Conclusion: return widestName<AssessmentConclusion>(fm);
    case SubjectField::Grade: return widestName<Grade>(fm);
    case SubjectField::Order: return widestName<OrderKind>(fm);
    case SubjectField::MonitoringMonth: return fm.horizontalAdvance(SubjectQuery::tr("Month %1").arg(12));
    case SubjectField::Warning:
        return fm.horizontalAdvance(SubjectQuery::tr("Execution behind") + QStringLiteral("; ")
                                    + SubjectQuery::tr("Indicator out of reach"));
    case SubjectField::AssessmentScore:
    case SubjectField::ExecutionRate:
    case SubjectField::TimeProgress:
    case SubjectField::Score: return fm.horizontalAdvance(QStringLiteral("100.00"));
    }
    return 6 * em;
}

QString stageLabel(RecordKind stage)
{
    switch (stage) {
    case RecordKind::Assessment: return SubjectListView::tr("Assessment: any");
    case RecordKind::TargetSet: return SubjectListView::tr("Targets: any");
    case RecordKind::MonitoringReport: return SubjectListView::tr("Monitoring: any");
    case RecordKind::SelfEvaluation: return SubjectListView::tr("Self-evaluation: any");
    case RecordKind::ResultApplication: break;
    }
    return {};
}

QString stageObjectName(RecordKind stage)
{
    switch (stage) {
    case RecordKind::Assessment: return QStringLiteral("assessmentFilter");
    case RecordKind::TargetSet: return QStringLiteral("targetsFilter");
    case RecordKind::MonitoringReport: return QStringLiteral("monitoringFilter");
    case RecordKind::SelfEvaluation: return QStringLiteral("evaluationFilter");
    case RecordKind::ResultApplication: break;
    }
    return {};
}

template <TabledEnum E>
void addEnumItems(QComboBox* combo)
{
    for (const EnumEntry<E>& e : enumEntries<E>())
        combo->addItem(Names::of(e.value), static_cast<int>(e.value));
}

// Wide enough for the first item, the "no filter" label shown most of the time (in characters
// of the width of X, the unit of QComboBox::minimumContentsLength).
void fitFirstItem(QComboBox* combo)
{
    if (combo->count() == 0)
        return;
    const QFontMetrics fm = combo->fontMetrics();
    const int x = std::max(1, fm.horizontalAdvance(QLatin1Char('X')));
    const int needed = (fm.horizontalAdvance(combo->itemText(0)) + x - 1) / x;
    combo->setMinimumContentsLength(std::max(combo->minimumContentsLength(), needed));
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

template <typename E>
std::optional<E> chosen(const QComboBox* combo)
{
    const QVariant v = combo->currentData();
    if (!v.isValid() || v.toInt() == 0)
        return std::nullopt;
    return static_cast<E>(v.toInt());
}

} // namespace

SubjectListView::SubjectListView(QWidget* parent)
    : QWidget(parent)
    , m_model(new SubjectListModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_totals(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_exportAction(new QAction(tr("Export…"), this))
{
    m_filling = true; // no filter applied while the bar is being built
    buildFilterBar();
    m_filling = false;

    m_table->setObjectName(QStringLiteral("subjectTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The name takes the width the other columns leave (set in setFields()).
    m_nameColumn = new SpareWidthColumn(m_table, -1, 0);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QStringLiteral("中中中")));
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QUuid id = m_model->subjectId(index.row());
        if (!id.isNull())
            Q_EMIT openRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { Q_EMIT currentSubjectChanged(m_model->subjectId(current.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { Q_EMIT currentSubjectChanged({}); });

    m_totals->setObjectName(QStringLiteral("totals"));
    connect(m_model, &SubjectListModel::totalsChanged, this, &SubjectListView::updateTotals);
    connect(m_model, &SubjectListModel::errorOccurred, this, [this](const QString& m) { Q_EMIT messageRequested(m, true); });

    m_exportAction->setObjectName(QStringLiteral("exportList"));
    m_exportAction->setToolTip(tr("Export the list as shown (filters, order, columns) to Excel or CSV"));
    connect(m_exportAction, &QAction::triggered, this, &SubjectListView::chooseExportFile);

    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    updateTotals();
}

QComboBox* SubjectListView::addCombo(const QString& objectName, const QString& label)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    // Compact in the bar, so that a narrow window keeps it; the open list shows whole names.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->setToolTip(label);
    m_filterWidgets << combo;
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            applyBar();
    });
    return combo;
}

void SubjectListView::buildFilterBar()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QVBoxLayout;
    layout->addLayout(bar);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, code or unit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 12);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &SubjectListView::applyBar);

    m_year = addCombo(QStringLiteral("yearFilter"), tr("Fiscal year"));
    m_division = addCombo(QStringLiteral("divisionFilter"), tr("Division (with the divisions under it)"));
    m_agency = addCombo(QStringLiteral("agencyFilter"), tr("Unit (with its subordinate units)"));
    m_agency->setMinimumContentsLength(12);
    m_book = addCombo(QStringLiteral("bookFilter"), tr("Budget book"));
    m_book->addItem(tr("All budget books"), 0);
    addEnumItems<BudgetBook>(m_book);
    m_kind = addCombo(QStringLiteral("kindFilter"), tr("Kind of subject"));
    m_kind->addItem(tr("All kinds"), 0);
    addEnumItems<SubjectKind>(m_kind);
    m_tag = addCombo(QStringLiteral("tagFilter"), tr("Funding tag"));
    m_tag->addItem(tr("All funding tags"), 0);
    addEnumItems<FundingTag>(m_tag);
    for (RecordKind stage : { RecordKind::Assessment, RecordKind::TargetSet, RecordKind::MonitoringReport,
                              RecordKind::SelfEvaluation }) {
        QComboBox* combo = addCombo(stageObjectName(stage), Names::of(stage));
        combo->addItem(stageLabel(stage), AnyStatus);
        combo->addItem(SubjectQuery::noRecordText(), NoRecord);
        for (const EnumEntry<RecordStatus>& e : enumEntries<RecordStatus>())
            combo->addItem(Names::of(e.value), static_cast<int>(e.value));
        combo->hide();
        m_stageCombos.insert(stage, combo);
    }
    m_grade = addCombo(QStringLiteral("gradeFilter"), tr("Grade (finance's where approved)"));
    m_grade->addItem(tr("All grades"), 0);
    addEnumItems<Grade>(m_grade);
    m_warning = addCombo(QStringLiteral("warningFilter"), tr("Monitoring warning"));
    m_warning->addItem(tr("Warnings: any or none"), 0);
    m_warning->addItem(tr("Any warning"), static_cast<int>(ListWarning::Any));
    m_warning->addItem(tr("Execution behind time progress"), static_cast<int>(ListWarning::ExecutionBehind));
    m_warning->addItem(tr("Indicator out of reach"), static_cast<int>(ListWarning::IndicatorImpossible));
    m_order = addCombo(QStringLiteral("orderFilter"), tr("Finance order in force"));
    m_order->addItem(tr("Orders: any or none"), 0);
    addEnumItems<OrderKind>(m_order);
    // Work past its deadline (DeadlineService), on the pages of a stage that has deadlines.
    m_overdue = new QCheckBox(tr("Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_overdue->setToolTip(tr("Only the subjects whose work of this stage is past its deadline and not yet submitted"));
    m_overdue->hide();
    m_filterWidgets << m_overdue;
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        if (!on) {
            // Cleared: the next time it is ticked it means all of the stage's overdue work, as of today.
            m_overdueAsOf = QDate();
            m_overdueKey.clear();
            m_overdueMonth = 0;
        }
        updateOverdueBox();
        if (!m_filling)
            applyBar();
    });

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitChoice"));
    m_unit->setToolTip(tr("Unit of amounts"));
    m_unit->addItem(Money::unitName(MoneyUnit::Yuan), static_cast<int>(MoneyUnit::Yuan));
    m_unit->addItem(Money::unitName(MoneyUnit::TenThousandYuan), static_cast<int>(MoneyUnit::TenThousandYuan));
    selectData(m_unit, Settings::value(Settings::Key::AmountUnit).toInt());
    m_model->setUnit(static_cast<MoneyUnit>(m_unit->currentData().toInt()));
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setUnit(static_cast<MoneyUnit>(m_unit->currentData().toInt()));
        Settings::setValue(Settings::Key::AmountUnit, m_unit->currentData());
    });

    auto* reset = new QToolButton(this);
    reset->setObjectName(QStringLiteral("clearFilters"));
    reset->setText(tr("Clear filters"));
    connect(reset, &QToolButton::clicked, this, &SubjectListView::clearFilters);

    // Every combo wide enough for its "no filter" label (the one shown most of the time) in the
    // language in use, never cut; the bar wraps them onto as many rows as the width needs, in
    // this order, and the stage filters a page does not offer leave no gap.
    for (QWidget* w : std::as_const(m_filterWidgets)) {
        if (auto* combo = qobject_cast<QComboBox*>(w))
            fitFirstItem(combo);
    }
    auto* flow = new FlowLayout;
    for (QWidget* w : std::initializer_list<QWidget*> { m_search, m_year, m_division, m_agency, m_unit, m_book,
                                                         m_kind, m_tag })
        flow->addWidget(w);
    for (RecordKind stage : { RecordKind::Assessment, RecordKind::TargetSet, RecordKind::MonitoringReport,
                              RecordKind::SelfEvaluation })
        flow->addWidget(m_stageCombos.value(stage));
    for (QWidget* w : std::initializer_list<QWidget*> { m_grade, m_warning, m_order, m_overdue, reset })
        flow->addWidget(w);
    bar->addLayout(flow);
}

void SubjectListView::setWorkspace(Workspace* workspace)
{
    m_model->setWorkspace(workspace);
    fillChoices();
    applyBar();
}

void SubjectListView::setFields(const QList<SubjectField>& fields)
{
    m_model->setFields(fields);
    // Wide enough for the longest value and for the title (amounts name their unit), with the
    // margins a cell and a header section draw around their text.
    const QFontMetrics header = m_table->horizontalHeader()->fontMetrics();
    const QFontMetrics cell = m_table->fontMetrics();
    const int cellMargin = 2 * cell.horizontalAdvance(QLatin1Char('X'));
    m_nameColumn->setSizing(true);
    for (int c = 0; c < fields.size(); ++c) {
        const int title = header.horizontalAdvance(SubjectQuery::header(fields.at(c), MoneyUnit::TenThousandYuan)) + 24;
        m_table->setColumnWidth(c, std::max(contentWidth(fields.at(c), cell) + cellMargin, title));
    }
    m_nameColumn->setSizing(false);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_nameColumn->setColumn(fields.indexOf(SubjectField::Name), contentWidth(SubjectField::Name, cell));
}

void SubjectListView::setStageFilters(const QList<RecordKind>& stages)
{
    for (auto it = m_stageCombos.cbegin(); it != m_stageCombos.cend(); ++it)
        it.value()->setVisible(stages.contains(it.key()));
    // The stages with deadlines of their own (DeadlineService): monitoring, self-evaluation.
    m_overdueStage.reset();
    if (stages.contains(RecordKind::MonitoringReport))
        m_overdueStage = RecordKind::MonitoringReport;
    else if (stages.contains(RecordKind::SelfEvaluation))
        m_overdueStage = RecordKind::SelfEvaluation;
    m_overdue->setVisible(m_overdueStage.has_value());
}

void SubjectListView::showOverdue(const QDate& asOf, const QString& key, int month)
{
    if (!m_overdueStage)
        return;
    m_filling = true;
    m_overdue->setChecked(true);
    m_filling = false;
    m_overdueAsOf = asOf;
    m_overdueKey = key;
    m_overdueMonth = month;
    updateOverdueBox();
    applyBar();
}

std::optional<OverdueFilter> SubjectListView::overdueFilter() const
{
    Workspace* w = m_model->workspace();
    if (!m_overdueStage || !m_overdue->isChecked() || !w)
        return std::nullopt;
    int year = m_year->currentData().toInt();
    if (year == 0)
        year = m_fiscalYear != 0 ? m_fiscalYear : QDate::currentDate().year();
    const QDate asOf = m_overdueAsOf.isValid() ? m_overdueAsOf : QDate::currentDate();
    Result<OverdueFilter> f = DeadlineService(w->database())
                                  .overdueWork(w->self().meta.id, year, asOf, *m_overdueStage, m_overdueKey,
                                               m_overdueMonth);
    if (!f) {
        // Nothing is shown rather than everything: the box still says the list is filtered.
        OverdueFilter none;
        none.stage = *m_overdueStage;
        none.asOf = asOf;
        return none;
    }
    return *f;
}

void SubjectListView::updateOverdueBox()
{
    QString title;
    if (m_overdue->isChecked() && !m_overdueKey.isEmpty()) {
        if (std::optional<OverdueFilter> f = overdueFilter(); f && !f->title.isEmpty())
            title = f->title;
    }
    m_overdue->setText(title.isEmpty() ? tr("Overdue only") : tr("Overdue: %1").arg(title));
}

void SubjectListView::setPreset(const SubjectFilter& preset)
{
    m_preset = preset;
    applyBar();
}

void SubjectListView::setFiscalYear(int year)
{
    m_fiscalYear = year;
    m_filling = true;
    if (m_year->findData(year) < 0 && year != 0)
        m_year->addItem(QString::number(year), year);
    selectData(m_year, year);
    m_filling = false;
    applyBar();
}

void SubjectListView::fillChoices()
{
    m_filling = true;
    const QVariant year = m_year->currentData();
    const QVariant division = m_division->currentData();
    const QVariant agency = m_agency->currentData();
    m_year->clear();
    m_division->clear();
    m_agency->clear();
    m_year->addItem(tr("All years"), 0);
    m_division->addItem(tr("All divisions"), QString());
    m_agency->addItem(tr("All units"), QUuid());
    if (Workspace* w = m_model->workspace()) {
        SubjectQuery query(w->database());
        if (Result<QList<int>> years = query.years()) {
            for (int y : std::as_const(*years))
                m_year->addItem(QString::number(y), y);
        }
        if (m_fiscalYear != 0 && m_year->findData(m_fiscalYear) < 0)
            m_year->addItem(QString::number(m_fiscalYear), m_fiscalYear);
        if (Result<QList<ListUnit>> units = query.units(0)) {
            // Divisions in code order; units as a tree under their parent units.
            QMap<QString, QString> divisions;
            QHash<QUuid, QList<const ListUnit*>> children;
            QSet<QUuid> ids;
            for (const ListUnit& u : std::as_const(*units)) {
                divisions.insert(u.divisionCode, u.divisionName);
                ids.insert(u.id);
            }
            for (const ListUnit& u : std::as_const(*units))
                children[ids.contains(u.parentId) ? u.parentId : QUuid()] << &u;
            for (auto it = divisions.cbegin(); it != divisions.cend(); ++it)
                m_division->addItem(tr("%1 (%2)").arg(it.value().isEmpty() ? it.key() : it.value(), it.key()), it.key());
            std::function<void(const QUuid&, int)> add = [&](const QUuid& parent, int depth) {
                for (const ListUnit* u : children.value(parent)) {
                    m_agency->addItem(QString(depth * 2, QLatin1Char(' ')) + u->name, u->id);
                    add(u->id, depth + 1);
                }
            };
            add(QUuid(), 0);
        }
    }
    for (QComboBox* combo : { m_year, m_division, m_agency })
        fitFirstItem(combo);
    selectData(m_year, year.isValid() ? year : QVariant(m_fiscalYear));
    selectData(m_division, division);
    selectData(m_agency, agency);
    m_filling = false;
}

SubjectFilter SubjectListView::filter() const
{
    SubjectFilter f = m_preset;
    f.fiscalYear = m_year->currentData().toInt();
    if (const QString d = m_division->currentData().toString(); !d.isEmpty())
        f.divisionCode = d;
    if (const QUuid a = m_agency->currentData().toUuid(); !a.isNull())
        f.agencyId = a;
    if (auto book = chosen<BudgetBook>(m_book))
        f.book = book;
    if (auto kind = chosen<SubjectKind>(m_kind))
        f.kind = kind;
    if (const int tag = m_tag->currentData().toInt(); tag != 0)
        f.fundingTags = tag;
    for (auto it = m_stageCombos.cbegin(); it != m_stageCombos.cend(); ++it) {
        if (!it.value()->isVisibleTo(this) && it.value()->currentData().toInt() == AnyStatus)
            continue;
        const int v = it.value()->currentData().toInt();
        if (v == AnyStatus)
            continue;
        f.stages << StageFilter { it.key(), v == NoRecord ? std::nullopt : std::optional(static_cast<RecordStatus>(v)) };
    }
    if (auto grade = chosen<Grade>(m_grade))
        f.grade = grade;
    if (auto warning = chosen<ListWarning>(m_warning))
        f.warning = warning;
    if (auto order = chosen<OrderKind>(m_order))
        f.order = order;
    f.overdue = overdueFilter();
    if (!m_search->text().trimmed().isEmpty())
        f.text = m_search->text().trimmed();
    return f;
}

void SubjectListView::applyBar()
{
    if (m_filling)
        return;
    m_model->setFilter(filter());
}

void SubjectListView::clearFilters()
{
    m_filling = true;
    m_search->clear();
    m_searchDelay->stop();
    for (QWidget* w : std::as_const(m_filterWidgets)) {
        if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo != m_year)
            combo->setCurrentIndex(0);
    }
    m_overdue->setChecked(false);
    m_filling = false;
    applyBar();
}

void SubjectListView::applyFilter(const SubjectFilter& f)
{
    m_filling = true;
    m_search->setText(f.text);
    m_searchDelay->stop();
    if (f.fiscalYear != 0 && m_year->findData(f.fiscalYear) < 0)
        m_year->addItem(QString::number(f.fiscalYear), f.fiscalYear);
    selectData(m_year, f.fiscalYear != 0 ? f.fiscalYear : m_fiscalYear);
    if (!f.divisionCode.isEmpty() && m_division->findData(f.divisionCode) < 0)
        m_division->addItem(f.divisionCode, f.divisionCode);
    selectData(m_division, f.divisionCode);
    selectData(m_agency, f.agencyId);
    selectData(m_book, f.book ? static_cast<int>(*f.book) : 0);
    selectData(m_kind, f.kind ? static_cast<int>(*f.kind) : 0);
    selectData(m_tag, f.fundingTags);
    for (auto it = m_stageCombos.cbegin(); it != m_stageCombos.cend(); ++it)
        selectData(it.value(), AnyStatus);
    for (const StageFilter& s : f.stages) {
        if (QComboBox* combo = m_stageCombos.value(s.stage)) {
            combo->show();
            selectData(combo, s.status ? static_cast<int>(*s.status) : NoRecord);
        }
    }
    selectData(m_grade, f.grade ? static_cast<int>(*f.grade) : 0);
    selectData(m_warning, f.warning ? static_cast<int>(*f.warning) : 0);
    selectData(m_order, f.order ? static_cast<int>(*f.order) : 0);
    m_overdue->setChecked(f.overdue.has_value());
    if (f.overdue)
        m_overdueAsOf = f.overdue->asOf;
    m_filling = false;
    applyBar();
}

void SubjectListView::refresh()
{
    fillChoices();
    m_model->refresh();
}

QUuid SubjectListView::currentSubjectId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->subjectId(current.row()) : QUuid();
}

const SubjectListRow* SubjectListView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()) : nullptr;
}

bool SubjectListView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QUuid id = currentSubjectId();
            if (!id.isNull())
                Q_EMIT openRequested(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SubjectListView::updateTotals()
{
    const SubjectTotals& t = m_model->totals();
    if (m_model->totalCount() < 0) {
        m_totals->setText(QString());
        return;
    }
    m_totals->setText(tr("%n subject(s), amount %1 %2", nullptr, int(std::min<qint64>(t.count, INT_MAX)))
                          .arg(t.amount.format(m_model->unit()), Money::unitName(m_model->unit())));
}

void SubjectListView::chooseExportFile()
{
    if (!m_model->workspace() || m_exporting)
        return;
    QFileDialog dialog(this, tr("Export the list"));
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({ tr("Excel workbook (*.xlsx)"), tr("CSV, UTF-8 (*.csv)") });
    dialog.setDefaultSuffix(QStringLiteral("xlsx"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString& f) {
        dialog.setDefaultSuffix(f.contains(QLatin1String("*.csv")) ? QStringLiteral("csv") : QStringLiteral("xlsx"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportTo(dialog.selectedFiles().constFirst());
}

void SubjectListView::exportTo(const QString& path)
{
    Workspace* workspace = m_model->workspace();
    if (!workspace || m_exporting)
        return;
    const std::optional<ListFileFormat> format = SubjectListExporter::formatOf(path);
    if (!format) {
        const QString message = tr("Choose a file ending in .xlsx or .csv.");
        Q_EMIT messageRequested(message, true);
        Q_EMIT exportFinished(false, message);
        return;
    }
    ListExportRequest request;
    request.filter = m_model->filter();
    request.sort = m_model->sortOrder();
    request.fields = m_model->fields();
    request.unit = m_model->unit();
    request.format = *format;
    request.path = path;
    // The sheet is named after the list (its page sets the title).
    request.title = windowTitle().isEmpty() ? tr("List") : windowTitle();
    const QString databasePath = workspace->database().path();

    auto* progress = new QProgressDialog(tr("Exporting the list…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> guard(progress);
    QPointer<SubjectListView> self(this);

    m_exporting = true;
    m_exportAction->setEnabled(false);
    // Its own connection on its own thread: the list stays usable while a big export runs.
    QThread* thread = QThread::create([self, request, databasePath, cancelled, guard] {
        Result<qint64> written = makeError(Error::Code::Storage, QString());
        {
            Result<std::unique_ptr<Database>> db = Database::open(databasePath);
            if (!db) {
                written = db.error();
            } else {
                written = SubjectListExporter::write(**db, request, [guard, cancelled](qint64 done, qint64 total) {
                    if (guard) {
                        QMetaObject::invokeMethod(guard.data(), [guard, done, total] {
                            if (!guard)
                                return;
                            guard->setMaximum(int(std::min<qint64>(total, INT_MAX)));
                            guard->setValue(int(std::min<qint64>(done, INT_MAX)));
                        }, Qt::QueuedConnection);
                    }
                    return !*cancelled;
                });
            }
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, written, request, guard, cancelled] {
            if (guard)
                guard->deleteLater();
            if (!self)
                return;
            SubjectListView* view = self.data();
            view->m_exporting = false;
            view->m_exportAction->setEnabled(true);
            if (*cancelled) {
                const QString message = SubjectListView::tr("Export cancelled; no file was written.");
                Q_EMIT view->messageRequested(message, false);
                Q_EMIT view->exportFinished(false, message);
            } else if (!written) {
                Q_EMIT view->messageRequested(written.message(), true);
                Q_EMIT view->exportFinished(false, written.message());
            } else {
                const QString message = SubjectListView::tr("%n row(s) exported to %1.", nullptr, int(*written))
                                            .arg(QDir::toNativeSeparators(request.path));
                Q_EMIT view->messageRequested(message, false);
                Q_EMIT view->exportFinished(true, message);
            }
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace jx
