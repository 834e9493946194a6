// 绩效自评报告 (issue 11): drafted from the database with its figures, edited in the editor,
// saved through the Workspace and kept; drafted again only when asked; written as .odt and PDF;
// read-only once the self-evaluation is submitted.
#include "DialogAnswer.h"
#include "LoopFixture.h"

#include "core/i18n/Translations.h"
#include "core/report/SelfEvaluationReportDraft.h"
#include "core/report/SelfEvaluationReportRepository.h"
#include "core/storage/Tables.h"
#include "core/workflow/EvaluationService.h"
#include "ui/reports/SelfEvaluationReportEditor.h"

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTextEdit>

#include <zip.h>

using namespace jx;
using namespace jx::test;

namespace {

/// The file @p member of the zip archive @p path, or a null array.
QByteArray zipMember(const QString& path, const char* member)
{
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QByteArray out;
    zip_stat_t st;
    if (zip_stat(archive, member, 0, &st) == 0) {
        if (zip_file_t* f = zip_fopen(archive, member, 0)) {
            out.resize(qsizetype(st.size));
            if (zip_fread(f, out.data(), st.size) != zip_int64_t(st.size))
                out.clear();
            zip_fclose(f);
        }
    }
    zip_close(archive);
    return out;
}

void answerQuestion(QMessageBox::StandardButton answer)
{
    whenModal([answer](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (!box || box->objectName() != QLatin1String("regenerateQuestion")) {
            qWarning("not the question: %s", qPrintable(modal->objectName()));
            return;
        }
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
    });
}

void answerFileDialog(const QString& path)
{
    whenModal([path](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        if (!dialog) {
            qWarning("not a file dialog: %s", qPrintable(modal->objectName()));
            return;
        }
        dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(path);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
}

} // namespace

class TestSelfEvaluationReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void travelsWithTheRecords();
    void draftHasTheFigures();
    void editsAreSavedAndKept();
    void draftingAgainAsksFirst();
    void exportsOdtAndPdf();
    void submittedIsReadOnly();

private:
    qint64 reportRows();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws; ///< a unit's own database: it writes its self-evaluation
    Subject m_program;
    SelfEvaluation m_evaluation;
};

void TestSelfEvaluationReport::initTestCase()
{
    Translations::install(*QCoreApplication::instance());
}

void TestSelfEvaluationReport::init()
{
    m_ws.reset();
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = QStringLiteral("喀什市交通运输局");
    request.agencyKind = AgencyKind::BudgetUnit;
    const QString path = m_dir.filePath(QStringLiteral("unit-%1.jixiao").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(path);
    Result<std::unique_ptr<Workspace>> ws = Workspace::create(path, request);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    m_ws = std::move(*ws);

    m_program = m_ws->newProgram();
    m_program.fiscalYear = 2025;
    m_program.name = QStringLiteral("2025年农村公路养护项目");
    m_program.code = QStringLiteral("P-2025-001");
    m_program.amount = Money::fromYuan(1'200'000);
    QVERIFY2(m_ws->saveSubject(m_program).ok(), "program");
    TargetSet targets;
    targets.subjectId = m_program.meta.id;
    targets.fiscalYear = 2025;
    targets.objectiveAnnual = QStringLiteral("完成农村公路养护120公里。");
    targets.indicators = workedExampleIndicators(m_ws->database());
    Result<void> savedTargets = m_ws->saveTargets(targets);
    QVERIFY2(savedTargets.ok(), qPrintable(savedTargets.message()));

    m_evaluation = SelfEvaluation();
    m_evaluation.subjectId = m_program.meta.id;
    m_evaluation.fiscalYear = 2025;
    m_evaluation.funds << EvaluationFund { FundSource::Appropriation, m_program.amount, m_program.amount,
                                           Money::fromYuan(1'080'000) };
    m_evaluation.objectiveExpected = QStringLiteral("完成农村公路养护120公里");
    m_evaluation.objectiveAchieved = QStringLiteral("完成养护110公里，路况改善。");
    m_evaluation.problems = QStringLiteral("冬季施工期短。");
    m_evaluation.measures = QStringLiteral("明年提前开工。");
    m_evaluation.projectLead = QStringLiteral("王建国");
    const std::optional<double> actuals[] = { 110, 100, 12, 9500, std::nullopt, 80, 92 };
    for (int k = 0; k < targets.indicators.size(); ++k) {
        EvaluationEntry e;
        e.indicatorId = targets.indicators.at(k).meta.id;
        e.actualValue = actuals[k];
        m_evaluation.entries << e;
    }
    m_evaluation.entries[4].qualitativeLevel = QualitativeLevel::Partly;
    m_evaluation.entries[4].score = 11;
    m_evaluation.entries[0].deviationReason = QStringLiteral("雨雪天气影响工期");
    m_evaluation.entries[5].explanation = QStringLiteral("工程吸纳了更多周边村民务工");
    Result<void> saved = m_ws->saveEvaluation(m_evaluation);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
}

qint64 TestSelfEvaluationReport::reportRows()
{
    return scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM evaluation_report")).toLongLong();
}

void TestSelfEvaluationReport::travelsWithTheRecords()
{
    // A travelling record: the package payload carries every travelling table (docs/package-payload.md).
    QVERIFY(Tables::travelling().contains(QStringLiteral("evaluation_report")));
}

void TestSelfEvaluationReport::draftHasTheFigures()
{
    Result<SelfEvaluationReport> draft = SelfEvaluationReportDraft::draft(m_ws->database(), m_program.meta.id, 2025);
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QVERIFY(draft->meta.id.isNull()); // not saved: drafting writes nothing
    QCOMPARE(reportRows(), 0);
    const QString text = SelfEvaluationReportEditor::plainText(draft->body);
    for (const char* heading : { "1. Basic information", "2. Performance targets and their achievement",
                                 "3. Budget execution", "4. Indicators: achievement and scores",
                                 "5. Analysis of deviations", "6. Problems", "7. Improvement measures" })
        QVERIFY2(text.contains(QString::fromLatin1(heading)), heading);
    QVERIFY(text.contains(m_program.name));
    QVERIFY(text.contains(QStringLiteral("喀什市交通运输局")));
    // Amounts in 万元 with 2 decimals, the execution rate, the score and grade the scorer gives.
    QVERIFY(text.contains(QStringLiteral("120.00 10k yuan")));
    QVERIFY(text.contains(QStringLiteral("executed 108.00 10k yuan")));
    QVERIFY(text.contains(QStringLiteral("90.00%")));
    Result<ScoreSheet> sheet = EvaluationService(m_ws->database()).score(m_evaluation);
    QVERIFY(sheet.ok());
    QVERIFY2(text.contains(QStringLiteral("Total score %1 points; grade %2.")
                               .arg(QString::number(sheet->total, 'f', 2), Names::of(sheet->grade))),
             qPrintable(text));
    // The table of indicators and the clerk's own words.
    QVERIFY(text.contains(QStringLiteral("养护里程")));
    QVERIFY(text.contains(QStringLiteral("服务对象满意度")));
    QVERIFY(text.contains(QStringLiteral("完成养护110公里，路况改善。")));
    QVERIFY(text.contains(QStringLiteral("雨雪天气影响工期")));
    QVERIFY(text.contains(QStringLiteral("冬季施工期短。")));
    QVERIFY(text.contains(QStringLiteral("明年提前开工。")));
    // No self-evaluation, no draft, and the message says whose.
    Subject other = m_ws->newProgram();
    other.fiscalYear = 2025;
    other.name = QStringLiteral("无自评的项目");
    other.amount = Money::fromYuan(10);
    QVERIFY(m_ws->saveSubject(other).ok());
    Result<SelfEvaluationReport> none = SelfEvaluationReportDraft::draft(m_ws->database(), other.meta.id, 2025);
    QVERIFY(!none.ok());
    QVERIFY(none.message().contains(other.name));
}

void TestSelfEvaluationReport::editsAreSavedAndKept()
{
    const QString edit = QStringLiteral("本项目由县交通局统一组织实施，补充说明见附件。");
    {
        SelfEvaluationReportEditor editor(*m_ws, m_program.meta.id, 2025);
        QVERIFY2(editor.loaded(), qPrintable(editor.loadError()));
        QVERIFY(!editor.isReadOnly());
        editor.show();
        auto* text = editor.findChild<QTextEdit*>(QStringLiteral("reportText"));
        QVERIFY(!text->isReadOnly());
        QTextCursor cursor = text->textCursor();
        cursor.movePosition(QTextCursor::End);
        text->setTextCursor(cursor);
        text->insertPlainText(edit);
        QVERIFY(editor.isModified());
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("saveReport")), Qt::LeftButton);
        QVERIFY(!editor.isModified());
        QCOMPARE(reportRows(), 1);
        // Saving again writes over the same report.
        text->insertPlainText(QStringLiteral("第二次修改。"));
        QVERIFY(editor.save());
        QCOMPARE(reportRows(), 1);
    }
    SelfEvaluationReportEditor reopened(*m_ws, m_program.meta.id, 2025);
    QVERIFY(reopened.loaded());
    QVERIFY(!reopened.isModified());
    const QString text = SelfEvaluationReportEditor::plainText(reopened.html());
    QVERIFY(text.contains(edit));
    QVERIFY(text.contains(QStringLiteral("第二次修改。")));
    QVERIFY(reopened.findChild<QLabel*>(QStringLiteral("reportState"))->text().startsWith(QStringLiteral("Saved")));
    Result<std::optional<SelfEvaluationReport>> stored
        = SelfEvaluationReportRepository(m_ws->database()).ofSubject(m_program.meta.id, 2025);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->meta.revision, qint64(2));
    QCOMPARE((*stored)->meta.ownerId, m_ws->self().meta.id);
    // A second report of the same subject and year takes the place of the first, never sits beside it.
    SelfEvaluationReport again;
    again.subjectId = m_program.meta.id;
    again.fiscalYear = 2025;
    again.body = QStringLiteral("<p>新的</p>");
    QVERIFY(m_ws->saveEvaluationReport(again).ok());
    QCOMPARE(reportRows(), 1);
    QCOMPARE(again.meta.id, (*stored)->meta.id);
}

void TestSelfEvaluationReport::draftingAgainAsksFirst()
{
    const QString edit = QStringLiteral("这是填报人写的一段话。");
    SelfEvaluationReportEditor editor(*m_ws, m_program.meta.id, 2025);
    QVERIFY(editor.loaded());
    editor.show();
    auto* text = editor.findChild<QTextEdit*>(QStringLiteral("reportText"));
    text->moveCursor(QTextCursor::End);
    text->insertPlainText(edit);
    QVERIFY(editor.save());
    auto* regenerate = editor.findChild<QPushButton*>(QStringLiteral("regenerateReport"));
    // "No" keeps every word.
    answerQuestion(QMessageBox::No);
    QTest::mouseClick(regenerate, Qt::LeftButton);
    QVERIFY(SelfEvaluationReportEditor::plainText(editor.html()).contains(edit));
    QVERIFY(!editor.isModified());
    // "Yes" drafts again from the data, in the editor only: the saved text stays until saved.
    answerQuestion(QMessageBox::Yes);
    QTest::mouseClick(regenerate, Qt::LeftButton);
    const QString drafted = SelfEvaluationReportEditor::plainText(editor.html());
    QVERIFY(!drafted.contains(edit));
    QVERIFY(drafted.contains(QStringLiteral("1. Basic information")));
    QVERIFY(editor.isModified());
    SelfEvaluationReportEditor other(*m_ws, m_program.meta.id, 2025);
    QVERIFY(SelfEvaluationReportEditor::plainText(other.html()).contains(edit));
}

void TestSelfEvaluationReport::exportsOdtAndPdf()
{
    SelfEvaluationReportEditor editor(*m_ws, m_program.meta.id, 2025);
    QVERIFY(editor.loaded());
    editor.show();
    const QString mark = QStringLiteral("导出检查用的文字");
    editor.findChild<QTextEdit*>(QStringLiteral("reportText"))->insertPlainText(mark);
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("自评报告.odt"));
    answerFileDialog(odt);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("exportOdt")), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(odt));
    const QByteArray content = zipMember(odt, "content.xml");
    QVERIFY2(!content.isEmpty(), "an .odt is a zip with content.xml");
    const QString xml = QString::fromUtf8(content);
    QVERIFY(xml.contains(mark));
    QVERIFY(xml.contains(m_program.name));
    QVERIFY(xml.contains(QStringLiteral("7. Improvement measures")));
    QCOMPARE(zipMember(odt, "mimetype"), QByteArray("application/vnd.oasis.opendocument.text"));

    const QString pdf = dir.filePath(QStringLiteral("自评报告.pdf"));
    answerFileDialog(pdf);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("exportReportPdf")), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(pdf));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(30000));
    const QString text
        = QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char('\n')).normalized(QString::NormalizationForm_KC);
    QVERIFY(text.contains(mark.normalized(QString::NormalizationForm_KC)));
    QVERIFY(text.contains(QStringLiteral("Basic information")));
}

void TestSelfEvaluationReport::submittedIsReadOnly()
{
    // The county finance bureau's database holds a unit's submitted self-evaluation (2025年渠道防渗改造项目).
    LoopFixture fx;
    QVERIFY2(fx.build(), qPrintable(fx.error));
    SelfEvaluationReportEditor editor(*fx.ws, fx.canals.meta.id, 2025);
    QVERIFY2(editor.loaded(), qPrintable(editor.loadError()));
    QVERIFY(editor.isReadOnly());
    QVERIFY(editor.findChild<QTextEdit*>(QStringLiteral("reportText"))->isReadOnly());
    QVERIFY(!editor.findChild<QPushButton*>(QStringLiteral("saveReport"))->isEnabled());
    QVERIFY(!editor.findChild<QPushButton*>(QStringLiteral("regenerateReport"))->isEnabled());
    QVERIFY(editor.findChild<QPushButton*>(QStringLiteral("exportOdt"))->isEnabled());
    QVERIFY(!editor.save());
    QVERIFY(editor.findChild<QLabel*>(QStringLiteral("reportState"))->text().contains(QStringLiteral("read-only")));
    // The core refuses it too: the report goes with the submitted self-evaluation (and another agency's subject).
    SelfEvaluationReport report;
    report.subjectId = fx.canals.meta.id;
    report.fiscalYear = 2025;
    report.body = QStringLiteral("<p>x</p>");
    QVERIFY(!fx.ws->saveEvaluationReport(report).ok());
    QCOMPARE(scalar(fx.ws->database(), QStringLiteral("SELECT count(*) FROM evaluation_report")).toInt(), 0);
}

QTEST_MAIN(TestSelfEvaluationReport)
#include "TestSelfEvaluationReport.moc"
