#pragma once

#include "core/report/SelfEvaluationReport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextEdit;

namespace jx {

class MessageBanner;
class Workspace;

/**
 * The editor of a 绩效自评报告: the saved report of the subject and year, or a draft from the
 * data when none was saved, in a rich-text editor. Saving goes through the Workspace, which keeps
 * the clerk's edits; "重新起草" drafts again from the data only when asked, and asks before it
 * replaces any text. Exports to .odt and PDF. Read-only once the self-evaluation is submitted.
 */
class SelfEvaluationReportEditor : public QDialog
{
    Q_OBJECT

public:
    SelfEvaluationReportEditor(Workspace& workspace, const QUuid& subjectId, int fiscalYear, QWidget* parent = nullptr);

    /// Whether the report (saved or drafted) could be read; else loadError() says why.
    bool loaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    bool isReadOnly() const { return m_readOnly; }
    /// The text as edited, as HTML.
    QString html() const;
    /// Whether there are edits not saved yet.
    bool isModified() const;

    /// Saves the text through the Workspace; the message shown (translated).
    bool save();
    /// Drafts the text again from the data, asking first when it would replace text.
    bool regenerate();
    /// Writes the text as an OpenDocument text (.odt) or a PDF to @p path; false with a message on failure.
    bool exportOdt(const QString& path);
    bool exportPdf(const QString& path);

    static QString plainText(const QString& html);

Q_SIGNALS:
    /// A message shown in the editor's banner (translated); error true for a failure.
    void messageShown(const QString& text, bool error);

protected:
    void reject() override;

private:
    void chooseFile(bool odt);
    void say(const QString& text, bool error);
    void updateState();

    Workspace& m_ws;
    QUuid m_subjectId;
    int m_fiscalYear;
    SelfEvaluationReport m_report;
    bool m_loaded = false;
    bool m_readOnly = false;
    QString m_loadError;
    MessageBanner* m_banner;
    QLabel* m_state;
    QTextEdit* m_text;
    QPushButton* m_save;
    QPushButton* m_regenerate;
    QPushButton* m_odt;
    QPushButton* m_pdf;
};

} // namespace jx
