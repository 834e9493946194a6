#include "ui/mainwindow/NewDatabaseDialog.h"

#include "core/workspace/Workspace.h"

#include "core/domain/EnumTable.h"
#include "core/storage/Installation.h"
#include "core/storage/SeedData.h"
#include "ui/common/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jx {

NewDatabaseDialog::NewDatabaseDialog(QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_division(new QLineEdit(this))
    , m_divisionName(new QLabel(this))
    , m_agency(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_banner(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New database"));
    m_path->setObjectName(QStringLiteral("newDatabasePath"));
    m_division->setObjectName(QStringLiteral("newDatabaseDivision"));
    m_division->setPlaceholderText(tr("six digits, e.g. 653101"));
    m_division->setMaxLength(6);
    m_divisionName->setObjectName(QStringLiteral("newDatabaseDivisionName"));
    m_agency->setObjectName(QStringLiteral("newDatabaseAgency"));
    m_agency->setPlaceholderText(tr("e.g. 喀什市财政局"));
    m_kind->setObjectName(QStringLiteral("newDatabaseKind"));
    for (const EnumEntry<AgencyKind>& kind : enumEntries<AgencyKind>())
        m_kind->addItem(Names::of(kind.value), codeOf(kind.value));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* divisionRow = new QHBoxLayout;
    divisionRow->addWidget(m_division);
    divisionRow->addWidget(m_divisionName, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Division code:"), divisionRow);
    form->addRow(tr("Agency name:"), m_agency);
    form->addRow(tr("Agency kind:"), m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(browse, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    connect(m_division, &QLineEdit::textChanged, this, &NewDatabaseDialog::updateDivisionName);
    // A message about the old input goes away once the user corrects it.
    connect(m_division, &QLineEdit::textEdited, m_banner, &QWidget::hide);
    connect(m_agency, &QLineEdit::textEdited, m_banner, &QWidget::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewDatabaseDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewDatabaseDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString NewDatabaseDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void NewDatabaseDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New database"), path(),
                                                        tr("Jixiao databases (*.jixiao)"));
    if (!chosen.isEmpty())
        setPath(chosen.endsWith(QLatin1String(".jixiao")) ? chosen : chosen + QStringLiteral(".jixiao"));
}

void NewDatabaseDialog::updateDivisionName()
{
    const std::optional<Division> d = SeedData::division(m_division->text().trimmed());
    if (!d) {
        m_divisionName->setText(m_division->text().size() == 6 ? tr("unknown code") : QString());
        return;
    }
    QString text = d->name;
    if (d->validTo != 0)
        text = tr("%1 (until %2)").arg(d->name).arg(d->validTo);
    m_divisionName->setText(text);
}

void NewDatabaseDialog::create()
{
    if (path().isEmpty()) {
        m_banner->showMessage(tr("Choose a file for the new database."));
        return;
    }
    InstallationRequest request;
    request.divisionCode = m_division->text().trimmed();
    request.agencyName = m_agency->text();
    request.agencyKind = fromCode<AgencyKind>(m_kind->currentData().toString()).value_or(AgencyKind::FinanceBureau);
    Result<std::unique_ptr<Workspace>> created = Workspace::create(path(), request);
    if (!created) {
        m_banner->showMessage(created.message());
        return;
    }
    m_created = path();
    accept();
}

} // namespace jx
