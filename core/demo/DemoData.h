#pragma once

#include "core/domain/Types.h"

#include <array>

/// The fixed data the demo draws from: departments, places, people, indicators and the
/// sample texts of the records. Names and texts are Chinese data, not interface text.
namespace jx::demo {

/// A department of a county government, the sector it spends in (功能分类 类 code) and
/// the stems of its program names.
struct Department
{
    const char* name;
    const char* functionCode;
    std::array<const char*, 4> stems;
    std::array<const char*, 2> subordinates; ///< subordinate units (所属单位), "" for none
    const char* townBranch;                  ///< its unit in each township (乡镇站所), "" for none
};

extern const std::array<Department, 30> departments;

/// The departments whose programs a township government runs, taken in turn.
extern const std::array<int, 3> townshipDepartments;

extern const std::array<const char*, 12> townships;
/// Endings that make program names of one department differ.
extern const std::array<const char*, 6> nameVariants;
extern const std::array<const char*, 16> surnames;
extern const std::array<const char*, 16> givenNames;

/// An indicator as the demo writes it, attached to a level-2 category by name.
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

extern const std::array<IndicatorTemplate, 12> programIndicators;
/// The standards an indicator has when it is not the plan (计划标准).
extern const std::array<EvaluationStandard, 3> otherStandards;
extern const std::array<IndicatorTemplate, 6> agencyIndicators;
/// 政府收支预算: the indicators of a government budget under the region's framework.
extern const std::array<IndicatorTemplate, 8> governmentIndicators;

/// The fixed texts of names and records.
struct SampleTexts
{
    const char* financeBureau;      ///< after a division name: its finance bureau
    const char* townshipGovernment; ///< after a township name: its government
    const char* agencyBudget;       ///< after agency name and year: its overall budget
    const char* governmentObjective; ///< 政府收支预算 annual objective
    const char* agencyObjective;
    const char* year;               ///< after the year in a program name
    const char* policySuffix;
    const char* transferSuffix;
    const char* projectSuffix;
    const char* objectivePrefix;    ///< before the program name in its annual objective
    const char* objectiveSuffix;
    const char* objectiveMidTerm;
    const char* acceptanceRecords;  ///< data sources of indicators
    const char* statistics;
    const char* reviewComment;
    const char* thirdPartyAssessor;
    const char* reportHead;         ///< ex-ante report: before the program name
    const char* reportBody;
    const char* onSchedule;
    const char* largelyReached;
    const char* lagMeasures;
    const char* objectiveAchieved;
    const char* objectivePartlyAchieved;
    const char* executionReason;
    const char* conclusionGood;
    const char* conclusionFair;
    const char* problems;
    const char* measures;
    const char* deviationReason;
    const char* aboveTarget;
    const char* partlyReached;
};

extern const SampleTexts texts;

} // namespace jx::demo
