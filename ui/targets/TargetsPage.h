#pragma once

#include "ui/lists/SubjectListPage.h"

namespace jx {

/// 绩效目标: every subject of the year with where its performance targets stand.
class TargetsPage : public SubjectListPage
{
    Q_OBJECT

public:
    explicit TargetsPage(QWidget* parent = nullptr);

protected:
    void updateActions() override;

private:
    QAction* m_newProgram;
    QAction* m_editTargets;
};

} // namespace jx
