#pragma once

#include "core/exchange/Exchange.h"
#include "core/exchange/ExchangeSummary.h"
#include "ui/common/StagePage.h"

#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QThread;

namespace jx {

class MessageBanner;

/**
 * 数据交换: signed packages between levels. Four tabs: export (year, stages, scope, recipient),
 * import (a preview of an incoming package — header, signer, fingerprint, counts, valid or why,
 * and a dry run — before the import, then its summary, which can be saved), the history of
 * packages sent and received, and keys (this installation's signing key; the registry of the
 * keys of other agencies). Everything goes through core/exchange; the page only asks and shows.
 *
 * Export, preview and import run on a worker thread with a connection of their own, under a
 * progress bar with a Cancel button (a cancelled import changes nothing, a cancelled export
 * leaves no file); the window stays usable meanwhile. What an import changed is announced by the
 * window's workspace afterwards, so that every page follows.
 */
class ExchangePage : public StagePage
{
    Q_OBJECT

public:
    explicit ExchangePage(QWidget* parent = nullptr);
    /// Cancels a running export, preview or import and waits for it to stop.
    ~ExchangePage() override;

    void setWorkspace(Workspace* workspace) override;
    void setFiscalYear(int year) override;
    void refresh() override;

    /// Starts the preview of the package @p path (what "Open package…" does after its file dialog).
    void previewPackage(const QString& path);
    /// Whether an export, preview or import is running.
    bool isBusy() const { return m_job != nullptr; }

    /// Called on the worker thread at every progress report, before the work asks whether to go on.
    using ProgressHook = std::function<void(ExchangeStep step, qint64 done, qint64 total)>;
    /// Test seam: lets a test hold the work at a step (to press Cancel there, or to see the window respond).
    static void setProgressHook(ProgressHook hook);

Q_SIGNALS:
    /// An export, preview or import has ended (done, refused or cancelled) and the page shows how.
    void jobFinished();

private:
    /// What a job does on the GUI thread once its work is over; told whether Cancel was pressed.
    using Finish = std::function<void(bool cancelRequested)>;
    /// The work of a job, on the worker thread, with a workspace of its own on the same file.
    using Work = std::function<Finish(Workspace& workspace, const ExchangeProgress& progress)>;
    void startJob(const QString& what, Work work);
    void cancelJob();
    /// Cancels a running job and waits until its thread has stopped (its outcome is dropped).
    void stopJob();
    void showProgress(ExchangeStep step, qint64 done, qint64 total);
    void endJob();

    QWidget* buildExportTab();
    QWidget* buildImportTab();
    QWidget* buildHistoryTab();
    QWidget* buildKeysTab();

    void exportPackage();
    void choosePackage();
    void importPackage();
    void saveSummary();
    void generateKey();
    void exportKeyFile();
    void registerKeyFile();
    void revokeKey();

    void refreshRecipients();
    void refreshHistory();
    void refreshKeys();
    /// A file name from a (non-native) file dialog; empty when cancelled.
    QString askFile(const QString& title, const QString& filter, bool save, const QString& suggested = {});
    /// The passphrase from PassphraseDialog; nothing when cancelled.
    std::optional<QByteArray> askPassphrase(const QString& prompt, bool confirm);
    void report(const QString& text, bool error);

    Workspace* m_workspace = nullptr;
    MessageBanner* m_banner;
    QTabWidget* m_tabs;

    QWidget* m_progressRow;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QString m_jobText;
    QThread* m_job = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    /// Counts jobs; an outcome that arrives for an earlier one (stopped by stopJob()) is dropped.
    quint64 m_jobNumber = 0;

    QSpinBox* m_year;
    QList<QCheckBox*> m_stages;
    QRadioButton* m_scopeAll;
    QRadioButton* m_scopeSince;
    QComboBox* m_recipient;
    QPushButton* m_exportButton;

    QLabel* m_packageFile;
    QPlainTextEdit* m_preview;
    QPushButton* m_importButton;
    QPushButton* m_saveSummaryButton;
    QString m_previewPath;
    std::optional<ExchangeSummary> m_summary;

    QTableWidget* m_history;

    QLabel* m_ownKey;
    QPushButton* m_exportKeyButton;
    QTableWidget* m_knownKeys;
    QPushButton* m_revokeButton;
};

} // namespace jx
