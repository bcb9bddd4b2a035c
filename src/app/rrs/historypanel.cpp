#include "historypanel.h"

#include "historylistmodel.h"

#include "core/history/historystore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ScoreDesk::App {

HistoryPanel::HistoryPanel(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new HistoryListModel(this))
{
    m_search->setPlaceholderText(tr("Search history (URL, workspace, error, body)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setAccessibleName(tr("Search the history"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Calls in the history"));
    auto *open = new QPushButton(tr("&Open"), this);
    auto *rerun = new QPushButton(tr("&Re-run"), this);
    rerun->setObjectName(QStringLiteral("historyRerun"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(rerun);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>History</b>"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    // Search as the user types, but not on every key stroke.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &HistoryPanel::refresh);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(open, &QPushButton::clicked, this, [this] {
        if (selectedId() > 0)
            Q_EMIT openRequested(selectedId());
    });
    connect(rerun, &QPushButton::clicked, this, [this] {
        if (selectedId() > 0)
            Q_EMIT rerunRequested(selectedId());
    });
    connect(m_list, &QListView::doubleClicked, this, [this] { Q_EMIT openRequested(selectedId()); });
    refresh();
}

void HistoryPanel::refresh()
{
    m_model->setEntries(m_store ? m_store->search(m_search->text()) : QList<HistoryEntry>());
}

qint64 HistoryPanel::selectedId() const
{
    return m_list->currentIndex().data(HistoryListModel::IdRole).toLongLong();
}

} // namespace ScoreDesk::App
