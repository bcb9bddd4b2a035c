#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace ScoreDesk::App {

class ResultTableModel;

// A batch job's downloaded output in a results grid of its own window: read off the GUI
// thread, sortable and selectable like a Request / Response result.
class OutputViewer : public QDialog
{
    Q_OBJECT
public:
    explicit OutputViewer(const QString &path, QWidget *parent = nullptr);

    const ResultTableModel *model() const { return m_model; }

Q_SIGNALS:
    void loaded(bool ok, const QString &problem);

private:
    QLabel *m_status;
    QTableView *m_view;
    ResultTableModel *m_model;
};

} // namespace ScoreDesk::App
