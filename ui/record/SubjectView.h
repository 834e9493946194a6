#pragma once

#include "core/domain/Money.h"
#include "core/domain/Types.h"
#include "core/workflow/ActionAvailability.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QVBoxLayout;

namespace jx {

class ChangeSet;
class MessageBanner;
class Workspace;

/**
 * The record view of one subject (a program, an agency's overall budget or a government
 * budget): its data, targets grouped by framework class, monitoring by month, the
 * self-evaluation with its score and grade (finance's binding grade once set), every review
 * and step of its records, finance's orders and payments, and the decision on next year (with
 * the predecessor's decision on this one).
 *
 * Beside it, every action the acting person could take on it: those allowed now enabled, the
 * others disabled with the reason in their tooltip and under them (ActionAvailability, the
 * checks the actions run). Steps are taken through the Workspace; editing is asked of the
 * window (editRequested). The view follows Workspace::changed and reads itself again.
 */
class SubjectView : public QWidget
{
    Q_OBJECT

public:
    SubjectView(Workspace& ws, const QUuid& subjectId, QWidget* parent = nullptr);

    QUuid subjectId() const { return m_subjectId; }
    /// Reads the subject and its records again.
    void refresh();
    /// The actions as last read (for tests and the window's menus).
    const QList<ActionState>& actions() const { return m_actions; }
    /// The object name of the button of @p state (unique in the view).
    static QString buttonName(const ActionState& state, int month = 0);

Q_SIGNALS:
    /// Same meaning as StagePage::editRequested.
    void editRequested(std::optional<jx::RecordKind> kind, const QUuid& subjectId, const QUuid& recordId);
    /// A message for the window's banner (translated); error true for a failure.
    void messageRequested(const QString& text, bool error);

private:
    void follow(const ChangeSet& changes);
    void fillData();
    void fillTargets();
    void fillMonitoring();
    void fillEvaluation();
    void fillHistory();
    void fillOrders();
    void fillDecisions();
    void fillActions();
    void run(const ActionState& state);
    void report(const QString& text, bool error);
    QString money(Money amount) const;

    Workspace& m_ws;
    QUuid m_subjectId;
    MoneyUnit m_unit;
    QList<ActionState> m_actions;
    QHash<QUuid, int> m_monthOf; ///< monitoring report id → month

    MessageBanner* m_banner;
    QLabel* m_title;
    QLabel* m_facts;
    QTabWidget* m_tabs;
    QLabel* m_objective;
    QTreeWidget* m_targets;
    QTableWidget* m_monitoring;
    QLabel* m_evaluationSummary;
    QTableWidget* m_evaluation;
    QTableWidget* m_history;
    QTableWidget* m_orders;
    QTableWidget* m_payments;
    QLabel* m_decision;
    QLabel* m_predecessor;
    QWidget* m_actionsBox;
    QVBoxLayout* m_actionsLayout;
};

} // namespace jx
