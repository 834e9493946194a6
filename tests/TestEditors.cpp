#include "TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/editors/AssessmentEditor.h"
#include "ui/editors/EditorFields.h"
#include "ui/editors/EditorGrid.h"
#include "ui/editors/Editors.h"
#include "ui/editors/EvaluationEditor.h"
#include "ui/editors/MonitoringEditor.h"
#include "ui/editors/ProgramEditor.h"
#include "ui/editors/RecordEditor.h"
#include "ui/editors/TargetsEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QTextStream>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

using namespace jx;

namespace {

const QString Unit = QStringLiteral("喀什市交通运输局");

/// A budget unit's own database, with its preparer acting.
std::unique_ptr<Workspace> unitWorkspace(const QString& path)
{
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = Unit;
    request.agencyKind = AgencyKind::BudgetUnit;
    Result<std::unique_ptr<Workspace>> ws = QFile::exists(path) ? Workspace::open(path) : Workspace::create(path, request);
    if (!ws) {
        qWarning("%s", qPrintable(ws.message()));
        return nullptr;
    }
    if (!(*ws)->setActor({ QStringLiteral("李丽娜"), Role::UnitPreparer, {} }))
        return nullptr;
    return std::move(ws.value());
}

/// Types @p text into a grid cell as a clerk does: F2 opens the cell, the text, Enter commits.
void typeCell(EditorGrid* grid, int row, int column, const QString& text)
{
    grid->setFocus();
    grid->setCurrentCell(row, column);
    QTest::keyClick(grid, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != grid);
    if (auto* box = qobject_cast<QComboBox*>(editor); box && box->isEditable())
        editor = box->lineEdit();
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->selectAll();
        bool latin = true;
        for (QChar c : text)
            latin = latin && c.unicode() < 0x80;
        if (latin)
            QTest::keyClicks(line, text);
        else
            line->insert(text); // an input method's commit
    }
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the cell on a queued call
}

template <typename T> T* child(QWidget* w, const char* name)
{
    return w->findChild<T*>(QString::fromLatin1(name));
}

/// The worked example of docs/scoring.md as a clerk copies it from Excel: level 2, level 3,
/// operator, target, unit, weight.
QString workedExampleTsv()
{
    return QStringLiteral("数量指标\t养护里程\t≥\t120\t公里\t20\r\n"
                          "质量指标\t验收合格率\t＝\t100\t%\t15\r\n"
                          "时效指标\t完工时间\t≤\t11\t月\t5\r\n"
                          "经济成本指标\t单位养护成本\t≤\t10000\t元/公里\t10\r\n"
                          "社会效益指标\t群众出行条件改善\t定性\t明显改善\t\t15\r\n"
                          "经济效益指标\t带动就业人数\t≥\t60\t人\t15\r\n"
                          "服务对象满意度指标\t服务对象满意度\t≥\t90\t%\t10\r\n");
}

int autosaveChild(const QStringList& args);

} // namespace

class TestEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void registerProgram();
    void amountsAsUsersTypeThem_data();
    void amountsAsUsersTypeThem();
    void badProgramInputInlineNothingLost();
    void undoRedo();
    void othersProgramIsReadOnly();
    void fillTargetsPasteAndSubmit();
    void targetsBadInputInline();
    void copyLastYearsTargets();
    void agencyOverallTargets();
    void assessmentConclusionChecked();
    void monitoringTrafficLights();
    void monitoringMonthSelector();
    void evaluationScoresAsYouType();
    void autosaveSurvivesKill();
    void factory();
    void screenshots();

private:
    Subject program(const QString& name, int year = 2025);
    QUuid workedExampleTargets(const QUuid& programId);

    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Workspace> m_ws;
};

void TestEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(*QCoreApplication::instance());
}

void TestEditors::init()
{
    m_dir = new QTemporaryDir;
    m_ws = unitWorkspace(m_dir->filePath(QStringLiteral("unit.jixiao")));
    QVERIFY(m_ws);
}

void TestEditors::cleanup()
{
    // Journals of this run's databases are not left for the next test.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts")).removeRecursively();
    m_ws.reset();
    delete m_dir;
    m_dir = nullptr;
}

Subject TestEditors::program(const QString& name, int year)
{
    Subject s = m_ws->newProgram();
    s.fiscalYear = year;
    s.name = name;
    s.amount = Money::fromYuan(1'200'000);
    Result<void> r = m_ws->saveSubject(s);
    if (!r)
        qWarning("%s", qPrintable(r.message()));
    return s;
}

QUuid TestEditors::workedExampleTargets(const QUuid& programId)
{
    TargetSet set;
    set.subjectId = programId;
    set.fiscalYear = 2025;
    set.objectiveAnnual = QStringLiteral("完成农村公路养护120公里");
    set.indicators = test::workedExampleIndicators(m_ws->database());
    Result<void> r = m_ws->saveTargets(set);
    if (!r)
        qWarning("%s", qPrintable(r.message()));
    return set.meta.id;
}

void TestEditors::registerProgram()
{
    ProgramEditor editor(*m_ws, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QSignalSpy saved(&editor, &RecordEditor::saved);
    auto* name = child<QLineEdit>(&editor, "programName");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Rural road upkeep 2025"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&editor, "programCode")); // the form's order, no mouse
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("JT-001"));
    auto* amount = child<QLineEdit>(&editor, "amount");
    amount->setFocus();
    QTest::keyClicks(amount, QStringLiteral("1,234,500.5"));
    QVERIFY(child<QLabel>(&editor, "amountShown")->text().contains(QStringLiteral("123.45")));
    child<QLineEdit>(&editor, "functionCode")->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2140106"));
    child<QWidget>(&editor, "isMajor")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    const QUuid id = saved.first().first().toUuid();
    Result<std::optional<Subject>> s = SubjectRepository(m_ws->database()).find(id);
    QVERIFY(s && s->has_value());
    QCOMPARE((*s)->name, QStringLiteral("Rural road upkeep 2025"));
    QCOMPARE((*s)->code, QStringLiteral("JT-001"));
    QCOMPARE((*s)->amount, Money::fromFen(123'450'050));
    QCOMPARE((*s)->functionCode, QStringLiteral("2140106"));
    QVERIFY((*s)->isMajor);
    QVERIFY(!(*s)->isNew);
    QVERIFY(!editor.isDirty());
    QVERIFY(!QFile::exists(editor.journalPath()));
    QCOMPARE(test::scalar(m_ws->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestEditors::amountsAsUsersTypeThem_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("thousands separators") << QStringLiteral("1,234.5") << qint64(123'450);
    QTest::newRow("two decimals") << QStringLiteral("1234.50") << qint64(123'450);
    QTest::newRow("ten thousand yuan") << QStringLiteral("12.3万") << qint64(12'300'000);
    QTest::newRow("full-width digits") << QStringLiteral("１２３４") << qint64(123'400);
}

void TestEditors::amountsAsUsersTypeThem()
{
    QFETCH(QString, typed);
    QFETCH(qint64, fen);
    ProgramEditor editor(*m_ws, {});
    QSignalSpy saved(&editor, &RecordEditor::saved);
    child<QLineEdit>(&editor, "programName")->insert(QStringLiteral("2025年农村公路养护项目"));
    child<QLineEdit>(&editor, "amount")->insert(typed);
    QVERIFY(editor.save());
    QCOMPARE(SubjectRepository(m_ws->database()).find(saved.first().first().toUuid())->value().amount, Money::fromFen(fen));
}

void TestEditors::badProgramInputInlineNothingLost()
{
    ProgramEditor editor(*m_ws, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QSignalSpy saved(&editor, &RecordEditor::saved);
    auto* amount = child<QLineEdit>(&editor, "amount");
    auto* amountError = child<QLabel>(&editor, "amountError");
    auto* nameError = child<QLabel>(&editor, "programNameError");
    amount->setFocus();
    QTest::keyClicks(amount, QStringLiteral("12a4"));
    // Letters in an amount: said beside it at once, and the text stays as typed.
    QVERIFY(amountError->isVisible());
    QVERIFY2(!amountError->text().isEmpty(), "no reason beside the amount");
    // Empty required field.
    QVERIFY(nameError->isVisible());
    QTest::keyClick(amount, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(amount->text(), QStringLiteral("12a4"));
    QVERIFY(child<QWidget>(&editor, "editorBanner")->isVisible());
    // Sub-fen precision is refused, not rounded.
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("10.005"));
    QVERIFY(amountError->isVisible());
    QVERIFY(!editor.save());
    QCOMPARE(amount->text(), QStringLiteral("10.005"));
    // The checklist lists both; activating an item puts the cursor in its field.
    auto* list = child<QListWidget>(&editor, "problemList");
    QCOMPARE(list->count(), 2);
    for (int n = 0; n < list->count(); ++n) {
        if (list->item(n)->toolTip() == QLatin1String("name"))
            Q_EMIT list->itemActivated(list->item(n));
    }
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&editor, "programName"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Canal"));
    QVERIFY(!nameError->isVisible());
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("10.05"));
    QVERIFY(!amountError->isVisible());
    QVERIFY(editor.save());
    QCOMPARE(saved.size(), 1);
}

void TestEditors::undoRedo()
{
    ProgramEditor editor(*m_ws, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto* name = child<QLineEdit>(&editor, "programName");
    auto* code = child<QLineEdit>(&editor, "programCode");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Canal"));
    code->setFocus();
    QTest::keyClicks(code, QStringLiteral("SL-9"));
    QCOMPARE(editor.undoStack()->count(), 2); // typing on in one field is one step
    QTest::keyClick(code, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(code->text(), QString());
    QCOMPARE(name->text(), QStringLiteral("Canal"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), QString());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(name->text(), QStringLiteral("Canal"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(code->text(), QStringLiteral("SL-9"));
}

void TestEditors::othersProgramIsReadOnly()
{
    // A program of another agency (arrived by exchange) is shown, not changed.
    Agency other;
    other.name = QStringLiteral("喀什市水利局");
    other.kind = AgencyKind::BudgetUnit;
    other.divisionCode = QStringLiteral("653101");
    QVERIFY(AgencyRepository(m_ws->database()).save(other).ok());
    Subject s;
    s.kind = SubjectKind::Program;
    s.fiscalYear = 2025;
    s.agencyId = other.meta.id;
    s.divisionCode = other.divisionCode;
    s.name = QStringLiteral("2025年渠道防渗改造项目");
    QVERIFY(SubjectRepository(m_ws->database()).save(s).ok());
    ProgramEditor editor(*m_ws, s.meta.id);
    QVERIFY(editor.isReadOnly());
    QVERIFY(child<QLineEdit>(&editor, "programName")->isReadOnly());
    QVERIFY(!editor.save());
}

void TestEditors::fillTargetsPasteAndSubmit()
{
    const Subject p = program(QStringLiteral("2025年农村公路养护项目"));
    TargetsEditor editor(*m_ws, p.meta.id, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QSignalSpy saved(&editor, &RecordEditor::saved);
    auto* grid = child<EditorGrid>(&editor, "indicatorGrid");
    QVERIFY(grid);
    // Submitting an empty form: refused, with each reason beside its field.
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(child<QLabel>(&editor, "objectiveAnnualError")->isVisible());

    child<QPlainTextEdit>(&editor, "objectiveAnnual")->insertPlainText(QStringLiteral("完成农村公路养护120公里，群众出行条件明显改善"));
    QApplication::clipboard()->setText(workedExampleTsv());
    grid->setFocus();
    grid->setCurrentCell(0, TargetsEditor::LevelTwoColumn);
    QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(grid->rowCount(), 7);
    QCOMPARE(grid->text(0, TargetsEditor::LevelOneColumn), QStringLiteral("产出指标"));
    QCOMPARE(grid->text(4, TargetsEditor::OperatorColumn), QStringLiteral("定性"));
    QCOMPARE(grid->text(6, TargetsEditor::WeightColumn), QStringLiteral("10"));
    QVERIFY2(child<QLabel>(&editor, "weightTotals")->text().contains(QStringLiteral("50 / 50")),
             qPrintable(child<QLabel>(&editor, "weightTotals")->text()));
    // A unit typed in by keyboard: Enter goes on to the next cell.
    typeCell(grid, 0, TargetsEditor::UnitColumn, QStringLiteral("km"));
    QCOMPARE(grid->currentColumn(), int(TargetsEditor::WeightColumn));
    QCOMPARE(grid->text(0, TargetsEditor::UnitColumn), QStringLiteral("km"));

    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(editor.isReadOnly(), qPrintable(child<MessageBanner>(&editor, "editorBanner")->text()));
    QCOMPARE(saved.size(), 2); // the refused submission saved the draft first
    Result<std::optional<TargetSet>> set = TargetSetRepository(m_ws->database()).find(editor.recordId());
    QVERIFY(set && set->has_value());
    QCOMPARE((*set)->status, RecordStatus::Submitted);
    QCOMPARE((*set)->indicators.size(), 7);
    QCOMPARE((*set)->indicators.at(4).op, IndicatorOperator::Qualitative);
    QCOMPARE((*set)->indicators.at(4).targetText, QStringLiteral("明显改善"));
    QCOMPARE((*set)->indicators.at(0).targetValue, std::optional<double>(120));
    QCOMPARE((*set)->indicators.at(0).unit, QStringLiteral("km"));

    // Reopened, a submitted set is shown read-only with its status and history.
    std::unique_ptr<QWidget> again(createRecordEditor(*m_ws, RecordKind::TargetSet, p.meta.id, {}, nullptr));
    auto* reopened = qobject_cast<RecordEditor*>(again.get());
    QVERIFY(reopened);
    QCOMPARE(reopened->recordId(), editor.recordId());
    QVERIFY(reopened->isReadOnly());
    QVERIFY(!child<EditorGrid>(again.get(), "indicatorGrid")->isEditable());
    QCOMPARE(child<QListWidget>(again.get(), "historyList")->count(), 1);
    QVERIFY(!child<QLabel>(again.get(), "recordStatus")->text().isEmpty());
    QCOMPARE(test::scalar(m_ws->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestEditors::targetsBadInputInline()
{
    const Subject p = program(QStringLiteral("2025年农村公路养护项目"));
    TargetsEditor editor(*m_ws, p.meta.id, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto* grid = child<EditorGrid>(&editor, "indicatorGrid");
    QApplication::clipboard()->setText(workedExampleTsv());
    grid->setFocus();
    grid->setCurrentCell(0, TargetsEditor::LevelTwoColumn);
    QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
    // A weight total off by one: 养护里程 19 instead of 20.
    typeCell(grid, 0, TargetsEditor::WeightColumn, QStringLiteral("19"));
    auto* totals = child<QLabel>(&editor, "weightTotals");
    QVERIFY2(totals->text().contains(QStringLiteral("49 / 50")), qPrintable(totals->text()));
    QVERIFY(child<QLabel>(&editor, "indicatorGridError")->isVisible());
    // Letters in a weight and in a target value: marked in their cells, kept as typed.
    typeCell(grid, 1, TargetsEditor::WeightColumn, QStringLiteral("15x"));
    typeCell(grid, 2, TargetsEditor::ValueColumn, QStringLiteral("eleven"));
    QVERIFY(!grid->cellProblem(1, TargetsEditor::WeightColumn).isEmpty());
    QVERIFY(!grid->cellProblem(2, TargetsEditor::ValueColumn).isEmpty());
    QVERIFY(!editor.save());
    QCOMPARE(grid->text(1, TargetsEditor::WeightColumn), QStringLiteral("15x"));
    QCOMPARE(grid->text(2, TargetsEditor::ValueColumn), QStringLiteral("eleven"));
    // A level 2 name that is not in the framework.
    typeCell(grid, 3, TargetsEditor::LevelTwoColumn, QStringLiteral("nonsense"));
    QVERIFY(!grid->cellProblem(3, TargetsEditor::LevelTwoColumn).isEmpty());
    QCOMPARE(TargetSetRepository(m_ws->database()).ofSubject(p.meta.id, 2025)->has_value(), false);
}

void TestEditors::copyLastYearsTargets()
{
    const Subject before = program(QStringLiteral("2025年农村公路养护项目"), 2025);
    workedExampleTargets(before.meta.id);
    Result<Subject> next = m_ws->nextYearProgram(before.meta.id);
    QVERIFY(next);
    next->name = QStringLiteral("2026年农村公路养护项目");
    QVERIFY(m_ws->saveSubject(*next).ok());
    TargetsEditor editor(*m_ws, next->meta.id, {});
    auto* copy = child<QPushButton>(&editor, "copyPredecessor");
    QVERIFY(copy->isEnabled());
    copy->click();
    auto* grid = child<EditorGrid>(&editor, "indicatorGrid");
    QCOMPARE(grid->rowCount(), 7);
    QCOMPARE(grid->text(0, TargetsEditor::NameColumn), QStringLiteral("养护里程"));
    QCOMPARE(grid->text(0, TargetsEditor::LevelOneColumn), QStringLiteral("产出指标"));
    QCOMPARE(child<QPlainTextEdit>(&editor, "objectiveAnnual")->toPlainText(), QStringLiteral("完成农村公路养护120公里"));
    editor.undoStack()->undo(); // one step
    QCOMPARE(grid->rowCount(), 1);
    editor.undoStack()->redo();
    QVERIFY(editor.save());
    Result<std::optional<TargetSet>> set = TargetSetRepository(m_ws->database()).ofSubject(next->meta.id, 2026);
    QCOMPARE((*set)->indicators.size(), 7);
    QVERIFY(!(*set)->indicators.first().categoryId.isNull());
}

void TestEditors::agencyOverallTargets()
{
    Subject agency;
    agency.kind = SubjectKind::AgencyBudget;
    agency.fiscalYear = 2025;
    agency.name = QStringLiteral("喀什市交通运输局2025年部门整体预算");
    agency.amount = Money::fromYuan(8'000'000);
    QVERIFY2(m_ws->saveSubject(agency).ok(), "agency budget not saved");
    TargetsEditor editor(*m_ws, agency.meta.id, {});
    QVERIFY(child<QLabel>(&editor, "editorTitle")->text().contains(QLatin1String("Agency overall")));
    auto* grid = child<EditorGrid>(&editor, "indicatorGrid");
    grid->setCurrentCell(0, TargetsEditor::LevelTwoColumn);
    QCOMPARE(grid->pasteText(QStringLiteral("预算执行\t预算执行率\t≥\t95\t%\t20\n"
                                            "数量指标\t养护里程\t≥\t120\t公里\t20\n")),
             12);
    // The agency's own framework: 预算执行 is under 管理效率; a program's 数量指标 is not in it.
    QCOMPARE(grid->text(0, TargetsEditor::LevelOneColumn), QStringLiteral("管理效率"));
    QVERIFY(!grid->cellProblem(1, TargetsEditor::LevelTwoColumn).isEmpty());
    QVERIFY(child<QLabel>(&editor, "weightTotals")->text().contains(QStringLiteral("管理效率 20 / 20")));
    QVERIFY(!editor.save());
    editor.undoStack()->undo();
    QCOMPARE(grid->text(0, TargetsEditor::NameColumn), QString());
}

void TestEditors::assessmentConclusionChecked()
{
    Subject p = program(QStringLiteral("2025年农村公路养护项目"));
    AssessmentEditor editor(*m_ws, p.meta.id, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto* grid = child<EditorGrid>(&editor, "dimensionGrid");
    QCOMPARE(grid->rowCount(), 5);
    const char* scores[] = { "18", "17", "16", "15", "14" };
    for (int n = 0; n < 5; ++n)
        typeCell(grid, n, 2, QString::fromLatin1(scores[n]));
    QVERIFY2(child<QLabel>(&editor, "assessmentTotal")->text().startsWith(QStringLiteral("80")),
             qPrintable(child<QLabel>(&editor, "assessmentTotal")->text()));
    // A score above the dimension's full marks is marked in its cell.
    typeCell(grid, 0, 2, QStringLiteral("25"));
    QVERIFY(!grid->cellProblem(0, 2).isEmpty());
    typeCell(grid, 0, 2, QStringLiteral("8")); // total 70: 调整完善后予以支持
    auto* conclusion = child<QComboBox>(&editor, "conclusion");
    conclusion->setCurrentIndex(EditorFields::indexOf(conclusion, AssessmentConclusion::Support));
    QVERIFY(child<QLabel>(&editor, "conclusionError")->isVisible()); // 70 does not give 予以支持
    conclusion->setCurrentIndex(EditorFields::indexOf(conclusion, AssessmentConclusion::SupportAfterRevision));
    QVERIFY(!child<QLabel>(&editor, "conclusionError")->isVisible());
    child<QPlainTextEdit>(&editor, "report")->insertPlainText(QStringLiteral("基本情况……建议……"));
    QVERIFY(editor.submit());
    QCOMPARE(test::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM transition")).toInt(), 1);
}

void TestEditors::monitoringTrafficLights()
{
    const Subject p = program(QStringLiteral("2025年农村公路养护项目"));
    workedExampleTargets(p.meta.id);
    MonitoringEditor editor(*m_ws, p.meta.id, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto* grid = child<EditorGrid>(&editor, "progressGrid");
    QCOMPARE(grid->rowCount(), 7);
    typeCell(grid, 0, MonitoringEditor::ProgressColumn, QStringLiteral("60"));
    typeCell(grid, 0, MonitoringEditor::ForecastColumn, QStringLiteral("100")); // short of 120
    QVERIFY2(grid->text(0, MonitoringEditor::LightColumn).contains(QStringLiteral("●")),
             qPrintable(grid->text(0, MonitoringEditor::LightColumn)));
    QCOMPARE(grid->item(0, MonitoringEditor::LightColumn)->foreground().color(), QColor(0xe6, 0x8a, 0x00));
    QVERIFY(!grid->cellProblem(0, MonitoringEditor::CauseColumn).isEmpty()); // a cause is now required
    grid->setText(1, MonitoringEditor::LikelihoodColumn, Names::of(Likelihood::Impossible));
    QMetaObject::invokeMethod(grid, "edited", Q_ARG(int, 1), Q_ARG(int, int(MonitoringEditor::LikelihoodColumn)));
    QCOMPARE(grid->item(1, MonitoringEditor::LightColumn)->foreground().color(), QColor(0xc6, 0x28, 0x28));
    typeCell(grid, 2, MonitoringEditor::ProgressColumn, QStringLiteral("abc"));
    QVERIFY(!grid->cellProblem(2, MonitoringEditor::ProgressColumn).isEmpty());
    QCOMPARE(grid->text(2, MonitoringEditor::ProgressColumn), QStringLiteral("abc"));
    auto* executed = child<QLineEdit>(&editor, "executed");
    executed->setFocus();
    QTest::keyClicks(executed, QStringLiteral("100000"));
    QVERIFY(child<QLabel>(&editor, "executionRate")->text().contains(QStringLiteral("8.33")));
}

void TestEditors::monitoringMonthSelector()
{
    const Subject p = program(QStringLiteral("2025年农村公路养护项目"));
    workedExampleTargets(p.meta.id);
    MonitoringEditor editor(*m_ws, p.meta.id, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto* month = child<QComboBox>(&editor, "month");
    month->setFocus();
    for (int n = 0; n < 5; ++n)
        QTest::keyClick(month, Qt::Key_Down); // January → June
    QCOMPARE(month->currentIndex(), 5);
    child<QLineEdit>(&editor, "executed")->setText(QStringLiteral("300,000"));
    QVERIFY(editor.save());
    const QUuid june = editor.recordId();
    // July is a new report; back to June opens the stored one.
    QTest::keyClick(month, Qt::Key_Down);
    QVERIFY(editor.recordId() != june);
    QCOMPARE(child<QLineEdit>(&editor, "executed")->text(), QString());
    QTest::keyClick(month, Qt::Key_Up);
    QCOMPARE(editor.recordId(), june);
    QCOMPARE(child<QLineEdit>(&editor, "executed")->text(), QStringLiteral("300,000.00"));
    QVERIFY(child<QLabel>(&editor, "editorTitle")->text().contains(QLatin1String("6")));
}

void TestEditors::evaluationScoresAsYouType()
{
    const Subject p = program(QStringLiteral("2025年农村公路养护项目"));
    workedExampleTargets(p.meta.id);
    EvaluationEditor editor(*m_ws, p.meta.id, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto* funds = child<EditorGrid>(&editor, "fundsGrid");
    auto* grid = child<EditorGrid>(&editor, "scoreGrid");
    QCOMPARE(grid->rowCount(), 7);
    typeCell(funds, 0, EvaluationEditor::AdjustedColumn, QStringLiteral("1,200,000"));
    typeCell(funds, 0, EvaluationEditor::ExecutedColumn, QStringLiteral("1,080,000"));
    // The score of 养护里程 follows what is typed.
    typeCell(grid, 0, EvaluationEditor::ActualColumn, QStringLiteral("110"));
    QCOMPARE(grid->text(0, EvaluationEditor::ScoreColumn), QStringLiteral("18.33"));
    QVERIFY(!grid->text(0, EvaluationEditor::WhyColumn).isEmpty()); // the points lost, explained
    QVERIFY(child<QLabel>(&editor, "evaluationTotal")->text().contains(QStringLiteral("18.33")));
    // A draft with one actual value is saved as it stands; Ctrl+S inside a cell keeps what is typed there.
    grid->setFocus();
    grid->setCurrentCell(0, EvaluationEditor::ActualColumn);
    QTest::keyClick(grid, Qt::Key_F2);
    auto* cell = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(cell);
    QCOMPARE(cell->text(), QStringLiteral("110"));
    QTest::keyClick(cell, Qt::Key_End);
    QTest::keyClicks(cell, QStringLiteral("0"));
    QTest::keyClick(cell, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor.isDirty());
    QCOMPARE(grid->text(0, EvaluationEditor::ActualColumn), QStringLiteral("1100"));
    // Read through the repository. The Result is kept in a variable: a range-for over
    // find(…)->value().entries would walk the entries of a temporary already destroyed (C++20).
    const QUuid first = QUuid::fromString(grid->rowId(0));
    const Result<std::optional<SelfEvaluation>> saved = EvaluationRepository(m_ws->database()).find(editor.recordId());
    QVERIFY(saved && saved->has_value());
    bool kept = false;
    for (const EvaluationEntry& e : (*saved)->entries) {
        QVERIFY(!e.indicatorId.isNull());
        if (e.indicatorId == first)
            kept = e.actualValue == std::optional<double>(1100);
    }
    QVERIFY(kept);
    typeCell(grid, 0, EvaluationEditor::ActualColumn, QStringLiteral("120"));
    QCOMPARE(grid->text(0, EvaluationEditor::ScoreColumn), QStringLiteral("20.00"));
    typeCell(grid, 0, EvaluationEditor::ActualColumn, QStringLiteral("110"));
    const char* actuals[] = { nullptr, "100", "12", "9500", nullptr, "80", "92" };
    for (int r = 1; r < 7; ++r) {
        if (actuals[r])
            typeCell(grid, r, EvaluationEditor::ActualColumn, QString::fromLatin1(actuals[r]));
    }
    // 定性: a level and points within its band; outside it is marked and refused.
    typeCell(grid, 4, EvaluationEditor::LevelColumn, Names::of(QualitativeLevel::Partly));
    typeCell(grid, 4, EvaluationEditor::LevelScoreColumn, QStringLiteral("14"));
    QVERIFY(!grid->cellProblem(4, EvaluationEditor::LevelScoreColumn).isEmpty());
    QVERIFY(!editor.save());
    QCOMPARE(grid->text(4, EvaluationEditor::LevelScoreColumn), QStringLiteral("14"));
    typeCell(grid, 4, EvaluationEditor::LevelScoreColumn, QStringLiteral("11"));
    QVERIFY(grid->cellProblem(4, EvaluationEditor::LevelScoreColumn).isEmpty());
    // The worked example of docs/scoring.md: 92.91, 优.
    QVERIFY2(child<QLabel>(&editor, "evaluationTotal")->text().contains(QStringLiteral("92.91")),
             qPrintable(child<QLabel>(&editor, "evaluationTotal")->text()));
    QVERIFY(child<QLabel>(&editor, "evaluationGrade")->text().contains(Names::of(Grade::Excellent)));
    QCOMPARE(funds->text(3, EvaluationEditor::FundScoreColumn), QStringLiteral("9.00"));
    // 养护里程 and 完工时间 are not reached: each needs its deviation reason, listed and placed.
    QVERIFY(!grid->cellProblem(0, EvaluationEditor::DeviationColumn).isEmpty());
    auto* list = child<QListWidget>(&editor, "problemList");
    QListWidgetItem* deviation = nullptr;
    for (int n = 0; n < list->count(); ++n) {
        if (list->item(n)->toolTip().endsWith(QLatin1String(".deviationReason")))
            deviation = list->item(n);
    }
    QVERIFY(deviation);
    Q_EMIT list->itemActivated(deviation);
    QCOMPARE(grid->currentColumn(), int(EvaluationEditor::DeviationColumn));
    // 不适用 needs its reason.
    grid->setCurrentCell(3, EvaluationEditor::NotApplicableColumn);
    QTest::keyClick(grid, Qt::Key_Space);
    QVERIFY(grid->isChecked(3, EvaluationEditor::NotApplicableColumn));
    QVERIFY(!grid->cellProblem(3, EvaluationEditor::NotApplicableReasonColumn).isEmpty());
    QVERIFY(child<QLabel>(&editor, "evaluationTotal")->text().contains(QStringLiteral("92.12")));
    QVERIFY(editor.save());
    Result<std::optional<SelfEvaluation>> stored = EvaluationRepository(m_ws->database()).find(editor.recordId());
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->entries.size(), 7);
    QVERIFY((*stored)->totalScore.has_value());
    // Opened again, the form shows what was saved, and the same score.
    EvaluationEditor again(*m_ws, p.meta.id, {});
    QCOMPARE(again.recordId(), editor.recordId());
    auto* reopened = child<EditorGrid>(&again, "scoreGrid");
    QCOMPARE(reopened->text(0, EvaluationEditor::ActualColumn), QStringLiteral("110"));
    QVERIFY(reopened->isChecked(3, EvaluationEditor::NotApplicableColumn));
    QCOMPARE(child<QLabel>(&again, "evaluationTotal")->text(), child<QLabel>(&editor, "evaluationTotal")->text());
    QVERIFY(!again.isDirty());
}

void TestEditors::autosaveSurvivesKill()
{
    const QString path = m_ws->database().path();
    m_ws.reset(); // the child process opens the file
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--autosave-child"), path });
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("journal-written"), 20000);
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    m_ws = unitWorkspace(path);
    QVERIFY(m_ws);
    ProgramEditor editor(*m_ws, {});
    auto* bar = child<QWidget>(&editor, "journalBar");
    QVERIFY(!bar->isHidden());
    QCOMPARE(child<QLineEdit>(&editor, "programName")->text(), QString());
    child<QPushButton>(&editor, "restoreDraft")->click();
    QCOMPARE(child<QLineEdit>(&editor, "programName")->text(), QStringLiteral("Typed before the crash"));
    QCOMPARE(child<QLineEdit>(&editor, "amount")->text(), QStringLiteral("12a")); // bad input kept too
    QVERIFY(bar->isHidden());
    child<QLineEdit>(&editor, "amount")->setText(QStringLiteral("12"));
    QVERIFY(editor.save());
    QVERIFY(!QFile::exists(editor.journalPath()));
    QCOMPARE(test::scalar(m_ws->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(test::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM subject")).toInt(), 1);
}

void TestEditors::factory()
{
    const Subject p = program(QStringLiteral("2025年农村公路养护项目"));
    struct Case
    {
        std::optional<RecordKind> kind;
        const char* className;
    };
    const Case cases[] = { { std::nullopt, "jx::ProgramEditor" },
                           { RecordKind::Assessment, "jx::AssessmentEditor" },
                           { RecordKind::TargetSet, "jx::TargetsEditor" },
                           { RecordKind::MonitoringReport, "jx::MonitoringEditor" },
                           { RecordKind::SelfEvaluation, "jx::EvaluationEditor" } };
    for (const Case& c : cases) {
        std::unique_ptr<QWidget> w(createRecordEditor(*m_ws, c.kind, p.meta.id, {}, nullptr));
        QVERIFY(w);
        QCOMPARE(w->metaObject()->className(), c.className);
    }
    std::unique_ptr<QWidget> fresh(createRecordEditor(*m_ws, std::nullopt, {}, {}, nullptr));
    QCOMPARE(child<QLineEdit>(fresh.get(), "programName")->text(), QString());
    QVERIFY(!createRecordEditor(*m_ws, RecordKind::ResultApplication, p.meta.id, {}, nullptr));
}

void TestEditors::screenshots()
{
    const QString dir = qEnvironmentVariable("JIXIAO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set JIXIAO_SCREENSHOT_DIR to write the editors' screenshots");
    // Demo data: the worked example of docs/scoring.md in a unit's own file.
    Subject p = m_ws->newProgram();
    p.fiscalYear = 2025;
    p.name = QStringLiteral("2025年农村公路养护项目");
    p.code = QStringLiteral("JT-2025-003");
    p.amount = Money::fromYuan(1'200'000);
    p.functionCode = QStringLiteral("2140106");
    p.fundingTags = int(FundingTag::Procurement);
    p.isNew = true;
    p.isMajor = true;
    QVERIFY(m_ws->saveSubject(p).ok());
    const QUuid targets = workedExampleTargets(p.meta.id);
    Q_UNUSED(targets)
    auto shoot = [&](QWidget* w, const QString& name, const std::function<void(QWidget*)>& fill) {
        w->resize(1366, 768);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        fill(w);
        QTest::qWait(50);
        QVERIFY(w->grab().save(dir + QStringLiteral("/zh_CN-editor-%1.png").arg(name)));
    };
    std::unique_ptr<QWidget> program(createRecordEditor(*m_ws, std::nullopt, p.meta.id, {}, nullptr));
    shoot(program.get(), QStringLiteral("program"), [](QWidget*) {});
    std::unique_ptr<QWidget> assessment(createRecordEditor(*m_ws, RecordKind::Assessment, p.meta.id, {}, nullptr));
    shoot(assessment.get(), QStringLiteral("assessment"), [](QWidget* w) {
        auto* grid = child<EditorGrid>(w, "dimensionGrid");
        const char* scores[] = { "18", "16", "17", "15", "16" };
        for (int n = 0; n < 5; ++n)
            typeCell(grid, n, 2, QString::fromLatin1(scores[n]));
        typeCell(grid, 0, 4, QStringLiteral("农村公路养护是民生工程，立项依据充分"));
        child<QLineEdit>(w, "assessorName")->setText(QStringLiteral("王建国"));
        child<QPlainTextEdit>(w, "report")->setPlainText(QStringLiteral("一、基本情况\n二、评估工作开展情况\n三、各维度评估情况与总体结论\n四、建议"));
    });
    std::unique_ptr<QWidget> targetsEditor(createRecordEditor(*m_ws, RecordKind::TargetSet, p.meta.id, {}, nullptr));
    shoot(targetsEditor.get(), QStringLiteral("targets"), [](QWidget* w) {
        typeCell(child<EditorGrid>(w, "indicatorGrid"), 0, TargetsEditor::WeightColumn, QStringLiteral("19"));
    });
    std::unique_ptr<QWidget> monitoring(createRecordEditor(*m_ws, RecordKind::MonitoringReport, p.meta.id, {}, nullptr));
    shoot(monitoring.get(), QStringLiteral("monitoring"), [](QWidget* w) {
        child<QComboBox>(w, "month")->setCurrentIndex(5);
        child<QLineEdit>(w, "executed")->setText(QStringLiteral("420,000"));
        child<QLineEdit>(w, "forecastYearEnd")->setText(QStringLiteral("1,150,000"));
        auto* grid = child<EditorGrid>(w, "progressGrid");
        const char* progress[][2] = { { "55", "110" }, { "100", "100" }, { "6", "12" }, { "9800", "9900" },
                                      { nullptr, nullptr }, { "35", "70" }, { "91", "92" } };
        for (int r = 0; r < 7; ++r) {
            if (progress[r][0]) {
                typeCell(grid, r, MonitoringEditor::ProgressColumn, QString::fromLatin1(progress[r][0]));
                typeCell(grid, r, MonitoringEditor::ForecastColumn, QString::fromLatin1(progress[r][1]));
            }
            typeCell(grid, r, MonitoringEditor::LikelihoodColumn,
                     Names::of(r == 2 ? Likelihood::Impossible : r == 0 ? Likelihood::Possible : Likelihood::Certain));
        }
        typeCell(grid, 4, MonitoringEditor::ProgressColumn, QStringLiteral("路况明显好转"));
        typeCell(grid, 0, MonitoringEditor::CauseColumn, Names::of(DeviationCause::Funding));
        typeCell(grid, 0, MonitoringEditor::MeasuresColumn, QStringLiteral("加快资金拨付，增加施工班组"));
        grid->setCurrentCell(2, MonitoringEditor::CauseColumn);
        grid->scrollToItem(grid->item(2, MonitoringEditor::LevelOneColumn));
    });
    std::unique_ptr<QWidget> evaluation(createRecordEditor(*m_ws, RecordKind::SelfEvaluation, p.meta.id, {}, nullptr));
    shoot(evaluation.get(), QStringLiteral("evaluation"), [](QWidget* w) {
        auto* funds = child<EditorGrid>(w, "fundsGrid");
        typeCell(funds, 0, EvaluationEditor::InitialColumn, QStringLiteral("1,200,000"));
        typeCell(funds, 0, EvaluationEditor::AdjustedColumn, QStringLiteral("1,200,000"));
        typeCell(funds, 0, EvaluationEditor::ExecutedColumn, QStringLiteral("1,080,000"));
        auto* grid = child<EditorGrid>(w, "scoreGrid");
        const char* actuals[] = { "110", "100", "12", "9500", nullptr, "80", "92" };
        for (int r = 0; r < 7; ++r) {
            if (actuals[r])
                typeCell(grid, r, EvaluationEditor::ActualColumn, QString::fromLatin1(actuals[r]));
        }
        typeCell(grid, 4, EvaluationEditor::LevelColumn, Names::of(QualitativeLevel::Partly));
        typeCell(grid, 4, EvaluationEditor::LevelScoreColumn, QStringLiteral("11"));
        typeCell(grid, 0, EvaluationEditor::DeviationColumn, QStringLiteral("汛期降雨多，10公里顺延至次年"));
        grid->setCurrentCell(0, EvaluationEditor::ActualColumn);
        grid->scrollToItem(grid->item(0, EvaluationEditor::LevelOneColumn));
    });
}

namespace {

int autosaveChild(const QStringList& args)
{
    QStandardPaths::setTestModeEnabled(true);
    std::unique_ptr<Workspace> ws = unitWorkspace(args.value(args.indexOf(QStringLiteral("--autosave-child")) + 1));
    if (!ws)
        return 2;
    ProgramEditor editor(*ws, {});
    editor.show();
    auto* name = editor.findChild<QLineEdit*>(QStringLiteral("programName"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Typed before the crash"));
    QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("amount")), QStringLiteral("12a"));
    // Nothing is saved by hand: the journal alone must keep what was typed.
    for (int n = 0; n < 200 && !QFile::exists(editor.journalPath()); ++n)
        QTest::qWait(50);
    if (!QFile::exists(editor.journalPath()))
        return 3;
    QTextStream(stdout) << "journal-written" << Qt::endl;
    for (;;)
        QTest::qWait(1000); // killed here
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--autosave-child")))
        return autosaveChild(app.arguments());
    TestEditors suite;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&suite, argc, argv);
}

#include "TestEditors.moc"
