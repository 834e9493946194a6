#pragma once

#include "core/domain/Types.h"
#include "ui/common/StagePage.h"

#include <QIcon>
#include <QString>
#include <QUuid>

#include <optional>

class QWidget;

namespace jx {

class Workspace;

/**
 * The one place where the main window gets its pages: every stage page, the record view of a
 * subject and the editors. The window never names a page class; to put a real page in, change
 * only these functions.
 *
 * Two conventions the window relies on, so that StagePage needs no more virtuals:
 * - Find (Ctrl+F) focuses the first visible QLineEdit of the page whose object name contains
 *   "search" (e.g. "targetsSearch").
 * - A stage action that writes carries the dynamic property "writes" = true; on a database
 *   opened read-only the window disables it and gives the reason as its tool tip.
 */

/// Every stage, in the order of the navigation.
QList<Stage> allStages();
/// The stage's name as the navigation shows it (translated).
QString stageName(Stage stage);
/// The stage's icon in the navigation.
QIcon stageIcon(Stage stage);
/// A stable name for object names and screenshot files, e.g. "home", "targets".
QString stageKey(Stage stage);

/// The application's icon (packaging/jixiao.svg; drawn the same way where Qt has no SVG plugin).
QIcon applicationIcon();

/// The page of @p stage, owned by @p parent.
StagePage* createStagePage(Stage stage, QWidget* parent);
/// The record view of a subject (program, agency overall budget or government budget).
QWidget* createSubjectView(Workspace& workspace, const QUuid& subjectId, QWidget* parent);
/**
 * The editor of a record of kind @p kind about @p subjectId (a null @p recordId: a new one);
 * with no kind, the editor of the subject itself (program registration).
 */
QWidget* createEditor(Workspace& workspace, std::optional<RecordKind> kind, const QUuid& subjectId,
                      const QUuid& recordId, QWidget* parent);

} // namespace jx
