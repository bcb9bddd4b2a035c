#pragma once

#include "inputtablemodel.h"

#include <QUndoCommand>

namespace ScoreDesk::App {

// Changes some cells; undo puts the old text and null marks back.
class CellsCommand : public QUndoCommand
{
public:
    CellsCommand(InputTableModel *model, const QList<CellEdit> &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    InputTableModel *m_model;
    QList<CellEdit> m_before;
    QList<CellEdit> m_after;
};

// Swaps the whole table (and its column rules) for another.
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(InputTableModel *model, const DataTable &after, const QList<ColumnRules> &afterRules, const QString &text);
    void undo() override;
    void redo() override;

private:
    InputTableModel *m_model;
    DataTable m_before;
    QList<ColumnRules> m_beforeRules;
    DataTable m_after;
    QList<ColumnRules> m_afterRules;
};

} // namespace ScoreDesk::App
