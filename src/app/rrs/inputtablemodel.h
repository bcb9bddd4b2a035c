#pragma once

#include "core/table/datatable.h"

#include <QAbstractTableModel>
#include <QStringList>

class QUndoStack;

namespace ScoreDesk::App {

// What the service's description says about a column beyond its type.
struct ColumnRules
{
    bool required = false;
    QStringList enumValues;
};

struct CellEdit
{
    int row = 0;
    int column = 0;
    QString text;
    bool isNull = false;
};

// The input grid: a DataTable with the service's column rules, edited through an undo stack.
// Cell edits are small undo commands; structure edits (rows, columns, paste, import) swap
// whole-table snapshots, which stay cheap because the table's columns are implicitly shared.
class InputTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the text, null as an invalid QVariant
        ProblemRole,                     // why the cell is not acceptable, or empty
        EnumValuesRole,                  // allowed values, for the editor
        RoleCount                        // sentinel
    };

    explicit InputTableModel(QUndoStack *undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const DataTable &table() const { return m_table; }
    const QList<ColumnRules> &rules() const { return m_rules; }

    // Replaces everything without undo (a new service description); rules follow the columns.
    void reset(const DataTable &table, const QList<ColumnRules> &rules = {});
    // Replaces the table as one undoable step (import, paste, structure edits).
    void replaceTable(const DataTable &table, const QString &description);
    void editCells(const QList<CellEdit> &edits, const QString &description);

    void insertRowsAt(int row, int count);
    void removeRowRange(int row, int count);
    void moveRowTo(int from, int to);
    void insertColumnAt(int column, const QString &name);
    void removeColumnAt(int column);
    void moveColumnTo(int from, int to);

    // Pastes spreadsheet cells with their top-left at (row, column), adding rows as needed.
    void pasteTsv(int row, int column, const QString &text);

    // Every cell that would be refused: wrong type, not in the enum, required but empty.
    // At most `limit` of them, each as "row R, column C: why".
    QStringList problems(int limit = 20) const;

    // Used by the undo commands.
    void applyCells(const QList<CellEdit> &edits);
    void applyTable(const DataTable &table, const QList<ColumnRules> &rules);

private:
    QString problemAt(int row, int column) const;
    void structureEdit(const std::function<void(DataTable &, QList<ColumnRules> &)> &edit, const QString &description);

    QUndoStack *m_undo;
    DataTable m_table;
    QList<ColumnRules> m_rules;
};

} // namespace ScoreDesk::App
