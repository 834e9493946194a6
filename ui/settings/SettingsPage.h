#pragma once

#include "ui/common/StagePage.h"

class QComboBox;
class QLabel;
class QTreeWidget;

namespace jx {

/**
 * 设置: how amounts are shown (元/万元), the language (from the next start), the fiscal year
 * shown, and read-only views of the year's indicator framework, its policy (weights, grade
 * bands, deadlines) and the indicator library.
 */
class SettingsPage : public StagePage
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    void setFiscalYear(int year) override;
    void refresh() override;

Q_SIGNALS:
    /// The user chose another fiscal year here; the window shows it on every page.
    void fiscalYearChosen(int year);

private:
    void fillFramework();
    void fillPolicy();
    void fillLibrary();

    Workspace* m_workspace = nullptr;
    QComboBox* m_unit;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QComboBox* m_year;
    QTreeWidget* m_framework;
    QTreeWidget* m_policy;
    QTreeWidget* m_library;
};

} // namespace jx
