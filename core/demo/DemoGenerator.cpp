#include "core/demo/DemoGenerator.h"

#include "core/domain/Agency.h"
#include "core/domain/Assessment.h"
#include "core/domain/Evaluation.h"
#include "core/domain/Indicator.h"
#include "core/domain/Monitoring.h"
#include "core/domain/Review.h"
#include "core/domain/SelfEvaluationScorer.h"
#include "core/domain/Subject.h"
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
#include "core/storage/TargetSetRepository.h"

#include <QDate>
#include <QFile>
#include <QHash>

#include <array>
#include <cmath>
#include <random>

namespace jx {

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

// A department and the sector it spends in (功能分类 类 code) with program stems.
struct Department
{
    const char* name;
    const char* functionCode;
    std::array<const char*, 4> stems;
    std::array<const char*, 2> subordinates; ///< subordinate units (所属单位), "" for none
    const char* townBranch;                  ///< its unit in each township (乡镇站所), "" for none
};

const std::array<Department, 30> departments = { {
    { "教育局", "205", { "义务教育学校营养改善计划", "学前教育资助", "教师培训提升", "校舍维修改造" }, { "第一中学", "第一小学" }, "中心学校" },
    { "卫生健康委员会", "210", { "基本公共卫生服务", "乡村医生补助", "妇幼健康服务", "卫生院设备购置" }, { "人民医院", "疾病预防控制中心" }, "卫生院" },
    { "农业农村局", "213", { "高标准农田建设", "农作物病虫害防治", "农业技术推广", "畜牧良种补贴" }, { "农业技术推广中心", "" }, "农业技术推广站" },
    { "水利局", "213", { "农村饮水安全巩固提升", "渠道防渗改造", "水土保持治理", "防汛抗旱" }, { "水管站", "" }, "水利管理站" },
    { "交通运输局", "214", { "农村公路养护", "乡村道路硬化", "客运站运营补贴", "桥梁安全改造" }, { "公路管理站", "" }, "" },
    { "住房和城乡建设局", "212", { "老旧小区改造", "农村危房改造", "城市道路照明维护", "供热管网改造" }, { "", "" }, "" },
    { "人力资源和社会保障局", "208", { "就业创业补贴", "职业技能培训", "公益性岗位补贴", "高校毕业生就业见习" }, { "就业服务中心", "" }, "劳动保障事务所" },
    { "民政局", "208", { "城乡低保", "特困人员供养", "临时救助", "养老服务补贴" }, { "社会福利院", "" }, "社会事务办" },
    { "文化体育广播电视和旅游局", "207", { "公共文化服务", "全民健身设施", "非物质文化遗产保护", "乡村旅游推广" }, { "文化馆", "图书馆" }, "文化站" },
    { "自然资源局", "220", { "国土空间规划编制", "不动产登记", "耕地保护补偿", "矿产资源调查" }, { "", "" }, "自然资源所" },
    { "生态环境分局", "211", { "大气污染防治", "农村环境整治", "水源地保护", "环境监测能力建设" }, { "环境监测站", "" }, "" },
    { "林业和草原局", "213", { "天然林保护", "草原生态保护补助奖励", "退耕还林", "林业有害生物防治" }, { "", "" }, "林业站" },
    { "应急管理局", "224", { "应急物资储备", "安全生产监管", "防灾减灾宣传", "应急救援队伍建设" }, { "", "" }, "" },
    { "市场监督管理局", "201", { "食品安全抽检", "特种设备检验", "计量器具检定", "消费者权益保护" }, { "", "" }, "市场监督管理所" },
    { "公安局", "204", { "公安基础设施建设", "交通安全设施", "警用装备购置", "社区警务" }, { "", "" }, "派出所" },
    { "司法局", "204", { "法律援助", "人民调解", "社区矫正", "普法宣传" }, { "", "" }, "司法所" },
    { "发展和改革委员会", "201", { "重点项目前期工作", "价格监测", "粮食储备", "以工代赈" }, { "", "" }, "" },
    { "工业和信息化局", "215", { "中小企业发展", "工业园区基础设施", "数字化转型", "节能技术改造" }, { "", "" }, "" },
    { "商务局", "216", { "电子商务进农村", "外贸发展", "市场体系建设", "商贸流通" }, { "", "" }, "" },
    { "退役军人事务局", "208", { "优抚对象补助", "退役军人就业培训", "烈士纪念设施维护", "光荣院运行" }, { "", "" }, "" },
    { "医疗保障局", "210", { "城乡居民医疗救助", "医保经办能力建设", "医保基金监管", "大病保险" }, { "", "" }, "" },
    { "乡村振兴局", "213", { "衔接推进乡村振兴", "庭院经济发展", "易地搬迁后续扶持", "村集体经济发展" }, { "", "" }, "" },
    { "统计局", "201", { "经济普查", "统计调查", "统计信息化", "农业普查" }, { "", "" }, "" },
    { "审计局", "201", { "政府投资审计", "经济责任审计", "审计信息化", "专项资金审计" }, { "", "" }, "" },
    { "档案馆", "201", { "档案数字化", "档案库房改造", "档案抢救保护", "档案编研" }, { "", "" }, "" },
    { "融媒体中心", "207", { "融媒体平台运维", "广播电视村村通", "新闻宣传", "应急广播" }, { "", "" }, "" },
    { "城市管理局", "212", { "环卫保洁", "生活垃圾处理", "园林绿化养护", "市政设施维护" }, { "环卫所", "" }, "" },
    { "残疾人联合会", "208", { "残疾人康复", "残疾人就业扶持", "辅具适配", "残疾儿童救助" }, { "", "" }, "" },
    { "供销合作社", "213", { "农资储备", "农村综合服务社", "冷链物流", "农产品流通" }, { "", "" }, "" },
    { "气象局", "220", { "人工影响天气", "气象监测站网", "气象灾害预警", "农业气象服务" }, { "", "" }, "" },
} };

const std::array<const char*, 12> townships = { "城关镇", "东风乡", "红旗乡", "团结乡", "胜利镇", "幸福乡",
                                                 "和平乡", "光明乡", "友谊乡", "建设乡", "前进镇", "新华乡" };
const std::array<const char*, 6> variants = { "", "（续建）", "二期", "配套资金", "运行维护", "提质增效" };
const std::array<const char*, 16> surnames = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄",
                                                "马", "艾", "买", "阿", "吐", "周", "吴", "古" };
const std::array<const char*, 16> givenNames = { "建国", "丽娜", "伟", "芳", "热合曼", "古丽", "明", "静",
                                                  "艾力", "努尔", "军", "燕", "江", "霞", "木拉提", "斌" };

// An indicator as the demo writes it, attached to a level-2 category by name.
struct IndicatorTemplate
{
    const char* category;
    const char* name;
    IndicatorOperator op;
    double target;
    const char* unit;
    const char* text; ///< qualitative target text
    double weight;
};

const std::array<IndicatorTemplate, 12> programIndicators = { {
    { "数量指标", "完成项目建设任务数", IndicatorOperator::AtLeast, 12, "个", "", 8 },
    { "数量指标", "受益人数", IndicatorOperator::GreaterThan, 1500, "人", "", 8 },
    { "数量指标", "开展培训或服务次数", IndicatorOperator::AtLeast, 24, "次", "", 8 },
    { "质量指标", "验收合格率", IndicatorOperator::Equal, 100, "%", "", 8 },
    { "质量指标", "资金使用合规率", IndicatorOperator::AtLeast, 98, "%", "", 8 },
    { "时效指标", "完工时间", IndicatorOperator::AtMost, 11, "月", "", 5 },
    { "经济成本指标", "单位成本", IndicatorOperator::LessThan, 5000, "元/人", "", 5 },
    { "社会效益指标", "群众生活条件改善", IndicatorOperator::Qualitative, 0, "", "明显改善", 10 },
    { "社会效益指标", "带动就业人数", IndicatorOperator::AtLeast, 60, "人", "", 10 },
    { "生态效益指标", "环境问题投诉下降率", IndicatorOperator::AtLeast, 10, "%", "", 5 },
    { "可持续影响指标", "长效管护机制", IndicatorOperator::Qualitative, 0, "", "健全", 5 },
    { "服务对象满意度指标", "服务对象满意度", IndicatorOperator::AtLeast, 90, "%", "", 10 },
} };

const std::array<IndicatorTemplate, 6> agencyIndicators = { {
    { "经济成本指标", "“三公”经费控制率", IndicatorOperator::AtMost, 100, "%", "", 15 },
    { "预算执行", "预算执行率", IndicatorOperator::AtLeast, 90, "%", "", 20 },
    { "重点工作履行", "重点工作完成率", IndicatorOperator::AtLeast, 95, "%", "", 25 },
    { "社会效益", "社会公众认可度", IndicatorOperator::Qualitative, 0, "", "较高", 15 },
    { "制度建设", "内控制度健全性", IndicatorOperator::Qualitative, 0, "", "健全", 10 },
    { "服务对象满意度", "服务对象满意度", IndicatorOperator::AtLeast, 90, "%", "", 15 },
} };

bool isCountUnit(const QString& unit)
{
    return unit == u8("个") || unit == u8("人") || unit == u8("次");
}

class Builder
{
public:
    Builder(Database& db, const DemoOptions& options, int year)
        : m_db(db)
        , m_options(options)
        , m_year(year)
        , m_rng(options.seed)
        , m_agencies(db)
        , m_subjects(db)
        , m_targets(db)
        , m_assessments(db)
        , m_monitoring(db)
        , m_evaluations(db)
        , m_reviews(db)
    {
    }

    Result<void> loadCategories()
    {
        FrameworkRepository frameworks(m_db);
        for (FrameworkKind kind : { FrameworkKind::ProgramTargets, FrameworkKind::AgencyOverall }) {
            Result<QList<IndicatorCategory>> cats = frameworks.categories(kind, m_year);
            if (!cats)
                return cats.error();
            for (const IndicatorCategory& c : *cats) {
                if (c.level == 2)
                    m_categories.insert(qMakePair(static_cast<int>(kind), c.name), c.meta.id);
            }
        }
        return {};
    }

    /// One county: its finance bureau (unless given), units, programs and all their records.
    Result<void> county(const Division& division, const Agency* financeBureau, qint64 index, qint64 total)
    {
        Agency finance;
        if (financeBureau) {
            finance = *financeBureau;
        } else {
            finance.meta.id = uuid();
            finance.name = division.name + u8("财政局");
            finance.kind = AgencyKind::FinanceBureau;
            finance.divisionCode = division.code;
            finance.code = division.code + QStringLiteral("-000");
            if (Result<void> r = m_agencies.save(finance); !r)
                return r;
            ++m_summary.agencies;
        }
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
            if (Result<void> r = add(town + u8("人民政府"), {}, -1, t); !r)
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
            const Department& dep = departments.at(d >= 0 ? d : (u % 3 == 0 ? 2 : u % 3 == 1 ? 21 : 4));
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
    QUuid uuid()
    {
        // Version-4 layout from the seeded generator, so that the same seed gives the same ids.
        const quint64 hi = m_rng();
        const quint64 lo = m_rng();
        QUuid id(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0FFF) | 0x4000), uchar(((lo >> 56) & 0x3F) | 0x80),
                 uchar(lo >> 48), uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                 uchar(lo));
        return id;
    }

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    bool chance(double p) { return real(0, 1) < p; }
    QString person() { return u8(surnames.at(uniform(0, 15))) + u8(givenNames.at(uniform(0, 15))); }

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
                                 : static_cast<EvaluationStandard>(uniform(2, 4));
        i.dataSource = chance(0.5) ? u8("项目验收资料") : u8("统计报表");
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
        s.name = QStringLiteral("%1%2").arg(unit.name).arg(m_year) + u8("年度部门整体支出");
        s.amount = Money::fromYuan(qint64(uniform(100, 20'000)) * 1'000);
        if (Result<void> r = m_subjects.save(s); !r)
            return r;
        TargetSet set;
        set.meta.id = uuid();
        set.meta.ownerId = unit.meta.id;
        set.subjectId = s.meta.id;
        set.fiscalYear = m_year;
        set.objectiveAnnual = u8("全面履行部门职责，保障重点工作任务完成，提高资金使用效益。");
        set.status = RecordStatus::Approved;
        for (const IndicatorTemplate& t : agencyIndicators)
            set.indicators << makeIndicator(FrameworkKind::AgencyOverall, t, 1.0);
        if (Result<void> r = m_targets.save(set); !r)
            return r;
        m_summary.indicators += set.indicators.size();
        // The mid-year (end of June) check of agency overall targets.
        MonitoringReport june;
        june.meta.id = uuid();
        june.meta.ownerId = unit.meta.id;
        june.subjectId = s.meta.id;
        june.fiscalYear = m_year;
        june.month = 6;
        june.budget = s.amount;
        june.executed = s.amount.scaled(uniform(35, 60), 100);
        june.forecastYearEnd = s.amount.scaled(uniform(90, 100), 100);
        june.status = RecordStatus::Approved;
        for (const Indicator& i : set.indicators) {
            MonitoringEntry e;
            e.indicatorId = i.meta.id;
            if (i.targetValue)
                e.progressValue = round2(*i.targetValue * real(0.4, 0.6));
            else
                e.progressText = u8("按计划推进");
            e.forecastValue = i.targetValue;
            june.entries << e;
        }
        if (Result<void> r = m_monitoring.save(june); !r)
            return r;
        ++m_summary.monitoringReports;
        Q_UNUSED(finance);
        return {};
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
        name += u8(variants.at(uniform(0, int(variants.size()) - 1)));
        name += s.programKind == ProgramKind::Policy ? u8("政策")
            : s.programKind == ProgramKind::SpecialTransfer ? u8("专项转移支付")
                                                           : u8("项目");
        s.name = QStringLiteral("%1").arg(m_year) + u8("年") + name;
        s.code = QStringLiteral("%1-%2-%3").arg(unit.code).arg(m_year).arg(serial + 1, 2, 10, QLatin1Char('0'));
        // Amounts log-uniform between 5万 and 5,000万, in whole hundreds of yuan.
        const double amountYuan = std::exp(real(std::log(5e4), std::log(5e7)));
        s.amount = Money::fromYuan(qint64(amountYuan / 100) * 100);
        s.functionCode = u8(dep.functionCode) + QStringLiteral("%1").arg(uniform(1, 9), 2, 10, QLatin1Char('0'));
        for (int bit = 1; bit <= AllFundingTags; bit <<= 1) {
            if (chance(0.06))
                s.fundingTags |= bit;
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
        if (s.programKind == ProgramKind::SpecialTransfer)
            set.receivingDivisionCode = division.code;
        set.objectiveAnnual = u8("通过实施") + name + u8("，按期完成建设和服务任务，资金使用规范，服务对象满意度达到90%以上。");
        set.objectiveMidTerm = u8("三年内形成长效机制，持续改善群众生产生活条件。");
        set.status = RecordStatus::Approved;
        for (const IndicatorTemplate& t : programIndicators)
            set.indicators << makeIndicator(FrameworkKind::ProgramTargets, t, scale);
        if (Result<void> r = m_targets.save(set); !r)
            return r;
        m_summary.indicators += set.indicators.size();

        Review review;
        review.meta.id = uuid();
        review.meta.ownerId = finance.meta.id;
        review.recordKind = RecordKind::TargetSet;
        review.recordId = set.meta.id;
        review.decision = ReviewDecision::Approve;
        review.comments = u8("绩效目标完整、相关、适当、可行，同意。");
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

    Result<void> assessment(const Subject& s, const Agency& unit)
    {
        ExAnteAssessment a;
        a.meta.id = uuid();
        a.meta.ownerId = unit.meta.id;
        a.subjectId = s.meta.id;
        a.assessor = chance(0.3) ? AssessorKind::ThirdParty : AssessorKind::Self;
        a.assessorName = a.assessor == AssessorKind::ThirdParty ? u8("新疆某会计师事务所") : unit.name;
        for (int d = 1; d <= 5; ++d) {
            AssessmentItem item;
            item.dimension = static_cast<AssessmentDimension>(d);
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
        a.report = u8("一、基本情况\n") + s.name + u8("。\n二、评估工作开展情况\n采用资料审核、现场调研等方法。\n"
                                                       "三、各维度评估情况与总体结论\n立项必要、投入经济、目标合理、方案可行、筹资合规。\n"
                                                       "四、建议\n进一步细化绩效指标。");
        a.status = RecordStatus::Approved;
        return m_assessments.save(a);
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
            r.executed = s.amount.scaled(qint64(progress * 10'000), 10'000);
            r.forecastYearEnd = s.amount.scaled(qint64(std::min(1.0, pace) * 10'000), 10'000);
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
                        e.progressText = month < 12 ? u8("按计划推进") : u8("基本达成");
                    }
                    if (lagging && month >= 6 && !i.lowerIsBetter() && !i.isQualitative()) {
                        e.likelihood = pace < 0.55 ? Likelihood::Impossible : Likelihood::Possible;
                        e.cause = static_cast<DeviationCause>(uniform(1, 5));
                        e.measures = u8("加快项目实施进度，督促资金拨付，每月跟踪调度。");
                    }
                    r.entries << e;
                }
            }
            if (Result<void> res = m_monitoring.save(r); !res)
                return res;
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
        appropriation.adjustedBudget = s.isMidYear ? s.amount.scaled(uniform(105, 130), 100) : s.amount;
        appropriation.executed = appropriation.adjustedBudget.scaled(qint64(std::min(1.0, pace) * 10'000), 10'000);
        ev.funds << appropriation;
        if (chance(0.2)) {
            EvaluationFund carry;
            carry.source = FundSource::CarryOver;
            carry.initialBudget = s.amount.scaled(uniform(5, 20), 100);
            carry.adjustedBudget = carry.initialBudget;
            carry.executed = carry.initialBudget;
            ev.funds << carry;
        }
        ev.objectiveExpected = set.objectiveAnnual;
        ev.objectiveAchieved = pace >= 0.9 ? u8("全面完成年度目标任务。") : u8("部分完成年度目标，个别指标未达预期。");
        if (pace < 0.9)
            ev.executionReason = u8("项目前期手续办理时间较长，工程进度滞后。");
        ev.conclusion = pace >= 0.9 ? u8("项目实施总体效果良好。") : u8("项目实施效果一般，需加强管理。");
        ev.problems = u8("绩效目标设定不够细化，部分指标数据采集不及时。");
        ev.measures = u8("完善指标体系，加强过程监控和资金管理。");
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
                if (!i.lowerIsBetter() && a < t)
                    e.deviationReason = u8("受项目进度影响未完全达标，下年度加快实施。");
                if (!i.lowerIsBetter() && t > 0 && a / t > 1.2)
                    e.explanation = u8("实际需求大于预期，完成情况好于年初设定的目标。");
            } else {
                // The evaluator rates the level and gives a score inside its band.
                const bool achieved = pace >= 0.9;
                e.qualitativeLevel = achieved ? QualitativeLevel::Achieved : QualitativeLevel::Partly;
                e.score = round2(i.weight * (achieved ? real(0.8, 1.0) : real(0.6, 0.79)));
                e.actualText = achieved ? i.targetText : u8("部分达成");
            }
            ev.entries << e;
        }
        if (Result<void> r = m_evaluations.save(ev); !r)
            return r;
        ++m_summary.selfEvaluations;
        return {};
    }

    Database& m_db;
    const DemoOptions& m_options;
    int m_year;
    std::mt19937_64 m_rng;
    AgencyRepository m_agencies;
    SubjectRepository m_subjects;
    TargetSetRepository m_targets;
    AssessmentRepository m_assessments;
    MonitoringRepository m_monitoring;
    EvaluationRepository m_evaluations;
    ReviewRepository m_reviews;
    QHash<QPair<int, QString>, QUuid> m_categories;
    DemoSummary m_summary;
};

} // namespace

Result<DemoScale> DemoGenerator::parseScale(const QString& text)
{
    if (text == QLatin1String("county"))
        return DemoScale::County;
    if (text == QLatin1String("prefecture"))
        return DemoScale::Prefecture;
    if (text == QLatin1String("region"))
        return DemoScale::Region;
    return makeError(Error::Code::Invalid, tr("Unknown scale “%1”: use county, prefecture or region.").arg(text));
}

Result<DemoSummary> DemoGenerator::createDemo(const QString& path, const DemoOptions& options)
{
    const std::optional<Division> region = SeedData::division(options.regionCode);
    if (!region || region->rank != DivisionRank::Region) {
        return makeError(Error::Code::Invalid,
            tr("“%1” is not a region-level division code (such as 650000).").arg(options.regionCode));
    }
    const int year = options.fiscalYear != 0 ? options.fiscalYear : QDate::currentDate().year() - 1;
    if (year < 2018 || year > 2100)
        return makeError(Error::Code::Invalid, tr("Demo year %1 is out of range (2018–2100).").arg(year));

    // Choose the division from the seed, deterministically.
    std::mt19937_64 pick(options.seed ^ 0x9E3779B97F4A7C15ULL);
    Division top = *region;
    auto validChildren = [&](const QString& parent) {
        QList<Division> out;
        for (const Division& d : SeedData::divisions()) {
            if (d.parentCode == parent && d.validIn(year))
                out << d;
        }
        return out;
    };
    if (options.scale != DemoScale::Region) {
        QList<Division> prefectures;
        for (const Division& d : validChildren(region->code)) {
            if (d.rank == DivisionRank::Prefecture && !validChildren(d.code).isEmpty())
                prefectures << d;
        }
        if (prefectures.isEmpty())
            return makeError(Error::Code::Invalid, tr("Region %1 has no prefectures in the division list.").arg(region->code));
        top = prefectures.at(qsizetype(pick() % quint64(prefectures.size())));
        if (options.scale == DemoScale::County) {
            QList<Division> counties;
            for (const Division& d : validChildren(top.code)) {
                if (d.rank == DivisionRank::County)
                    counties << d;
            }
            top = counties.at(qsizetype(pick() % quint64(counties.size())));
        }
    }

    InstallationRequest request;
    request.divisionCode = top.code;
    request.agencyName = top.name + u8("财政局"); // data, not interface text
    request.agencyKind = AgencyKind::FinanceBureau;
    request.agencyCode = top.code + QStringLiteral("-000");
    Result<std::unique_ptr<Database>> created = Installation::create(path, request);
    if (!created)
        return created.error();
    std::unique_ptr<Database> db = std::move(created.value());

    // One transaction per county keeps the write-ahead log small at region scale; the file is
    // new, so on any failure or cancel the whole file is removed below.
    Result<DemoSummary> result = DemoSummary {};
    {
        Builder builder(*db, options, year);
        Result<void> r = builder.loadCategories();
        Result<Agency> self = Installation::selfAgency(*db);
        if (r && !self)
            r = self.error();
        QList<Division> counties;
        if (r) {
            if (top.rank == DivisionRank::County) {
                counties << top;
            } else {
                Result<QList<Division>> under = DivisionRepository(*db).countiesUnder(top.code, year);
                if (under)
                    counties = *under;
                else
                    r = under.error();
            }
        }
        if (r && top.rank != DivisionRank::County) {
            // Finance bureaus of the prefectures in between, so every level has its reviewer.
            Database::Transaction tx(*db);
            r = tx.started() ? Result<void>() : Result<void>(tx.startError());
            AgencyRepository agencies(*db);
            QList<Division> pending = validChildren(top.code);
            while (r && !pending.isEmpty()) {
                const Division d = pending.takeFirst();
                if (d.rank != DivisionRank::Prefecture)
                    continue;
                pending << validChildren(d.code);
                Agency finance;
                finance.meta.id = builder.uuid();
                finance.name = d.name + u8("财政局");
                finance.kind = AgencyKind::FinanceBureau;
                finance.divisionCode = d.code;
                finance.code = d.code + QStringLiteral("-000");
                r = agencies.save(finance);
                ++builder.summary().agencies;
            }
            if (r)
                r = tx.commit();
        }
        builder.summary().agencies += 1; // the installation's own finance bureau
        for (qsizetype i = 0; r && i < counties.size(); ++i) {
            Database::Transaction tx(*db);
            r = tx.started() ? Result<void>() : Result<void>(tx.startError());
            const bool own = counties.at(i).code == top.code;
            if (r)
                r = builder.county(counties.at(i), own ? &self.value() : nullptr, i, counties.size());
            if (r)
                r = tx.commit();
        }
        if (r) {
            DemoSummary s = builder.summary();
            s.divisionCode = top.code;
            s.divisionName = top.name;
            s.fiscalYear = year;
            result = s;
        } else {
            result = r.error();
        }
    }
    if (!result) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return result;
}

} // namespace jx
