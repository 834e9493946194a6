#pragma once

#include "ui/common/StagePage.h"

#include <QDate>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace jx {

class SpareWidthColumn;

class MessageBanner;
class ReviewQueueModel;
struct ReviewQueueRow;

/**
 * 财政审核: the queue of what was submitted to this agency (every kind of record), with the
 * steps of a review: approve, return with a comment, approve a selection at once (all or
 * nothing), grade a self-evaluation, and give or lift an order on the program. Every step goes
 * through the Workspace; whether the acting person may take it on the current row, and why
 * not, comes from ActionAvailability. Enter opens the row's subject.
 */
class ReviewPage : public StagePage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    QList<QAction*> stageActions() const override;
    void showList(const ListRequest& request) override;
    void refresh() override;

    ReviewQueueModel* model() const { return m_model; }
    /// The day overdue is judged on (tests fix it).
    void setToday(const QDate& today);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilters();
    void fillFilterChoices();
    void updateActions();
    const ReviewQueueRow* currentRow() const;
    QList<int> selectedRows() const;
    void openCurrent();
    void approveCurrent();
    void returnCurrent();
    void gradeCurrent();
    void approveSelected();
    void orderOnCurrent();
    void liftOnCurrent();
    void report(const QString& text, bool error);
    /// The latest order in force on the program of the current row; null when none.
    QUuid orderInForce() const;

    Workspace* m_ws = nullptr;
    ReviewQueueModel* m_model;
    MessageBanner* m_banner;
    QComboBox* m_kindFilter;
    QComboBox* m_divisionFilter;
    QComboBox* m_unitFilter;
    QCheckBox* m_overdueFilter;
    QTableView* m_table;
    SpareWidthColumn* m_subjectColumn = nullptr; ///< the name takes the width the others leave
    QLabel* m_count;
    QAction* m_open;
    QAction* m_approve;
    QAction* m_return;
    QAction* m_grade;
    QAction* m_bulkApprove;
    QAction* m_order;
    QAction* m_lift;
    bool m_filling = false;
    QMetaObject::Connection m_following;
};

} // namespace jx
