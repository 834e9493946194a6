#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>

namespace jx {

struct Agency;
struct Subject;
struct IndicatorCategory;
struct IndicatorLibraryEntry;
struct Indicator;
struct TargetSet;
struct ExAnteAssessment;
struct MonitoringReport;
struct SelfEvaluation;
struct Review;
struct ResultApplication;

/**
 * The checks every saved record passes, whatever stage it is in: the shape of the data
 * (required fields, ranges, codes). Workflow gates (what may be submitted) live in
 * core/workflow. Messages name the record and the field.
 */
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static Result<void> check(const Agency& agency);
    static Result<void> check(const Subject& subject);
    static Result<void> check(const IndicatorCategory& category);
    static Result<void> check(const IndicatorLibraryEntry& entry);
    static Result<void> check(const Indicator& indicator);
    static Result<void> check(const TargetSet& set);
    static Result<void> check(const ExAnteAssessment& assessment);
    static Result<void> check(const MonitoringReport& report);
    static Result<void> check(const SelfEvaluation& evaluation);
    static Result<void> check(const Review& review);
    static Result<void> check(const ResultApplication& application);

    /// "program “X”", "agency “Y”": how messages name a record.
    static QString label(const Agency& agency);
    static QString label(const Subject& subject);
    static QString label(const Indicator& indicator);

    static bool isFiscalYear(int year) { return year >= 2000 && year <= 2100; }
    static bool isDivisionCode(const QString& code);
    static bool isFunctionCode(const QString& code);
};

} // namespace jx
