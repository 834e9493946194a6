#include "ui/review/GradeDialog.h"

#include "core/domain/EnumTable.h"
#include "core/domain/Validation.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jx {

GradeDialog::GradeDialog(Workspace& workspace, const QUuid& evaluationId, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_id(evaluationId)
    , m_summary(new QLabel(this))
    , m_grade(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_comment(new QPlainTextEdit(this))
    , m_items(new QTableWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("gradeDialog"));
    setWindowTitle(tr("Grade the self-evaluation"));
    m_summary->setObjectName(QStringLiteral("gradeSummary"));
    m_summary->setWordWrap(true);
    m_grade->setObjectName(QStringLiteral("gradeCombo"));
    m_reason->setObjectName(QStringLiteral("gradeReasonEdit"));
    m_reason->setPlaceholderText(tr("Required when the grade differs from the computed one"));
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(70);
    m_items->setObjectName(QStringLiteral("reviewItemsTable"));
    m_items->setColumnCount(4);
    m_items->setHorizontalHeaderLabels({ tr("Indicator"), tr("Claim"), tr("Points"), tr("Decision") });
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    for (const EnumEntry<Grade>& g : enumEntries<Grade>())
        m_grade->addItem(Names::of(g.value), static_cast<int>(g.value));

    auto* form = new QFormLayout;
    form->addRow(m_summary);
    form->addRow(tr("Grade:"), m_grade);
    form->addRow(tr("Reason for the grade:"), m_reason);
    form->addRow(tr("Comment:"), m_comment);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GradeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GradeDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* itemsLabel = new QLabel(tr("Indicators claimed not applicable (不适用) and proposed deductions:"), this);
    layout->addWidget(itemsLabel);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 460);

    Database& db = m_ws.database();
    Result<std::optional<SelfEvaluation>> evaluation = EvaluationRepository(db).find(m_id);
    if (!evaluation || !evaluation->has_value()) {
        showError(evaluation ? tr("The self-evaluation no longer exists.") : evaluation.message());
        return;
    }
    const SelfEvaluation& e = **evaluation;
    Result<std::optional<Subject>> subject = SubjectRepository(db).find(e.subjectId);
    const QString label = subject && subject->has_value() ? Validation::label(**subject) : QString();
    Result<ScoreSheet> sheet = EvaluationService(db).score(e);
    if (!sheet) {
        showError(sheet.message());
        return;
    }
    m_sheet = *sheet;
    m_ready = true;
    m_summary->setText(tr("%1: scored %2, computed grade %3.")
                           .arg(label, QString::number(m_sheet.total, 'f', 2), Names::of(m_sheet.grade)));
    m_grade->setCurrentIndex(m_grade->findData(static_cast<int>(m_sheet.grade)));
    m_items->setRowCount(int(m_sheet.reviewItems.size()));
    for (int row = 0; row < m_sheet.reviewItems.size(); ++row) {
        const ScoreReviewItem& item = m_sheet.reviewItems.at(row);
        m_items->setItem(row, 0, new QTableWidgetItem(item.name));
        m_items->setItem(row, 1, new QTableWidgetItem(item.notApplicable ? tr("Not applicable") : tr("Far above target")));
        m_items->setItem(row, 2, new QTableWidgetItem(QString::number(item.points, 'f', 2)));
        auto* decision = new QComboBox(m_items);
        decision->setObjectName(QStringLiteral("itemDecision%1").arg(row));
        if (item.notApplicable) {
            // Every 不适用 claim needs finance's word: no default.
            decision->addItem(tr("Undecided"), QVariant());
            decision->addItem(tr("Accept: drops out"), true);
            decision->addItem(tr("Reject: scores 0"), false);
        } else {
            decision->addItem(tr("Not deducted"), false);
            decision->addItem(tr("Deduct"), true);
        }
        if (item.decided)
            decision->setCurrentIndex(decision->findData(*item.decided));
        m_items->setCellWidget(row, 3, decision);
    }
    m_items->resizeColumnsToContents();
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &GradeDialog::updateReasonState);
    updateReasonState();
}

void GradeDialog::updateReasonState()
{
    const bool differs = m_grade->currentData().toInt() != static_cast<int>(m_sheet.grade);
    m_reason->setEnabled(differs);
}

QString GradeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void GradeDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void GradeDialog::accept()
{
    if (!m_ready)
        return;
    EvaluationVerdict verdict;
    verdict.grade = static_cast<Grade>(m_grade->currentData().toInt());
    verdict.gradeReason = m_reason->isEnabled() ? m_reason->text().trimmed() : QString();
    for (int row = 0; row < m_sheet.reviewItems.size(); ++row) {
        const ScoreReviewItem& item = m_sheet.reviewItems.at(row);
        const auto* decision = qobject_cast<QComboBox*>(m_items->cellWidget(row, 3));
        const QVariant value = decision ? decision->currentData() : QVariant();
        ReviewItem d;
        d.indicatorId = item.indicatorId;
        if (item.notApplicable) {
            if (!value.isValid())
                continue; // undecided: the core names it
            d.notApplicableAccepted = value.toBool();
        } else {
            if (!value.toBool())
                continue;
            d.deductionConfirmed = true;
        }
        verdict.decisions << d;
    }
    if (Result<void> r = m_ws.approveEvaluation(m_id, m_comment->toPlainText().trimmed(), verdict); !r) {
        showError(r.message());
        return;
    }
    QDialog::accept();
}

} // namespace jx
