#pragma once

// Driving the editors as a clerk does, shared by the GUI tests of the whole loop.

#include "ui/editors/EditorGrid.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

namespace jx::test {

/// Types @p text into a grid cell as a clerk does: F2 opens the cell, the text, Enter commits.
inline void typeCell(EditorGrid* grid, int row, int column, const QString& text)
{
    QVERIFY(grid);
    grid->setFocus();
    grid->setCurrentCell(row, column);
    QTest::keyClick(grid, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    if (!editor || editor == grid)
        qWarning() << "F2 opened nothing: focus" << editor << "triggers" << grid->editTriggers() << "visible"
                   << grid->isVisible() << "active" << QApplication::activeWindow() << "flags"
                   << (grid->item(row, column) ? int(grid->item(row, column)->flags()) : -1);
    QVERIFY2(editor && editor != grid, qPrintable(QStringLiteral("no editor in cell %1,%2").arg(row).arg(column)));
    if (auto* box = qobject_cast<QComboBox*>(editor); box && box->isEditable())
        editor = box->lineEdit();
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->selectAll();
        bool latin = true;
        for (QChar c : text)
            latin = latin && c.unicode() < 0x80;
        if (latin)
            QTest::keyClicks(line, text);
        else
            line->insert(text); // an input method's commit
    } else if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(box->findText(text)); // a choice list: picked as with the mouse
    }
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the cell on a queued call
}

/// The targets as a clerk copies them from Excel: level 2, name, operator, target, unit, weight.
inline QString targetsTsv(const QString& satisfaction)
{
    return QStringLiteral("数量指标\t养护里程\t≥\t120\t公里\t20\r\n"
                          "质量指标\t验收合格率\t＝\t100\t%\t15\r\n"
                          "时效指标\t完工时间\t≤\t11\t月\t5\r\n"
                          "经济成本指标\t单位养护成本\t≤\t10000\t元/公里\t10\r\n"
                          "社会效益指标\t群众出行条件改善\t定性\t明显改善\t\t15\r\n"
                          "经济效益指标\t带动就业人数\t≥\t60\t人\t15\r\n"
                          "服务对象满意度指标\t服务对象满意度\t≥\t%1\t%\t10\r\n")
        .arg(satisfaction);
}

template <typename T> T* child(QWidget* w, const char* name)
{
    return w ? w->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

inline QString problemsOf(QWidget* editor)
{
    QStringList lines;
    if (auto* list = child<QListWidget>(editor, "problemList")) {
        for (int n = 0; n < list->count(); ++n)
            lines << list->item(n)->toolTip() + QStringLiteral(": ") + list->item(n)->text();
    }
    if (auto* banner = editor ? editor->findChild<QWidget*>(QStringLiteral("editorBanner")) : nullptr)
        lines << banner->property("text").toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace jx::test
