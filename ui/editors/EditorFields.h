#pragma once

#include "core/domain/EnumTable.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jx {

/// What the editors share to read what a clerk typed: numbers as typed (full-width digits,
/// thousands separators, a trailing %), operators as written on the paper form.
class EditorFields
{
    Q_DECLARE_TR_FUNCTIONS(EditorFields)

public:
    /// Fills @p box with the translated names of @p E, each with its stored integer as data.
    template <TabledEnum E> static void fill(QComboBox* box)
    {
        for (const EnumEntry<E>& e : enumEntries<E>())
            box->addItem(Names::of(e.value), static_cast<int>(e.value));
    }
    /// The index of @p value in a box filled by fill().
    template <TabledEnum E> static int indexOf(const QComboBox* box, E value)
    {
        return box->findData(static_cast<int>(value));
    }
    template <TabledEnum E> static E valueOf(const QComboBox* box)
    {
        return static_cast<E>(box->currentData().toInt());
    }

    /// A number as typed ("1,200", "９５", "95%"); none for empty text; @p ok false for anything else.
    static std::optional<double> number(const QString& text, bool* ok);
    /// A number for display: no trailing zeros ("120", "92.5").
    static QString show(double value);
    static QString show(const std::optional<double>& value);
    /// An operator as written: ≥ >= ＞ > ＝ = ＜ < ≤ <= 定性 (or the translated name); none if unknown.
    static std::optional<IndicatorOperator> op(const QString& text);
    /// The operator's symbol as the table shows it.
    static QString symbol(IndicatorOperator op);
    /// The names of a filled enumeration, for a grid column's choices.
    template <TabledEnum E> static QStringList names()
    {
        QStringList out;
        for (const EnumEntry<E>& e : enumEntries<E>())
            out << Names::of(e.value);
        return out;
    }
    /// The value whose translated name is @p text; none if none.
    template <TabledEnum E> static std::optional<E> named(const QString& text)
    {
        for (const EnumEntry<E>& e : enumEntries<E>()) {
            if (Names::of(e.value) == text.trimmed() || QString::fromUtf8(e.code) == text.trimmed())
                return e.value;
        }
        return std::nullopt;
    }
};

} // namespace jx
