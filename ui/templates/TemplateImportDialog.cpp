#include "ui/templates/TemplateImportDialog.h"

#include "core/io/XlsxReader.h"
#include "core/workspace/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace jx {

TemplateImportDialog::TemplateImportDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_file(new QLineEdit(this))
    , m_check(new QPushButton(tr("Check"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_problems(new QTableWidget(0, 4, this))
    , m_copy(new QPushButton(tr("Copy problems"), this))
    , m_import(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("templateImportDialog"));
    setWindowTitle(tr("Import from Excel"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("A filled-in template (.xlsx)"));
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_copy->setObjectName(QStringLiteral("copyProblems"));
    m_import->setObjectName(QStringLiteral("importRun"));
    m_problems->setHorizontalHeaderLabels({ tr("Sheet"), tr("Row"), tr("Column"), tr("Reason") });
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->setColumnWidth(0, 90);
    m_problems->setColumnWidth(1, 50);
    m_problems->setColumnWidth(2, 180);
    m_progress->setVisible(false);
    m_import->setEnabled(false);
    m_copy->setEnabled(false);

    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    fileRow->addWidget(m_check);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    m_import->setAutoDefault(false);
    m_copy->setAutoDefault(false);
    m_check->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose a template exported from this program and filled in Excel. It is checked "
                                "first; nothing is written while any problem remains, and then all of it at once."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(820, 480);

    connect(browseButton, &QPushButton::clicked, this, &TemplateImportDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &TemplateImportDialog::check);
    connect(m_file, &QLineEdit::returnPressed, this, &TemplateImportDialog::check);
    connect(m_file, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });
    connect(m_copy, &QPushButton::clicked, this, &TemplateImportDialog::copyProblems);
    connect(m_import, &QPushButton::clicked, this, &TemplateImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void TemplateImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    check();
}

void TemplateImportDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import from Excel"), m_file->text(),
                                                      tr("Excel workbooks (*.xlsx)"), nullptr,
                                                      QFileDialog::DontUseNativeDialog);
    if (!file.isEmpty())
        setFile(file);
}

void TemplateImportDialog::check()
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty())
        return;
    const QString databasePath = m_workspace->database().path();
    const Actor actor = m_workspace->actor();
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Checking %1…").arg(QDir::toNativeSeparators(file)));
    // The dry run reads and checks everything on its own connection and thread, and writes nothing.
    QPointer<TemplateImportDialog> self(this);
    auto* watcher = new QFutureWatcher<TemplateImportResult>(this);
    connect(watcher, &QFutureWatcher<TemplateImportResult>::finished, this, [this, watcher, file] {
        const TemplateImportResult result = watcher->result();
        watcher->deleteLater();
        m_progress->setVisible(false);
        m_check->setEnabled(true);
        m_checkedFile = file;
        present(result, false);
        Q_EMIT checked();
    });
    watcher->setFuture(QtConcurrent::run([file, databasePath, actor, self]() {
        TemplateImportResult result;
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(databasePath);
        if (ws) {
            if (Result<void> r = (*ws)->setActor(actor); !r) {
                result.problems << TemplateProblem { {}, 0, 0, {}, r.message() };
                return result;
            }
        } else {
            result.problems << TemplateProblem { {}, 0, 0, {}, ws.message() };
            return result;
        }
        TemplateImporter::Options options;
        options.dryRun = true;
        options.progress = [self](int done, int total) {
            QMetaObject::invokeMethod(qApp, [self, done, total] {
                if (!self)
                    return;
                self->m_progress->setRange(0, total);
                self->m_progress->setValue(done);
            });
            return true;
        };
        return TemplateImporter::run(**ws, file, options);
    }));
}

void TemplateImportDialog::runImport()
{
    if (m_checkedFile.isEmpty() || !m_result.ok())
        return;
    // Through the window's workspace: every list hears what changed. All of it, or nothing.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const TemplateImportResult result = TemplateImporter::run(*m_workspace, m_checkedFile, false);
    QApplication::restoreOverrideCursor();
    present(result, true);
    if (result.ok() && result.written) {
        Q_EMIT imported();
        m_import->setEnabled(false);
    }
}

void TemplateImportDialog::present(const TemplateImportResult& result, bool afterImport)
{
    m_result = result;
    m_problems->setRowCount(0);
    for (const TemplateProblem& p : result.problems) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        QString column;
        if (p.column > 0)
            column = p.header.isEmpty() ? XlsxReader::columnName(p.column)
                                        : QStringLiteral("%1（%2）").arg(XlsxReader::columnName(p.column), p.header);
        m_problems->setItem(row, 0, new QTableWidgetItem(p.sheet));
        m_problems->setItem(row, 1, new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : QString()));
        m_problems->setItem(row, 2, new QTableWidgetItem(column));
        m_problems->setItem(row, 3, new QTableWidgetItem(p.reason));
    }
    m_problems->resizeRowsToContents();
    m_copy->setEnabled(!result.problems.isEmpty());
    const QString what = result.kind ? tr("%1, %2").arg(TemplateLayout::nameOf(*result.kind)).arg(result.fiscalYear)
                                     : tr("The workbook");
    if (!result.ok()) {
        m_summary->setText(tr("%1: %n problem(s); nothing was imported. Correct them in Excel and check again.", nullptr,
                              int(result.problems.size()))
                               .arg(what));
        m_import->setEnabled(false);
        return;
    }
    const QString counts = tr("%1 program(s), %2 row(s): %3 record(s) to create, %4 to update, %5 unchanged.")
                               .arg(result.programs)
                               .arg(result.rows)
                               .arg(result.created)
                               .arg(result.updated)
                               .arg(result.unchanged);
    if (afterImport) {
        m_summary->setText(tr("%1 imported. %2").arg(what, counts));
    } else {
        m_summary->setText(tr("%1 checked, no problems. %2").arg(what, counts));
        m_import->setEnabled(result.created + result.updated > 0);
    }
}

void TemplateImportDialog::copyProblems()
{
    // Tab-separated, one problem a line: pastes into a spreadsheet as a table.
    QStringList lines { QStringList { tr("Sheet"), tr("Row"), tr("Column"), tr("Reason") }.join(QLatin1Char('\t')) };
    for (const TemplateProblem& p : m_result.problems) {
        lines << QStringList { p.sheet, p.row > 0 ? QString::number(p.row) : QString(),
                               p.column > 0 ? XlsxReader::columnName(p.column) + QLatin1Char(' ') + p.header : QString(),
                               p.reason }
                     .join(QLatin1Char('\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace jx
