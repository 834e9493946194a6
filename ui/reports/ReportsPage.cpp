#include "ui/reports/ReportsPage.h"

#include "core/io/ReportWriter.h"
#include "core/storage/Database.h"
#include "core/storage/SubjectQuery.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/report/ReportPdf.h"
#include "ui/report/ReportRenderer.h"
#include "ui/reports/SelfEvaluationReportEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>

namespace jx {

namespace {

/// The 绩效自评报告 is edited, not assembled: it is listed by the page, not by the catalog.
const QString SelfEvaluationReportName = QStringLiteral("self-evaluation-report");

// The resolution previews are painted at (shown at 96 dpi × zoom).
constexpr int PreviewDpi = 120;
constexpr int PreviewMaxPages = 6;

enum class Group
{
    Forms,
    Summaries,
    Disclosure,
    Narrative,
};

Group groupOf(const ReportInfo& info)
{
    if (info.inputs.contains(ReportInput::Subject))
        return Group::Forms;
    if (info.name.contains(QLatin1String("disclosure")) || info.name.contains(QLatin1String("public")))
        return Group::Disclosure;
    return Group::Summaries;
}

QString groupTitle(Group group)
{
    switch (group) {
    case Group::Forms:
        return ReportsPage::tr("Forms of one subject");
    case Group::Summaries:
        return ReportsPage::tr("Finance summaries");
    case Group::Disclosure:
        return ReportsPage::tr("Disclosure");
    case Group::Narrative:
        return ReportsPage::tr("Self-evaluation report");
    }
    return {};
}

ReportInfo selfEvaluationReportInfo()
{
    ReportInfo info;
    info.name = SelfEvaluationReportName;
    info.title = ReportsPage::tr("Performance self-evaluation report");
    info.description = ReportsPage::tr("The narrative report of a self-evaluation (一、基本情况 … 七、改进措施), drafted "
                                       "from the data and edited by the clerk; exported as ODT or PDF.");
    info.inputs = { ReportInput::Subject };
    return info;
}

QString suffixOf(ReportsPage::Output output)
{
    switch (output) {
    case ReportsPage::Output::Pdf:
        return QStringLiteral("pdf");
    case ReportsPage::Output::Xlsx:
        return QStringLiteral("xlsx");
    case ReportsPage::Output::Csv:
        return QStringLiteral("csv");
    case ReportsPage::Output::Html:
        return QStringLiteral("html");
    case ReportsPage::Output::Print:
        break;
    }
    return {};
}

QString filterOf(ReportsPage::Output output)
{
    switch (output) {
    case ReportsPage::Output::Pdf:
        return ReportsPage::tr("PDF document (*.pdf)");
    case ReportsPage::Output::Xlsx:
        return ReportsPage::tr("Excel workbook (*.xlsx)");
    case ReportsPage::Output::Csv:
        return ReportsPage::tr("CSV, UTF-8 (*.csv)");
    case ReportsPage::Output::Html:
        return ReportsPage::tr("Web page (*.html)");
    case ReportsPage::Output::Print:
        break;
    }
    return {};
}

/// A file name from a title: no characters file systems refuse.
QString fileNameOf(const QString& title)
{
    QString name = title;
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : name)
        if (bad.contains(c))
            c = QLatin1Char('_');
    return name.trimmed().isEmpty() ? QStringLiteral("report") : name.trimmed();
}

} // namespace

/// One export, print or preview, as the worker thread runs it.
struct ReportsPage::Job
{
    QString databasePath;
    QString name;
    ReportParameters parameters;
    Builder builder;
    Output output = Output::Pdf;
    QString path;
    std::shared_ptr<void> printer; ///< a QPrinter when printing
    std::shared_ptr<std::atomic_bool> cancel;
};

ReportsPage::ReportsPage(QWidget* parent)
    : StagePage(parent)
    , m_banner(new MessageBanner(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_subjectRow(new QWidget(this))
    , m_subjectSearch(new QLineEdit(m_subjectRow))
    , m_subject(new QComboBox(m_subjectRow))
    , m_agencyRow(new QWidget(this))
    , m_agency(new QComboBox(m_agencyRow))
    , m_divisionRow(new QWidget(this))
    , m_division(new QComboBox(m_divisionRow))
    , m_monthRow(new QWidget(this))
    , m_month(new QSpinBox(m_monthRow))
    , m_unit(new QComboBox(this))
    , m_zoom(new QComboBox(this))
    , m_previewButton(new QPushButton(tr("Preview"), this))
    , m_printButton(new QPushButton(tr("Print…"), this))
    , m_printPreviewButton(new QPushButton(tr("Print preview…"), this))
    , m_pdfButton(new QPushButton(tr("Export PDF…"), this))
    , m_xlsxButton(new QPushButton(tr("Export Excel…"), this))
    , m_csvButton(new QPushButton(tr("CSV…"), this))
    , m_htmlButton(new QPushButton(tr("HTML…"), this))
    , m_editReportButton(new QPushButton(tr("Edit the self-evaluation report…"), this))
    , m_previewStatus(new QLabel(this))
    , m_previewArea(new QScrollArea(this))
    , m_previewPagesWidget(new QWidget)
    , m_previewLayout(new QVBoxLayout(m_previewPagesWidget))
{
    m_builder = [](Database& db, const QString& name, const ReportParameters& p, const ReportCatalog::Progress& pr) {
        return ReportCatalog::build(db, name, p, pr);
    };
    setObjectName(QStringLiteral("reportsPage"));
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setHeaderHidden(true);
    m_list->setMinimumWidth(240);
    m_empty->setObjectName(QStringLiteral("reportsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No reports are available in this version yet; the self-evaluation report can be edited."));
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setWordWrap(true);

    m_subjectSearch->setObjectName(QStringLiteral("subjectSearch"));
    m_subjectSearch->setPlaceholderText(tr("Search by name, code or unit"));
    m_subjectSearch->setClearButtonEnabled(true);
    m_subject->setObjectName(QStringLiteral("subjectPicker"));
    m_subject->setMinimumContentsLength(30);
    auto* subjectLayout = new QHBoxLayout(m_subjectRow);
    subjectLayout->setContentsMargins(0, 0, 0, 0);
    subjectLayout->addWidget(m_subjectSearch, 1);
    subjectLayout->addWidget(m_subject, 2);
    m_agency->setObjectName(QStringLiteral("agencyPicker"));
    (new QHBoxLayout(m_agencyRow))->addWidget(m_agency);
    m_agencyRow->layout()->setContentsMargins(0, 0, 0, 0);
    m_division->setObjectName(QStringLiteral("divisionPicker"));
    (new QHBoxLayout(m_divisionRow))->addWidget(m_division);
    m_divisionRow->layout()->setContentsMargins(0, 0, 0, 0);
    m_month->setObjectName(QStringLiteral("monthPicker"));
    m_month->setRange(1, 12);
    m_month->setValue(std::max(1, QDate::currentDate().month() - 1));
    m_month->setSuffix(tr(" (month)"));
    (new QHBoxLayout(m_monthRow))->addWidget(m_month);
    m_monthRow->layout()->setContentsMargins(0, 0, 0, 0);
    m_unit->setObjectName(QStringLiteral("unitPicker"));
    m_unit->addItem(Money::unitName(MoneyUnit::TenThousandYuan), int(MoneyUnit::TenThousandYuan));
    m_unit->addItem(Money::unitName(MoneyUnit::Yuan), int(MoneyUnit::Yuan));
    m_zoom->setObjectName(QStringLiteral("zoomPicker"));
    for (int percent : { 50, 75, 100, 125, 150, 200 })
        m_zoom->addItem(QStringLiteral("%1%").arg(percent), percent);
    m_zoom->setCurrentIndex(1);

    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printPreviewButton->setObjectName(QStringLiteral("printPreviewButton"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_xlsxButton->setObjectName(QStringLiteral("exportXlsxButton"));
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_htmlButton->setObjectName(QStringLiteral("exportHtmlButton"));
    m_editReportButton->setObjectName(QStringLiteral("editSelfEvaluationReport"));
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewArea->setObjectName(QStringLiteral("previewArea"));
    m_previewArea->setWidgetResizable(true);
    m_previewArea->setWidget(m_previewPagesWidget);
    m_previewArea->setBackgroundRole(QPalette::Dark);
    m_previewLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    auto* inputs = new QFormLayout;
    inputs->addRow(tr("Subject:"), m_subjectRow);
    inputs->addRow(tr("Agency:"), m_agencyRow);
    inputs->addRow(tr("Division:"), m_divisionRow);
    inputs->addRow(tr("Month:"), m_monthRow);
    inputs->addRow(tr("Amounts in:"), m_unit);
    m_inputsLayout = inputs;

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    auto* zoomLabel = new QLabel(tr("Zoom:"), this);
    zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    buttons->addWidget(zoomLabel);
    buttons->addWidget(m_zoom);
    buttons->addStretch(1);
    buttons->addWidget(m_editReportButton);
    // Printing and the files on a row of their own, so that the page fits a 1366-pixel screen
    // with the English texts too.
    auto* outputs = new QHBoxLayout;
    outputs->addStretch(1);
    outputs->addWidget(m_printPreviewButton);
    outputs->addWidget(m_printButton);
    outputs->addWidget(m_pdfButton);
    outputs->addWidget(m_xlsxButton);
    outputs->addWidget(m_csvButton);
    outputs->addWidget(m_htmlButton);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_description);
    rightLayout->addLayout(inputs);
    rightLayout->addLayout(buttons);
    rightLayout->addLayout(outputs);
    rightLayout->addWidget(m_previewStatus);
    rightLayout->addWidget(m_previewArea, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_empty);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 260, 900 });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(searchTimer, &QTimer::timeout, this, &ReportsPage::searchSubjects);
    connect(m_subjectSearch, &QLineEdit::textEdited, searchTimer, qOverload<>(&QTimer::start));
    connect(m_subjectSearch, &QLineEdit::returnPressed, this, &ReportsPage::searchSubjects);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showReport(); });
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] { showPreviewPages(); });
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_printPreviewButton, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { chooseFile(Output::Pdf); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { chooseFile(Output::Xlsx); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseFile(Output::Csv); });
    connect(m_htmlButton, &QPushButton::clicked, this, [this] { chooseFile(Output::Html); });
    connect(m_editReportButton, &QPushButton::clicked, this, &ReportsPage::editSelfEvaluationReport);

    m_reports = ReportCatalog::all();
    fillList();
    showReport();
}

ReportsPage::~ReportsPage()
{
    // A worker still running reads through a connection of its own; let it stop before the page goes.
    for (const auto& [cancel, thread] : { std::pair { m_cancel, m_thread }, std::pair { m_previewCancel, m_previewThread } }) {
        if (cancel)
            cancel->store(true);
        if (thread)
            thread->wait();
    }
}

void ReportsPage::setWorkspace(Workspace* workspace)
{
    m_ws = workspace;
    fillPickers();
    clearPreview();
    updateButtons();
}

void ReportsPage::setFiscalYear(int year)
{
    StagePage::setFiscalYear(year);
    fillPickers();
    clearPreview();
    updateButtons();
}

void ReportsPage::refresh()
{
    fillPickers();
    updateButtons();
}

void ReportsPage::setCatalog(const QList<ReportInfo>& reports, Builder builder)
{
    m_reports = reports;
    m_builder = std::move(builder);
    fillList();
    showReport();
}

void ReportsPage::fillList()
{
    m_list->clear();
    QList<ReportInfo> all = m_reports;
    all.append(selfEvaluationReportInfo());
    for (Group group : { Group::Forms, Group::Summaries, Group::Disclosure, Group::Narrative }) {
        QTreeWidgetItem* top = nullptr;
        for (const ReportInfo& info : all) {
            const Group g = info.name == SelfEvaluationReportName ? Group::Narrative : groupOf(info);
            if (g != group)
                continue;
            if (!top) {
                top = new QTreeWidgetItem(m_list, { groupTitle(group) });
                top->setFlags(Qt::ItemIsEnabled);
                QFont bold = top->font(0);
                bold.setBold(true);
                top->setFont(0, bold);
            }
            auto* item = new QTreeWidgetItem(top, { info.title });
            item->setData(0, Qt::UserRole, info.name);
            item->setToolTip(0, info.description);
        }
    }
    m_list->expandAll();
    m_empty->setVisible(m_reports.isEmpty());
}

bool ReportsPage::selectReport(const QString& name)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

std::optional<ReportInfo> ReportsPage::currentReport() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const QString name = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (name.isEmpty())
        return std::nullopt;
    if (name == SelfEvaluationReportName)
        return selfEvaluationReportInfo();
    for (const ReportInfo& info : m_reports)
        if (info.name == name)
            return info;
    return std::nullopt;
}

ReportParameters ReportsPage::parameters() const
{
    ReportParameters p;
    p.fiscalYear = fiscalYear();
    p.subjectId = m_subject->currentData().toUuid();
    p.agencyId = m_agency->currentData().toUuid();
    p.divisionCode = m_division->currentData().toString();
    p.month = m_month->value();
    p.unit = MoneyUnit(m_unit->currentData().toInt());
    return p;
}

void ReportsPage::fillPickers()
{
    const QUuid agency = m_agency->currentData().toUuid();
    const QString division = m_division->currentData().toString();
    m_agency->clear();
    m_division->clear();
    if (!m_ws)
        return;
    const Agency& self = m_ws->self();
    m_agency->addItem(self.name, self.meta.id);
    QStringList divisions { self.divisionCode };
    QHash<QString, QString> divisionNames;
    Result<QList<ListUnit>> units = SubjectQuery(m_ws->database()).units(fiscalYear());
    if (units) {
        for (const ListUnit& u : *units) {
            if (u.id != self.meta.id)
                m_agency->addItem(u.name, u.id);
            divisionNames.insert(u.divisionCode, u.divisionName);
            if (!divisions.contains(u.divisionCode))
                divisions << u.divisionCode;
        }
    }
    for (const QString& code : std::as_const(divisions)) {
        const QString name = divisionNames.value(code);
        m_division->addItem(name.isEmpty() ? code : QStringLiteral("%1 %2").arg(code, name), code);
    }
    if (const int i = m_agency->findData(agency); i >= 0)
        m_agency->setCurrentIndex(i);
    if (const int i = m_division->findData(division); i >= 0)
        m_division->setCurrentIndex(i);
    searchSubjects();
}

void ReportsPage::searchSubjects()
{
    const QUuid current = m_subject->currentData().toUuid();
    m_subject->clear();
    if (!m_ws)
        return;
    SubjectFilter filter;
    filter.fiscalYear = fiscalYear();
    filter.text = m_subjectSearch->text().trimmed();
    // The first matches by name; the search narrows them at any scale.
    Result<QList<SubjectListRow>> rows = SubjectQuery(m_ws->database()).rows(filter, SubjectSort {}, 0, 200);
    if (!rows) {
        say(rows.message(), true);
        return;
    }
    for (const SubjectListRow& row : *rows) {
        const QString code = row.code.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(row.code);
        m_subject->addItem(QStringLiteral("%1%2 — %3").arg(row.name, code, row.unitName), row.id);
    }
    if (const int i = m_subject->findData(current); i >= 0)
        m_subject->setCurrentIndex(i);
    updateButtons();
}

void ReportsPage::showReport()
{
    const std::optional<ReportInfo> info = currentReport();
    m_title->setText(info ? QStringLiteral("<h3>%1</h3>").arg(info->title.toHtmlEscaped())
                          : QStringLiteral("<h3>%1</h3>").arg(tr("Choose a report").toHtmlEscaped()));
    m_description->setText(info ? info->description : tr("Pick a report on the left to see its pages."));
    const QList<ReportInput> inputs = info ? info->inputs : QList<ReportInput> {};
    auto* form = static_cast<QFormLayout*>(m_inputsLayout);
    form->setRowVisible(m_subjectRow, inputs.contains(ReportInput::Subject));
    form->setRowVisible(m_agencyRow, inputs.contains(ReportInput::Agency));
    form->setRowVisible(m_divisionRow, inputs.contains(ReportInput::Division));
    form->setRowVisible(m_monthRow, inputs.contains(ReportInput::Month));
    form->setRowVisible(m_unit, info.has_value() && info->name != SelfEvaluationReportName);
    clearPreview();
    updateButtons();
}

void ReportsPage::updateButtons()
{
    const std::optional<ReportInfo> info = currentReport();
    const bool narrative = info && info->name == SelfEvaluationReportName;
    const bool subjectReady = !info || !info->inputs.contains(ReportInput::Subject) || !m_subject->currentData().toUuid().isNull();
    const bool ready = m_ws && info && subjectReady && !busy();
    for (QPushButton* b : { m_previewButton, m_printButton, m_printPreviewButton, m_pdfButton, m_xlsxButton, m_csvButton,
                            m_htmlButton }) {
        b->setVisible(!narrative);
        b->setEnabled(ready && !narrative);
    }
    m_zoom->setVisible(!narrative);
    if (auto* zoomLabel = findChild<QLabel*>(QStringLiteral("zoomLabel")))
        zoomLabel->setVisible(!narrative);
    m_editReportButton->setVisible(narrative);
    m_editReportButton->setEnabled(ready && narrative);
}

bool ReportsPage::busy() const
{
    return m_thread || m_previewThread;
}

void ReportsPage::say(const QString& text, bool error)
{
    StagePage::report(text, error, m_banner);
}

void ReportsPage::clearPreview()
{
    ++m_previewToken;
    if (m_previewCancel)
        m_previewCancel->store(true);
    m_pages.clear();
    m_pageCount = 0;
    m_previewStatus->clear();
    showPreviewPages();
}

void ReportsPage::showPreviewPages()
{
    while (QLayoutItem* item = m_previewLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const qreal zoom = m_zoom->currentData().toInt() / 100.0;
    // Shown at the screen's 96 dpi times the zoom; painted at PreviewDpi.
    const qreal factor = 96.0 / PreviewDpi * zoom * devicePixelRatioF();
    for (int i = 0; i < m_pages.size(); ++i) {
        auto* label = new QLabel(m_previewPagesWidget);
        label->setObjectName(QStringLiteral("previewPage_%1").arg(i + 1));
        QPixmap pixmap = QPixmap::fromImage(m_pages[i].scaledToWidth(qRound(m_pages[i].width() * factor),
                                                                     Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        label->setPixmap(pixmap);
        label->setFrameShape(QFrame::Box);
        m_previewLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
}

void ReportsPage::preview()
{
    const std::optional<ReportInfo> info = currentReport();
    if (!m_ws || !info || info->name == SelfEvaluationReportName)
        return;
    if (m_previewCancel)
        m_previewCancel->store(true);
    const int token = ++m_previewToken;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_previewCancel = cancel;
    m_previewStatus->setText(tr("Laying out the pages…"));
    const QString path = m_ws->database().path();
    const QString name = info->name;
    const ReportParameters params = parameters();
    const Builder builder = m_builder;
    QPointer<ReportsPage> self(this);
    QThread* thread = QThread::create([self, token, cancel, path, name, params, builder] {
        QList<QImage> pages;
        Result<int> count = makeError(Error::Code::Invalid, QString());
        {
            Result<std::unique_ptr<Database>> db = Database::openReader(path);
            if (!db) {
                count = db.error();
            } else {
                const auto keepGoing = [cancel](qint64, qint64) { return !*cancel; };
                Result<ReportDocument> doc = builder(**db, name, params, keepGoing);
                if (!doc) {
                    count = doc.error();
                } else {
                    count = ReportRenderer::images(*doc, PreviewDpi, [&pages](const QImage& page, int, int) {
                        pages.append(page);
                        return true;
                    }, PreviewMaxPages, keepGoing);
                }
            }
        }
        QMetaObject::invokeMethod(qApp, [self, token, pages, count] {
            if (!self || self->m_previewToken != token)
                return;
            if (!count) {
                self->m_pages.clear();
                self->m_pageCount = 0;
                self->m_previewStatus->setText(count.message());
            } else {
                self->m_pages = pages;
                self->m_pageCount = *count;
                self->m_previewStatus->setText(
                    *count > pages.size()
                        ? ReportsPage::tr("%n page(s); the first %1 are shown.", nullptr, *count).arg(pages.size())
                        : ReportsPage::tr("%n page(s).", nullptr, *count));
            }
            self->showPreviewPages();
            Q_EMIT self->previewShown();
        }, Qt::QueuedConnection);
    });
    m_previewThread = thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_previewThread == thread)
            m_previewThread = nullptr;
        updateButtons();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    updateButtons();
}

void ReportsPage::chooseFile(Output output)
{
    const std::optional<ReportInfo> info = currentReport();
    if (!m_ws || !info || busy())
        return;
    QFileDialog dialog(this, tr("Export “%1”").arg(info->title));
    dialog.setObjectName(QStringLiteral("reportFileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({ filterOf(output) });
    dialog.setDefaultSuffix(suffixOf(output));
    dialog.selectFile(QStringLiteral("%1-%2.%3").arg(fileNameOf(info->title)).arg(fiscalYear()).arg(suffixOf(output)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportTo(output, dialog.selectedFiles().constFirst());
}

void ReportsPage::exportTo(Output output, const QString& path)
{
    start(output, path, nullptr);
}

void ReportsPage::print()
{
    if (!m_ws || !currentReport() || busy())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(currentReport()->title);
    QPrintDialog dialog(printer.get(), this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    start(Output::Print, printer->outputFileName(), printer);
}

void ReportsPage::printPreview()
{
    const std::optional<ReportInfo> info = currentReport();
    if (!m_ws || !info || busy())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(info->title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(info->title));
    const QString path = m_ws->database().path();
    const QString name = info->name;
    const ReportParameters params = parameters();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, path, name, params](QPrinter* target) {
        // The preview paints on this thread, so the report is read through a connection of this thread.
        Result<std::unique_ptr<Database>> db = Database::openReader(path);
        if (!db) {
            say(db.message(), true);
            return;
        }
        Result<ReportDocument> doc = m_builder(**db, name, params, {});
        if (!doc) {
            say(doc.message(), true);
            return;
        }
        if (Result<int> pages = ReportRenderer::paint(*doc, *target); !pages)
            say(pages.message(), true);
    });
    dialog.exec();
}

void ReportsPage::start(Output output, const QString& path, std::shared_ptr<void> printer)
{
    const std::optional<ReportInfo> info = currentReport();
    if (!m_ws || !info || busy())
        return;
    Job job;
    job.databasePath = m_ws->database().path();
    job.name = info->name;
    job.parameters = parameters();
    job.builder = m_builder;
    job.output = output;
    job.path = path;
    job.printer = std::move(printer);
    job.cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = job.cancel;

    auto* progress = new QProgressDialog(output == Output::Print ? tr("Printing “%1”…").arg(info->title)
                                                                 : tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
                                         tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel = job.cancel] { *cancel = true; });
    QPointer<QProgressDialog> guard(progress);
    QPointer<ReportsPage> self(this);

    QThread* thread = QThread::create([self, job, guard] {
        const auto step = [guard, cancel = job.cancel](qint64 done, qint64 total) {
            if (guard) {
                QMetaObject::invokeMethod(guard.data(), [guard, done, total] {
                    if (!guard)
                        return;
                    guard->setMaximum(int(std::min<qint64>(total, INT_MAX)));
                    guard->setValue(int(std::min<qint64>(done, INT_MAX)));
                }, Qt::QueuedConnection);
            }
            return !*cancel;
        };
        Result<QString> outcome = makeError(Error::Code::Invalid, QString());
        {
            Result<std::unique_ptr<Database>> db = Database::openReader(job.databasePath);
            Result<ReportDocument> doc = db ? job.builder(**db, job.name, job.parameters, step)
                                            : Result<ReportDocument>(db.error());
            const QString shown = QDir::toNativeSeparators(job.path);
            if (!doc) {
                outcome = doc.error();
            } else if (job.output == Output::Pdf) {
                Result<int> pages = ReportPdf::write(*doc, job.path, step);
                outcome = pages ? Result<QString>(ReportsPage::tr("%n page(s) written to %1.", nullptr, *pages).arg(shown))
                                : Result<QString>(pages.error());
            } else if (job.output == Output::Print) {
                auto* device = static_cast<QPrinter*>(job.printer.get());
                Result<int> pages = ReportRenderer::paint(*doc, *device, step);
                outcome = pages ? Result<QString>(ReportsPage::tr("%n page(s) sent to %1.", nullptr, *pages)
                                                      .arg(device->outputFileName().isEmpty()
                                                               ? device->printerName()
                                                               : QDir::toNativeSeparators(device->outputFileName())))
                                : Result<QString>(pages.error());
            } else {
                const ReportFormat format = job.output == Output::Xlsx ? ReportFormat::Xlsx
                    : job.output == Output::Csv                        ? ReportFormat::Csv
                                                                       : ReportFormat::Html;
                Result<qint64> rows = ReportWriter::write(*doc, format, job.path, step);
                outcome = rows ? Result<QString>(ReportsPage::tr("%n row(s) written to %1.", nullptr, int(std::min<qint64>(*rows, INT_MAX)))
                                                     .arg(shown))
                               : Result<QString>(rows.error());
            }
        }
        QMetaObject::invokeMethod(qApp, [self, job, guard, outcome] {
            if (guard)
                guard->deleteLater();
            if (!self)
                return;
            QString message;
            bool ok = false;
            if (*job.cancel) {
                message = job.output == Output::Print ? ReportsPage::tr("Printing cancelled.")
                                                      : ReportsPage::tr("Export cancelled; %1 was not written.")
                                                            .arg(QDir::toNativeSeparators(job.path));
            } else if (!outcome) {
                message = outcome.message();
            } else {
                message = *outcome;
                ok = true;
            }
            self->say(message, !ok && !*job.cancel);
            Q_EMIT self->exportFinished(ok, message);
        }, Qt::QueuedConnection);
    });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_thread == thread)
            m_thread = nullptr;
        updateButtons();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    updateButtons();
}

void ReportsPage::editSelfEvaluationReport()
{
    const QUuid subjectId = m_subject->currentData().toUuid();
    if (!m_ws || subjectId.isNull())
        return;
    SelfEvaluationReportEditor editor(*m_ws, subjectId, fiscalYear(), this);
    if (!editor.loaded()) {
        say(editor.loadError(), true);
        return;
    }
    editor.exec();
}

} // namespace jx
