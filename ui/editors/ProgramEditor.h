#pragma once

#include "core/domain/Subject.h"
#include "ui/editors/RecordEditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace jx {

/// 项目登记: a program's name, code, budget book, kind, funding tags, amount, function code and flags.
class ProgramEditor : public RecordEditor
{
    Q_OBJECT

public:
    /// The program @p programId, or a new program of the workspace's agency when it is null.
    ProgramEditor(Workspace& workspace, const QUuid& programId, QWidget* parent = nullptr);

protected:
    Result<QUuid> saveRecord() override;
    QList<Problem> inputProblems() override;
    void refreshDerived() override;
    QString title() const override;
    Result<void> editableNow() override;

private:
    Subject m_subject;
    QLineEdit* m_name;
    QLineEdit* m_code;
    QSpinBox* m_year;
    QComboBox* m_book;
    QComboBox* m_kind;
    QList<QCheckBox*> m_tags;
    QLineEdit* m_amount;
    QLabel* m_amountShown;
    QLineEdit* m_function;
    QCheckBox* m_new;
    QCheckBox* m_major;
    QCheckBox* m_midYear;
};

} // namespace jx
