#pragma once

#include "core/io/TemplateLayout.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace jx {

class Workspace;

/**
 * 导出填报模板: which template (targets, monitoring of a month, self-evaluation), for which agency
 * and year, into which file. The workbook is written off the GUI thread on its own connection
 * (TemplateWorkbook), with progress; the dialog closes when the file is complete.
 */
class TemplateExportDialog : public QDialog
{
    Q_OBJECT

public:
    TemplateExportDialog(Workspace* workspace, TemplateKind kind, int fiscalYear, QWidget* parent = nullptr);

    /// The file written last (empty until an export succeeded).
    QString writtenFile() const { return m_written; }

private:
    void browse();
    void start();
    void kindChanged();
    void suggestFile();

    Workspace* m_workspace;
    QComboBox* m_kind;
    QComboBox* m_agency;
    QSpinBox* m_year;
    QSpinBox* m_month;
    QLineEdit* m_file;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QString m_written;
    bool m_fileEdited = false;
};

} // namespace jx
