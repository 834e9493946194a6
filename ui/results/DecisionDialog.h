#pragma once

#include "core/domain/Money.h"
#include "core/domain/ResultApplication.h"

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jx {

class Workspace;

/**
 * 结果运用: finance's decision on a program's next-year funding (increase, keep, reduce, cancel),
 * the change typed in 元 or 万元, and the reason. OK saves through Workspace::newDecision /
 * saveDecision; what the core refuses (a 差 program kept or increased, a change that disagrees
 * with the decision) is shown in the dialog, which stays open with everything typed.
 */
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    /// A decision on @p programId: its live one for next year if @p decisionId is given, else a new one.
    DecisionDialog(Workspace& workspace, const QUuid& programId, const QUuid& decisionId = {}, QWidget* parent = nullptr);

    bool isReady() const { return m_ready; }
    QString errorText() const;
    /// The decision as saved (after accept()).
    const ResultApplication& decision() const { return m_decision; }

    void accept() override;

private:
    void showError(const QString& message);
    void decisionChanged();
    MoneyUnit unit() const;

    Workspace& m_ws;
    ResultApplication m_decision;
    Money m_whole;
    bool m_ready = false;
    QLabel* m_summary;
    QComboBox* m_kind;
    QLabel* m_amountLabel;
    QLineEdit* m_amount;
    QComboBox* m_unit;
    QPlainTextEdit* m_reason;
    QLabel* m_error;
};

} // namespace jx
