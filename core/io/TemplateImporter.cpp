#include "core/io/TemplateImporter.h"

#include "core/domain/IndicatorFramework.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/MonitoringRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/storage/TargetSetRepository.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <cmath>

namespace jx {

namespace {

using F = TemplateField;

// Doubles read back from a cell equal what was written when they agree to this relative precision
// (a spreadsheet may rewrite 0.1 as 0.10000000000000001).
bool same(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::max(std::fabs(a), std::fabs(b)));
}

bool same(const std::optional<double>& a, const std::optional<double>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || same(*a, *b);
}

struct SheetRow
{
    int row = 0;
    QHash<F, XlsxCell> cells;
};

struct SheetData
{
    TemplateSheet layout;
    QHash<F, int> columnOf; ///< 1-based column where each header was found
    QList<SheetRow> rows;
    bool present = false;
};

// Sets a field when the value differs, and remembers that the record changed.
template <typename T>
void assign(T& field, const T& value, bool& changed)
{
    if (!(field == value)) {
        field = value;
        changed = true;
    }
}

void assign(double& field, double value, bool& changed)
{
    if (!same(field, value)) {
        field = value;
        changed = true;
    }
}

void assign(std::optional<double>& field, const std::optional<double>& value, bool& changed)
{
    if (!same(field, value)) {
        field = value;
        changed = true;
    }
}

class Import
{
public:
    Import(Workspace& ws, TemplateImportResult& result, const TemplateImporter::Options& options)
        : m_ws(ws)
        , m_db(ws.database())
        , m_result(result)
        , m_options(options)
    {
    }

    void run(const QString& path);

private:
    // Problems.
    void problem(const QString& sheet, int row, int column, const QString& header, const QString& reason)
    {
        m_result.problems << TemplateProblem { sheet, row, column, header, reason };
    }
    void problem(const SheetData& s, int row, F field, const QString& reason)
    {
        const int i = s.layout.indexOf(field);
        problem(s.layout.name, row, s.columnOf.value(field, i + 1), i >= 0 ? s.layout.columns.at(i).header : QString(),
            reason);
    }
    bool cancelled(int done, int total)
    {
        if (m_options.progress && !m_options.progress(done, total)) {
            problem({}, 0, 0, {}, TemplateImporter::tr("The import was cancelled; nothing was written."));
            return true;
        }
        return false;
    }

    // Cells.
    const XlsxCell* cellOf(const SheetRow& r, F field) const
    {
        auto it = r.cells.constFind(field);
        return it == r.cells.constEnd() ? nullptr : &*it;
    }
    bool blank(const SheetRow& r, F field) const
    {
        const XlsxCell* c = cellOf(r, field);
        return !c || (c->type == XlsxCell::Type::Blank && !c->formula)
            || (c->type == XlsxCell::Type::Text && c->text.trimmed().isEmpty() && !c->formula);
    }
    /// A cell a person typed into: no formula, no error value.
    bool usable(const SheetData& s, const SheetRow& r, F field)
    {
        const XlsxCell* c = cellOf(r, field);
        if (!c)
            return true;
        if (c->formula) {
            problem(s, r.row, field,
                TemplateImporter::tr("the cell holds a formula (=%1); type the value itself.").arg(c->formulaText.left(60)));
            return false;
        }
        if (c->type == XlsxCell::Type::Error) {
            problem(s, r.row, field, TemplateImporter::tr("the cell holds the error value %1.").arg(c->text));
            return false;
        }
        return true;
    }
    bool text(const SheetData& s, const SheetRow& r, F field, QString& out)
    {
        if (!usable(s, r, field))
            return false;
        const XlsxCell* c = cellOf(r, field);
        if (!c || c->type == XlsxCell::Type::Blank) {
            out.clear();
        } else if (c->type == XlsxCell::Type::Boolean) {
            out = c->text == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else {
            out = c->text;
        }
        // Line ends as Excel stores them; trailing blanks typed by accident do not count.
        out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        while (!out.isEmpty() && out.back().isSpace())
            out.chop(1);
        return true;
    }
    bool number(const SheetData& s, const SheetRow& r, F field, std::optional<double>& out)
    {
        if (!usable(s, r, field))
            return false;
        const XlsxCell* c = cellOf(r, field);
        if (blank(r, field)) {
            out.reset();
            return true;
        }
        if (c->type != XlsxCell::Type::Number) {
            problem(s, r.row, field, TemplateImporter::tr("“%1” is text; a number is expected here.").arg(c->text.left(60)));
            return false;
        }
        out = c->number;
        return true;
    }
    bool money(const SheetData& s, const SheetRow& r, F field, std::optional<Money>& out)
    {
        std::optional<double> n;
        if (!number(s, r, field, n))
            return false;
        if (!n) {
            out.reset();
            return true;
        }
        if (*n < 0) {
            problem(s, r.row, field, TemplateImporter::tr("the amount %1 is negative.").arg(cellOf(r, field)->text));
            return false;
        }
        const double fen = *n * 100.0;
        if (fen > 9.0e15) {
            problem(s, r.row, field, TemplateImporter::tr("the amount %1 is too large.").arg(cellOf(r, field)->text));
            return false;
        }
        const double rounded = std::round(fen);
        if (std::fabs(fen - rounded) > 1e-6 * std::max(1.0, std::fabs(fen))) {
            problem(s, r.row, field,
                TemplateImporter::tr("the amount %1 has fractions of a fen; amounts are in yuan with at most two decimals.")
                    .arg(cellOf(r, field)->text));
            return false;
        }
        out = Money::fromFen(qint64(rounded));
        return true;
    }
    template <typename E>
    bool choice(const SheetData& s, const SheetRow& r, F field, std::optional<E>& out,
                std::optional<E> (*parse)(const QString&))
    {
        QString t;
        if (!text(s, r, field, t))
            return false;
        if (t.trimmed().isEmpty()) {
            out.reset();
            return true;
        }
        out = parse(t);
        if (!out) {
            problem(s, r.row, field,
                TemplateImporter::tr("“%1” is not one of: %2.")
                    .arg(t.left(60), TemplateLayout::choices(field).join(QStringLiteral("、"))));
            return false;
        }
        return true;
    }
    /// A number for a quantitative indicator, text for a 定性 one; text kept as it was is accepted.
    bool valueOrText(const SheetData& s, const SheetRow& r, F field, bool qualitative, const std::optional<double>& oldValue,
                     const QString& oldText, std::optional<double>& value, QString& textOut)
    {
        if (!usable(s, r, field))
            return false;
        const XlsxCell* c = cellOf(r, field);
        value = oldValue;
        textOut = oldText;
        if (qualitative) {
            QString t;
            text(s, r, field, t);
            value.reset();
            textOut = t;
            return true;
        }
        if (blank(r, field)) {
            value.reset();
            textOut.clear();
            return true;
        }
        if (c->type == XlsxCell::Type::Number) {
            if (!same(oldValue, std::optional<double>(c->number))) {
                value = c->number;
                textOut = QString::number(c->number);
            }
            return true;
        }
        if (!oldValue && c->text == oldText)
            return true; // a text the record already had, exported as it was
        problem(s, r.row, field, TemplateImporter::tr("“%1” is text; a number is expected here.").arg(c->text.left(60)));
        return false;
    }
    bool rowHasInput(const SheetData& s, const SheetRow& r) const
    {
        for (const TemplateColumn& c : s.layout.columns) {
            if (c.role != CellRole::Key && c.role != CellRole::Info && !blank(r, c.field))
                return true;
        }
        return false;
    }

    // The workbook.
    bool readMeta(XlsxReader& reader);
    bool readSheets(XlsxReader& reader);
    /// The program a row is about: its hidden id, else the code a clerk typed.
    std::optional<Subject> subjectOf(const SheetData& s, const SheetRow& r);

    /// A row of an indicator sheet (monitoring, self-evaluation): its program's work, the approved
    /// indicator it names and whether anything was typed in it.
    template <typename Work>
    struct IndicatorLine
    {
        Work* work = nullptr;
        const Indicator* indicator = nullptr;
        QUuid id;
        bool input = false;
    };

    /// The indicator line @p r of @p lines; none when the row is to be left (a problem is recorded
    /// when it is wrong, and its program then marked bad). @p seen keeps the lines met so far.
    template <typename Work>
    std::optional<IndicatorLine<Work>> indicatorLine(const SheetData& head, const SheetData& lines, const SheetRow& r,
                                                     QHash<QUuid, Work>& work, QSet<std::pair<QUuid, QUuid>>& seen)
    {
        std::optional<Subject> subject = subjectOf(lines, r);
        if (!subject)
            return std::nullopt;
        auto it = work.find(subject->meta.id);
        if (it == work.end()) {
            problem(lines, r.row, F::ProgramName,
                TemplateImporter::tr("the program “%1” is not on the sheet “%2”.").arg(subject->name, head.layout.name));
            return std::nullopt;
        }
        Work& w = *it;
        QString key;
        if (!text(lines, r, F::IndicatorId, key))
            return std::nullopt;
        const QUuid id = QUuid::fromString(key.trimmed());
        const Indicator* indicator = nullptr;
        for (const Indicator& i : std::as_const(w.targets.indicators)) {
            if (!id.isNull() && i.meta.id == id)
                indicator = &i;
        }
        if (!indicator) {
            problem(lines, r.row, F::IndicatorId,
                TemplateImporter::tr("this row is not one of the indicators of “%1” (add indicators in the targets).").arg(subject->name));
            w.bad = true;
            return std::nullopt;
        }
        if (seen.contains({ subject->meta.id, id })) {
            problem(lines, r.row, F::IndicatorId, TemplateImporter::tr("this indicator appears twice."));
            w.bad = true;
            return std::nullopt;
        }
        seen.insert({ subject->meta.id, id });
        const bool input = rowHasInput(lines, r);
        w.input = w.input || input;
        return IndicatorLine<Work> { &w, indicator, id, input };
    }
    std::optional<qint64> revisionOf(const SheetData& s, const SheetRow& r);
    void save(const SheetData& s, int row, const Result<void>& saved, bool created);
    void checkStale(const SheetData& s, int row, qint64 exported, qint64 now, const QString& what);

    void importTargets();
    void importMonitoring();
    void importEvaluations();

    Workspace& m_ws;
    Database& m_db;
    TemplateImportResult& m_result;
    const TemplateImporter::Options& m_options;
    QUuid m_agencyId;
    QList<SheetData> m_sheets;
    QHash<QUuid, Subject> m_programs;
    QHash<QString, QUuid> m_byCode;
};

void Import::run(const QString& path)
{
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path, m_options.limits);
    if (!reader) {
        problem({}, 0, 0, {}, reader.message());
        return;
    }
    if (!readMeta(**reader))
        return;
    if (!readSheets(**reader))
        return;

    Result<QList<Subject>> subjects = SubjectRepository(m_db).ofAgency(m_agencyId, m_result.fiscalYear);
    if (!subjects) {
        problem({}, 0, 0, {}, subjects.message());
        return;
    }
    for (const Subject& s : std::as_const(*subjects)) {
        if (!s.isProgram() || s.meta.deleted)
            continue;
        m_programs.insert(s.meta.id, s);
        if (!s.code.isEmpty())
            m_byCode.insert(s.code, s.meta.id);
    }

    // As for every import (Workspace::importPrograms): a copy of the database first, into its rotating
    // backup set, outside the transaction so that it is the state before; without it nothing is imported.
    if (!m_options.dryRun) {
        if (Result<QString> backup = Backup::rotate(m_db, QStringLiteral("import")); !backup) {
            problem({}, 0, 0, {},
                TemplateImporter::tr("Nothing was imported, because no backup of the database could be made first: %1")
                    .arg(backup.message()));
            return;
        }
    }
    // One transaction for the whole workbook; it commits only when nothing went wrong and this is no dry run.
    Database::Transaction tx(m_db);
    if (!tx.started()) {
        problem({}, 0, 0, {}, tx.startError().message);
        return;
    }
    switch (*m_result.kind) {
    case TemplateKind::Targets:
        importTargets();
        break;
    case TemplateKind::Monitoring:
        importMonitoring();
        break;
    case TemplateKind::SelfEvaluation:
        importEvaluations();
        break;
    }
    if (!m_result.problems.isEmpty() || m_options.dryRun)
        return; // rolled back by tx
    if (Result<void> r = tx.commit(); !r) {
        problem({}, 0, 0, {}, r.message());
        return;
    }
    m_result.written = true;
}

bool Import::readMeta(XlsxReader& reader)
{
    const QString metaName = TemplateLayout::metaSheet();
    if (!reader.hasSheet(metaName)) {
        problem(metaName, 0, 0, {},
            TemplateImporter::tr("this workbook is not a Jixiao fill-in template: its hidden sheet “%1” is missing. "
                                 "Export a template and fill that.")
                .arg(metaName));
        return false;
    }
    QHash<QString, QString> meta;
    Result<void> r = reader.readSheet(metaName, [&](int, const QList<XlsxCell>& cells) {
        QString key;
        QString value;
        for (const XlsxCell& c : cells) {
            if (c.column == 1)
                key = c.text;
            else if (c.column == 2)
                value = c.text;
        }
        if (!key.isEmpty())
            meta.insert(key, value);
        return meta.size() < 100;
    });
    if (!r) {
        problem(metaName, 0, 0, {}, r.message());
        return false;
    }
    if (meta.value(QStringLiteral("format")) != QLatin1String("jixiao-template")) {
        problem(metaName, 0, 0, {}, TemplateImporter::tr("this workbook is not a Jixiao fill-in template."));
        return false;
    }
    const int version = meta.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > TemplateLayout::FormatVersion) {
        problem(metaName, 0, 0, {},
            TemplateImporter::tr("the template is of format version %1; this program reads version %2. Update the program.")
                .arg(meta.value(QStringLiteral("version")))
                .arg(TemplateLayout::FormatVersion));
        return false;
    }
    m_result.kind = TemplateLayout::kindFromCode(meta.value(QStringLiteral("kind")));
    m_result.fiscalYear = meta.value(QStringLiteral("fiscalYear")).toInt();
    m_result.month = meta.value(QStringLiteral("month")).toInt();
    m_result.agencyName = meta.value(QStringLiteral("agencyName"));
    m_agencyId = QUuid::fromString(meta.value(QStringLiteral("agencyId")));
    if (!m_result.kind || m_result.fiscalYear < 1900 || m_result.fiscalYear > 9999 || m_result.month < 1
        || m_result.month > 12 || m_agencyId.isNull()) {
        problem(metaName, 0, 0, {}, TemplateImporter::tr("the template's description is damaged (kind, year, month or agency)."));
        return false;
    }
    Result<std::optional<Agency>> agency = AgencyRepository(m_db).find(m_agencyId);
    if (!agency || !*agency) {
        problem(metaName, 0, 0, {},
            TemplateImporter::tr("the template is for agency “%1”, which is not in this database.").arg(m_result.agencyName));
        return false;
    }
    return true;
}

bool Import::readSheets(XlsxReader& reader)
{
    const QList<TemplateSheet> layout = TemplateLayout::sheets(*m_result.kind, m_result.month);
    bool ok = true;
    for (const TemplateSheet& sheetLayout : layout) {
        SheetData data;
        data.layout = sheetLayout;
        if (!reader.hasSheet(sheetLayout.name)) {
            problem(sheetLayout.name, 0, 0, {},
                TemplateImporter::tr("the sheet “%1” is missing (deleted or renamed).").arg(sheetLayout.name));
            ok = false;
            m_sheets << data;
            continue;
        }
        data.present = true;
        bool headerSeen = false;
        QHash<int, F> fieldAt;
        Result<void> r = reader.readSheet(sheetLayout.name, [&](int row, const QList<XlsxCell>& cells) {
            if (row < TemplateLayout::HeaderRow)
                return true;
            if (row == TemplateLayout::HeaderRow) {
                headerSeen = true;
                QHash<QString, int> found;
                for (const XlsxCell& c : cells)
                    found.insert(c.text.trimmed(), c.column);
                for (int i = 0; i < sheetLayout.columns.size(); ++i) {
                    const TemplateColumn& column = sheetLayout.columns.at(i);
                    const int at = found.value(column.header, 0);
                    if (at == 0) {
                        problem(sheetLayout.name, row, i + 1, column.header,
                            TemplateImporter::tr("the column “%1” is missing or was renamed.").arg(column.header));
                        ok = false;
                        continue;
                    }
                    data.columnOf.insert(column.field, at);
                    fieldAt.insert(at, column.field);
                }
                return true;
            }
            if (!headerSeen) {
                problem(sheetLayout.name, TemplateLayout::HeaderRow, 0, {},
                    TemplateImporter::tr("the header row is missing."));
                ok = false;
                return false;
            }
            SheetRow sr;
            sr.row = row;
            for (const XlsxCell& c : cells) {
                auto it = fieldAt.constFind(c.column);
                if (it != fieldAt.constEnd())
                    sr.cells.insert(*it, c);
            }
            bool any = false;
            for (const XlsxCell& c : std::as_const(sr.cells)) {
                if (c.type != XlsxCell::Type::Blank || c.formula)
                    any = !(c.type == XlsxCell::Type::Text && c.text.trimmed().isEmpty() && !c.formula) || any;
            }
            if (any)
                data.rows << sr;
            return true;
        });
        if (!r) {
            problem(sheetLayout.name, 0, 0, {}, r.message());
            ok = false;
        } else if (!headerSeen) {
            problem(sheetLayout.name, TemplateLayout::HeaderRow, 0, {}, TemplateImporter::tr("the header row is missing."));
            ok = false;
        }
        m_result.rows += int(data.rows.size());
        m_sheets << data;
    }
    return ok;
}

std::optional<Subject> Import::subjectOf(const SheetData& s, const SheetRow& r)
{
    QString key;
    if (!text(s, r, F::SubjectId, key))
        return std::nullopt;
    if (!key.trimmed().isEmpty()) {
        const QUuid id = QUuid::fromString(key.trimmed());
        if (id.isNull() || !m_programs.contains(id)) {
            problem(s, r.row, F::SubjectId,
                TemplateImporter::tr("the program of this row (id %1) is not a live program of %2 in %3.")
                    .arg(key.trimmed(), m_result.agencyName)
                    .arg(m_result.fiscalYear));
            return std::nullopt;
        }
        return m_programs.value(id);
    }
    QString code;
    if (!text(s, r, F::ProgramCode, code))
        return std::nullopt;
    code = code.trimmed();
    if (code.isEmpty()) {
        problem(s, r.row, F::ProgramCode, TemplateImporter::tr("the row names no program: type its program code."));
        return std::nullopt;
    }
    if (!m_byCode.contains(code)) {
        problem(s, r.row, F::ProgramCode,
            TemplateImporter::tr("there is no program with code “%1” of %2 in %3.").arg(code, m_result.agencyName).arg(m_result.fiscalYear));
        return std::nullopt;
    }
    return m_programs.value(m_byCode.value(code));
}

std::optional<qint64> Import::revisionOf(const SheetData& s, const SheetRow& r)
{
    std::optional<double> rev;
    if (!number(s, r, F::Revision, rev))
        return std::nullopt;
    return rev ? qint64(*rev) : 0;
}

void Import::checkStale(const SheetData& s, int row, qint64 exported, qint64 now, const QString& what)
{
    if (exported == now)
        return;
    problem(s, row, F::Revision,
        TemplateImporter::tr("the %1 of this program changed since the template was exported (version %2, now %3); "
                             "export a new template and fill it again.")
            .arg(what)
            .arg(exported)
            .arg(now));
}

void Import::save(const SheetData& s, int row, const Result<void>& saved, bool created)
{
    if (!saved) {
        problem(s, row, F::ProgramName, saved.message());
        return;
    }
    if (created)
        ++m_result.created;
    else
        ++m_result.updated;
}

void Import::importTargets()
{
    const SheetData& head = m_sheets.at(0);
    const SheetData& lines = m_sheets.at(1);

    Result<QList<IndicatorCategory>> framework =
        FrameworkRepository(m_db).categories(FrameworkKind::ProgramTargets, m_result.fiscalYear);
    if (!framework) {
        problem({}, 0, 0, {}, framework.message());
        return;
    }
    QHash<QUuid, IndicatorCategory> categories;
    for (const IndicatorCategory& c : std::as_const(*framework))
        categories.insert(c.meta.id, c);

    struct Work
    {
        int row = 0;
        Subject subject;
        std::optional<TargetSet> existing;
        TargetSet set;
        bool changed = false;
        bool input = false;
        bool bad = false;
        QList<Indicator> indicators;
    };
    QHash<QUuid, Work> work;
    QList<QUuid> order;
    TargetSetRepository repository(m_db);

    for (const SheetRow& r : head.rows) {
        std::optional<Subject> subject = subjectOf(head, r);
        if (!subject)
            continue;
        if (work.contains(subject->meta.id)) {
            problem(head, r.row, F::ProgramName,
                TemplateImporter::tr("the program “%1” appears twice (first in row %2).").arg(subject->name).arg(work.value(subject->meta.id).row));
            continue;
        }
        Work w;
        w.row = r.row;
        w.subject = *subject;
        Result<std::optional<TargetSet>> existing = repository.ofSubject(subject->meta.id, m_result.fiscalYear);
        if (!existing) {
            problem(head, r.row, F::ProgramName, existing.message());
            continue;
        }
        w.existing = *existing;
        if (w.existing) {
            w.set = *w.existing;
        } else {
            w.set.subjectId = subject->meta.id;
            w.set.fiscalYear = m_result.fiscalYear;
        }
        if (std::optional<qint64> rev = revisionOf(head, r))
            checkStale(head, r.row, *rev, w.existing ? w.existing->meta.revision : 0, TemplateImporter::tr("targets"));
        QString annual;
        QString midTerm;
        if (text(head, r, F::ObjectiveAnnual, annual))
            assign(w.set.objectiveAnnual, annual, w.changed);
        if (text(head, r, F::ObjectiveMidTerm, midTerm))
            assign(w.set.objectiveMidTerm, midTerm, w.changed);
        w.input = rowHasInput(head, r);
        work.insert(subject->meta.id, w);
        order << subject->meta.id;
    }

    QSet<QUuid> seenIndicators;
    for (const SheetRow& r : lines.rows) {
        std::optional<Subject> subject = subjectOf(lines, r);
        if (!subject)
            continue;
        auto it = work.find(subject->meta.id);
        if (it == work.end()) {
            problem(lines, r.row, F::ProgramCode,
                TemplateImporter::tr("the program “%1” is not on the sheet “%2”.").arg(subject->name, head.layout.name));
            continue;
        }
        Work& w = *it;
        w.input = w.input || rowHasInput(lines, r);
        Indicator indicator;
        QString key;
        if (!text(lines, r, F::IndicatorId, key))
            continue;
        if (!key.trimmed().isEmpty()) {
            const QUuid id = QUuid::fromString(key.trimmed());
            bool found = false;
            if (w.existing) {
                for (const Indicator& i : std::as_const(w.existing->indicators)) {
                    if (i.meta.id == id) {
                        indicator = i;
                        found = true;
                    }
                }
            }
            if (!found) {
                problem(lines, r.row, F::IndicatorId,
                    TemplateImporter::tr("this indicator (id %1) is not among the targets of “%2”.").arg(key.trimmed(), subject->name));
                w.bad = true;
                continue;
            }
            if (seenIndicators.contains(id)) {
                problem(lines, r.row, F::IndicatorId, TemplateImporter::tr("this indicator appears twice."));
                w.bad = true;
                continue;
            }
            seenIndicators.insert(id);
        } else {
            indicator.meta.ownerId = w.existing ? w.existing->meta.ownerId : QUuid();
        }
        bool changed = false;
        bool ok = true;
        // Category: 一级 and 二级 by their names in the year's framework.
        QString one;
        QString two;
        ok = text(lines, r, F::LevelOne, one) && ok;
        ok = text(lines, r, F::LevelTwo, two) && ok;
        QUuid category;
        if (!one.trimmed().isEmpty() || !two.trimmed().isEmpty()) {
            for (const IndicatorCategory& c : std::as_const(categories)) {
                if (c.level == 2 && c.name == two.trimmed() && categories.value(c.parentId).name == one.trimmed())
                    category = c.meta.id;
            }
            if (category.isNull()) {
                problem(lines, r.row, F::LevelTwo,
                    TemplateImporter::tr("“%1 / %2” is not a level-1 / level-2 category of the %3 indicator framework.")
                        .arg(one.trimmed(), two.trimmed())
                        .arg(m_result.fiscalYear));
                ok = false;
            }
        }
        assign(indicator.categoryId, category, changed);
        QString name;
        if (text(lines, r, F::IndicatorName, name)) {
            if (name.trimmed().isEmpty()) {
                problem(lines, r.row, F::IndicatorName, TemplateImporter::tr("the indicator has no name."));
                ok = false;
            }
            assign(indicator.name, name, changed);
        } else {
            ok = false;
        }
        std::optional<IndicatorOperator> op;
        if (choice(lines, r, F::Operator, op, &TemplateLayout::operatorFrom)) {
            if (!op) {
                problem(lines, r.row, F::Operator, TemplateImporter::tr("choose the indicator's operator (≥, ≤, ＝, ＞, ＜ or 定性)."));
                ok = false;
            } else {
                assign(indicator.op, *op, changed);
            }
        } else {
            ok = false;
        }
        std::optional<double> value;
        QString valueText;
        if (op && valueOrText(lines, r, F::TargetValue, *op == IndicatorOperator::Qualitative, indicator.targetValue,
                              indicator.targetText, value, valueText)) {
            assign(indicator.targetValue, value, changed);
            assign(indicator.targetText, valueText, changed);
        } else if (op) {
            ok = false;
        }
        QString unit;
        if (text(lines, r, F::Unit, unit))
            assign(indicator.unit, unit, changed);
        std::optional<double> weight;
        if (number(lines, r, F::Weight, weight))
            assign(indicator.weight, weight.value_or(0), changed);
        else
            ok = false;
        std::optional<EvaluationStandard> standard;
        if (choice(lines, r, F::Standard, standard, &TemplateLayout::standardFrom))
            assign(indicator.standard, standard.value_or(indicator.standard), changed);
        else
            ok = false;
        QString content;
        if (text(lines, r, F::Content, content))
            assign(indicator.content, content, changed);
        if (!ok) {
            w.bad = true;
            continue;
        }
        if (indicator.meta.id.isNull())
            changed = true;
        w.changed = w.changed || changed;
        w.indicators << indicator;
    }

    int done = 0;
    for (const QUuid& id : std::as_const(order)) {
        if (cancelled(done++, int(order.size())))
            return;
        Work& w = work[id];
        ++m_result.programs;
        if (w.bad)
            continue;
        // The sheet is the list: an indicator left out is removed, and the order is the sheet's.
        QList<QUuid> before;
        QList<QUuid> after;
        if (w.existing) {
            for (const Indicator& i : std::as_const(w.existing->indicators))
                before << i.meta.id;
        }
        for (const Indicator& i : std::as_const(w.indicators))
            after << i.meta.id;
        if (before != after) {
            w.changed = true;
            for (int n = 0; n < w.indicators.size(); ++n)
                w.indicators[n].sortOrder = n;
        }
        if (!w.existing && !w.input) {
            ++m_result.unchanged; // nothing typed for a program without targets
            continue;
        }
        if (!w.changed) {
            ++m_result.unchanged;
            continue;
        }
        w.set.indicators = w.indicators;
        save(head, w.row, m_ws.saveTargets(w.set), !w.existing);
    }
}

void Import::importMonitoring()
{
    const SheetData& head = m_sheets.at(0);
    const SheetData& lines = m_sheets.at(1);
    struct Work
    {
        int row = 0;
        Subject subject;
        TargetSet targets;
        std::optional<MonitoringReport> existing;
        MonitoringReport report;
        bool changed = false;
        bool input = false;
        bool bad = false;
    };
    QHash<QUuid, Work> work;
    QList<QUuid> order;
    TargetSetRepository targetSets(m_db);

    for (const SheetRow& r : head.rows) {
        std::optional<Subject> subject = subjectOf(head, r);
        if (!subject)
            continue;
        if (work.contains(subject->meta.id)) {
            problem(head, r.row, F::ProgramName,
                TemplateImporter::tr("the program “%1” appears twice (first in row %2).").arg(subject->name).arg(work.value(subject->meta.id).row));
            continue;
        }
        Work w;
        w.row = r.row;
        w.subject = *subject;
        Result<std::optional<TargetSet>> targets = targetSets.ofSubject(subject->meta.id, m_result.fiscalYear);
        if (!targets || !*targets) {
            problem(head, r.row, F::ProgramName,
                targets ? TemplateImporter::tr("the program “%1” has no performance targets to monitor.").arg(subject->name)
                        : targets.message());
            continue;
        }
        w.targets = **targets;
        Result<QList<MonitoringReport>> reports = MonitoringRepository(m_db).ofSubject(subject->meta.id, m_result.fiscalYear);
        if (!reports) {
            problem(head, r.row, F::ProgramName, reports.message());
            continue;
        }
        for (const MonitoringReport& m : std::as_const(*reports)) {
            if (m.month == m_result.month && !m.meta.deleted)
                w.existing = m;
        }
        if (w.existing) {
            w.report = *w.existing;
        } else {
            w.report.subjectId = subject->meta.id;
            w.report.fiscalYear = m_result.fiscalYear;
            w.report.month = m_result.month;
        }
        if (std::optional<qint64> rev = revisionOf(head, r))
            checkStale(head, r.row, *rev, w.existing ? w.existing->meta.revision : 0, TemplateImporter::tr("monitoring report"));
        std::optional<Money> budget;
        std::optional<Money> executed;
        std::optional<Money> forecast;
        QString note;
        if (money(head, r, F::Budget, budget))
            assign(w.report.budget, budget.value_or(w.existing ? Money() : subject->amount), w.changed);
        if (money(head, r, F::Executed, executed))
            assign(w.report.executed, executed.value_or(Money()), w.changed);
        if (money(head, r, F::ForecastAmount, forecast))
            assign(w.report.forecastYearEnd, forecast.value_or(Money()), w.changed);
        if (text(head, r, F::Note, note))
            assign(w.report.note, note, w.changed);
        w.input = rowHasInput(head, r);
        work.insert(subject->meta.id, w);
        order << subject->meta.id;
    }

    QSet<std::pair<QUuid, QUuid>> seen;
    for (const SheetRow& r : lines.rows) {
        const std::optional<IndicatorLine<Work>> line = indicatorLine(head, lines, r, work, seen);
        if (!line)
            continue;
        Work& w = *line->work;
        const Indicator* indicator = line->indicator;
        const QUuid id = line->id;
        const bool input = line->input;
        qsizetype at = -1;
        for (qsizetype n = 0; n < w.report.entries.size(); ++n) {
            if (w.report.entries.at(n).indicatorId == id)
                at = n;
        }
        if (at < 0 && !input)
            continue;
        MonitoringEntry entry;
        entry.indicatorId = id;
        if (at >= 0)
            entry = w.report.entries.at(at);
        bool changed = at < 0;
        bool ok = true;
        std::optional<double> progress;
        QString progressText;
        if (valueOrText(lines, r, F::Progress, indicator->isQualitative(), entry.progressValue, entry.progressText, progress,
                        progressText)) {
            assign(entry.progressValue, progress, changed);
            assign(entry.progressText, progressText, changed);
        } else {
            ok = false;
        }
        std::optional<double> forecast;
        if (number(lines, r, F::ForecastValue, forecast))
            assign(entry.forecastValue, forecast, changed);
        else
            ok = false;
        std::optional<Likelihood> likelihood;
        if (choice(lines, r, F::Likelihood, likelihood, &TemplateLayout::likelihoodFrom))
            assign(entry.likelihood, likelihood.value_or(entry.likelihood), changed);
        else
            ok = false;
        std::optional<DeviationCause> cause;
        if (choice(lines, r, F::Cause, cause, &TemplateLayout::causeFrom))
            assign(entry.cause, cause, changed);
        else
            ok = false;
        QString measures;
        if (text(lines, r, F::Measures, measures))
            assign(entry.measures, measures, changed);
        if (!ok) {
            w.bad = true;
            continue;
        }
        if (at >= 0)
            w.report.entries[at] = entry;
        else
            w.report.entries << entry;
        w.changed = w.changed || changed;
    }

    int done = 0;
    for (const QUuid& id : std::as_const(order)) {
        if (cancelled(done++, int(order.size())))
            return;
        Work& w = work[id];
        ++m_result.programs;
        if (w.bad)
            continue;
        if ((!w.existing && !w.input) || !w.changed) {
            ++m_result.unchanged;
            continue;
        }
        save(head, w.row, m_ws.saveMonitoring(w.report), !w.existing);
    }
}

void Import::importEvaluations()
{
    const SheetData& funds = m_sheets.at(0);
    const SheetData& head = m_sheets.at(1);
    const SheetData& lines = m_sheets.at(2);
    struct Work
    {
        int row = 0;
        Subject subject;
        TargetSet targets;
        std::optional<SelfEvaluation> existing;
        SelfEvaluation evaluation;
        bool changed = false;
        bool input = false;
        bool bad = false;
    };
    QHash<QUuid, Work> work;
    QList<QUuid> order;
    TargetSetRepository targetSets(m_db);

    for (const SheetRow& r : head.rows) {
        std::optional<Subject> subject = subjectOf(head, r);
        if (!subject)
            continue;
        if (work.contains(subject->meta.id)) {
            problem(head, r.row, F::ProgramName,
                TemplateImporter::tr("the program “%1” appears twice (first in row %2).").arg(subject->name).arg(work.value(subject->meta.id).row));
            continue;
        }
        Work w;
        w.row = r.row;
        w.subject = *subject;
        Result<std::optional<TargetSet>> targets = targetSets.ofSubject(subject->meta.id, m_result.fiscalYear);
        if (!targets || !*targets) {
            problem(head, r.row, F::ProgramName,
                targets ? TemplateImporter::tr("the program “%1” has no performance targets to evaluate.").arg(subject->name)
                        : targets.message());
            continue;
        }
        w.targets = **targets;
        Result<std::optional<SelfEvaluation>> existing = EvaluationRepository(m_db).ofSubject(subject->meta.id, m_result.fiscalYear);
        if (!existing) {
            problem(head, r.row, F::ProgramName, existing.message());
            continue;
        }
        w.existing = *existing;
        if (w.existing) {
            w.evaluation = *w.existing;
        } else {
            w.evaluation.subjectId = subject->meta.id;
            w.evaluation.fiscalYear = m_result.fiscalYear;
        }
        if (std::optional<qint64> rev = revisionOf(head, r))
            checkStale(head, r.row, *rev, w.existing ? w.existing->meta.revision : 0, TemplateImporter::tr("self-evaluation"));
        const std::pair<F, QString SelfEvaluation::*> texts[] = {
            { F::ObjectiveExpected, &SelfEvaluation::objectiveExpected },
            { F::ObjectiveAchieved, &SelfEvaluation::objectiveAchieved },
            { F::ExecutionReason, &SelfEvaluation::executionReason },
            { F::Problems, &SelfEvaluation::problems },
            { F::EvaluationMeasures, &SelfEvaluation::measures },
            { F::Conclusion, &SelfEvaluation::conclusion },
            { F::ProjectLead, &SelfEvaluation::projectLead },
            { F::FinanceLead, &SelfEvaluation::financeLead },
        };
        for (const auto& [field, member] : texts) {
            QString t;
            if (text(head, r, field, t))
                assign(w.evaluation.*member, t, w.changed);
        }
        w.input = rowHasInput(head, r);
        work.insert(subject->meta.id, w);
        order << subject->meta.id;
    }

    QSet<std::pair<QUuid, int>> seenFunds;
    for (const SheetRow& r : funds.rows) {
        std::optional<Subject> subject = subjectOf(funds, r);
        if (!subject)
            continue;
        auto it = work.find(subject->meta.id);
        if (it == work.end()) {
            problem(funds, r.row, F::ProgramName,
                TemplateImporter::tr("the program “%1” is not on the sheet “%2”.").arg(subject->name, head.layout.name));
            continue;
        }
        Work& w = *it;
        QString sourceText;
        text(funds, r, F::FundSource, sourceText);
        const std::optional<FundSource> source = TemplateLayout::fundSourceFrom(sourceText);
        if (!source) {
            problem(funds, r.row, F::FundSource,
                TemplateImporter::tr("“%1” is not one of: %2.")
                    .arg(sourceText, QStringList { TemplateLayout::label(FundSource::Appropriation),
                                         TemplateLayout::label(FundSource::CarryOver), TemplateLayout::label(FundSource::Other) }
                                         .join(QStringLiteral("、"))));
            w.bad = true;
            continue;
        }
        if (seenFunds.contains({ subject->meta.id, int(*source) })) {
            problem(funds, r.row, F::FundSource, TemplateImporter::tr("this funds row appears twice."));
            w.bad = true;
            continue;
        }
        seenFunds.insert({ subject->meta.id, int(*source) });
        std::optional<Money> initial;
        std::optional<Money> adjusted;
        std::optional<Money> executed;
        bool ok = money(funds, r, F::InitialBudget, initial);
        ok = money(funds, r, F::AdjustedBudget, adjusted) && ok;
        ok = money(funds, r, F::FundExecuted, executed) && ok;
        if (!ok) {
            w.bad = true;
            continue;
        }
        const bool input = initial || adjusted || executed;
        w.input = w.input || input;
        qsizetype at = -1;
        for (qsizetype n = 0; n < w.evaluation.funds.size(); ++n) {
            if (w.evaluation.funds.at(n).source == *source)
                at = n;
        }
        if (at < 0 && !input)
            continue;
        EvaluationFund fund;
        fund.source = *source;
        if (at >= 0)
            fund = w.evaluation.funds.at(at);
        bool changed = at < 0;
        assign(fund.initialBudget, initial.value_or(Money()), changed);
        assign(fund.adjustedBudget, adjusted.value_or(Money()), changed);
        assign(fund.executed, executed.value_or(Money()), changed);
        if (at >= 0)
            w.evaluation.funds[at] = fund;
        else
            w.evaluation.funds << fund;
        w.changed = w.changed || changed;
    }

    QSet<std::pair<QUuid, QUuid>> seen;
    for (const SheetRow& r : lines.rows) {
        const std::optional<IndicatorLine<Work>> line = indicatorLine(head, lines, r, work, seen);
        if (!line)
            continue;
        Work& w = *line->work;
        const Indicator* indicator = line->indicator;
        const QUuid id = line->id;
        const bool input = line->input;
        qsizetype at = -1;
        for (qsizetype n = 0; n < w.evaluation.entries.size(); ++n) {
            if (w.evaluation.entries.at(n).indicatorId == id)
                at = n;
        }
        if (at < 0 && !input)
            continue;
        EvaluationEntry entry;
        entry.indicatorId = id;
        if (at >= 0)
            entry = w.evaluation.entries.at(at);
        bool changed = at < 0;
        bool ok = true;
        std::optional<double> actual;
        QString actualText;
        if (valueOrText(lines, r, F::Actual, indicator->isQualitative(), entry.actualValue, entry.actualText, actual, actualText)) {
            assign(entry.actualValue, actual, changed);
            assign(entry.actualText, actualText, changed);
        } else {
            ok = false;
        }
        std::optional<QualitativeLevel> level;
        if (choice(lines, r, F::Level, level, &TemplateLayout::levelFrom))
            assign(entry.qualitativeLevel, level, changed);
        else
            ok = false;
        std::optional<double> score;
        if (number(lines, r, F::LevelScore, score)) {
            if (score && !indicator->isQualitative()) {
                problem(lines, r.row, F::LevelScore,
                    TemplateImporter::tr("only 定性 indicators take a score here; quantitative ones are scored by the rules."));
                ok = false;
            } else if (score && (*score > indicator->weight || *score < 0)) {
                problem(lines, r.row, F::LevelScore,
                    TemplateImporter::tr("the score %1 is outside 0–%2 (the indicator's weight).").arg(*score).arg(indicator->weight));
                ok = false;
            } else if (indicator->isQualitative()) {
                assign(entry.score, score, changed);
            }
        } else {
            ok = false;
        }
        QString yesNo;
        if (text(lines, r, F::NotApplicable, yesNo)) {
            const std::optional<bool> na = TemplateLayout::yesNoFrom(yesNo);
            if (!na) {
                problem(lines, r.row, F::NotApplicable,
                    TemplateImporter::tr("“%1” is not one of: %2.").arg(yesNo, TemplateLayout::choices(F::NotApplicable).join(QStringLiteral("、"))));
                ok = false;
            } else {
                assign(entry.notApplicable, *na, changed);
            }
        } else {
            ok = false;
        }
        const std::pair<F, QString EvaluationEntry::*> texts[] = {
            { F::NotApplicableReason, &EvaluationEntry::notApplicableReason },
            { F::DeviationReason, &EvaluationEntry::deviationReason },
            { F::Explanation, &EvaluationEntry::explanation },
        };
        for (const auto& [field, member] : texts) {
            QString t;
            if (text(lines, r, field, t))
                assign(entry.*member, t, changed);
            else
                ok = false;
        }
        if (!ok) {
            w.bad = true;
            continue;
        }
        if (at >= 0)
            w.evaluation.entries[at] = entry;
        else
            w.evaluation.entries << entry;
        w.changed = w.changed || changed;
    }

    int done = 0;
    for (const QUuid& id : std::as_const(order)) {
        if (cancelled(done++, int(order.size())))
            return;
        Work& w = work[id];
        ++m_result.programs;
        if (w.bad)
            continue;
        if ((!w.existing && !w.input) || !w.changed) {
            ++m_result.unchanged;
            continue;
        }
        save(head, w.row, m_ws.saveEvaluation(w.evaluation), !w.existing);
    }
}

} // namespace

QString TemplateProblem::cell() const
{
    if (row <= 0 || column <= 0)
        return {};
    return XlsxReader::cellName(row, column);
}

QString TemplateProblem::line() const
{
    QString where = sheet;
    if (row > 0)
        where += QLatin1Char('!') + (column > 0 ? cell() : QString::number(row));
    QString text = header.isEmpty() ? reason : QString(header + QStringLiteral(": ") + reason);
    return where.isEmpty() ? text : QString(where + QStringLiteral(": ") + text);
}

TemplateImportResult TemplateImporter::run(Workspace& workspace, const QString& path, const Options& options)
{
    TemplateImportResult result;
    result.dryRun = options.dryRun;
    Import(workspace, result, options).run(path);
    if (!result.ok()) {
        result.created = 0;
        result.updated = 0;
        result.written = false;
    }
    return result;
}

} // namespace jx
