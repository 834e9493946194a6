#include "ui/results/DecisionDialog.h"

#include "core/domain/EnumTable.h"
#include "core/domain/Validation.h"
#include "core/storage/ResultApplicationRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workflow/RecordLookup.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jx {

DecisionDialog::DecisionDialog(Workspace& workspace, const QUuid& programId, const QUuid& decisionId, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_summary(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_amountLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Decision on next year's funding"));
    m_summary->setObjectName(QStringLiteral("decisionSummary"));
    m_summary->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("decisionCombo"));
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    for (const EnumEntry<ApplicationDecision>& e : enumEntries<ApplicationDecision>())
        m_kind->addItem(Names::of(e.value), static_cast<int>(e.value));
    m_unit->addItem(Money::unitName(MoneyUnit::Yuan), static_cast<int>(MoneyUnit::Yuan));
    m_unit->addItem(Money::unitName(MoneyUnit::TenThousandYuan), static_cast<int>(MoneyUnit::TenThousandYuan));
    m_unit->setCurrentIndex(m_unit->findData(Settings::value(Settings::Key::AmountUnit).toInt()));

    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_unit);
    auto* form = new QFormLayout;
    form->addRow(m_summary);
    form->addRow(tr("Decision:"), m_kind);
    form->addRow(m_amountLabel, amountRow);
    form->addRow(tr("Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 340);

    Result<Subject> program = RecordLookup(m_ws.database()).liveProgram(programId);
    if (!program) {
        showError(program.message());
        return;
    }
    m_whole = program->amount;
    if (!decisionId.isNull()) {
        Result<std::optional<ResultApplication>> stored = ResultApplicationRepository(m_ws.database()).find(decisionId);
        if (!stored || !stored->has_value()) {
            showError(stored ? tr("The decision no longer exists.") : stored.message());
            return;
        }
        m_decision = **stored;
    } else {
        Result<ResultApplication> fresh = m_ws.newDecision(programId);
        if (!fresh) {
            showError(fresh.message());
            return;
        }
        m_decision = *fresh;
    }
    Result<std::optional<Grade>> grade = EvaluationService(m_ws.database()).bindingGrade(programId, program->fiscalYear);
    const QString gradeText = grade && grade->has_value() ? Names::of(**grade) : tr("not graded");
    m_summary->setText(tr("%1, %2 %3, graded %4. The decision applies to %5.")
                           .arg(Validation::label(*program))
                           .arg(program->fiscalYear)
                           .arg(program->amount.formatWithUnit(unit()), gradeText)
                           .arg(m_decision.nextYear));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_decision.decision)));
    if (!m_decision.amountChange.isZero()) {
        const qint64 fen = m_decision.amountChange.fen();
        m_amount->setText(Money::fromFen(fen < 0 ? -fen : fen).format(unit()).remove(QLatin1Char(',')));
    }
    m_reason->setPlainText(m_decision.reason);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DecisionDialog::decisionChanged);
    decisionChanged();
    m_ready = true;
}

MoneyUnit DecisionDialog::unit() const
{
    return static_cast<MoneyUnit>(m_unit->currentData().toInt());
}

void DecisionDialog::decisionChanged()
{
    const auto kind = static_cast<ApplicationDecision>(m_kind->currentData().toInt());
    // The change is typed as how much; its sign comes from the decision.
    switch (kind) {
    case ApplicationDecision::Increase:
        m_amountLabel->setText(tr("Increase by:"));
        break;
    case ApplicationDecision::Reduce:
        m_amountLabel->setText(tr("Reduce by:"));
        break;
    case ApplicationDecision::Keep:
        m_amountLabel->setText(tr("Change:"));
        break;
    case ApplicationDecision::Cancel:
        m_amountLabel->setText(tr("Cancelled:"));
        break;
    }
    const bool typed = kind == ApplicationDecision::Increase || kind == ApplicationDecision::Reduce;
    m_amount->setEnabled(typed);
    m_unit->setEnabled(typed);
    if (!typed)
        m_amount->setPlaceholderText(kind == ApplicationDecision::Cancel ? m_whole.format(unit()) : QStringLiteral("0"));
    else
        m_amount->setPlaceholderText(tr("amount in the unit chosen"));
}

QString DecisionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DecisionDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void DecisionDialog::accept()
{
    if (!m_ready)
        return;
    ResultApplication d = m_decision;
    d.decision = static_cast<ApplicationDecision>(m_kind->currentData().toInt());
    d.reason = m_reason->toPlainText().trimmed();
    switch (d.decision) {
    case ApplicationDecision::Keep:
        d.amountChange = Money();
        break;
    case ApplicationDecision::Cancel:
        d.amountChange = Money::fromFen(-m_whole.fen());
        break;
    case ApplicationDecision::Increase:
    case ApplicationDecision::Reduce: {
        Result<Money> typed = Money::parse(m_amount->text(), unit());
        if (!typed) {
            showError(typed.message());
            m_amount->setFocus();
            return;
        }
        d.amountChange = d.decision == ApplicationDecision::Reduce ? Money::fromFen(-typed->fen()) : *typed;
        break;
    }
    }
    // The core decides; a refusal leaves the dialog as the person filled it.
    if (Result<void> r = m_ws.saveDecision(d); !r) {
        showError(r.message());
        return;
    }
    m_decision = d;
    QDialog::accept();
}

} // namespace jx
