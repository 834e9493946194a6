#pragma once

#include "core/exchange/ExchangeSummary.h"
#include "ui/common/StagePage.h"

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace jx {

class MessageBanner;

/**
 * 数据交换: signed packages between levels. Four tabs: export (year, stages, scope, recipient),
 * import (a preview of an incoming package — header, signer, fingerprint, counts, valid or why,
 * and a dry run — before the import, then its summary, which can be saved), the history of
 * packages sent and received, and keys (this installation's signing key; the registry of the
 * keys of other agencies). Everything goes through core/exchange; the page only asks and shows.
 */
class ExchangePage : public StagePage
{
    Q_OBJECT

public:
    explicit ExchangePage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    void setFiscalYear(int year) override;
    void refresh() override;

    /// Shows the preview of the package @p path (what "Open package…" does after its file dialog).
    void previewPackage(const QString& path);

private:
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
