#pragma once

#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace jx {

/**
 * One thing wrong with a record, placed at the field it is about, so that a form can show the
 * reason beside the field and the CLI can print where it is. Submission gates and the
 * self-evaluation scorer report in this one shape.
 *
 * The reason is a translated sentence a person reads on its own (it names the indicator by its
 * name); the path is for programs: "objectiveAnnual", "indicators[2].unit",
 * "entries[0].deviationReason" (indices into the record's lists, from 0), empty for the record
 * as a whole.
 */
struct Problem
{
    Q_DECLARE_TR_FUNCTIONS(Problem)

public:
    std::optional<RecordKind> recordKind; ///< none when not known or not a workflow record
    QUuid recordId; ///< null when not known
    QString record; ///< how messages name the record; may be empty
    QString field; ///< the path inside the record
    QString reason; ///< translated
    QUuid itemId; ///< the list element the path points into (an indicator), where known

    /// A problem of field @p field of the record at hand.
    static Problem at(QString field, QString reason, QUuid itemId = {});
    /// "indicators[2].unit": the path of @p field of element @p index of list @p list.
    static QString path(const QString& list, qsizetype index, const QString& field = {});

    /// "path: reason", or the reason alone when there is no path.
    QString line() const;
    /// "record — path: reason", or line() when the record has no label.
    QString lineWithRecord() const;

    /// The reasons of @p problems joined into one sentence ("a; b; c"), for a message to people.
    static QString joined(const QList<Problem>& problems);
    /// One error whose message is "@p heading: a; b; c".
    static Error toError(
        const QString& heading, const QList<Problem>& problems, Error::Code code = Error::Code::Invalid);
    /// Fills in the record of every problem that does not name one yet, and the label of those about it.
    static void setRecord(QList<Problem>& problems, RecordKind kind, const QUuid& id, const QString& label = {});
};

} // namespace jx
