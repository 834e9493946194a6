#include "ui/home/HomePage.h"

#include "core/storage/Database.h"
#include "core/workflow/ReviewQueue.h"
#include "core/workspace/Workspace.h"
#include "ui/mainwindow/StagePages.h"
#include "ui/report/ChartImage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace jx {

namespace {

constexpr RecordKind Kinds[] = { RecordKind::Assessment, RecordKind::TargetSet, RecordKind::MonitoringReport,
                                 RecordKind::SelfEvaluation, RecordKind::ResultApplication };
constexpr RecordStatus Statuses[] = { RecordStatus::Draft, RecordStatus::Submitted, RecordStatus::Returned,
                                      RecordStatus::Approved };
constexpr Grade Grades[] = { Grade::Excellent, Grade::Good, Grade::Fair, Grade::Poor };
constexpr OrderKind Orders[] = { OrderKind::Rectify, OrderKind::Suspend, OrderKind::Stop };

Stage stageOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Assessment:
        return Stage::Assessment;
    case RecordKind::TargetSet:
        return Stage::Targets;
    case RecordKind::MonitoringReport:
        return Stage::Monitoring;
    case RecordKind::SelfEvaluation:
        return Stage::Evaluation;
    case RecordKind::ResultApplication:
        return Stage::Results;
    }
    return Stage::Targets;
}

ListRequest request(Stage stage)
{
    ListRequest r;
    r.stage = stage;
    return r;
}


} // namespace

HomePage::HomePage(QWidget* parent)
    : StagePage(parent)
    , m_today(QDate::currentDate())
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_content(new QWidget)
    , m_contentLayout(new QVBoxLayout(m_content))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_title->setObjectName(QStringLiteral("homeTitle"));
    m_status->setObjectName(QStringLiteral("homeStatus"));
    m_status->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("homeBusy"));
    m_busy->setRange(0, 0); // busy: no known end
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_busy);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("homeScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_busy->hide();
        const Outcome outcome = m_watcher->result();
        if (m_pending) {
            // The year or the database changed while computing: compute again.
            m_pending = false;
            start();
            return;
        }
        if (!*outcome) {
            m_status->setText(tr("The figures could not be computed: %1").arg(outcome->message()));
            m_status->show();
            Q_EMIT figuresShown();
            return;
        }
        showFigures(**outcome);
        Q_EMIT figuresShown();
    });
    m_status->setText(tr("Open a database to see what is due."));
}

HomePage::~HomePage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->waitForFinished();
}

void HomePage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    if (!workspace) {
        if (m_cancel)
            m_cancel->store(true);
        m_watcher->waitForFinished();
        clearContent();
        m_title->clear();
        m_status->setText(tr("Open a database to see what is due."));
        m_status->show();
        return;
    }
    if (fiscalYear() > 0)
        start();
}

void HomePage::setFiscalYear(int year)
{
    const bool changed = year != fiscalYear();
    StagePage::setFiscalYear(year);
    if (changed && m_workspace)
        start();
}

void HomePage::refresh()
{
    if (m_workspace)
        start();
}

void HomePage::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

bool HomePage::busy() const
{
    return m_watcher->isRunning() || m_pending;
}

std::optional<ListRequest> HomePage::requestOf(const QString& objectName) const
{
    const auto it = m_requests.constFind(objectName);
    if (it == m_requests.constEnd())
        return std::nullopt;
    return *it;
}

void HomePage::start()
{
    if (!m_workspace || fiscalYear() <= 0)
        return;
    if (m_watcher->isRunning()) {
        // One computation at a time; the newest request runs when it ends.
        m_pending = true;
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_busy->show();
    m_status->setText(tr("Computing the figures…"));
    m_status->show();
    const Agency self = m_workspace->self();
    m_title->setText(tr("<h2>%1 · fiscal year %2</h2>").arg(self.name.toHtmlEscaped()).arg(fiscalYear()));
    // A connection of its own on the worker thread: SQLite connections belong to one thread.
    const QString path = m_workspace->database().path();
    const int year = fiscalYear();
    const QDate today = m_today;
    m_watcher->setFuture(QtConcurrent::run([path, self, year, today, cancel = m_cancel]() -> Outcome {
        Result<std::unique_ptr<Database>> db = Database::openReader(path);
        if (!db)
            return std::make_shared<Result<DashboardFigures>>(db.error());
        Result<DashboardFigures> figures = DashboardQuery(**db).figures(self, year, today, cancel.get());
        if (figures) {
            // What waits for this agency's review is the 财政审核 queue itself, counted by the one
            // rule of who reviews what (ReviewQueue), so that both pages show the same number.
            Result<QList<ReviewQueueRow>> queue = ReviewQueue(**db).rows(self, {}, today);
            if (!queue)
                return std::make_shared<Result<DashboardFigures>>(queue.error());
            figures->awaitingReview.clear();
            for (const ReviewQueueRow& row : *queue)
                ++figures->awaitingReview[row.kind];
        }
        return std::make_shared<Result<DashboardFigures>>(std::move(figures));
    }));
}

void HomePage::clearContent()
{
    m_requests.clear();
    while (QLayoutItem* item = m_contentLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Out of the page at once (its buttons' names are reused), deleted once its events are done.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}

QPushButton* HomePage::number(const QString& objectName, int value, const ListRequest& request, QWidget* parent)
{
    auto* button = new QPushButton(QLocale().toString(value), parent);
    button->setObjectName(objectName);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setToolTip(tr("Show the list"));
    button->setStyleSheet(QStringLiteral("QPushButton { color: #0b5cad; font-weight: bold; text-align: left;"
                                         " padding: 0 4px; } QPushButton:hover { text-decoration: underline; }"));
    m_requests.insert(objectName, request);
    connect(button, &QPushButton::clicked, this, [this, objectName] { Q_EMIT listRequested(m_requests.value(objectName)); });
    return button;
}

QWidget* HomePage::card(const QString& title, QWidget* parent, QVBoxLayout** body)
{
    auto* box = new QGroupBox(title, parent);
    *body = new QVBoxLayout(box);
    (*body)->setSpacing(4);
    return box;
}

namespace {

/// A line "label  [number]" in a card.
void addLine(QVBoxLayout* body, const QString& label, QPushButton* value, bool strong = false)
{
    auto* row = new QHBoxLayout;
    auto* text = new QLabel(strong ? QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()) : label);
    row->addWidget(text, 1);
    row->addWidget(value);
    body->addLayout(row);
}

} // namespace

void HomePage::showFigures(const DashboardFigures& f)
{
    clearContent();
    m_figures = f;
    m_status->hide();
    const bool finance = f.finance;

    auto* cards = new QWidget(m_content);
    auto* cardsLayout = new QHBoxLayout(cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);

    // To do.
    QVBoxLayout* todo = nullptr;
    cardsLayout->addWidget(card(tr("To do"), cards, &todo), 1);
    {
        ListRequest r = request(Stage::Review);
        r.status = RecordStatus::Submitted;
        addLine(todo, finance ? tr("Submitted to you for review") : tr("Submitted by your units for review"),
                number(QStringLiteral("homeAwaiting"), f.awaitingTotal(), r, cards), true);
        for (RecordKind kind : Kinds) {
            if (const int n = f.awaitingReview.value(kind)) {
                ListRequest k = r;
                k.recordKind = kind;
                addLine(todo, QStringLiteral("    ") + Names::of(kind),
                        number(QStringLiteral("homeAwaiting_%1").arg(static_cast<int>(kind)), n, k, cards));
            }
        }
        ListRequest returned = request(Stage::Targets);
        returned.status = RecordStatus::Returned;
        returned.agencyId = m_workspace ? m_workspace->self().meta.id : QUuid();
        addLine(todo, tr("Returned to you for correction"),
                number(QStringLiteral("homeReturned"), f.returnedTotal(), returned, cards), true);
        for (RecordKind kind : Kinds) {
            if (const int n = f.returned.value(kind)) {
                ListRequest k = returned;
                k.stage = stageOf(kind);
                k.recordKind = kind;
                addLine(todo, QStringLiteral("    ") + Names::of(kind),
                        number(QStringLiteral("homeReturned_%1").arg(static_cast<int>(kind)), n, k, cards));
            }
        }
        todo->addStretch(1);
    }

    // Deadlines.
    QVBoxLayout* due = nullptr;
    cardsLayout->addWidget(card(tr("Deadlines"), cards, &due), 1);
    {
        // Subjects with overdue work, by stage: each number is the row count of the list it opens
        // (DashboardQuery counts the same filter that the page's overdue box applies).
        auto overdueRequest = [this, finance](Stage stage) {
            ListRequest r = request(stage);
            r.overdue = true;
            r.asOf = m_today;
            if (!finance && m_workspace)
                r.agencyId = m_workspace->self().meta.id;
            return r;
        };
        addLine(due, tr("Monitoring overdue (programs and budgets)"),
                number(QStringLiteral("homeOverdue"), int(f.overdueSubjects.value(RecordKind::MonitoringReport)),
                       overdueRequest(Stage::Monitoring), cards),
                true);
        addLine(due, tr("Self-evaluation overdue (programs and budgets)"),
                number(QStringLiteral("homeOverdueEvaluation"),
                       int(f.overdueSubjects.value(RecordKind::SelfEvaluation)), overdueRequest(Stage::Evaluation),
                       cards),
                true);
        addLine(due, tr("Due within a month"),
                number(QStringLiteral("homeDueOpen"), f.dueOpen, request(Stage::Monitoring), cards), true);
        int shown = 0;
        for (const DueItem& item : f.due) {
            if (!item.tracked || item.missing() <= 0 || shown >= 4)
                continue;
            ++shown;
            const Stage stage = item.key.contains(QLatin1String("Monitoring")) || item.key.contains(QLatin1String("MidYear"))
                ? Stage::Monitoring
                : Stage::Evaluation;
            ListRequest r = item.overdue ? overdueRequest(stage) : request(stage);
            if (item.overdue) {
                // Only this piece of work: the list then counts what the line says is missing.
                r.dueKey = item.key;
                r.dueMonth = item.month;
            }
            const QString line = tr("%1, due %2").arg(item.title, QLocale().toString(item.dueDate, QLocale::ShortFormat));
            auto* label = new QLabel(line);
            label->setWordWrap(true);
            if (item.overdue)
                label->setStyleSheet(QStringLiteral("color: #9a3412;"));
            auto* row = new QHBoxLayout;
            row->addWidget(label, 1);
            row->addWidget(number(QStringLiteral("homeDue_%1").arg(shown), item.missing(), r, cards));
            due->addLayout(row);
        }
        due->addStretch(1);
    }

    // Warnings.
    QVBoxLayout* warn = nullptr;
    cardsLayout->addWidget(card(tr("Warnings"), cards, &warn), 1);
    {
        ListRequest behind = request(Stage::Monitoring);
        behind.warning = QStringLiteral("execution-behind");
        addLine(warn, tr("Execution behind time progress"),
                number(QStringLiteral("homeExecutionBehind"), f.executionBehind, behind, cards), true);
        ListRequest impossible = request(Stage::Monitoring);
        impossible.warning = QStringLiteral("indicator-impossible");
        addLine(warn, tr("Indicators unlikely to be met"),
                number(QStringLiteral("homeImpossible"), f.indicatorsImpossible, impossible, cards), true);
        ListRequest orders = request(Stage::Results);
        orders.warning = QStringLiteral("order-in-force");
        addLine(warn, tr("Programs with an order in force"),
                number(QStringLiteral("homeOrders"), f.ordersTotal(), orders, cards), true);
        for (OrderKind kind : Orders) {
            if (const int n = f.ordersInForce.value(kind)) {
                ListRequest k = orders;
                k.order = kind;
                addLine(warn, QStringLiteral("    ") + Names::of(kind),
                        number(QStringLiteral("homeOrders_%1").arg(static_cast<int>(kind)), n, k, cards));
            }
        }
        warn->addStretch(1);
    }
    m_contentLayout->addWidget(cards);

    // Records by stage and status.
    auto* grid = new QGroupBox(tr("Records of fiscal year %1 by stage and status").arg(f.fiscalYear), m_content);
    grid->setObjectName(QStringLiteral("homeStatusGrid"));
    auto* gridLayout = new QGridLayout(grid);
    ListRequest programs = request(Stage::Targets);
    programs.subjectKind = SubjectKind::Program;
    auto* programsRow = new QHBoxLayout;
    programsRow->addWidget(new QLabel(tr("Programs")));
    programsRow->addWidget(number(QStringLiteral("homePrograms"), f.programs, programs, grid));
    programsRow->addStretch(1);
    gridLayout->addLayout(programsRow, 0, 0);
    for (int c = 0; c < 4; ++c)
        gridLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(Names::of(Statuses[c]).toHtmlEscaped())), 0,
                              c + 1);
    int row = 1;
    for (RecordKind kind : Kinds) {
        gridLayout->addWidget(new QLabel(Names::of(kind)), row, 0);
        for (int c = 0; c < 4; ++c) {
            ListRequest r = request(stageOf(kind));
            r.recordKind = kind;
            r.status = Statuses[c];
            gridLayout->addWidget(number(QStringLiteral("homeStatus_%1_%2")
                                             .arg(static_cast<int>(kind))
                                             .arg(static_cast<int>(Statuses[c])),
                                         f.byStatus.value(kind).value(Statuses[c]), r, grid),
                                  row, c + 1);
        }
        ++row;
    }
    gridLayout->setColumnStretch(0, 2);
    for (int c = 1; c <= 4; ++c)
        gridLayout->setColumnStretch(c, 1);
    m_contentLayout->addWidget(grid);

    auto* charts = new QWidget(m_content);
    auto* chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(gradeChart(charts), 1);
    chartsLayout->addWidget(executionChart(charts), 1);
    chartsLayout->addWidget(unitChart(charts), 1);
    m_contentLayout->addWidget(charts);
    m_contentLayout->addStretch(1);
}

void HomePage::exportable(QChartView* view)
{
    // 导出图片…: a chart goes into a report or a slide as a picture.
    ChartImage::addExportMenu(view, [this](const QString& message, bool error) {
        if (isSignalConnected(QMetaMethod::fromSignal(&StagePage::messageRequested))) {
            Q_EMIT messageRequested(message, error);
        } else {
            m_status->setText(message);
            m_status->show();
        }
    });
}

QWidget* HomePage::gradeChart(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Self-evaluation grades"), parent);
    auto* layout = new QVBoxLayout(box);
    auto* set = new QBarSet(tr("Self-evaluations"));
    QStringList names;
    int most = 0;
    for (Grade g : Grades) {
        *set << m_figures.grades.value(g);
        names << Names::of(g);
        most = std::max(most, m_figures.grades.value(g));
    }
    set->setColor(QColor(0x4a, 0x7f, 0xc1));
    auto* series = new QBarSeries;
    series->append(set); // the numbers are the buttons below the chart
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    x->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->setRange(0, std::max(4, most)); // a year without grades still has an axis
    y->applyNiceNumbers();
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto* view = new QChartView(chart, box);
    view->setObjectName(QStringLiteral("homeGradeChart"));
    exportable(view);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    layout->addWidget(view, 1);
    connect(set, &QBarSet::clicked, this, [this](int index) {
        ListRequest r = request(Stage::Evaluation);
        r.grade = Grades[index];
        Q_EMIT listRequested(r);
    });
    // The same numbers as buttons: a chart bar is hard to reach with the keyboard.
    auto* row = new QHBoxLayout;
    for (Grade g : Grades) {
        ListRequest r = request(Stage::Evaluation);
        r.grade = g;
        row->addWidget(new QLabel(Names::of(g)));
        row->addWidget(number(QStringLiteral("homeGrade_%1").arg(static_cast<int>(g)), m_figures.grades.value(g), r, box));
    }
    row->addStretch(1);
    layout->addLayout(row);
    return box;
}

QWidget* HomePage::executionChart(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Budget execution against time progress"), parent);
    auto* layout = new QVBoxLayout(box);
    auto* rate = new QLineSeries;
    rate->setName(tr("Execution"));
    auto* time = new QLineSeries;
    time->setName(tr("Time progress"));
    for (const MonthExecution& m : std::as_const(m_figures.months)) {
        if (const std::optional<double> r = m.rate())
            rate->append(m.month, *r);
        time->append(m.month, m.timeProgress);
    }
    auto* chart = new QChart;
    chart->addSeries(rate);
    chart->addSeries(time);
    QPen dashed(QColor(0x9a, 0xa5, 0xb1));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    time->setPen(dashed);
    QPen solid(QColor(0x4a, 0x7f, 0xc1));
    solid.setWidth(2);
    rate->setPen(solid);
    auto* x = new QValueAxis;
    x->setRange(1, 12);
    x->setTickCount(12);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Month"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : { rate, time }) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto* view = new QChartView(chart, box);
    view->setObjectName(QStringLiteral("homeExecutionChart"));
    exportable(view);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    layout->addWidget(view, 1);
    return box;
}

QWidget* HomePage::unitChart(QWidget* parent)
{
    auto* box = new QGroupBox(m_figures.finance ? tr("Lowest execution by unit") : tr("Execution"), parent);
    auto* layout = new QVBoxLayout(box);
    auto* set = new QBarSet(tr("Execution"));
    set->setColor(QColor(0xd9, 0x8c, 0x3f));
    QStringList names;
    QList<UnitFigure> shown;
    for (const UnitFigure& u : std::as_const(m_figures.units)) {
        if (!u.rate())
            continue;
        shown << u;
        if (shown.size() == 6)
            break;
    }
    // Lowest at the top of a horizontal chart: bars are drawn from the bottom.
    std::reverse(shown.begin(), shown.end());
    // Short names: without the county's name they share with this agency (天山区…), at most ten characters.
    const QString self = m_workspace ? m_workspace->self().name : QString();
    for (const UnitFigure& u : std::as_const(shown)) {
        *set << *u.rate();
        qsizetype common = 0;
        while (common < u.name.size() && common < self.size() && u.name.at(common) == self.at(common))
            ++common;
        QString name = common >= 2 && common < u.name.size() ? u.name.mid(common) : u.name;
        if (name.size() > 10)
            name = name.left(9) + QStringLiteral("…");
        names << name;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto* view = new QChartView(chart, box);
    view->setObjectName(QStringLiteral("homeUnitChart"));
    exportable(view);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    layout->addWidget(view, 1);
    connect(set, &QBarSet::clicked, this, [this, shown](int index) {
        if (index < 0 || index >= shown.size())
            return;
        const UnitFigure& u = shown.at(index);
        ListRequest r = request(Stage::Monitoring);
        if (u.division)
            r.divisionCode = u.key;
        else
            r.agencyId = QUuid::fromRfc4122(QByteArray::fromHex(u.key.toLatin1()));
        Q_EMIT listRequested(r);
    });
    return box;
}

} // namespace jx
