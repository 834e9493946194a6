#pragma once

#include "core/domain/Types.h"

#include <QUuid>

#include <optional>

class QWidget;

namespace jx {

class Workspace;

/**
 * The editor of a record of the loop, as the main window opens it (StagePage::editRequested):
 * - no @p kind: the registration of program @p subjectId, or of a new program when it is null;
 * - a kind: the record @p recordId of that kind about @p subjectId, or a new one when @p recordId
 *   is null (targets and self-evaluations open the subject's existing one of its year).
 * Every editor is a RecordEditor: it emits saved(QUuid) after each save and closeRequested()
 * when the clerk closes it. Null for a kind without an editor here (result applications).
 */
QWidget* createRecordEditor(Workspace& workspace, std::optional<RecordKind> kind, const QUuid& subjectId,
                            const QUuid& recordId, QWidget* parent = nullptr);

} // namespace jx
