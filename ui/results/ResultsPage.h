#pragma once

#include "ui/common/StagePage.h"

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace jx {

class SpareWidthColumn;

class MessageBanner;
class ResultsModel;
struct ResultsRow;

/**
 * 结果运用: the programs of the fiscal year with the grade that binds them and the decision on
 * each for next year. A decision is made in DecisionDialog (Workspace::newDecision /
 * saveDecision: the core refuses keeping or increasing a 差 program, and the dialog shows why),
 * then submitted and approved by another officer. Enter opens the program.
 */
class ResultsPage : public StagePage
{
    Q_OBJECT

public:
    explicit ResultsPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    void setFiscalYear(int year) override;
    QList<QAction*> stageActions() const override;
    void showList(const ListRequest& request) override;
    void refresh() override;

    ResultsModel* model() const { return m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const ResultsRow* currentRow() const;
    void updateActions();
    void openCurrent();
    void decideCurrent();
    void submitCurrent();
    void approveCurrent();
    void report(const QString& text, bool error);

    Workspace* m_ws = nullptr;
    ResultsModel* m_model;
    MessageBanner* m_banner;
    QComboBox* m_unit;
    QComboBox* m_gradeFilter;
    QTableView* m_table;
    SpareWidthColumn* m_nameColumn = nullptr; ///< the name takes the width the others leave
    QLabel* m_count;
    QAction* m_open;
    QAction* m_decide;
    QAction* m_submit;
    QAction* m_approve;
    QMetaObject::Connection m_following;
};

} // namespace jx
