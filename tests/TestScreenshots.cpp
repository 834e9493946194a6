// Every page of the main window with the county demo at 1366×768, in Chinese and in English:
// pictures for the user guide (docs/screenshots when JIXIAO_SCREENSHOTS_DIR is set, else the
// test's temporary folder) and a check that no label, button or list filter of a page cuts its text.
#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Settings.h"
#include "ui/home/HomePage.h"
#include "ui/lists/SubjectListModel.h"
#include "ui/lists/SubjectListView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/StagePages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QComboBox>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QHeaderView>
#include <QTranslator>

using namespace jx;

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPage_data();
    void everyPage();

private:
    void useLanguage(const QString& language);
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_out;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // The Chinese pictures need a CJK font (fonts-noto-cjk).
    QVERIFY2(QFontDatabase::families(QFontDatabase::SimplifiedChinese).join(QLatin1Char(' ')).contains(QLatin1String("Noto")),
             "install fonts-noto-cjk");
    // The pictures show what a user would see: a file in their documents folder (the status bar
    // writes the home folder as "~") and a person of the bureau acting, chosen at start.
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("文档"))));
    m_demo = m_dir.filePath(QStringLiteral("文档/天山区财政局.jixiao"));
    Result<DemoSummary> demo = DemoGenerator::createDemo(m_demo, DemoOptions());
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    {
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_demo);
        QVERIFY2(ws.ok(), qPrintable(ws.message()));
        Actor reviewer;
        reviewer.name = QStringLiteral("王芳");
        reviewer.role = Role::FinanceReviewer;
        reviewer.agencyId = ws.value()->self().meta.id;
        Result<void> added = ws.value()->addPerson(reviewer);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        // She chose herself when she last opened this file, so the window asks no one.
        Settings::setLastActor(ws.value()->database().path(), reviewer.name, static_cast<int>(reviewer.role));
    }
    m_out = qEnvironmentVariable("JIXIAO_SCREENSHOTS_DIR");
    if (m_out.isEmpty())
        m_out = m_dir.filePath(QStringLiteral("screenshots"));
    QVERIFY(QDir().mkpath(m_out));
}

void TestScreenshots::useLanguage(const QString& language)
{
    // Back to the untranslated sources, then the language asked for.
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    Translations::install(*QCoreApplication::instance(), language);
}

void TestScreenshots::everyPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestScreenshots::everyPage()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* home = qobject_cast<HomePage*>(window.page(Stage::Home));
    QVERIFY(home);
    QSignalSpy shown(home, &HomePage::figuresShown);
    QVERIFY(window.openDatabase(m_demo));
    QVERIFY(shown.wait(120000));
    QStringList cut;
    QString wideAt = window.width() > 1366 ? QStringLiteral("after opening (%1 px)").arg(window.width()) : QString();
    for (Stage stage : allStages()) {
        window.showStage(stage);
        QTest::qWait(50);
        if (window.width() > 1366 && wideAt.isEmpty())
            wideAt = QStringLiteral("first at %1 (%2 px, page minimum %3 px)").arg(stageKey(stage)).arg(window.width())
                         .arg(window.page(stage)->minimumSizeHint().width());
        const QString file = QDir(m_out).filePath(QStringLiteral("%1-%2.png").arg(language, stageKey(stage)));
        QVERIFY(window.grab().save(file));
        // No text cut: a one-line label or a button is at least as wide as its text wants.
        for (QLabel* label : window.page(stage)->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(&window) || label->wordWrap() || label->text().isEmpty()
                || label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
                continue;
            if (label->width() + 1 < label->fontMetrics().horizontalAdvance(label->text()))
                cut << QStringLiteral("%1: label “%2”").arg(stageKey(stage), label->text());
        }
        // A list's filter combo shows its current choice whole (its edit field is as wide as the text).
        QList<QComboBox*> filters;
        for (SubjectListView* list : window.page(stage)->findChildren<SubjectListView*>())
            filters << list->findChildren<QComboBox*>();
        for (QComboBox* combo : std::as_const(filters)) {
            if (!combo->isVisibleTo(&window) || combo->currentText().isEmpty() || combo->isEditable())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            if (field.width() < combo->fontMetrics().horizontalAdvance(combo->currentText()))
                cut << QStringLiteral("%1: combo “%2”").arg(stageKey(stage), combo->currentText());
        }
        // A list's cells show codes, kinds, books, statuses, amounts and figures whole, and its
        // headers whole; only the free text of names and units may be elided (with a tooltip),
        // and the name, not an empty last column, takes the width the others leave.
        for (SubjectListView* list : window.page(stage)->findChildren<SubjectListView*>()) {
            QTableView* table = list->table();
            if (!table->isVisibleTo(&window))
                continue;
            const QList<SubjectField>& fields = list->model()->fields();
            const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
            const QFontMetrics header = table->horizontalHeader()->fontMetrics();
            int total = 0;
            for (int c = 0; c < fields.size(); ++c) {
                total += table->columnWidth(c);
                const QString title = list->model()->headerData(c, Qt::Horizontal).toString();
                if (table->columnWidth(c) < header.horizontalAdvance(title) + margin)
                    cut << QStringLiteral("%1: header “%2”").arg(stageKey(stage), title);
                if (fields.at(c) == SubjectField::Name || fields.at(c) == SubjectField::Unit)
                    continue;
                const int rows = std::min(list->model()->rowCount(), 40);
                for (int r = 0; r < rows; ++r) {
                    const QString text = list->model()->index(r, c).data().toString();
                    if (table->columnWidth(c) < table->fontMetrics().horizontalAdvance(text) + margin) {
                        cut << QStringLiteral("%1: cell “%2” in column “%3”")
                                   .arg(stageKey(stage), text, list->model()->headerData(c, Qt::Horizontal).toString());
                        break;
                    }
                }
            }
            if (total + 2 < table->viewport()->width())
                cut << QStringLiteral("%1: the list's columns leave %2 px empty").arg(stageKey(stage))
                           .arg(table->viewport()->width() - total);
        }
        for (QAbstractButton* button : window.page(stage)->findChildren<QAbstractButton*>()) {
            if (!button->isVisibleTo(&window) || button->text().isEmpty())
                continue;
            if (button->width() < button->fontMetrics().horizontalAdvance(button->text()))
                cut << QStringLiteral("%1: button “%2”").arg(stageKey(stage), button->text());
        }
    }
    // The window fits a 1366×768 screen in every language: no page asks for more width.
    QStringList wide;
    for (Stage stage : allStages()) {
        if (window.page(stage)->minimumSizeHint().width() > 1366 - 220)
            wide << QStringLiteral("%1: %2 px").arg(stageKey(stage)).arg(window.page(stage)->minimumSizeHint().width());
    }
    QVERIFY2(window.width() <= 1366, qPrintable(QStringLiteral("window %1 px wide, %2; ").arg(window.width()).arg(wideAt) + wide.join(QStringLiteral(", "))));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
