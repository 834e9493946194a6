#include "ui/common/StagePage.h"

#include "ui/common/MessageBanner.h"

#include <QMetaMethod>

namespace jx {

void StagePage::report(const QString& text, bool error, MessageBanner* banner)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&StagePage::messageRequested))) {
        Q_EMIT messageRequested(text, error);
        return;
    }
    banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
}

} // namespace jx
