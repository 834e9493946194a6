#include "core/domain/EnumTable.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>
#include <map>

using namespace jx;

namespace {

// One enumeration seen through ints and strings, so that rows of one table can hold them all.
struct EnumOps
{
    QString typeName;
    QList<int> stored; ///< the table's values in table order
    std::function<std::optional<int>(const QString&)> fromCode;
    std::function<QString(int)> codeOf;
    std::function<QString(int)> nameOf;
    std::function<QStringList()> codes;
    std::function<Result<int>(const QVariant&, const QString&)> fromStored;
    std::function<Result<std::optional<int>>(const QVariant&, const QString&)> fromStoredOptional;
};

template <typename E>
EnumOps opsOf()
{
    EnumOps ops;
    ops.typeName = QString::fromUtf8(tableOf<E>().typeName);
    for (const EnumEntry<E>& e : enumEntries<E>())
        ops.stored << static_cast<int>(e.value);
    ops.fromCode = [](const QString& code) -> std::optional<int> {
        const std::optional<E> v = fromCode<E>(code);
        return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
    };
    ops.codeOf = [](int v) { return codeOf(fromInt<E>(v).value()); };
    ops.nameOf = [](int v) { return Names::of(fromInt<E>(v).value()); };
    ops.codes = [] { return codesOf<E>(); };
    ops.fromStored = [](const QVariant& v, const QString& where) -> Result<int> {
        Result<E> r = fromStored<E>(v, where);
        if (!r)
            return r.error();
        return static_cast<int>(*r);
    };
    ops.fromStoredOptional = [](const QVariant& v, const QString& where) -> Result<std::optional<int>> {
        Result<std::optional<E>> r = fromStoredOptional<E>(v, where);
        if (!r)
            return r.error();
        return r->has_value() ? std::optional<int>(static_cast<int>(**r)) : std::nullopt;
    };
    return ops;
}

// Every enumeration with a table, by name. Types.h is read to prove none is missing.
const std::map<QString, EnumOps>& allEnums()
{
    static const std::map<QString, EnumOps> all = [] {
        std::map<QString, EnumOps> m;
        auto add = [&m](EnumOps ops) { m.emplace(ops.typeName, std::move(ops)); };
        add(opsOf<BudgetBook>());
        add(opsOf<SubjectKind>());
        add(opsOf<ProgramKind>());
        add(opsOf<FundingTag>());
        add(opsOf<AgencyKind>());
        add(opsOf<DivisionRank>());
        add(opsOf<Grade>());
        add(opsOf<RecordStatus>());
        add(opsOf<IndicatorOperator>());
        add(opsOf<EvaluationStandard>());
        add(opsOf<FrameworkKind>());
        add(opsOf<AssessmentDimension>());
        add(opsOf<AssessorKind>());
        add(opsOf<AssessmentConclusion>());
        add(opsOf<Likelihood>());
        add(opsOf<DeviationCause>());
        add(opsOf<QualitativeLevel>());
        add(opsOf<FundSource>());
        add(opsOf<ReviewDecision>());
        add(opsOf<RecordKind>());
        add(opsOf<ApplicationDecision>());
        add(opsOf<BudgetStage>());
        add(opsOf<OrderKind>());
        add(opsOf<Role>());
        return m;
    }();
    return all;
}

// The enumerations as declared: name -> (value name -> integer).
std::map<QString, std::map<QString, int>> declaredEnums()
{
    QFile f(QStringLiteral(JIXIAO_SOURCE_DIR "/core/domain/Types.h"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    text.remove(QRegularExpression(QStringLiteral("//[^\n]*"))); // comments hold no declarations
    std::map<QString, std::map<QString, int>> out;
    const QRegularExpression enumRe(QStringLiteral("enum class (\\w+)\\s*\\{([^}]*)\\}"));
    const QRegularExpression valueRe(QStringLiteral("(\\w+)\\s*=\\s*(0x[0-9A-Fa-f]+|-?\\d+)"));
    for (const QRegularExpressionMatch& e : enumRe.globalMatch(text)) {
        std::map<QString, int>& values = out[e.captured(1)];
        for (const QRegularExpressionMatch& v : valueRe.globalMatch(e.captured(2)))
            values[v.captured(1)] = v.captured(2).toInt(nullptr, 0);
    }
    return out;
}

const QString where = QStringLiteral("table subject, column kind");

} // namespace

Q_DECLARE_METATYPE(const EnumOps*)

class TestEnums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDeclaredEnumHasItsTable_data();
    void everyDeclaredEnumHasItsTable();
    void valueRoundTrips_data();
    void valueRoundTrips();
    void codesAreUniqueAndNamed_data();
    void codesAreUniqueAndNamed();
    void badStoredValueNamesEnumAndPlace_data();
    void badStoredValueNamesEnumAndPlace();
    void unknownCodeRejected_data();
    void unknownCodeRejected();
    void documentedCodes_data();
    void documentedCodes();
    void nullableColumns();
    void aliasesAreAcceptedNotWritten();
    void fundingTagFlags();
};

void TestEnums::everyDeclaredEnumHasItsTable_data()
{
    QTest::addColumn<QString>("enumName");
    QTest::addColumn<QList<int>>("declared");
    const auto declared = declaredEnums();
    QVERIFY2(declared.size() >= 24, "could not read the enumerations of core/domain/Types.h");
    for (const auto& [name, values] : declared) {
        QList<int> ints;
        for (const auto& [valueName, v] : values)
            ints << v;
        std::sort(ints.begin(), ints.end());
        QTest::newRow(qPrintable(name)) << name << ints;
    }
}

void TestEnums::everyDeclaredEnumHasItsTable()
{
    QFETCH(QString, enumName);
    QFETCH(QList<int>, declared);
    const auto it = allEnums().find(enumName);
    QVERIFY2(it != allEnums().end(), qPrintable(enumName + QStringLiteral(" has no table in EnumTable.cpp")));
    QList<int> tabled = it->second.stored;
    std::sort(tabled.begin(), tabled.end());
    QCOMPARE(tabled, declared); // a value added to Types.h needs its row
}

void TestEnums::valueRoundTrips_data()
{
    QTest::addColumn<const EnumOps*>("ops");
    QTest::addColumn<int>("stored");
    for (const auto& [name, ops] : allEnums()) {
        for (int v : ops.stored)
            QTest::addRow("%s/%d", qPrintable(name), v) << &ops << v;
    }
}

void TestEnums::valueRoundTrips()
{
    QFETCH(const EnumOps*, ops);
    QFETCH(int, stored);
    const QString code = ops->codeOf(stored);
    QVERIFY(!code.isEmpty());
    QCOMPARE(ops->fromCode(code), std::optional<int>(stored));
    Result<int> back = ops->fromStored(QVariant(stored), where);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(*back, stored);
    // SQLite hands integers back as qlonglong.
    Result<int> wide = ops->fromStored(QVariant(qlonglong(stored)), where);
    QVERIFY2(wide.ok(), qPrintable(wide.message()));
    QCOMPARE(*wide, stored);
    QVERIFY(!ops->nameOf(stored).trimmed().isEmpty());
}

void TestEnums::codesAreUniqueAndNamed_data()
{
    QTest::addColumn<const EnumOps*>("ops");
    for (const auto& [name, ops] : allEnums())
        QTest::newRow(qPrintable(name)) << &ops;
}

void TestEnums::codesAreUniqueAndNamed()
{
    QFETCH(const EnumOps*, ops);
    const QStringList codes = ops->codes();
    QCOMPARE(codes.size(), ops->stored.size());
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    QCOMPARE(QSet<int>(ops->stored.begin(), ops->stored.end()).size(), ops->stored.size());
    for (const QString& c : codes) {
        // Codes go on command lines and into JSON: no spaces, no capitals.
        QVERIFY2(!c.isEmpty() && c == c.toLower() && !c.contains(QLatin1Char(' ')), qPrintable(c));
    }
}

void TestEnums::badStoredValueNamesEnumAndPlace_data()
{
    QTest::addColumn<const EnumOps*>("ops");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("shown");
    for (const auto& [name, ops] : allEnums()) {
        for (int v : { 0, 99, -1, 1000 }) {
            if (!ops.stored.contains(v))
                QTest::addRow("%s/%d", qPrintable(name), v) << &ops << QVariant(v) << QString::number(v);
        }
        QTest::addRow("%s/null", qPrintable(name)) << &ops << QVariant() << QStringLiteral("NULL");
        QTest::addRow("%s/text", qPrintable(name)) << &ops << QVariant(QStringLiteral("abc")) << QStringLiteral("abc");
        QTest::addRow("%s/fraction", qPrintable(name)) << &ops << QVariant(1.5) << QStringLiteral("1.5");
    }
}

void TestEnums::badStoredValueNamesEnumAndPlace()
{
    QFETCH(const EnumOps*, ops);
    QFETCH(QVariant, value);
    QFETCH(QString, shown);
    Result<int> r = ops->fromStored(value, where);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Storage);
    QVERIFY2(r.message().contains(ops->typeName), qPrintable(r.message()));
    QVERIFY2(r.message().contains(where), qPrintable(r.message()));
    QVERIFY2(r.message().contains(shown), qPrintable(r.message()));
}

void TestEnums::unknownCodeRejected_data()
{
    QTest::addColumn<const EnumOps*>("ops");
    QTest::addColumn<QString>("code");
    for (const auto& [name, ops] : allEnums()) {
        const QString first = ops.codes().constFirst();
        QTest::addRow("%s/empty", qPrintable(name)) << &ops << QString();
        QTest::addRow("%s/nonsense", qPrintable(name)) << &ops << QStringLiteral("no-such-code");
        QTest::addRow("%s/number", qPrintable(name)) << &ops << QString::number(ops.stored.constFirst());
        if (first != first.toUpper())
            QTest::addRow("%s/capitals", qPrintable(name)) << &ops << first.toUpper();
        QTest::addRow("%s/spaces", qPrintable(name)) << &ops << QLatin1Char(' ') + first;
    }
}

void TestEnums::unknownCodeRejected()
{
    QFETCH(const EnumOps*, ops);
    QFETCH(QString, code);
    QCOMPARE(ops->fromCode(code), std::nullopt);
}

void TestEnums::documentedCodes_data()
{
    // docs/json-format.md and docs/cli.md promise these spellings; they must never change.
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("documented");
    auto row = [](const char* name, const QStringList& codes, const char* documented) {
        QTest::newRow(name) << codes << QString::fromUtf8(documented).split(QLatin1Char(' '));
    };
    row("BudgetBook", codesOf<BudgetBook>(), "general-public government-fund state-capital social-insurance");
    row("ProgramKind", codesOf<ProgramKind>(), "project policy special-transfer");
    row("FundingTag", codesOf<FundingTag>(), "ppp investment-fund procurement purchased-service debt");
    row("IndicatorOperator", codesOf<IndicatorOperator>(), ">= > = < <= qualitative");
    row("EvaluationStandard", codesOf<EvaluationStandard>(), "plan industry history other");
    row("Likelihood", codesOf<Likelihood>(), "certain possible impossible");
    row("DeviationCause", codesOf<DeviationCause>(), "funding rules staffing equipment other");
    row("QualitativeLevel", codesOf<QualitativeLevel>(), "achieved partly not-achieved");
    row("FundSource", codesOf<FundSource>(), "appropriation carry-over other");
    row("AgencyKind", codesOf<AgencyKind>(), "finance unit");
    row("RecordKind", codesOf<RecordKind>(), "assessment targets monitoring evaluation application");
    row("Role", codesOf<Role>(), "preparer head reviewer admin");
    row("OrderKind", codesOf<OrderKind>(), "rectify suspend stop");
    row("ApplicationDecision", codesOf<ApplicationDecision>(), "increase keep reduce cancel");
}

void TestEnums::documentedCodes()
{
    QFETCH(QStringList, codes);
    QFETCH(QStringList, documented);
    QCOMPARE(codes, documented);
}

void TestEnums::nullableColumns()
{
    Result<std::optional<int>> none = allEnums().at(QStringLiteral("DeviationCause")).fromStoredOptional(QVariant(), where);
    QVERIFY(none.ok());
    QCOMPARE(*none, std::nullopt);
    Result<std::optional<DeviationCause>> some = fromStoredOptional<DeviationCause>(QVariant(3), where);
    QVERIFY(some.ok());
    QCOMPARE(*some, std::optional<DeviationCause>(DeviationCause::Staffing));
    Result<std::optional<DeviationCause>> bad = fromStoredOptional<DeviationCause>(QVariant(9), where);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.message().contains(QStringLiteral("DeviationCause")), qPrintable(bad.message()));
}

void TestEnums::aliasesAreAcceptedNotWritten()
{
    // resources/seed/framework.json spells the frameworks as in C++.
    QCOMPARE(fromCode<FrameworkKind>(u"ProgramTargets"), std::optional<FrameworkKind>(FrameworkKind::ProgramTargets));
    QCOMPARE(fromCode<FrameworkKind>(u"program-targets"), std::optional<FrameworkKind>(FrameworkKind::ProgramTargets));
    QCOMPARE(codeOf(FrameworkKind::ProgramTargets), QStringLiteral("program-targets"));
    QVERIFY(!codesOf<FrameworkKind>().contains(QStringLiteral("ProgramTargets")));
}

void TestEnums::fundingTagFlags()
{
    QCOMPARE(allFlags<FundingTag>(), AllFundingTags);
    QVERIFY(tableOf<FundingTag>().flags);
    const int ppp = static_cast<int>(FundingTag::Ppp);
    const int debt = static_cast<int>(FundingTag::DebtProject);
    QCOMPARE(codesOfFlags<FundingTag>(ppp | debt), (QStringList { QStringLiteral("ppp"), QStringLiteral("debt") }));
    QCOMPARE(codesOfFlags<FundingTag>(0), QStringList());
    Result<int> all = flagsFromStored<FundingTag>(AllFundingTags, where);
    QVERIFY(all.ok());
    QCOMPARE(*all, AllFundingTags);
    QCOMPARE(*flagsFromStored<FundingTag>(QVariant(), where), 0);
    QCOMPARE(*flagsFromStored<FundingTag>(QVariant(qlonglong(ppp | debt)), where), ppp | debt);
    for (int bad : { 0x20, 0x21, -1 }) {
        Result<int> r = flagsFromStored<FundingTag>(bad, where);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Storage);
        QVERIFY2(r.message().contains(QStringLiteral("FundingTag")) && r.message().contains(where)
                     && r.message().contains(QString::number(bad)),
                 qPrintable(r.message()));
    }
    QVERIFY(!flagsFromStored<FundingTag>(QVariant(QStringLiteral("x")), where).ok());
}

QTEST_GUILESS_MAIN(TestEnums)
#include "TestEnums.moc"
