#include "ui/settings/SettingsPage.h"

#include "core/domain/IndicatorFramework.h"
#include "core/domain/Money.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jx {

namespace {

QTreeWidget* tree(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTreeWidget(parent);
    t->setObjectName(objectName);
    t->setHeaderLabels(headers);
    t->setAlternatingRowColors(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->header()->setStretchLastSection(false);
    for (int c = 1; c < headers.size(); ++c)
        t->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return t;
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

QString deadlineName(const QString& key)
{
    if (key == QLatin1String("monthlyMonitoring"))
        return SettingsPage::tr("Monthly monitoring");
    if (key == QLatin1String("agencyMidYearCheck"))
        return SettingsPage::tr("Mid-year check of overall targets");
    if (key == QLatin1String("unitSelfEvaluation"))
        return SettingsPage::tr("Units' self-evaluations");
    if (key == QLatin1String("countyGovernmentSelfEvaluation"))
        return SettingsPage::tr("County government budget self-evaluation");
    if (key == QLatin1String("prefectureGovernmentSelfEvaluation"))
        return SettingsPage::tr("Prefecture government budget self-evaluation");
    if (key == QLatin1String("annualSummary"))
        return SettingsPage::tr("Annual summary");
    return key;
}

} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : StagePage(parent)
    , m_unit(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_framework(tree(QStringLiteral("settingsFramework"), { tr("Class / category"), tr("Weight"), tr("Required") }, this))
    , m_policy(tree(QStringLiteral("settingsPolicy"), { tr("Rule"), tr("Value") }, this))
    , m_library(tree(QStringLiteral("settingsLibrary"), { tr("Indicator"), tr("Unit"), tr("Sector") }, this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_unit->setObjectName(QStringLiteral("settingsAmountUnit"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_languageNote->setObjectName(QStringLiteral("settingsLanguageNote"));
    m_year->setObjectName(QStringLiteral("settingsFiscalYear"));

    m_unit->addItem(Money::unitName(MoneyUnit::Yuan), static_cast<int>(MoneyUnit::Yuan));
    m_unit->addItem(Money::unitName(MoneyUnit::TenThousandYuan), static_cast<int>(MoneyUnit::TenThousandYuan));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(Settings::value(Settings::Key::AmountUnit))));
    connect(m_unit, &QComboBox::activated, this,
            [this](int index) { Settings::setValue(Settings::Key::AmountUnit, m_unit->itemData(index)); });

    m_language->addItem(tr("As the system (Chinese unless the system is English)"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::value(Settings::Key::Language))));
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        Settings::setValue(Settings::Key::Language, m_language->itemData(index));
        m_languageNote->setText(tr("The language changes when Jixiao is started again."));
        m_languageNote->show();
    });

    connect(m_year, &QComboBox::activated, this, [this](int index) {
        const int year = m_year->itemData(index).toInt();
        if (year != fiscalYear())
            Q_EMIT fiscalYearChosen(year);
    });

    auto* display = new QGroupBox(tr("Display"), this);
    auto* form = new QFormLayout(display);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Amounts in"), m_unit);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_languageNote, 1);
    form->addRow(tr("Language"), languageRow);
    form->addRow(tr("Fiscal year"), m_year);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(m_framework, tr("Indicator framework"));
    tabs->addTab(m_policy, tr("Policy of the year"));
    tabs->addTab(m_library, tr("Indicator library"));
    auto* note = new QLabel(tr("The framework, the policy and the library are set by the finance department and are "
                               "shown here for reference."),
                            this);
    note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Settings").toHtmlEscaped()), this));
    layout->addWidget(display);
    layout->addWidget(note);
    layout->addWidget(tabs, 1);
}

void SettingsPage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    refresh();
}

void SettingsPage::setFiscalYear(int year)
{
    StagePage::setFiscalYear(year);
    m_year->clear();
    for (int y = year - 5; y <= year + 1; ++y)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(m_year->findData(year));
    refresh();
}

void SettingsPage::refresh()
{
    fillFramework();
    fillPolicy();
    fillLibrary();
}

void SettingsPage::fillFramework()
{
    m_framework->clear();
    if (!m_workspace || fiscalYear() <= 0)
        return;
    const FrameworkKind kinds[] = { FrameworkKind::ProgramTargets, FrameworkKind::AgencyOverall,
                                    FrameworkKind::GovernmentBudget };
    FrameworkRepository repository(m_workspace->database());
    for (FrameworkKind kind : kinds) {
        Result<QList<IndicatorCategory>> categories = repository.categories(kind, fiscalYear());
        if (!categories || categories->isEmpty())
            continue;
        auto* top = new QTreeWidgetItem(m_framework, { Names::of(kind) });
        QHash<QUuid, QTreeWidgetItem*> items;
        for (const IndicatorCategory& c : *categories) {
            if (c.level != 1)
                continue;
            auto* item = new QTreeWidgetItem(top, { c.name, c.weight > 0 ? number(c.weight) : QString(),
                                                    c.required ? tr("yes") : QString() });
            items.insert(c.meta.id, item);
        }
        for (const IndicatorCategory& c : *categories) {
            if (c.level == 1)
                continue;
            QTreeWidgetItem* parent = items.value(c.parentId, top);
            new QTreeWidgetItem(parent, { c.name, c.weight > 0 ? number(c.weight) : QString(),
                                          c.required ? tr("yes") : QString() });
        }
        if (kind == FrameworkKind::ProgramTargets) {
            top->setExpanded(true);
            for (QTreeWidgetItem* item : std::as_const(items))
                item->setExpanded(true);
        }
    }
}

void SettingsPage::fillPolicy()
{
    m_policy->clear();
    if (!m_workspace || fiscalYear() <= 0)
        return;
    Result<YearPolicy> policy
        = PolicyRepository(m_workspace->database()).policyForDivision(m_workspace->self().divisionCode, fiscalYear());
    if (!policy) {
        new QTreeWidgetItem(m_policy, { policy.message() });
        return;
    }
    const YearPolicy& p = *policy;
    auto* grades = new QTreeWidgetItem(m_policy, { tr("Grade bands (score at least)") });
    new QTreeWidgetItem(grades, { Names::of(Grade::Excellent), number(p.excellentFrom()) });
    new QTreeWidgetItem(grades, { Names::of(Grade::Good), number(p.goodFrom()) });
    new QTreeWidgetItem(grades, { Names::of(Grade::Fair), number(p.fairFrom()) });
    new QTreeWidgetItem(grades, { Names::of(Grade::Poor), tr("below %1").arg(number(p.fairFrom())) });
    grades->setExpanded(true);

    auto* weights = new QTreeWidgetItem(m_policy, { tr("Self-evaluation weights (of 100)") });
    new QTreeWidgetItem(weights, { tr("Budget execution rate"), number(p.executionRateWeight()) });
    for (const ClassWeight& w : p.classWeights())
        new QTreeWidgetItem(weights, { w.classes.join(QStringLiteral(" + ")), number(w.weight) });
    new QTreeWidgetItem(weights, { tr("Most points not applicable indicators may take"),
                                   number(p.notApplicableMaxWeight()) });
    new QTreeWidgetItem(weights, { tr("A reason is needed for execution below (%)"),
                                   number(p.executionRateReasonBelow()) });
    weights->setExpanded(true);

    auto* assessment = new QTreeWidgetItem(m_policy, { tr("Ex-ante assessment") });
    new QTreeWidgetItem(assessment, { tr("Points per dimension"), number(p.assessmentDimensionMax()) });
    new QTreeWidgetItem(assessment, { Names::of(AssessmentConclusion::Support), tr("from %1").arg(number(p.supportAtLeast())) });
    new QTreeWidgetItem(assessment, { Names::of(AssessmentConclusion::SupportAfterRevision),
                                      tr("from %1").arg(number(p.reviseAtLeast())) });

    auto* monitoring = new QTreeWidgetItem(m_policy, { tr("Monitoring") });
    new QTreeWidgetItem(monitoring, { tr("Warn when execution is behind time progress by (points)"),
                                      number(p.executionLagPoints()) });
    new QTreeWidgetItem(monitoring, { tr("Two-step review (supervising department first)"),
                                      p.twoStepReview() ? tr("yes") : tr("no") });

    auto* deadlines = new QTreeWidgetItem(m_policy, { tr("Deadlines") });
    for (const DeadlineRule& d : p.deadlines()) {
        QString when;
        if (d.month == 0)
            when = tr("day %1 of the following month").arg(d.day);
        else
            when = tr("%1-%2, fiscal year + %3").arg(d.month).arg(d.day).arg(d.yearOffset);
        new QTreeWidgetItem(deadlines, { deadlineName(d.key), when });
    }
    deadlines->setExpanded(true);
}

void SettingsPage::fillLibrary()
{
    m_library->clear();
    if (!m_workspace || fiscalYear() <= 0)
        return;
    FrameworkRepository repository(m_workspace->database());
    Result<QList<IndicatorCategory>> categories = repository.categories(FrameworkKind::ProgramTargets, fiscalYear());
    if (!categories)
        return;
    for (const IndicatorCategory& c : *categories) {
        if (c.level == 1)
            continue;
        Result<QList<IndicatorLibraryEntry>> entries = repository.library(c.meta.id);
        if (!entries || entries->isEmpty())
            continue;
        auto* item = new QTreeWidgetItem(m_library, { c.name });
        for (const IndicatorLibraryEntry& e : *entries)
            new QTreeWidgetItem(item, { e.name, e.unit, e.sector });
    }
    if (m_library->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_library, { tr("No indicator library has been loaded for this year.") });
}

} // namespace jx
