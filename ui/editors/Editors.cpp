#include "ui/editors/Editors.h"

#include "ui/editors/AssessmentEditor.h"
#include "ui/editors/EvaluationEditor.h"
#include "ui/editors/MonitoringEditor.h"
#include "ui/editors/ProgramEditor.h"
#include "ui/editors/TargetsEditor.h"

namespace jx {

QWidget* createRecordEditor(Workspace& workspace, std::optional<RecordKind> kind, const QUuid& subjectId,
                            const QUuid& recordId, QWidget* parent)
{
    if (!kind)
        return new ProgramEditor(workspace, subjectId.isNull() ? recordId : subjectId, parent);
    switch (*kind) {
    case RecordKind::Assessment:
        return new AssessmentEditor(workspace, subjectId, recordId, parent);
    case RecordKind::TargetSet:
        return new TargetsEditor(workspace, subjectId, recordId, parent);
    case RecordKind::MonitoringReport:
        return new MonitoringEditor(workspace, subjectId, recordId, parent);
    case RecordKind::SelfEvaluation:
        return new EvaluationEditor(workspace, subjectId, recordId, parent);
    case RecordKind::ResultApplication:
        break;
    }
    return nullptr;
}

} // namespace jx
