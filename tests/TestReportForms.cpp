// The forms of one subject (targets, assessment, monitoring, self-evaluation) built from the county
// demo and compared, cell by cell, with what the database holds: the names, every amount in 分, every
// indicator row in the framework's order with its merged level-1 and level-2 cells, the weights, the
// scores as the core scores them, the total and the binding grade. Then the errors.
#include "LoopFixture.h"
#include "XlsxTestReader.h"

#include "core/demo/DemoGenerator.h"
#include "core/io/ReportWriter.h"
#include "core/domain/ExAnteAssessment.h"
#include "core/domain/IndicatorFramework.h"
#include "core/domain/MonitoringAnalyzer.h"
#include "core/domain/Review.h"
#include "core/report/ReportCatalog.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/PolicyRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workflow/EvaluationService.h"
#include "core/workspace/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace jx;

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

qint64 hundredths(double v)
{
    return qint64(std::llround(v * 100));
}

} // namespace

class TestReportForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogLists();
    void agencyForms();
    void programForms();
    void workbooksReadBack();
    void assessments();
    void governmentSelfEvaluations();
    void financeGradeBinds();
    void preparerAndDate();
    void unitInYuan();
    void uncategorisedLast();
    void errors();

private:
    Result<ReportDocument> build(const QString& name, const QUuid& subject, int month = 0,
                                 MoneyUnit unit = MoneyUnit::TenThousandYuan);
    Database& db() { return m_ws->database(); }

    // What every form must satisfy; and finding a labelled row.
    void checkStructure(const ReportDocument& doc, const QString& name, MoneyUnit unit = MoneyUnit::TenThousandYuan);
    static int rowOf(const ReportSheet& sheet, const QString& label, int column = 0, int from = 0);
    static void checkText(const ReportCell& cell, const QString& expected);
    static void checkMoney(const ReportCell& cell, Money expected);
    static void checkPoints(const ReportCell& cell, double expected);
    static void checkValue(const ReportCell& cell, double expected);
    static void checkBlank(const ReportCell& cell);

    /// The indicators in the order the forms must list them, with their level-1 and level-2 names.
    struct Line
    {
        QUuid one;
        QString oneName;
        QUuid two;
        QString twoName;
        Indicator indicator;
    };
    QList<Line> expectedLines(const Subject& s, const QList<Indicator>& indicators);
    /// Checks the level-1 / level-2 cells and merges of @p lines from @p firstRow on, and the name in @p nameColumn.
    void checkLevels(const ReportSheet& sheet, int firstRow, const QList<Line>& lines, int nameColumn);

    void checkTargets(const ReportDocument& doc, const Subject& s);
    void checkMonitoring(const ReportDocument& doc, const Subject& s, int month);
    void checkSelfEvaluation(const ReportDocument& doc, const Subject& s);
    void checkAssessment(const ReportDocument& doc, const Subject& s);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_year = 0;
    Agency m_unit;           ///< the demo agency whose every form is built
    Subject m_agencyBudget;
    QList<Subject> m_programs;
    QList<Subject> m_assessed; ///< programs of the county with an ex-ante assessment
    QList<Subject> m_government;
    QUuid m_approvedProgram;  ///< a program of m_unit whose self-evaluation finance graded
};

Result<ReportDocument> TestReportForms::build(const QString& name, const QUuid& subject, int month, MoneyUnit unit)
{
    ReportParameters p;
    p.fiscalYear = m_year;
    p.subjectId = subject;
    p.month = month;
    p.unit = unit;
    return ReportCatalog::build(db(), name, p);
}

void TestReportForms::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("county.jixiao"));
    Result<DemoSummary> demo = DemoGenerator::createDemo(path, DemoOptions());
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    m_year = demo->fiscalYear;
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    m_ws = std::move(*ws);

    // The demo agency: the first subordinate unit (so that its competent department is another
    // agency) with programs, one of them a major new one assessed ex ante where there is one.
    Result<QList<Agency>> agencies = AgencyRepository(db()).inDivision(demo->divisionCode);
    QVERIFY(agencies.ok());
    for (const Agency& a : *agencies) {
        if (a.kind == AgencyKind::BudgetUnit && !a.parentId.isNull()) {
            m_unit = a;
            break;
        }
    }
    QVERIFY(!m_unit.meta.id.isNull());
    Result<QList<Subject>> subjects = SubjectRepository(db()).ofAgency(m_unit.meta.id, m_year);
    QVERIFY(subjects.ok());
    for (const Subject& s : *subjects) {
        if (s.kind == SubjectKind::AgencyBudget)
            m_agencyBudget = s;
        else if (s.kind == SubjectKind::Program)
            m_programs << s;
    }
    QVERIFY(!m_agencyBudget.meta.id.isNull());
    QCOMPARE(m_programs.size(), 20);

    QSqlQuery q(db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT subject_id FROM ex_ante_assessment WHERE deleted = 0 LIMIT 3")));
    while (q.next()) {
        Result<std::optional<Subject>> s = SubjectRepository(db()).find(RecordStore::uuidAt(q, 0));
        QVERIFY(s.ok() && s->has_value());
        m_assessed << **s;
    }
    QVERIFY(!m_assessed.isEmpty());
    Result<QList<Subject>> government = SubjectRepository(db()).ofAgency(m_ws->self().meta.id, m_year);
    QVERIFY(government.ok());
    for (const Subject& s : *government) {
        if (s.kind == SubjectKind::GovernmentBudget)
            m_government << s;
    }
    QCOMPARE(m_government.size(), 4);

    // Finance grades one of the unit's self-evaluations one step below what it computes, with a reason.
    QVERIFY(m_ws->setActor({ u8("张伟"), Role::FinanceReviewer, m_ws->self().meta.id }).ok());
    Result<std::optional<SelfEvaluation>> e = EvaluationRepository(db()).ofSubject(m_programs.first().meta.id, m_year);
    QVERIFY(e.ok() && e->has_value());
    QVERIFY((*e)->grade.has_value());
    EvaluationVerdict verdict;
    verdict.grade = *(*e)->grade == Grade::Poor ? Grade::Fair : Grade::Poor;
    verdict.gradeReason = u8("资金使用存在问题");
    Result<void> approved = m_ws->approveEvaluation((*e)->meta.id, u8("同意"), verdict);
    QVERIFY2(approved.ok(), qPrintable(approved.message()));
    m_approvedProgram = m_programs.first().meta.id;
}

void TestReportForms::catalogLists()
{
    const QStringList names = { QStringLiteral("targets"), QStringLiteral("agency-targets"),
        QStringLiteral("assessment"), QStringLiteral("monitoring"), QStringLiteral("agency-monitoring"),
        QStringLiteral("self-evaluation"), QStringLiteral("agency-self-evaluation"),
        QStringLiteral("government-self-evaluation") };
    for (const QString& name : names) {
        std::optional<ReportInfo> info = ReportCatalog::find(name);
        QVERIFY2(info.has_value(), qPrintable(name));
        QVERIFY(!info->title.isEmpty());
        QVERIFY(!info->description.isEmpty());
        QVERIFY(info->inputs.contains(ReportInput::Subject));
        QCOMPARE(info->inputs.contains(ReportInput::Month), name.endsWith(QStringLiteral("monitoring")));
    }
}

// ---- what every form satisfies -------------------------------------------------------------

void TestReportForms::checkStructure(const ReportDocument& doc, const QString& name, MoneyUnit unit)
{
    QCOMPARE(doc.name, name);
    QVERIFY(!doc.title.isEmpty());
    QCOMPARE(doc.unit, unit);
    QVERIFY(doc.generatedAt.isValid());
    QCOMPARE(doc.sheets.size(), 1);
    for (const ReportSheet& sheet : doc.sheets) {
        QVERIFY(!sheet.name.isEmpty() && sheet.name.size() <= 31);
        QVERIFY(!sheet.title.isEmpty());
        QVERIFY(sheet.subtitle.contains(QString::number(m_year)));
        QVERIFY(sheet.preambleLeft.contains(u8("Filled in by (seal): ")));
        QVERIFY(sheet.columnCount() > 0);
        QVERIFY(!sheet.footerLines.isEmpty());
        QVERIFY(!sheet.stream);
        const int columns = sheet.columnCount();
        // Who covers each cell: every Covered cell lies in exactly one merge, and no merge covers a value.
        QList<QList<int>> coveredBy(sheet.rows.size(), QList<int>(columns, 0));
        for (int r = 0; r < sheet.rows.size(); ++r) {
            QCOMPARE(sheet.rows.at(r).size(), columns);
            for (int c = 0; c < columns; ++c) {
                const ReportCell& cell = sheet.rows.at(r).at(c);
                QVERIFY(cell.rowSpan >= 1 && cell.colSpan >= 1);
                if (cell.kind == ReportCellKind::Text)
                    QVERIFY2(!cell.text.isEmpty(), qPrintable(QStringLiteral("%1 (%2, %3)").arg(name).arg(r).arg(c)));
                if (cell.kind == ReportCellKind::Covered)
                    continue;
                QVERIFY(r + cell.rowSpan <= sheet.rows.size());
                QVERIFY(c + cell.colSpan <= columns);
                for (int rr = r; rr < r + cell.rowSpan; ++rr) {
                    for (int cc = c; cc < c + cell.colSpan; ++cc) {
                        if (rr == r && cc == c)
                            continue;
                        const ReportCell& inside = sheet.rows.at(rr).at(cc);
                        QVERIFY2(inside.kind == ReportCellKind::Covered,
                            qPrintable(QStringLiteral("%1: (%2, %3) inside the merge at (%4, %5)")
                                           .arg(name).arg(rr).arg(cc).arg(r).arg(c)));
                        QVERIFY(inside.text.isEmpty() && inside.number == 0);
                        ++coveredBy[rr][cc];
                    }
                }
            }
        }
        for (int r = 0; r < sheet.rows.size(); ++r) {
            for (int c = 0; c < columns; ++c) {
                const bool covered = sheet.rows.at(r).at(c).kind == ReportCellKind::Covered;
                QCOMPARE(coveredBy.at(r).at(c), covered ? 1 : 0);
            }
        }
        if (name != QStringLiteral("assessment"))
            QCOMPARE(sheet.preambleRight, unit == MoneyUnit::Yuan ? u8("Unit: yuan") : u8("Unit: 10k yuan"));
    }
}

int TestReportForms::rowOf(const ReportSheet& sheet, const QString& label, int column, int from)
{
    for (int r = from; r < sheet.rows.size(); ++r) {
        const ReportCell& c = sheet.rows.at(r).at(column);
        if (c.kind == ReportCellKind::Text && c.text == label)
            return r;
    }
    return -1;
}

void TestReportForms::checkText(const ReportCell& cell, const QString& expected)
{
    if (expected.isEmpty()) {
        QCOMPARE(cell.kind, ReportCellKind::Empty);
        return;
    }
    QCOMPARE(cell.kind, ReportCellKind::Text);
    QCOMPARE(cell.text, expected);
}

void TestReportForms::checkMoney(const ReportCell& cell, Money expected)
{
    QCOMPARE(cell.kind, ReportCellKind::Money);
    QCOMPARE(cell.number, expected.fen());
}

void TestReportForms::checkPoints(const ReportCell& cell, double expected)
{
    QCOMPARE(cell.kind, ReportCellKind::Number);
    QCOMPARE(cell.decimals, 2);
    QCOMPARE(cell.number, hundredths(expected));
}

void TestReportForms::checkValue(const ReportCell& cell, double expected)
{
    QCOMPARE(cell.kind, ReportCellKind::Number);
    QVERIFY(cell.decimals >= 0 && cell.decimals <= 4);
    QVERIFY2(std::abs(double(cell.number) / std::pow(10.0, cell.decimals) - expected) < 1e-9,
        qPrintable(QStringLiteral("%1 / 10^%2 is not %3").arg(cell.number).arg(cell.decimals).arg(expected, 0, 'g', 17)));
}

void TestReportForms::checkBlank(const ReportCell& cell)
{
    QCOMPARE(cell.kind, ReportCellKind::Empty);
}

QList<TestReportForms::Line> TestReportForms::expectedLines(const Subject& s, const QList<Indicator>& indicators)
{
    FrameworkRepository frameworks(db());
    const QList<IndicatorCategory> categories
        = *frameworks.categories(EvaluationService::frameworkOf(s.kind), s.fiscalYear);
    QHash<QUuid, int> rank;
    QHash<QUuid, IndicatorCategory> byId;
    for (const IndicatorCategory& c : categories) {
        rank.insert(c.meta.id, int(rank.size()));
        byId.insert(c.meta.id, c);
    }
    QList<std::pair<std::pair<int, int>, Line>> keyed;
    for (const Indicator& i : indicators) {
        // The demo files every indicator under a level-2 category of its year's framework.
        if (!byId.contains(i.categoryId)) {
            qWarning("indicator %s is not under the year's framework", qPrintable(i.name));
            return {};
        }
        const IndicatorCategory two = byId.value(i.categoryId);
        if (two.level != 2 || !byId.contains(two.parentId)) {
            qWarning("indicator %s is not under a level-2 category", qPrintable(i.name));
            return {};
        }
        const IndicatorCategory one = byId.value(two.parentId);
        keyed.append({ { rank.value(one.meta.id), rank.value(two.meta.id) },
            Line { one.meta.id, one.name, two.meta.id, two.name, i } });
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<Line> lines;
    for (const auto& k : keyed)
        lines << k.second;
    return lines;
}

void TestReportForms::checkLevels(const ReportSheet& sheet, int firstRow, const QList<Line>& lines, int nameColumn)
{
    QVERIFY(!lines.isEmpty());
    QVERIFY(firstRow + lines.size() <= sheet.rows.size());
    for (int k = 0; k < lines.size(); ++k) {
        const ReportRow& row = sheet.rows.at(firstRow + k);
        checkText(row.at(nameColumn), lines.at(k).indicator.name);
        // A level cell starts where its category starts and spans exactly the category's run.
        for (const int column : { 1, 2 }) {
            const bool same = column == 1;
            const auto idOf = [&](int at) { return same ? lines.at(at).one : lines.at(at).two; };
            const bool starts = k == 0 || idOf(k - 1) != idOf(k)
                || (!same && lines.at(k - 1).one != lines.at(k).one);
            if (!starts) {
                QCOMPARE(row.at(column).kind, ReportCellKind::Covered);
                continue;
            }
            int run = 1;
            while (k + run < lines.size() && idOf(k + run) == idOf(k)
                && (same || lines.at(k + run).one == lines.at(k).one))
                ++run;
            checkText(row.at(column), same ? lines.at(k).oneName : lines.at(k).twoName);
            QCOMPARE(row.at(column).rowSpan, run);
            QCOMPARE(row.at(column).colSpan, 1);
        }
    }
    // Every level-1 class appears in one run: grouped, in the framework's order.
    QStringList seen;
    for (int k = 0; k < lines.size(); ++k) {
        if (k == 0 || lines.at(k - 1).one != lines.at(k).one) {
            QVERIFY2(!seen.contains(lines.at(k).oneName), qPrintable(lines.at(k).oneName));
            seen << lines.at(k).oneName;
        }
    }
    QVERIFY(seen.size() >= 2);
}

// ---- the forms --------------------------------------------------------------------------------

void TestReportForms::checkTargets(const ReportDocument& doc, const Subject& s)
{
    const ReportSheet& sheet = doc.sheets.first();
    const TargetSet set = **TargetSetRepository(db()).ofSubject(s.meta.id, s.fiscalYear);
    const Agency agency = **AgencyRepository(db()).find(s.agencyId);
    const Agency competent = **AgencyRepository(db()).find(agency.parentId);
    QVERIFY(sheet.preambleLeft.endsWith(agency.name));
    int indicatorsRow = -1;
    if (s.kind == SubjectKind::Program) {
        QCOMPARE(sheet.title, u8("Project Expenditure Performance Targets"));
        QCOMPARE(sheet.columnCount(), 9);
        QCOMPARE(rowOf(sheet, u8("Project name")), 0);
        checkText(sheet.rows[0][1], s.name);
        QCOMPARE(sheet.rows[0][1].colSpan, 8);
        QCOMPARE(rowOf(sheet, u8("Competent department and code")), 1);
        checkText(sheet.rows[1][1], QStringLiteral("%1 (%2)").arg(competent.name, competent.code));
        checkText(sheet.rows[1][4], u8("Implementing unit"));
        checkText(sheet.rows[1][5], agency.name);
        QCOMPARE(rowOf(sheet, u8("Project type")), 2);
        checkText(sheet.rows[2][1], s.isNew ? u8("New project") : u8("Continuing project"));
        checkText(sheet.rows[2][4], u8("Project period"));
        checkBlank(sheet.rows[2][5]);
        QCOMPARE(rowOf(sheet, u8("Project funds (10k yuan)")), 3);
        QCOMPARE(sheet.rows[3][0].rowSpan, 3);
        checkText(sheet.rows[3][1], u8("Mid-term funds total"));
        checkBlank(sheet.rows[3][3]);
        checkText(sheet.rows[3][5], u8("Annual funds total"));
        checkMoney(sheet.rows[3][7], s.amount);
        for (int r : { 4, 5 }) {
            checkText(sheet.rows[r][1], r == 4 ? u8("Of which: fiscal appropriation") : u8("Other funds"));
            checkBlank(sheet.rows[r][3]);
            checkBlank(sheet.rows[r][7]);
        }
        QCOMPARE(rowOf(sheet, u8("Overall objective")), 6);
        QVERIFY(!set.objectiveMidTerm.isEmpty());
        checkText(sheet.rows[6][1], u8("Mid-term objective"));
        checkText(sheet.rows[6][5], u8("Annual objective"));
        checkText(sheet.rows[7][1], set.objectiveMidTerm);
        checkText(sheet.rows[7][5], set.objectiveAnnual);
        indicatorsRow = rowOf(sheet, u8("Performance indicators"));
        QCOMPARE(indicatorsRow, 8);
    } else {
        QCOMPARE(sheet.title, u8("Agency Overall Expenditure Performance Targets"));
        QCOMPARE(rowOf(sheet, u8("Agency (unit) name")), 0);
        checkText(sheet.rows[0][1], agency.name);
        QCOMPARE(rowOf(sheet, u8("Annual budget (10k yuan)")), 1);
        checkText(sheet.rows[1][1], u8("Funds total"));
        checkText(sheet.rows[1][4], u8("Of which: fiscal appropriation"));
        checkText(sheet.rows[1][6], u8("Other funds"));
        checkMoney(sheet.rows[2][1], s.amount);
        checkBlank(sheet.rows[2][4]);
        checkBlank(sheet.rows[2][6]);
        QCOMPARE(rowOf(sheet, u8("Annual overall objective")), 3);
        checkText(sheet.rows[3][1], set.objectiveAnnual);
        indicatorsRow = rowOf(sheet, u8("Annual performance indicators"));
        QCOMPARE(indicatorsRow, 4);
    }
    const QList<Line> lines = expectedLines(s, set.indicators);
    QCOMPARE(lines.size(), set.indicators.size());
    QCOMPARE(sheet.rows[indicatorsRow][0].rowSpan, int(lines.size()) + 1);
    const QStringList headers = { u8("Level-1 indicator"), u8("Level-2 indicator"), u8("Level-3 indicator"),
        u8("Operator"), u8("Indicator value"), u8("Unit of measure"), u8("Weight"), u8("Scoring standard") };
    for (int c = 0; c < headers.size(); ++c) {
        checkText(sheet.rows[indicatorsRow][c + 1], headers.at(c));
        QCOMPARE(sheet.rows[indicatorsRow][c + 1].role, ReportCellRole::Header);
    }
    checkLevels(sheet, indicatorsRow + 1, lines, 3);
    for (int k = 0; k < lines.size(); ++k) {
        const Indicator& i = lines.at(k).indicator;
        const ReportRow& row = sheet.rows.at(indicatorsRow + 1 + k);
        checkText(row[4], Names::of(i.op));
        if (i.isQualitative())
            checkText(row[5], i.targetText);
        else
            checkValue(row[5], *i.targetValue);
        checkText(row[6], i.unit);
        checkPoints(row[7], i.weight);
        checkText(row[8], Names::of(i.standard));
    }
    QCOMPARE(sheet.rows.size(), indicatorsRow + 1 + lines.size());
    QVERIFY(sheet.footerLines.first().contains(u8("Unit head: ")));
    QVERIFY(sheet.footerLines.first().contains(u8("Telephone: ")));
    QVERIFY(sheet.footerLines.first().contains(u8("Date filled in: ")));
}

void TestReportForms::checkMonitoring(const ReportDocument& doc, const Subject& s, int month)
{
    const ReportSheet& sheet = doc.sheets.first();
    const TargetSet set = **TargetSetRepository(db()).ofSubject(s.meta.id, s.fiscalYear);
    const Agency agency = **AgencyRepository(db()).find(s.agencyId);
    const Agency competent = **AgencyRepository(db()).find(agency.parentId);
    MonitoringReport report;
    for (const MonitoringReport& r : *MonitoringRepository(db()).ofSubject(s.meta.id, s.fiscalYear)) {
        if (r.month == month)
            report = r;
    }
    QCOMPARE(report.month, month);
    QCOMPARE(sheet.columnCount(), 12);
    QVERIFY(sheet.subtitle.contains(QStringLiteral("month %1").arg(month)));
    int row = 0;
    if (s.kind == SubjectKind::Program) {
        QCOMPARE(sheet.title, u8("Project Expenditure Performance Monitoring"));
        checkText(sheet.rows[0][0], u8("Project name"));
        checkText(sheet.rows[0][1], s.name);
        checkText(sheet.rows[1][0], u8("Competent department"));
        checkText(sheet.rows[1][1], competent.name);
        checkText(sheet.rows[1][4], u8("Implementing unit"));
        checkText(sheet.rows[1][6], agency.name);
        row = 2;
        checkText(sheet.rows[row][0], u8("Project funds (10k yuan)"));
    } else {
        QCOMPARE(sheet.title, u8("Agency Overall Expenditure Performance Monitoring"));
        checkText(sheet.rows[0][0], u8("Agency (unit) name"));
        checkText(sheet.rows[0][1], agency.name);
        row = 1;
        checkText(sheet.rows[row][0], u8("Annual budget (10k yuan)"));
    }
    checkText(sheet.rows[row][4], QStringLiteral("Executed, January to month %1").arg(month));
    const ReportRow& funds = sheet.rows[row + 1];
    checkMoney(funds[1], s.amount);
    checkMoney(funds[3], report.budget);
    checkMoney(funds[4], report.executed);
    QCOMPARE(funds[6].kind, ReportCellKind::Percent);
    QCOMPARE(funds[6].decimals, 2);
    // 执行率 = 执行数 / 调整后预算数, in hundredths of a percent, within a rounding step.
    const double rate = 10000.0 * double(report.executed.fen()) / double(report.budget.fen());
    QVERIFY2(std::abs(double(funds[6].number) - rate) <= 0.5 + 1e-9, qPrintable(QString::number(funds[6].number)));
    QCOMPARE(funds[7].kind, ReportCellKind::Percent);
    QCOMPARE(funds[7].number, hundredths(100.0 * month / 12.0));
    checkMoney(funds[8], report.forecastYearEnd);
    const YearPolicy policy = *PolicyRepository(db()).policyForDivision(s.divisionCode, s.fiscalYear);
    const bool lagging = rate / 100.0 < 100.0 * month / 12.0 - policy.executionLagPoints() - 0.01;
    if (lagging)
        QVERIFY(funds[10].text.contains(u8("Execution behind time progress")));
    row += 2;
    checkText(sheet.rows[row][0], u8("Annual overall objective"));
    checkText(sheet.rows[row][1], set.objectiveAnnual);
    ++row;
    checkText(sheet.rows[row][0], u8("Performance indicators"));
    const QList<Line> lines = expectedLines(s, set.indicators);
    QCOMPARE(sheet.rows[row][0].rowSpan, int(lines.size()) + 1);
    checkText(sheet.rows[row][6], QStringLiteral("Actual, January to month %1").arg(month));
    checkText(sheet.rows[row][8], u8("Likelihood of reaching the target"));
    checkLevels(sheet, row + 1, lines, 3);
    QHash<QUuid, MonitoringEntry> entries;
    for (const MonitoringEntry& e : report.entries)
        entries.insert(e.indicatorId, e);
    const MonitoringAnalysis analysis = MonitoringAnalyzer::analyze(report, set.indicators, policy);
    for (int k = 0; k < lines.size(); ++k) {
        const Indicator& i = lines.at(k).indicator;
        const ReportRow& r = sheet.rows.at(row + 1 + k);
        if (i.isQualitative())
            checkText(r[4], i.targetText);
        else
            checkValue(r[4], *i.targetValue);
        checkText(r[5], i.unit);
        QVERIFY(entries.contains(i.meta.id));
        const MonitoringEntry e = entries.value(i.meta.id);
        if (e.progressValue)
            checkValue(r[6], *e.progressValue);
        else
            checkText(r[6], e.progressText);
        if (e.forecastValue)
            checkValue(r[7], *e.forecastValue);
        else
            checkBlank(r[7]);
        checkText(r[8], Names::of(e.likelihood));
        checkText(r[9], e.cause ? Names::of(*e.cause) : QString());
        checkText(r[10], e.measures);
        QStringList flags;
        for (const MonitoringWarning& w : analysis.warnings) {
            if (w.indicatorId != i.meta.id)
                continue;
            const QString flag = w.kind == MonitoringWarning::Kind::Impossible ? u8("Cannot be reached")
                                                                                : u8("Forecast misses the target");
            if (!flags.contains(flag))
                flags << flag;
        }
        checkText(r[11], flags.join(u8("; ")));
    }
    row += 1 + int(lines.size());
    checkText(sheet.rows[row][0], u8("Remarks"));
    checkText(sheet.rows[row][1], report.note);
    QCOMPARE(sheet.rows.size(), row + 1);
}

void TestReportForms::checkSelfEvaluation(const ReportDocument& doc, const Subject& s)
{
    const ReportSheet& sheet = doc.sheets.first();
    const SelfEvaluation e = **EvaluationRepository(db()).ofSubject(s.meta.id, s.fiscalYear);
    const TargetSet set = **TargetSetRepository(db()).ofSubject(s.meta.id, s.fiscalYear);
    const Agency agency = **AgencyRepository(db()).find(s.agencyId);
    EvaluationService service(db());
    const ScoreSheet scores = *service.score(e);
    QCOMPARE(sheet.columnCount(), 11);
    int row = 0;
    switch (s.kind) {
    case SubjectKind::Program: {
        QCOMPARE(sheet.title, u8("Project Expenditure Performance Self-evaluation"));
        const Agency competent = **AgencyRepository(db()).find(agency.parentId);
        checkText(sheet.rows[0][0], u8("Project name"));
        checkText(sheet.rows[0][1], s.name);
        checkText(sheet.rows[1][0], u8("Competent department"));
        checkText(sheet.rows[1][1], competent.name);
        checkText(sheet.rows[1][5], u8("Implementing unit"));
        checkText(sheet.rows[1][7], agency.name);
        row = 2;
        checkText(sheet.rows[row][0], u8("Project funds (10k yuan)"));
        break;
    }
    case SubjectKind::AgencyBudget:
        QCOMPARE(sheet.title, u8("Agency Overall Expenditure Performance Self-evaluation"));
        checkText(sheet.rows[0][0], u8("Agency (unit) name"));
        checkText(sheet.rows[0][1], agency.name);
        row = 1;
        checkText(sheet.rows[row][0], u8("Annual budget funds (10k yuan)"));
        break;
    case SubjectKind::GovernmentBudget:
        QCOMPARE(sheet.title, u8("Government Budget Performance Self-evaluation"));
        checkText(sheet.rows[0][0], u8("Budget"));
        checkText(sheet.rows[0][1], s.name);
        checkText(sheet.rows[1][0], u8("Finance department"));
        checkText(sheet.rows[1][1], agency.name);
        checkText(sheet.rows[1][5], u8("Division"));
        checkText(sheet.rows[1][7], (*DivisionRepository(db()).find(s.divisionCode))->name);
        row = 2;
        checkText(sheet.rows[row][0], u8("Annual budget funds (10k yuan)"));
        break;
    }
    QCOMPARE(sheet.rows[row][0].rowSpan, 5);
    const QStringList fundHeaders = { u8("Budget at the start of the year"), u8("Budget for the year"),
        u8("Executed in the year"), u8("Weight"), u8("Execution rate"), u8("Score") };
    for (int c = 0; c < fundHeaders.size(); ++c)
        checkText(sheet.rows[row][4 + c], fundHeaders.at(c));
    // The total row: the sum of every funds row, 分 for 分; the execution weight, rate and score as scored.
    Money initial, adjusted, executed;
    for (const EvaluationFund& f : e.funds) {
        initial = *initial.plus(f.initialBudget);
        adjusted = *adjusted.plus(f.adjustedBudget);
        executed = *executed.plus(f.executed);
    }
    const ReportRow& totalRow = sheet.rows[row + 1];
    checkText(totalRow[1], u8("Annual funds total"));
    checkMoney(totalRow[4], initial);
    checkMoney(totalRow[5], adjusted);
    checkMoney(totalRow[6], executed);
    checkPoints(totalRow[7], scores.executionWeight);
    QVERIFY(scores.executionRate.has_value());
    QCOMPARE(totalRow[8].kind, ReportCellKind::Percent);
    QCOMPARE(totalRow[8].number, hundredths(*scores.executionRate));
    const double rate = 10000.0 * double(executed.fen()) / double(adjusted.fen());
    QVERIFY(std::abs(double(totalRow[8].number) - rate) <= 0.5 + 1e-9);
    checkPoints(totalRow[9], scores.executionScore);
    QCOMPARE(totalRow[9].colSpan, 2);
    const QList<std::pair<FundSource, QString>> sources = {
        { FundSource::Appropriation, u8("Of which: fiscal appropriation of the year") },
        { FundSource::CarryOver, u8("Carry-over from last year") }, { FundSource::Other, u8("Other funds") } };
    for (int k = 0; k < sources.size(); ++k) {
        const ReportRow& r = sheet.rows[row + 2 + k];
        checkText(r[1], sources.at(k).second);
        const EvaluationFund* f = nullptr;
        for (const EvaluationFund& x : e.funds) {
            if (x.source == sources.at(k).first)
                f = &x;
        }
        if (f) {
            checkMoney(r[4], f->initialBudget);
            checkMoney(r[5], f->adjustedBudget);
            checkMoney(r[6], f->executed);
        } else {
            for (int c : { 4, 5, 6 })
                checkBlank(r[c]);
        }
        for (int c : { 7, 8, 9 })
            checkText(r[c], u8("—"));
    }
    row += 5;
    if (!e.executionReason.isEmpty()) {
        checkText(sheet.rows[row][0], u8("Reason for the execution rate"));
        checkText(sheet.rows[row][1], e.executionReason);
        ++row;
    } else {
        QCOMPARE(rowOf(sheet, u8("Reason for the execution rate")), -1);
    }
    checkText(sheet.rows[row][0], u8("Annual overall objective"));
    checkText(sheet.rows[row][1], u8("Expected objective"));
    checkText(sheet.rows[row][6], u8("Actual achievement"));
    checkText(sheet.rows[row + 1][1], e.objectiveExpected);
    checkText(sheet.rows[row + 1][6], e.objectiveAchieved);
    row += 2;
    checkText(sheet.rows[row][0], u8("Performance indicators"));
    const QList<Line> lines = expectedLines(s, set.indicators);
    QCOMPARE(sheet.rows[row][0].rowSpan, int(lines.size()) + 1);
    checkText(sheet.rows[row][10], u8("Causes of deviation and corrective measures"));
    checkLevels(sheet, row + 1, lines, 3);
    QHash<QUuid, EvaluationEntry> entries;
    for (const EvaluationEntry& x : e.entries)
        entries.insert(x.indicatorId, x);
    QHash<QUuid, double> scoreOf;
    for (const IndicatorScore& i : scores.indicators)
        scoreOf.insert(i.indicatorId, i.score);
    double fullMarks = scores.executionWeight;
    for (int k = 0; k < lines.size(); ++k) {
        const Indicator& i = lines.at(k).indicator;
        const ReportRow& r = sheet.rows.at(row + 1 + k);
        fullMarks += i.weight;
        checkText(r[4], Names::of(i.op));
        if (i.isQualitative())
            checkText(r[5], i.targetText);
        else
            checkValue(r[5], *i.targetValue);
        checkText(r[6], i.unit);
        const EvaluationEntry x = entries.value(i.meta.id);
        QVERIFY(!x.notApplicable);
        if (x.actualValue)
            checkValue(r[7], *x.actualValue);
        else
            checkText(r[7], x.actualText);
        checkPoints(r[8], i.weight);
        QVERIFY(scoreOf.contains(i.meta.id));
        checkPoints(r[9], scoreOf.value(i.meta.id));
        QStringList why;
        for (const QString& t : { x.deviationReason, x.explanation, x.notApplicableReason }) {
            if (!t.isEmpty())
                why << t;
        }
        checkText(r[10], why.join(u8("; ")));
    }
    row += 1 + int(lines.size());
    checkText(sheet.rows[row][0], u8("Total score"));
    checkPoints(sheet.rows[row][8], fullMarks);
    // The stored score, finance's once approved; the binding grade.
    std::optional<double> total = e.totalScore;
    std::optional<Review> approval;
    if (e.status == RecordStatus::Approved) {
        for (const Review& r : *ReviewRepository(db()).ofRecord(RecordKind::SelfEvaluation, e.meta.id)) {
            if (r.decision == ReviewDecision::Approve)
                approval = r;
        }
        QVERIFY(approval && approval->score);
        total = approval->score;
    }
    QVERIFY(total.has_value());
    checkPoints(sheet.rows[row][9], *total);
    QCOMPARE(sheet.rows[row][9].role, ReportCellRole::Total);
    ++row;
    checkText(sheet.rows[row][0], u8("Grade"));
    const std::optional<Grade> grade = *service.bindingGrade(s.meta.id, s.fiscalYear);
    QVERIFY(grade.has_value());
    checkText(sheet.rows[row][8], Names::of(*grade));
    ++row;
    if (approval && !approval->gradeReason.isEmpty()) {
        checkText(sheet.rows[row][0], u8("Reason for finance's grade"));
        checkText(sheet.rows[row][8], approval->gradeReason);
        ++row;
    }
    const QList<std::pair<QString, QString>> texts = { { u8("Evaluation conclusion"), e.conclusion },
        { u8("Problems found"), e.problems }, { u8("Improvement measures"), e.measures } };
    for (const auto& [label, text] : texts) {
        checkText(sheet.rows[row][0], label);
        checkText(sheet.rows[row][1], text);
        QCOMPARE(sheet.rows[row][1].colSpan, 10);
        ++row;
    }
    QCOMPARE(sheet.rows.size(), row);
    const QString lead = s.kind == SubjectKind::Program ? u8("Project lead: ") : u8("Unit head: ");
    QVERIFY2(sheet.footerLines.first().contains(lead + e.projectLead), qPrintable(sheet.footerLines.first()));
    QVERIFY(sheet.footerLines.first().contains(u8("Finance head: ") + e.financeLead));
}

void TestReportForms::checkAssessment(const ReportDocument& doc, const Subject& s)
{
    const ReportSheet& sheet = doc.sheets.first();
    const ExAnteAssessment a = AssessmentRepository(db()).ofSubject(s.meta.id)->constLast();
    const Agency agency = **AgencyRepository(db()).find(s.agencyId);
    QCOMPARE(sheet.title, u8("Ex-ante Performance Assessment Report"));
    QCOMPARE(sheet.columnCount(), 5);
    checkText(sheet.rows[0][0], u8("Project name"));
    checkText(sheet.rows[0][1], s.name);
    checkText(sheet.rows[1][1], agency.name);
    checkText(sheet.rows[2][1], Names::of(a.assessor));
    checkText(sheet.rows[2][4], a.assessorName);
    checkText(sheet.rows[3][0], u8("Assessment dimension"));
    QCOMPARE(a.items.size(), 5);
    double full = 0;
    for (int k = 0; k < a.items.size(); ++k) {
        const AssessmentItem& item = a.items.at(k);
        const ReportRow& r = sheet.rows[4 + k];
        QCOMPARE(static_cast<int>(item.dimension), k + 1); // the five dimensions in their order
        checkText(r[0], Names::of(item.dimension));
        checkPoints(r[1], item.maxScore);
        checkPoints(r[2], item.score);
        checkText(r[3], Names::of(item.rating));
        checkText(r[4], item.comment);
        full += item.maxScore;
    }
    checkText(sheet.rows[9][0], u8("Total"));
    checkPoints(sheet.rows[9][1], full);
    checkPoints(sheet.rows[9][2], a.totalScore());
    checkText(sheet.rows[10][0], u8("Conclusion"));
    QVERIFY(a.conclusion.has_value());
    checkText(sheet.rows[10][1], Names::of(*a.conclusion));
    checkText(sheet.rows[11][0], u8("Assessment report"));
    QCOMPARE(sheet.rows[11][0].colSpan, 5);
    QStringList paragraphs;
    for (const QString& p : a.report.split(QLatin1Char('\n'))) {
        if (!p.trimmed().isEmpty())
            paragraphs << p.trimmed();
    }
    QCOMPARE(paragraphs.size(), 8); // the demo's four headed sections
    QCOMPARE(sheet.rows.size(), 12 + paragraphs.size());
    for (int k = 0; k < paragraphs.size(); ++k) {
        const ReportCell& c = sheet.rows[12 + k][0];
        checkText(c, paragraphs.at(k));
        QCOMPARE(c.role, ReportCellRole::Note);
        QCOMPARE(c.colSpan, 5);
    }
    QVERIFY(paragraphs.first().startsWith(u8("一、基本情况")));
    QVERIFY(paragraphs.last().startsWith(u8("进一步细化")));
}

// ---- every form of the demo agency ------------------------------------------------------------

void TestReportForms::agencyForms()
{
    const QUuid id = m_agencyBudget.meta.id;
    Result<ReportDocument> targets = build(QStringLiteral("agency-targets"), id);
    QVERIFY2(targets.ok(), qPrintable(targets.message()));
    checkStructure(*targets, QStringLiteral("agency-targets"));
    checkTargets(*targets, m_agencyBudget);

    // The mid-year check of the agency's overall targets.
    Result<ReportDocument> monitoring = build(QStringLiteral("agency-monitoring"), id, 6);
    QVERIFY2(monitoring.ok(), qPrintable(monitoring.message()));
    checkStructure(*monitoring, QStringLiteral("agency-monitoring"));
    checkMonitoring(*monitoring, m_agencyBudget, 6);

    Result<ReportDocument> evaluation = build(QStringLiteral("agency-self-evaluation"), id);
    QVERIFY2(evaluation.ok(), qPrintable(evaluation.message()));
    checkStructure(*evaluation, QStringLiteral("agency-self-evaluation"));
    checkSelfEvaluation(*evaluation, m_agencyBudget);
}

void TestReportForms::programForms()
{
    int warned = 0;
    for (const Subject& s : std::as_const(m_programs)) {
        Result<ReportDocument> targets = build(QStringLiteral("targets"), s.meta.id);
        QVERIFY2(targets.ok(), qPrintable(targets.message()));
        checkStructure(*targets, QStringLiteral("targets"));
        checkTargets(*targets, s);
        for (int month = 1; month <= 12; ++month) {
            Result<ReportDocument> monitoring = build(QStringLiteral("monitoring"), s.meta.id, month);
            QVERIFY2(monitoring.ok(), qPrintable(monitoring.message()));
            checkStructure(*monitoring, QStringLiteral("monitoring"));
            checkMonitoring(*monitoring, s, month);
            if (QTest::currentTestFailed())
                return;
            for (const ReportRow& row : monitoring->sheets.first().rows)
                warned += row.last().kind == ReportCellKind::Text && row.last().role == ReportCellRole::Body;
        }
        Result<ReportDocument> evaluation = build(QStringLiteral("self-evaluation"), s.meta.id);
        QVERIFY2(evaluation.ok(), qPrintable(evaluation.message()));
        checkStructure(*evaluation, QStringLiteral("self-evaluation"));
        checkSelfEvaluation(*evaluation, s);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(warned > 0); // some of the agency's indicators are flagged in some month
}

// Every form written as a workbook and read back: each cell of the grid as the document has it
// (the document being checked against the database above), figures as numbers, merges as ranges.
void TestReportForms::workbooksReadBack()
{
    QList<std::pair<QString, QUuid>> forms = {
        { QStringLiteral("agency-targets"), m_agencyBudget.meta.id },
        { QStringLiteral("agency-self-evaluation"), m_agencyBudget.meta.id },
        { QStringLiteral("targets"), m_programs.first().meta.id },
        { QStringLiteral("self-evaluation"), m_programs.first().meta.id },
        { QStringLiteral("assessment"), m_assessed.first().meta.id },
        { QStringLiteral("government-self-evaluation"), m_government.first().meta.id },
    };
    for (const auto& [name, subject] : std::as_const(forms)) {
        for (MoneyUnit unit : { MoneyUnit::TenThousandYuan, MoneyUnit::Yuan }) {
            Result<ReportDocument> doc = build(name, subject, 0, unit);
            QVERIFY2(doc.ok(), qPrintable(name + QStringLiteral(": ") + doc.message()));
            const QString path = m_dir.filePath(name + QStringLiteral(".xlsx"));
            Result<qint64> written = ReportWriter::write(*doc, ReportFormat::Xlsx, path);
            QVERIFY2(written.ok(), qPrintable(written.message()));
            test::XlsxTestReader book(path);
            QVERIFY(book.isOpen());
            QCOMPARE(book.sheetNames().size(), doc->sheets.size());
            for (int i = 0; i < doc->sheets.size(); ++i) {
                const ReportSheet& s = doc->sheets.at(i);
                const test::XlsxSheet sheet = book.sheet(i);
                QCOMPARE(sheet.text(0, 0), s.title);
                const int top = 1 + (s.subtitle.isEmpty() ? 0 : 1)
                    + (s.preambleLeft.isEmpty() && s.preambleRight.isEmpty() ? 0 : 1);
                int merges = 0;
                for (int r = 0; r < s.rows.size(); ++r) {
                    for (int c = 0; c < s.columnCount(); ++c) {
                        const ReportCell& want = s.rows.at(r).at(c);
                        const test::XlsxCell got = sheet.at(top + r, c);
                        const QString where = QStringLiteral("%1 (%2) row %3 column %4")
                                                  .arg(name, Money::unitName(unit)).arg(r).arg(c);
                        merges += want.kind != ReportCellKind::Covered && (want.rowSpan > 1 || want.colSpan > 1);
                        if (const std::optional<double> v = ReportWriter::value(want, unit)) {
                            QVERIFY2(got.isNumber(), qPrintable(where + QStringLiteral(": not a number: ") + got.text));
                            QVERIFY2(std::abs(got.number() - *v) < 1e-9, qPrintable(where));
                        } else if (want.kind == ReportCellKind::Text) {
                            QVERIFY2(got.text == want.text,
                                     qPrintable(where + QStringLiteral(": ") + got.text + QStringLiteral(" ≠ ") + want.text));
                        } else {
                            QVERIFY2(got.text.isEmpty(), qPrintable(where + QStringLiteral(": ") + got.text));
                        }
                    }
                }
                // The grid's merges, plus the title, subtitle and preamble bands that span the width.
                QVERIFY2(sheet.merges.size() >= merges, qPrintable(name));
            }
        }
    }
}

void TestReportForms::assessments()
{
    for (const Subject& s : std::as_const(m_assessed)) {
        Result<ReportDocument> doc = build(QStringLiteral("assessment"), s.meta.id);
        QVERIFY2(doc.ok(), qPrintable(doc.message()));
        checkStructure(*doc, QStringLiteral("assessment"));
        checkAssessment(*doc, s);
    }
}

void TestReportForms::governmentSelfEvaluations()
{
    for (const Subject& s : std::as_const(m_government)) {
        Result<ReportDocument> doc = build(QStringLiteral("government-self-evaluation"), s.meta.id);
        QVERIFY2(doc.ok(), qPrintable(doc.message()));
        checkStructure(*doc, QStringLiteral("government-self-evaluation"));
        checkSelfEvaluation(*doc, s);
    }
}

void TestReportForms::financeGradeBinds()
{
    // The approved self-evaluation shows finance's grade and its reason, not the computed one.
    const SelfEvaluation e = **EvaluationRepository(db()).ofSubject(m_approvedProgram, m_year);
    QCOMPARE(e.status, RecordStatus::Approved);
    Result<ReportDocument> doc = build(QStringLiteral("self-evaluation"), m_approvedProgram);
    QVERIFY2(doc.ok(), qPrintable(doc.message()));
    const ReportSheet& sheet = doc->sheets.first();
    const int gradeRow = rowOf(sheet, u8("Grade"));
    QVERIFY(gradeRow > 0);
    const QString finance = Names::of(*e.grade == Grade::Poor ? Grade::Fair : Grade::Poor);
    checkText(sheet.rows[gradeRow][8], finance);
    QVERIFY(sheet.rows[gradeRow][8].text != Names::of(*e.grade));
    const int reasonRow = rowOf(sheet, u8("Reason for finance's grade"));
    QCOMPARE(reasonRow, gradeRow + 1);
    checkText(sheet.rows[reasonRow][8], u8("资金使用存在问题"));
    // An unapproved one has no such row.
    Result<ReportDocument> other = build(QStringLiteral("self-evaluation"), m_programs.at(1).meta.id);
    QVERIFY(other.ok());
    QCOMPARE(rowOf(other->sheets.first(), u8("Reason for finance's grade")), -1);
}

void TestReportForms::preparerAndDate()
{
    // Who submitted a record and when: the 填表人 and 填报日期 of its form.
    test::LoopFixture f;
    QVERIFY2(f.build(), qPrintable(f.error));
    ReportParameters p;
    p.subjectId = f.canals.meta.id;
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    Result<ReportDocument> evaluation = ReportCatalog::build(f.ws->database(), QStringLiteral("self-evaluation"), p);
    QVERIFY2(evaluation.ok(), qPrintable(evaluation.message()));
    const QString footer = evaluation->sheets.first().footerLines.first();
    QVERIFY2(footer.contains(u8("Prepared by: 李丽娜")), qPrintable(footer));
    QVERIFY2(footer.contains(u8("Date filled in: ") + today), qPrintable(footer));
    QVERIFY(footer.contains(u8("Project lead: 王建国")));
    p.month = 2;
    Result<ReportDocument> monitoring = ReportCatalog::build(f.ws->database(), QStringLiteral("monitoring"), p);
    QVERIFY2(monitoring.ok(), qPrintable(monitoring.message()));
    QVERIFY(monitoring->sheets.first().footerLines.first().contains(u8("Prepared by: 李丽娜")));
    // A month the program has no indicator entries for leaves them blank, the budget still filled in.
    const ReportSheet& sheet = monitoring->sheets.first();
    QCOMPARE(sheet.rows[3][4].kind, ReportCellKind::Money);
    QCOMPARE(sheet.rows[3][4].number, Money::fromYuan(200'000).fen());
    p.subjectId = f.roads.meta.id;
    Result<ReportDocument> targets = ReportCatalog::build(f.ws->database(), QStringLiteral("targets"), p);
    QVERIFY2(targets.ok(), qPrintable(targets.message()));
    QVERIFY(targets->sheets.first().footerLines.first().contains(u8("Prepared by: 李丽娜")));
    // No mid-term objective: the annual one takes the whole width.
    const ReportSheet& t = targets->sheets.first();
    checkText(t.rows[6][1], u8("Annual objective"));
    QCOMPARE(t.rows[6][1].colSpan, 8);
}

void TestReportForms::unitInYuan()
{
    const Subject& s = m_programs.at(2);
    Result<ReportDocument> doc = build(QStringLiteral("targets"), s.meta.id, 0, MoneyUnit::Yuan);
    QVERIFY(doc.ok());
    checkStructure(*doc, QStringLiteral("targets"), MoneyUnit::Yuan);
    checkText(doc->sheets.first().rows[3][0], u8("Project funds (yuan)"));
    checkMoney(doc->sheets.first().rows[3][7], s.amount);
}

void TestReportForms::uncategorisedLast()
{
    // An indicator filed directly under a level-1 class follows that class's level-2 categories with
    // a blank level-2 cell; one under no category comes last, its level cells blank and unmerged.
    QUuid output;
    QUuid quantity;
    for (const IndicatorCategory& c : *FrameworkRepository(db()).categories(FrameworkKind::ProgramTargets, m_year)) {
        if (c.level == 1 && c.name == u8("产出指标"))
            output = c.meta.id;
    }
    for (const IndicatorCategory& c : *FrameworkRepository(db()).categories(FrameworkKind::ProgramTargets, m_year)) {
        if (c.level == 2 && c.parentId == output && c.name == u8("数量指标"))
            quantity = c.meta.id;
    }
    QVERIFY(!output.isNull() && !quantity.isNull());
    Subject s;
    s.kind = SubjectKind::Program;
    s.fiscalYear = m_year;
    s.agencyId = m_unit.meta.id;
    s.meta.ownerId = m_unit.meta.id;
    s.divisionCode = m_unit.divisionCode;
    s.name = u8("指标分类测试项目");
    QVERIFY(SubjectRepository(db()).save(s).ok());
    TargetSet set;
    set.meta.ownerId = m_unit.meta.id;
    set.subjectId = s.meta.id;
    set.fiscalYear = m_year;
    set.objectiveAnnual = u8("完成任务。");
    const QList<std::pair<QString, QUuid>> indicators
        = { { u8("无分类指标"), QUuid() }, { u8("一级分类指标"), output }, { u8("二级分类指标"), quantity } };
    for (const auto& [name, category] : indicators) {
        Indicator i;
        i.name = name;
        i.categoryId = category;
        i.op = IndicatorOperator::Qualitative;
        i.targetText = u8("完成");
        i.weight = 10;
        set.indicators << i;
    }
    Result<void> saved = TargetSetRepository(db()).save(set);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    Result<ReportDocument> doc = build(QStringLiteral("targets"), s.meta.id);
    QVERIFY2(doc.ok(), qPrintable(doc.message()));
    checkStructure(*doc, QStringLiteral("targets"));
    const ReportSheet& sheet = doc->sheets.first();
    QCOMPARE(sheet.rows.size(), 12);
    checkText(sheet.rows[9][3], u8("二级分类指标"));
    checkText(sheet.rows[9][1], u8("产出指标"));
    QCOMPARE(sheet.rows[9][1].rowSpan, 2);
    checkText(sheet.rows[9][2], u8("数量指标"));
    checkText(sheet.rows[10][3], u8("一级分类指标"));
    QCOMPARE(sheet.rows[10][1].kind, ReportCellKind::Covered);
    checkBlank(sheet.rows[10][2]);
    checkText(sheet.rows[11][3], u8("无分类指标"));
    checkBlank(sheet.rows[11][1]);
    checkBlank(sheet.rows[11][2]);
    QCOMPARE(sheet.rows[11][1].rowSpan, 1);
    checkText(sheet.rows[11][5], u8("完成"));
}

void TestReportForms::errors()
{
    const Subject& program = m_programs.at(3);
    auto fails = [&](const QString& name, const QUuid& id, int month, Error::Code code, const QStringList& mentions) {
        Result<ReportDocument> doc = build(name, id, month);
        QVERIFY2(!doc.ok(), qPrintable(name));
        QCOMPARE(doc.error().code, code);
        for (const QString& m : mentions)
            QVERIFY2(doc.message().contains(m), qPrintable(doc.message() + QStringLiteral(" / ") + m));
    };
    fails(QStringLiteral("no-such-form"), program.meta.id, 0, Error::Code::NotFound, { u8("no-such-form") });
    const QUuid nobody = QUuid::createUuid();
    fails(QStringLiteral("targets"), nobody, 0, Error::Code::NotFound, { nobody.toString(QUuid::WithoutBraces) });
    fails(QStringLiteral("self-evaluation"), {}, 0, Error::Code::Invalid, { u8("Self-evaluation") });
    // The wrong kind of subject, named.
    fails(QStringLiteral("agency-targets"), program.meta.id, 0, Error::Code::Invalid, { program.name });
    fails(QStringLiteral("targets"), m_agencyBudget.meta.id, 0, Error::Code::Invalid, { m_agencyBudget.name });
    fails(QStringLiteral("government-self-evaluation"), program.meta.id, 0, Error::Code::Invalid, { program.name });
    fails(QStringLiteral("agency-monitoring"), program.meta.id, 6, Error::Code::Invalid, { program.name });
    // Months out of range, and a month the agency reported nothing for.
    fails(QStringLiteral("monitoring"), program.meta.id, 0, Error::Code::Invalid, { u8("month 0") });
    fails(QStringLiteral("monitoring"), program.meta.id, 13, Error::Code::Invalid, { u8("month 13") });
    fails(QStringLiteral("agency-monitoring"), m_agencyBudget.meta.id, 3, Error::Code::NotFound,
        { m_agencyBudget.name, u8("month 3"), u8("months 6") });
    // A program with no ex-ante assessment, and a new one with nothing filled in yet.
    QSqlQuery q(db().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM ex_ante_assessment WHERE subject_id = ? AND deleted = 0"));
    q.addBindValue(RecordStore::idValue(program.meta.id));
    QVERIFY(q.exec() && q.next());
    if (q.value(0).toInt() == 0)
        fails(QStringLiteral("assessment"), program.meta.id, 0, Error::Code::NotFound, { program.name });
    Subject fresh;
    fresh.kind = SubjectKind::Program;
    fresh.fiscalYear = m_year;
    fresh.agencyId = m_unit.meta.id;
    fresh.meta.ownerId = m_unit.meta.id;
    fresh.divisionCode = m_unit.divisionCode;
    fresh.name = u8("新建未填报项目");
    fresh.amount = Money::fromYuan(10'000);
    QVERIFY(SubjectRepository(db()).save(fresh).ok());
    for (const QString& name : { QStringLiteral("targets"), QStringLiteral("assessment"),
             QStringLiteral("self-evaluation") })
        fails(name, fresh.meta.id, 0, Error::Code::NotFound, { fresh.name });
    fails(QStringLiteral("monitoring"), fresh.meta.id, 5, Error::Code::NotFound, { fresh.name });
    // A cancelled build stops.
    ReportParameters p;
    p.subjectId = program.meta.id;
    Result<ReportDocument> cancelled
        = ReportCatalog::build(db(), QStringLiteral("targets"), p, [](qint64, qint64) { return false; });
    QVERIFY(!cancelled.ok());
}

QTEST_GUILESS_MAIN(TestReportForms)
#include "TestReportForms.moc"
