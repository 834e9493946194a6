#include "ui/editors/ProgramEditor.h"

#include "core/domain/Validation.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/Authority.h"
#include "core/workspace/Workspace.h"
#include "ui/editors/EditorFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jx {

ProgramEditor::ProgramEditor(Workspace& workspace, const QUuid& programId, QWidget* parent)
    : RecordEditor(workspace, std::nullopt, programId, programId, parent)
{
    m_subject = workspace.newProgram();
    if (!programId.isNull()) {
        Result<std::optional<Subject>> found = SubjectRepository(workspace.database()).find(programId);
        if (found && found->has_value())
            m_subject = **found;
        else
            showMessage(tr("The program could not be read: %1").arg(found ? tr("it does not exist") : found.message()),
                        true);
    }
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("programName"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("programCode"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("fiscalYear"));
    m_year->setRange(2000, 2100);
    m_book = new QComboBox(this);
    m_book->setObjectName(QStringLiteral("budgetBook"));
    EditorFields::fill<BudgetBook>(m_book);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("programKind"));
    EditorFields::fill<ProgramKind>(m_kind);
    auto* tags = new QWidget(this);
    auto* tagLayout = new QHBoxLayout(tags);
    tagLayout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("e.g. 1,234,500.00 or 123.45万"));
    m_amountShown = new QLabel(this);
    m_amountShown->setObjectName(QStringLiteral("amountShown"));
    m_function = new QLineEdit(this);
    m_function->setObjectName(QStringLiteral("functionCode"));
    m_function->setPlaceholderText(tr("3, 5 or 7 digits, e.g. 2130314"));
    m_new = new QCheckBox(tr("New program (else continuing)"), this);
    m_new->setObjectName(QStringLiteral("isNew"));
    m_major = new QCheckBox(tr("Major policy or project"), this);
    m_major->setObjectName(QStringLiteral("isMajor"));
    m_midYear = new QCheckBox(tr("Added in the course of the year"), this);
    m_midYear->setObjectName(QStringLiteral("isMidYear"));

    addRow(form, tr("Program &name"), QStringLiteral("name"), m_name);
    addRow(form, tr("Program &code"), QStringLiteral("code"), m_code);
    addRow(form, tr("&Fiscal year"), QStringLiteral("fiscalYear"), m_year);
    addRow(form, tr("&Budget book"), QStringLiteral("book"), m_book);
    addRow(form, tr("Program &kind"), QStringLiteral("programKind"), m_kind);
    for (const EnumEntry<FundingTag>& e : enumEntries<FundingTag>()) {
        auto* box = new QCheckBox(Names::of(e.value), tags);
        box->setObjectName(QStringLiteral("fundingTag-") + QString::fromUtf8(e.code));
        box->setProperty("tag", static_cast<int>(e.value));
        tagLayout->addWidget(field(QStringLiteral("fundingTags.") + QString::fromUtf8(e.code), box));
        m_tags << box;
    }
    tagLayout->addStretch(1);
    auto* tagLabel = new QLabel(tr("Funding tags"), this);
    form->addRow(tagLabel, tags);
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(field(QStringLiteral("amount"), m_amount), 1);
    amountLayout->addWidget(m_amountShown, 1);
    auto* amountLabel = new QLabel(tr("Budget &amount (yuan)"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    addRow(form, tr("Function class co&de"), QStringLiteral("functionCode"), m_function);
    addRow(form, {}, QStringLiteral("isNew"), m_new);
    addRow(form, {}, QStringLiteral("isMajor"), m_major);
    addRow(form, {}, QStringLiteral("isMidYear"), m_midYear);
    body()->addLayout(form);
    body()->addStretch(1);

    m_name->setText(m_subject.name);
    m_code->setText(m_subject.code);
    m_year->setValue(m_subject.fiscalYear);
    m_book->setCurrentIndex(EditorFields::indexOf(m_book, m_subject.book));
    m_kind->setCurrentIndex(EditorFields::indexOf(m_kind, m_subject.programKind));
    for (QCheckBox* box : std::as_const(m_tags))
        box->setChecked(m_subject.fundingTags & box->property("tag").toInt());
    m_amount->setText(m_subject.meta.revision == 0 && m_subject.amount.isZero() ? QString()
                                                                                 : m_subject.amount.format());
    m_function->setText(m_subject.functionCode);
    m_new->setChecked(m_subject.isNew);
    m_major->setChecked(m_subject.isMajor);
    m_midYear->setChecked(m_subject.isMidYear);
    finishSetup();
}

QString ProgramEditor::title() const
{
    return m_subject.meta.revision == 0 ? tr("Program registration — new program")
                                        : tr("Program registration — %1").arg(m_subject.name);
}

Result<void> ProgramEditor::editableNow()
{
    // A program has no status: only its owner agency's own people change it.
    if (m_subject.meta.revision == 0)
        return {};
    return Authority(workspace().database())
        .checkEdit(workspace().actor(), m_subject.meta.ownerId, std::nullopt, Validation::label(m_subject));
}

QList<Problem> ProgramEditor::inputProblems()
{
    QList<Problem> problems;
    if (m_name->text().trimmed().isEmpty())
        problems << Problem::at(QStringLiteral("name"), tr("The program's name is required."));
    if (!m_amount->text().trimmed().isEmpty()) {
        Result<Money> amount = Money::parse(m_amount->text());
        if (!amount)
            problems << Problem::at(QStringLiteral("amount"), amount.message());
        else if (amount->isNegative())
            problems << Problem::at(QStringLiteral("amount"), tr("The budget amount cannot be negative."));
    }
    const QString function = m_function->text().trimmed();
    if (!function.isEmpty() && !Validation::isFunctionCode(function))
        problems << Problem::at(QStringLiteral("functionCode"),
                                tr("A function class code has 3, 5 or 7 digits (类/款/项), e.g. 205 or 2050201."));
    return problems;
}

void ProgramEditor::refreshDerived()
{
    Result<Money> amount = Money::parse(m_amount->text());
    m_amountShown->setText(amount && !m_amount->text().trimmed().isEmpty()
                               ? tr("= %1 = %2").arg(amount->formatWithUnit(), amount->formatWithUnit(MoneyUnit::TenThousandYuan))
                               : QString());
}

Result<QUuid> ProgramEditor::saveRecord()
{
    Subject s = m_subject;
    s.name = m_name->text().trimmed();
    s.code = m_code->text().trimmed();
    s.fiscalYear = m_year->value();
    s.book = EditorFields::valueOf<BudgetBook>(m_book);
    s.programKind = EditorFields::valueOf<ProgramKind>(m_kind);
    s.fundingTags = 0;
    for (QCheckBox* box : std::as_const(m_tags)) {
        if (box->isChecked())
            s.fundingTags |= box->property("tag").toInt();
    }
    s.amount = m_amount->text().trimmed().isEmpty() ? Money() : *Money::parse(m_amount->text());
    s.functionCode = m_function->text().trimmed();
    s.isNew = m_new->isChecked();
    s.isMajor = m_major->isChecked();
    s.isMidYear = m_midYear->isChecked();
    if (Result<void> r = workspace().saveSubject(s); !r)
        return r.error();
    m_subject = s;
    return s.meta.id;
}

} // namespace jx
