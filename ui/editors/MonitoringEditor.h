#pragma once

#include "core/domain/MonitoringReport.h"
#include "core/domain/Subject.h"
#include "core/domain/TargetSet.h"
#include "core/domain/YearPolicy.h"
#include "ui/editors/RecordEditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jx {

/**
 * 绩效监控表 ("双监控") of one month: budget execution to date and each indicator's progress,
 * year-end forecast, likelihood, deviation cause and measures, with a traffic light per
 * indicator from the monitoring rules (MonitoringAnalyzer).
 */
class MonitoringEditor : public RecordEditor
{
    Q_OBJECT

public:
    MonitoringEditor(Workspace& workspace, const QUuid& subjectId, const QUuid& reportId, QWidget* parent = nullptr);

    enum Column
    {
        LevelOneColumn,
        NameColumn,
        TargetColumn,
        ProgressColumn,
        ForecastColumn,
        LikelihoodColumn,
        CauseColumn,
        MeasuresColumn,
        LightColumn,
    };

protected:
    Result<QUuid> saveRecord() override;
    QList<Problem> inputProblems() override;
    QList<Problem> liveIssues() override;
    void refreshDerived() override;
    QString title() const override;

private:
    /// The report as the fields give it; amounts and numbers that do not parse are left out.
    MonitoringReport fromFields() const;
    void showReport(const MonitoringReport& report);
    /// The clerk picked another month: that month's report when there is one.
    void monthChosen(int month);

    Subject m_subject;
    TargetSet m_targets;
    MonitoringReport m_report;
    std::optional<YearPolicy> m_policy;
    QHash<QUuid, QString> m_levelOne;
    QComboBox* m_month;
    QLineEdit* m_budget;
    QLineEdit* m_executed;
    QLineEdit* m_forecast;
    QLabel* m_rate;
    QPlainTextEdit* m_note;
    EditorGrid* m_grid;
};

} // namespace jx
