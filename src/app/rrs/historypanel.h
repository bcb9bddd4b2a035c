#pragma once

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QListView;

namespace ScoreDesk {
class HistoryStore;
}

namespace ScoreDesk::App {

class HistoryListModel;

// Past calls, newest first, searchable; open one to see it again or send it again.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    HistoryPanel(HistoryStore *store, QWidget *parent = nullptr);

    void refresh();
    QListView *list() const { return m_list; }
    HistoryListModel *model() const { return m_model; }
    qint64 selectedId() const;

Q_SIGNALS:
    void openRequested(qint64 id);
    void rerunRequested(qint64 id);

private:
    HistoryStore *m_store;
    QLineEdit *m_search;
    QListView *m_list;
    HistoryListModel *m_model;
    QTimer m_debounce;
};

} // namespace ScoreDesk::App
