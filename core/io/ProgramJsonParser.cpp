// Longer than our usual file: every section of a program in the interchange format is checked
// here, field by field, next to the small reader (FieldReader) that names each field's path,
// so that the format (docs/json-format.md) and its checks read side by side.

#include "core/io/ProgramJsonParser.h"

#include "core/domain/EnumTable.h"
#include "core/domain/PrintableText.h"
#include "core/io/JsonInterchange.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/FrameworkRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace jx {

QUuid ProgramJsonParser::strictUuid(const QString& text)
{
    // Only the form export writes (8-4-4-4-12 hexadecimal digits): QUuid::fromString also takes
    // braces, and text after the id.
    if (text.size() != 36)
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (dash ? c != '-' : !hex)
            return {};
    }
    return QUuid::fromString(text);
}

namespace {

// Where a value is in the document ("programs[2].targets.indicators[0]"), as a chain of parts
// on the stack: the text is made only for a problem, which is rare, not for every element read.
class Path
{
public:
    Path(const Path* parent, const char* name, qsizetype index = -1)
        : m_parent(parent)
        , m_name(name)
        , m_index(index)
    { }

    QString toString() const
    {
        QString out = m_parent ? m_parent->toString() + QLatin1Char('.') : QString();
        out += QLatin1String(m_name);
        if (m_index >= 0)
            out += QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
        return out;
    }

private:
    const Path* m_parent;
    const char* m_name;
    qsizetype m_index;
};

// Where a value is, for a problem: a member of a Path, or a text already made. The text of a
// member is made only when there is a problem to report.
class Where
{
public:
    Where(const Path& path, const char* key)
        : m_path(&path)
        , m_key(key)
    { }
    Where(const QString& text) // NOLINT(google-explicit-constructor): a made text is a place too
        : m_text(&text)
    { }

    QString toString() const
    {
        return m_text ? *m_text : m_path->toString() + QLatin1Char('.') + QLatin1String(m_key);
    }

private:
    const Path* m_path = nullptr;
    const char* m_key = nullptr;
    const QString* m_text = nullptr;
};

// Reads the fields of one object of a JsonTree, adding a problem with its path for each bad one.
// Every value is checked against the type the format gives it; a value of another type is a
// problem, never read as empty. An object node may be JsonTree::Undefined (a section that is
// absent), read as an object with no members.
class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    FieldReader(const JsonTree& tree, QList<Problem>& problems)
        : m_t(tree)
        , m_problems(problems)
    { }

    void problem(const QString& path, const QString& reason) { m_problems << Problem::at(path, reason); }
    void problem(const Path& path, const QString& reason) { problem(path.toString(), reason); }
    void problem(const Where& where, const QString& reason) { problem(where.toString(), reason); }

    static QString at(const Path& path, const char* key)
    {
        return path.toString() + QLatin1Char('.') + QLatin1String(key);
    }

    int value(int o, const char* key) const { return m_t.member(o, QLatin1StringView(key)); }
    // Absent and null are alike: nothing given.
    bool given(int v) const { return !m_t.isUndefined(v) && !m_t.isNull(v); }
    bool has(int o, const char* key) const { return given(value(o, key)); }

    // How a value of the wrong type is named in a message: its type, and the value when short.
    QString shown(int v) const
    {
        if (m_t.isString(v))
            return tr("the text “%1”").arg(printableText(m_t.toString(v), 40));
        if (m_t.isDouble(v))
            return tr("the number %1").arg(QString::number(m_t.toDouble(v), 'g', 17));
        if (m_t.isBool(v))
            return m_t.toBool(v) ? QStringLiteral("true") : QStringLiteral("false");
        if (m_t.isArray(v))
            return tr("a list");
        if (m_t.isObject(v))
            return tr("an object");
        return QStringLiteral("null");
    }

    void wrongType(const Where& where, const QString& expected, int v)
    {
        problem(where.toString(), tr("must be %1, not %2").arg(expected, shown(v)));
    }

    // Refuses members the format does not have, so that a misspelt section is not taken for an
    // absent one (which would leave the stored records unchanged without a word).
    void onlyMembers(int o, const Path& path, std::initializer_list<const char*> known, const QString& reason = {})
    {
        if (!m_t.isObject(o))
            return;
        for (qsizetype i = 0; i < m_t.memberCount(o); ++i) {
            bool ok = false;
            for (const char* k : known)
                ok = ok || m_t.keyIs(o, i, QLatin1StringView(k));
            if (!ok) {
                problem(path.toString() + QLatin1Char('.') + printableText(m_t.keyAt(o, i), 60),
                    reason.isEmpty() ? tr("is not a field of the format (see docs/json-format.md)") : reason);
            }
        }
    }

    // A section that is an object: Undefined when absent or null (nothing given), else the object.
    int section(int o, const Path& path, const char* key)
    {
        const int v = value(o, key);
        if (!given(v))
            return JsonTree::Undefined;
        if (!m_t.isObject(v)) {
            wrongType(at(path, key), tr("an object"), v);
            return JsonTree::Undefined;
        }
        return v;
    }

    QString text(int o, const Path& path, const char* key, bool required = false)
    {
        return textOf(value(o, key), Where(path, key), required);
    }

    QString textOf(int v, const Where& where, bool required = false)
    {
        if (!given(v)) {
            if (required)
                problem(where, tr("is required"));
            return {};
        }
        if (!m_t.isString(v)) {
            wrongType(where, tr("text"), v);
            return {};
        }
        QString t = m_t.toString(v);
        if (required && QStringView(t).trimmed().isEmpty())
            problem(where, tr("is empty"));
        return t;
    }

    bool flag(int o, const Path& path, const char* key)
    {
        const int v = value(o, key);
        if (!given(v))
            return false;
        if (!m_t.isBool(v)) {
            wrongType(at(path, key), tr("true or false"), v);
            return false;
        }
        return m_t.toBool(v);
    }

    std::optional<double> number(int o, const Path& path, const char* key, bool required = false)
    {
        const int v = value(o, key);
        if (!given(v)) {
            if (required)
                problem(at(path, key), tr("is required"));
            return std::nullopt;
        }
        if (!m_t.isDouble(v) || !std::isfinite(m_t.toDouble(v))) {
            wrongType(at(path, key), tr("a number"), v);
            return std::nullopt;
        }
        return m_t.toDouble(v);
    }

    std::optional<int> wholeNumber(int o, const Path& path, const char* key, bool required = false)
    {
        const std::optional<double> d = number(o, path, key, required);
        if (!d)
            return std::nullopt;
        if (*d != std::floor(*d) || std::abs(*d) > 1e9) {
            problem(at(path, key), tr("must be a whole number, not %1").arg(QString::number(*d, 'g', 17)));
            return std::nullopt;
        }
        return int(*d);
    }

    Money amount(int o, const Path& path, const char* key, bool required = false)
    {
        const int v = value(o, key);
        if (!given(v)) {
            if (required)
                problem(at(path, key), tr("is required"));
            return {};
        }
        if (!m_t.isString(v)) {
            problem(at(path, key),
                tr("write amounts as text in yuan, like “1234.56” or “12.3万”, not %1").arg(shown(v)));
            return {};
        }
        Result<Money> m = Money::parse(m_t.toString(v));
        if (!m) {
            problem(at(path, key), printableText(m.message(), 200));
            return {};
        }
        if (m->isNegative())
            problem(at(path, key), tr("must not be negative"));
        return *m;
    }

    QUuid id(int o, const Path& path)
    {
        const QString t = text(o, path, "id");
        if (t.isEmpty())
            return {};
        const QUuid u = ProgramJsonParser::strictUuid(t);
        if (u.isNull()) {
            problem(at(path, "id"),
                tr("“%1” is not an id; write it like “b7446171-f90e-4555-965c-7b31336ef988”").arg(printableText(t, 60)));
        }
        return u;
    }

    template <TabledEnum E>
    std::optional<E> choice(int o, const Path& path, const char* key,
        std::optional<E> fallback = std::nullopt, bool required = false)
    {
        return choiceOf<E>(value(o, key), Where(path, key), fallback, required);
    }

    template <TabledEnum E>
    std::optional<E> choiceOf(int v, const Where& where, std::optional<E> fallback = std::nullopt, bool required = false)
    {
        const QString t = textOf(v, where, required);
        if (t.isEmpty())
            return fallback;
        if (const std::optional<E> e = fromCode<E>(t))
            return e;
        problem(where,
            tr("unknown value “%1”; use one of %2").arg(printableText(t, 60), codesOf<E>().join(QStringLiteral(", "))));
        return fallback;
    }

    // A list member: Undefined when absent or null (nothing given), else the list.
    int list(int o, const Path& path, const char* key)
    {
        const int v = value(o, key);
        if (!given(v))
            return JsonTree::Undefined;
        if (!m_t.isArray(v)) {
            wrongType(at(path, key), tr("a list"), v);
            return JsonTree::Undefined;
        }
        return v;
    }

    qsizetype size(int list) const { return m_t.size(list); }

    // An element of a list that must be an object.
    int element(int list, qsizetype index, const Path& path)
    {
        const int v = m_t.at(list, index);
        if (!m_t.isObject(v)) {
            wrongType(path.toString(), tr("an object"), v);
            return JsonTree::Undefined;
        }
        return v;
    }

private:
    const JsonTree& m_t;
    QList<Problem>& m_problems;
};

} // namespace

Result<int> ProgramJsonParser::checkHeader(
    const QJsonValue& format, const QJsonValue& version, const QJsonValue& fiscalYear, QList<Problem>& problems)
{
    const auto whole = [](const QJsonValue& v) {
        return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 1e9
            ? std::optional<int>(int(v.toDouble()))
            : std::nullopt;
    };
    if (!format.isString() || format.toString() != QLatin1String("jixiao-programs"))
        problems << Problem::at(QStringLiteral("format"), tr("must be “jixiao-programs”"));
    const std::optional<int> v = whole(version);
    if (v && *v > JsonInterchange::FormatVersion) {
        return makeError(Error::Code::Version,
            tr("The file is of format version %1; this version of Jixiao reads up to %2. Please update Jixiao.")
                .arg(*v)
                .arg(JsonInterchange::FormatVersion));
    }
    if (version.isUndefined() || version.isNull())
        problems << Problem::at(QStringLiteral("version"), tr("is missing"));
    else if (!v || *v < 1)
        problems << Problem::at(QStringLiteral("version"), tr("must be a whole number from 1"));
    const std::optional<int> year = whole(fiscalYear);
    if (!year || *year < 2000 || *year > 2100) {
        problems << Problem::at(QStringLiteral("fiscalYear"), tr("must be a year from 2000 to 2100"));
        return 0;
    }
    return *year;
}

Result<ProgramJsonParser> ProgramJsonParser::forAgency(Database& db, const QUuid& agencyId, int fiscalYear)
{
    Result<std::optional<Agency>> agency = AgencyRepository(db).find(agencyId);
    if (!agency)
        return agency.error();
    if (!agency->has_value()) {
        return makeError(
            Error::Code::NotFound, tr("There is no agency with id %1.").arg(agencyId.toString(QUuid::WithoutBraces)));
    }
    ProgramJsonParser parser;
    parser.m_year = fiscalYear;
    parser.m_agencyId = agencyId;
    parser.m_divisionCode = (*agency)->divisionCode;
    if (fiscalYear >= 2000) {
        Result<QList<IndicatorCategory>> cats
            = FrameworkRepository(db).categories(FrameworkKind::ProgramTargets, fiscalYear);
        if (!cats)
            return cats.error();
        for (const IndicatorCategory& c : *cats) {
            if (c.level == 2)
                parser.m_categoryByName.insert(c.name, c.meta.id);
        }
    }
    return parser;
}

ImportedProgram ProgramJsonParser::parse(
    const JsonTree& tree, int value, qsizetype index, QList<Problem>& problems) const
{
    FieldReader rd(tree, problems);
    ImportedProgram p;
    const Path path(nullptr, "programs", index);
    p.path = path.toString();
    if (!tree.isObject(value)) {
        rd.wrongType(p.path, tr("an object"), value);
        return p;
    }
    const int po = value;
    rd.onlyMembers(po, path,
        { "id", "name", "code", "book", "kind", "amount", "functionCode", "tags", "new", "major", "midYear", "targets",
            "monitoring", "selfEvaluation" });
    const int year = m_year;
    Subject& s = p.subject;
    s.meta.id = rd.id(po, path);
    s.kind = SubjectKind::Program;
    s.fiscalYear = year;
    s.agencyId = m_agencyId;
    s.divisionCode = m_divisionCode;
    s.name = rd.text(po, path, "name", true);
    s.code = rd.text(po, path, "code");
    s.book = *rd.choice(po, path, "book", std::optional<BudgetBook>(BudgetBook::GeneralPublic));
    s.programKind = *rd.choice(po, path, "kind", std::optional<ProgramKind>(ProgramKind::Project));
    s.amount = rd.amount(po, path, "amount", true);
    s.functionCode = rd.text(po, path, "functionCode");
    s.isNew = rd.flag(po, path, "new");
    s.isMajor = rd.flag(po, path, "major");
    s.isMidYear = rd.flag(po, path, "midYear");
    const int tagList = rd.list(po, path, "tags");
    p.tagsGiven = tagList != JsonTree::Undefined;
    for (qsizetype ti = 0; ti < rd.size(tagList); ++ti) {
        const QString where = Path(&path, "tags", ti).toString();
        if (const std::optional<FundingTag> t
            = rd.choiceOf(tree.at(tagList, ti), where, std::optional<FundingTag>(), true)) {
            if (s.fundingTags & static_cast<int>(*t))
                rd.problem(where, tr("“%1” appears twice in the tags").arg(codeOf(*t)));
            s.fundingTags |= static_cast<int>(*t);
        }
    }
    // Without an id the program is new: its entries can name only the indicators of this document.
    const bool surelyNew = !rd.has(po, "id");

    QSet<QString> indicatorNames;
    QSet<QString> deletedNames;
    const int to = rd.section(po, path, "targets");
    if (to != JsonTree::Undefined) {
        const Path tpath(&path, "targets");
        rd.onlyMembers(to, tpath, { "id", "status", "objectiveAnnual", "objectiveMidTerm", "indicators" });
        (void)rd.text(to, tpath, "status"); // as export writes it; never read (the workflow moves it)
        TargetSet set;
        set.meta.id = rd.id(to, tpath); // record ids travel, as `records` and `export` show them
        set.fiscalYear = year;
        set.objectiveAnnual = rd.text(to, tpath, "objectiveAnnual");
        set.objectiveMidTerm = rd.text(to, tpath, "objectiveMidTerm");
        const int inds = rd.list(to, tpath, "indicators");
        p.indicatorsGiven = inds != JsonTree::Undefined;
        QSet<QUuid> indicatorIds;
        for (qsizetype ii = 0; ii < rd.size(inds); ++ii) {
            const Path ipath(&tpath, "indicators", ii);
            const int io = rd.element(inds, ii, ipath);
            if (io == JsonTree::Undefined)
                continue;
            Indicator ind;
            ind.meta.id = rd.id(io, ipath);
            if (!ind.meta.id.isNull()) {
                if (indicatorIds.contains(ind.meta.id))
                    rd.problem(FieldReader::at(ipath, "id"), tr("the same id appears twice in the targets"));
                indicatorIds.insert(ind.meta.id);
            }
            if (rd.flag(io, ipath, "deleted")) {
                // Removal is only ever asked for by name or id: every other field is refused.
                rd.onlyMembers(io, ipath, { "id", "name", "deleted" },
                    tr("a deleted indicator has only “id”, “name” and “deleted”"));
                ImportedProgram::Removal removal { FieldReader::at(ipath, "deleted"), ind.meta.id,
                    rd.text(io, ipath, "name", ind.meta.id.isNull()) };
                if (!removal.name.isEmpty()) {
                    if (indicatorNames.contains(removal.name) || deletedNames.contains(removal.name)) {
                        rd.problem(FieldReader::at(ipath, "name"),
                            tr("“%1” appears twice in the targets").arg(printableText(removal.name, 60)));
                    }
                    deletedNames.insert(removal.name);
                }
                p.deletedIndicators << removal;
                continue;
            }
            rd.onlyMembers(io, ipath,
                { "id", "category", "name", "operator", "target", "unit", "weight", "standard", "content", "deleted" });
            ind.name = rd.text(io, ipath, "name", true);
            if (indicatorNames.contains(ind.name) || deletedNames.contains(ind.name)) {
                rd.problem(FieldReader::at(ipath, "name"),
                    tr("“%1” appears twice in the targets").arg(printableText(ind.name, 60)));
            }
            indicatorNames.insert(ind.name);
            const QString category = rd.text(io, ipath, "category");
            if (!category.isEmpty() && year >= 2000) { // else the fiscal year is the problem
                ind.categoryId = m_categoryByName.value(category);
                if (ind.categoryId.isNull()) {
                    rd.problem(FieldReader::at(ipath, "category"),
                        tr("“%1” is not a category of the %2 framework").arg(printableText(category, 60)).arg(year));
                }
            }
            ind.op = rd.choice(io, ipath, "operator", std::optional<IndicatorOperator>(), true)
                         .value_or(IndicatorOperator::AtLeast);
            const int target = rd.value(io, "target");
            if (ind.op == IndicatorOperator::Qualitative) {
                if (rd.given(target) && !tree.isString(target))
                    rd.wrongType(FieldReader::at(ipath, "target"), tr("text (the indicator is qualitative)"), target);
                else
                    ind.targetText = tree.toString(target);
            } else if (tree.isDouble(target)) {
                ind.targetValue = tree.toDouble(target);
                ind.targetText = QString::number(tree.toDouble(target));
            } else if (!rd.given(target)) {
                rd.problem(FieldReader::at(ipath, "target"), tr("is required"));
            } else {
                rd.problem(FieldReader::at(ipath, "target"),
                    tr("a %1 indicator needs a number, not “%2”")
                        .arg(Names::of(ind.op),
                            printableText(tree.toJsonValue(target).toVariant().toString(), 40)));
            }
            ind.unit = rd.text(io, ipath, "unit");
            ind.weight = rd.number(io, ipath, "weight").value_or(0);
            if (ind.weight < 0)
                rd.problem(FieldReader::at(ipath, "weight"), tr("must not be negative"));
            ind.standard
                = *rd.choice(io, ipath, "standard", std::optional<EvaluationStandard>(EvaluationStandard::Plan));
            ind.content = rd.text(io, ipath, "content");
            set.indicators << ind;
        }
        p.targets = set;
    }
    // An entry names an indicator of this document's targets or, for a program that may exist,
    // one already stored (which the applier resolves); never one this document deletes.
    const auto checkIndicatorName = [&](const QString& name, const Path& epath) {
        if (name.isEmpty())
            return;
        if (deletedNames.contains(name)) {
            rd.problem(FieldReader::at(epath, "indicator"),
                tr("“%1” is deleted by this document").arg(printableText(name, 60)));
        } else if (surelyNew && !indicatorNames.contains(name)) {
            rd.problem(FieldReader::at(epath, "indicator"),
                tr("“%1” is not an indicator of this program's targets").arg(printableText(name, 60)));
        }
    };

    const int months = rd.list(po, path, "monitoring");
    QSet<int> monthsSeen;
    for (qsizetype mi = 0; mi < rd.size(months); ++mi) {
        const Path mpath(&path, "monitoring", mi);
        const int mo = rd.element(months, mi, mpath);
        if (mo == JsonTree::Undefined)
            continue;
        rd.onlyMembers(mo, mpath, { "id", "status", "month", "budget", "executed", "forecastYearEnd", "note", "entries" });
        (void)rd.text(mo, mpath, "status");
        ImportedProgram::Report pr;
        pr.path = mpath.toString();
        MonitoringReport& r = pr.report;
        r.meta.id = rd.id(mo, mpath);
        r.fiscalYear = year;
        const std::optional<int> month = rd.wholeNumber(mo, mpath, "month", true);
        r.month = month.value_or(0);
        if (month && (r.month < 1 || r.month > 12)) {
            rd.problem(FieldReader::at(mpath, "month"), tr("must be 1 to 12"));
        } else if (month && monthsSeen.contains(r.month)) {
            rd.problem(FieldReader::at(mpath, "month"), tr("month %1 appears twice in the monitoring").arg(r.month));
        }
        monthsSeen.insert(r.month);
        r.budget = rd.amount(mo, mpath, "budget");
        if (r.budget.isZero())
            r.budget = s.amount;
        r.executed = rd.amount(mo, mpath, "executed", true);
        r.forecastYearEnd = rd.amount(mo, mpath, "forecastYearEnd");
        r.note = rd.text(mo, mpath, "note");
        const int entries = rd.list(mo, mpath, "entries");
        pr.entriesGiven = entries != JsonTree::Undefined;
        QSet<QString> named;
        for (qsizetype ei = 0; ei < rd.size(entries); ++ei) {
            const Path epath(&mpath, "entries", ei);
            const int eo = rd.element(entries, ei, epath);
            if (eo == JsonTree::Undefined)
                continue;
            rd.onlyMembers(eo, epath, { "indicator", "progress", "progressText", "forecast", "likelihood", "cause", "measures" });
            const QString name = rd.text(eo, epath, "indicator", true);
            checkIndicatorName(name, epath);
            if (!name.isEmpty() && named.contains(name)) {
                rd.problem(FieldReader::at(epath, "indicator"),
                    tr("“%1” appears twice in this month's entries").arg(printableText(name, 60)));
            }
            named.insert(name);
            MonitoringEntry e;
            e.progressValue = rd.number(eo, epath, "progress");
            e.progressText = rd.text(eo, epath, "progressText");
            e.forecastValue = rd.number(eo, epath, "forecast");
            e.likelihood = *rd.choice(eo, epath, "likelihood", std::optional<Likelihood>(Likelihood::Certain));
            e.cause = rd.choice(eo, epath, "cause", std::optional<DeviationCause>());
            e.measures = rd.text(eo, epath, "measures");
            r.entries << e;
            pr.indicatorNames << name;
        }
        p.reports << pr;
    }

    const int eo = rd.section(po, path, "selfEvaluation");
    if (eo != JsonTree::Undefined) {
        const Path epath(&path, "selfEvaluation");
        rd.onlyMembers(eo, epath,
            { "id", "status", "funds", "objectiveExpected", "objectiveAchieved", "executionReason", "conclusion",
                "problems", "measures", "projectLead", "financeLead", "entries" });
        (void)rd.text(eo, epath, "status");
        SelfEvaluation ev;
        ev.meta.id = rd.id(eo, epath);
        ev.fiscalYear = year;
        const int funds = rd.list(eo, epath, "funds");
        p.fundsGiven = funds != JsonTree::Undefined;
        for (qsizetype fi = 0; fi < rd.size(funds); ++fi) {
            const Path fpath(&epath, "funds", fi);
            const int fo = rd.element(funds, fi, fpath);
            if (fo == JsonTree::Undefined)
                continue;
            rd.onlyMembers(fo, fpath, { "source", "initialBudget", "adjustedBudget", "executed" });
            EvaluationFund f;
            f.source = *rd.choice(fo, fpath, "source", std::optional<FundSource>(FundSource::Appropriation));
            f.initialBudget = rd.amount(fo, fpath, "initialBudget");
            f.adjustedBudget = rd.amount(fo, fpath, "adjustedBudget", true);
            f.executed = rd.amount(fo, fpath, "executed", true);
            ev.funds << f;
        }
        if (!SelfEvaluation::sum(ev.funds))
            rd.problem(FieldReader::at(epath, "funds"), tr("the amounts add up to more than an amount can hold"));
        ev.objectiveExpected = rd.text(eo, epath, "objectiveExpected");
        ev.objectiveAchieved = rd.text(eo, epath, "objectiveAchieved");
        ev.executionReason = rd.text(eo, epath, "executionReason");
        ev.conclusion = rd.text(eo, epath, "conclusion");
        ev.problems = rd.text(eo, epath, "problems");
        ev.measures = rd.text(eo, epath, "measures");
        ev.projectLead = rd.text(eo, epath, "projectLead");
        ev.financeLead = rd.text(eo, epath, "financeLead");
        const int entries = rd.list(eo, epath, "entries");
        p.evaluationEntriesGiven = entries != JsonTree::Undefined;
        QSet<QString> named;
        for (qsizetype xi = 0; xi < rd.size(entries); ++xi) {
            const Path xpath(&epath, "entries", xi);
            const int xo = rd.element(entries, xi, xpath);
            if (xo == JsonTree::Undefined)
                continue;
            rd.onlyMembers(xo, xpath,
                { "indicator", "actual", "actualText", "notApplicable", "level", "score", "deviationReason", "explanation" });
            const QString name = rd.text(xo, xpath, "indicator", true);
            checkIndicatorName(name, xpath);
            if (!name.isEmpty() && named.contains(name)) {
                rd.problem(FieldReader::at(xpath, "indicator"),
                    tr("“%1” appears twice in the self-evaluation").arg(printableText(name, 60)));
            }
            named.insert(name);
            EvaluationEntry x;
            x.actualValue = rd.number(xo, xpath, "actual");
            x.actualText = rd.text(xo, xpath, "actualText");
            x.notApplicable = rd.flag(xo, xpath, "notApplicable");
            x.notApplicableReason = rd.text(xo, xpath, "notApplicableReason");
            x.qualitativeLevel = rd.choice(xo, xpath, "level", std::optional<QualitativeLevel>());
            x.score = rd.number(xo, xpath, "score");
            x.deviationReason = rd.text(xo, xpath, "deviationReason");
            x.explanation = rd.text(xo, xpath, "explanation");
            ev.entries << x;
            p.evaluationIndicatorNames << name;
        }
        p.evaluation = ev;
    }
    return p;
}

} // namespace jx
