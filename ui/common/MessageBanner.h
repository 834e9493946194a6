#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace jx {

/// An inline banner for recoverable errors and notices, shown above the content (not a modal box).
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Error
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Error);
    QString text() const;

private:
    QLabel* m_label;
    QToolButton* m_close;
};

} // namespace jx
