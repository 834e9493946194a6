#pragma once

#include "core/domain/Actor.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace jx {

class Workspace;

/**
 * Who acts in the open database: one of its people (PersonRepository), or a new one added
 * here. The main window asks through pick() only, so a login dialog can later take this
 * class's place without the window changing (the seam: MainWindow::chooseActor()).
 */
class ActorPicker : public QDialog
{
    Q_OBJECT

public:
    ActorPicker(Workspace& workspace, QWidget* parent = nullptr);

    /// Preselects the person named @p name in @p role, when listed.
    void preselect(const QString& name, int role);
    /// The person chosen, once accepted.
    std::optional<Actor> chosen() const;

    /// Asks who acts; nothing when cancelled.
    static std::optional<Actor> pick(Workspace& workspace, const QString& lastName, int lastRole, QWidget* parent);

private:
    void reload();
    void addPerson();

    Workspace& m_workspace;
    QListWidget* m_people;
    QLineEdit* m_name;
    QComboBox* m_role;
    QPushButton* m_add;
};

} // namespace jx
