#include "ui/mainwindow/StagePages.h"

#include "ui/home/HomePage.h"
#include "ui/mainwindow/PlaceholderPage.h"
#include "ui/settings/SettingsPage.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QVBoxLayout>

namespace jx {

namespace {

QWidget* placeholder(const QString& text, QWidget* parent)
{
    auto* widget = new QWidget(parent);
    auto* label = new QLabel(text, widget);
    label->setObjectName(QStringLiteral("placeholderText"));
    label->setWordWrap(true);
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(label);
    layout->addStretch(1);
    return widget;
}

} // namespace

QList<Stage> allStages()
{
    return { Stage::Home,       Stage::Assessment, Stage::Targets,  Stage::Monitoring, Stage::Evaluation,
             Stage::Review,     Stage::Results,    Stage::Exchange, Stage::Reports,    Stage::Settings };
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Home:
        return QApplication::translate("Stage", "Home");
    case Stage::Assessment:
        return QApplication::translate("Stage", "Ex-ante assessment");
    case Stage::Targets:
        return QApplication::translate("Stage", "Performance targets");
    case Stage::Monitoring:
        return QApplication::translate("Stage", "Monitoring");
    case Stage::Evaluation:
        return QApplication::translate("Stage", "Self-evaluation");
    case Stage::Review:
        return QApplication::translate("Stage", "Finance review");
    case Stage::Results:
        return QApplication::translate("Stage", "Use of results");
    case Stage::Exchange:
        return QApplication::translate("Stage", "Data exchange");
    case Stage::Reports:
        return QApplication::translate("Stage", "Reports");
    case Stage::Settings:
        return QApplication::translate("Stage", "Settings");
    }
    return {};
}

QString stageKey(Stage stage)
{
    static const char* const keys[] = { "home",   "assessment", "targets",  "monitoring", "evaluation",
                                        "review", "results",    "exchange", "reports",    "settings" };
    return QString::fromLatin1(keys[static_cast<int>(stage)]);
}

QIcon stageIcon(Stage stage)
{
    QStyle* style = QApplication::style();
    switch (stage) {
    case Stage::Home:
        return style->standardIcon(QStyle::SP_DirHomeIcon);
    case Stage::Assessment:
        return style->standardIcon(QStyle::SP_FileDialogContentsView);
    case Stage::Targets:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Stage::Monitoring:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case Stage::Evaluation:
        return style->standardIcon(QStyle::SP_FileDialogInfoView);
    case Stage::Review:
        return style->standardIcon(QStyle::SP_DialogYesButton);
    case Stage::Results:
        return style->standardIcon(QStyle::SP_ArrowForward);
    case Stage::Exchange:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case Stage::Reports:
        return style->standardIcon(QStyle::SP_FileIcon);
    case Stage::Settings:
        return style->standardIcon(QStyle::SP_FileDialogListView);
    }
    return {};
}

QIcon applicationIcon()
{
    QIcon icon(QStringLiteral(":/jixiao/jixiao.svg"));
    if (!icon.pixmap(32, 32).isNull())
        return icon;
    // The same picture as the SVG: three white bars on a red square with round corners.
    QIcon drawn;
    for (int size : { 16, 32, 64, 128, 256 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 64.0, size / 64.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xb7, 0x1c, 0x1c));
        painter.drawRoundedRect(QRectF(4, 4, 56, 56), 10, 10);
        painter.setBrush(Qt::white);
        painter.drawRect(QRectF(14, 36, 8, 16));
        painter.drawRect(QRectF(28, 26, 8, 26));
        painter.drawRect(QRectF(42, 16, 8, 36));
        painter.end();
        drawn.addPixmap(pixmap);
    }
    return drawn;
}

StagePage* createStagePage(Stage stage, QWidget* parent)
{
    switch (stage) {
    case Stage::Home:
        return new HomePage(parent);
    case Stage::Settings:
        return new SettingsPage(parent);
    default:
        // The lead puts the real pages of the other stages in here.
        return new PlaceholderPage(stage, parent);
    }
}

QWidget* createSubjectView(Workspace& workspace, const QUuid& subjectId, QWidget* parent)
{
    Q_UNUSED(workspace)
    Q_UNUSED(subjectId)
    QWidget* widget = placeholder(
        QApplication::translate("StagePages", "The record of this program, with its targets, monitoring, "
                                              "self-evaluation and history, will be shown here."),
        parent);
    widget->setObjectName(QStringLiteral("subjectViewPlaceholder"));
    return widget;
}

QWidget* createEditor(Workspace& workspace, std::optional<RecordKind> kind, const QUuid& subjectId,
                      const QUuid& recordId, QWidget* parent)
{
    Q_UNUSED(workspace)
    Q_UNUSED(subjectId)
    Q_UNUSED(recordId)
    const QString what = kind ? Names::of(*kind) : QApplication::translate("StagePages", "the program");
    QWidget* widget = placeholder(
        QApplication::translate("StagePages", "The editor of %1 will be shown here.").arg(what), parent);
    widget->setObjectName(QStringLiteral("editorPlaceholder"));
    return widget;
}

} // namespace jx
