// The record view of one subject, as a finance officer reads it and acts from it: its data,
// targets by framework class, monitoring by month, the self-evaluation and its binding grade,
// the whole history, and the actions: those allowed enabled, the others disabled with the reason
// (approving one's own decision: separation of duties; editing the unit's targets: not ours).
#include "DialogAnswer.h"
#include "LoopFixture.h"

#include "core/i18n/Translations.h"
#include "core/workflow/RecordLookup.h"
#include "ui/record/SubjectView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace jx;

class TestSubjectView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTheRecord();
    void disabledActionsSayWhy();
    void actsAndRefreshes();
    void gradesFromTheView();
    void editsAreAskedOfTheWindow();

private:
    QPushButton* button(SubjectView& view, const QString& name);
    RecordStatus statusOf(RecordKind kind, const QUuid& id);

    test::LoopFixture m_f;
    QUuid m_decision;
};

void TestSubjectView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(*QCoreApplication::instance());
}

void TestSubjectView::init()
{
    m_f = test::LoopFixture();
    QVERIFY2(m_f.build(), qPrintable(m_f.error));
    // 张伟 decides on next year's funding of the roads project and submits it.
    Result<ResultApplication> decision = m_f.ws->newDecision(m_f.roads.meta.id);
    QVERIFY(decision.ok());
    decision->decision = ApplicationDecision::Keep;
    decision->reason = QStringLiteral("维持原预算规模");
    QVERIFY(m_f.ws->saveDecision(*decision).ok());
    QVERIFY(m_f.ws->submit(RecordKind::ResultApplication, decision->meta.id).ok());
    m_decision = decision->meta.id;
}

QPushButton* TestSubjectView::button(SubjectView& view, const QString& name)
{
    auto* b = view.findChild<QPushButton*>(name);
    if (!b) {
        QStringList names;
        for (QPushButton* p : view.findChildren<QPushButton*>())
            names << p->objectName();
        qWarning("no button %s among %s", qPrintable(name), qPrintable(names.join(QLatin1Char(' '))));
    }
    return b;
}

RecordStatus TestSubjectView::statusOf(RecordKind kind, const QUuid& id)
{
    return RecordLookup(m_f.ws->database()).record(kind, id)->status.value();
}

void TestSubjectView::showsTheRecord()
{
    SubjectView view(*m_f.ws, m_f.canals.meta.id);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("subjectTitle"))->text(), m_f.canals.name);
    const QString facts = view.findChild<QLabel*>(QStringLiteral("subjectFacts"))->text();
    QVERIFY2(facts.contains(QStringLiteral("120.00")), qPrintable(facts)); // 1,200,000 元 in 万元
    QVERIFY2(facts.contains(m_f.unit.name), qPrintable(facts));
    // Targets grouped by the framework's level-1 classes.
    auto* tree = view.findChild<QTreeWidget*>(QStringLiteral("targetsTree"));
    QStringList classes;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        classes << tree->topLevelItem(i)->text(0);
    QVERIFY2(classes.contains(QStringLiteral("产出指标")), qPrintable(classes.join(QLatin1Char(','))));
    QVERIFY2(classes.contains(QStringLiteral("满意度指标")), qPrintable(classes.join(QLatin1Char(','))));
    QVERIFY(!tree->findItems(QStringLiteral("养护里程"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
    QCOMPARE(view.findChild<QTableWidget*>(QStringLiteral("monitoringTable"))->rowCount(), 3);
    const QString evaluation = view.findChild<QLabel*>(QStringLiteral("evaluationSummary"))->text();
    QVERIFY2(evaluation.contains(QStringLiteral("92.91")), qPrintable(evaluation));
    QCOMPARE(view.findChild<QTableWidget*>(QStringLiteral("evaluationTable"))->rowCount(), 7);
    // Targets submitted and approved, three reports and the self-evaluation submitted.
    auto* history = view.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    QCOMPARE(history->rowCount(), 6);
    bool approvalByColleague = false;
    for (int r = 0; r < history->rowCount(); ++r)
        approvalByColleague = approvalByColleague || history->item(r, 3)->text().contains(QStringLiteral("陈静"));
    QVERIFY(approvalByColleague);
}

void TestSubjectView::disabledActionsSayWhy()
{
    SubjectView view(*m_f.ws, m_f.roads.meta.id);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // 张伟 submitted the decision: separation of duties keeps him from approving it.
    QPushButton* approveDecision = button(view, QStringLiteral("actionApproveResultApplication"));
    QVERIFY(approveDecision);
    QVERIFY(!approveDecision->isEnabled());
    QVERIFY2(approveDecision->toolTip().contains(QLatin1String("cannot also approve it")),
        qPrintable(approveDecision->toolTip()));
    auto* why = view.findChild<QLabel*>(QStringLiteral("actionApproveResultApplicationReason"));
    QVERIFY(why && why->isVisible());
    QCOMPARE(why->text(), approveDecision->toolTip());
    // The unit's targets are the unit's to edit, and submitted besides.
    QPushButton* edit = button(view, QStringLiteral("actionEditTargetSet"));
    QVERIFY(edit && !edit->isEnabled());
    QVERIFY2(edit->toolTip().contains(QLatin1String("until it is returned")), qPrintable(edit->toolTip()));
    // The budget is the unit's to apply for.
    QPushButton* apply = button(view, QStringLiteral("actionApplyForBudget"));
    QVERIFY(apply && !apply->isEnabled());
    QVERIFY2(apply->toolTip().contains(QLatin1String("its unit does")), qPrintable(apply->toolTip()));
    // What 张伟 may do is enabled.
    QVERIFY(button(view, QStringLiteral("actionApproveTargetSet"))->isEnabled());
    QVERIFY(button(view, QStringLiteral("actionReturnTargetSet"))->isEnabled());
    QVERIFY(button(view, QStringLiteral("actionIssueOrder"))->isEnabled());
    const QString decision = view.findChild<QLabel*>(QStringLiteral("decisionSummary"))->text();
    QVERIFY2(decision.contains(Names::of(ApplicationDecision::Keep)), qPrintable(decision));
}

void TestSubjectView::actsAndRefreshes()
{
    SubjectView view(*m_f.ws, m_f.roads.meta.id);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy messages(&view, &SubjectView::messageRequested);
    // Return the targets with a comment; the view reads itself again.
    test::whenModal([](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("returnDialog"));
        test::type(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("请补充成本指标"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(button(view, QStringLiteral("actionReturnTargetSet")), Qt::LeftButton);
    QCOMPARE(statusOf(RecordKind::TargetSet, m_f.roadsTargets), RecordStatus::Returned);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().at(1).toBool(), false);
    QTest::qWait(0); // the old buttons go
    QPushButton* approve = button(view, QStringLiteral("actionApproveTargetSet"));
    QVERIFY(approve && !approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QLatin1String("only a submitted record is approved")),
        qPrintable(approve->toolTip()));
    auto* history = view.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    bool returned = false;
    for (int r = 0; r < history->rowCount(); ++r)
        returned = returned || history->item(r, 4)->text() == QStringLiteral("请补充成本指标");
    QVERIFY(returned);
    // Another officer approves the decision from the view.
    QVERIFY(m_f.ws->setActor(m_f.colleague).ok());
    view.refresh();
    QTest::qWait(0);
    QPushButton* approveDecision = button(view, QStringLiteral("actionApproveResultApplication"));
    QVERIFY(approveDecision->isEnabled());
    QTest::mouseClick(approveDecision, Qt::LeftButton);
    QCOMPARE(statusOf(RecordKind::ResultApplication, m_decision), RecordStatus::Approved);
}

void TestSubjectView::gradesFromTheView()
{
    SubjectView view(*m_f.ws, m_f.canals.meta.id);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    test::whenModal([](QWidget* dialog) {
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("gradeCombo"));
        combo->setCurrentIndex(combo->findData(static_cast<int>(Grade::Poor)));
        test::type(dialog->findChild<QLineEdit*>(QStringLiteral("gradeReasonEdit")), QStringLiteral("佐证材料不实"));
        test::press(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(button(view, QStringLiteral("actionGradeSelfEvaluation")), Qt::LeftButton);
    QCOMPARE(statusOf(RecordKind::SelfEvaluation, m_f.canalsEvaluation), RecordStatus::Approved);
    const QString evaluation = view.findChild<QLabel*>(QStringLiteral("evaluationSummary"))->text();
    QVERIFY2(evaluation.contains(Names::of(Grade::Poor)), qPrintable(evaluation));
    auto* history = view.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    bool reason = false;
    for (int r = 0; r < history->rowCount(); ++r)
        reason = reason || history->item(r, 4)->text().contains(QStringLiteral("佐证材料不实"));
    QVERIFY(reason);
}

void TestSubjectView::editsAreAskedOfTheWindow()
{
    // The finance bureau's own subject: its government budget, which it edits itself.
    Subject budget;
    budget.kind = SubjectKind::GovernmentBudget;
    budget.fiscalYear = 2025;
    budget.name = QStringLiteral("喀什市2025年政府收支预算");
    budget.amount = Money::fromYuan(500'000'000);
    QVERIFY2(m_f.ws->saveSubject(budget).ok(), "save");
    SubjectView view(*m_f.ws, budget.meta.id);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy edits(&view, &SubjectView::editRequested);
    QPushButton* edit = button(view, QStringLiteral("actionEditSubject"));
    QVERIFY(edit && edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    QPushButton* targets = button(view, QStringLiteral("actionEditTargetSetNew"));
    QVERIFY(targets && targets->isEnabled());
    QTest::mouseClick(targets, Qt::LeftButton);
    QCOMPARE(edits.size(), 2);
    QVERIFY(!edits.at(0).at(0).value<std::optional<RecordKind>>().has_value());
    QCOMPARE(edits.at(1).at(0).value<std::optional<RecordKind>>(), std::optional<RecordKind>(RecordKind::TargetSet));
    QCOMPARE(edits.at(1).at(1).toUuid(), budget.meta.id);
    QVERIFY(edits.at(1).at(2).toUuid().isNull());
    // No budget application or decision for a government budget: those are a program's.
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("actionApplyForBudget")));
}

QTEST_MAIN(TestSubjectView)
#include "TestSubjectView.moc"
