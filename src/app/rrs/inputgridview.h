#pragma once

#include <QTableView>

namespace ScoreDesk::App {

class InputTableModel;

// The input grid: spreadsheet keys (copy, paste, delete), a context menu for rows and columns,
// and CSV files dropped on it.
class InputGridView : public QTableView
{
    Q_OBJECT
public:
    explicit InputGridView(InputTableModel *model, QWidget *parent = nullptr);

    InputTableModel *inputModel() const { return m_model; }

    void copySelection(); // off the GUI thread; copied() when done
    void pasteClipboard();
    void clearSelection();
    void insertRowBelow();
    void removeSelectedRows();
    void addColumn();
    void removeCurrentColumn();

Q_SIGNALS:
    void csvDropped(const QString &path);
    void copied(); // the selection is on the clipboard (it is made off the GUI thread)

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QString droppedCsv(const QMimeData *mime);

    InputTableModel *m_model;
};

} // namespace ScoreDesk::App
