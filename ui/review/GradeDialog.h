#pragma once

#include "core/domain/SelfEvaluationScorer.h"

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace jx {

class Workspace;

/**
 * 财政定级: finance approves a submitted self-evaluation with its grade. Shows the score and the
 * grade computed from what the unit submitted, lets the officer confirm or change the grade
 * (a reason when it differs) and accept or reject each 不适用 claim (and confirm each proposed
 * far-above deduction), and approves through Workspace::approveEvaluation on OK. A refusal is
 * shown in the dialog, which stays open.
 */
class GradeDialog : public QDialog
{
    Q_OBJECT

public:
    GradeDialog(Workspace& workspace, const QUuid& evaluationId, QWidget* parent = nullptr);

    /// Whether the self-evaluation could be read and scored (else errorText() says why).
    bool isReady() const { return m_ready; }
    QString errorText() const;

    void accept() override;

private:
    void showError(const QString& message);
    void updateReasonState();

    Workspace& m_ws;
    QUuid m_id;
    ScoreSheet m_sheet;
    bool m_ready = false;
    QLabel* m_summary;
    QComboBox* m_grade;
    QLineEdit* m_reason;
    QPlainTextEdit* m_comment;
    QTableWidget* m_items;
    QLabel* m_error;
};

} // namespace jx
