#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace jx {

class Workspace;
class ProgramListModel;

/// The program list with a search field, the 元 / 万元 choice and the count of matches.
class ProgramListView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramListView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    ProgramListModel* model() const { return m_model; }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    void applySearch();
    void updateCount(qint64 total);

    ProgramListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_unit;
    QLabel* m_count;
    QTableView* m_table;
    QTimer* m_searchDelay;
};

} // namespace jx
