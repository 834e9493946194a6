#include "ui/templates/TemplateExportDialog.h"

#include "core/io/TemplateWorkbook.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace jx {

TemplateExportDialog::TemplateExportDialog(Workspace* workspace, TemplateKind kind, int fiscalYear, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(new QComboBox(this))
    , m_agency(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_month(new QSpinBox(this))
    , m_file(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("templateExportDialog"));
    setWindowTitle(tr("Export fill-in template"));
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_agency->setObjectName(QStringLiteral("templateAgency"));
    m_year->setObjectName(QStringLiteral("templateYear"));
    m_month->setObjectName(QStringLiteral("templateMonth"));
    m_file->setObjectName(QStringLiteral("templateFile"));
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("templateExport"));

    for (TemplateKind k : { TemplateKind::Targets, TemplateKind::Monitoring, TemplateKind::SelfEvaluation })
        m_kind->addItem(TemplateLayout::nameOf(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    // The agencies whose programs a template can hold: this one, and the units of its division.
    const Agency& self = workspace->self();
    m_agency->addItem(self.name, self.meta.id);
    if (Result<QList<Agency>> units = AgencyRepository(workspace->database()).inDivision(self.divisionCode)) {
        for (const Agency& a : std::as_const(*units)) {
            if (a.meta.id != self.meta.id && !a.meta.deleted && a.kind == AgencyKind::BudgetUnit)
                m_agency->addItem(a.code.isEmpty() ? a.name : QStringLiteral("%1（%2）").arg(a.name, a.code), a.meta.id);
        }
    }
    m_year->setRange(2000, 2100);
    m_year->setValue(fiscalYear > 0 ? fiscalYear : QDate::currentDate().year());
    m_month->setRange(1, 12);
    m_month->setSuffix(tr(" (month)"));
    m_month->setValue(m_year->value() == QDate::currentDate().year() ? QDate::currentDate().month() : 12);
    m_progress->setVisible(false);

    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("templateBrowse"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("Template:"), m_kind);
    form->addRow(tr("Agency:"), m_agency);
    form->addRow(tr("Fiscal year:"), m_year);
    form->addRow(tr("Monitoring up to:"), m_month);
    form->addRow(tr("File:"), fileRow);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The workbook lists the programs with what is recorded now, laid out like the official "
                                "forms. Clerks fill the white columns in Excel; import it back with “Import from Excel…”."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(browseButton, &QPushButton::clicked, this, &TemplateExportDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateExportDialog::kindChanged);
    connect(m_agency, &QComboBox::currentIndexChanged, this, &TemplateExportDialog::suggestFile);
    connect(m_year, &QSpinBox::valueChanged, this, &TemplateExportDialog::suggestFile);
    connect(m_month, &QSpinBox::valueChanged, this, &TemplateExportDialog::suggestFile);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileEdited = true; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TemplateExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
}

void TemplateExportDialog::kindChanged()
{
    m_month->setEnabled(TemplateKind(m_kind->currentData().toInt()) == TemplateKind::Monitoring);
    suggestFile();
}

void TemplateExportDialog::suggestFile()
{
    if (m_fileEdited)
        return;
    TemplateRequest request;
    request.kind = TemplateKind(m_kind->currentData().toInt());
    request.fiscalYear = m_year->value();
    request.month = m_month->value();
    const QString folder = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString agency = m_agency->currentText().section(QStringLiteral("（"), 0, 0);
    m_file->setText(QDir(folder).filePath(TemplateWorkbook::suggestedFileName(request, agency)));
}

void TemplateExportDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export fill-in template"), m_file->text(),
                                                      tr("Excel workbooks (*.xlsx)"), nullptr,
                                                      QFileDialog::DontUseNativeDialog);
    if (file.isEmpty())
        return;
    m_file->setText(file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? file : file + QStringLiteral(".xlsx"));
    m_fileEdited = true;
}

void TemplateExportDialog::start()
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    TemplateRequest request;
    request.kind = TemplateKind(m_kind->currentData().toInt());
    request.agencyId = m_agency->currentData().toUuid();
    request.fiscalYear = m_year->value();
    request.month = m_month->value();
    request.path = file;
    const QString databasePath = m_workspace->database().path();

    m_buttons->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(file)));
    // Its own connection on its own thread: the window stays responsive while the workbook is written.
    QPointer<TemplateExportDialog> self(this);
    auto* watcher = new QFutureWatcher<Result<int>>(this);
    connect(watcher, &QFutureWatcher<Result<int>>::finished, this, [this, watcher, file] {
        const Result<int> written = watcher->result();
        watcher->deleteLater();
        m_progress->setVisible(false);
        m_buttons->setEnabled(true);
        if (!written) {
            m_status->setText(written.message());
            return;
        }
        m_written = file;
        m_status->setText(tr("%n program(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(file)));
        accept();
    });
    watcher->setFuture(QtConcurrent::run([request, databasePath, self]() -> Result<int> {
        Result<std::unique_ptr<Database>> db = Database::open(databasePath);
        if (!db)
            return db.error();
        return TemplateWorkbook::write(**db, request, [self](int done, int total) {
            if (self) {
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (!self)
                        return;
                    self->m_progress->setRange(0, total);
                    self->m_progress->setValue(done);
                });
            }
            return true;
        });
    }));
}

} // namespace jx
