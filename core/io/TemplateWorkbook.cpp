#include "core/io/TemplateWorkbook.h"

#include "core/domain/IndicatorFramework.h"
#include "core/io/XlsxPartFile.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <xlsxwriter.h>

#include <algorithm>
#include <tuple>
#include <vector>

namespace jx {

namespace {

using Row = QHash<TemplateField, QVariant>;

// Blank rows below the data where a clerk may add indicators (validation and formats reach them).
constexpr int SpareRows = 300;

QString idText(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QVariant moneyCell(Money m)
{
    return QVariant::fromValue(m);
}

// A value that is a number for quantitative indicators and text for 定性 ones.
QVariant valueCell(const std::optional<double>& value, const QString& text)
{
    if (value)
        return *value;
    return text.isEmpty() ? QVariant() : QVariant(text);
}

struct Categories
{
    QHash<QUuid, IndicatorCategory> byId;

    QString levelOne(const QUuid& id) const
    {
        const IndicatorCategory c = byId.value(id);
        if (c.level == 1)
            return c.name;
        return byId.value(c.parentId).name;
    }
    QString levelTwo(const QUuid& id) const
    {
        const IndicatorCategory c = byId.value(id);
        return c.level == 2 ? c.name : QString();
    }
};

class Writer
{
public:
    explicit Writer(const QString& path)
        : m_path(path)
        , m_part(path + QStringLiteral(".part"))
    {
    }
    ~Writer()
    {
        if (m_book) {
            workbook_close(m_book);
            QFile::remove(m_part);
        }
    }

    Result<void> begin()
    {
        const QByteArray part = QFile::encodeName(m_part);
        m_book = workbook_new(part.constData());
        if (!m_book)
            return failed();
        m_title = workbook_add_format(m_book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        format_set_align(m_title, LXW_ALIGN_CENTER);
        m_note = workbook_add_format(m_book);
        format_set_italic(m_note);
        format_set_font_color(m_note, 0x595959);
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_CENTER);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xDDEBF7);
        m_info = workbook_add_format(m_book);
        format_set_bg_color(m_info, 0xF2F2F2);
        format_set_text_wrap(m_info);
        m_infoMoney = workbook_add_format(m_book);
        format_set_bg_color(m_infoMoney, 0xF2F2F2);
        format_set_num_format(m_infoMoney, "#,##0.00");
        m_key = workbook_add_format(m_book);
        m_text = workbook_add_format(m_book);
        format_set_unlocked(m_text);
        format_set_text_wrap(m_text);
        m_money = workbook_add_format(m_book);
        format_set_unlocked(m_money);
        format_set_num_format(m_money, "#,##0.00");
        m_number = workbook_add_format(m_book);
        format_set_unlocked(m_number);
        return {};
    }

    Result<void> guide(const QStringList& lines)
    {
        lxw_worksheet* sheet = workbook_add_worksheet(m_book, TemplateLayout::guideSheet().toUtf8().constData());
        if (!sheet)
            return failed();
        worksheet_set_column(sheet, 0, 0, 110, nullptr);
        for (int i = 0; i < lines.size(); ++i) {
            if (worksheet_write_string(sheet, lxw_row_t(i), 0, lines.at(i).toUtf8().constData(), i == 0 ? m_title : nullptr)
                != LXW_NO_ERROR)
                return failed();
        }
        return {};
    }

    Result<void> sheet(const TemplateSheet& layout, const QString& note, const QList<Row>& rows,
                       const QHash<TemplateField, QStringList>& extraChoices, bool first)
    {
        lxw_worksheet* ws = workbook_add_worksheet(m_book, layout.name.toUtf8().constData());
        if (!ws)
            return failed();
        if (first)
            worksheet_activate(ws);
        const int columns = int(layout.columns.size());
        const lxw_row_t headerRow = TemplateLayout::HeaderRow - 1;
        const lxw_row_t firstData = TemplateLayout::FirstDataRow - 1;
        const lxw_row_t lastRow = firstData + lxw_row_t(rows.size() + SpareRows);

        worksheet_merge_range(ws, 0, 0, 0, lxw_col_t(columns - 1), layout.title.toUtf8().constData(), m_title);
        worksheet_write_string(ws, 1, 0, note.toUtf8().constData(), m_note);
        worksheet_set_row(ws, headerRow, 32, nullptr);
        for (int c = 0; c < columns; ++c) {
            const TemplateColumn& column = layout.columns.at(c);
            lxw_format* format = formatOf(column.role, false);
            if (column.role == CellRole::Key) {
                // The keys are for the import only: hidden, and locked with the sheet.
                lxw_row_col_options hidden {};
                hidden.hidden = 1;
                worksheet_set_column_opt(ws, lxw_col_t(c), lxw_col_t(c), 38, m_key, &hidden);
            } else {
                worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), column.width, format);
            }
            if (worksheet_write_string(ws, headerRow, lxw_col_t(c), column.header.toUtf8().constData(), m_header)
                != LXW_NO_ERROR)
                return failed();
            if (Result<void> r = validate(ws, column, lxw_col_t(c), firstData, lastRow, extraChoices.value(column.field)); !r)
                return r;
        }
        for (int i = 0; i < rows.size(); ++i) {
            const Row& row = rows.at(i);
            const lxw_row_t r = firstData + lxw_row_t(i);
            for (int c = 0; c < columns; ++c) {
                const TemplateColumn& column = layout.columns.at(c);
                const QVariant v = row.value(column.field);
                if (!v.isValid() || v.isNull())
                    continue;
                lxw_error e = LXW_NO_ERROR;
                if (v.metaType() == QMetaType::fromType<Money>()) {
                    e = worksheet_write_number(ws, r, lxw_col_t(c), double(v.value<Money>().fen()) / 100.0,
                        column.role == CellRole::Info ? m_infoMoney : m_money);
                } else if (v.metaType().id() == QMetaType::Double || v.metaType().id() == QMetaType::Int
                           || v.metaType().id() == QMetaType::LongLong) {
                    e = worksheet_write_number(ws, r, lxw_col_t(c), v.toDouble(), formatOf(column.role, true));
                } else {
                    const QString text = v.toString();
                    if (text.isEmpty())
                        continue;
                    e = worksheet_write_string(ws, r, lxw_col_t(c), text.toUtf8().constData(), formatOf(column.role, false));
                }
                if (e != LXW_NO_ERROR)
                    return failed(QString::fromUtf8(lxw_strerror(e)));
            }
        }
        worksheet_freeze_panes(ws, TemplateLayout::FirstDataRow - 1, 0);
        // Locked: the keys, the headers and the reference columns; the input columns are unlocked.
        lxw_protection protection {};
        protection.insert_rows = 1;
        protection.delete_rows = 1;
        protection.format_rows = 1;
        protection.autofilter = 1;
        worksheet_protect(ws, nullptr, &protection);
        return {};
    }

    Result<void> meta(const QList<std::pair<QString, QString>>& entries)
    {
        lxw_worksheet* ws = workbook_add_worksheet(m_book, TemplateLayout::metaSheet().toUtf8().constData());
        if (!ws)
            return failed();
        for (int i = 0; i < entries.size(); ++i) {
            worksheet_write_string(ws, lxw_row_t(i), 0, entries.at(i).first.toUtf8().constData(), nullptr);
            worksheet_write_string(ws, lxw_row_t(i), 1, entries.at(i).second.toUtf8().constData(), nullptr);
        }
        worksheet_hide(ws);
        worksheet_protect(ws, nullptr, nullptr);
        return {};
    }

    Result<void> finish()
    {
        if (std::optional<QString> why = closeWorkbookInto(m_book, m_part, m_path))
            return failed(*why);
        return {};
    }

private:
    lxw_format* formatOf(CellRole role, bool number) const
    {
        switch (role) {
        case CellRole::Key:
            return m_key;
        case CellRole::Info:
            return m_info;
        case CellRole::Money:
            return m_money;
        case CellRole::Number:
            return m_number;
        case CellRole::ValueOrText:
            return number ? m_number : m_text;
        case CellRole::Text:
        case CellRole::Choice:
            return m_text;
        }
        return nullptr;
    }

    Result<void> validate(lxw_worksheet* ws, const TemplateColumn& column, lxw_col_t c, lxw_row_t first, lxw_row_t last,
                          const QStringList& extra)
    {
        lxw_data_validation dv {};
        QByteArray errorTitle = TemplateWorkbook::tr("Not accepted").toUtf8();
        QByteArray errorMessage;
        std::vector<QByteArray> items;
        std::vector<char*> list;
        if (column.role == CellRole::Choice) {
            const QStringList choices = extra.isEmpty() ? TemplateLayout::choices(column.field) : extra;
            if (choices.isEmpty() || choices.join(QLatin1Char(',')).size() > 250)
                return {}; // too long for a validation list; the import still checks every value
            for (const QString& choice : choices)
                items.push_back(choice.toUtf8());
            for (QByteArray& item : items)
                list.push_back(item.data());
            list.push_back(nullptr);
            dv.validate = LXW_VALIDATION_TYPE_LIST;
            dv.value_list = list.data();
            errorMessage = TemplateWorkbook::tr("Pick a value from the list.").toUtf8();
        } else if (column.role == CellRole::Money || column.role == CellRole::Number) {
            dv.validate = LXW_VALIDATION_TYPE_DECIMAL;
            dv.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
            dv.minimum_number = 0;
            dv.value_number = 0;
            errorMessage = column.role == CellRole::Money
                ? TemplateWorkbook::tr("Type an amount in yuan, not negative, with at most two decimals.").toUtf8()
                : TemplateWorkbook::tr("Type a number that is not negative.").toUtf8();
        } else {
            return {};
        }
        dv.error_title = errorTitle.data();
        dv.error_message = errorMessage.data();
        if (worksheet_data_validation_range(ws, first, c, last, c, &dv) != LXW_NO_ERROR)
            return {}; // a list Excel would not take: leave the cells free, the import checks them
        return {};
    }

    Error failed(const QString& why = {}) const
    {
        const QString file = QDir::toNativeSeparators(m_path);
        return makeError(Error::Code::Storage, why.isEmpty() ? TemplateWorkbook::tr("Cannot write %1.").arg(file)
                                                             : TemplateWorkbook::tr("Cannot write %1: %2").arg(file, why));
    }

    QString m_path;
    QString m_part;
    lxw_workbook* m_book = nullptr;
    lxw_format* m_title = nullptr;
    lxw_format* m_note = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_info = nullptr;
    lxw_format* m_infoMoney = nullptr;
    lxw_format* m_key = nullptr;
    lxw_format* m_text = nullptr;
    lxw_format* m_money = nullptr;
    lxw_format* m_number = nullptr;
};

Row programRow(const Subject& p)
{
    Row r;
    r.insert(TemplateField::SubjectId, idText(p.meta.id));
    r.insert(TemplateField::ProgramCode, p.code);
    r.insert(TemplateField::ProgramName, p.name);
    return r;
}

void indicatorColumns(Row& r, const Indicator& i, const Categories& categories)
{
    r.insert(TemplateField::IndicatorId, idText(i.meta.id));
    r.insert(TemplateField::LevelOne, categories.levelOne(i.categoryId));
    r.insert(TemplateField::LevelTwo, categories.levelTwo(i.categoryId));
    r.insert(TemplateField::IndicatorName, i.name);
    r.insert(TemplateField::Operator, TemplateLayout::label(i.op));
    r.insert(TemplateField::TargetValue, valueCell(i.isQualitative() ? std::nullopt : i.targetValue, i.targetText));
    r.insert(TemplateField::Unit, i.unit);
}

QStringList guideLines(TemplateKind kind)
{
    QStringList lines;
    lines << QStringLiteral("%1填报说明").arg(TemplateLayout::sheets(kind, 12).value(0).title);
    lines << QStringLiteral("1. 金额单位为元，保留两位小数；请直接填写数字，不要填写公式或文字。");
    lines << QStringLiteral("2. 灰色列为参考信息，导入时不读取；白色列为填报内容。");
    lines << QStringLiteral("3. 带下拉列表的列请从列表中选择。");
    lines << QStringLiteral("4. 请勿修改工作表名称、表头文字，也不要删除隐藏列：导入时据此核对每一行。");
    lines << QStringLiteral("5. 导出后如系统中的记录又被修改，导入时该行会报“模板已过期”，请重新导出模板后填写。");
    lines << QStringLiteral("6. 导入时逐行检查，任何一处有误则全部不导入，并列出所在工作表、行、列及原因。");
    if (kind == TemplateKind::Targets)
        lines << QStringLiteral("7. 新增指标：在“绩效指标”表末尾空行填写项目编码及指标内容；删除某行即删除该指标。");
    return lines;
}

} // namespace

Result<Agency> TemplateWorkbook::findAgency(Database& db, const QString& idOrCode)
{
    const QString text = idOrCode.trimmed();
    QUuid id = QUuid::fromString(text);
    if (id.isNull()) {
        Result<QSqlQuery*> q = db.read(QStringLiteral("SELECT id FROM agency WHERE code = ? AND deleted = 0"), { text },
                                       tr("finding agency %1").arg(text));
        if (!q)
            return q.error();
        if ((*q)->next())
            id = QUuid::fromRfc4122((*q)->value(0).toByteArray());
        (*q)->finish();
    }
    if (!id.isNull()) {
        Result<std::optional<Agency>> agency = AgencyRepository(db).find(id);
        if (!agency)
            return agency.error();
        if (*agency && !(*agency)->meta.deleted)
            return **agency;
    }
    return makeError(Error::Code::NotFound, tr("No agency “%1” in this database (give its id or its code).").arg(text));
}

QString TemplateWorkbook::suggestedFileName(const TemplateRequest& request, const QString& agencyName)
{
    QString name = TemplateLayout::sheets(request.kind, request.month).value(0).name;
    if (request.kind == TemplateKind::Monitoring)
        name = QStringLiteral("绩效监控");
    else if (request.kind == TemplateKind::SelfEvaluation)
        name = QStringLiteral("绩效自评");
    QString file = QStringLiteral("%1填报模板-%2").arg(name).arg(request.fiscalYear);
    if (request.kind == TemplateKind::Monitoring)
        file += QStringLiteral("-%1月").arg(request.month);
    QString agency = agencyName;
    for (QChar c : QStringLiteral("\\/:*?\"<>|"))
        agency.remove(c);
    if (!agency.isEmpty())
        file += QLatin1Char('-') + agency;
    return file + QStringLiteral(".xlsx");
}

Result<int> TemplateWorkbook::write(Database& db, const TemplateRequest& request, const Progress& progress)
{
    if (request.month < 1 || request.month > 12)
        return makeError(Error::Code::Invalid, tr("Month %1 is not 1–12.").arg(request.month));
    Result<std::optional<Agency>> agency = AgencyRepository(db).find(request.agencyId);
    if (!agency)
        return agency.error();
    if (!*agency)
        return makeError(Error::Code::NotFound, tr("The agency of the template is not in this database."));

    Result<QList<Subject>> subjects = SubjectRepository(db).ofAgency(request.agencyId, request.fiscalYear);
    if (!subjects)
        return subjects.error();
    QList<Subject> programs;
    for (const Subject& s : std::as_const(*subjects)) {
        if (s.isProgram() && !s.meta.deleted)
            programs << s;
    }
    std::sort(programs.begin(), programs.end(), [](const Subject& a, const Subject& b) {
        return std::tie(a.code, a.name) < std::tie(b.code, b.name);
    });

    Categories categories;
    Result<QList<IndicatorCategory>> framework = FrameworkRepository(db).categories(FrameworkKind::ProgramTargets, request.fiscalYear);
    if (!framework)
        return framework.error();
    QStringList levelOnes;
    for (const IndicatorCategory& c : std::as_const(*framework)) {
        categories.byId.insert(c.meta.id, c);
        if (c.level == 1)
            levelOnes << c.name;
    }

    const QList<TemplateSheet> layout = TemplateLayout::sheets(request.kind, request.month);
    QList<QList<Row>> rows(layout.size());
    TargetSetRepository targetSets(db);
    int written = 0;
    for (int n = 0; n < programs.size(); ++n) {
        if (progress && !progress(n, int(programs.size())))
            return makeError(Error::Code::Invalid, tr("The export was cancelled."));
        const Subject& p = programs.at(n);
        Result<std::optional<TargetSet>> targets = targetSets.ofSubject(p.meta.id, request.fiscalYear);
        if (!targets)
            return targets.error();
        switch (request.kind) {
        case TemplateKind::Targets: {
            Row head = programRow(p);
            head.insert(TemplateField::ProgramAmount, moneyCell(p.amount));
            if (*targets) {
                head.insert(TemplateField::RecordId, idText((*targets)->meta.id));
                head.insert(TemplateField::Revision, double((*targets)->meta.revision));
                head.insert(TemplateField::ObjectiveAnnual, (*targets)->objectiveAnnual);
                head.insert(TemplateField::ObjectiveMidTerm, (*targets)->objectiveMidTerm);
                for (const Indicator& i : std::as_const((*targets)->indicators)) {
                    Row r = programRow(p);
                    indicatorColumns(r, i, categories);
                    r.insert(TemplateField::Weight, i.weight);
                    r.insert(TemplateField::Standard, TemplateLayout::label(i.standard));
                    r.insert(TemplateField::Content, i.content);
                    rows[1] << r;
                }
            } else {
                head.insert(TemplateField::Revision, 0.0);
            }
            rows[0] << head;
            ++written;
            break;
        }
        case TemplateKind::Monitoring: {
            if (!*targets)
                continue; // nothing to monitor without targets
            Result<QList<MonitoringReport>> reports = MonitoringRepository(db).ofSubject(p.meta.id, request.fiscalYear);
            if (!reports)
                return reports.error();
            std::optional<MonitoringReport> report;
            for (const MonitoringReport& m : std::as_const(*reports)) {
                if (m.month == request.month && !m.meta.deleted)
                    report = m;
            }
            Row head = programRow(p);
            head.insert(TemplateField::Revision, report ? double(report->meta.revision) : 0.0);
            if (report) {
                head.insert(TemplateField::RecordId, idText(report->meta.id));
                head.insert(TemplateField::Budget, moneyCell(report->budget));
                head.insert(TemplateField::Executed, moneyCell(report->executed));
                head.insert(TemplateField::ForecastAmount, moneyCell(report->forecastYearEnd));
                head.insert(TemplateField::Note, report->note);
            }
            rows[0] << head;
            for (const Indicator& i : std::as_const((*targets)->indicators)) {
                Row r = programRow(p);
                indicatorColumns(r, i, categories);
                if (report) {
                    for (const MonitoringEntry& e : std::as_const(report->entries)) {
                        if (e.indicatorId != i.meta.id)
                            continue;
                        r.insert(TemplateField::Progress, valueCell(i.isQualitative() ? std::nullopt : e.progressValue, e.progressText));
                        if (e.forecastValue)
                            r.insert(TemplateField::ForecastValue, *e.forecastValue);
                        r.insert(TemplateField::Likelihood, TemplateLayout::label(e.likelihood));
                        if (e.cause)
                            r.insert(TemplateField::Cause, TemplateLayout::label(*e.cause));
                        r.insert(TemplateField::Measures, e.measures);
                    }
                }
                rows[1] << r;
            }
            ++written;
            break;
        }
        case TemplateKind::SelfEvaluation: {
            if (!*targets)
                continue;
            Result<std::optional<SelfEvaluation>> evaluation = EvaluationRepository(db).ofSubject(p.meta.id, request.fiscalYear);
            if (!evaluation)
                return evaluation.error();
            const std::optional<SelfEvaluation>& e = *evaluation;
            for (FundSource source : { FundSource::Appropriation, FundSource::CarryOver, FundSource::Other }) {
                Row r = programRow(p);
                r.insert(TemplateField::FundSource, TemplateLayout::label(source));
                if (e) {
                    for (const EvaluationFund& f : e->funds) {
                        if (f.source != source)
                            continue;
                        r.insert(TemplateField::InitialBudget, moneyCell(f.initialBudget));
                        r.insert(TemplateField::AdjustedBudget, moneyCell(f.adjustedBudget));
                        r.insert(TemplateField::FundExecuted, moneyCell(f.executed));
                    }
                }
                rows[0] << r;
            }
            Row head = programRow(p);
            head.insert(TemplateField::Revision, e ? double(e->meta.revision) : 0.0);
            if (e) {
                head.insert(TemplateField::RecordId, idText(e->meta.id));
                head.insert(TemplateField::ObjectiveExpected, e->objectiveExpected);
                head.insert(TemplateField::ObjectiveAchieved, e->objectiveAchieved);
                head.insert(TemplateField::ExecutionReason, e->executionReason);
                head.insert(TemplateField::Problems, e->problems);
                head.insert(TemplateField::EvaluationMeasures, e->measures);
                head.insert(TemplateField::Conclusion, e->conclusion);
                head.insert(TemplateField::ProjectLead, e->projectLead);
                head.insert(TemplateField::FinanceLead, e->financeLead);
            }
            rows[1] << head;
            for (const Indicator& i : std::as_const((*targets)->indicators)) {
                Row r = programRow(p);
                indicatorColumns(r, i, categories);
                if (e) {
                    for (const EvaluationEntry& x : e->entries) {
                        if (x.indicatorId != i.meta.id)
                            continue;
                        r.insert(TemplateField::Actual, valueCell(i.isQualitative() ? std::nullopt : x.actualValue, x.actualText));
                        if (x.qualitativeLevel)
                            r.insert(TemplateField::Level, TemplateLayout::label(*x.qualitativeLevel));
                        if (i.isQualitative() && x.score)
                            r.insert(TemplateField::LevelScore, *x.score);
                        if (x.notApplicable)
                            r.insert(TemplateField::NotApplicable, TemplateLayout::yes());
                        r.insert(TemplateField::NotApplicableReason, x.notApplicableReason);
                        r.insert(TemplateField::DeviationReason, x.deviationReason);
                        r.insert(TemplateField::Explanation, x.explanation);
                    }
                }
                rows[2] << r;
            }
            ++written;
            break;
        }
        }
    }

    Writer out(request.path);
    if (Result<void> r = out.begin(); !r)
        return r.error();
    if (Result<void> r = out.guide(guideLines(request.kind)); !r)
        return r.error();
    const QString note = request.kind == TemplateKind::Monitoring
        ? QStringLiteral("单位：%1　%2年1—%3月　金额单位：元（保留两位小数）").arg((*agency)->name).arg(request.fiscalYear).arg(request.month)
        : QStringLiteral("单位：%1　%2年度　金额单位：元（保留两位小数）").arg((*agency)->name).arg(request.fiscalYear);
    QHash<TemplateField, QStringList> extra;
    extra.insert(TemplateField::LevelOne, levelOnes);
    for (int s = 0; s < layout.size(); ++s) {
        if (Result<void> r = out.sheet(layout.at(s), note, rows.at(s), extra, s == 0); !r)
            return r.error();
    }
    const QList<std::pair<QString, QString>> meta = {
        { QStringLiteral("format"), QStringLiteral("jixiao-template") },
        { QStringLiteral("version"), QString::number(TemplateLayout::FormatVersion) },
        { QStringLiteral("kind"), TemplateLayout::codeOf(request.kind) },
        { QStringLiteral("fiscalYear"), QString::number(request.fiscalYear) },
        { QStringLiteral("month"), QString::number(request.month) },
        { QStringLiteral("agencyId"), idText(request.agencyId) },
        { QStringLiteral("agencyName"), (*agency)->name },
        { QStringLiteral("unit"), QStringLiteral("yuan") },
        { QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
    };
    if (Result<void> r = out.meta(meta); !r)
        return r.error();
    if (Result<void> r = out.finish(); !r)
        return r.error();
    if (progress)
        progress(int(programs.size()), int(programs.size()));
    return written;
}

} // namespace jx
