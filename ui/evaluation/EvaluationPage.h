#pragma once

#include "ui/lists/SubjectListPage.h"

namespace jx {

/// 绩效自评: every subject's self-evaluation of the year with its score, grade and status.
class EvaluationPage : public SubjectListPage
{
    Q_OBJECT

public:
    explicit EvaluationPage(QWidget* parent = nullptr);

protected:
    void updateActions() override;

private:
    QAction* m_edit;
};

} // namespace jx
