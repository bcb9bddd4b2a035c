#include "inputtablemodel.h"

#include "tableundocommands.h"

#include "core/table/tsvcodec.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QUndoStack>

#include <algorithm>

namespace ScoreDesk::App {

InputTableModel::InputTableModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(undoStack)
{
}

int InputTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rowCount());
}

int InputTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columnCount());
}

QString InputTableModel::problemAt(int row, int column) const
{
    const Column &data = m_table.column(column);
    const ColumnRules rules = m_rules.value(column);
    if (data.isNull(row) || data.utf8(row).isEmpty())
        return rules.required ? tr("%1 is required").arg(data.name) : QString();
    const QString text = data.text(row);
    if (!rules.enumValues.isEmpty() && !rules.enumValues.contains(text))
        return tr("%1 must be one of: %2").arg(data.name, rules.enumValues.join(QStringLiteral(", ")));
    if (!isValidValue(data.type, text))
        return tr("%1 must be a %2 value").arg(data.name, columnTypeName(data.type).toLower());
    return QString();
}

QVariant InputTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_table.cell(row, column);
    case RawValueRole:
        return m_table.isNull(row, column) ? QVariant() : QVariant(m_table.cell(row, column));
    case ProblemRole:
        return problemAt(row, column);
    case Qt::ToolTipRole: {
        const QString problem = problemAt(row, column);
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    }
    case Qt::BackgroundRole: {
        const QString problem = problemAt(row, column);
        if (problem.isEmpty())
            return {};
        // A tint of the theme's highlight, stronger for a wrong value than for a missing one:
        // from the palette, so that it reads in a dark theme as in a light one.
        QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
        tint.setAlpha(m_table.isNull(row, column) || m_table.cell(row, column).isEmpty() ? 60 : 130);
        return QBrush(tint);
    }
    case Qt::TextAlignmentRole:
        return isNumeric(m_table.column(column).type) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case EnumValuesRole:
        return m_rules.value(column).enumValues;
    default:
        return {};
    }
}

QVariant InputTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_table.columnCount())
        return {};
    const Column &column = m_table.column(section);
    const ColumnRules rules = m_rules.value(section);
    if (role == Qt::DisplayRole)
        return rules.required ? column.name + QStringLiteral(" *") : column.name;
    if (role == Qt::ToolTipRole)
        return tr("%1: %2%3").arg(column.name, columnTypeName(column.type), rules.required ? tr(", required") : QString());
    return {};
}

bool InputTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (text == m_table.cell(index.row(), index.column()) && !m_table.isNull(index.row(), index.column()))
        return false;
    editCells({{index.row(), index.column(), text, false}}, tr("Edit cell"));
    return true;
}

Qt::ItemFlags InputTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

void InputTableModel::reset(const DataTable &table, const QList<ColumnRules> &rules)
{
    m_undo->clear();
    applyTable(table, rules);
}

void InputTableModel::applyTable(const DataTable &table, const QList<ColumnRules> &rules)
{
    beginResetModel();
    m_table = table;
    m_rules = rules;
    while (m_rules.size() < m_table.columnCount())
        m_rules.append(ColumnRules());
    endResetModel();
}

void InputTableModel::applyCells(const QList<CellEdit> &edits)
{
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const CellEdit &edit : edits) {
        if (edit.isNull)
            m_table.setNull(edit.row, edit.column);
        else
            m_table.setCell(edit.row, edit.column, edit.text);
        top = std::min(top, edit.row);
        bottom = std::max(bottom, edit.row);
        left = std::min(left, edit.column);
        right = std::max(right, edit.column);
    }
    // One signal for the whole block rather than one per cell.
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, left), index(bottom, right));
}

void InputTableModel::replaceTable(const DataTable &table, const QString &description)
{
    QList<ColumnRules> rules = m_rules;
    // Rules stay with columns of the same name; new columns get none.
    QList<ColumnRules> matched;
    for (qsizetype c = 0; c < table.columnCount(); ++c) {
        const qsizetype old = m_table.columnIndex(table.column(c).name);
        matched.append(old >= 0 ? rules.value(old) : ColumnRules());
    }
    m_undo->push(new SnapshotCommand(this, table, matched, description));
}

void InputTableModel::editCells(const QList<CellEdit> &edits, const QString &description)
{
    if (!edits.isEmpty())
        m_undo->push(new CellsCommand(this, edits, description));
}

void InputTableModel::structureEdit(const std::function<void(DataTable &, QList<ColumnRules> &)> &edit, const QString &description)
{
    DataTable table = m_table;
    QList<ColumnRules> rules = m_rules;
    edit(table, rules);
    m_undo->push(new SnapshotCommand(this, table, rules, description));
}

void InputTableModel::insertRowsAt(int row, int count)
{
    structureEdit([row, count](DataTable &table, QList<ColumnRules> &) { table.insertRows(row, count); }, tr("Insert rows"));
}

void InputTableModel::removeRowRange(int row, int count)
{
    structureEdit([row, count](DataTable &table, QList<ColumnRules> &) { table.removeRows(row, count); }, tr("Remove rows"));
}

void InputTableModel::moveRowTo(int from, int to)
{
    structureEdit([from, to](DataTable &table, QList<ColumnRules> &) { table.moveRow(from, to); }, tr("Move row"));
}

void InputTableModel::insertColumnAt(int column, const QString &name)
{
    structureEdit(
        [column, name](DataTable &table, QList<ColumnRules> &rules) {
            table.insertColumn(column, name);
            rules.insert(std::clamp<qsizetype>(column, 0, rules.size()), ColumnRules());
        },
        tr("Insert column"));
}

void InputTableModel::removeColumnAt(int column)
{
    structureEdit(
        [column](DataTable &table, QList<ColumnRules> &rules) {
            table.removeColumn(column);
            if (column < rules.size())
                rules.removeAt(column);
        },
        tr("Remove column"));
}

void InputTableModel::moveColumnTo(int from, int to)
{
    structureEdit(
        [from, to](DataTable &table, QList<ColumnRules> &rules) {
            table.moveColumn(from, to);
            if (from < rules.size() && to < rules.size())
                rules.move(from, to);
        },
        tr("Move column"));
}

void InputTableModel::pasteTsv(int row, int column, const QString &text)
{
    const QList<QStringList> cells = parseTsv(text);
    if (cells.isEmpty() || column < 0 || column >= m_table.columnCount())
        return;
    row = std::max(0, row);
    const int needed = row + int(cells.size()) - int(m_table.rowCount());
    if (needed <= 0) {
        QList<CellEdit> edits;
        for (int r = 0; r < cells.size(); ++r)
            for (int c = 0; c < cells.at(r).size() && column + c < m_table.columnCount(); ++c)
                edits.append({row + r, column + c, cells.at(r).at(c), false});
        editCells(edits, tr("Paste"));
        return;
    }
    structureEdit(
        [&](DataTable &table, QList<ColumnRules> &) {
            table.insertRows(table.rowCount(), needed);
            for (int r = 0; r < cells.size(); ++r)
                for (int c = 0; c < cells.at(r).size() && column + c < table.columnCount(); ++c)
                    table.setCell(row + r, column + c, cells.at(r).at(c));
        },
        tr("Paste"));
}

QStringList InputTableModel::problems(int limit) const
{
    QStringList found;
    for (int r = 0; r < m_table.rowCount() && found.size() < limit; ++r) {
        for (int c = 0; c < m_table.columnCount() && found.size() < limit; ++c) {
            const QString problem = problemAt(r, c);
            if (!problem.isEmpty())
                found.append(tr("row %1: %2").arg(r + 1).arg(problem));
        }
    }
    return found;
}

} // namespace ScoreDesk::App
