#pragma once

#include "core/domain/Problem.h"
#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace jx {

class EditorGrid;
class MessageBanner;
class Workspace;

/**
 * What every editor of the loop shares (program registration, ex-ante assessment, targets,
 * monitoring, self-evaluation): fields registered once by the path Problem uses for them
 * ("objectiveAnnual", "indicators[2].unit"), whose raw text is the editor's state; every change
 * an undo step (Ctrl+Z / Ctrl+Y); save (Ctrl+S) and submit (Ctrl+Enter) through the workspace
 * with the problems placed beside their fields and listed in a checklist that jumps to them;
 * an autosave journal of the raw state (written two seconds after a change and on close, with
 * QSaveFile) offered back when the editor opens again; and a read-only view with status and
 * history of a record that is submitted or approved.
 */
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    ~RecordEditor() override;

    std::optional<RecordKind> recordKind() const { return m_kind; }
    QUuid subjectId() const { return m_subjectId; }
    QUuid recordId() const { return m_recordId; }
    bool isReadOnly() const { return m_readOnly; }
    bool isDirty() const;
    QUndoStack* undoStack() const { return m_undo; }
    /// The raw text of every field, as the journal keeps it.
    QJsonObject rawState() const;
    /// Where this editor's journal is (one file per database, record kind and record).
    QString journalPath() const;
    /// The problems shown now (input and, since the last save, the submission gates).
    QList<Problem> shownProblems() const { return m_shown; }
    /// The widget of a field path, for tests and for the checklist.
    QWidget* fieldWidget(const QString& path) const;

public Q_SLOTS:
    /// Saves through the workspace; false (problems shown, nothing lost) when it cannot.
    bool save();
    /// Saves, then submits; false with the gates' problems beside their fields when it cannot.
    bool submit();
    /// Puts the journal's state back (an undo step) and hides the offer.
    void restoreDraft();
    /// Forgets the journal.
    void discardDraft();
    /// Writes the journal now (the timer does it two seconds after the last change).
    void writeJournal();
    /// Shows @p path's field and puts the cursor in it.
    void focusField(const QString& path);

Q_SIGNALS:
    void saved(const QUuid& id);
    void closeRequested();

protected:
    RecordEditor(Workspace& workspace, std::optional<RecordKind> kind, const QUuid& subjectId, const QUuid& recordId,
                 QWidget* parent);

    // What each editor provides.
    /// Builds the record from the fields and saves it through the workspace; its id.
    virtual Result<QUuid> saveRecord() = 0;
    /// What is wrong with the input now, field by field (letters in amounts, an empty required field…).
    virtual QList<Problem> inputProblems() = 0;
    /// What is wrong but does not stop a draft being saved (a weight total, a missing reason): shown the same way.
    virtual QList<Problem> liveIssues() { return {}; }
    /// Recomputes what is derived (totals, scores, traffic lights) from the fields.
    virtual void refreshDerived() {}
    /// The editor's title ("绩效目标申报表 — 2025年…").
    virtual QString title() const = 0;
    /// Whether the actor may change the record now (owner, status); the reason when not.
    virtual Result<void> editableNow();
    /// After a save: puts ids the workspace gave (new indicators) into the rows, silently.
    virtual void afterSave() {}

    Workspace& workspace() const { return m_ws; }
    QVBoxLayout* body() const { return m_body; }

    /// Registers a field under @p path (watched for changes, part of the state, made read-only
    /// with the record) and returns it with its inline error label below it.
    QWidget* field(const QString& path, QWidget* widget);
    /// Registers a grid under the path of its list ("indicators"); @p columns maps field names
    /// ("unit") to columns for problem paths ("indicators[2].unit").
    void grid(const QString& path, EditorGrid* grid, const QHash<QString, int>& columns);
    /// A form row: label, field and its error label.
    void addRow(QFormLayout* form, const QString& label, const QString& path, QWidget* widget);
    /// Sets fields from @p state without an undo step (loading, restoring).
    void applyRawState(const QJsonObject& state);
    /// To call once the fields hold the record: the baseline, read-only state, history, journal offer.
    void finishSetup();
    /// Sets the record id after the first save.
    void setRecordId(const QUuid& id) { m_recordId = id; }
    /// Takes the current fields as the saved baseline (no undo step).
    void resetBaseline();
    /// Shows a message in the editor's banner.
    void showMessage(const QString& text, bool error);
    /// Runs input checks and derived values again (after a change made in code).
    void revalidate();
    /// Runs @p change as one undo step named @p what (copying last year's targets, a month switch).
    void editAsOneStep(const std::function<void()>& change);
    bool isApplying() const { return m_applying; }

    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct GridInfo
    {
        EditorGrid* grid = nullptr;
        QHash<QString, int> columns;
    };

    void edited(const QString& path);
    void watch(const QString& path, QWidget* widget);
    void showProblems(const QList<Problem>& problems);
    void placeProblem(const Problem& problem);
    void clearMarks();
    void setReadOnly(bool readOnly);
    void loadHistory();
    void offerJournal();
    void removeJournal(const QString& path) const;
    QString journalKey(const QUuid& recordId) const;
    /// The grid, row and column of a grid path, or false.
    bool locate(const Problem& problem, EditorGrid** grid, int* row, int* column) const;

    Workspace& m_ws;
    std::optional<RecordKind> m_kind;
    QUuid m_subjectId;
    QUuid m_recordId;
    QString m_newJournalPath;

    QList<QPair<QString, QWidget*>> m_fields;
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, GridInfo> m_grids;
    QList<Problem> m_gateProblems;
    QList<Problem> m_shown;

    QJsonObject m_state;
    QJsonObject m_savedState;
    bool m_applying = false;
    bool m_closing = false;
    bool m_readOnly = false;
    QString m_lastPath;

    QUndoStack* m_undo;
    QTimer* m_autosave;
    QLabel* m_title;
    QLabel* m_status;
    MessageBanner* m_banner;
    QWidget* m_journalBar;
    QLabel* m_journalText;
    QVBoxLayout* m_body;
    QListWidget* m_checklist;
    QListWidget* m_history;
    QPushButton* m_saveButton;
    QPushButton* m_submitButton;
};

} // namespace jx
