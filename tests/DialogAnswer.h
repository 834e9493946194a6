#pragma once

// Answering modal dialogs in GUI tests as a person would: when the dialog is up, find its
// fields by object name, fill them and press its buttons.

#include <QAbstractItemView>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace jx::test {

/// Runs @p answer on the modal dialog that opens next (polling until one is up).
inline void whenModal(std::function<void(QWidget*)> answer, int attempts = 200)
{
    QTimer::singleShot(10, qApp, [answer, attempts] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            if (attempts > 0)
                whenModal(answer, attempts - 1);
            return;
        }
        answer(modal);
    });
}

/**
 * Runs @p answer on the modal dialog of type T once it is up (polling until one is): when a step
 * opens several dialogs one after another (a file, then a passphrase), each is answered by the
 * answer meant for it, however they are timed.
 */
template <typename T>
void whenModalOf(std::function<void(T*)> answer, int attempts = 500)
{
    QTimer::singleShot(10, qApp, [answer, attempts] {
        auto* modal = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible()) {
            if (attempts > 0)
                whenModalOf<T>(answer, attempts - 1);
            else
                qWarning("no modal %s appeared", T::staticMetaObject.className());
            return;
        }
        answer(modal);
    });
}

/// Clicks the standard button @p which of the dialog's button box.
inline void press(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    const auto boxes = dialog->findChildren<QDialogButtonBox*>();
    for (QDialogButtonBox* box : boxes) {
        if (QPushButton* b = box->button(which)) {
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    }
}

/**
 * Types @p text into a line or text edit as an input method would (QTest::keyClicks knows only
 * ASCII keys; Chinese is typed through an input method), after focusing it.
 */
inline void type(QWidget* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(edit))
        line->insert(text);
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(edit))
        plain->insertPlainText(text);
}

/// Clicks the row @p row of @p view (its first column).
inline void clickRow(QAbstractItemView* view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace jx::test
