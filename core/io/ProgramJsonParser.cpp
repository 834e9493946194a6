#include "core/io/ProgramJsonParser.h"

#include "core/domain/EnumTable.h"
#include "core/io/JsonInterchange.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/FrameworkRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace jx {

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

// Reads the fields of one object of a JsonTree, adding a problem with its path for each bad one.
// An object node may be JsonTree::Undefined, read as an empty object (as QJsonValue::toObject()).
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

    static QString at(const Path& path, const char* key)
    {
        return path.toString() + QLatin1Char('.') + QLatin1String(key);
    }

    int value(int o, const char* key) const { return m_t.member(o, QLatin1StringView(key)); }
    bool has(int o, const char* key) const { return !m_t.isUndefined(value(o, key)); }
    int object(int v) const { return m_t.isObject(v) ? v : JsonTree::Undefined; }

    QString text(int o, const Path& path, const char* key, bool required = false)
    {
        return textOf(value(o, key), path, key, required);
    }

    // Member @p key of the object at @p path, whose value @p v is.
    QString textOf(int v, const Path& path, const char* key, bool required = false)
    {
        if (m_t.isUndefined(v) || m_t.isNull(v)) {
            if (required)
                problem(at(path, key), tr("is required"));
            return {};
        }
        if (!m_t.isString(v)) {
            problem(at(path, key), tr("must be text"));
            return {};
        }
        QString t = m_t.toString(v);
        if (required && QStringView(t).trimmed().isEmpty())
            problem(at(path, key), tr("is empty"));
        return t;
    }

    bool flag(int o, const Path& path, const char* key)
    {
        const int v = value(o, key);
        if (m_t.isUndefined(v) || m_t.isNull(v))
            return false;
        if (!m_t.isBool(v))
            problem(at(path, key), tr("must be true or false"));
        return m_t.toBool(v);
    }

    std::optional<double> number(int o, const Path& path, const char* key, bool required = false)
    {
        const int v = value(o, key);
        if (m_t.isUndefined(v) || m_t.isNull(v)) {
            if (required)
                problem(at(path, key), tr("is required"));
            return std::nullopt;
        }
        if (!m_t.isDouble(v) || !std::isfinite(m_t.toDouble(v))) {
            const QString shown = m_t.isString(v)
                ? m_t.toString(v)
                : QString::fromUtf8(
                    QJsonDocument(QJsonArray { m_t.toJsonValue(v) }).toJson(QJsonDocument::Compact));
            problem(at(path, key), tr("“%1” is not a number").arg(shown));
            return std::nullopt;
        }
        return m_t.toDouble(v);
    }

    Money amount(int o, const Path& path, const char* key, bool required = false)
    {
        const int v = value(o, key);
        if (m_t.isUndefined(v) || m_t.isNull(v)) {
            if (required)
                problem(at(path, key), tr("is required"));
            return {};
        }
        if (!m_t.isString(v)) {
            problem(at(path, key), tr("write amounts as text in yuan, like “1234.56” or “12.3万”"));
            return {};
        }
        Result<Money> m = Money::parse(m_t.toString(v));
        if (!m) {
            problem(at(path, key), m.message());
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
        const QUuid u = QUuid::fromString(t);
        if (u.isNull())
            problem(at(path, "id"), tr("“%1” is not a UUID").arg(t));
        return u;
    }

    template <TabledEnum E>
    std::optional<E> choice(int o, const Path& path, const char* key,
        std::optional<E> fallback = std::nullopt, bool required = false)
    {
        return choiceOf<E>(value(o, key), path, key, fallback, required);
    }

    template <TabledEnum E>
    std::optional<E> choiceOf(int v, const Path& path, const char* key,
        std::optional<E> fallback = std::nullopt, bool required = false)
    {
        const QString t = textOf(v, path, key, required);
        if (t.isEmpty())
            return fallback;
        if (const std::optional<E> e = fromCode<E>(t))
            return e;
        problem(at(path, key), tr("unknown value “%1”; use one of %2").arg(t, codesOf<E>().join(QStringLiteral(", "))));
        return fallback;
    }

    // A list member that, when present, must be a list; Undefined (no elements) otherwise.
    int list(int o, const Path& path, const char* key)
    {
        const int v = value(o, key);
        if (!m_t.isUndefined(v) && !m_t.isNull(v) && !m_t.isArray(v))
            problem(at(path, key), tr("must be a list"));
        return m_t.isArray(v) ? v : JsonTree::Undefined;
    }

    qsizetype size(int list) const { return m_t.size(list); }

    // An element of a list that must be an object.
    int element(int list, qsizetype index, const Path& path)
    {
        const int v = m_t.at(list, index);
        if (!m_t.isObject(v))
            problem(path, tr("must be an object"));
        return object(v);
    }

private:
    const JsonTree& m_t;
    QList<Problem>& m_problems;
};

} // namespace

Result<int> ProgramJsonParser::checkHeader(
    const QJsonValue& format, const QJsonValue& version, const QJsonValue& fiscalYear, QList<Problem>& problems)
{
    if (format.toString() != QLatin1String("jixiao-programs"))
        problems << Problem::at(QStringLiteral("format"), tr("must be “jixiao-programs”"));
    const int v = version.toInt(0);
    if (v > JsonInterchange::FormatVersion) {
        return makeError(Error::Code::Version,
            tr("The file is of format version %1; this version of Jixiao reads up to %2. Please update Jixiao.")
                .arg(v)
                .arg(JsonInterchange::FormatVersion));
    }
    if (v < 1)
        problems << Problem::at(QStringLiteral("version"), tr("is missing"));
    const int year = fiscalYear.toInt(0);
    if (year < 2000 || year > 2100)
        problems << Problem::at(QStringLiteral("fiscalYear"), tr("must be a year from 2000 to 2100"));
    return year;
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
        rd.problem(p.path, tr("must be an object"));
        return p;
    }
    const int po = value;
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
    for (qsizetype ti = 0; ti < rd.size(tagList); ++ti) {
        if (const std::optional<FundingTag> t = rd.choiceOf(
                tree.at(tagList, ti), Path(&path, "tags", ti), "tag", std::optional<FundingTag>(), true))
            s.fundingTags |= static_cast<int>(*t);
    }

    QSet<QString> indicatorNames;
    // Without targets in the file, entries name indicators of the stored targets: checked when applied.
    const bool withTargets = rd.has(po, "targets");
    if (withTargets) {
        const Path tpath(&path, "targets");
        const int to = rd.object(rd.value(po, "targets"));
        TargetSet set;
        set.meta.id = rd.id(to, tpath); // record ids travel, as `records` and `export` show them
        set.fiscalYear = year;
        set.objectiveAnnual = rd.text(to, tpath, "objectiveAnnual");
        set.objectiveMidTerm = rd.text(to, tpath, "objectiveMidTerm");
        const int inds = rd.list(to, tpath, "indicators");
        for (qsizetype ii = 0; ii < rd.size(inds); ++ii) {
            const Path ipath(&tpath, "indicators", ii);
            const int io = rd.element(inds, ii, ipath);
            Indicator ind;
            ind.meta.id = rd.id(io, ipath);
            ind.name = rd.text(io, ipath, "name", true);
            if (indicatorNames.contains(ind.name))
                rd.problem(FieldReader::at(ipath, "name"), tr("“%1” appears twice in the targets").arg(ind.name));
            indicatorNames.insert(ind.name);
            const QString category = rd.text(io, ipath, "category");
            if (!category.isEmpty()) {
                ind.categoryId = m_categoryByName.value(category);
                if (ind.categoryId.isNull()) {
                    rd.problem(FieldReader::at(ipath, "category"),
                        tr("“%1” is not a category of the %2 framework").arg(category).arg(year));
                }
            }
            ind.op = rd.choice(io, ipath, "operator", std::optional<IndicatorOperator>(), true)
                         .value_or(IndicatorOperator::AtLeast);
            const int target = rd.value(io, "target");
            if (ind.op == IndicatorOperator::Qualitative) {
                ind.targetText = tree.toString(target);
            } else if (tree.isDouble(target)) {
                ind.targetValue = tree.toDouble(target);
                ind.targetText = QString::number(tree.toDouble(target));
            } else {
                rd.problem(FieldReader::at(ipath, "target"),
                    tr("a %1 indicator needs a number, not “%2”")
                        .arg(Names::of(ind.op), tree.toJsonValue(target).toVariant().toString()));
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

    const int months = rd.list(po, path, "monitoring");
    for (qsizetype mi = 0; mi < rd.size(months); ++mi) {
        const Path mpath(&path, "monitoring", mi);
        const int mo = rd.element(months, mi, mpath);
        ImportedProgram::Report pr;
        pr.path = mpath.toString();
        MonitoringReport& r = pr.report;
        r.meta.id = rd.id(mo, mpath);
        r.fiscalYear = year;
        r.month = int(rd.number(mo, mpath, "month", true).value_or(0));
        if (r.month < 1 || r.month > 12)
            rd.problem(FieldReader::at(mpath, "month"), tr("must be 1 to 12"));
        r.budget = rd.amount(mo, mpath, "budget");
        if (r.budget.isZero())
            r.budget = s.amount;
        r.executed = rd.amount(mo, mpath, "executed", true);
        r.forecastYearEnd = rd.amount(mo, mpath, "forecastYearEnd");
        r.note = rd.text(mo, mpath, "note");
        const int entries = rd.list(mo, mpath, "entries");
        for (qsizetype ei = 0; ei < rd.size(entries); ++ei) {
            const Path epath(&mpath, "entries", ei);
            const int eo = rd.element(entries, ei, epath);
            const QString name = rd.text(eo, epath, "indicator", true);
            if (withTargets && !name.isEmpty() && !indicatorNames.contains(name)) {
                rd.problem(FieldReader::at(epath, "indicator"),
                    tr("“%1” is not an indicator of this program's targets").arg(name));
            }
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

    if (rd.has(po, "selfEvaluation")) {
        const Path epath(&path, "selfEvaluation");
        const int eo = rd.object(rd.value(po, "selfEvaluation"));
        SelfEvaluation ev;
        ev.meta.id = rd.id(eo, epath);
        ev.fiscalYear = year;
        const int funds = rd.list(eo, epath, "funds");
        for (qsizetype fi = 0; fi < rd.size(funds); ++fi) {
            const Path fpath(&epath, "funds", fi);
            const int fo = rd.element(funds, fi, fpath);
            EvaluationFund f;
            f.source = *rd.choice(fo, fpath, "source", std::optional<FundSource>(FundSource::Appropriation));
            f.initialBudget = rd.amount(fo, fpath, "initialBudget");
            f.adjustedBudget = rd.amount(fo, fpath, "adjustedBudget", true);
            f.executed = rd.amount(fo, fpath, "executed", true);
            ev.funds << f;
        }
        ev.objectiveExpected = rd.text(eo, epath, "objectiveExpected");
        ev.objectiveAchieved = rd.text(eo, epath, "objectiveAchieved");
        ev.executionReason = rd.text(eo, epath, "executionReason");
        ev.conclusion = rd.text(eo, epath, "conclusion");
        ev.problems = rd.text(eo, epath, "problems");
        ev.measures = rd.text(eo, epath, "measures");
        ev.projectLead = rd.text(eo, epath, "projectLead");
        ev.financeLead = rd.text(eo, epath, "financeLead");
        const int entries = rd.list(eo, epath, "entries");
        for (qsizetype xi = 0; xi < rd.size(entries); ++xi) {
            const Path xpath(&epath, "entries", xi);
            const int xo = rd.element(entries, xi, xpath);
            const QString name = rd.text(xo, xpath, "indicator", true);
            if (withTargets && !name.isEmpty() && !indicatorNames.contains(name)) {
                rd.problem(FieldReader::at(xpath, "indicator"),
                    tr("“%1” is not an indicator of this program's targets").arg(name));
            }
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
