#include "ui/mainwindow/PlaceholderPage.h"

#include "ui/mainwindow/StagePages.h"

#include <QLabel>
#include <QVBoxLayout>

namespace jx {

namespace {

QString sentence(Stage stage)
{
    switch (stage) {
    case Stage::Assessment:
        return PlaceholderPage::tr("Here you will find the ex-ante assessments of new programs and policies, with "
                                   "their scores and conclusions.");
    case Stage::Targets:
        return PlaceholderPage::tr("Here you will find the performance targets of each program, with their "
                                   "indicators and where each stands in review.");
    case Stage::Monitoring:
        return PlaceholderPage::tr("Here you will find the monthly monitoring of budget execution and indicators, "
                                   "with the warnings it raises.");
    case Stage::Evaluation:
        return PlaceholderPage::tr("Here you will find the self-evaluations of the year, with their scores and "
                                   "grades.");
    case Stage::Review:
        return PlaceholderPage::tr("Here finance will find the records submitted for review, to approve or return "
                                   "them.");
    case Stage::Results:
        return PlaceholderPage::tr("Here you will find how the results are used: the decisions on next year's "
                                   "budget and the orders in force.");
    case Stage::Exchange:
        return PlaceholderPage::tr("Exchanging data with other units and levels (sending and receiving packages) "
                                   "will be available here in a coming version. Until then, your data stays in "
                                   "this file.");
    case Stage::Reports:
        return PlaceholderPage::tr("Printable reports and tables for submission will be available here in a coming "
                                   "version.");
    case Stage::Home:
    case Stage::Settings:
        break;
    }
    return PlaceholderPage::tr("This page will be available in a coming version.");
}

} // namespace

PlaceholderPage::PlaceholderPage(Stage stage, QWidget* parent)
    : StagePage(parent)
    , m_stage(stage)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("placeholderPage_%1").arg(stageKey(stage)));
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(stageName(stage).toHtmlEscaped()), this);
    m_text->setObjectName(QStringLiteral("placeholderText"));
    m_text->setText(sentence(stage));
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(title);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void PlaceholderPage::setWorkspace(Workspace* workspace)
{
    Q_UNUSED(workspace)
}

QString PlaceholderPage::text() const
{
    return m_text->text();
}

} // namespace jx
