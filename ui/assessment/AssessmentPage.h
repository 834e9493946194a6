#pragma once

#include "ui/lists/SubjectListPage.h"

namespace jx {

/// 事前评估: the new major programs of the year with their ex-ante assessment, score and conclusion.
class AssessmentPage : public SubjectListPage
{
    Q_OBJECT

public:
    explicit AssessmentPage(QWidget* parent = nullptr);

protected:
    void updateActions() override;

private:
    QAction* m_edit;
};

} // namespace jx
