#include "ui/exchange/PassphraseDialog.h"

#include "core/exchange/SigningKey.h"
#include "ui/common/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace jx {

PassphraseDialog::PassphraseDialog(const QString& prompt, bool confirm, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Passphrase of the signing key"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase:"), m_first);
    if (confirm) {
        m_second = new QLineEdit(this);
        m_second->setObjectName(QStringLiteral("passphraseAgain"));
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Again:"), m_second);
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_first->text().toUtf8();
}

void PassphraseDialog::done(int result)
{
    if (result == QDialog::Accepted && m_second) {
        if (m_first->text().size() < SigningKey::MinPassphraseLength) {
            m_banner->showMessage(tr("The passphrase is too short: at least %1 characters.").arg(SigningKey::MinPassphraseLength));
            return;
        }
        if (m_first->text() != m_second->text()) {
            m_banner->showMessage(tr("The two passphrases differ."));
            return;
        }
    }
    QDialog::done(result);
}

} // namespace jx
