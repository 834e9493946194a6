#include "ui/common/StagePage.h"

#include "ui/common/MessageBanner.h"

#include <QAction>
#include <QMetaMethod>
#include <QToolBar>

namespace jx {

void StagePage::report(const QString& text, bool error, MessageBanner* banner)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&StagePage::messageRequested))) {
        Q_EMIT messageRequested(text, error);
        return;
    }
    banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
}

void StagePage::insertToolBarActions(QToolBar* bar, QAction* before, const QList<QAction*>& actions)
{
    bar->insertActions(before, actions);
    for (QAction* a : actions) {
        if (QWidget* button = bar->widgetForAction(a); button && !a->objectName().isEmpty())
            button->setObjectName(a->objectName() + QStringLiteral("Button"));
    }
}

} // namespace jx
