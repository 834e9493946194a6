#pragma once

#include "core/domain/Money.h"
#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jx {

/**
 * Asks for what a step of the loop needs (a comment or a reason; an order's kind, an outcome, an
 * amount) and takes the step on OK through the action it was given (a Workspace call). A
 * refusal is shown inside the dialog, which stays open with everything typed; only a step
 * taken closes it.
 */
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    /// The step to take with what was typed; its error is shown in the dialog.
    using Action = std::function<Result<void>(const ReasonDialog&)>;

    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);

    /// Whether the dialog itself refuses an empty text (the core says why too; this saves a round trip).
    void setTextRequired(bool required, const QString& why = {});
    void setAction(Action action) { m_action = std::move(action); }
    /// Adds the choice of an order (整改 / 暂缓 / 停止).
    void addOrderKinds();
    /// Adds the outcome of a rectification (整改结果).
    void addOutcome(const QString& label);
    /// Adds an amount, typed in @p unit (or with its own 元 / 万元 suffix).
    void addAmount(const QString& label, MoneyUnit unit);

    QString text() const;
    QString outcome() const;
    std::optional<OrderKind> orderKind() const;
    /// The amount typed, or the reason it cannot be read.
    Result<Money> amount() const;
    /// The refusal shown (empty: none).
    QString errorText() const;

    void accept() override;

private:
    void showError(const QString& message);

    QFormLayout* m_form;
    QPlainTextEdit* m_text;
    QComboBox* m_kinds = nullptr;
    QLineEdit* m_outcome = nullptr;
    QLineEdit* m_amount = nullptr;
    MoneyUnit m_unit = MoneyUnit::TenThousandYuan;
    QLabel* m_error;
    bool m_required = false;
    QString m_requiredWhy;
    Action m_action;
};

} // namespace jx
