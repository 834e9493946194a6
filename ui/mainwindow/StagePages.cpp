#include "ui/mainwindow/StagePages.h"

#include "ui/assessment/AssessmentPage.h"
#include "ui/editors/Editors.h"
#include "ui/evaluation/EvaluationPage.h"
#include "ui/exchange/ExchangePage.h"
#include "ui/home/HomePage.h"
#include "ui/mainwindow/PlaceholderPage.h"
#include "ui/monitoring/MonitoringPage.h"
#include "ui/record/SubjectView.h"
#include "ui/reports/ReportsPage.h"
#include "ui/results/ResultsPage.h"
#include "ui/review/ReviewPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/targets/TargetsPage.h"

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
    case Stage::Assessment:
        return new AssessmentPage(parent);
    case Stage::Targets:
        return new TargetsPage(parent);
    case Stage::Monitoring:
        return new MonitoringPage(parent);
    case Stage::Evaluation:
        return new EvaluationPage(parent);
    case Stage::Review:
        return new ReviewPage(parent);
    case Stage::Results:
        return new ResultsPage(parent);
    case Stage::Settings:
        return new SettingsPage(parent);
    case Stage::Exchange:
        return new ExchangePage(parent);
    case Stage::Reports:
        return new ReportsPage(parent);
    }
    return new PlaceholderPage(stage, parent);
}

QWidget* createSubjectView(Workspace& workspace, const QUuid& subjectId, QWidget* parent)
{
    return new SubjectView(workspace, subjectId, parent);
}

QWidget* createEditor(Workspace& workspace, std::optional<RecordKind> kind, const QUuid& subjectId,
                      const QUuid& recordId, QWidget* parent)
{
    if (QWidget* editor = createRecordEditor(workspace, kind, subjectId, recordId, parent))
        return editor;
    // Decisions (结果运用) are taken in their dialog on the results page and the record view.
    const QString what = kind ? Names::of(*kind) : QApplication::translate("StagePages", "the program");
    QWidget* widget = placeholder(
        QApplication::translate("StagePages", "%1 is edited on the page of its stage.").arg(what), parent);
    widget->setObjectName(QStringLiteral("editorPlaceholder"));
    return widget;
}

} // namespace jx
