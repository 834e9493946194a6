#pragma once

// What the template tests share: a unit's database with programs and targets, a dump of every
// table (to prove an import changed nothing), and a clerk's pen: rewriting a workbook cell by cell
// with libxlsxwriter (same sheets, same layout, hidden sheets kept), as a filled-in copy would be.

#include "TestSupport.h"

#include "core/io/TemplateLayout.h"
#include "core/io/XlsxReader.h"
#include "core/workspace/Workspace.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

#include <xlsxwriter.h>

#include <map>
#include <memory>

namespace jx::test {

/// A formula to write into a cell (its cached value is 0).
struct Formula
{
    QString text;
};

/// A cell's new content: a number (double), text (QString), a Formula, or nothing (blank).
using CellEdits = QHash<QString, QHash<QString, QVariant>>; // sheet → "B7" → value

struct UnitFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> ws;
    Subject roads; ///< P-001, with targets (the worked example's seven indicators)
    Subject canals; ///< P-002, without targets

    bool build()
    {
        dir = std::make_unique<QTemporaryDir>();
        InstallationRequest request;
        request.divisionCode = QStringLiteral("653101");
        request.agencyName = QStringLiteral("喀什市交通运输局");
        request.agencyKind = AgencyKind::BudgetUnit;
        request.agencyCode = QStringLiteral("JT01");
        Result<std::unique_ptr<Workspace>> w = Workspace::create(dir->filePath(QStringLiteral("unit.jixiao")), request);
        if (!w)
            return false;
        ws = std::move(*w);
        if (!ws->setActor({ QStringLiteral("李丽娜"), Role::UnitPreparer, {} }).ok())
            return false;
        roads = ws->newProgram();
        roads.fiscalYear = 2025;
        roads.code = QStringLiteral("P-001");
        roads.name = QStringLiteral("2025年农村公路养护项目");
        roads.amount = Money::fromYuan(1'200'000);
        canals = ws->newProgram();
        canals.fiscalYear = 2025;
        canals.code = QStringLiteral("P-002");
        canals.name = QStringLiteral("2025年渠道防渗改造项目");
        canals.amount = Money::fromFen(80'000'012);
        if (!ws->saveSubject(roads).ok() || !ws->saveSubject(canals).ok())
            return false;
        TargetSet set;
        set.subjectId = roads.meta.id;
        set.fiscalYear = 2025;
        set.objectiveAnnual = QStringLiteral("完成农村公路养护120公里。");
        set.indicators = workedExampleIndicators(ws->database());
        return ws->saveTargets(set).ok();
    }
};

/// Every row of every table, in a stable order: equal dumps, equal databases.
inline QString dumpDatabase(Database& db)
{
    QString out;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : std::as_const(names)) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        out += QStringLiteral("== %1\n").arg(table);
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c) {
                const QVariant v = q.value(c);
                cells << (v.metaType().id() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                     : v.toString());
            }
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

/// The cells of a workbook: sheet → (row, column) → cell, and the sheet order and visibility.
struct WorkbookCells
{
    QList<XlsxSheetInfo> sheets;
    QHash<QString, std::map<std::pair<int, int>, XlsxCell>> cells;
};

inline WorkbookCells readWorkbook(const QString& path)
{
    WorkbookCells out;
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
    if (!reader) {
        qWarning("%s", qPrintable(reader.message()));
        return out;
    }
    out.sheets = (*reader)->sheets();
    for (const XlsxSheetInfo& s : out.sheets) {
        auto& cells = out.cells[s.name];
        (void)(*reader)->readSheet(s.name, [&](int, const QList<XlsxCell>& row) {
            for (const XlsxCell& c : row)
                cells[{ c.row, c.column }] = c;
            return true;
        });
    }
    return out;
}

/**
 * Writes @p source again as @p target with @p edits applied, the way a clerk's copy comes back:
 * the same sheets in the same order (hidden ones stay hidden), every cell's value, and the edits.
 * Sheets named in @p drop are left out; @p rename renames sheets.
 */
inline bool rewriteWorkbook(const QString& source, const QString& target, const CellEdits& edits,
                            const QStringList& drop = {}, const QHash<QString, QString>& rename = {})
{
    const WorkbookCells book = readWorkbook(source);
    if (book.sheets.isEmpty())
        return false;
    lxw_workbook* wb = workbook_new(QFile::encodeName(target).constData());
    if (!wb)
        return false;
    for (const XlsxSheetInfo& s : book.sheets) {
        if (drop.contains(s.name))
            continue;
        lxw_worksheet* ws = workbook_add_worksheet(wb, rename.value(s.name, s.name).toUtf8().constData());
        std::map<std::pair<int, int>, QVariant> values;
        for (const auto& [at, c] : book.cells.value(s.name)) {
            if (c.type == XlsxCell::Type::Number)
                values[at] = c.number;
            else if (c.type != XlsxCell::Type::Blank)
                values[at] = c.text;
        }
        const QHash<QString, QVariant> sheetEdits = edits.value(s.name);
        for (auto it = sheetEdits.constBegin(); it != sheetEdits.constEnd(); ++it) {
            const auto at = XlsxReader::parseReference(it.key());
            if (!at)
                return false;
            values[{ at->first, at->second }] = it.value();
        }
        for (const auto& [at, v] : values) {
            const lxw_row_t r = lxw_row_t(at.first - 1);
            const lxw_col_t c = lxw_col_t(at.second - 1);
            if (v.metaType() == QMetaType::fromType<Formula>())
                worksheet_write_formula(ws, r, c, v.value<Formula>().text.toUtf8().constData(), nullptr);
            else if (v.metaType().id() == QMetaType::Double || v.metaType().id() == QMetaType::Int)
                worksheet_write_number(ws, r, c, v.toDouble(), nullptr);
            else if (v.isValid() && !v.toString().isEmpty())
                worksheet_write_string(ws, r, c, v.toString().toUtf8().constData(), nullptr);
        }
        if (s.hidden)
            worksheet_hide(ws);
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

/// The cell of @p field in the row of @p sheet whose @p keyField holds @p key ("" when there is none).
inline QString cellOf(const QString& path, TemplateKind kind, int month, const QString& sheet, TemplateField keyField,
                      const QString& key, TemplateField field)
{
    const WorkbookCells book = readWorkbook(path);
    TemplateSheet layout;
    for (const TemplateSheet& s : TemplateLayout::sheets(kind, month)) {
        if (s.name == sheet)
            layout = s;
    }
    const int keyColumn = layout.indexOf(keyField) + 1;
    const int column = layout.indexOf(field) + 1;
    for (const auto& [at, c] : book.cells.value(sheet)) {
        if (at.second == keyColumn && c.text == key && at.first >= TemplateLayout::FirstDataRow)
            return XlsxReader::cellName(at.first, column);
    }
    return {};
}

/// The first empty data row of a sheet.
inline int nextFreeRow(const QString& path, const QString& sheet)
{
    const WorkbookCells book = readWorkbook(path);
    int last = TemplateLayout::FirstDataRow - 1;
    for (const auto& [at, c] : book.cells.value(sheet)) {
        if (c.type != XlsxCell::Type::Blank)
            last = std::max(last, at.first);
    }
    return last + 1;
}

inline QString columnOf(TemplateKind kind, int month, const QString& sheet, TemplateField field)
{
    for (const TemplateSheet& s : TemplateLayout::sheets(kind, month)) {
        if (s.name == sheet)
            return XlsxReader::columnName(s.indexOf(field) + 1);
    }
    return {};
}

} // namespace jx::test

