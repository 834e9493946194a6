// Package exchange below the signed container: payloads written and imported between three real
// installations (unit → county → prefecture and back down), with the rules of the import.
#include "TestSupport.h"

#include "core/exchange/Exchange.h"
#include "core/exchange/KeyRegistry.h"
#include "core/exchange/KeyStore.h"
#include "core/exchange/PackagePayload.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/Tables.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workspace/Workspace.h"

#include <QProcess>
#include <QSqlRecord>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace jx;

namespace {

constexpr int Year = 2025;

/// Every row of every table of @p db (but change_seq), sorted: what "the database did not change" compares.
QStringList dump(Database& db, const QStringList& skipTables = {})
{
    QStringList out;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& t : names) {
        if (skipTables.contains(t))
            continue;
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM %1").arg(t));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                cells << r.fieldName(i) + QLatin1Char('=') + (q.value(i).isNull() ? QStringLiteral("NULL") : RecordStore::displayValue(q.value(i)));
            rows << t + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        }
        rows.sort();
        out << rows;
    }
    return out;
}

/// The rows of travelling table @p table with the given ids, all columns but change_seq, sorted by id.
QList<QVariantList> rows(Database& db, const QString& table, const QString& where = QStringLiteral("1"))
{
    Result<QList<PayloadTable>> shapes = PackagePayload::tables(db);
    QStringList columns;
    for (const PayloadTable& t : *shapes) {
        if (t.name == table)
            columns = t.columns;
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4").arg(columns.join(QStringLiteral(", ")), table, where, columns.join(QStringLiteral(", "))));
    QList<QVariantList> out;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

QString ids(const QList<QUuid>& list)
{
    QStringList out;
    for (const QUuid& id : list)
        out << QStringLiteral("x'%1'").arg(QString::fromLatin1(id.toRfc4122().toHex()));
    return out.join(QLatin1Char(','));
}

void sqlOn(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    QVERIFY(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTripThreeLevels();
    void sameTwiceChangesNothing();
    void olderAfterNewerChangesNothing();
    void anotherRecipientIsRefused();
    void dryRunWritesNothing();
    void schemaViolationIsRefused_data();
    void schemaViolationIsRefused();
    void plantedObjectsAreRefused();
    void conflictReportsBothValues();
    void tombstonesTravel();
    void othersRecordsAreIgnored();
    void rolledUpRecordsAreReadOnly();
    void sinceAcknowledgedSendsOnlyChanges();

    // Through the signed container (package files) and the CLI.
    void signedPackagesRoundTrip();
    void refusedPackagesChangeNothing();
    void cliExportImportHistory();
    void killedImportLeavesDatabaseAsItWas();

private:
    /// Keys for the three installations, each registered where its packages go.
    void exchangeKeys();
    QString exportFile(Workspace& from, Workspace& to, const QString& name, const QStringList& stages = {});
    std::unique_ptr<Workspace> create(const QString& file, const QString& division, AgencyKind kind, const QString& name,
                                      const QString& code);
    /// The unit's program of Year with its targets, submitted.
    void prepareUnit();
    /// A payload from @p from to @p to, as a package would carry it; the origin and sequence it claims.
    struct Sent
    {
        QString payload;
        PayloadOrigin origin;
        qint64 sequence = 0;
    };
    Sent send(Workspace& from, Workspace& to, const ExportOptions& options = {});
    Result<ExchangeSummary> receive(Workspace& at, const Sent& sent, bool dryRun = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_unit;
    std::unique_ptr<Workspace> m_county;
    std::unique_ptr<Workspace> m_prefecture;
    Subject m_program;
    TargetSet m_targets;
    int m_sent = 0;
};

std::unique_ptr<Workspace> TestExchange::create(
    const QString& file, const QString& division, AgencyKind kind, const QString& name, const QString& code)
{
    InstallationRequest request;
    request.divisionCode = division;
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

void TestExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_unit = create(QStringLiteral("unit.jixiao"), QStringLiteral("653101"), AgencyKind::BudgetUnit,
        QStringLiteral("喀什市交通运输局"), QStringLiteral("U001"));
    m_county = create(QStringLiteral("county.jixiao"), QStringLiteral("653101"), AgencyKind::FinanceBureau,
        QStringLiteral("喀什市财政局"), QStringLiteral("F653101"));
    m_prefecture = create(QStringLiteral("prefecture.jixiao"), QStringLiteral("653100"), AgencyKind::FinanceBureau,
        QStringLiteral("喀什地区财政局"), QStringLiteral("F653100"));
    QVERIFY(m_unit && m_county && m_prefecture);
    QVERIFY(m_unit->setActor({ QStringLiteral("李丽娜"), Role::UnitPreparer, {} }).ok());
    QVERIFY(m_county->setActor({ QStringLiteral("张伟"), Role::FinanceReviewer, {} }).ok());
    QVERIFY(m_prefecture->setActor({ QStringLiteral("王强"), Role::FinanceReviewer, {} }).ok());
    m_sent = 0;
}

void TestExchange::cleanup()
{
    m_unit.reset();
    m_county.reset();
    m_prefecture.reset();
    m_dir.reset();
}

void TestExchange::prepareUnit()
{
    m_program = m_unit->newProgram();
    m_program.fiscalYear = Year;
    m_program.name = QStringLiteral("2025年农村公路养护项目");
    m_program.amount = Money::fromYuan(1'200'000);
    m_program.functionCode = QStringLiteral("2140106");
    Result<void> r = m_unit->saveSubject(m_program);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    m_targets = TargetSet();
    m_targets.subjectId = m_program.meta.id;
    m_targets.fiscalYear = Year;
    m_targets.objectiveAnnual = QStringLiteral("完成农村公路养护120公里");
    m_targets.indicators = test::workedExampleIndicators(m_unit->database());
    r = m_unit->saveTargets(m_targets);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    r = m_unit->submit(RecordKind::TargetSet, m_targets.meta.id, QStringLiteral("请审核"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
}

TestExchange::Sent TestExchange::send(Workspace& from, Workspace& to, const ExportOptions& given)
{
    Sent sent;
    Exchange exchange(from);
    ExportOptions options = given;
    if (options.fiscalYear == 0)
        options.fiscalYear = Year;
    const QUuid packageId = QUuid::createUuid();
    sent.payload = m_dir->filePath(QStringLiteral("payload-%1.db").arg(++m_sent));
    PayloadContent content;
    Result<ExportResult> result = exchange.writePayload(to.self(), options, packageId, sent.payload, &content);
    if (!result) {
        qWarning("%s", qPrintable(result.message()));
        return sent;
    }
    if (Result<void> r = exchange.recordSent(*result, options, content); !r)
        qWarning("%s", qPrintable(r.message()));
    sent.origin.direction = result->direction;
    sent.origin.packageId = packageId;
    sent.origin.senderId = from.self().meta.id;
    sent.origin.recipientId = to.self().meta.id;
    sent.origin.fiscalYear = options.fiscalYear;
    sent.sequence = result->sequence;
    return sent;
}

Result<ExchangeSummary> TestExchange::receive(Workspace& at, const Sent& sent, bool dryRun)
{
    return Exchange(at).importPayload(sent.payload, sent.origin, sent.sequence, {}, QStringLiteral("test"), dryRun);
}

void TestExchange::roundTripThreeLevels()
{
    prepareUnit();
    // Up: unit → county.
    const Sent up = send(*m_unit, *m_county);
    QCOMPARE(up.origin.direction, ExchangeDirection::Submission);
    Result<ExchangeSummary> s = receive(*m_county, up);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->status, ExchangeSummary::Status::Success);
    QCOMPARE(s->counts.value(QStringLiteral("subject")).created, 1);
    QCOMPARE(s->counts.value(QStringLiteral("target_set")).created, 1);
    QCOMPARE(s->counts.value(QStringLiteral("indicator")).created, m_targets.indicators.size());
    QVERIFY(s->counts.value(QStringLiteral("agency")).created >= 1);
    const QString travelled = QStringLiteral("owner_id = x'%1'").arg(QString::fromLatin1(m_unit->self().meta.id.toRfc4122().toHex()));
    for (const QString& table : { QStringLiteral("subject"), QStringLiteral("target_set"), QStringLiteral("indicator"),
             QStringLiteral("transition"), QStringLiteral("agency") }) {
        QCOMPARE(rows(m_county->database(), table, travelled), rows(m_unit->database(), table, travelled));
    }

    // The county approves the targets; a return carries the approval and the review back.
    Result<void> r = m_county->approve(RecordKind::TargetSet, m_targets.meta.id, QStringLiteral("目标合理"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Sent down = send(*m_county, *m_unit);
    QCOMPARE(down.origin.direction, ExchangeDirection::Return);
    s = receive(*m_unit, down);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY2(s->status == ExchangeSummary::Status::Success, qPrintable(s->toText()));
    QCOMPARE(s->counts.value(QStringLiteral("target_set")).updated, 1);
    QCOMPARE(s->counts.value(QStringLiteral("review")).created, 1);
    QCOMPARE(test::scalar(m_unit->database(), QStringLiteral("SELECT status FROM target_set")).toInt(), int(RecordStatus::Approved));
    for (const QString& table : { QStringLiteral("target_set"), QStringLiteral("indicator"), QStringLiteral("review"),
             QStringLiteral("transition") }) {
        QCOMPARE(rows(m_unit->database(), table), rows(m_county->database(), table));
    }

    // Up again: county → prefecture carries what the county accepted, with its review.
    const Sent upper = send(*m_county, *m_prefecture);
    QCOMPARE(upper.origin.direction, ExchangeDirection::Submission);
    s = receive(*m_prefecture, upper);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY2(s->status == ExchangeSummary::Status::Success, qPrintable(s->toText()));
    for (const QString& table : { QStringLiteral("subject"), QStringLiteral("target_set"), QStringLiteral("indicator"),
             QStringLiteral("review"), QStringLiteral("transition") }) {
        QCOMPARE(rows(m_prefecture->database(), table), rows(m_county->database(), table));
    }
    // Rolled up with their agencies and divisions: lists filter by division.
    QCOMPARE(test::scalar(m_prefecture->database(),
                 QStringLiteral("SELECT count(*) FROM subject s JOIN agency a ON a.id = s.agency_id WHERE a.division_code LIKE '6531%'"))
                 .toInt(),
        1);
    QCOMPARE(test::scalar(m_prefecture->database(), QStringLiteral("SELECT count(*) FROM agency")).toInt(), 3);

    // Back down: prefecture → county (nothing of its own yet, but the county's next package is acknowledged).
    const Sent back = send(*m_prefecture, *m_county);
    QCOMPARE(back.origin.direction, ExchangeDirection::Return);
    s = receive(*m_county, back);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY2(s->status == ExchangeSummary::Status::Success, qPrintable(s->toText()));
    Result<ExchangeHistory> h = Exchange(*m_county).history();
    QVERIFY(h.ok());
    QCOMPARE(h->sent.size(), 2);
    QCOMPARE(h->received.size(), 2);
    QVERIFY2(h->sent.at(1).acknowledgedAt.isValid(), "the prefecture's return acknowledges the county's submission");
}

void TestExchange::sameTwiceChangesNothing()
{
    prepareUnit();
    const Sent up = send(*m_unit, *m_county);
    QVERIFY(receive(*m_county, up).ok());
    const QStringList before = dump(m_county->database());
    Result<ExchangeSummary> again = receive(*m_county, up);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again->outcome, ExchangeSummary::Outcome::AlreadyImported);
    QVERIFY(again->message.contains(QStringLiteral("already imported")));
    QCOMPARE(dump(m_county->database()), before);
}

void TestExchange::olderAfterNewerChangesNothing()
{
    prepareUnit();
    const Sent first = send(*m_unit, *m_county);
    const Sent second = send(*m_unit, *m_county);
    QVERIFY(second.sequence > first.sequence);
    QVERIFY(receive(*m_county, second).ok());
    const QStringList before = dump(m_county->database());
    Result<ExchangeSummary> older = receive(*m_county, first);
    QVERIFY2(older.ok(), qPrintable(older.message()));
    QCOMPARE(older->outcome, ExchangeSummary::Outcome::Older);
    QVERIFY2(older->message.contains(QStringLiteral("older than")), qPrintable(older->message));
    QCOMPARE(dump(m_county->database()), before);
}

void TestExchange::anotherRecipientIsRefused()
{
    prepareUnit();
    const Sent up = send(*m_unit, *m_county);
    const QStringList before = dump(m_prefecture->database());
    Sent misdirected = up;
    Result<ExchangeSummary> s = receive(*m_prefecture, misdirected);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(QStringLiteral("addressed to another agency")), qPrintable(s.message()));
    // Claiming this recipient in the header while the payload names another: refused too.
    misdirected.origin.recipientId = m_prefecture->self().meta.id;
    s = receive(*m_prefecture, misdirected);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(QStringLiteral("do not agree")), qPrintable(s.message()));
    QCOMPARE(dump(m_prefecture->database()), before);
}

void TestExchange::dryRunWritesNothing()
{
    prepareUnit();
    const Sent up = send(*m_unit, *m_county);
    const QStringList before = dump(m_county->database());
    Result<ExchangeSummary> s = receive(*m_county, up, true);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->outcome, ExchangeSummary::Outcome::DryRun);
    QCOMPARE(s->counts.value(QStringLiteral("subject")).created, 1);
    QCOMPARE(dump(m_county->database()), before);
    // And the real import after it does the same.
    s = receive(*m_county, up);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->counts.value(QStringLiteral("subject")).created, 1);
    QVERIFY(!s->backupPath.isEmpty());
}

void TestExchange::schemaViolationIsRefused_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative amount") << QStringLiteral("UPDATE subject SET amount = -1") << QStringLiteral("amount");
    QTest::newRow("text revision") << QStringLiteral("UPDATE subject SET revision = 'abc'") << QStringLiteral("revision");
    QTest::newRow("short id") << QStringLiteral("UPDATE indicator SET target_set_id = x'01'") << QStringLiteral("target_set_id");
    QTest::newRow("missing name") << QStringLiteral("UPDATE subject SET name = NULL") << QStringLiteral("name");
    QTest::newRow("unknown operator") << QStringLiteral("UPDATE indicator SET operator = 9") << QStringLiteral("operator");
    QTest::newRow("dangling reference")
        << QStringLiteral("UPDATE target_set SET subject_id = x'00000000000000000000000000000001'") << QStringLiteral("subject_id");
    QTest::newRow("bad tombstone flag") << QStringLiteral("UPDATE indicator SET deleted = 2") << QStringLiteral("deleted");
}

void TestExchange::schemaViolationIsRefused()
{
    QFETCH(QString, edit);
    QFETCH(QString, expected);
    prepareUnit();
    const Sent up = send(*m_unit, *m_county);
    sqlOn(up.payload, edit);
    const QStringList before = dump(m_county->database());
    Result<ExchangeSummary> s = receive(*m_county, up);
    QVERIFY(!s.ok());
    qInfo("%s", qPrintable(s.message()));
    QVERIFY2(s.message().contains(expected), qPrintable(s.message()));
    QVERIFY2(s.message().contains(QStringLiteral("nothing was imported")), qPrintable(s.message()));
    QCOMPARE(dump(m_county->database()), before);
}

void TestExchange::plantedObjectsAreRefused()
{
    prepareUnit();
    const QStringList plants = {
        QStringLiteral("CREATE TRIGGER t AFTER INSERT ON subject BEGIN SELECT 1; END"),
        QStringLiteral("CREATE VIEW v AS SELECT 1"),
        QStringLiteral("CREATE TABLE extra (x)"),
        QStringLiteral("CREATE INDEX i ON subject (name)"),
        QStringLiteral("PRAGMA user_version = 99"),
    };
    for (const QString& plant : plants) {
        const Sent up = send(*m_unit, *m_county);
        sqlOn(up.payload, plant);
        const QStringList before = dump(m_county->database());
        Result<ExchangeSummary> s = receive(*m_county, up);
        QVERIFY2(!s.ok(), qPrintable(plant));
        QCOMPARE(dump(m_county->database()), before);
    }
}

void TestExchange::conflictReportsBothValues()
{
    prepareUnit();
    QVERIFY(receive(*m_county, send(*m_unit, *m_county)).ok());
    // The county's copy was changed behind the workflow's back, at the same revision.
    QSqlQuery q(m_county->database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE target_set SET objective_annual = '改过的目标'")));
    const QStringList before = dump(m_county->database());
    Result<ExchangeSummary> s = receive(*m_county, send(*m_unit, *m_county));
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->status, ExchangeSummary::Status::Warning);
    QCOMPARE(s->counts.value(QStringLiteral("target_set")).conflicts, 1);
    QCOMPARE(s->problems.size(), 1);
    const ExchangeProblem& p = s->problems.constFirst();
    QCOMPARE(p.kind, ExchangeProblem::Kind::Conflict);
    QCOMPARE(p.recordId, m_targets.meta.id);
    QCOMPARE(p.field, QStringLiteral("objective_annual"));
    QCOMPARE(p.localValue, QStringLiteral("改过的目标"));
    QCOMPARE(p.incomingValue, m_targets.objectiveAnnual);
    QVERIFY(s->toText().contains(QStringLiteral("改过的目标")));
    // Nothing overwritten: only the history grew.
    const QStringList history = { QStringLiteral("received_package"), QStringLiteral("exchange_peer") };
    QStringList after = dump(m_county->database());
    QStringList kept = before;
    const auto notHistory = [&](const QString& line) {
        return !line.startsWith(QStringLiteral("received_package:")) && !line.startsWith(QStringLiteral("exchange_peer:"));
    };
    after.erase(std::remove_if(after.begin(), after.end(), [&](const QString& l) { return !notHistory(l); }), after.end());
    kept.erase(std::remove_if(kept.begin(), kept.end(), [&](const QString& l) { return !notHistory(l); }), kept.end());
    QCOMPARE(after, kept);
    Q_UNUSED(history);
}

void TestExchange::tombstonesTravel()
{
    prepareUnit();
    Subject extra = m_unit->newProgram();
    extra.fiscalYear = Year;
    extra.name = QStringLiteral("2025年临时项目");
    extra.amount = Money::fromYuan(1000);
    QVERIFY(m_unit->saveSubject(extra).ok());
    QVERIFY(receive(*m_county, send(*m_unit, *m_county)).ok());
    QCOMPARE(test::scalar(m_county->database(), QStringLiteral("SELECT count(*) FROM subject WHERE deleted = 0")).toInt(), 2);
    QVERIFY(m_unit->removeSubject(extra.meta.id).ok());
    Result<ExchangeSummary> s = receive(*m_county, send(*m_unit, *m_county));
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->counts.value(QStringLiteral("subject")).updated, 1);
    QCOMPARE(test::scalar(m_county->database(), QStringLiteral("SELECT count(*) FROM subject WHERE deleted = 0")).toInt(), 1);
    QCOMPARE(rows(m_county->database(), QStringLiteral("subject")), rows(m_unit->database(), QStringLiteral("subject")));
}

void TestExchange::othersRecordsAreIgnored()
{
    prepareUnit();
    const Sent up = send(*m_unit, *m_county);
    // A record that claims another owner (the prefecture) in a unit's submission.
    const QString prefecture = QString::fromLatin1(m_prefecture->self().meta.id.toRfc4122().toHex());
    sqlOn(up.payload, QStringLiteral("INSERT INTO agency SELECT x'%1', x'%1', 1, modified_at, 0, 'P', '喀什地区财政局', 1, '653100', NULL"
                                     " FROM agency LIMIT 1; UPDATE transition SET owner_id = x'%1'").arg(prefecture));
    Result<ExchangeSummary> s = receive(*m_county, up);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->status, ExchangeSummary::Status::Warning);
    QVERIFY(s->counts.value(QStringLiteral("transition")).ignored >= 1);
    QVERIFY(s->counts.value(QStringLiteral("agency")).ignored >= 1);
    QCOMPARE(test::scalar(m_county->database(), QStringLiteral("SELECT count(*) FROM transition")).toInt(), 0);
}

void TestExchange::rolledUpRecordsAreReadOnly()
{
    prepareUnit();
    QVERIFY(receive(*m_county, send(*m_unit, *m_county)).ok());
    Subject copy = **SubjectRepository(m_county->database()).find(m_program.meta.id);
    copy.name = QStringLiteral("财政改的名字");
    Result<void> r = m_county->saveSubject(copy);
    QVERIFY(!r.ok());
    TargetSet targets = **TargetSetRepository(m_county->database()).find(m_targets.meta.id);
    targets.objectiveAnnual = QStringLiteral("财政改的目标");
    QVERIFY(!m_county->saveTargets(targets).ok());
    QVERIFY(!m_county->removeSubject(m_program.meta.id).ok());
}

void TestExchange::sinceAcknowledgedSendsOnlyChanges()
{
    prepareUnit();
    QVERIFY(receive(*m_county, send(*m_unit, *m_county)).ok());
    // The county's return acknowledges the unit's package.
    QVERIFY(receive(*m_unit, send(*m_county, *m_unit)).ok());
    Subject extra = m_unit->newProgram();
    extra.fiscalYear = Year;
    extra.name = QStringLiteral("2025年新增项目");
    extra.amount = Money::fromYuan(1000);
    QVERIFY(m_unit->saveSubject(extra).ok());
    ExportOptions options;
    options.sinceAcknowledged = true;
    const Sent changes = send(*m_unit, *m_county, options);
    Result<ExchangeSummary> s = receive(*m_county, changes);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->counts.value(QStringLiteral("subject")).created, 1);
    QCOMPARE(s->counts.value(QStringLiteral("subject")).unchanged, 0);
    QCOMPARE(s->counts.value(QStringLiteral("target_set")).total(), 0);
}

namespace {

const QByteArray Passphrase = QByteArrayLiteral("correct horse battery");

} // namespace

void TestExchange::exchangeKeys()
{
    Workspace* all[] = { m_unit.get(), m_county.get(), m_prefecture.get() };
    QHash<Workspace*, QString> files;
    for (Workspace* ws : all) {
        KeyStore store(ws->database());
        Result<OwnKey> own = store.generate(ws->self(), Passphrase);
        QVERIFY2(own.ok(), qPrintable(own.message()));
        const QString path = m_dir->filePath(ws->self().code + QStringLiteral(".jxkey"));
        Result<KeyFile> file = store.exportKeyFile(ws->self(), Passphrase, path);
        QVERIFY2(file.ok(), qPrintable(file.message()));
        files.insert(ws, path);
    }
    // Each level registers the keys of its neighbours.
    QVERIFY(KeyRegistry(m_county->database()).addFile(files.value(m_unit.get())).ok());
    QVERIFY(KeyRegistry(m_county->database()).addFile(files.value(m_prefecture.get())).ok());
    QVERIFY(KeyRegistry(m_unit->database()).addFile(files.value(m_county.get())).ok());
    QVERIFY(KeyRegistry(m_prefecture->database()).addFile(files.value(m_county.get())).ok());
}

QString TestExchange::exportFile(Workspace& from, Workspace& to, const QString& name, const QStringList& stages)
{
    ExportOptions options;
    options.recipient = to.self().code;
    options.fiscalYear = Year;
    options.stages = stages;
    options.outputPath = m_dir->filePath(name);
    options.passphrase = QString::fromUtf8(Passphrase);
    Result<ExportResult> r = Exchange(from).exportPackage(options);
    if (!r) {
        qWarning("%s", qPrintable(r.message()));
        return {};
    }
    return r->path;
}

void TestExchange::signedPackagesRoundTrip()
{
    exchangeKeys();
    prepareUnit();
    // unit → county: the county knows the unit only by its registered key.
    const QString up = exportFile(*m_unit, *m_county, QStringLiteral("up.jxpkg"));
    QVERIFY(!up.isEmpty());
    Result<ExchangeSummary> preview = Exchange(*m_county).importPackage(up, true);
    QVERIFY2(preview.ok(), qPrintable(preview.message()));
    QCOMPARE(preview->outcome, ExchangeSummary::Outcome::DryRun);
    QCOMPARE(preview->counts.value(QStringLiteral("target_set")).created, 1);
    Result<ExchangeSummary> s = Exchange(*m_county).importPackage(up);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->senderName, m_unit->self().name);
    QVERIFY(m_county->approve(RecordKind::TargetSet, m_targets.meta.id, QStringLiteral("同意")).ok());

    // county → unit (return) and county → prefecture (submission).
    const QString down = exportFile(*m_county, *m_unit, QStringLiteral("down.jxpkg"));
    const QString upper = exportFile(*m_county, *m_prefecture, QStringLiteral("upper.jxpkg"), { QStringLiteral("targets") });
    QVERIFY(!down.isEmpty() && !upper.isEmpty());
    s = Exchange(*m_unit).importPackage(down);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->counts.value(QStringLiteral("review")).created, 1);
    s = Exchange(*m_prefecture).importPackage(upper);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    for (const QString& table : { QStringLiteral("subject"), QStringLiteral("target_set"), QStringLiteral("indicator"),
             QStringLiteral("review"), QStringLiteral("transition") }) {
        QCOMPARE(rows(m_unit->database(), table), rows(m_county->database(), table));
        QCOMPARE(rows(m_prefecture->database(), table), rows(m_county->database(), table));
    }
    Result<ExchangeHistory> h = Exchange(*m_prefecture).history();
    QVERIFY(h.ok());
    QCOMPARE(h->received.size(), 1);
    QCOMPARE(h->received.constFirst().header.value(QStringLiteral("sequence")).toInteger(), 2);
    QVERIFY(!h->received.constFirst().header.value(QStringLiteral("signerFingerprint")).toString().isEmpty());
}

void TestExchange::refusedPackagesChangeNothing()
{
    exchangeKeys();
    prepareUnit();
    const QString up = exportFile(*m_unit, *m_county, QStringLiteral("up.jxpkg"));
    QVERIFY(!up.isEmpty());
    // Not registered at the prefecture, and not addressed to it.
    const QStringList before = dump(m_prefecture->database());
    Result<ExchangeSummary> s = Exchange(*m_prefecture).importPackage(up);
    QVERIFY(!s.ok());
    QCOMPARE(dump(m_prefecture->database()), before);
    // A flipped byte.
    QFile file(up);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    const QString flipped = m_dir->filePath(QStringLiteral("flipped.jxpkg"));
    QFile out(flipped);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const QStringList county = dump(m_county->database());
    s = Exchange(*m_county).importPackage(flipped);
    QVERIFY(!s.ok());
    QCOMPARE(dump(m_county->database()), county);
    // A key file is not a package of records.
    s = Exchange(*m_county).importPackage(m_dir->filePath(m_unit->self().code + QStringLiteral(".jxkey")));
    QVERIFY(!s.ok());
    QCOMPARE(dump(m_county->database()), county);
}

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args, const QProcessEnvironment& extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JIXIAO_CLI), args);
    p.waitForFinished(120000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

void TestExchange::cliExportImportHistory()
{
    exchangeKeys();
    prepareUnit();
    const QString unitDb = m_unit->database().path();
    const QString countyDb = m_county->database().path();
    const QString secret = m_dir->filePath(QStringLiteral("secret.txt"));
    QFile f(secret);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Passphrase + '\n');
    f.close();
    const QString package = m_dir->filePath(QStringLiteral("cli.jxpkg"));
    CliRun r = cli({ QStringLiteral("--db"), unitDb, QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--to"),
        m_county->self().code, QStringLiteral("--year"), QString::number(Year), QStringLiteral("--all"), QStringLiteral("-o"), package,
        QStringLiteral("--passphrase-file"), secret });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("package number 1")), qPrintable(r.out));
    // Without a passphrase: refused with one line.
    r = cli({ QStringLiteral("--db"), unitDb, QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--to"),
        m_county->self().code, QStringLiteral("--year"), QString::number(Year), QStringLiteral("-o"), package + QStringLiteral("2") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("passphrase")), qPrintable(r.err));

    const QString summary = m_dir->filePath(QStringLiteral("summary.json"));
    r = cli({ QStringLiteral("--db"), countyDb, QStringLiteral("package"), QStringLiteral("import"), package, QStringLiteral("--dry-run") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("dry run")), qPrintable(r.out));
    r = cli({ QStringLiteral("--db"), countyDb, QStringLiteral("package"), QStringLiteral("import"), package, QStringLiteral("--summary"), summary });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile json(summary);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("subject")).toObject().value(QStringLiteral("created")).toInt(), 1);
    r = cli({ QStringLiteral("--db"), countyDb, QStringLiteral("package"), QStringLiteral("import"), package });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("already imported")), qPrintable(r.out));
    r = cli({ QStringLiteral("--db"), countyDb, QStringLiteral("package"), QStringLiteral("history") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Packages received: 1")), qPrintable(r.out));
    r = cli({ QStringLiteral("--db"), countyDb, QStringLiteral("package"), QStringLiteral("history"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("received")).toArray().size(), 1);
}

void TestExchange::killedImportLeavesDatabaseAsItWas()
{
    exchangeKeys();
    prepareUnit();
    // Enough programs that the import is well under way when it is killed.
    for (int i = 0; i < 300; ++i) {
        Subject s = m_unit->newProgram();
        s.fiscalYear = Year;
        s.name = QStringLiteral("2025年项目%1").arg(i);
        s.amount = Money::fromYuan(1000 + i);
        QVERIFY(m_unit->saveSubject(s).ok());
    }
    const QString package = exportFile(*m_unit, *m_county, QStringLiteral("big.jxpkg"));
    QVERIFY(!package.isEmpty());
    const QString countyDb = m_county->database().path();
    const QStringList before = dump(m_county->database());
    m_county.reset(); // the CLI is the only one with the file open

    const QString marker = m_dir->filePath(QStringLiteral("paused"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(PackageImporter::PauseHook), marker);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JIXIAO_CLI), { QStringLiteral("--db"), countyDb, QStringLiteral("package"), QStringLiteral("import"), package });
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 60000);
    const qint64 wal = QFileInfo(countyDb + QStringLiteral("-wal")).size();
    QVERIFY2(wal > 64 * 1024, qPrintable(QStringLiteral("the import had written into the file: %1 bytes of WAL").arg(wal)));
    p.kill(); // SIGKILL
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    Result<std::unique_ptr<Workspace>> reopened = Workspace::open(countyDb);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    m_county = std::move(*reopened);
    QCOMPARE(test::scalar(m_county->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(dump(m_county->database()), before);
    // And the same package imports afterwards.
    Result<ExchangeSummary> s = Exchange(*m_county).importPackage(package);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->counts.value(QStringLiteral("subject")).created, 301);
}

QTEST_GUILESS_MAIN(TestExchange)
#include "TestExchange.moc"
