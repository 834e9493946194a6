#pragma once

#include "core/report/ReportCatalog.h"
#include "ui/common/StagePage.h"

#include <QImage>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QThread;
class QTreeWidget;
class QVBoxLayout;

namespace jx {

class Database;
class MessageBanner;

/**
 * 报表: every report of ReportCatalog, grouped (forms of one subject, finance summaries,
 * disclosure), with the inputs each needs, a preview of its pages, and printing and export to
 * PDF, Excel, CSV and HTML. A report is assembled and written on a worker thread with a database
 * connection of its own; a progress dialog can cancel it, and a cancelled export leaves no file.
 * The 绩效自评报告 (a narrative the clerk edits) opens in SelfEvaluationReportEditor.
 */
class ReportsPage : public StagePage
{
    Q_OBJECT

public:
    /// Assembles a report (ReportCatalog::build unless a test says otherwise).
    using Builder = std::function<Result<ReportDocument>(Database& db, const QString& name,
                                                         const ReportParameters& parameters,
                                                         const ReportCatalog::Progress& progress)>;
    /// What is done with a report.
    enum class Output
    {
        Pdf,
        Xlsx,
        Csv,
        Html,
        Print,
    };

    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setWorkspace(Workspace* workspace) override;
    void setFiscalYear(int year) override;
    void refresh() override;

    /// The reports listed and how they are built (for tests; the catalog by default).
    void setCatalog(const QList<ReportInfo>& reports, Builder builder);
    /// Selects report @p name in the list; false when it is not there.
    bool selectReport(const QString& name);
    /// The report selected, if any.
    std::optional<ReportInfo> currentReport() const;
    /// The parameters the inputs give now.
    ReportParameters parameters() const;

    /// Writes the selected report to @p path (asking no file name), on a worker thread.
    void exportTo(Output output, const QString& path);
    /// Whether an export, a print or a preview is running.
    bool busy() const;
    /// The pages of the last preview.
    const QList<QImage>& previewPages() const { return m_pages; }
    /// Pages the report has in all (from the last preview).
    int previewPageCount() const { return m_pageCount; }

Q_SIGNALS:
    /// An export or a print ended; @p message names the file (translated).
    void exportFinished(bool ok, const QString& message);
    /// A preview was rendered (or failed: its message is shown).
    void previewShown();

private:
    struct Job;

    void fillList();
    void fillPickers();
    void showReport();
    void searchSubjects();
    void updateButtons();
    void chooseFile(Output output);
    void print();
    void printPreview();
    void preview();
    void showPreviewPages();
    void clearPreview();
    void editSelfEvaluationReport();
    void start(Output output, const QString& path, std::shared_ptr<void> printer);
    void say(const QString& text, bool error);

    Workspace* m_ws = nullptr;
    QList<ReportInfo> m_reports;
    Builder m_builder;

    MessageBanner* m_banner;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QLabel* m_title;
    QLabel* m_description;
    QWidget* m_subjectRow;
    QLineEdit* m_subjectSearch;
    QComboBox* m_subject;
    QWidget* m_agencyRow;
    QComboBox* m_agency;
    QWidget* m_divisionRow;
    QComboBox* m_division;
    QWidget* m_monthRow;
    QSpinBox* m_month;
    QComboBox* m_unit;
    QComboBox* m_zoom;
    QPushButton* m_previewButton;
    QPushButton* m_printButton;
    QPushButton* m_printPreviewButton;
    QPushButton* m_pdfButton;
    QPushButton* m_xlsxButton;
    QPushButton* m_csvButton;
    QPushButton* m_htmlButton;
    QPushButton* m_editReportButton;
    QLabel* m_previewStatus;
    QScrollArea* m_previewArea;
    QWidget* m_previewPagesWidget;
    QVBoxLayout* m_previewLayout;
    QLayout* m_inputsLayout = nullptr;

    QList<QImage> m_pages;
    int m_pageCount = 0;
    QPointer<QThread> m_thread;
    QPointer<QThread> m_previewThread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_bool> m_previewCancel;
    int m_previewToken = 0;
};

} // namespace jx
