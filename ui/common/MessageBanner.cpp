#include "ui/common/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace jx {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(const QString& text, Kind kind)
{
    const bool error = kind == Kind::Error;
    setStyleSheet(error ? QStringLiteral("#messageBanner { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }")
                        : QStringLiteral("#messageBanner { background: #e8f1fb; border: 1px solid #b8d4f0; border-radius: 4px; }"));
    m_label->setText(text);
    show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace jx
