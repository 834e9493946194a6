#pragma once

#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jx {

/// The three fill-in templates (填报模板) a clerk fills in Excel and imports back.
enum class TemplateKind
{
    Targets = 1,        ///< 绩效目标
    Monitoring = 2,     ///< 绩效监控 (one month)
    SelfEvaluation = 3, ///< 绩效自评
};

/// What a column of a template carries.
enum class TemplateField
{
    SubjectId,
    RecordId,
    Revision,
    IndicatorId,
    ProgramCode,
    ProgramName,
    ProgramAmount,
    ObjectiveAnnual,
    ObjectiveMidTerm,
    LevelOne,
    LevelTwo,
    IndicatorName,
    Operator,
    TargetValue,
    Unit,
    Weight,
    Standard,
    Content,
    Budget,
    Executed,
    ForecastAmount,
    Note,
    Progress,
    ForecastValue,
    Likelihood,
    Cause,
    Measures,
    FundSource,
    InitialBudget,
    AdjustedBudget,
    FundExecuted,
    ObjectiveExpected,
    ObjectiveAchieved,
    ExecutionReason,
    Problems,
    EvaluationMeasures,
    Conclusion,
    ProjectLead,
    FinanceLead,
    Actual,
    Level,
    LevelScore,
    NotApplicable,
    NotApplicableReason,
    DeviationReason,
    Explanation,
};

/// How a column is filled and read back.
enum class CellRole
{
    Key,         ///< hidden and locked: ids and revisions that match rows to records
    Info,        ///< shown for orientation, locked, not read back
    Text,        ///< free text
    Money,       ///< an amount in 元 with at most two decimals (a number cell)
    Number,      ///< a number cell
    Choice,      ///< one of a list (data validation in the sheet)
    ValueOrText, ///< a number for quantitative indicators, text for 定性 ones
};

struct TemplateColumn
{
    TemplateField field;
    CellRole role;
    QString header;
    double width = 14;
};

struct TemplateSheet
{
    QString name;
    QString title;
    QList<TemplateColumn> columns;

    /// 0-based position of @p field, or -1.
    int indexOf(TemplateField field) const;
};

/**
 * The layout of the fill-in templates, said once for the writer (TemplateWorkbook) and the importer
 * (TemplateImporter): sheets, columns and their roles, and the Chinese wording of headers and choices.
 *
 * Headers and choices are the official forms' Chinese wording whatever the program's language: they
 * are the contract between a workbook exported on one machine and its import on another, like the
 * codes of the JSON interchange, so they are data here and not translated.
 */
class TemplateLayout
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLayout)

public:
    static constexpr int TitleRow = 1;     ///< 1-based, as Excel shows rows
    static constexpr int NoteRow = 2;
    static constexpr int HeaderRow = 3;
    static constexpr int FirstDataRow = 4;
    static constexpr int FormatVersion = 1;

    /// The data sheets of @p kind; @p month names the monitoring columns (1—N月).
    static QList<TemplateSheet> sheets(TemplateKind kind, int month);
    /// The hidden sheet holding what the template is (kind, year, month, agency, format version).
    static QString metaSheet();
    /// The visible sheet explaining how to fill the template.
    static QString guideSheet();

    static QString codeOf(TemplateKind kind);
    static std::optional<TemplateKind> kindFromCode(const QString& code);
    /// 绩效目标 / 绩效监控 / 绩效自评, translated.
    static QString nameOf(TemplateKind kind);

    // The Chinese wording of the choices, as written in the cells and offered by the validation lists.
    static QString label(IndicatorOperator op);
    static QString label(EvaluationStandard standard);
    static QString label(Likelihood likelihood);
    static QString label(DeviationCause cause);
    static QString label(QualitativeLevel level);
    static QString label(FundSource source);
    static QString yes();
    static QString no();
    static QStringList choices(TemplateField field);

    static std::optional<IndicatorOperator> operatorFrom(const QString& text);
    static std::optional<EvaluationStandard> standardFrom(const QString& text);
    static std::optional<Likelihood> likelihoodFrom(const QString& text);
    static std::optional<DeviationCause> causeFrom(const QString& text);
    static std::optional<QualitativeLevel> levelFrom(const QString& text);
    static std::optional<FundSource> fundSourceFrom(const QString& text);
    static std::optional<bool> yesNoFrom(const QString& text);
};

} // namespace jx
