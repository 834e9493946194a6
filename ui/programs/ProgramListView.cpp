#include "ui/programs/ProgramListView.h"

#include "ui/common/Settings.h"
#include "ui/programs/ProgramListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace jx {

ProgramListView::ProgramListView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ProgramListModel(this))
    , m_search(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("programSearch"));
    m_search->setPlaceholderText(tr("Search programs by name or code"));
    m_search->setClearButtonEnabled(true);
    m_unit->setObjectName(QStringLiteral("amountUnit"));
    m_unit->addItem(Money::unitName(MoneyUnit::TenThousandYuan), static_cast<int>(MoneyUnit::TenThousandYuan));
    m_unit->addItem(Money::unitName(MoneyUnit::Yuan), static_cast<int>(MoneyUnit::Yuan));
    m_unit->setToolTip(tr("Unit of the amounts"));
    m_count->setObjectName(QStringLiteral("programCount"));

    m_table->setObjectName(QStringLiteral("programTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ProgramListModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(ProgramListModel::AgencyColumn, 260);
    header->resizeSection(ProgramListModel::BookColumn, 150);
    header->resizeSection(ProgramListModel::KindColumn, 130);
    header->resizeSection(ProgramListModel::AmountColumn, 140);
    header->setHighlightSections(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(new QLabel(tr("Unit:"), this));
    bar->addWidget(m_unit);
    bar->addSpacing(12);
    bar->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ProgramListView::applySearch);
    const int savedUnit = m_unit->findData(Settings::value(Settings::Key::AmountUnit));
    if (savedUnit >= 0)
        m_unit->setCurrentIndex(savedUnit);
    m_model->setUnit(static_cast<MoneyUnit>(m_unit->currentData().toInt()));
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this](int) {
        m_model->setUnit(static_cast<MoneyUnit>(m_unit->currentData().toInt()));
        Settings::setValue(Settings::Key::AmountUnit, m_unit->currentData());
    });
    connect(m_model, &ProgramListModel::totalCountChanged, this, &ProgramListView::updateCount);
    connect(m_model, &ProgramListModel::errorOccurred, this, &ProgramListView::errorOccurred);
}

void ProgramListView::setWorkspace(Workspace* workspace)
{
    m_model->setWorkspace(workspace);
}

void ProgramListView::applySearch()
{
    ProgramFilter filter = m_model->filter();
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void ProgramListView::updateCount(qint64 total)
{
    m_count->setText(total < 0 ? QString() : tr("%1 programs").arg(QLocale().toString(total)));
}

} // namespace jx
