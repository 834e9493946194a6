#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace jx {

class MessageBanner;

/// Asks for the passphrase of the signing key, without echo; twice for a new key.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(const QString& prompt, bool confirm, QWidget* parent = nullptr);
    QByteArray passphrase() const;

protected:
    void done(int result) override;

private:
    QLineEdit* m_first;
    QLineEdit* m_second = nullptr;
    MessageBanner* m_banner;
};

} // namespace jx
