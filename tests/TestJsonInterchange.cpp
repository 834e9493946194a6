#include "TestSupport.h"

#include "core/io/JsonInterchange.h"
#include "core/storage/SubjectRepository.h"
#include "core/workflow/EvaluationService.h"

#include <QBuffer>
#include <QJsonValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace jx;
using jx::test::scalar;

namespace {

// The worked example of docs/scoring.md as an interchange document.
QJsonObject example()
{
    const char* json = R"({
      "format": "jixiao-programs", "version": 1, "fiscalYear": 2025,
      "programs": [{
        "name": "2025年农村公路养护项目", "code": "JT-01", "book": "general-public", "kind": "project",
        "amount": "120万", "functionCode": "2140106", "tags": ["procurement"], "new": false, "major": false,
        "targets": {
          "objectiveAnnual": "完成农村公路养护120公里",
          "indicators": [
            { "category": "数量指标", "name": "养护里程", "operator": ">=", "target": 120, "unit": "公里", "weight": 20 },
            { "category": "质量指标", "name": "验收合格率", "operator": "=", "target": 100, "unit": "%", "weight": 15 },
            { "category": "时效指标", "name": "完工时间", "operator": "<=", "target": 11, "unit": "月", "weight": 5 },
            { "category": "经济成本指标", "name": "单位养护成本", "operator": "<=", "target": 10000, "unit": "元/公里", "weight": 10 },
            { "category": "社会效益指标", "name": "群众出行条件改善", "operator": "qualitative", "target": "明显改善", "weight": 15 },
            { "category": "经济效益指标", "name": "带动就业人数", "operator": ">=", "target": 60, "unit": "人", "weight": 15 },
            { "category": "服务对象满意度指标", "name": "服务对象满意度", "operator": ">=", "target": 90, "unit": "%", "weight": 10 }
          ]
        },
        "monitoring": [
          { "month": 6, "executed": "600,000.00", "forecastYearEnd": "1080000",
            "entries": [ { "indicator": "养护里程", "progress": 60, "forecast": 110, "likelihood": "possible",
                           "cause": "other", "measures": "调整施工计划" } ] }
        ],
        "selfEvaluation": {
          "funds": [ { "source": "appropriation", "initialBudget": "1200000", "adjustedBudget": "1200000", "executed": "1080000" } ],
          "objectiveAchieved": "完成养护110公里",
          "entries": [
            { "indicator": "养护里程", "actual": 110 },
            { "indicator": "验收合格率", "actual": 100 },
            { "indicator": "完工时间", "actual": 12 },
            { "indicator": "单位养护成本", "actual": 9500 },
            { "indicator": "群众出行条件改善", "level": "partly", "score": 11 },
            { "indicator": "带动就业人数", "actual": 80, "explanation": "吸纳周边村民务工" },
            { "indicator": "服务对象满意度", "actual": 92 }
          ]
        }
      }]
    })";
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

std::unique_ptr<Database> unitDatabase(const QTemporaryDir& dir, const QString& name)
{
    InstallationRequest request;
    request.divisionCode = QStringLiteral("653101");
    request.agencyName = QStringLiteral("喀什市交通运输局");
    request.agencyKind = AgencyKind::BudgetUnit;
    Result<std::unique_ptr<Database>> db = Installation::create(dir.filePath(name), request);
    return db ? std::move(db.value()) : nullptr;
}

} // namespace

class TestJsonInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importScoresAndRoundTrips();
    void dryRunWritesNothing();
    void badInputNamesEveryPathAndWritesNothing();
    void newerFormatRefused();
    void submittedRecordsAreNotOverwritten();
    void streamedExportStartsWithHeader();
    void malformedFileNamesTheByte_data();
    void malformedFileNamesTheByte();
    void problemsOfEveryProgramAreReported();
    void absentSectionsLeaveStoredRecords();
    void deletedMarkerRemovesAnIndicator();
    void wrongTypesNeverWipe_data();
    void wrongTypesNeverWipe();
};

void TestJsonInterchange::importScoresAndRoundTrips()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> a = unitDatabase(dir, QStringLiteral("a.jixiao"));
    QVERIFY(a);
    const QUuid agencyA = Installation::selfAgency(*a)->meta.id;
    Result<ImportSummary> s = JsonInterchange(*a).importPrograms(example(), agencyA);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(s->programsCreated, 1);
    QCOMPARE(s->indicators, 7);
    QCOMPARE(s->monitoringReports, 1);
    QCOMPARE(s->selfEvaluations, 1);
    const QUuid program = RecordStore::uuidAt([&] {
        QSqlQuery q(a->connection());
        q.exec(QStringLiteral("SELECT id FROM subject WHERE kind = 3"));
        q.next();
        return q;
    }(), 0);
    Result<ScoreSheet> sheet = EvaluationService(*a).score(program);
    QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
    QCOMPARE(sheet->total, 92.91);
    QCOMPARE((*SubjectRepository(*a).find(program))->amount, Money::fromYuan(1'200'000));

    // Export, import into another installation, export again: the same document.
    Result<QJsonObject> exported = JsonInterchange(*a).exportPrograms(agencyA, 2025);
    QVERIFY(exported.ok());
    std::unique_ptr<Database> b = unitDatabase(dir, QStringLiteral("b.jixiao"));
    const QUuid agencyB = Installation::selfAgency(*b)->meta.id;
    QVERIFY(JsonInterchange(*b).importPrograms(*exported, agencyB).ok());
    Result<QJsonObject> again = JsonInterchange(*b).exportPrograms(agencyB, 2025);
    QCOMPARE(again->value(QStringLiteral("programs")), exported->value(QStringLiteral("programs")));
    // Importing the same document again updates in place, nothing is duplicated.
    Result<ImportSummary> twice = JsonInterchange(*b).importPrograms(*exported, agencyB);
    QVERIFY(twice.ok());
    QCOMPARE(twice->programsUpdated, 1);
    QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM subject")).toInt(), 1);
    QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM indicator WHERE deleted = 0")).toInt(), 7);
    QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM monitoring_report")).toInt(), 1);
}

void TestJsonInterchange::dryRunWritesNothing()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = unitDatabase(dir, QStringLiteral("d.jixiao"));
    Result<ImportSummary> s = JsonInterchange(*db).importPrograms(example(), Installation::selfAgency(*db)->meta.id, true);
    QVERIFY(s.ok());
    QVERIFY(s->dryRun);
    QCOMPARE(s->programsCreated, 1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM subject")).toInt(), 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM indicator")).toInt(), 0);
}

void TestJsonInterchange::badInputNamesEveryPathAndWritesNothing()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = unitDatabase(dir, QStringLiteral("bad.jixiao"));
    QJsonObject doc = example();
    QJsonArray programs = doc.value(QStringLiteral("programs")).toArray();
    QJsonObject p = programs.at(0).toObject();
    p.insert(QStringLiteral("amount"), QStringLiteral("-5"));
    QJsonObject targets = p.value(QStringLiteral("targets")).toObject();
    QJsonArray indicators = targets.value(QStringLiteral("indicators")).toArray();
    QJsonObject first = indicators.at(0).toObject();
    first.insert(QStringLiteral("operator"), QStringLiteral("≈"));
    indicators.replace(0, first);
    QJsonObject third = indicators.at(2).toObject();
    third.insert(QStringLiteral("target"), QStringLiteral("十一"));
    indicators.replace(2, third);
    targets.insert(QStringLiteral("indicators"), indicators);
    p.insert(QStringLiteral("targets"), targets);
    QJsonObject ev = p.value(QStringLiteral("selfEvaluation")).toObject();
    QJsonArray entries = ev.value(QStringLiteral("entries")).toArray();
    QJsonObject e0 = entries.at(0).toObject();
    e0.insert(QStringLiteral("actual"), QStringLiteral("很多"));
    entries.replace(0, e0);
    ev.insert(QStringLiteral("entries"), entries);
    p.insert(QStringLiteral("selfEvaluation"), ev);
    programs.replace(0, p);
    programs.append(QJsonObject { { QStringLiteral("amount"), QStringLiteral("1") } }); // no name
    doc.insert(QStringLiteral("programs"), programs);

    Result<ImportSummary> s = JsonInterchange(*db).importPrograms(doc, Installation::selfAgency(*db)->meta.id);
    QVERIFY(!s.ok());
    const QStringList problems = s.message().split(QLatin1Char('\n'));
    QCOMPARE(problems.size(), 5);
    QVERIFY(problems.at(0).startsWith(QLatin1String("programs[0].amount:")));
    QVERIFY(problems.at(1).startsWith(QLatin1String("programs[0].targets.indicators[0].operator:")));
    QVERIFY(problems.at(2).startsWith(QLatin1String("programs[0].targets.indicators[2].target:")));
    QVERIFY2(problems.at(3).startsWith(QLatin1String("programs[0].selfEvaluation.entries[0].actual:"))
                 && problems.at(3).contains(QStringLiteral("很多")),
             qPrintable(problems.at(3)));
    QVERIFY(problems.at(4).startsWith(QLatin1String("programs[1].name:")));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM subject")).toInt(), 0);
}

void TestJsonInterchange::newerFormatRefused()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = unitDatabase(dir, QStringLiteral("v.jixiao"));
    QJsonObject doc = example();
    doc.insert(QStringLiteral("version"), 2);
    Result<ImportSummary> s = JsonInterchange(*db).importPrograms(doc, Installation::selfAgency(*db)->meta.id);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Version);
}

void TestJsonInterchange::submittedRecordsAreNotOverwritten()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = unitDatabase(dir, QStringLiteral("s.jixiao"));
    const QUuid agency = Installation::selfAgency(*db)->meta.id;
    QVERIFY(JsonInterchange(*db).importPrograms(example(), agency).ok());
    QVERIFY(db->exec(QStringLiteral("UPDATE target_set SET status = 1")).ok()); // as if submitted
    Result<QJsonObject> exported = JsonInterchange(*db).exportPrograms(agency, 2025);
    QJsonObject doc = *exported;
    QJsonArray programs = doc.value(QStringLiteral("programs")).toArray();
    QJsonObject p = programs.at(0).toObject();
    QJsonObject targets = p.value(QStringLiteral("targets")).toObject();
    targets.insert(QStringLiteral("objectiveAnnual"), QStringLiteral("改过"));
    p.insert(QStringLiteral("targets"), targets);
    p.insert(QStringLiteral("name"), QStringLiteral("改名"));
    programs.replace(0, p);
    doc.insert(QStringLiteral("programs"), programs);
    Result<ImportSummary> s = JsonInterchange(*db).importPrograms(doc, agency);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().startsWith(QLatin1String("programs[0].targets:")), qPrintable(s.message()));
    // All or nothing: the program's new name was rolled back too.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM subject")).toString(), QStringLiteral("2025年农村公路养护项目"));
}

void TestJsonInterchange::streamedExportStartsWithHeader()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = unitDatabase(dir, QStringLiteral("e.jixiao"));
    const QUuid agency = Installation::selfAgency(*db)->meta.id;
    QJsonObject doc = example();
    QJsonArray programs = doc.value(QStringLiteral("programs")).toArray();
    for (const QString& name : { QStringLiteral("乙项目"), QStringLiteral("甲项目") }) {
        QJsonObject p = programs.at(0).toObject();
        p.insert(QStringLiteral("name"), name);
        programs.append(p);
    }
    doc.insert(QStringLiteral("programs"), programs);
    QVERIFY(JsonInterchange(*db).importPrograms(doc, agency).ok());

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    Result<int> written = JsonInterchange(*db).exportPrograms(agency, 2025, out);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(*written, 3);
    // The header comes before the programs, so that a reader streaming the file knows the year first.
    const QByteArray bytes = out.data();
    QVERIFY(bytes.indexOf("\"fiscalYear\": 2025") < bytes.indexOf("\"programs\""));
    QVERIFY(bytes.indexOf("\"version\": 1") < bytes.indexOf("\"programs\""));
    QJsonParseError error;
    const QJsonObject read = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read.value(QStringLiteral("format")).toString(), QStringLiteral("jixiao-programs"));
    const QJsonArray exported = read.value(QStringLiteral("programs")).toArray();
    QCOMPARE(exported.size(), 3);
    QCOMPARE(exported.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("2025年农村公路养护项目"));
    QCOMPARE(exported.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("甲项目"));

    // The streamed file imports as it is, in place.
    out.close();
    out.open(QIODevice::ReadOnly);
    Result<ImportSummary> again = JsonInterchange(*db).importPrograms(out, agency);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again->programsUpdated, 3);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM subject")).toInt(), 3);
}

void TestJsonInterchange::malformedFileNamesTheByte_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("offset");
    const QByteArray head = R"({"format": "jixiao-programs", "version": 1, "fiscalYear": 2025, "programs": [)";
    const qint64 end = head.size();
    QTest::newRow("not an object") << QByteArray("[1]") << qint64(0);
    QTest::newRow("empty file") << QByteArray() << qint64(0);
    QTest::newRow("ends inside the programs") << head + R"({"name": "a"})" << end + 13;
    QTest::newRow("ends inside a program") << head + R"({"name": "a")" << end;
    QTest::newRow("ends inside text") << head + R"({"name": "a)" << end;
    QTest::newRow("missing comma") << head + R"({"name": "a"} {"name": "b"}]})" << end + 14;
    QTest::newRow("trailing comma") << head + R"({"name": "a"},]})" << end + 14;
    QTest::newRow("bad inside a program") << head + R"({"name": "a", "amount": 1x}]})" << end + 24;
    QTest::newRow("number with a bare point") << head + R"({"name": "a", "weight": 1.}]})" << end + 24;
    QTest::newRow("duplicate key in a program") << head + R"({"name": "a", "name": "b"}]})" << end + 14;
    QTest::newRow("duplicate top-level key") << QByteArray(R"({"version": 1, "version": 1})") << qint64(15);
    QTest::newRow("raw control character") << head + "{\"name\": \"a\x01" "b\"}]}" << end + 11;
    QTest::newRow("more after the end") << head + R"(]} {})" << end + 3;
    QTest::newRow("key without quotes") << QByteArray(R"({format: 1})") << qint64(1);
    QTest::newRow("missing colon") << QByteArray(R"({"format" 1})") << qint64(10);
}

void TestJsonInterchange::malformedFileNamesTheByte()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, offset);
    QTemporaryDir dir;
    std::unique_ptr<Database> db = unitDatabase(dir, QStringLiteral("m.jixiao"));
    QBuffer in(&json);
    in.open(QIODevice::ReadOnly);
    Result<ImportSummary> s = JsonInterchange(*db).importPrograms(in, Installation::selfAgency(*db)->meta.id);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Invalid);
    QVERIFY2(s.message().contains(QStringLiteral("(at byte %1)").arg(offset)), qPrintable(s.message()));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM subject")).toInt(), 0);
}

void TestJsonInterchange::problemsOfEveryProgramAreReported()
{
    // A good program, a bad one, and a good one after it: the bad one stops writing, every
    // problem is still found, and the first program is rolled back.
    QTemporaryDir dir;
    std::unique_ptr<Database> db = unitDatabase(dir, QStringLiteral("p.jixiao"));
    const QUuid agency = Installation::selfAgency(*db)->meta.id;
    QJsonObject doc = example();
    QJsonArray programs = doc.value(QStringLiteral("programs")).toArray();
    QJsonObject bad = programs.at(0).toObject();
    bad.insert(QStringLiteral("name"), QStringLiteral("坏项目"));
    bad.insert(QStringLiteral("tags"), QStringLiteral("ppp"));
    programs.append(bad);
    QJsonObject third = programs.at(0).toObject();
    third.insert(QStringLiteral("name"), QStringLiteral("第三个项目"));
    third.insert(QStringLiteral("book"), QStringLiteral("nowhere"));
    programs.append(third);
    doc.insert(QStringLiteral("programs"), programs);
    JsonInterchange interchange(*db);
    Result<ImportSummary> s = interchange.importPrograms(doc, agency);
    QVERIFY(!s.ok());
    QCOMPARE(interchange.problems().size(), 2);
    QCOMPARE(interchange.problems().at(0).field, QStringLiteral("programs[1].tags"));
    QCOMPARE(interchange.problems().at(1).field, QStringLiteral("programs[2].book"));
    QCOMPARE(s.message().split(QLatin1Char('\n')).size(), 2);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM subject")).toInt(), 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM indicator")).toInt(), 0);
}

namespace {

// The example imported, and its export (with ids) to edit.
QJsonObject importedExample(Database& db)
{
    const QUuid agency = Installation::selfAgency(db)->meta.id;
    if (!JsonInterchange(db).importPrograms(example(), agency).ok())
        return {};
    return *JsonInterchange(db).exportPrograms(agency, 2025);
}

QJsonObject withProgram(QJsonObject doc, const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray programs = doc.value(QStringLiteral("programs")).toArray();
    QJsonObject p = programs.at(0).toObject();
    edit(p);
    programs.replace(0, p);
    doc.insert(QStringLiteral("programs"), programs);
    return doc;
}

int count(Database& db, const char* sql)
{
    return scalar(db, QString::fromLatin1(sql)).toInt();
}

} // namespace

void TestJsonInterchange::absentSectionsLeaveStoredRecords()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = unitDatabase(dir, QStringLiteral("u.jixiao"));
    const QUuid agency = Installation::selfAgency(*db)->meta.id;
    const QJsonObject exported = importedExample(*db);
    QVERIFY(!exported.isEmpty());
    // Only the program's own fields, and sections given as null: nothing else changes.
    const QJsonObject doc = withProgram(exported, [](QJsonObject& p) {
        p.remove(QStringLiteral("tags"));
        p.remove(QStringLiteral("monitoring"));
        p.insert(QStringLiteral("selfEvaluation"), QJsonValue::Null);
        QJsonObject targets = p.value(QStringLiteral("targets")).toObject();
        targets.remove(QStringLiteral("indicators"));
        targets.insert(QStringLiteral("objectiveAnnual"), QStringLiteral("改过的目标"));
        p.insert(QStringLiteral("targets"), targets);
        p.insert(QStringLiteral("name"), QStringLiteral("改名"));
    });
    Result<ImportSummary> s = JsonInterchange(*db).importPrograms(doc, agency);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM subject WHERE kind = 3")).toString(), QStringLiteral("改名"));
    QCOMPARE(count(*db, "SELECT count(*) FROM indicator WHERE deleted = 0"), 7);
    QCOMPARE(count(*db, "SELECT count(*) FROM monitoring_report"), 1);
    const Result<QJsonObject> again = JsonInterchange(*db).exportPrograms(agency, 2025);
    const QJsonObject p = again->value(QStringLiteral("programs")).toArray().at(0).toObject();
    const QJsonObject before = exported.value(QStringLiteral("programs")).toArray().at(0).toObject();
    QCOMPARE(p.value(QStringLiteral("tags")), before.value(QStringLiteral("tags")));
    QCOMPARE(p.value(QStringLiteral("selfEvaluation")), before.value(QStringLiteral("selfEvaluation")));
    QCOMPARE(p.value(QStringLiteral("monitoring")), before.value(QStringLiteral("monitoring")));
    QCOMPARE(p.value(QStringLiteral("targets")).toObject().value(QStringLiteral("indicators")),
        before.value(QStringLiteral("targets")).toObject().value(QStringLiteral("indicators")));
    QCOMPARE(p.value(QStringLiteral("targets")).toObject().value(QStringLiteral("objectiveAnnual")).toString(),
        QStringLiteral("改过的目标"));
}

void TestJsonInterchange::deletedMarkerRemovesAnIndicator()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = unitDatabase(dir, QStringLiteral("x.jixiao"));
    const QUuid agency = Installation::selfAgency(*db)->meta.id;
    const QJsonObject exported = importedExample(*db);
    // A list of one indicator keeps the six not named; the one marked deleted goes.
    QJsonObject doc = withProgram(exported, [](QJsonObject& p) {
        QJsonObject targets = p.value(QStringLiteral("targets")).toObject();
        targets.insert(QStringLiteral("indicators"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("完工时间") },
                { QStringLiteral("deleted"), true } } });
        p.insert(QStringLiteral("targets"), targets);
        p.remove(QStringLiteral("selfEvaluation"));
        p.remove(QStringLiteral("monitoring"));
    });
    Result<ImportSummary> s = JsonInterchange(*db).importPrograms(doc, agency);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(count(*db, "SELECT count(*) FROM indicator WHERE deleted = 0"), 6);
    QCOMPARE(count(*db, "SELECT count(*) FROM indicator WHERE deleted = 0 AND name = '完工时间'"), 0);
    // Deleting what is not there is a problem, and nothing is written.
    Result<ImportSummary> twice = JsonInterchange(*db).importPrograms(doc, agency);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.message().startsWith(QLatin1String("programs[0].targets.indicators[0].deleted:")),
        qPrintable(twice.message()));
    QCOMPARE(count(*db, "SELECT count(*) FROM indicator WHERE deleted = 0"), 6);
}

void TestJsonInterchange::wrongTypesNeverWipe_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::newRow("selfEvaluation text") << QStringLiteral("selfEvaluation") << QJsonValue(QStringLiteral("x"))
                                         << QStringLiteral("programs[0].selfEvaluation: must be an object");
    QTest::newRow("targets number") << QStringLiteral("targets") << QJsonValue(5)
                                    << QStringLiteral("programs[0].targets: must be an object");
    QTest::newRow("tags text") << QStringLiteral("tags") << QJsonValue(QStringLiteral("ppp"))
                               << QStringLiteral("programs[0].tags: must be a list");
    QTest::newRow("monitoring object") << QStringLiteral("monitoring") << QJsonValue(QJsonObject())
                                       << QStringLiteral("programs[0].monitoring: must be a list");
    QTest::newRow("indicators object") << QStringLiteral("targets")
                                       << QJsonValue(QJsonObject { { QStringLiteral("indicators"), QJsonObject() } })
                                       << QStringLiteral("programs[0].targets.indicators: must be a list");
    QTest::newRow("misspelt section") << QStringLiteral("selfEvalution") << QJsonValue(QJsonObject())
                                      << QStringLiteral("programs[0].selfEvalution: is not a field");
}

void TestJsonInterchange::wrongTypesNeverWipe()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QTemporaryDir dir;
    std::unique_ptr<Database> db = unitDatabase(dir, QStringLiteral("w.jixiao"));
    const QUuid agency = Installation::selfAgency(*db)->meta.id;
    const QJsonObject exported = importedExample(*db);
    const QJsonObject doc = withProgram(exported, [&](QJsonObject& p) { p.insert(member, value); });
    Result<ImportSummary> s = JsonInterchange(*db).importPrograms(doc, agency);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().startsWith(path), qPrintable(s.message()));
    QCOMPARE(JsonInterchange(*db).exportPrograms(agency, 2025)->value(QStringLiteral("programs")),
        exported.value(QStringLiteral("programs")));
}

QTEST_GUILESS_MAIN(TestJsonInterchange)
#include "TestJsonInterchange.moc"
