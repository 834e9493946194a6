#pragma once

#include "ui/lists/SubjectListPage.h"

namespace jx {

/// 运行监控: execution against time progress, the latest report's status and its warnings.
class MonitoringPage : public SubjectListPage
{
    Q_OBJECT

public:
    explicit MonitoringPage(QWidget* parent = nullptr);

protected:
    void updateActions() override;

private:
    QAction* m_report;
};

} // namespace jx
