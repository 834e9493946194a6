#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace jx {

class MessageBanner;

/**
 * Asks what `init` needs to create a database for an agency: the file, the division code
 * (its name is shown as it is typed) and the agency's name and kind. Creation itself is
 * Installation::create; errors show in the dialog's banner and the dialog stays open.
 */
class NewDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDatabaseDialog(QWidget* parent = nullptr);

    void setPath(const QString& path);
    QString path() const;
    /// The path of the database created, once accepted.
    QString createdPath() const { return m_created; }

private:
    void browse();
    void updateDivisionName();
    void create();

    QLineEdit* m_path;
    QLineEdit* m_division;
    QLabel* m_divisionName;
    QLineEdit* m_agency;
    QComboBox* m_kind;
    MessageBanner* m_banner;
    QDialogButtonBox* m_buttons;
    QString m_created;
};

} // namespace jx
