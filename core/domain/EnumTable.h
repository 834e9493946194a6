#pragma once

#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QAnyStringView>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <optional>
#include <span>
#include <type_traits>

namespace jx {

/// One value of an enumeration: what is stored, what is exchanged, what is shown.
template <typename E>
struct EnumEntry
{
    E value;          ///< stored in the database as its integer; never renumber
    const char* code; ///< stable text code of JSON interchange and the CLI; never change
    const char* name; ///< source text of the translated name, context "Names" (QT_TRANSLATE_NOOP)
};

/// A further code accepted on input for a value (another file's spelling); never written.
template <typename E>
struct EnumAlias
{
    const char* code;
    E value;
};

/// The one table of an enumeration. Entries are in the order their codes are shown to users.
template <typename E>
struct EnumTable
{
    const char* typeName; ///< the enumeration's name, for messages about stored values
    std::span<const EnumEntry<E>> entries;
    std::span<const EnumAlias<E>> aliases;
    bool flags = false; ///< the values are bits of a set stored as one integer (FundingTag)
};

// One table per enumeration of Types.h, defined in EnumTable.cpp. The tag picks the overload,
// so an enumeration without a table does not compile with the functions below.
const EnumTable<BudgetBook>& enumTable(std::type_identity<BudgetBook>);
const EnumTable<SubjectKind>& enumTable(std::type_identity<SubjectKind>);
const EnumTable<ProgramKind>& enumTable(std::type_identity<ProgramKind>);
const EnumTable<FundingTag>& enumTable(std::type_identity<FundingTag>);
const EnumTable<AgencyKind>& enumTable(std::type_identity<AgencyKind>);
const EnumTable<DivisionRank>& enumTable(std::type_identity<DivisionRank>);
const EnumTable<Grade>& enumTable(std::type_identity<Grade>);
const EnumTable<RecordStatus>& enumTable(std::type_identity<RecordStatus>);
const EnumTable<IndicatorOperator>& enumTable(std::type_identity<IndicatorOperator>);
const EnumTable<EvaluationStandard>& enumTable(std::type_identity<EvaluationStandard>);
const EnumTable<FrameworkKind>& enumTable(std::type_identity<FrameworkKind>);
const EnumTable<AssessmentDimension>& enumTable(std::type_identity<AssessmentDimension>);
const EnumTable<AssessorKind>& enumTable(std::type_identity<AssessorKind>);
const EnumTable<AssessmentConclusion>& enumTable(std::type_identity<AssessmentConclusion>);
const EnumTable<Likelihood>& enumTable(std::type_identity<Likelihood>);
const EnumTable<DeviationCause>& enumTable(std::type_identity<DeviationCause>);
const EnumTable<QualitativeLevel>& enumTable(std::type_identity<QualitativeLevel>);
const EnumTable<FundSource>& enumTable(std::type_identity<FundSource>);
const EnumTable<ReviewDecision>& enumTable(std::type_identity<ReviewDecision>);
const EnumTable<RecordKind>& enumTable(std::type_identity<RecordKind>);
const EnumTable<ApplicationDecision>& enumTable(std::type_identity<ApplicationDecision>);
const EnumTable<BudgetStage>& enumTable(std::type_identity<BudgetStage>);
const EnumTable<OrderKind>& enumTable(std::type_identity<OrderKind>);
const EnumTable<Role>& enumTable(std::type_identity<Role>);

/// An enumeration that has a table.
template <typename E>
concept TabledEnum = std::is_enum_v<E> && requires { enumTable(std::type_identity<E> {}); };

namespace detail {
QString enumName(const char* source);
Error storedEnumError(const char* typeName, const QString& value, const QString& where);
Error storedFlagsError(const char* typeName, int value, int unknownBits, const QString& where);
std::optional<int> storedInt(const QVariant& value);
QString storedText(const QVariant& value);
} // namespace detail

/// The table of @p E.
template <TabledEnum E>
const EnumTable<E>& tableOf()
{
    return enumTable(std::type_identity<E> {});
}

/// Every value of @p E with its code and name, in the order shown to users.
template <TabledEnum E>
std::span<const EnumEntry<E>> enumEntries()
{
    return tableOf<E>().entries;
}

/// The entry of @p value, or nullptr for a value outside the table.
template <TabledEnum E>
const EnumEntry<E>* enumEntry(E value)
{
    for (const EnumEntry<E>& e : enumEntries<E>()) {
        if (e.value == value)
            return &e;
    }
    return nullptr;
}

/// The stable code of @p value ("general-public"); empty for a value outside the table.
template <TabledEnum E>
QString codeOf(E value)
{
    const EnumEntry<E>* e = enumEntry(value);
    return e ? QString::fromUtf8(e->code) : QString();
}

/// The translated name of @p value; empty for a value outside the table. Names::of reads this.
template <TabledEnum E>
QString nameOf(E value)
{
    const EnumEntry<E>* e = enumEntry(value);
    return e ? detail::enumName(e->name) : QString();
}

/// Every code of @p E (not the aliases), in table order.
template <TabledEnum E>
QStringList codesOf()
{
    QStringList out;
    for (const EnumEntry<E>& e : enumEntries<E>())
        out << QString::fromUtf8(e.code);
    return out;
}

/// The value of a code or alias, matched exactly; nothing for an unknown code.
template <TabledEnum E>
std::optional<E> fromCode(QStringView code)
{
    for (const EnumEntry<E>& e : enumEntries<E>()) {
        if (QAnyStringView::equal(code, QUtf8StringView(e.code)))
            return e.value;
    }
    for (const EnumAlias<E>& a : tableOf<E>().aliases) {
        if (QAnyStringView::equal(code, QUtf8StringView(a.code)))
            return a.value;
    }
    return std::nullopt;
}

/// The value whose integer is @p value; nothing if no value of @p E has it.
template <TabledEnum E>
std::optional<E> fromInt(int value)
{
    for (const EnumEntry<E>& e : enumEntries<E>()) {
        if (static_cast<int>(e.value) == value)
            return e.value;
    }
    return std::nullopt;
}

/**
 * A stored integer as a value of @p E. Anything else is an Error::Code::Storage naming the
 * enumeration, the value and @p where (say "table subject, column kind").
 */
template <TabledEnum E>
Result<E> fromStored(int value, const QString& where)
{
    if (const std::optional<E> v = fromInt<E>(value))
        return *v;
    return detail::storedEnumError(tableOf<E>().typeName, QString::number(value), where);
}

/// As above from a query value; NULL or a non-integer is an error too.
template <TabledEnum E>
Result<E> fromStored(const QVariant& value, const QString& where)
{
    if (const std::optional<int> n = detail::storedInt(value))
        return fromStored<E>(*n, where);
    return detail::storedEnumError(tableOf<E>().typeName, detail::storedText(value), where);
}

/// For a nullable column: NULL gives nothing, any other value must be a value of @p E.
template <TabledEnum E>
Result<std::optional<E>> fromStoredOptional(const QVariant& value, const QString& where)
{
    if (value.isNull())
        return std::optional<E>();
    Result<E> v = fromStored<E>(value, where);
    if (!v)
        return v.error();
    return std::optional<E>(*v);
}

/// For a bit-flag enumeration: every bit of the set.
template <TabledEnum E>
int allFlags()
{
    int all = 0;
    for (const EnumEntry<E>& e : enumEntries<E>())
        all |= static_cast<int>(e.value);
    return all;
}

/// For a bit-flag enumeration: the codes of the flags set in @p mask, in table order.
template <TabledEnum E>
QStringList codesOfFlags(int mask)
{
    QStringList out;
    for (const EnumEntry<E>& e : enumEntries<E>()) {
        if (mask & static_cast<int>(e.value))
            out << QString::fromUtf8(e.code);
    }
    return out;
}

/// For a bit-flag enumeration: a stored set; a bit that is no flag of @p E is an error.
template <TabledEnum E>
Result<int> flagsFromStored(int mask, const QString& where)
{
    const int unknown = mask & ~allFlags<E>();
    if (mask < 0 || unknown != 0)
        return detail::storedFlagsError(tableOf<E>().typeName, mask, unknown, where);
    return mask;
}

/// As above from a query value; NULL is the empty set.
template <TabledEnum E>
Result<int> flagsFromStored(const QVariant& value, const QString& where)
{
    if (value.isNull())
        return 0;
    if (const std::optional<int> n = detail::storedInt(value))
        return flagsFromStored<E>(*n, where);
    return detail::storedEnumError(tableOf<E>().typeName, detail::storedText(value), where);
}

} // namespace jx
