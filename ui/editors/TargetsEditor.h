#pragma once

#include "core/domain/IndicatorFramework.h"
#include "core/domain/Subject.h"
#include "core/domain/TargetSet.h"
#include "core/domain/YearPolicy.h"
#include "ui/editors/RecordEditor.h"

#include <QHash>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace jx {

/**
 * 绩效目标申报表 (and 部门整体绩效目标表 for an agency's overall budget): the overall objective
 * and the indicator grid in the rows and columns of the published form, grouped by the year's
 * level-1 / level-2 framework, with the running weight total of each class, inline checks, Excel
 * paste and last year's targets of the program it continues.
 */
class TargetsEditor : public RecordEditor
{
    Q_OBJECT

public:
    TargetsEditor(Workspace& workspace, const QUuid& subjectId, const QUuid& targetSetId, QWidget* parent = nullptr);

    enum Column
    {
        LevelOneColumn,
        LevelTwoColumn,
        NameColumn,
        OperatorColumn,
        ValueColumn,
        UnitColumn,
        WeightColumn,
        StandardColumn,
        ContentColumn,
    };

public Q_SLOTS:
    /// Fills the form with last year's targets of the program this one continues (one undo step).
    void copyPredecessor();

protected:
    Result<QUuid> saveRecord() override;
    QList<Problem> inputProblems() override;
    QList<Problem> liveIssues() override;
    void refreshDerived() override;
    QString title() const override;
    void afterSave() override;

private:
    struct Category
    {
        QUuid id;
        QString levelOne;
    };
    /// The indicators as the grid gives them (rows that are not empty), with the row of each.
    QList<Indicator> fromGrid(QList<int>* rows) const;
    void loadRows(const QList<Indicator>& indicators, bool keepIds);
    QHash<QString, double> weightOfClass() const;

    Subject m_subject;
    TargetSet m_set;
    FrameworkKind m_framework = FrameworkKind::ProgramTargets;
    std::optional<YearPolicy> m_policy;
    QList<IndicatorCategory> m_categories;
    QHash<QString, Category> m_levelTwo;    ///< level-2 name → id and level-1 name
    QHash<QUuid, QString> m_levelTwoName;   ///< id → level-2 name
    QHash<QUuid, IndicatorCategory> m_categoryById;
    QHash<QString, Indicator> m_stored;     ///< the stored indicators by id, to keep what the grid does not show
    QPlainTextEdit* m_annual;
    QPlainTextEdit* m_midTerm;
    QLineEdit* m_receiving = nullptr;
    EditorGrid* m_grid;
    QLabel* m_weights;
    QPushButton* m_copy;
};

} // namespace jx
