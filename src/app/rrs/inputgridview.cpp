#include "inputgridview.h"

#include "celldelegate.h"
#include "backgroundtask.h"
#include "inputtablemodel.h"

#include "core/table/tsvcodec.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QUrl>

#include <set>

namespace ScoreDesk::App {

InputGridView::InputGridView(InputTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setItemDelegate(new CellDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: large tables scroll smoothly
    horizontalHeader()->setDefaultSectionSize(160);
    horizontalHeader()->setSectionsMovable(false);
}

void InputGridView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        pasteClipboard();
        return;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        if (state() != EditingState) {
            clearSelection();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void InputGridView::copySelection()
{
    // The rectangle around the selection, from its ranges: listing a million selected cells
    // one by one would take longer than the copy.
    const QItemSelection selection = selectionModel()->selection();
    if (selection.isEmpty())
        return;
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QItemSelectionRange &range : selection) {
        top = std::min(top, range.top());
        left = std::min(left, range.left());
        bottom = std::max(bottom, range.bottom());
        right = std::max(right, range.right());
    }
    const DataTable table = m_model->table(); // shared with the worker; an edit meanwhile detaches
    runInBackground<QString>(
        this, [table, top, left, bottom, right] { return rangeToTsv(table, top, left, bottom, right); },
        [this](QString text) {
            if (!text.isEmpty())
                QApplication::clipboard()->setText(text);
            Q_EMIT copied();
        });
}

void InputGridView::pasteClipboard()
{
    const QModelIndex at = currentIndex();
    m_model->pasteTsv(at.isValid() ? at.row() : m_model->rowCount(), at.isValid() ? at.column() : 0, QApplication::clipboard()->text());
}

void InputGridView::clearSelection()
{
    QList<CellEdit> edits;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        edits.append({index.row(), index.column(), QString(), true});
    m_model->editCells(edits, tr("Clear cells"));
}

void InputGridView::insertRowBelow()
{
    const int row = currentIndex().isValid() ? currentIndex().row() + 1 : m_model->rowCount();
    m_model->insertRowsAt(row, 1);
    setCurrentIndex(m_model->index(row, std::max(0, currentIndex().column())));
}

void InputGridView::removeSelectedRows()
{
    std::set<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty())
        return;
    // Contiguous selections are one step; scattered ones are removed bottom-up, each its own step.
    if (*rows.rbegin() - *rows.begin() + 1 == int(rows.size())) {
        m_model->removeRowRange(*rows.begin(), int(rows.size()));
        return;
    }
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        m_model->removeRowRange(*it, 1);
}

void InputGridView::addColumn()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Column"), tr("Column name:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    const int at = currentIndex().isValid() ? currentIndex().column() + 1 : m_model->columnCount();
    m_model->insertColumnAt(at, name);
}

void InputGridView::removeCurrentColumn()
{
    if (currentIndex().isValid())
        m_model->removeColumnAt(currentIndex().column());
}

void InputGridView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy"), QKeySequence::Copy, this, &InputGridView::copySelection);
    menu.addAction(tr("Paste"), QKeySequence::Paste, this, &InputGridView::pasteClipboard);
    menu.addAction(tr("Clear"), QKeySequence::Delete, this, &InputGridView::clearSelection);
    menu.addSeparator();
    menu.addAction(tr("Insert Row Below"), this, &InputGridView::insertRowBelow);
    menu.addAction(tr("Remove Rows"), this, &InputGridView::removeSelectedRows);
    const int row = currentIndex().row();
    if (row > 0)
        menu.addAction(tr("Move Row Up"), this, [this, row] { m_model->moveRowTo(row, row - 1); });
    if (row >= 0 && row + 1 < m_model->rowCount())
        menu.addAction(tr("Move Row Down"), this, [this, row] { m_model->moveRowTo(row, row + 1); });
    menu.addSeparator();
    menu.addAction(tr("Add Column…"), this, &InputGridView::addColumn);
    menu.addAction(tr("Remove Column"), this, &InputGridView::removeCurrentColumn);
    const int column = currentIndex().column();
    if (column > 0)
        menu.addAction(tr("Move Column Left"), this, [this, column] { m_model->moveColumnTo(column, column - 1); });
    if (column >= 0 && column + 1 < m_model->columnCount())
        menu.addAction(tr("Move Column Right"), this, [this, column] { m_model->moveColumnTo(column, column + 1); });
    menu.exec(event->globalPos());
}

QString InputGridView::droppedCsv(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive)
            || path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
            return path;
    }
    return QString();
}

void InputGridView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void InputGridView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void InputGridView::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT csvDropped(path);
}

} // namespace ScoreDesk::App
