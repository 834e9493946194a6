#include "ui/review/ReasonDialog.h"

#include "core/domain/EnumTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jx {

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_text(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("reasonEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    m_form->addRow(prompt, m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void ReasonDialog::setTextRequired(bool required, const QString& why)
{
    m_required = required;
    m_requiredWhy = why;
}

void ReasonDialog::addOrderKinds()
{
    m_kinds = new QComboBox(this);
    m_kinds->setObjectName(QStringLiteral("orderKindCombo"));
    for (const EnumEntry<OrderKind>& e : enumEntries<OrderKind>())
        m_kinds->addItem(Names::of(e.value), static_cast<int>(e.value));
    m_form->insertRow(0, tr("Order:"), m_kinds);
}

void ReasonDialog::addOutcome(const QString& label)
{
    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_form->addRow(label, m_outcome);
}

void ReasonDialog::addAmount(const QString& label, MoneyUnit unit)
{
    m_unit = unit;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(tr("in %1").arg(Money::unitName(unit)));
    m_form->insertRow(0, tr("%1 (%2):").arg(label, Money::unitName(unit)), m_amount);
}

QString ReasonDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString ReasonDialog::outcome() const
{
    return m_outcome ? m_outcome->text().trimmed() : QString();
}

std::optional<OrderKind> ReasonDialog::orderKind() const
{
    if (!m_kinds)
        return std::nullopt;
    return static_cast<OrderKind>(m_kinds->currentData().toInt());
}

Result<Money> ReasonDialog::amount() const
{
    if (!m_amount)
        return Money();
    return Money::parse(m_amount->text(), m_unit);
}

QString ReasonDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReasonDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ReasonDialog::accept()
{
    if (m_required && text().isEmpty()) {
        showError(m_requiredWhy.isEmpty() ? tr("Please write the reason.") : m_requiredWhy);
        m_text->setFocus();
        return;
    }
    if (m_amount) {
        if (Result<Money> a = amount(); !a) {
            showError(a.message());
            m_amount->setFocus();
            return;
        }
    }
    if (m_action) {
        if (Result<void> r = m_action(*this); !r) {
            showError(r.message());
            return;
        }
    }
    QDialog::accept();
}

} // namespace jx
