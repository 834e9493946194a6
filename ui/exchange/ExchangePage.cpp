#include "ui/exchange/ExchangePage.h"

#include "core/domain/EnumTable.h"
#include "core/exchange/Exchange.h"
#include "core/exchange/KeyRegistry.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/PackageReader.h"
#include "core/exchange/PayloadWriter.h"
#include "core/storage/AgencyRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/exchange/PassphraseDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace jx {

namespace {

QString stageName(const QString& code)
{
    if (code == QLatin1String("assessment"))
        return ExchangePage::tr("Ex-ante assessment");
    if (code == QLatin1String("targets"))
        return ExchangePage::tr("Performance targets");
    if (code == QLatin1String("monitoring"))
        return ExchangePage::tr("Monitoring");
    if (code == QLatin1String("evaluation"))
        return ExchangePage::tr("Self-evaluation");
    if (code == QLatin1String("application"))
        return ExchangePage::tr("Result application");
    return code;
}

QString local(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString partyText(const PackageParty& p)
{
    if (p.isNull())
        return ExchangePage::tr("(none)");
    const QString name = p.agencyCode.isEmpty() ? p.agencyName : ExchangePage::tr("%1 (%2)").arg(p.agencyName, p.agencyCode);
    return ExchangePage::tr("%1, %2, division %3").arg(name, Names::of(p.agencyKind), p.divisionCode);
}

// The test seam of setProgressHook(); set before a job starts, read on its thread.
ExchangePage::ProgressHook& progressHook()
{
    static ExchangePage::ProgressHook hook;
    return hook;
}

QString stepText(ExchangeStep step)
{
    switch (step) {
    case ExchangeStep::Verifying:
        return ExchangePage::tr("checking the digest and the signature");
    case ExchangeStep::Importing:
        return ExchangePage::tr("reading the records in");
    case ExchangeStep::Collecting:
        return ExchangePage::tr("collecting the records");
    case ExchangeStep::Signing:
        return ExchangePage::tr("writing and signing the file");
    }
    return {};
}

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

ExchangePage::ExchangePage(QWidget* parent)
    : StagePage(parent)
{
    setObjectName(QStringLiteral("exchangePage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("exchangeBanner"));
    layout->addWidget(m_banner);
    // While an export, preview or import runs: what it is doing, how far, and a way to stop it.
    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("exchangeProgressRow"));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(QStringLiteral("exchangeProgressLabel"));
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("exchangeProgress"));
    m_progress->setMinimumWidth(240);
    m_cancelButton = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancelButton->setObjectName(QStringLiteral("cancelExchangeButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ExchangePage::cancelJob);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_cancelButton);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("exchangeTabs"));
    m_tabs->addTab(buildExportTab(), tr("Export"));
    m_tabs->addTab(buildImportTab(), tr("Import"));
    m_tabs->addTab(buildHistoryTab(), tr("History"));
    m_tabs->addTab(buildKeysTab(), tr("Keys"));
    layout->addWidget(m_tabs);
    setWorkspace(nullptr);
}

ExchangePage::~ExchangePage()
{
    stopJob();
}

void ExchangePage::setProgressHook(ProgressHook hook)
{
    progressHook() = std::move(hook);
}

void ExchangePage::startJob(const QString& what, Work work)
{
    if (!m_workspace || m_job)
        return;
    // The worker opens the same file on its own connection (a connection belongs to one thread),
    // acting as the same person; it never touches this page's workspace.
    const QString path = m_workspace->database().path();
    const bool readOnly = m_workspace->readOnly();
    const Actor actor = m_workspace->actor();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const quint64 number = ++m_jobNumber;
    m_jobText = what;
    m_progressLabel->setText(what);
    m_progress->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    m_progressRow->show();
    m_tabs->setEnabled(false);
    m_job = QThread::create([this, path, readOnly, actor, cancel, work, number] {
        Finish finish;
        QList<ChangeSet> changes;
        {
            Result<std::unique_ptr<Workspace>> opened = readOnly ? Workspace::openReadOnly(path) : Workspace::open(path);
            if (!opened) {
                const QString message = opened.message();
                finish = [this, message](bool) { report(message, true); };
            } else {
                Workspace& workspace = **opened;
                (void)workspace.setActor(actor);
                workspace.database().addChangeListener([&changes](const ChangeSet& c) { changes << c; });
                int lastStep = -1;
                qint64 lastShown = -2;
                const ExchangeProgress progress = [&, this](ExchangeStep step, qint64 done, qint64 total) {
                    if (const ProgressHook& hook = progressHook())
                        hook(step, done, total);
                    // Reported when it shows: a new step or another tenth of a percent.
                    const qint64 shown = total > 0 ? done * 1000 / total : -1;
                    if (int(step) != lastStep || shown != lastShown) {
                        lastStep = int(step);
                        lastShown = shown;
                        QMetaObject::invokeMethod(this, [this, step, done, total, number] {
                            if (number == m_jobNumber)
                                showProgress(step, done, total);
                        }, Qt::QueuedConnection);
                    }
                    return !cancel->load();
                };
                finish = work(workspace, progress);
            }
        } // the worker's connection closes here, on its own thread
        QMetaObject::invokeMethod(this, [this, finish, changes, cancel, number] {
            if (number != m_jobNumber)
                return; // stopped: the page has moved on
            endJob();
            if (m_workspace) {
                // A read left open on this thread's connection would still see the file as it was
                // before the worker's commit (the history, the lists): every cached read starts afresh.
                m_workspace->database().releaseReads();
                // What the import wrote, announced by the window's workspace: every page follows.
                for (const ChangeSet& c : changes)
                    m_workspace->announce(c);
            }
            if (finish)
                finish(cancel->load());
            Q_EMIT jobFinished();
        }, Qt::QueuedConnection);
    });
    connect(m_job, &QThread::finished, m_job, &QObject::deleteLater);
    m_job->start();
}

void ExchangePage::showProgress(ExchangeStep step, qint64 done, qint64 total)
{
    if (!m_job)
        return;
    if (!m_cancel || !m_cancel->load())
        m_progressLabel->setText(tr("%1: %2…").arg(m_jobText, stepText(step)));
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    } else {
        m_progress->setRange(0, 0); // busy: the step is not counted
    }
}

void ExchangePage::cancelJob()
{
    if (!m_job || !m_cancel)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("%1: cancelling…").arg(m_jobText));
}

void ExchangePage::stopJob()
{
    if (!m_job)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_job->wait();
    ++m_jobNumber; // its outcome, queued or not, is dropped
    endJob();
}

void ExchangePage::endJob()
{
    m_job = nullptr; // deletes itself once finished
    m_progressRow->hide();
    m_tabs->setEnabled(m_workspace != nullptr);
}

QWidget* ExchangePage::buildExportTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* form = new QFormLayout;
    m_year = new QSpinBox(tab);
    m_year->setObjectName(QStringLiteral("exportYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(Workspace::defaultFiscalYear());
    form->addRow(tr("Fiscal year:"), m_year);

    auto* stages = new QWidget(tab);
    auto* stagesLayout = new QHBoxLayout(stages);
    stagesLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString& code : PayloadWriter::stages()) {
        auto* box = new QCheckBox(stageName(code), stages);
        box->setObjectName(QStringLiteral("exportStage_") + code);
        box->setProperty("stage", code);
        box->setChecked(true);
        stagesLayout->addWidget(box);
        m_stages << box;
    }
    stagesLayout->addStretch();
    form->addRow(tr("Stages:"), stages);

    auto* scope = new QWidget(tab);
    auto* scopeLayout = new QHBoxLayout(scope);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    m_scopeAll = new QRadioButton(tr("Everything in scope"), scope);
    m_scopeAll->setObjectName(QStringLiteral("exportScopeAll"));
    m_scopeAll->setChecked(true);
    m_scopeSince = new QRadioButton(tr("Only changes since the last package the recipient acknowledged"), scope);
    m_scopeSince->setObjectName(QStringLiteral("exportScopeSince"));
    scopeLayout->addWidget(m_scopeAll);
    scopeLayout->addWidget(m_scopeSince);
    scopeLayout->addStretch();
    form->addRow(tr("Scope:"), scope);

    m_recipient = new QComboBox(tab);
    m_recipient->setObjectName(QStringLiteral("exportRecipient"));
    m_recipient->setEditable(true);
    m_recipient->setMinimumWidth(360);
    m_recipient->setToolTip(tr("An agency known here or whose key is registered; or type its id or local code."));
    form->addRow(tr("Recipient:"), m_recipient);
    layout->addLayout(form);

    m_exportButton = new QPushButton(tr("Export package…"), tab);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ExchangePage::exportPackage);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* note = new QLabel(tr("The package is signed with this installation's key (its passphrase is asked). "
                               "Exporting changes nothing here but the package counter."),
                            tab);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();
    return tab;
}

QWidget* ExchangePage::buildImportTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* top = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open package…"), tab);
    open->setObjectName(QStringLiteral("openPackageButton"));
    connect(open, &QPushButton::clicked, this, &ExchangePage::choosePackage);
    top->addWidget(open);
    m_packageFile = new QLabel(tr("No package chosen."), tab);
    m_packageFile->setObjectName(QStringLiteral("packageFile"));
    top->addWidget(m_packageFile, 1);
    layout->addLayout(top);

    m_preview = new QPlainTextEdit(tab);
    m_preview->setObjectName(QStringLiteral("packagePreview"));
    m_preview->setReadOnly(true);
    layout->addWidget(m_preview, 1);

    auto* buttons = new QHBoxLayout;
    m_importButton = new QPushButton(tr("Import"), tab);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    connect(m_importButton, &QPushButton::clicked, this, &ExchangePage::importPackage);
    m_saveSummaryButton = new QPushButton(tr("Save summary…"), tab);
    m_saveSummaryButton->setObjectName(QStringLiteral("saveSummaryButton"));
    m_saveSummaryButton->setEnabled(false);
    connect(m_saveSummaryButton, &QPushButton::clicked, this, &ExchangePage::saveSummary);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_saveSummaryButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    return tab;
}

QWidget* ExchangePage::buildHistoryTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_history = makeTable(QStringLiteral("exchangeHistory"),
        { tr("Direction"), tr("Time"), tr("Kind"), tr("No."), tr("Other agency"), tr("Year"), tr("Records"),
            tr("Status") },
        tab);
    layout->addWidget(m_history);
    return tab;
}

QWidget* ExchangePage::buildKeysTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* own = new QGroupBox(tr("This installation's signing key"), tab);
    auto* ownLayout = new QVBoxLayout(own);
    m_ownKey = new QLabel(own);
    m_ownKey->setObjectName(QStringLiteral("ownKey"));
    m_ownKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ownKey->setWordWrap(true);
    ownLayout->addWidget(m_ownKey);
    auto* ownButtons = new QHBoxLayout;
    auto* generate = new QPushButton(tr("Generate key…"), own);
    generate->setObjectName(QStringLiteral("generateKeyButton"));
    connect(generate, &QPushButton::clicked, this, &ExchangePage::generateKey);
    m_exportKeyButton = new QPushButton(tr("Export key file…"), own);
    m_exportKeyButton->setObjectName(QStringLiteral("exportKeyButton"));
    connect(m_exportKeyButton, &QPushButton::clicked, this, &ExchangePage::exportKeyFile);
    ownButtons->addWidget(generate);
    ownButtons->addWidget(m_exportKeyButton);
    ownButtons->addStretch();
    ownLayout->addLayout(ownButtons);
    layout->addWidget(own);

    auto* known = new QGroupBox(tr("Known keys of other agencies"), tab);
    auto* knownLayout = new QVBoxLayout(known);
    m_knownKeys = makeTable(QStringLiteral("knownKeys"),
        { tr("Fingerprint"), tr("Agency"), tr("Division"), tr("Registered"), tr("Status") }, known);
    knownLayout->addWidget(m_knownKeys);
    auto* knownButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Register key file…"), known);
    add->setObjectName(QStringLiteral("registerKeyButton"));
    connect(add, &QPushButton::clicked, this, &ExchangePage::registerKeyFile);
    m_revokeButton = new QPushButton(tr("Revoke…"), known);
    m_revokeButton->setObjectName(QStringLiteral("revokeKeyButton"));
    connect(m_revokeButton, &QPushButton::clicked, this, &ExchangePage::revokeKey);
    knownButtons->addWidget(add);
    knownButtons->addWidget(m_revokeButton);
    knownButtons->addStretch();
    knownLayout->addLayout(knownButtons);
    layout->addWidget(known, 1);
    return tab;
}

void ExchangePage::setWorkspace(Workspace* workspace)
{
    stopJob();
    m_workspace = workspace;
    m_tabs->setEnabled(workspace != nullptr);
    m_previewPath.clear();
    m_summary.reset();
    m_preview->clear();
    m_packageFile->setText(tr("No package chosen."));
    m_importButton->setEnabled(false);
    m_saveSummaryButton->setEnabled(false);
    refresh();
}

void ExchangePage::setFiscalYear(int year)
{
    StagePage::setFiscalYear(year);
    if (year > 0)
        m_year->setValue(year);
}

void ExchangePage::refresh()
{
    refreshRecipients();
    refreshHistory();
    refreshKeys();
}

void ExchangePage::report(const QString& text, bool error)
{
    m_banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
    Q_EMIT messageRequested(text, error);
}

QString ExchangePage::askFile(const QString& title, const QString& filter, bool save, const QString& suggested)
{
    QFileDialog dialog(this, title);
    dialog.setObjectName(QStringLiteral("exchangeFileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setNameFilter(filter);
    dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (!suggested.isEmpty())
        dialog.selectFile(suggested);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

std::optional<QByteArray> ExchangePage::askPassphrase(const QString& prompt, bool confirm)
{
    PassphraseDialog dialog(prompt, confirm, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

void ExchangePage::refreshRecipients()
{
    const QString typed = m_recipient->currentText();
    m_recipient->clear();
    if (!m_workspace)
        return;
    QSet<QUuid> seen { m_workspace->self().meta.id };
    if (Result<QList<Agency>> agencies = AgencyRepository(m_workspace->database()).inDivision(m_workspace->self().divisionCode)) {
        for (const Agency& a : *agencies) {
            if (seen.contains(a.meta.id))
                continue;
            seen.insert(a.meta.id);
            m_recipient->addItem(tr("%1 (%2)").arg(a.name, Names::of(a.kind)), a.meta.id.toString(QUuid::WithoutBraces));
        }
    }
    if (Result<QList<KnownKey>> keys = KeyRegistry(m_workspace->database()).list()) {
        for (const KnownKey& k : *keys) {
            if (k.revoked() || seen.contains(k.agency.agencyId))
                continue;
            seen.insert(k.agency.agencyId);
            m_recipient->addItem(tr("%1 (%2, division %3)").arg(k.agency.agencyName, Names::of(k.agency.agencyKind), k.agency.divisionCode),
                k.agency.agencyId.toString(QUuid::WithoutBraces));
        }
    }
    if (!typed.isEmpty() && m_recipient->findText(typed) < 0)
        m_recipient->setEditText(typed);
}

void ExchangePage::exportPackage()
{
    if (!m_workspace)
        return;
    ExportOptions options;
    const int index = m_recipient->findText(m_recipient->currentText());
    options.recipient = index >= 0 ? m_recipient->itemData(index).toString() : m_recipient->currentText().trimmed();
    if (options.recipient.isEmpty()) {
        report(tr("Choose the agency the package is for."), true);
        return;
    }
    options.fiscalYear = m_year->value();
    for (QCheckBox* box : m_stages) {
        if (box->isChecked())
            options.stages << box->property("stage").toString();
    }
    if (options.stages.isEmpty()) {
        report(tr("Choose at least one stage to export."), true);
        return;
    }
    options.sinceAcknowledged = m_scopeSince->isChecked();
    const QString suggested = QStringLiteral("%1-%2.jxpkg").arg(options.fiscalYear).arg(m_workspace->self().name);
    options.outputPath = askFile(tr("Export package"), tr("Jixiao packages (*.jxpkg)"), true, suggested);
    if (options.outputPath.isEmpty())
        return;
    const std::optional<QByteArray> passphrase = askPassphrase(tr("The package is signed with this installation's key."), false);
    if (!passphrase)
        return;
    options.passphrase = QString::fromUtf8(*passphrase);
    startJob(tr("Exporting the package"), [this, options](Workspace& workspace, const ExchangeProgress& progress) -> Finish {
        const Result<ExportResult> result = Exchange(workspace).exportPackage(options, progress);
        return [this, result](bool cancelRequested) {
            if (!result) {
                if (cancelRequested)
                    report(tr("The export was cancelled; no package file was written."), false);
                else
                    report(result.message(), true);
                return;
            }
            qint64 records = 0;
            for (qint64 n : result->counts)
                records += n;
            report(tr("%1 no. %2 for %3 written to %4: %5 records.")
                       .arg(result->direction == ExchangeDirection::Submission
                               ? PackageHeader::kindName(PackageKind::Submission)
                               : PackageHeader::kindName(PackageKind::Return))
                       .arg(result->sequence)
                       .arg(result->recipientName, result->path)
                       .arg(records),
                false);
            refreshHistory();
        };
    });
}

void ExchangePage::choosePackage()
{
    const QString path = askFile(tr("Open package"), tr("Jixiao packages (*.jxpkg);;All files (*)"), false);
    if (!path.isEmpty())
        previewPackage(path);
}

void ExchangePage::previewPackage(const QString& path)
{
    if (m_job)
        return;
    m_previewPath = path;
    m_summary.reset();
    m_saveSummaryButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_packageFile->setText(path);
    m_preview->clear();
    if (!m_workspace)
        return;
    m_tabs->setCurrentIndex(1);
    startJob(tr("Checking the package"), [this, path](Workspace& workspace, const ExchangeProgress& progress) -> Finish {
        const PackageReader::Inspection found = PackageReader::inspect(path, {}, [&progress](qint64 done, qint64 total) {
            return progress(ExchangeStep::Verifying, done, total);
        });
        Result<void> validity = found.validity;
        if (validity) {
            VerifiedPackage package;
            package.path = path;
            package.header = *found.header;
            package.signerPublicKey = found.signerPublicKey;
            package.signerFingerprint = found.signerFingerprint;
            validity = KeyRegistry(workspace.database()).checkSigner(package);
        }
        QStringList lines;
        lines << tr("Package: %1 (%2 bytes)").arg(path).arg(found.fileSize);
        if (found.header) {
            const PackageHeader& h = *found.header;
            if (!found.validity)
                lines << tr("(the header below is shown as the file says; it is not verified)");
            QStringList counts;
            for (auto it = h.recordCounts.cbegin(); it != h.recordCounts.cend(); ++it) {
                if (it.value() > 0)
                    counts << tr("%1: %2").arg(ExchangeSummary::kindName(it.key())).arg(it.value());
            }
            QStringList stages;
            for (const QString& s : h.stages)
                stages << stageName(s);
            lines << tr("Kind: %1, format %2").arg(PackageHeader::kindName(h.kind), h.format.toString())
                  << tr("Sender: %1").arg(partyText(h.sender)) << tr("Recipient: %1").arg(partyText(h.recipient))
                  << tr("Fiscal year: %1; stages: %2").arg(h.fiscalYear).arg(stages.isEmpty() ? (h.kind == PackageKind::KeyFile ? tr("(none)") : tr("all")) : stages.join(tr(", ")))
                  << tr("Created: %1; sequence no. %2").arg(local(h.createdAt)).arg(h.sequence)
                  << tr("Records: %1").arg(counts.isEmpty() ? tr("(none)") : counts.join(tr(", ")));
        }
        if (!found.signerFingerprint.isEmpty())
            lines << tr("Signer key fingerprint: %1 (compare it with the sender)").arg(found.signerFingerprint);
        lines << (validity ? tr("Valid: the signature verifies and the signer is a registered key of the sender.")
                           : tr("NOT VALID: %1").arg(validity.message()));
        bool importable = false;
        if (validity && found.header && found.header->kind != PackageKind::KeyFile) {
            const Result<ExchangeSummary> dryRun = Exchange(workspace).importPackage(path, true, progress);
            lines << QString() << tr("Dry run (nothing written):");
            if (!dryRun) {
                lines << dryRun.message();
            } else {
                lines << dryRun->toText();
                importable = dryRun->outcome == ExchangeSummary::Outcome::DryRun;
            }
        } else if (validity && found.header) {
            lines << tr("This is a key file: register it on the Keys tab.");
        }
        return [this, lines, importable](bool cancelRequested) {
            if (cancelRequested && !importable) {
                m_preview->setPlainText(tr("The preview was cancelled."));
                return;
            }
            m_preview->setPlainText(lines.join(QLatin1Char('\n')));
            m_importButton->setEnabled(importable);
        };
    });
}

void ExchangePage::importPackage()
{
    if (!m_workspace || m_previewPath.isEmpty() || m_job)
        return;
    m_importButton->setEnabled(false);
    const QString path = m_previewPath;
    startJob(tr("Importing the package"), [this, path](Workspace& workspace, const ExchangeProgress& progress) -> Finish {
        const Result<ExchangeSummary> summary = Exchange(workspace).importPackage(path, false, progress);
        return [this, path, summary](bool cancelRequested) {
            if (!summary) {
                if (cancelRequested) {
                    const QString message = tr("The import was cancelled; the database was left as it was.");
                    report(message, false);
                    m_preview->appendPlainText(QStringLiteral("\n") + message);
                    m_importButton->setEnabled(true);
                    return;
                }
                report(summary.message(), true);
                m_preview->appendPlainText(QStringLiteral("\n") + tr("Not imported: %1").arg(summary.message()));
                return;
            }
            m_summary = *summary;
            m_preview->setPlainText(tr("Import of %1:").arg(path) + QLatin1Char('\n') + summary->toText());
            m_saveSummaryButton->setEnabled(true);
            report(summary->message.isEmpty() ? ExchangeSummary::statusName(summary->status) : summary->message,
                   summary->status == ExchangeSummary::Status::Error);
            refreshHistory();
        };
    });
}

void ExchangePage::saveSummary()
{
    if (!m_summary)
        return;
    const QString path = askFile(tr("Save summary"), tr("JSON (*.json);;Text (*.txt)"), true,
                                 QStringLiteral("summary-%1.json").arg(m_summary->sequence));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        ? QJsonDocument(m_summary->toJson()).toJson()
        : m_summary->toText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        report(tr("Cannot write “%1”: %2").arg(path, file.errorString()), true);
        return;
    }
    report(tr("Summary saved to %1.").arg(path), false);
}

void ExchangePage::refreshHistory()
{
    m_history->setRowCount(0);
    if (!m_workspace)
        return;
    Result<ExchangeHistory> history = Exchange(*m_workspace).history();
    if (!history) {
        report(history.message(), true);
        return;
    }
    const auto kindName = [](ExchangeDirection d) {
        return PackageHeader::kindName(d == ExchangeDirection::Submission ? PackageKind::Submission : PackageKind::Return);
    };
    for (const SentPackage& p : history->sent) {
        qint64 records = 0;
        for (qint64 n : p.counts)
            records += n;
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        QString other = p.recipientId.toString(QUuid::WithoutBraces);
        if (Result<Agency> a = Exchange(*m_workspace).findAgency(other))
            other = a->name;
        setRow(m_history, row, { tr("Sent"), local(p.createdAt), kindName(p.direction), QString::number(p.sequence), other,
            QString::number(p.fiscalYear), QString::number(records),
            p.acknowledgedAt.isValid() ? tr("acknowledged %1").arg(local(p.acknowledgedAt)) : tr("not acknowledged yet") });
    }
    for (const ReceivedPackage& p : history->received) {
        const KindCounts t = p.summary.totals();
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        // The sender as its signed header named it.
        QString sender = p.summary.senderName;
        if (sender.isEmpty())
            sender = p.header.value(QStringLiteral("sender")).toObject().value(QStringLiteral("agencyName")).toString();
        if (sender.isEmpty())
            sender = p.senderId.toString(QUuid::WithoutBraces);
        setRow(m_history, row, { tr("Received"), local(p.importedAt), kindName(p.direction), QString::number(p.sequence),
            sender,
            QString::number(p.fiscalYear), QString::number(t.total()),
            tr("%1: %2 created, %3 updated, %4 unchanged, %5 ignored, %6 conflicts")
                .arg(ExchangeSummary::statusName(p.summary.status))
                .arg(t.created)
                .arg(t.updated)
                .arg(t.unchanged)
                .arg(t.ignored)
                .arg(t.conflicts) });
    }
    m_history->resizeColumnsToContents();
}

void ExchangePage::refreshKeys()
{
    m_knownKeys->setRowCount(0);
    m_ownKey->clear();
    m_exportKeyButton->setEnabled(false);
    if (!m_workspace)
        return;
    Result<std::optional<OwnKey>> own = KeyStore(m_workspace->database()).current();
    if (own && own->has_value()) {
        m_ownKey->setText(tr("Fingerprint %1, made %2. Give its key file to the level above and compare the fingerprint "
                             "with them by phone.")
                              .arg((*own)->fingerprint, local((*own)->createdAt)));
        m_exportKeyButton->setEnabled(true);
    } else {
        m_ownKey->setText(tr("No signing key yet: generate one before exporting packages."));
    }
    Result<QList<KnownKey>> known = KeyRegistry(m_workspace->database()).list();
    if (!known)
        return;
    for (const KnownKey& k : *known) {
        const int row = m_knownKeys->rowCount();
        m_knownKeys->insertRow(row);
        setRow(m_knownKeys, row, { k.fingerprint, tr("%1 (%2)").arg(k.agency.agencyName, Names::of(k.agency.agencyKind)),
            k.agency.divisionCode, local(k.registeredAt),
            k.revoked() ? tr("revoked %1: %2").arg(local(k.revokedAt), k.revokeReason) : tr("valid") });
    }
    m_knownKeys->resizeColumnsToContents();
    m_revokeButton->setEnabled(!known->isEmpty());
}

void ExchangePage::generateKey()
{
    if (!m_workspace)
        return;
    KeyStore store(m_workspace->database());
    Result<std::optional<OwnKey>> current = store.current();
    const bool replacing = current && current->has_value();
    const QString prompt = replacing
        ? tr("A new key replaces the current one; the level above must register the new key file. Choose the "
             "passphrase that will protect it (at least %1 characters).").arg(SigningKey::MinPassphraseLength)
        : tr("Choose the passphrase that will protect the new signing key (at least %1 characters). It is not stored "
             "anywhere: without it the key cannot sign.").arg(SigningKey::MinPassphraseLength);
    const std::optional<QByteArray> passphrase = askPassphrase(prompt, true);
    if (!passphrase)
        return;
    Result<OwnKey> key = m_workspace->generateKey(*passphrase);
    if (!key) {
        report(key.message(), true);
        return;
    }
    report(tr("New signing key, fingerprint %1.").arg(key->fingerprint), false);
    refreshKeys();
}

void ExchangePage::exportKeyFile()
{
    if (!m_workspace)
        return;
    const QString path = askFile(tr("Export key file"), tr("Jixiao key files (*.jxkey)"), true,
                                 QStringLiteral("%1.jxkey").arg(m_workspace->self().name));
    if (path.isEmpty())
        return;
    const std::optional<QByteArray> passphrase = askPassphrase(tr("The key file is signed with the key it carries."), false);
    if (!passphrase)
        return;
    Result<KeyFile> file = KeyStore(m_workspace->database()).exportKeyFile(m_workspace->self(), *passphrase, path);
    if (!file) {
        report(file.message(), true);
        return;
    }
    report(tr("Key file written to %1; fingerprint %2.").arg(path, file->fingerprint()), false);
}

void ExchangePage::registerKeyFile()
{
    if (!m_workspace)
        return;
    const QString path = askFile(tr("Register key file"), tr("Jixiao key files (*.jxkey);;All files (*)"), false);
    if (path.isEmpty())
        return;
    Result<KeyFile> file = KeyFile::read(path);
    if (!file) {
        report(file.message(), true);
        return;
    }
    Result<KnownKey> known = m_workspace->registerKey(*file);
    if (!known) {
        report(known.message(), true);
        return;
    }
    report(tr("Registered the key of %1, fingerprint %2: compare it with the sender by phone; revoke it if it differs.")
               .arg(known->agency.agencyName, known->fingerprint),
        false);
    refreshKeys();
    refreshRecipients();
}

void ExchangePage::revokeKey()
{
    if (!m_workspace)
        return;
    const int row = m_knownKeys->currentRow();
    if (row < 0) {
        report(tr("Choose the key to revoke in the list."), true);
        return;
    }
    const QString fingerprint = m_knownKeys->item(row, 0)->text();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Revoke key"),
        tr("Why is key %1 revoked? Packages signed with it are refused from now on.").arg(fingerprint),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (Result<void> r = m_workspace->revokeKey(fingerprint, reason); !r) {
        report(r.message(), true);
        return;
    }
    report(tr("Key %1 revoked.").arg(fingerprint), false);
    refreshKeys();
    refreshRecipients();
}

} // namespace jx
