#include "ui/report/ChartImage.h"

#include <QAction>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QPainter>
#include <QSaveFile>

namespace jx {

QImage ChartImage::render(QChartView* view, qreal scale)
{
    const QSize size = view->size();
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    view->render(&painter, QRectF(QPointF(0, 0), size), view->rect());
    painter.end();
    return image;
}

Result<void> ChartImage::save(QChartView* view, const QString& path, qreal scale)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QImage image = render(view, scale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, tr("%1 could not be written: %2").arg(shown, file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return makeError(Error::Code::Storage, tr("The picture could not be written to %1.").arg(shown));
    }
    if (!file.commit())
        return makeError(Error::Code::Storage, tr("%1 could not be written: %2").arg(shown, file.errorString()));
    return {};
}

QString ChartImage::exportWithDialog(QChartView* view, bool* failed)
{
    if (failed)
        *failed = false;
    QFileDialog dialog(view, tr("Export the chart as a picture"));
    dialog.setObjectName(QStringLiteral("chartFileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({ tr("PNG picture (*.png)") });
    dialog.setDefaultSuffix(QStringLiteral("png"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    if (Result<void> r = save(view, path); !r) {
        if (failed)
            *failed = true;
        return r.message();
    }
    return tr("The chart was saved to %1.").arg(QDir::toNativeSeparators(path));
}

void ChartImage::addExportMenu(QChartView* view, const std::function<void(const QString&, bool)>& done)
{
    auto* action = new QAction(tr("Export picture…"), view);
    action->setObjectName(QStringLiteral("exportChartPicture"));
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(action);
    QObject::connect(action, &QAction::triggered, view, [view, done] {
        bool failed = false;
        const QString message = exportWithDialog(view, &failed);
        if (!message.isEmpty() && done)
            done(message, failed);
    });
}

} // namespace jx
