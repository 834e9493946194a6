#pragma once

#include "core/io/TemplateImporter.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace jx {

class Workspace;

/**
 * 从 Excel 导入: a filled-in template is checked first (a dry run off the GUI thread, on its own
 * connection, with progress): what it would create and update, or every problem in a table
 * (sheet, row, column, reason) that can be copied to the clipboard. Import is offered only for a
 * workbook without problems; it runs through the window's workspace, so that every list hears
 * what changed, and writes all of it or nothing.
 */
class TemplateImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateImportDialog(Workspace* workspace, QWidget* parent = nullptr);

    /// Checks @p path at once (as choosing it with Browse… does).
    void setFile(const QString& path);
    /// The last check's or import's result.
    const TemplateImportResult& result() const { return m_result; }

Q_SIGNALS:
    void checked();
    void imported();

private:
    void browse();
    void check();
    void runImport();
    void present(const TemplateImportResult& result, bool afterImport);
    void copyProblems();

    Workspace* m_workspace;
    QLineEdit* m_file;
    QPushButton* m_check;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTableWidget* m_problems;
    QPushButton* m_copy;
    QPushButton* m_import;
    TemplateImportResult m_result;
    QString m_checkedFile;
};

} // namespace jx
