#include "ui/mainwindow/ActorPicker.h"

#include "core/storage/PersonRepository.h"
#include "core/workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace jx {

namespace {

constexpr int RoleData = Qt::UserRole + 1;

} // namespace

ActorPicker::ActorPicker(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_people(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_add(new QPushButton(tr("Add"), this))
{
    setObjectName(QStringLiteral("actorPicker"));
    setWindowTitle(tr("Who acts"));
    m_people->setObjectName(QStringLiteral("actorPeople"));
    m_name->setObjectName(QStringLiteral("actorNewName"));
    m_role->setObjectName(QStringLiteral("actorNewRole"));
    m_add->setObjectName(QStringLiteral("actorAdd"));
    m_name->setPlaceholderText(tr("Name"));
    for (Role role : { Role::UnitPreparer, Role::UnitHead, Role::FinanceReviewer, Role::FinanceAdministrator }) {
        if (PersonRepository::roleFits(role, workspace.self().kind))
            m_role->addItem(Names::of(role), static_cast<int>(role));
    }

    auto* intro = new QLabel(tr("Who works in %1 now? What you save and submit is recorded in this person's name.")
                                 .arg(workspace.self().name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto* addBox = new QGroupBox(tr("Add a person"), this);
    auto* addLayout = new QHBoxLayout(addBox);
    addLayout->addWidget(m_name, 1);
    addLayout->addWidget(m_role);
    addLayout->addWidget(m_add);
    if (workspace.readOnly()) {
        addBox->setEnabled(false);
        addBox->setToolTip(workspace.database().readOnlyMessage());
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("actorButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_people, 1);
    layout->addWidget(addBox);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &ActorPicker::addPerson);
    connect(m_name, &QLineEdit::returnPressed, this, &ActorPicker::addPerson);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_people, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_people, &QListWidget::currentRowChanged, this,
            [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    reload();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_people->currentRow() >= 0);
    resize(440, 360);
}

void ActorPicker::reload()
{
    m_people->clear();
    Result<QList<Person>> people = PersonRepository(m_workspace.database()).list(m_workspace.self().meta.id);
    if (!people) {
        m_people->addItem(people.message());
        m_people->item(0)->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const Person& p : *people) {
        // Somebody listed with a role this agency does not have (a changed file) is not offered.
        if (!PersonRepository::roleFits(p.actor.role, m_workspace.self().kind))
            continue;
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(p.actor.name, Names::of(p.actor.role)), m_people);
        item->setData(Qt::UserRole, p.actor.name);
        item->setData(RoleData, static_cast<int>(p.actor.role));
    }
    if (m_people->count() > 0)
        m_people->setCurrentRow(0);
}

void ActorPicker::preselect(const QString& name, int role)
{
    for (int i = 0; i < m_people->count(); ++i) {
        QListWidgetItem* item = m_people->item(i);
        if (item->data(Qt::UserRole).toString() == name && item->data(RoleData).toInt() == role) {
            m_people->setCurrentRow(i);
            return;
        }
    }
}

void ActorPicker::addPerson()
{
    const Actor actor { m_name->text().trimmed(), static_cast<Role>(m_role->currentData().toInt()),
                        m_workspace.self().meta.id };
    if (actor.name.isEmpty())
        return;
    Result<void> added = m_workspace.addPerson(actor);
    if (!added) {
        QMessageBox::warning(this, windowTitle(), added.message());
        return;
    }
    m_name->clear();
    reload();
    preselect(actor.name, static_cast<int>(actor.role));
}

std::optional<Actor> ActorPicker::chosen() const
{
    const QListWidgetItem* item = m_people->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    return Actor { item->data(Qt::UserRole).toString(), static_cast<Role>(item->data(RoleData).toInt()),
                   m_workspace.self().meta.id };
}

std::optional<Actor> ActorPicker::pick(Workspace& workspace, const QString& lastName, int lastRole, QWidget* parent)
{
    ActorPicker picker(workspace, parent);
    picker.preselect(lastName, lastRole);
    if (picker.exec() != QDialog::Accepted)
        return std::nullopt;
    return picker.chosen();
}

} // namespace jx
