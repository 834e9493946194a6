#include "core/io/JsonInterchange.h"

#include "core/domain/EnumTable.h"
#include "core/domain/Evaluation.h"
#include "core/domain/Indicator.h"
#include "core/domain/Monitoring.h"
#include "core/domain/Subject.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <utility>

namespace jx {

namespace {

QString amountText(Money m)
{
    // Plain 元 with two decimals, no grouping: exact, and read back by Money::parse.
    return m.format(MoneyUnit::Yuan).remove(QLatin1Char(','));
}

// Reads one document, collecting every problem with its path.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    QStringList problems;

    void problem(const QString& path, const QString& message) { problems << path + QStringLiteral(": ") + message; }

    QString text(const QJsonObject& o, const QString& path, const char* key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(path + QLatin1Char('.') + QLatin1String(key), tr("is required"));
            return {};
        }
        if (!v.isString()) {
            problem(path + QLatin1Char('.') + QLatin1String(key), tr("must be text"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            problem(path + QLatin1Char('.') + QLatin1String(key), tr("is empty"));
        return v.toString();
    }

    bool flag(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            problem(path + QLatin1Char('.') + QLatin1String(key), tr("must be true or false"));
        return v.toBool();
    }

    std::optional<double> number(const QJsonObject& o, const QString& path, const char* key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(path + QLatin1Char('.') + QLatin1String(key), tr("is required"));
            return std::nullopt;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            problem(path + QLatin1Char('.') + QLatin1String(key),
                    tr("“%1” is not a number").arg(v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))));
            return std::nullopt;
        }
        return v.toDouble();
    }

    Money amount(const QJsonObject& o, const QString& path, const char* key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString where = path + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(where, tr("is required"));
            return {};
        }
        if (!v.isString()) {
            problem(where, tr("write amounts as text in yuan, like “1234.56” or “12.3万”"));
            return {};
        }
        Result<Money> m = Money::parse(v.toString());
        if (!m) {
            problem(where, m.message());
            return {};
        }
        if (m->isNegative())
            problem(where, tr("must not be negative"));
        return *m;
    }

    QUuid id(const QJsonObject& o, const QString& path)
    {
        const QString t = text(o, path, "id");
        if (t.isEmpty())
            return {};
        const QUuid u = QUuid::fromString(t);
        if (u.isNull())
            problem(path + QStringLiteral(".id"), tr("“%1” is not a UUID").arg(t));
        return u;
    }

    template <TabledEnum E>
    std::optional<E> choice(const QJsonObject& o, const QString& path, const char* key,
                            std::optional<E> fallback = std::nullopt, bool required = false)
    {
        const QString t = text(o, path, key, required);
        if (t.isEmpty())
            return fallback;
        if (const std::optional<E> v = fromCode<E>(t))
            return v;
        problem(path + QLatin1Char('.') + QLatin1String(key),
                tr("unknown value “%1”; use one of %2").arg(t, codesOf<E>().join(QStringLiteral(", "))));
        return fallback;
    }
};

} // namespace

JsonInterchange::JsonInterchange(Database& db)
    : m_db(db)
{
}

Result<QJsonObject> JsonInterchange::exportPrograms(const QUuid& agencyId, int fiscalYear)
{
    Result<QList<Subject>> subjects = SubjectRepository(m_db).ofAgency(agencyId, fiscalYear);
    if (!subjects)
        return subjects.error();
    FrameworkRepository frameworks(m_db);
    QJsonArray programs;
    for (const Subject& s : *subjects) {
        if (!s.isProgram())
            continue;
        const QJsonArray tagList = QJsonArray::fromStringList(codesOfFlags<FundingTag>(s.fundingTags));
        QJsonObject p { { QStringLiteral("id"), s.meta.id.toString(QUuid::WithoutBraces) },
                        { QStringLiteral("code"), s.code },
                        { QStringLiteral("name"), s.name },
                        { QStringLiteral("book"), codeOf(s.book) },
                        { QStringLiteral("kind"), codeOf(s.programKind) },
                        { QStringLiteral("amount"), amountText(s.amount) },
                        { QStringLiteral("functionCode"), s.functionCode },
                        { QStringLiteral("tags"), tagList },
                        { QStringLiteral("new"), s.isNew },
                        { QStringLiteral("major"), s.isMajor },
                        { QStringLiteral("midYear"), s.isMidYear } };
        Result<std::optional<TargetSet>> set = TargetSetRepository(m_db).ofSubject(s.meta.id, s.fiscalYear);
        if (!set)
            return set.error();
        QHash<QUuid, QString> indicatorNames;
        if (set->has_value()) {
            QList<QUuid> categoryIds;
            for (const Indicator& i : (*set)->indicators)
                categoryIds << i.categoryId;
            QJsonArray indicators;
            for (const Indicator& i : (*set)->indicators) {
                indicatorNames.insert(i.meta.id, i.name);
                QString category;
                if (!i.categoryId.isNull()) {
                    Result<std::optional<IndicatorCategory>> c = frameworks.findCategory(i.categoryId);
                    if (c && c->has_value())
                        category = (*c)->name;
                }
                QJsonObject io { { QStringLiteral("id"), i.meta.id.toString(QUuid::WithoutBraces) },
                                 { QStringLiteral("category"), category },
                                 { QStringLiteral("name"), i.name },
                                 { QStringLiteral("operator"), codeOf(i.op) },
                                 { QStringLiteral("unit"), i.unit },
                                 { QStringLiteral("weight"), i.weight },
                                 { QStringLiteral("standard"), codeOf(i.standard) } };
                if (i.targetValue)
                    io.insert(QStringLiteral("target"), *i.targetValue);
                else
                    io.insert(QStringLiteral("target"), i.targetText);
                indicators.append(io);
            }
            p.insert(QStringLiteral("targets"), QJsonObject { { QStringLiteral("objectiveAnnual"), (*set)->objectiveAnnual },
                                                              { QStringLiteral("objectiveMidTerm"), (*set)->objectiveMidTerm },
                                                              { QStringLiteral("indicators"), indicators } });
        }
        Result<QList<MonitoringReport>> reports = MonitoringRepository(m_db).ofSubject(s.meta.id, s.fiscalYear);
        if (!reports)
            return reports.error();
        QJsonArray monitoring;
        for (const MonitoringReport& r : *reports) {
            QJsonArray entries;
            for (const MonitoringEntry& e : r.entries) {
                QJsonObject eo { { QStringLiteral("indicator"), indicatorNames.value(e.indicatorId) },
                                 { QStringLiteral("likelihood"), codeOf(e.likelihood) } };
                if (e.progressValue)
                    eo.insert(QStringLiteral("progress"), *e.progressValue);
                else if (!e.progressText.isEmpty())
                    eo.insert(QStringLiteral("progressText"), e.progressText);
                if (e.forecastValue)
                    eo.insert(QStringLiteral("forecast"), *e.forecastValue);
                if (e.cause)
                    eo.insert(QStringLiteral("cause"), codeOf(*e.cause));
                if (!e.measures.isEmpty())
                    eo.insert(QStringLiteral("measures"), e.measures);
                entries.append(eo);
            }
            monitoring.append(QJsonObject { { QStringLiteral("month"), r.month },
                                            { QStringLiteral("budget"), amountText(r.budget) },
                                            { QStringLiteral("executed"), amountText(r.executed) },
                                            { QStringLiteral("forecastYearEnd"), amountText(r.forecastYearEnd) },
                                            { QStringLiteral("entries"), entries } });
        }
        p.insert(QStringLiteral("monitoring"), monitoring);
        Result<std::optional<SelfEvaluation>> ev = EvaluationRepository(m_db).ofSubject(s.meta.id, s.fiscalYear);
        if (!ev)
            return ev.error();
        if (ev->has_value()) {
            const SelfEvaluation& e = **ev;
            QJsonArray funds;
            for (const EvaluationFund& f : e.funds) {
                funds.append(QJsonObject { { QStringLiteral("source"), codeOf(f.source) },
                                           { QStringLiteral("initialBudget"), amountText(f.initialBudget) },
                                           { QStringLiteral("adjustedBudget"), amountText(f.adjustedBudget) },
                                           { QStringLiteral("executed"), amountText(f.executed) } });
            }
            QJsonArray entries;
            for (const EvaluationEntry& x : e.entries) {
                QJsonObject xo { { QStringLiteral("indicator"), indicatorNames.value(x.indicatorId) } };
                if (x.actualValue)
                    xo.insert(QStringLiteral("actual"), *x.actualValue);
                else if (!x.actualText.isEmpty())
                    xo.insert(QStringLiteral("actualText"), x.actualText);
                if (x.notApplicable)
                    xo.insert(QStringLiteral("notApplicable"), true);
                if (x.qualitativeLevel)
                    xo.insert(QStringLiteral("level"), codeOf(*x.qualitativeLevel));
                if (x.score && x.qualitativeLevel)
                    xo.insert(QStringLiteral("score"), *x.score);
                if (!x.deviationReason.isEmpty())
                    xo.insert(QStringLiteral("deviationReason"), x.deviationReason);
                if (!x.explanation.isEmpty())
                    xo.insert(QStringLiteral("explanation"), x.explanation);
                entries.append(xo);
            }
            p.insert(QStringLiteral("selfEvaluation"),
                     QJsonObject { { QStringLiteral("funds"), funds },
                                   { QStringLiteral("objectiveExpected"), e.objectiveExpected },
                                   { QStringLiteral("objectiveAchieved"), e.objectiveAchieved },
                                   { QStringLiteral("executionReason"), e.executionReason },
                                   { QStringLiteral("conclusion"), e.conclusion },
                                   { QStringLiteral("problems"), e.problems },
                                   { QStringLiteral("measures"), e.measures },
                                   { QStringLiteral("projectLead"), e.projectLead },
                                   { QStringLiteral("financeLead"), e.financeLead },
                                   { QStringLiteral("entries"), entries } });
        }
        programs.append(p);
    }
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("jixiao-programs") },
                         { QStringLiteral("version"), FormatVersion },
                         { QStringLiteral("fiscalYear"), fiscalYear },
                         { QStringLiteral("programs"), programs } };
}

namespace {

struct ParsedProgram
{
    QString path;
    Subject subject;
    std::optional<TargetSet> targets;
    struct Report
    {
        QString path;
        MonitoringReport report;
        QStringList indicatorNames; ///< per entry, resolved after the targets are saved
    };
    QList<Report> reports;
    std::optional<SelfEvaluation> evaluation;
    QStringList evaluationIndicatorNames;
};

} // namespace

Result<ImportSummary> JsonInterchange::importPrograms(const QJsonObject& doc, const QUuid& agencyId, bool dryRun)
{
    Reader rd;
    if (doc.value(QStringLiteral("format")).toString() != QLatin1String("jixiao-programs"))
        rd.problem(QStringLiteral("format"), tr("must be “jixiao-programs”"));
    const int version = doc.value(QStringLiteral("version")).toInt(0);
    if (version > FormatVersion) {
        return makeError(Error::Code::Version,
            tr("The file is of format version %1; this version of Jixiao reads up to %2. Please update Jixiao.")
                .arg(version)
                .arg(FormatVersion));
    }
    if (version < 1)
        rd.problem(QStringLiteral("version"), tr("is missing"));
    const int year = doc.value(QStringLiteral("fiscalYear")).toInt(0);
    if (year < 2000 || year > 2100)
        rd.problem(QStringLiteral("fiscalYear"), tr("must be a year from 2000 to 2100"));
    Result<std::optional<Agency>> agency = AgencyRepository(m_db).find(agencyId);
    if (!agency)
        return agency.error();
    if (!agency->has_value())
        return makeError(Error::Code::NotFound, tr("There is no agency with id %1.").arg(agencyId.toString(QUuid::WithoutBraces)));
    QHash<QString, QUuid> categoryByName;
    if (year >= 2000) {
        Result<QList<IndicatorCategory>> cats = FrameworkRepository(m_db).categories(FrameworkKind::ProgramTargets, year);
        if (!cats)
            return cats.error();
        for (const IndicatorCategory& c : *cats) {
            if (c.level == 2)
                categoryByName.insert(c.name, c.meta.id);
        }
    }
    if (!doc.value(QStringLiteral("programs")).isArray())
        rd.problem(QStringLiteral("programs"), tr("must be a list"));

    QList<ParsedProgram> parsed;
    const QJsonArray programs = doc.value(QStringLiteral("programs")).toArray();
    for (qsizetype pi = 0; pi < programs.size(); ++pi) {
        const QString path = QStringLiteral("programs[%1]").arg(pi);
        if (!programs.at(pi).isObject()) {
            rd.problem(path, tr("must be an object"));
            continue;
        }
        const QJsonObject po = programs.at(pi).toObject();
        ParsedProgram p;
        p.path = path;
        Subject& s = p.subject;
        s.meta.id = rd.id(po, path);
        s.kind = SubjectKind::Program;
        s.fiscalYear = year;
        s.agencyId = agencyId;
        s.divisionCode = (*agency)->divisionCode;
        s.name = rd.text(po, path, "name", true);
        s.code = rd.text(po, path, "code");
        s.book = *rd.choice(po, path, "book", std::optional<BudgetBook>(BudgetBook::GeneralPublic));
        s.programKind = *rd.choice(po, path, "kind", std::optional<ProgramKind>(ProgramKind::Project));
        s.amount = rd.amount(po, path, "amount", true);
        s.functionCode = rd.text(po, path, "functionCode");
        s.isNew = rd.flag(po, path, "new");
        s.isMajor = rd.flag(po, path, "major");
        s.isMidYear = rd.flag(po, path, "midYear");
        const QJsonArray tagList = po.value(QStringLiteral("tags")).toArray();
        for (qsizetype ti = 0; ti < tagList.size(); ++ti) {
            const QJsonObject wrapper { { QStringLiteral("tag"), tagList.at(ti) } };
            if (const std::optional<FundingTag> t = rd.choice(wrapper, path + QStringLiteral(".tags[%1]").arg(ti), "tag",
                                                              std::optional<FundingTag>(), true))
                s.fundingTags |= static_cast<int>(*t);
        }

        QSet<QString> indicatorNames;
        if (po.contains(QStringLiteral("targets"))) {
            const QString tpath = path + QStringLiteral(".targets");
            const QJsonObject to = po.value(QStringLiteral("targets")).toObject();
            TargetSet set;
            set.fiscalYear = year;
            set.objectiveAnnual = rd.text(to, tpath, "objectiveAnnual");
            set.objectiveMidTerm = rd.text(to, tpath, "objectiveMidTerm");
            const QJsonArray inds = to.value(QStringLiteral("indicators")).toArray();
            for (qsizetype ii = 0; ii < inds.size(); ++ii) {
                const QString ipath = tpath + QStringLiteral(".indicators[%1]").arg(ii);
                const QJsonObject io = inds.at(ii).toObject();
                Indicator ind;
                ind.meta.id = rd.id(io, ipath);
                ind.name = rd.text(io, ipath, "name", true);
                if (indicatorNames.contains(ind.name))
                    rd.problem(ipath + QStringLiteral(".name"), tr("“%1” appears twice in the targets").arg(ind.name));
                indicatorNames.insert(ind.name);
                const QString category = rd.text(io, ipath, "category");
                if (!category.isEmpty()) {
                    ind.categoryId = categoryByName.value(category);
                    if (ind.categoryId.isNull())
                        rd.problem(ipath + QStringLiteral(".category"), tr("“%1” is not a category of the %2 framework").arg(category).arg(year));
                }
                ind.op = rd.choice(io, ipath, "operator", std::optional<IndicatorOperator>(), true)
                             .value_or(IndicatorOperator::AtLeast);
                const QJsonValue target = io.value(QStringLiteral("target"));
                if (ind.op == IndicatorOperator::Qualitative) {
                    ind.targetText = target.toString();
                } else if (target.isDouble()) {
                    ind.targetValue = target.toDouble();
                    ind.targetText = QString::number(target.toDouble());
                } else {
                    rd.problem(ipath + QStringLiteral(".target"),
                               tr("a %1 indicator needs a number, not “%2”").arg(Names::of(ind.op), target.toVariant().toString()));
                }
                ind.unit = rd.text(io, ipath, "unit");
                ind.weight = rd.number(io, ipath, "weight").value_or(0);
                if (ind.weight < 0)
                    rd.problem(ipath + QStringLiteral(".weight"), tr("must not be negative"));
                ind.standard = *rd.choice(io, ipath, "standard", std::optional<EvaluationStandard>(EvaluationStandard::Plan));
                ind.content = rd.text(io, ipath, "content");
                set.indicators << ind;
            }
            p.targets = set;
        }

        const QJsonArray months = po.value(QStringLiteral("monitoring")).toArray();
        for (qsizetype mi = 0; mi < months.size(); ++mi) {
            const QString mpath = path + QStringLiteral(".monitoring[%1]").arg(mi);
            const QJsonObject mo = months.at(mi).toObject();
            ParsedProgram::Report pr;
            pr.path = mpath;
            MonitoringReport& r = pr.report;
            r.fiscalYear = year;
            r.month = int(rd.number(mo, mpath, "month", true).value_or(0));
            if (r.month < 1 || r.month > 12)
                rd.problem(mpath + QStringLiteral(".month"), tr("must be 1 to 12"));
            r.budget = rd.amount(mo, mpath, "budget");
            if (r.budget.isZero())
                r.budget = s.amount;
            r.executed = rd.amount(mo, mpath, "executed", true);
            r.forecastYearEnd = rd.amount(mo, mpath, "forecastYearEnd");
            r.note = rd.text(mo, mpath, "note");
            const QJsonArray entries = mo.value(QStringLiteral("entries")).toArray();
            for (qsizetype ei = 0; ei < entries.size(); ++ei) {
                const QString epath = mpath + QStringLiteral(".entries[%1]").arg(ei);
                const QJsonObject eo = entries.at(ei).toObject();
                const QString name = rd.text(eo, epath, "indicator", true);
                if (!name.isEmpty() && !indicatorNames.contains(name))
                    rd.problem(epath + QStringLiteral(".indicator"), tr("“%1” is not an indicator of this program's targets").arg(name));
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

        if (po.contains(QStringLiteral("selfEvaluation"))) {
            const QString epath = path + QStringLiteral(".selfEvaluation");
            const QJsonObject eo = po.value(QStringLiteral("selfEvaluation")).toObject();
            SelfEvaluation ev;
            ev.fiscalYear = year;
            const QJsonArray funds = eo.value(QStringLiteral("funds")).toArray();
            for (qsizetype fi = 0; fi < funds.size(); ++fi) {
                const QString fpath = epath + QStringLiteral(".funds[%1]").arg(fi);
                const QJsonObject fo = funds.at(fi).toObject();
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
            const QJsonArray entries = eo.value(QStringLiteral("entries")).toArray();
            for (qsizetype xi = 0; xi < entries.size(); ++xi) {
                const QString xpath = epath + QStringLiteral(".entries[%1]").arg(xi);
                const QJsonObject xo = entries.at(xi).toObject();
                const QString name = rd.text(xo, xpath, "indicator", true);
                if (!name.isEmpty() && !indicatorNames.contains(name))
                    rd.problem(xpath + QStringLiteral(".indicator"), tr("“%1” is not an indicator of this program's targets").arg(name));
                EvaluationEntry x;
                x.actualValue = rd.number(xo, xpath, "actual");
                x.actualText = rd.text(xo, xpath, "actualText");
                x.notApplicable = rd.flag(xo, xpath, "notApplicable");
                x.qualitativeLevel = rd.choice(xo, xpath, "level", std::optional<QualitativeLevel>());
                x.score = rd.number(xo, xpath, "score");
                x.deviationReason = rd.text(xo, xpath, "deviationReason");
                x.explanation = rd.text(xo, xpath, "explanation");
                ev.entries << x;
                p.evaluationIndicatorNames << name;
            }
            p.evaluation = ev;
        }
        parsed << p;
    }
    if (!rd.problems.isEmpty())
        return makeError(Error::Code::Invalid, rd.problems.join(QLatin1Char('\n')));

    // Write everything in one transaction; any failure names its program and rolls all back.
    ImportSummary summary;
    summary.dryRun = dryRun;
    Database::Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    SubjectRepository subjects(m_db);
    TargetSetRepository targetSets(m_db);
    MonitoringRepository monitoringRepo(m_db);
    EvaluationRepository evaluations(m_db);
    for (ParsedProgram& p : parsed) {
        auto fail = [&](const QString& where, const Error& e) { rd.problem(where, e.message); };
        Subject& s = p.subject;
        bool exists = false;
        if (!s.meta.id.isNull()) {
            Result<std::optional<Subject>> old = subjects.find(s.meta.id);
            if (!old) {
                fail(p.path, old.error());
                continue;
            }
            if (old->has_value()) {
                if ((*old)->agencyId != agencyId) {
                    rd.problem(p.path + QStringLiteral(".id"), tr("belongs to another agency"));
                    continue;
                }
                s.meta = (*old)->meta;
                exists = true;
            }
        }
        if (Result<void> r = subjects.save(s); !r) {
            fail(p.path, r.error());
            continue;
        }
        exists ? ++summary.programsUpdated : ++summary.programsCreated;

        QHash<QString, QUuid> indicatorIds;
        std::optional<TargetSet> stored;
        if (Result<std::optional<TargetSet>> st = targetSets.ofSubject(s.meta.id, year); st)
            stored = *st;
        if (p.targets) {
            TargetSet set = *p.targets;
            set.subjectId = s.meta.id;
            set.meta.ownerId = agencyId;
            if (stored) {
                set.meta = stored->meta;
                set.status = stored->status;
                for (Indicator& ind : set.indicators) {
                    for (const Indicator& old : stored->indicators) {
                        if (ind.meta.id.isNull() ? old.name == ind.name : old.meta.id == ind.meta.id)
                            ind.meta = old.meta;
                    }
                }
            }
            if (Result<void> r = targetSets.save(set); !r) {
                fail(p.path + QStringLiteral(".targets"), r.error());
                continue;
            }
            summary.indicators += int(set.indicators.size());
            stored = set;
        }
        if (stored) {
            for (const Indicator& ind : stored->indicators)
                indicatorIds.insert(ind.name, ind.meta.id);
        }
        Result<QList<MonitoringReport>> existingReports = monitoringRepo.ofSubject(s.meta.id, year);
        for (ParsedProgram::Report& pr : p.reports) {
            MonitoringReport& r = pr.report;
            r.subjectId = s.meta.id;
            r.meta.ownerId = agencyId;
            if (existingReports) {
                for (const MonitoringReport& old : *existingReports) {
                    if (old.month == r.month) {
                        r.meta = old.meta;
                        r.status = old.status;
                    }
                }
            }
            for (qsizetype i = 0; i < r.entries.size(); ++i)
                r.entries[i].indicatorId = indicatorIds.value(pr.indicatorNames.at(i));
            if (Result<void> res = monitoringRepo.save(r); !res)
                fail(pr.path, res.error());
            else
                ++summary.monitoringReports;
        }
        if (p.evaluation) {
            SelfEvaluation ev = *p.evaluation;
            ev.subjectId = s.meta.id;
            ev.meta.ownerId = agencyId;
            if (Result<std::optional<SelfEvaluation>> old = evaluations.ofSubject(s.meta.id, year); old && old->has_value()) {
                ev.meta = (*old)->meta;
                ev.status = (*old)->status;
            }
            for (qsizetype i = 0; i < ev.entries.size(); ++i)
                ev.entries[i].indicatorId = indicatorIds.value(p.evaluationIndicatorNames.at(i));
            if (Result<void> res = evaluations.save(ev); !res)
                fail(p.path + QStringLiteral(".selfEvaluation"), res.error());
            else
                ++summary.selfEvaluations;
        }
    }
    if (!rd.problems.isEmpty())
        return makeError(Error::Code::Invalid, rd.problems.join(QLatin1Char('\n')));
    if (dryRun)
        return summary; // the transaction rolls back
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return summary;
}

Result<int> JsonInterchange::exportPrograms(const QUuid& agencyId, int fiscalYear, QIODevice& out)
{
    Result<QJsonObject> doc = exportPrograms(agencyId, fiscalYear);
    if (!doc)
        return doc.error();
    const QByteArray bytes = QJsonDocument(*doc).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size())
        return makeError(Error::Code::Storage, tr("Cannot write the export: %1").arg(out.errorString()));
    return int(doc->value(QStringLiteral("programs")).toArray().size());
}

Result<ImportSummary> JsonInterchange::importPrograms(QIODevice& in, const QUuid& agencyId, bool dryRun)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(Error::Code::Invalid,
            tr("The file is not valid JSON (at byte %1): %2").arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return makeError(Error::Code::Invalid, tr("The file does not hold a JSON object."));
    return importPrograms(doc.object(), agencyId, dryRun);
}

} // namespace jx
