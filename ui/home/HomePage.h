#pragma once

#include "core/storage/DashboardQuery.h"
#include "ui/common/StagePage.h"

#include <QDate>
#include <QHash>

#include <atomic>
#include <memory>

class QChartView;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

template <typename T>
class QFutureWatcher;

namespace jx {

/**
 * 首页 (工作台): what is due and overdue, what waits for this agency, warnings, records by stage
 * and status, and charts, for a finance department across everything under it and for a unit
 * its own. Every figure comes from DashboardQuery, computed on a worker thread with a
 * read-only connection of its own; every number is a button that asks for the list behind it.
 */
class HomePage : public StagePage
{
    Q_OBJECT

public:
    explicit HomePage(QWidget* parent = nullptr);
    ~HomePage() override;

    void setWorkspace(Workspace* workspace) override;
    void setFiscalYear(int year) override;
    void refresh() override;

    /// The date "due" and "overdue" are counted at (today unless a test says otherwise).
    void setToday(const QDate& today);
    /// Whether figures are being computed.
    bool busy() const;
    /// The figures shown (after the computation finished).
    const DashboardFigures& figures() const { return m_figures; }
    /// The request behind the number button @p objectName, for tests.
    std::optional<ListRequest> requestOf(const QString& objectName) const;

Q_SIGNALS:
    /// Figures were computed and shown (or failed: the message is in the page).
    void figuresShown();

private:
    void start();
    void showFigures(const DashboardFigures& figures);
    void clearContent();
    QPushButton* number(const QString& objectName, int value, const ListRequest& request, QWidget* parent);
    QWidget* card(const QString& title, QWidget* parent, QVBoxLayout** body);
    QWidget* gradeChart(QWidget* parent);
    QWidget* executionChart(QWidget* parent);
    QWidget* unitChart(QWidget* parent);
    /// Gives a chart the context menu that exports it as a PNG picture.
    void exportable(QChartView* view);

    Workspace* m_workspace = nullptr;
    QDate m_today;
    QLabel* m_title;
    QLabel* m_status;
    QProgressBar* m_busy;
    QWidget* m_content;
    QVBoxLayout* m_contentLayout;
    DashboardFigures m_figures;
    QHash<QString, ListRequest> m_requests;
    using Outcome = std::shared_ptr<Result<DashboardFigures>>;
    QFutureWatcher<Outcome>* m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_pending = false;
};

} // namespace jx
