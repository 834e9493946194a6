#include "ui/reports/SelfEvaluationReportEditor.h"

#include "core/domain/Types.h"
#include "core/report/SelfEvaluationReportDraft.h"
#include "core/report/SelfEvaluationReportRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/SubjectRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/common/MessageBanner.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextEdit>
#include <QVBoxLayout>

#include <memory>

namespace jx {

SelfEvaluationReportEditor::SelfEvaluationReportEditor(Workspace& workspace, const QUuid& subjectId, int fiscalYear,
                                                       QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_subjectId(subjectId)
    , m_fiscalYear(fiscalYear)
    , m_banner(new MessageBanner(this))
    , m_state(new QLabel(this))
    , m_text(new QTextEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_regenerate(new QPushButton(tr("Draft again from the data…"), this))
    , m_odt(new QPushButton(tr("Export ODT…"), this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
{
    setObjectName(QStringLiteral("selfEvaluationReportEditor"));
    m_state->setObjectName(QStringLiteral("reportState"));
    m_state->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setAcceptRichText(true);
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_regenerate->setObjectName(QStringLiteral("regenerateReport"));
    m_odt->setObjectName(QStringLiteral("exportOdt"));
    m_pdf->setObjectName(QStringLiteral("exportReportPdf"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_regenerate);
    buttons->addStretch(1);
    buttons->addWidget(m_odt);
    buttons->addWidget(m_pdf);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_state);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    resize(860, 720);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_regenerate, &QPushButton::clicked, this, [this] { regenerate(); });
    connect(m_odt, &QPushButton::clicked, this, [this] { chooseFile(true); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_text->document(), &QTextDocument::modificationChanged, this, [this] { updateState(); });

    Database& db = m_ws.database();
    Result<std::optional<Subject>> subject = SubjectRepository(db).find(subjectId);
    const QString name = subject && subject->has_value() ? (*subject)->name : subjectId.toString(QUuid::WithoutBraces);
    setWindowTitle(tr("Self-evaluation report: %1 (%2)").arg(name).arg(fiscalYear));

    // Read-only once the self-evaluation has gone to finance (or the file cannot be written).
    Result<std::optional<SelfEvaluation>> evaluation = EvaluationRepository(db).ofSubject(subjectId, fiscalYear);
    if (evaluation && evaluation->has_value()) {
        const RecordStatus status = (*evaluation)->status;
        m_readOnly = status == RecordStatus::Submitted || status == RecordStatus::Approved;
    }
    m_readOnly = m_readOnly || m_ws.readOnly();

    Result<std::optional<SelfEvaluationReport>> stored = SelfEvaluationReportRepository(db).ofSubject(subjectId, fiscalYear);
    if (!stored) {
        m_loadError = stored.message();
        return;
    }
    if (stored->has_value()) {
        m_report = **stored;
    } else {
        Result<SelfEvaluationReport> drafted = SelfEvaluationReportDraft::draft(db, subjectId, fiscalYear);
        if (!drafted) {
            m_loadError = drafted.message();
            return;
        }
        m_report = *drafted;
    }
    m_loaded = true;
    m_text->setHtml(m_report.body);
    // A draft not saved yet is an edit to keep: the clerk is asked before it is lost.
    m_text->document()->setModified(m_report.meta.revision == 0);
    m_text->setReadOnly(m_readOnly);
    updateState();
}

QString SelfEvaluationReportEditor::html() const
{
    return m_text->toHtml();
}

bool SelfEvaluationReportEditor::isModified() const
{
    return m_text->document()->isModified();
}

QString SelfEvaluationReportEditor::plainText(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

void SelfEvaluationReportEditor::updateState()
{
    QString state;
    if (m_readOnly)
        state = tr("The self-evaluation has been submitted: its report is read-only.");
    else if (m_report.meta.revision == 0)
        state = tr("Drafted from the data; not saved yet.");
    else
        state = tr("Saved %1.").arg(m_report.meta.modifiedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (isModified() && !m_readOnly)
        state += QLatin1Char(' ') + tr("There are changes not saved.");
    m_state->setText(state);
    m_save->setEnabled(m_loaded && !m_readOnly);
    m_regenerate->setEnabled(m_loaded && !m_readOnly);
    m_odt->setEnabled(m_loaded);
    m_pdf->setEnabled(m_loaded);
}

void SelfEvaluationReportEditor::say(const QString& text, bool error)
{
    m_banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
    Q_EMIT messageShown(text, error);
}

bool SelfEvaluationReportEditor::save()
{
    if (!m_loaded || m_readOnly)
        return false;
    SelfEvaluationReport report = m_report;
    report.body = html();
    if (Result<void> r = m_ws.saveEvaluationReport(report); !r) {
        say(r.message(), true);
        return false;
    }
    m_report = report;
    m_text->document()->setModified(false);
    updateState();
    say(tr("The self-evaluation report was saved."), false);
    return true;
}

bool SelfEvaluationReportEditor::regenerate()
{
    if (!m_loaded || m_readOnly)
        return false;
    // Never replace the clerk's text without asking.
    QMessageBox ask(QMessageBox::Question, tr("Draft again"),
                    tr("Draft the report again from the data? The text in the editor, with your edits, is replaced "
                       "(what is saved stays until you save)."),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("regenerateQuestion"));
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() != QMessageBox::Yes)
        return false;
    Result<SelfEvaluationReport> drafted = SelfEvaluationReportDraft::draft(m_ws.database(), m_subjectId, m_fiscalYear);
    if (!drafted) {
        say(drafted.message(), true);
        return false;
    }
    m_report.draftedAt = drafted->draftedAt;
    m_text->setHtml(drafted->body);
    m_text->document()->setModified(true);
    updateState();
    say(tr("Drafted again from the data; save to keep it."), false);
    return true;
}

bool SelfEvaluationReportEditor::exportOdt(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        say(tr("%1 could not be written: %2").arg(shown, file.errorString()), true);
        return false;
    }
    // The writer closes its device, which a QSaveFile must not be: it writes to memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(m_text->document()) || file.write(buffer.data()) != buffer.data().size()) {
        file.cancelWriting();
        say(tr("%1 could not be written.").arg(shown), true);
        return false;
    }
    if (!file.commit()) {
        say(tr("%1 could not be written: %2").arg(shown, file.errorString()), true);
        return false;
    }
    say(tr("The report was written to %1.").arg(shown), false);
    return true;
}

bool SelfEvaluationReportEditor::exportPdf(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        say(tr("%1 could not be written: %2").arg(shown, file.errorString()), true);
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(windowTitle());
        writer.setCreator(QStringLiteral("Jixiao"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 25, 20, 20),
                                         QPageLayout::Millimeter));
        std::unique_ptr<QTextDocument> doc(m_text->document()->clone());
        QFont font(QStringLiteral("Noto Serif CJK SC"));
        font.setFamilies({ QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC") });
        font.setPointSizeF(12);
        doc->setDefaultFont(font);
        doc->print(&writer);
    }
    if (!file.commit()) {
        say(tr("%1 could not be written: %2").arg(shown, file.errorString()), true);
        return false;
    }
    say(tr("The report was written to %1.").arg(shown), false);
    return true;
}

void SelfEvaluationReportEditor::chooseFile(bool odt)
{
    QFileDialog dialog(this, odt ? tr("Export the report as ODT") : tr("Export the report as PDF"));
    dialog.setObjectName(QStringLiteral("reportFileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({ odt ? tr("OpenDocument text (*.odt)") : tr("PDF document (*.pdf)") });
    dialog.setDefaultSuffix(odt ? QStringLiteral("odt") : QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (odt)
        exportOdt(path);
    else
        exportPdf(path);
}

void SelfEvaluationReportEditor::reject()
{
    if (isModified() && !m_readOnly && m_loaded) {
        QMessageBox ask(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The report has changes that are not saved. Save them?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("unsavedQuestion"));
        const int answer = ask.exec();
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace jx
