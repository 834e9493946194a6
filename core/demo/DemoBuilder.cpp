// Longer than our usual file: it makes every record kind of one demo program, agency and
// division in the order the loop makes them (targets, monitoring by month, self-evaluation,
// reviews, decisions), so that the demo reads as one story; the data tables are in DemoData.

#include "core/demo/DemoBuilder.h"

#include "core/demo/DemoData.h"
#include "core/domain/Agency.h"
#include "core/domain/EnumTable.h"
#include "core/domain/ExAnteAssessment.h"
#include "core/domain/Indicator.h"
#include "core/domain/IndicatorFramework.h"
#include "core/domain/MonitoringReport.h"
#include "core/domain/Review.h"
#include "core/domain/SelfEvaluation.h"
#include "core/domain/SelfEvaluationScorer.h"
#include "core/storage/PolicyRepository.h"
#include "core/domain/Subject.h"
#include "core/domain/TargetSet.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DivisionRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/Installation.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/SeedData.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TransitionRepository.h"
#include "core/storage/TargetSetRepository.h"
#include <QDate>
#include <QFile>
#include <QHash>
#include <array>
#include <cmath>
#include <random>
#include <span>

namespace jx {

using namespace demo;

namespace {

using namespace demo;

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

bool isCountUnit(const QString& unit)
{
    return unit == u8("个") || unit == u8("人") || unit == u8("次");
}

} // namespace

struct DemoBuilder::Impl
{
    Impl(Database& db, const DemoOptions& options, int year)
        : m_db(db)
        , m_options(options)
        , m_year(year)
        , m_rng(options.seed)
        , m_historyRng(options.seed ^ 0x5eedULL)
        , m_agencies(db)
        , m_subjects(db)
        , m_targets(db)
        , m_assessments(db)
        , m_monitoring(db)
        , m_evaluations(db)
        , m_reviews(db)
        , m_transitions(db)
    {
    }

    /**
     * The history a reviewer reads: who submitted the record and when, and for an approved
     * record who approved it. Kept for what the demo's pages show (targets, assessments,
     * self-evaluations, the mid-year and the December monitoring reports), not for every
     * month of every program, so that the larger demos stay a sensible size.
     */
    Result<void> history(RecordKind kind, const QUuid& recordId, const QUuid& ownerId, RecordStatus status,
                         const QDateTime& submittedAt)
    {
        if (status == RecordStatus::Draft)
            return {};
        const bool ownedByFinance = ownerId == m_financeId;
        Transition submit;
        submit.meta.id = uuidFrom(m_historyRng);
        submit.meta.ownerId = ownerId;
        submit.recordKind = kind;
        submit.recordId = recordId;
        submit.from = RecordStatus::Draft;
        submit.to = RecordStatus::Submitted;
        submit.actor = Actor { historyPerson(), ownedByFinance ? Role::FinanceReviewer : Role::UnitPreparer, ownerId };
        submit.at = submittedAt;
        if (Result<void> r = m_transitions.save(submit); !r)
            return r;
        if (status != RecordStatus::Approved)
            return {};
        Transition approve;
        approve.meta.id = uuidFrom(m_historyRng);
        approve.meta.ownerId = m_financeId;
        approve.recordKind = kind;
        approve.recordId = recordId;
        approve.from = RecordStatus::Submitted;
        approve.to = RecordStatus::Approved;
        approve.actor = Actor { historyPerson(), Role::FinanceReviewer, m_financeId };
        approve.at = submittedAt.addDays(10);
        return m_transitions.save(approve);
    }

    Result<void> loadCategories()
    {
        FrameworkRepository frameworks(m_db);
        for (FrameworkKind kind :
             { FrameworkKind::ProgramTargets, FrameworkKind::AgencyOverall, FrameworkKind::GovernmentBudget }) {
            Result<QList<IndicatorCategory>> cats = frameworks.categories(kind, m_year);
            if (!cats)
                return cats.error();
            QHash<QUuid, QString> levelOne;
            for (const IndicatorCategory& c : *cats) {
                if (c.level == 1)
                    levelOne.insert(c.meta.id, c.name);
            }
            for (const IndicatorCategory& c : *cats) {
                if (c.level == 2) {
                    m_categories.insert(qMakePair(static_cast<int>(kind), c.name), c.meta.id);
                    m_levelOne.insert(c.meta.id, levelOne.value(c.parentId));
                }
            }
        }
        return {};
    }

    /// One county: its finance bureau (unless given), units, programs and all their records.
    Result<void> county(const Division& division, const Agency* financeBureau, qint64 index, qint64 total)
    {
        // Every self-evaluation is stored with its score and grade, under the county's policy.
        Result<YearPolicy> policy = PolicyRepository(m_db).policyForDivision(division.code, m_year);
        if (!policy)
            return policy.error();
        m_policy = *policy;
        Agency finance;
        if (financeBureau) {
            finance = *financeBureau;
        } else {
            finance.meta.id = uuid();
            finance.name = division.name + u8(texts.financeBureau);
            finance.kind = AgencyKind::FinanceBureau;
            finance.divisionCode = division.code;
            finance.code = division.code + QStringLiteral("-000");
            if (Result<void> r = m_agencies.save(finance); !r)
                return r;
            ++m_summary.agencies;
        }
        m_financeId = finance.meta.id;
        for (BudgetBook book : { BudgetBook::GeneralPublic, BudgetBook::GovernmentFund, BudgetBook::StateCapital,
                                 BudgetBook::SocialInsurance }) {
            Subject government;
            government.meta.id = uuid();
            government.kind = SubjectKind::GovernmentBudget;
            government.fiscalYear = m_year;
            government.agencyId = finance.meta.id;
            government.divisionCode = division.code;
            government.book = book;
            government.name = QStringLiteral("%1%2%3").arg(division.name).arg(m_year).arg(Names::of(book));
            government.amount = Money::fromYuan(qint64(uniform(20'000, 400'000)) * 10'000);
            if (Result<void> r = m_subjects.save(government); !r)
                return r;
            if (Result<void> r = governmentBudget(government, finance); !r)
                return r;
        }

        // ≈150 budget units: each department, its subordinate units, and the township governments.
        QList<Agency> units;
        int serial = 0;
        auto addUnit = [&](const QString& name, const QUuid& parent) -> Result<void> {
            Agency unit;
            unit.meta.id = uuid();
            unit.name = name;
            unit.kind = AgencyKind::BudgetUnit;
            unit.divisionCode = division.code;
            unit.parentId = parent;
            unit.code = QStringLiteral("%1-%2").arg(division.code).arg(++serial, 3, 10, QLatin1Char('0'));
            if (Result<void> r = m_agencies.save(unit); !r)
                return r;
            units << unit;
            ++m_summary.agencies;
            return {};
        };
        QList<int> departmentOf; // index into departments for each unit, -1 for a township government
        QList<int> townshipOf;   // index into townships, -1 for county-level units
        auto add = [&](const QString& name, const QUuid& parent, int dep, int town) -> Result<void> {
            if (units.size() >= 150)
                return {};
            departmentOf << dep;
            townshipOf << town;
            return addUnit(name, parent);
        };
        for (int d = 0; d < int(departments.size()); ++d) {
            if (Result<void> r = add(division.name + u8(departments.at(d).name), {}, d, -1); !r)
                return r;
        }
        for (int d = 0; d < int(departments.size()); ++d) {
            const QUuid parent = units.at(d).meta.id;
            for (const char* sub : departments.at(d).subordinates) {
                if (*sub) {
                    if (Result<void> r = add(division.name + u8(sub), parent, d, -1); !r)
                        return r;
                }
            }
        }
        for (int t = 0; t < int(townships.size()); ++t) {
            const QString town = division.name + u8(townships.at(t));
            if (Result<void> r = add(town + u8(texts.townshipGovernment), {}, -1, t); !r)
                return r;
            for (int d = 0; d < int(departments.size()); ++d) {
                if (*departments.at(d).townBranch) {
                    if (Result<void> r = add(town + u8(departments.at(d).townBranch), units.at(d).meta.id, d, t); !r)
                        return r;
                }
            }
        }

        for (qsizetype u = 0; u < units.size(); ++u) {
            const Agency& unit = units.at(u);
            // A township government spends on what its township's farmers and villages need.
            const int d = departmentOf.at(u);
            const Department& dep = departments.at(d >= 0 ? d : townshipDepartments.at(u % 3));
            const QString town = townshipOf.at(u) >= 0 ? u8(townships.at(townshipOf.at(u))) : QString();
            if (Result<void> r = agencyBudget(unit, finance); !r)
                return r;
            for (int p = 0; p < 20; ++p) {
                if (Result<void> r = program(unit, finance, dep, division, town, p); !r)
                    return r;
            }
            if (m_options.progress) {
                const double done = (double(index) + double(u + 1) / double(units.size())) / double(total);
                if (!m_options.progress(done))
                    return makeError(Error::Code::Invalid, DemoGenerator::tr("Cancelled."));
            }
        }
        return {};
    }

    const DemoSummary& summary() const { return m_summary; }
    DemoSummary& summary() { return m_summary; }
    QUuid uuid() { return uuidFrom(m_rng); }
    QUuid uuidFrom(std::mt19937_64& rng)
    {
        // Time-ordered ids (version 7, as the application makes them) whose "time" is a counter
        // from a fixed start and whose random bits come from the seeded generator: the same seed
        // gives the same ids, and they grow in the order the records are written.
        const quint64 hi = rng();
        const quint64 lo = rng();
        static const qint64 start = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        return recordIdAt(start + m_idCount++, hi, lo);
    }

    qint64 m_idCount = 0;

    // The builder's own steps and state.
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    bool chance(double p) { return real(0, 1) < p; }
    QString person() { return u8(surnames.at(uniform(0, 15))) + u8(givenNames.at(uniform(0, 15))); }
    /// A name for the history, from a generator of its own: the history leaves the data as it was.
    QString historyPerson()
    {
        std::uniform_int_distribution<int> pick(0, 15);
        return u8(surnames.at(pick(m_historyRng))) + u8(givenNames.at(pick(m_historyRng)));
    }

    QUuid category(FrameworkKind kind, const char* name) const
    {
        return m_categories.value(qMakePair(static_cast<int>(kind), u8(name)));
    }

    static double round2(double v) { return SelfEvaluationScorer::round2(v); }

    Indicator makeIndicator(FrameworkKind kind, const IndicatorTemplate& t, double scale)
    {
        Indicator i;
        i.meta.id = uuid();
        i.categoryId = category(kind, t.category);
        i.name = u8(t.name);
        i.op = t.op;
        i.unit = u8(t.unit);
        i.weight = t.weight;
        if (t.op == IndicatorOperator::Qualitative) {
            i.targetText = u8(t.text);
        } else {
            // Counts scale with the program; rates and limits do not.
            const bool isCount = isCountUnit(i.unit);
            i.targetValue = isCount ? std::max(1.0, std::round(t.target * scale)) : t.target;
            i.targetText = QString::number(*i.targetValue);
        }
        i.standard = chance(0.7) ? EvaluationStandard::Plan
                                 : otherStandards.at(uniform(0, int(otherStandards.size()) - 1));
        i.dataSource = chance(0.5) ? u8(texts.acceptanceRecords) : u8(texts.statistics);
        return i;
    }

    Result<void> agencyBudget(const Agency& unit, const Agency& finance)
    {
        Subject s;
        s.meta.id = uuid();
        s.kind = SubjectKind::AgencyBudget;
        s.fiscalYear = m_year;
        s.agencyId = unit.meta.id;
        s.divisionCode = unit.divisionCode;
        s.name = QStringLiteral("%1%2").arg(unit.name).arg(m_year) + u8(texts.agencyBudget);
        s.amount = Money::fromYuan(qint64(uniform(100, 20'000)) * 1'000);
        if (Result<void> r = m_subjects.save(s); !r)
            return r;
        TargetSet set;
        set.meta.id = uuid();
        set.meta.ownerId = unit.meta.id;
        set.subjectId = s.meta.id;
        set.fiscalYear = m_year;
        set.objectiveAnnual = u8(texts.agencyObjective);
        set.status = RecordStatus::Approved;
        for (const IndicatorTemplate& t : agencyIndicators)
            set.indicators << makeIndicator(FrameworkKind::AgencyOverall, t, 1.0);
        if (Result<void> r = m_targets.save(set); !r)
            return r;
        m_summary.indicators += set.indicators.size();
        if (Result<void> r = history(RecordKind::TargetSet, set.meta.id, unit.meta.id, set.status,
                                     QDateTime(QDate(m_year, 1, 25), QTime(9, 30), Qt::UTC));
            !r)
            return r;
        // The mid-year (end of June) check of agency overall targets.
        MonitoringReport june;
        june.meta.id = uuid();
        june.meta.ownerId = unit.meta.id;
        june.subjectId = s.meta.id;
        june.fiscalYear = m_year;
        june.month = 6;
        june.budget = s.amount;
        june.executed = *s.amount.scaled(uniform(35, 60), 100);
        june.forecastYearEnd = *s.amount.scaled(uniform(90, 100), 100);
        june.status = RecordStatus::Approved;
        for (const Indicator& i : set.indicators) {
            MonitoringEntry e;
            e.indicatorId = i.meta.id;
            if (i.targetValue)
                e.progressValue = round2(*i.targetValue * real(0.4, 0.6));
            else
                e.progressText = u8(texts.onSchedule);
            e.forecastValue = i.targetValue;
            june.entries << e;
        }
        if (Result<void> r = m_monitoring.save(june); !r)
            return r;
        if (Result<void> r = history(RecordKind::MonitoringReport, june.meta.id, unit.meta.id, june.status,
                                     QDateTime(QDate(m_year, 7, 8), QTime(9, 30), Qt::UTC));
            !r)
            return r;
        ++m_summary.monitoringReports;
        Q_UNUSED(finance);
        return evaluation(s, set, unit, real(0.88, 1.02));
    }

    /// 政府收支预算 of one book: targets under the region's government-budget framework and
    /// the finance bureau's self-evaluation.
    Result<void> governmentBudget(const Subject& s, const Agency& finance)
    {
        TargetSet set;
        set.meta.id = uuid();
        set.meta.ownerId = finance.meta.id;
        set.subjectId = s.meta.id;
        set.fiscalYear = m_year;
        set.objectiveAnnual = u8(texts.governmentObjective);
        set.status = RecordStatus::Approved;
        for (const IndicatorTemplate& t : governmentIndicators)
            set.indicators << makeIndicator(FrameworkKind::GovernmentBudget, t, 1.0);
        if (Result<void> r = m_targets.save(set); !r)
            return r;
        m_summary.indicators += set.indicators.size();
        if (Result<void> r = history(RecordKind::TargetSet, set.meta.id, finance.meta.id, set.status,
                                     QDateTime(QDate(m_year - 1, 12, 5), QTime(9, 30), Qt::UTC));
            !r)
            return r;
        return evaluation(s, set, finance, real(0.9, 1.02));
    }

    Result<void> program(const Agency& unit, const Agency& finance, const Department& dep, const Division& division,
                         const QString& township, int serial)
    {
        Subject s;
        s.meta.id = uuid();
        s.kind = SubjectKind::Program;
        s.fiscalYear = m_year;
        s.agencyId = unit.meta.id;
        s.divisionCode = division.code;
        const int bookRoll = uniform(1, 100);
        s.book = bookRoll <= 85 ? BudgetBook::GeneralPublic
            : bookRoll <= 93    ? BudgetBook::GovernmentFund
            : bookRoll <= 96    ? BudgetBook::StateCapital
                                : BudgetBook::SocialInsurance;
        const int kindRoll = uniform(1, 100);
        s.programKind = kindRoll <= 70 ? ProgramKind::Project
            : kindRoll <= 90           ? ProgramKind::Policy
                                       : ProgramKind::SpecialTransfer;
        QString name = township + u8(dep.stems.at(serial % 4));
        name += u8(nameVariants.at(uniform(0, int(nameVariants.size()) - 1)));
        name += s.programKind == ProgramKind::Policy            ? u8(texts.policySuffix)
            : s.programKind == ProgramKind::SpecialTransfer ? u8(texts.transferSuffix)
                                                           : u8(texts.projectSuffix);
        s.name = QStringLiteral("%1").arg(m_year) + u8(texts.year) + name;
        s.code = QStringLiteral("%1-%2-%3").arg(unit.code).arg(m_year).arg(serial + 1, 2, 10, QLatin1Char('0'));
        // Amounts log-uniform between 5万 and 5,000万, in whole hundreds of yuan.
        const double amountYuan = std::exp(real(std::log(5e4), std::log(5e7)));
        s.amount = Money::fromYuan(qint64(amountYuan / 100) * 100);
        s.functionCode = u8(dep.functionCode) + QStringLiteral("%1").arg(uniform(1, 9), 2, 10, QLatin1Char('0'));
        for (const EnumEntry<FundingTag>& tag : enumEntries<FundingTag>()) {
            if (chance(0.06))
                s.fundingTags |= static_cast<int>(tag.value);
        }
        s.isNew = chance(0.3);
        s.isMajor = chance(0.05);
        s.isMidYear = chance(0.05);
        if (Result<void> r = m_subjects.save(s); !r)
            return r;
        ++m_summary.programs;

        if (s.isNew && s.isMajor) {
            if (Result<void> r = assessment(s, unit); !r)
                return r;
        }

        const double scale = std::clamp(amountYuan / 1e6, 0.2, 20.0);
        TargetSet set;
        set.meta.id = uuid();
        set.meta.ownerId = unit.meta.id;
        set.subjectId = s.meta.id;
        set.fiscalYear = m_year;
        // A special transfer goes to a level below the program's (对下): to a division under it
        // where the reference data has one; a county's go to its townships, which have no code.
        if (s.programKind == ProgramKind::SpecialTransfer) {
            Result<QList<Division>> lower = lowerDivisions(division.code);
            if (!lower)
                return lower.error();
            if (!lower->isEmpty())
                set.receivingDivisionCode = lower->at(serial % lower->size()).code;
        }
        set.objectiveAnnual = u8(texts.objectivePrefix) + name + u8(texts.objectiveSuffix);
        set.objectiveMidTerm = u8(texts.objectiveMidTerm);
        set.status = RecordStatus::Approved;
        for (const IndicatorTemplate& t : programIndicators)
            set.indicators << makeIndicator(FrameworkKind::ProgramTargets, t, scale);
        if (Result<void> r = m_targets.save(set); !r)
            return r;
        m_summary.indicators += set.indicators.size();
        if (Result<void> r = history(RecordKind::TargetSet, set.meta.id, unit.meta.id, set.status,
                                     QDateTime(QDate(m_year - 1, 12, 10), QTime(9, 30), Qt::UTC));
            !r)
            return r;

        Review review;
        review.meta.id = uuid();
        review.meta.ownerId = finance.meta.id;
        review.recordKind = RecordKind::TargetSet;
        review.recordId = set.meta.id;
        review.decision = ReviewDecision::Approve;
        review.comments = u8(texts.reviewComment);
        review.reviewer = person();
        review.reviewedAt = QDateTime(QDate(m_year - 1, 12, 20), QTime(10, 0), Qt::UTC);
        if (Result<void> r = m_reviews.save(review); !r)
            return r;

        // Pace: most programs spend steadily; some lag behind time progress.
        const bool lagging = chance(0.15);
        const double pace = lagging ? real(0.45, 0.75) : real(0.9, 1.05);
        if (Result<void> r = monitoring(s, set, unit, pace, lagging); !r)
            return r;
        return evaluation(s, set, unit, pace);
    }

    /// The divisions directly below @p code in the demo's year (read once per division).
    Result<QList<Division>> lowerDivisions(const QString& code)
    {
        if (!m_lowerDivisions.contains(code)) {
            Result<QList<Division>> children = DivisionRepository(m_db).children(code, m_year);
            if (!children)
                return children.error();
            m_lowerDivisions.insert(code, *children);
        }
        return m_lowerDivisions.value(code);
    }

    Result<void> assessment(const Subject& s, const Agency& unit)
    {
        ExAnteAssessment a;
        a.meta.id = uuid();
        a.meta.ownerId = unit.meta.id;
        a.subjectId = s.meta.id;
        a.assessor = chance(0.3) ? AssessorKind::ThirdParty : AssessorKind::Self;
        a.assessorName = a.assessor == AssessorKind::ThirdParty ? u8(texts.thirdPartyAssessor) : unit.name;
        for (const EnumEntry<AssessmentDimension>& dimension : enumEntries<AssessmentDimension>()) {
            AssessmentItem item;
            item.dimension = dimension.value;
            item.maxScore = 20;
            item.score = uniform(12, 20);
            item.rating = item.score >= 18 ? Grade::Excellent
                : item.score >= 16         ? Grade::Good
                : item.score >= 12         ? Grade::Fair
                                           : Grade::Poor;
            a.items << item;
        }
        const double total = a.totalScore();
        a.conclusion = total >= 80 ? AssessmentConclusion::Support
            : total >= 60          ? AssessmentConclusion::SupportAfterRevision
                                   : AssessmentConclusion::Reject;
        a.report = u8(texts.reportHead) + s.name + u8(texts.reportBody);
        a.status = RecordStatus::Approved;
        if (Result<void> r = m_assessments.save(a); !r)
            return r;
        return history(RecordKind::Assessment, a.meta.id, unit.meta.id, a.status, QDateTime(QDate(m_year - 1, 9, 15), QTime(9, 30), Qt::UTC));
    }

    Result<void> monitoring(const Subject& s, const TargetSet& set, const Agency& unit, double pace, bool lagging)
    {
        const bool entriesEveryMonth = m_options.scale != DemoScale::Region;
        for (int month = 1; month <= 12; ++month) {
            MonitoringReport r;
            r.meta.id = uuid();
            r.meta.ownerId = unit.meta.id;
            r.subjectId = s.meta.id;
            r.fiscalYear = m_year;
            r.month = month;
            r.budget = s.amount;
            // Spending is slow in spring and catches up at year end.
            const double progress = std::min(1.0, std::pow(month / 12.0, 1.3) * pace);
            r.executed = *s.amount.scaled(qint64(progress * 10'000), 10'000);
            r.forecastYearEnd = *s.amount.scaled(qint64(std::min(1.0, pace) * 10'000), 10'000);
            r.status = month <= 11 ? RecordStatus::Approved : RecordStatus::Submitted;
            if (entriesEveryMonth || month % 3 == 0) {
                for (const Indicator& i : set.indicators) {
                    MonitoringEntry e;
                    e.indicatorId = i.meta.id;
                    if (i.targetValue) {
                        const bool rate = i.unit == QStringLiteral("%") || i.unit == u8("月") || i.unit == u8("元/人");
                        e.progressValue = rate ? *i.targetValue : round2(*i.targetValue * progress);
                        e.forecastValue = rate ? *i.targetValue : round2(*i.targetValue * std::min(1.05, pace));
                    } else {
                        e.progressText = month < 12 ? u8(texts.onSchedule) : u8(texts.largelyReached);
                    }
                    const bool forecastMisses = i.targetValue && e.forecastValue
                        && SelfEvaluationScorer::quantitativeScore(
                               i.op, 1, *i.targetValue, *e.forecastValue, m_policy.lowerIsBetterFormula())
                            < 1;
                    if (forecastMisses || (lagging && month >= 6 && !i.lowerIsBetter() && !i.isQualitative())) {
                        e.likelihood = lagging && pace < 0.55 ? Likelihood::Impossible : Likelihood::Possible;
                        const std::span<const EnumEntry<DeviationCause>> causes = enumEntries<DeviationCause>();
                        e.cause = causes[uniform(0, int(causes.size()) - 1)].value;
                        e.measures = u8(texts.lagMeasures);
                    }
                    r.entries << e;
                }
            }
            if (Result<void> res = m_monitoring.save(r); !res)
                return res;
            if (month == 12) {
                if (Result<void> res = history(RecordKind::MonitoringReport, r.meta.id, unit.meta.id, r.status,
                                               QDateTime(QDate(m_year + 1, 1, 8), QTime(9, 30), Qt::UTC));
                    !res)
                    return res;
            }
            ++m_summary.monitoringReports;
        }
        return {};
    }

    Result<void> evaluation(const Subject& s, const TargetSet& set, const Agency& unit, double pace)
    {
        SelfEvaluation ev;
        ev.meta.id = uuid();
        ev.meta.ownerId = unit.meta.id;
        ev.subjectId = s.meta.id;
        ev.fiscalYear = m_year;
        EvaluationFund appropriation;
        appropriation.source = FundSource::Appropriation;
        appropriation.initialBudget = s.amount;
        appropriation.adjustedBudget = s.isMidYear ? *s.amount.scaled(uniform(105, 130), 100) : s.amount;
        appropriation.executed = *appropriation.adjustedBudget.scaled(qint64(std::min(1.0, pace) * 10'000), 10'000);
        ev.funds << appropriation;
        if (chance(0.2)) {
            EvaluationFund carry;
            carry.source = FundSource::CarryOver;
            carry.initialBudget = *s.amount.scaled(uniform(5, 20), 100);
            carry.adjustedBudget = carry.initialBudget;
            carry.executed = carry.initialBudget;
            ev.funds << carry;
        }
        ev.objectiveExpected = set.objectiveAnnual;
        ev.objectiveAchieved = pace >= 0.9 ? u8(texts.objectiveAchieved) : u8(texts.objectivePartlyAchieved);
        if (pace < 0.9)
            ev.executionReason = u8(texts.executionReason);
        ev.conclusion = pace >= 0.9 ? u8(texts.conclusionGood) : u8(texts.conclusionFair);
        ev.problems = u8(texts.problems);
        ev.measures = u8(texts.measures);
        ev.projectLead = person();
        ev.financeLead = person();
        ev.status = RecordStatus::Submitted;
        for (const Indicator& i : set.indicators) {
            EvaluationEntry e;
            e.indicatorId = i.meta.id;
            if (i.targetValue) {
                const double t = *i.targetValue;
                double a = t;
                if (i.lowerIsBetter())
                    a = round2(t * real(0.85, pace < 0.9 ? 1.3 : 1.02));
                else if (i.op == IndicatorOperator::Equal)
                    a = chance(pace < 0.9 ? 0.5 : 0.95) ? t : round2(t * real(0.9, 0.99));
                else
                    a = round2(t * std::min(1.4, pace * real(0.95, 1.25)));
                if (i.unit == QStringLiteral("%"))
                    a = std::min(a, 100.0); // rates stop at 100%
                else if (isCountUnit(i.unit))
                    a = std::round(a);      // counts are whole
                e.actualValue = a;
                e.actualText = QString::number(a);
                // Every indicator not fully reached explains its deviation; one far above target, why.
                if (SelfEvaluationScorer::quantitativeScore(i.op, 1, t, a, m_policy.lowerIsBetterFormula()) < 1)
                    e.deviationReason = u8(texts.deviationReason);
                const std::optional<double> ratio = SelfEvaluationScorer::farAboveRatioOf(i.op, t, a);
                if (ratio && *ratio > m_policy.farAboveRatio())
                    e.explanation = u8(texts.aboveTarget);
            } else {
                // The evaluator rates the level and gives a score inside its band.
                const bool achieved = pace >= 0.9;
                e.qualitativeLevel = achieved ? QualitativeLevel::Achieved : QualitativeLevel::Partly;
                e.score = round2(i.weight * (achieved ? real(0.8, 1.0) : real(0.6, 0.79)));
                e.actualText = achieved ? i.targetText : u8(texts.partlyReached);
                if (!achieved)
                    e.deviationReason = u8(texts.deviationReason);
            }
            ev.entries << e;
        }
        ScoringContext context;
        context.framework = s.kind == SubjectKind::AgencyBudget ? FrameworkKind::AgencyOverall
            : s.kind == SubjectKind::GovernmentBudget            ? FrameworkKind::GovernmentBudget
                                                                 : FrameworkKind::ProgramTargets;
        context.targetStatus = set.status;
        Result<ScoreSheet> sheet = SelfEvaluationScorer::score(ev, set.indicators, m_levelOne, m_policy, context);
        if (!sheet)
            return sheet.error();
        ev.totalScore = sheet->total;
        ev.grade = sheet->grade;
        if (Result<void> r = m_evaluations.save(ev); !r)
            return r;
        if (Result<void> r = history(RecordKind::SelfEvaluation, ev.meta.id, unit.meta.id, ev.status,
                                     QDateTime(QDate(m_year + 1, 2, 20), QTime(9, 30), Qt::UTC));
            !r)
            return r;
        ++m_summary.selfEvaluations;
        return {};
    }

    Database& m_db;
    const DemoOptions& m_options;
    int m_year;
    std::mt19937_64 m_rng;
    std::mt19937_64 m_historyRng;
    AgencyRepository m_agencies;
    SubjectRepository m_subjects;
    TargetSetRepository m_targets;
    AssessmentRepository m_assessments;
    MonitoringRepository m_monitoring;
    EvaluationRepository m_evaluations;
    ReviewRepository m_reviews;
    TransitionRepository m_transitions;
    QUuid m_financeId; ///< the finance bureau of the county being built
    QHash<QPair<int, QString>, QUuid> m_categories;
    QHash<QUuid, QString> m_levelOne; ///< level-2 category → its level-1 class
    YearPolicy m_policy;
    DemoSummary m_summary;
    QHash<QString, QList<Division>> m_lowerDivisions;
};


DemoBuilder::DemoBuilder(Database& db, const DemoOptions& options, int year)
    : d(std::make_unique<Impl>(db, options, year))
{
}

DemoBuilder::~DemoBuilder() = default;

Result<void> DemoBuilder::loadCategories()
{
    return d->loadCategories();
}

Result<void> DemoBuilder::county(const Division& division, const Agency* financeBureau, qint64 index, qint64 total)
{
    return d->county(division, financeBureau, index, total);
}

QUuid DemoBuilder::uuid()
{
    return d->uuid();
}

DemoSummary& DemoBuilder::summary()
{
    return d->summary();
}

} // namespace jx
