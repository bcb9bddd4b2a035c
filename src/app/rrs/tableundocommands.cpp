#include "tableundocommands.h"

namespace ScoreDesk::App {

CellsCommand::CellsCommand(InputTableModel *model, const QList<CellEdit> &after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_after(after)
{
    for (const CellEdit &edit : after)
        m_before.append({edit.row, edit.column, model->table().cell(edit.row, edit.column), model->table().isNull(edit.row, edit.column)});
}

void CellsCommand::undo()
{
    m_model->applyCells(m_before);
}

void CellsCommand::redo()
{
    m_model->applyCells(m_after);
}

SnapshotCommand::SnapshotCommand(InputTableModel *model, const DataTable &after, const QList<ColumnRules> &afterRules, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(model->table())
    , m_beforeRules(model->rules())
    , m_after(after)
    , m_afterRules(afterRules)
{
}

void SnapshotCommand::undo()
{
    m_model->applyTable(m_before, m_beforeRules);
}

void SnapshotCommand::redo()
{
    m_model->applyTable(m_after, m_afterRules);
}

} // namespace ScoreDesk::App
