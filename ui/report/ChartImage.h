#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <functional>

class QChartView;
class QWidget;

namespace jx {

/**
 * Charts as pictures: a chart view drawn at twice its size on white (sharp enough to print)
 * and written as PNG, and the "导出图片…" context menu that asks where. For the home page's
 * charts and any chart a report preview shows.
 */
class ChartImage
{
    Q_DECLARE_TR_FUNCTIONS(ChartImage)

public:
    /// @p view drawn at @p scale times its size on a white background.
    static QImage render(QChartView* view, qreal scale = 2.0);
    /// Writes the picture of @p view to @p path as PNG (beside, then renamed).
    static Result<void> save(QChartView* view, const QString& path, qreal scale = 2.0);
    /**
     * Gives @p view a context menu with "Export picture…", which asks for a file name and
     * saves; @p done receives the translated message (naming the file) and whether it failed.
     */
    static void addExportMenu(QChartView* view, const std::function<void(const QString&, bool)>& done);
    /// Asks for a PNG file name and saves @p view there; the message, or empty when cancelled.
    static QString exportWithDialog(QChartView* view, bool* failed = nullptr);
};

} // namespace jx
