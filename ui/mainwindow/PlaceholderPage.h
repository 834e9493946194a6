#pragma once

#include "ui/common/StagePage.h"

class QLabel;

namespace jx {

/// A stage whose page is not built yet: one calm sentence saying what will be there.
class PlaceholderPage : public StagePage
{
    Q_OBJECT

public:
    PlaceholderPage(Stage stage, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    Stage stage() const { return m_stage; }
    /// What the page says.
    QString text() const;

private:
    Stage m_stage;
    QLabel* m_text;
};

} // namespace jx
