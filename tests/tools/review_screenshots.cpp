// Pictures of the record view, the 财政审核 page and the 结果运用 page for docs/screenshots, in
// Chinese at 1366×768, on the database of the page tests (tests/LoopFixture.h) with a little
// more work done: a 差 grade, a reduction decided, an order given and lifted, a payment.
//   review_screenshots OUTPUT_DIR   (QT_QPA_PLATFORM=offscreen, or under xvfb-run)
//   review_screenshots OUTPUT_DIR DEMO.jixiao   (the county demo: *-demo.png, with timings)
#include "../LoopFixture.h"

#include "core/i18n/Translations.h"
#include "core/storage/EvaluationRepository.h"
#include "ui/record/SubjectView.h"
#include "ui/results/DecisionDialog.h"
#include "ui/review/GradeDialog.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsPage.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewQueueModel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace jx;

namespace {

bool check(const Result<void>& r, const char* what)
{
    if (!r)
        qWarning("%s: %s", what, qPrintable(r.message()));
    return r.ok();
}

void save(QWidget& w, const QString& file)
{
    w.resize(1366, 768);
    w.show();
    QApplication::processEvents();
    QApplication::processEvents();
    w.grab().save(file);
    qInfo("%s", qPrintable(file));
}

// A stage page with its actions in a toolbar above it, as the main window shows them.
void savePage(StagePage& page, const QString& file)
{
    QWidget host;
    auto* layout = new QVBoxLayout(&host);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QToolBar(&host);
    StagePage::insertToolBarActions(bar, nullptr, page.stageActions());
    layout->addWidget(bar);
    layout->addWidget(&page);
    save(host, file);
    layout->removeWidget(&page);
    page.setParent(nullptr); // the page is the caller's
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(app, QStringLiteral("zh_CN"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);

    if (argc > 2) {
        // The county demo: how the pages look and how long they take on a county's data.
        Result<std::unique_ptr<Workspace>> demo = Workspace::open(QString::fromLocal8Bit(argv[2]));
        if (!demo) {
            qWarning("%s", qPrintable(demo.message()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        ReviewPage review;
        review.setWorkspace(demo->get());
        qInfo("review queue: %d rows in %lld ms", review.model()->rowCount(), timer.restart());
        savePage(review, QDir(out).filePath(QStringLiteral("zh_CN-review-page-demo.png")));
        timer.restart();
        ResultsPage results;
        results.setWorkspace(demo->get());
        results.setFiscalYear(2025);
        qInfo("results: %d rows in %lld ms", results.model()->rowCount(), timer.restart());
        savePage(results, QDir(out).filePath(QStringLiteral("zh_CN-results-page-demo.png")));
        for (int r = 0; r < results.model()->rowCount(); ++r) {
            if (results.model()->rowAt(r).grade == Grade::Poor) {
                SubjectView view(**demo, results.model()->rowAt(r).programId);
                save(view, QDir(out).filePath(QStringLiteral("zh_CN-record-view-demo.png")));
                break;
            }
        }
        return 0;
    }

    test::LoopFixture f;
    if (!f.build()) {
        qWarning("%s", qPrintable(f.error));
        return 1;
    }
    Workspace& ws = *f.ws;
    // More work of the unit waiting: a third program's targets.
    const Subject schools = f.program(QStringLiteral("2025年农村义务教育薄弱学校改造项目"));
    f.targetsOf(schools);
    if (Result<QUuid> order = ws.issueOrder(f.canals.meta.id, OrderKind::Rectify,
            QStringLiteral("1—3月执行进度低于时间进度，限期整改"), f.canalsReports.first());
        !order)
        qWarning("order: %s", qPrintable(order.message()));

    {
        ReviewPage page;
        page.setToday(QDate(2025, 4, 20));
        page.setWorkspace(&ws);
        auto* table = page.findChild<QTableView*>(QStringLiteral("reviewTable"));
        table->selectRow(0);
        savePage(page, QDir(out).filePath(QStringLiteral("zh_CN-review-page.png")));
    }

    {
        // The grading dialog as finance opens it, 差 chosen with its reason.
        GradeDialog dialog(ws, f.canalsEvaluation);
        auto* grade = dialog.findChild<QComboBox*>(QStringLiteral("gradeCombo"));
        grade->setCurrentIndex(grade->findData(static_cast<int>(Grade::Poor)));
        dialog.findChild<QLineEdit*>(QStringLiteral("gradeReasonEdit"))
            ->setText(QStringLiteral("佐证材料不实，实地核查完成量不足六成"));
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(QDir(out).filePath(QStringLiteral("zh_CN-review-grade.png")));
    }

    // Finance grades the canals project 差 with its reason; 张伟 decides to reduce it by 20万元.
    check(ws.approveEvaluation(f.canalsEvaluation, QStringLiteral("经实地核查，完成量不足"),
              EvaluationVerdict { Grade::Poor, QStringLiteral("佐证材料不实，实地核查完成量不足六成"), {} }),
        "grade");
    {
        // Keeping a 差 program: refused by the core, shown in the dialog.
        DecisionDialog dialog(ws, f.canals.meta.id);
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("decisionCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ApplicationDecision::Keep)));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("维持原预算规模"));
        dialog.show();
        dialog.accept();
        QApplication::processEvents();
        dialog.grab().save(QDir(out).filePath(QStringLiteral("zh_CN-results-decision-refused.png")));
    }
    Result<ResultApplication> decision = ws.newDecision(f.canals.meta.id);
    decision->decision = ApplicationDecision::Reduce;
    decision->amountChange = Money::fromYuan(-200'000);
    decision->reason = QStringLiteral("评价等级为差，按规定消减下年度预算20万元");
    check(ws.saveDecision(*decision), "decide");
    check(ws.submit(RecordKind::ResultApplication, decision->meta.id), "submit");
    check(ws.approve(RecordKind::TargetSet, f.roadsTargets, QStringLiteral("目标完整、相关、适当、可行")), "approve");

    {
        ResultsPage page;
        page.setWorkspace(&ws);
        page.setFiscalYear(2025);
        auto* table = page.findChild<QTableView*>(QStringLiteral("resultsTable"));
        table->selectRow(page.model()->rowOf(f.canals.meta.id));
        savePage(page, QDir(out).filePath(QStringLiteral("zh_CN-results-page.png")));
    }
    {
        SubjectView view(ws, f.canals.meta.id);
        auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("subjectTabs"));
        save(view, QDir(out).filePath(QStringLiteral("zh_CN-record-view.png")));
        tabs->setCurrentIndex(3); // reviews and history
        save(view, QDir(out).filePath(QStringLiteral("zh_CN-record-view-history.png")));
    }
    return 0;
}
