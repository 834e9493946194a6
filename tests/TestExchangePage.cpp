// The 数据交换 page driven as a user would: keys generated, exchanged and registered through its
// dialogs, a package exported, previewed, imported, its summary saved, the history, a key revoked.
#include "TestSupport.h"

#include "core/domain/TargetSet.h"
#include "core/exchange/Exchange.h"
#include "core/exchange/KeyFile.h"
#include "core/exchange/KeyRegistry.h"
#include "core/exchange/KeyStore.h"
#include "core/i18n/Translations.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"
#include "ui/exchange/ExchangePage.h"
#include "ui/exchange/PassphraseDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace jx;

namespace {

const QString Passphrase = QStringLiteral("喀什 2025 exchange");
constexpr int Year = 2025;

// Answers the next modal dialog of type T as a user would, once it is shown (polled, so that a
// dialog opened after another is answered too).
template <typename T>
void answer(std::function<void(T*)> act)
{
    auto* timer = new QTimer(qApp);
    auto* elapsed = new QElapsedTimer;
    elapsed->start();
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, elapsed, act] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
            act(dialog);
        } else if (elapsed->elapsed() > 10000) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
            qWarning("no modal dialog of the expected type appeared");
        }
    });
    timer->start(20);
}

void answerFile(const QString& path)
{
    answer<QFileDialog>([path](QFileDialog* d) {
        // Typed into the file name field, as a user does (a full path is taken as it is).
        d->setDirectory(QFileInfo(path).absolutePath());
        auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (name)
            name->setText(path);
        else
            d->selectFile(path);
        static_cast<QDialog*>(d)->accept(); // QFileDialog::accept(), as the Open/Save button does
        if (d->isVisible())
            d->reject(); // never leave a test hanging on a dialog
    });
}

void answerPassphrase(const QString& passphrase, bool twice = false)
{
    answer<PassphraseDialog>([passphrase, twice](PassphraseDialog* d) {
        d->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(passphrase);
        if (twice)
            d->findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))->setText(passphrase);
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
}

/// Waits until the page's export, preview or import is over (they run on a worker thread).
bool waitIdle(ExchangePage& page)
{
    return QTest::qWaitFor([&page] { return !page.isBusy(); }, 15000);
}

/// Every row of every table of @p db, sorted: what "the database did not change" compares.
QStringList dump(Database& db)
{
    QStringList out;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& t : std::as_const(names)) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM %1").arg(t));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << t + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        }
        rows.sort();
        out << rows;
    }
    return out;
}

/**
 * Holds the page's worker at the first progress report that @p when accepts, until release() (a
 * test seam of the page): the test presses Cancel there, and sees the window go on meanwhile.
 */
class Hold
{
public:
    explicit Hold(std::function<bool(ExchangeStep, qint64, qint64)> when)
    {
        ExchangePage::setProgressHook([this, when](ExchangeStep step, qint64 done, qint64 total) {
            if (m_held.loadRelaxed() || !when(step, done, total))
                return;
            m_held.storeRelaxed(1);
            m_reached.release();
            (void)m_released.tryAcquire(1, 20000); // never hangs a broken test
        });
    }
    ~Hold()
    {
        release();
        ExchangePage::setProgressHook({});
    }
    bool reached() { return m_reached.tryAcquire(1, 15000); }
    void release() { m_released.release(); }

private:
    QAtomicInt m_held;
    QSemaphore m_reached;
    QSemaphore m_released;
};

} // namespace

class TestExchangePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keysExportPreviewImportHistory();
    void cancelledImportChangesNothing();
    void cancelledExportLeavesNoFile();
    void passphraseDialogChecks();
    void screenshot();

private:
    std::unique_ptr<Workspace> create(const QString& file, AgencyKind kind, const QString& name, const QString& code);
    void click(ExchangePage& page, const char* button);
    void prepareUnitData();
    /// Keys exchanged between the two (set-up, without the dialogs: keysExportPreviewImportHistory drives those).
    void registerKeys();
    /// A package of the unit's data for the county, exported through the core (set-up).
    QString unitPackage(const QString& name);
    /// Generates a key on @p page and exports its key file to @p path, through the dialogs.
    void generateAndExportKey(ExchangePage& page, const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_unit;
    std::unique_ptr<Workspace> m_county;
};

void TestExchangePage::initTestCase()
{
    Translations::install(*QCoreApplication::instance()); // JIXIAO_LANG: en under ctest
}

std::unique_ptr<Workspace> TestExchangePage::create(const QString& file, AgencyKind kind, const QString& name,
                                                    const QString& code)
{
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = name;
    request.agencyKind = kind;
    request.agencyCode = code;
    Result<std::unique_ptr<Workspace>> ws = Workspace::create(m_dir->filePath(file), request);
    if (!ws) {
        qWarning("%s", qPrintable(ws.message()));
        return nullptr;
    }
    return std::move(*ws);
}

void TestExchangePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_unit = create(QStringLiteral("unit.jixiao"), AgencyKind::BudgetUnit, QStringLiteral("喀什市交通运输局"), QStringLiteral("U001"));
    m_county = create(QStringLiteral("county.jixiao"), AgencyKind::FinanceBureau, QStringLiteral("喀什市财政局"),
                      QStringLiteral("F653101"));
    QVERIFY(m_unit && m_county);
    QVERIFY(m_unit->setActor({ QStringLiteral("李丽娜"), Role::UnitPreparer, {} }).ok());
    QVERIFY(m_county->setActor({ QStringLiteral("张伟"), Role::FinanceReviewer, {} }).ok());
}

void TestExchangePage::cleanup()
{
    m_unit.reset();
    m_county.reset();
    m_dir.reset();
}

void TestExchangePage::click(ExchangePage& page, const char* button)
{
    auto* b = page.findChild<QPushButton*>(QString::fromLatin1(button));
    QVERIFY2(b, button);
    QVERIFY2(b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

void TestExchangePage::prepareUnitData()
{
    Subject program = m_unit->newProgram();
    program.fiscalYear = Year;
    program.name = QStringLiteral("2025年农村公路养护项目");
    program.amount = Money::fromYuan(1'200'000);
    program.functionCode = QStringLiteral("2140106");
    QVERIFY(m_unit->saveSubject(program).ok());
    TargetSet targets;
    targets.subjectId = program.meta.id;
    targets.fiscalYear = Year;
    targets.objectiveAnnual = QStringLiteral("完成农村公路养护120公里");
    targets.indicators = test::workedExampleIndicators(m_unit->database());
    const Result<void> r = m_unit->saveTargets(targets);
    QVERIFY2(r.ok(), qPrintable(r.message()));
}

void TestExchangePage::generateAndExportKey(ExchangePage& page, const QString& path)
{
    answerPassphrase(Passphrase, true);
    click(page, "generateKeyButton");
    QVERIFY2(page.findChild<QLabel*>(QStringLiteral("ownKey"))->text().contains(QLatin1String("Fingerprint")),
             qPrintable(page.findChild<QLabel*>(QStringLiteral("ownKey"))->text()));
    answerFile(path);
    answerPassphrase(Passphrase);
    click(page, "exportKeyButton");
    QVERIFY2(QFile::exists(path), qPrintable(page.findChild<MessageBanner*>()->text()));
}

void TestExchangePage::keysExportPreviewImportHistory()
{
    ExchangePage unitPage;
    unitPage.setWorkspace(m_unit.get());
    unitPage.setFiscalYear(Year);
    unitPage.show();
    ExchangePage countyPage;
    countyPage.setWorkspace(m_county.get());
    countyPage.setFiscalYear(Year);
    countyPage.show();

    // Keys: each side generates one and hands over its key file; each registers the other's.
    const QString unitKey = m_dir->filePath(QStringLiteral("unit.jxkey"));
    const QString countyKey = m_dir->filePath(QStringLiteral("county.jxkey"));
    generateAndExportKey(unitPage, unitKey);
    generateAndExportKey(countyPage, countyKey);
    answerFile(unitKey);
    click(countyPage, "registerKeyButton");
    auto* countyKnown = countyPage.findChild<QTableWidget*>(QStringLiteral("knownKeys"));
    QCOMPARE(countyKnown->rowCount(), 1);
    QCOMPARE(countyKnown->item(0, 1)->text().startsWith(QStringLiteral("喀什市交通运输局")), true);
    QCOMPARE(countyKnown->item(0, 0)->text(), KeyStore(m_unit->database()).current()->value().fingerprint);
    answerFile(countyKey);
    click(unitPage, "registerKeyButton");
    QCOMPARE(unitPage.findChild<QTableWidget*>(QStringLiteral("knownKeys"))->rowCount(), 1);
    // Registering the same file again is refused in the banner.
    answerFile(unitKey);
    click(countyPage, "registerKeyButton");
    QVERIFY2(countyPage.findChild<MessageBanner*>()->text().contains(QLatin1String("already registered")),
             qPrintable(countyPage.findChild<MessageBanner*>()->text()));

    // Export: the county is offered as recipient (its key is registered); a wrong passphrase writes nothing.
    prepareUnitData();
    auto* recipient = unitPage.findChild<QComboBox*>(QStringLiteral("exportRecipient"));
    const int county = recipient->findData(m_county->self().meta.id.toString(QUuid::WithoutBraces));
    QVERIFY(county >= 0);
    recipient->setCurrentIndex(county);
    const QString package = m_dir->filePath(QStringLiteral("2025-上报.jxpkg"));
    answerFile(package);
    answerPassphrase(QStringLiteral("not the passphrase"));
    click(unitPage, "exportButton");
    QVERIFY(waitIdle(unitPage));
    QVERIFY(!QFile::exists(package));
    QVERIFY2(unitPage.findChild<MessageBanner*>()->text().contains(QLatin1String("Wrong passphrase")),
             qPrintable(unitPage.findChild<MessageBanner*>()->text()));
    answerFile(package);
    answerPassphrase(Passphrase);
    click(unitPage, "exportButton");
    QVERIFY(waitIdle(unitPage));
    QVERIFY2(QFile::exists(package), qPrintable(unitPage.findChild<MessageBanner*>()->text()));
    auto* unitHistory = unitPage.findChild<QTableWidget*>(QStringLiteral("exchangeHistory"));
    QCOMPARE(unitHistory->rowCount(), 1);
    QCOMPARE(unitHistory->item(0, 0)->text(), QStringLiteral("Sent"));
    QCOMPARE(unitHistory->item(0, 4)->text(), QStringLiteral("喀什市财政局"));

    // Preview at the county: header, signer, fingerprint, counts, valid, and a dry run that writes nothing.
    const auto targetSets = [this] {
        return test::scalar(m_county->database(), QStringLiteral("SELECT count(*) FROM target_set")).toInt();
    };
    QCOMPARE(targetSets(), 0);
    answerFile(package);
    click(countyPage, "openPackageButton");
    QVERIFY(waitIdle(countyPage));
    const QString preview = countyPage.findChild<QPlainTextEdit*>(QStringLiteral("packagePreview"))->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("Sender: 喀什市交通运输局")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Fiscal year: 2025")), qPrintable(preview));
    QVERIFY2(preview.contains(KeyStore(m_unit->database()).current()->value().fingerprint), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Valid:")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Dry run")), qPrintable(preview));
    QCOMPARE(targetSets(), 0);
    QCOMPARE(countyPage.findChild<QTabWidget*>()->currentIndex(), 1);

    // Import, then the summary, saved as JSON; the window's workspace announces what it wrote.
    QSignalSpy announced(m_county.get(), &Workspace::changed);
    click(countyPage, "importButton");
    QVERIFY(waitIdle(countyPage));
    QCOMPARE(targetSets(), 1);
    QCOMPARE(announced.size(), 1);
    QVERIFY(announced.first().first().value<ChangeSet>().touches(QStringLiteral("target_set")));
    const QString summaryText = countyPage.findChild<QPlainTextEdit*>(QStringLiteral("packagePreview"))->toPlainText();
    QVERIFY2(summaryText.contains(QLatin1String("Import of")), qPrintable(summaryText));
    QVERIFY(!countyPage.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    const QString summary = m_dir->filePath(QStringLiteral("summary.json"));
    answerFile(summary);
    click(countyPage, "saveSummaryButton");
    QFile saved(summary);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("target_set"));

    // History: the package received, with its outcome.
    auto* countyHistory = countyPage.findChild<QTableWidget*>(QStringLiteral("exchangeHistory"));
    QCOMPARE(countyHistory->rowCount(), 1);
    QCOMPARE(countyHistory->item(0, 0)->text(), QStringLiteral("Received"));
    QCOMPARE(countyHistory->item(0, 4)->text(), QStringLiteral("喀什市交通运输局"));

    // The same package again: the preview's dry run says it was imported already; no import offered.
    answerFile(package);
    click(countyPage, "openPackageButton");
    QVERIFY(waitIdle(countyPage));
    QVERIFY(!countyPage.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());

    // Revoke the unit's key: the package is now refused, saying why.
    countyKnown->selectRow(0);
    answer<QInputDialog>([](QInputDialog* d) {
        d->setTextValue(QStringLiteral("U盘丢失"));
        d->accept();
    });
    click(countyPage, "revokeKeyButton");
    QVERIFY2(countyKnown->item(0, 4)->text().contains(QStringLiteral("U盘丢失")), qPrintable(countyKnown->item(0, 4)->text()));
    countyPage.previewPackage(package);
    QVERIFY(waitIdle(countyPage));
    const QString refused = countyPage.findChild<QPlainTextEdit*>(QStringLiteral("packagePreview"))->toPlainText();
    QVERIFY2(refused.contains(QLatin1String("NOT VALID")) && refused.contains(QLatin1String("revoked")), qPrintable(refused));
    QVERIFY(!countyPage.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());

    // A damaged file: not valid, with the reason.
    QFile::copy(package, m_dir->filePath(QStringLiteral("damaged.jxpkg")));
    {
        QFile f(m_dir->filePath(QStringLiteral("damaged.jxpkg")));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const char c = f.peek(1).at(0);
        f.write(QByteArray(1, char(c ^ 0x10)));
    }
    countyPage.previewPackage(m_dir->filePath(QStringLiteral("damaged.jxpkg")));
    QVERIFY(waitIdle(countyPage));
    const QString damaged = countyPage.findChild<QPlainTextEdit*>(QStringLiteral("packagePreview"))->toPlainText();
    QVERIFY2(damaged.contains(QLatin1String("SM3 digest does not match")), qPrintable(damaged));
}

void TestExchangePage::registerKeys()
{
    for (Workspace* ws : { m_unit.get(), m_county.get() })
        QVERIFY(ws->generateKey(Passphrase.toUtf8()).ok());
    const QString unitKey = m_dir->filePath(QStringLiteral("unit.jxkey"));
    const QString countyKey = m_dir->filePath(QStringLiteral("county.jxkey"));
    QVERIFY(KeyStore(m_unit->database()).exportKeyFile(m_unit->self(), Passphrase.toUtf8(), unitKey).ok());
    QVERIFY(KeyStore(m_county->database()).exportKeyFile(m_county->self(), Passphrase.toUtf8(), countyKey).ok());
    QVERIFY(m_county->registerKey(*KeyFile::read(unitKey)).ok());
    QVERIFY(m_unit->registerKey(*KeyFile::read(countyKey)).ok());
}

QString TestExchangePage::unitPackage(const QString& name)
{
    const QString package = m_dir->filePath(name);
    ExportOptions options;
    options.recipient = m_county->self().code;
    options.fiscalYear = Year;
    options.outputPath = package;
    options.passphrase = Passphrase;
    const Result<ExportResult> exported = Exchange(*m_unit).exportPackage(options);
    if (!exported)
        qWarning("%s", qPrintable(exported.message()));
    return package;
}

void TestExchangePage::cancelledImportChangesNothing()
{
    registerKeys();
    prepareUnitData();
    const QString package = unitPackage(QStringLiteral("2025-上报.jxpkg"));
    QVERIFY(QFile::exists(package));
    ExchangePage page;
    page.setWorkspace(m_county.get());
    page.setFiscalYear(Year);
    page.show();
    page.previewPackage(package);
    QVERIFY(waitIdle(page));
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    const QStringList before = dump(m_county->database());
    QSignalSpy announced(m_county.get(), &Workspace::changed);

    // Held once the import has written its first table inside its transaction.
    {
        Hold hold([](ExchangeStep step, qint64 done, qint64) { return step == ExchangeStep::Importing && done >= 1; });
        click(page, "importButton");
        QVERIFY(hold.reached());
        // The window goes on while the import works: a timer of the GUI thread keeps firing.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 5, 5000);
        QVERIFY(page.isBusy());
        QTRY_VERIFY(page.findChild<QProgressBar*>(QStringLiteral("exchangeProgress"))->isVisible());
        QVERIFY(!page.findChild<QTabWidget*>(QStringLiteral("exchangeTabs"))->isEnabled());
        QVERIFY2(page.findChild<QLabel*>(QStringLiteral("exchangeProgressLabel"))->text().contains(QLatin1String("Importing")),
                 qPrintable(page.findChild<QLabel*>(QStringLiteral("exchangeProgressLabel"))->text()));
        click(page, "cancelExchangeButton");
        hold.release();
        QVERIFY(waitIdle(page));
    }
    QVERIFY(!page.findChild<QProgressBar*>(QStringLiteral("exchangeProgress"))->isVisible());
    const QString said = page.findChild<MessageBanner*>()->text();
    QVERIFY2(said.contains(QLatin1String("cancelled")), qPrintable(said));
    QCOMPARE(dump(m_county->database()), before);
    QCOMPARE(announced.size(), 0);
    QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("exchangeHistory"))->rowCount(), 0);

    // Not cancelled, the same import goes through.
    click(page, "importButton");
    QVERIFY(waitIdle(page));
    QCOMPARE(test::scalar(m_county->database(), QStringLiteral("SELECT count(*) FROM target_set")).toInt(), 1);
    QCOMPARE(announced.size(), 1);
}

void TestExchangePage::cancelledExportLeavesNoFile()
{
    registerKeys();
    prepareUnitData();
    ExchangePage page;
    page.setWorkspace(m_unit.get());
    page.setFiscalYear(Year);
    page.show();
    auto* recipient = page.findChild<QComboBox*>(QStringLiteral("exportRecipient"));
    recipient->setCurrentIndex(recipient->findData(m_county->self().meta.id.toString(QUuid::WithoutBraces)));
    QVERIFY(recipient->currentIndex() >= 0);
    const QString package = m_dir->filePath(QStringLiteral("2025-上报.jxpkg"));
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    const QStringList before = dump(m_unit->database());
    {
        // Held while the package file is being written: the payload is in it, the signature not yet.
        Hold hold([](ExchangeStep step, qint64 done, qint64 total) {
            return step == ExchangeStep::Signing && total > 0 && done * 2 > total;
        });
        answerFile(package);
        answerPassphrase(Passphrase);
        click(page, "exportButton");
        QVERIFY(hold.reached());
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 5, 5000);
        QVERIFY(page.isBusy());
        click(page, "cancelExchangeButton");
        hold.release();
        QVERIFY(waitIdle(page));
    }
    const QString said = page.findChild<MessageBanner*>()->text();
    QVERIFY2(said.contains(QLatin1String("cancelled")), qPrintable(said));
    QVERIFY(!QFile::exists(package));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), filesBefore); // no partial file either
    QCOMPARE(dump(m_unit->database()), before); // not logged as sent
    QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("exchangeHistory"))->rowCount(), 0);

    // Not cancelled, the same export writes the package.
    answerFile(package);
    answerPassphrase(Passphrase);
    click(page, "exportButton");
    QVERIFY(waitIdle(page));
    QVERIFY2(QFile::exists(package), qPrintable(page.findChild<MessageBanner*>()->text()));
    QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("exchangeHistory"))->rowCount(), 1);
}

void TestExchangePage::passphraseDialogChecks()
{
    PassphraseDialog dialog(QStringLiteral("prompt"), true);
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("short"));
    dialog.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))->setText(QStringLiteral("short"));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<MessageBanner*>()->text().contains(QLatin1String("too short")));
    dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("long enough 1"));
    dialog.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))->setText(QStringLiteral("long enough 2"));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<MessageBanner*>()->text().contains(QLatin1String("differ")));
    dialog.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))->setText(QStringLiteral("long enough 1"));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.passphrase(), QByteArrayLiteral("long enough 1"));
}

// The picture for the user guide, in Chinese: JIXIAO_SCREENSHOT_DIR=docs/screenshots ctest -R TestExchangePage.
void TestExchangePage::screenshot()
{
    const QString dir = qEnvironmentVariable("JIXIAO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("JIXIAO_SCREENSHOT_DIR not set");
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    // Keys exchanged and a package sent, without the dialogs (keysExportPreviewImportHistory drives those).
    for (Workspace* ws : { m_unit.get(), m_county.get() })
        QVERIFY(KeyStore(ws->database()).generate(ws->self(), Passphrase.toUtf8()).ok());
    const QString unitKey = m_dir->filePath(QStringLiteral("unit.jxkey"));
    const QString countyKey = m_dir->filePath(QStringLiteral("county.jxkey"));
    QVERIFY(KeyStore(m_unit->database()).exportKeyFile(m_unit->self(), Passphrase.toUtf8(), unitKey).ok());
    QVERIFY(KeyStore(m_county->database()).exportKeyFile(m_county->self(), Passphrase.toUtf8(), countyKey).ok());
    QVERIFY(KeyRegistry(m_county->database()).addFile(unitKey).ok());
    QVERIFY(KeyRegistry(m_unit->database()).addFile(countyKey).ok());
    prepareUnitData();
    const QString package = m_dir->filePath(QStringLiteral("2025-上报.jxpkg"));
    ExportOptions options;
    options.recipient = m_county->self().code;
    options.fiscalYear = Year;
    options.outputPath = package;
    options.passphrase = Passphrase;
    const Result<ExportResult> exported = Exchange(*m_unit).exportPackage(options);
    QVERIFY2(exported.ok(), qPrintable(exported.message()));
    QVERIFY(QFile::exists(package));

    ExchangePage page;
    page.setWorkspace(m_county.get());
    page.setFiscalYear(Year);
    page.resize(1100, 720);
    page.show();
    page.previewPackage(package);
    QVERIFY(waitIdle(page));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("zh_CN-exchange.png"))));
    page.findChild<QTabWidget*>()->setCurrentIndex(3);
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("zh_CN-exchange-keys.png"))));
    Translations::install(*QCoreApplication::instance());
}

QTEST_MAIN(TestExchangePage)
#include "TestExchangePage.moc"
