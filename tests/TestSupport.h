#pragma once

#include "core/storage/Database.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/Installation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace jx::test {

/// A new database for a county finance bureau in a temporary directory.
inline std::unique_ptr<Database> createInstallation(const QTemporaryDir& dir, const QString& name = QStringLiteral("test.jixiao"),
                                                    const QString& division = QStringLiteral("653101"))
{
    InstallationRequest request;
    request.divisionCode = division;
    request.agencyName = QStringLiteral("喀什市财政局");
    request.agencyKind = AgencyKind::FinanceBureau;
    Result<std::unique_ptr<Database>> db = Installation::create(dir.filePath(name), request);
    if (!db) {
        qWarning("%s", qPrintable(db.message()));
        return nullptr;
    }
    return std::move(db.value());
}

/// The indicators of the worked example of docs/scoring.md (2025年农村公路养护项目), in the
/// categories of @p db's 2025 framework; an indicator whose category is missing has a null one.
inline QList<Indicator> workedExampleIndicators(Database& db)
{
    QHash<QString, QUuid> category;
    for (const IndicatorCategory& c : *FrameworkRepository(db).categories(FrameworkKind::ProgramTargets, 2025))
        category.insert(c.name, c.meta.id);
    struct Row
    {
        const char* category;
        const char* name;
        IndicatorOperator op;
        std::optional<double> target;
        const char* unit;
        double weight;
    };
    const Row rows[] = {
        { "数量指标", "养护里程", IndicatorOperator::AtLeast, 120, "公里", 20 },
        { "质量指标", "验收合格率", IndicatorOperator::Equal, 100, "%", 15 },
        { "时效指标", "完工时间", IndicatorOperator::AtMost, 11, "月", 5 },
        { "经济成本指标", "单位养护成本", IndicatorOperator::AtMost, 10000, "元/公里", 10 },
        { "社会效益指标", "群众出行条件改善", IndicatorOperator::Qualitative, std::nullopt, "", 15 },
        { "经济效益指标", "带动就业人数", IndicatorOperator::AtLeast, 60, "人", 15 },
        { "服务对象满意度指标", "服务对象满意度", IndicatorOperator::AtLeast, 90, "%", 10 },
    };
    QList<Indicator> out;
    for (const Row& r : rows) {
        Indicator i;
        i.categoryId = category.value(QString::fromUtf8(r.category));
        i.name = QString::fromUtf8(r.name);
        i.op = r.op;
        i.targetValue = r.target;
        i.targetText = r.target ? QString::number(*r.target) : QStringLiteral("明显改善");
        i.unit = QString::fromUtf8(r.unit);
        i.weight = r.weight;
        out << i;
    }
    return out;
}

/// The first column of the first row of @p sql, or an invalid QVariant.
inline QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

/// SHA-256 of a file's bytes, to prove a file was left untouched.
inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace jx::test
