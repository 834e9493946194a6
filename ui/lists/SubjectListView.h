#pragma once

#include "core/storage/SubjectQuery.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace jx {

class SpareWidthColumn;

class SubjectListModel;
class Workspace;

/**
 * A subject list with its filter bar (search over name, code and unit; year, division, unit,
 * budget book, kind, funding tag, the status of each stage, grade, warning, order in force),
 * the totals of the filtered rows, and export of the list as shown to .xlsx or .csv (off the
 * GUI thread, with progress and cancel). Enter or a double click asks to open the subject.
 */
class SubjectListView : public QWidget
{
    Q_OBJECT

public:
    explicit SubjectListView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    /// The columns, in order.
    void setFields(const QList<SubjectField>& fields);
    /// The stages whose status filters the bar offers (Assessment, TargetSet, MonitoringReport, SelfEvaluation).
    void setStageFilters(const QList<RecordKind>& stages);
    /// Conditions of the page that the bar does not show (e.g. only new major programs).
    void setPreset(const SubjectFilter& preset);
    /// The fiscal year chosen in the main window (0: every year); the year filter follows it.
    void setFiscalYear(int year);
    /// Sets the bar's filters from @p filter (the dashboard's links) and shows the result.
    void applyFilter(const SubjectFilter& filter);
    /**
     * Shows only the subjects with overdue work of the page's stage (monitoring or self-evaluation)
     * as of @p asOf (null: today), DeadlineService's rule; @p key (and @p month) narrow it to one
     * piece of work. The bar's overdue box shows it and clears it.
     */
    void showOverdue(const QDate& asOf, const QString& key = {}, int month = 0);
    /// Clears every filter of the bar except the year.
    void clearFilters();
    /// What the list shows now: the preset and the bar's filters.
    SubjectFilter filter() const;

    SubjectListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The subject of the current row; null when none.
    QUuid currentSubjectId() const;
    /// The current row as read, or null.
    const SubjectListRow* currentRow() const;
    /// 导出…: asks for a file and exports the list as shown.
    QAction* exportAction() const { return m_exportAction; }

    /// Exports the list as shown to @p path (.xlsx or .csv) on a thread of its own; exportFinished() tells how it went.
    void exportTo(const QString& path);
    bool isExporting() const { return m_exporting; }
    void refresh();

Q_SIGNALS:
    void openRequested(const QUuid& subjectId);
    void currentSubjectChanged(const QUuid& subjectId);
    /// A message for the window's banner (translated); error true for a failure.
    void messageRequested(const QString& text, bool error);
    void exportFinished(bool ok, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilterBar();
    void fillChoices();
    void applyBar();
    void updateTotals();
    void chooseExportFile();
    QComboBox* addCombo(const QString& objectName, const QString& label);
    /// The overdue filter of the bar for the year shown, from DeadlineService; none when it is off.
    std::optional<OverdueFilter> overdueFilter() const;
    void updateOverdueBox();

    SubjectListModel* m_model;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_year = nullptr;
    QComboBox* m_division = nullptr;
    QComboBox* m_agency = nullptr;
    QComboBox* m_book = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_tag = nullptr;
    QHash<RecordKind, QComboBox*> m_stageCombos;
    QComboBox* m_grade = nullptr;
    QComboBox* m_warning = nullptr;
    QComboBox* m_order = nullptr;
    QComboBox* m_unit = nullptr;
    QCheckBox* m_overdue = nullptr;
    std::optional<RecordKind> m_overdueStage; ///< the stage whose overdue work the box filters by
    QDate m_overdueAsOf;   ///< null: today
    QString m_overdueKey;  ///< one piece of work; empty: all of the stage's
    int m_overdueMonth = 0;
    QLabel* m_totals;
    SpareWidthColumn* m_nameColumn = nullptr; ///< the name takes the width the others leave
    QTimer* m_searchDelay;
    QAction* m_exportAction;
    QList<QWidget*> m_filterWidgets;
    SubjectFilter m_preset;
    int m_fiscalYear = 0;
    bool m_filling = false;
    bool m_exporting = false;
};

} // namespace jx
