#include "rrspage.h"

#include "autosender.h"
#include "backgroundtask.h"
#include "csvexport.h"
#include "historypanel.h"
#include "inputgridview.h"
#include "inputtablemodel.h"
#include "parametersform.h"
#include "rawbodyeditor.h"
#include "responsepanel.h"
#include "rrsexchange.h"
#include "snippetsdialog.h"

#include "../appcontext.h"
#include "../messagebar.h"
#include "../richtext.h"

#include "core/http/redactor.h"
#include "core/logging.h"
#include "core/http/scheduler.h"
#include "core/table/csvreader.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace ScoreDesk::App {

namespace {

struct CsvLoad
{
    DataTable table;
    CsvError error;
    bool ok = false;
};

QAction *makeAction(QWidget *owner, const QString &text, const QList<QKeySequence> &shortcuts, std::function<void()> slot)
{
    auto *action = new QAction(text, owner);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!shortcuts.isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                         shortcuts.first().toString(QKeySequence::NativeText)));
    QObject::connect(action, &QAction::triggered, owner, std::move(slot));
    owner->addAction(action);
    return action;
}

// Columns the service describes take its types; the rest keep theirs.
DataTable typedLike(DataTable table, const DataTable &described)
{
    for (qsizetype c = 0; c < table.columnCount(); ++c) {
        const qsizetype known = described.columnIndex(table.column(c).name);
        if (known >= 0)
            table.setColumnType(c, described.column(known).type);
    }
    return table;
}

} // namespace

RrsPage::RrsPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_sendButton(new QPushButton(tr("&Send"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_inputTabs(new QTabWidget(this))
    , m_rawBody(new RawBodyEditor(this))
    , m_inputStack(new QStackedWidget(this))
    , m_rawBodyAction(nullptr)
    , m_swaggerCheck(new QCheckBox(tr("Swagger format"), this))
    , m_autoSendCheck(new QCheckBox(tr("&Auto-send"), this))
    , m_autoSender(new AutoSender(Scheduler::system(), this))
    , m_scheduler(Scheduler::system())
    , m_parametersBox(new QGroupBox(tr("Global parameters"), this))
    , m_parameters(new ParametersForm(this))
    , m_response(new ResponsePanel(context, this))
    , m_history(new HistoryPanel(context->history(), this))
    , m_toolbar(new QToolBar(this))
    , m_drafts(&context->keptFiles())
{
    m_title->setObjectName(QStringLiteral("rrsTitle"));
    m_message->setObjectName(QStringLiteral("rrsMessage"));
    m_inputTabs->setAccessibleName(tr("Input tables"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);
    m_sendButton->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_cancelButton->setEnabled(false);
    m_cancelButton->setToolTip(tr("Cancel the request (Esc)"));

    QAction *sendAction = makeAction(this, tr("&Send"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}, [this] { send(); });
    QAction *cancelAction = makeAction(this, tr("&Cancel"), {QKeySequence(Qt::Key_Escape)}, [this] { cancel(); });
    QAction *import = makeAction(this, tr("&Import CSV…"), {QKeySequence::Open}, [this] { importCsv(); });
    QAction *exportAction = makeAction(this, tr("E&xport CSV…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, [this] { exportCsv(); });
    QAction *addRow = makeAction(this, tr("Add &Row"), {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)}, [this] {
        if (InputGridView *view = grid(m_inputTabs->currentIndex()))
            view->insertRowBelow();
    });
    QAction *removeRows = makeAction(this, tr("Remove Ro&ws"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] {
        if (InputGridView *view = grid(m_inputTabs->currentIndex()))
            view->removeSelectedRows();
    });
    QAction *addColumn = makeAction(this, tr("Add &Column…"), {}, [this] {
        if (InputGridView *view = grid(m_inputTabs->currentIndex()))
            view->addColumn();
    });
    QAction *describe = makeAction(this, tr("&Reload Description"), {QKeySequence(Qt::Key_F5)}, [this] { reloadDescription(); });
    QAction *code = makeAction(this, tr("C&ode…"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)}, [this] { showCode(); });
    // Undo and Redo keep their short labels (the step they undo is in the tooltip): a label that
    // grows with each edit pushed the toolbar's other actions into its overflow.
    m_undoAction = makeAction(this, tr("Undo"), {QKeySequence::Undo}, [this] { m_undoGroup.undo(); });
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction = makeAction(this, tr("Redo"), {QKeySequence::Redo}, [this] { m_undoGroup.redo(); });
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // Whole sentences for each action, so that a translation can order the words its own way.
    auto describeStep = [](QAction *action, const QString &nothing, const QString &withStep, const QString &step) {
        action->setToolTip(step.isEmpty() ? nothing : withStep.arg(step, action->shortcut().toString(QKeySequence::NativeText)));
    };
    connect(&m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(&m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(&m_undoGroup, &QUndoGroup::undoTextChanged, this, [this, describeStep](const QString &step) {
        describeStep(m_undoAction, tr("Nothing to undo"), tr("Undo %1 (%2)"), step);
    });
    connect(&m_undoGroup, &QUndoGroup::redoTextChanged, this, [this, describeStep](const QString &step) {
        describeStep(m_redoAction, tr("Nothing to redo"), tr("Redo %1 (%2)"), step);
    });
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    m_undoAction->setToolTip(tr("Nothing to undo"));
    m_redoAction->setToolTip(tr("Nothing to redo"));

    m_rawBodyAction = makeAction(this, tr("Raw &JSON Body"), {QKeySequence(Qt::CTRL | Qt::Key_J)}, [this] { setRawBodyMode(m_rawBodyAction->isChecked()); });
    m_rawBodyAction->setCheckable(true);
    m_rawBodyAction->setObjectName(QStringLiteral("rawBodyAction"));
    m_swaggerCheck->setToolTip(tr("Send rows as a list of objects (format=swagger) instead of ColumnNames and Values"));
    connect(m_swaggerCheck, &QCheckBox::toggled, this, [this](bool on) { m_swaggerFormat = on; });
    m_autoSendCheck->setObjectName(QStringLiteral("autoSendCheck"));
    m_autoSendCheck->setToolTip(tr("Send a moment after each edit, like the Excel add-in's auto-predict. A grid with invalid cells is not sent; "
                                   "an edit cancels the call in flight; a rate limit pauses it."));
    connect(m_autoSendCheck, &QCheckBox::toggled, m_autoSender, &AutoSender::setEnabled);
    connect(m_autoSender, &AutoSender::sendRequested, this, &RrsPage::autoSend);
    connect(m_autoSender, &AutoSender::cancelRequested, this, [this] {
        m_superseded = true;
        this->cancel();
    });
    connect(m_autoSender, &AutoSender::pauseChanged, this, [this](bool paused, int delayMs) {
        if (paused)
            showMessage(tr("Auto-send is paused while the rate limit is waited out (%1 s); your edits are sent after.").arg(qMax(1, (delayMs + 999) / 1000)), false);
        else
            showIdleMessage();
    });
    connect(m_parameters, &ParametersForm::valuesChanged, m_autoSender, &AutoSender::edited);
    // Unsent work reaches the disk a few seconds after the last edit, not only when the
    // workspace changes or the window closes: a crash then loses seconds, not the morning.
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(3000);
    connect(&m_draftTimer, &QTimer::timeout, this, [this] {
        qsizetype rows = 0;
        for (const Port &port : std::as_const(m_ports))
            rows += port.model->rowCount();
        if (rows <= 10'000) // larger grids are written at a switch or at closing, not while typing
            keepDraft();
    });
    connect(m_parameters, &ParametersForm::valuesChanged, &m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_sendButton, &QPushButton::clicked, this, &RrsPage::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &RrsPage::cancel);

    // What the menus hold; the tool bar has the ones used most, short enough to fit at 1100 px.
    m_fileActions = {import, exportAction};
    m_editActions = {m_undoAction, m_redoAction, nullptr, addRow, removeRows, addColumn, nullptr, m_rawBodyAction};
    m_requestActions = {sendAction, cancelAction, nullptr, describe, code};
    m_toolbar->setObjectName(QStringLiteral("rrsToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addActions({import, exportAction});
    m_toolbar->addSeparator();
    m_toolbar->addActions({addRow, removeRows, m_undoAction, m_redoAction});
    m_toolbar->addSeparator();
    m_toolbar->addActions({describe, m_rawBodyAction});
    // Tool buttons take no focus by default; here Tab reaches them like any other control.
    for (QAction *action : m_toolbar->actions()) {
        if (QWidget *button = m_toolbar->widgetForAction(action); button && !action->isSeparator())
            button->setFocusPolicy(Qt::TabFocus);
    }
    // The call's controls beside the workspace's name, like an address bar's Send; the grid's
    // actions on a row of their own, where all of them fit at 1100 px.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *callRow = new QHBoxLayout;
    callRow->addWidget(m_title, 1);
    callRow->addWidget(m_swaggerCheck);
    callRow->addWidget(m_autoSendCheck);
    callRow->addWidget(m_cancelButton);
    callRow->addWidget(m_sendButton);

    m_parametersScroll = new QScrollArea(m_parametersBox);
    m_parametersScroll->setWidget(m_parameters);
    m_parametersScroll->setWidgetResizable(true);
    m_parametersScroll->setFrameShape(QFrame::NoFrame);
    // Never sideways: a field scrolled into view cut the labels' first letters off.
    m_parametersScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_parametersScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which scroll into view
    (new QVBoxLayout(m_parametersBox))->addWidget(m_parametersScroll);

    m_inputStack->addWidget(m_inputTabs);
    m_inputStack->addWidget(m_rawBody);
    auto *inputs = new QSplitter(Qt::Horizontal, this);
    inputs->setObjectName(QStringLiteral("inputsSplitter"));
    inputs->addWidget(m_inputStack);
    inputs->addWidget(m_parametersBox);
    inputs->setStretchFactor(0, 3);
    inputs->setStretchFactor(1, 1);
    inputs->setChildrenCollapsible(false);

    // The answer is what one came for: it gets more of the height than the grid to begin with,
    // and keeps its share as the window grows.
    auto *requestAndResponse = new QSplitter(Qt::Vertical, this);
    requestAndResponse->setObjectName(QStringLiteral("requestResponseSplitter"));
    requestAndResponse->addWidget(inputs);
    requestAndResponse->addWidget(m_response);
    requestAndResponse->setStretchFactor(0, 2);
    requestAndResponse->setStretchFactor(1, 3);
    requestAndResponse->setSizes({400, 600});

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("historySplitter"));
    main->addWidget(requestAndResponse);
    main->addWidget(m_history);
    main->setStretchFactor(0, 4);
    main->setStretchFactor(1, 1);
    main->setSizes({900, 260});
    m_splitters = {inputs, requestAndResponse, main};
    restoreLayout();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(callRow);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_message);
    layout->addWidget(main, 1);

    connect(m_inputTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_ports.size())
            m_undoGroup.setActiveStack(m_ports.at(index).undo);
    });
    // "Not sent: not valid JSON" goes once the text changes: it may be fixed already.
    connect(m_rawBody, &RawBodyEditor::edited, this, [this] {
        if (m_message->kind() == MessageBar::Kind::Error)
            showIdleMessage();
        m_autoSender->edited();
        m_draftTimer.start();
    });
    connect(m_history, &HistoryPanel::openRequested, this, &RrsPage::openHistoryEntry);
    connect(m_response, &ResponsePanel::useHistoryInputsRequested, this, &RrsPage::useHistoryInputs);
    connect(m_history, &HistoryPanel::rerunRequested, this, &RrsPage::rerunHistoryEntry);
    if (!context->history())
        showMessage(tr("History is off: %1").arg(context->historyError()), true);

    setUpPorts({SchemaPort{QStringLiteral("input1"), {}}});
    setWorkspace(QUuid());
}

InputGridView *RrsPage::grid(int port) const
{
    return port >= 0 && port < m_ports.size() ? m_ports.at(port).view : nullptr;
}

InputTableModel *RrsPage::inputModel(int port) const
{
    return port >= 0 && port < m_ports.size() ? m_ports.at(port).model : nullptr;
}

QString RrsPage::message() const
{
    return m_message->text();
}

void RrsPage::showMessage(const QString &text, bool isError)
{
    if (isError)
        m_message->showError(text);
    else
        m_message->showInfo(text);
}

void RrsPage::setUpPorts(const QList<SchemaPort> &ports)
{
    m_inputTabs->clear();
    for (Port &port : m_ports) {
        m_undoGroup.removeStack(port.undo);
        port.view->deleteLater();
        port.undo->deleteLater();
    }
    m_ports.clear();
    for (const SchemaPort &schemaPort : ports) {
        Port port;
        port.name = schemaPort.name;
        port.undo = new QUndoStack(this);
        port.model = new InputTableModel(port.undo, port.undo);
        port.view = new InputGridView(port.model, this);
        port.view->setObjectName(QStringLiteral("grid:") + schemaPort.name);
        port.view->setAccessibleName(tr("Input table %1").arg(schemaPort.name));
        connect(port.view, &InputGridView::csvDropped, this, &RrsPage::importCsvFile);
        watchForEdits(port.model);
        m_undoGroup.addStack(port.undo);
        m_ports.append(port);
        m_inputTabs->addTab(port.view, schemaPort.name);
    }
    if (!m_ports.isEmpty())
        m_undoGroup.setActiveStack(m_ports.first().undo);
}

QList<QWidget *> RrsPage::tabOrder() const
{
    // Widgets join the window's focus chain in the order they are made, and grids and result
    // views are made long after the rest: Tab follows this list instead, which is the page read
    // top-left to bottom-right.
    QList<QWidget *> order{m_swaggerCheck, m_autoSendCheck, m_cancelButton, m_sendButton};
    for (QAction *action : m_toolbar->actions()) {
        if (QWidget *button = m_toolbar->widgetForAction(action); button && !action->isSeparator())
            order.append(button);
    }
    for (QWidget *area : {static_cast<QWidget *>(m_inputStack), static_cast<QWidget *>(m_parametersBox), static_cast<QWidget *>(m_response),
                          static_cast<QWidget *>(m_history)})
        order.append(area->findChildren<QWidget *>());
    QList<QWidget *> reachable;
    for (QWidget *widget : std::as_const(order)) {
        if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() && widget->isVisible() && widget->isEnabled())
            reachable.append(widget);
    }
    return reachable;
}

bool RrsPage::focusNextPrevChild(bool next)
{
    const QList<QWidget *> order = tabOrder();
    QWidget *focus = QApplication::focusWidget();
    // The focus widget itself, else the innermost listed widget holding it (a grid's editor).
    qsizetype at = order.indexOf(focus);
    for (qsizetype i = order.size() - 1; i >= 0 && at < 0; --i) {
        if (order.at(i)->isAncestorOf(focus))
            at = i;
    }
    if (at < 0)
        return QWidget::focusNextPrevChild(next);
    const qsizetype to = at + (next ? 1 : -1);
    const Qt::FocusReason reason = next ? Qt::TabFocusReason : Qt::BacktabFocusReason;
    if (to >= 0 && to < order.size()) {
        order.at(to)->setFocus(reason);
        return true;
    }
    // Leaving the page: to the first control outside it, in the window's own order.
    QWidget *widget = const_cast<RrsPage *>(this);
    while ((widget = next ? widget->nextInFocusChain() : widget->previousInFocusChain()) != this) {
        if (!isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled()) {
            widget->setFocus(reason);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

QWidget *RrsPage::firstInTabOrder() const
{
    return m_swaggerCheck;
}

void RrsPage::restoreLayout()
{
    QSettings settings;
    for (QSplitter *splitter : std::as_const(m_splitters))
        splitter->restoreState(settings.value(QStringLiteral("rrsPage/") + splitter->objectName()).toByteArray());
}

void RrsPage::saveWork()
{
    QSettings settings;
    for (QSplitter *splitter : std::as_const(m_splitters))
        settings.setValue(QStringLiteral("rrsPage/") + splitter->objectName(), splitter->saveState());
    keepDraft();
}

WorkDraft RrsPage::currentDraft()
{
    WorkDraft draft;
    // Parameters are shown only with a description; without one, those kept before stay.
    if (!m_schema) {
        if (const std::optional<WorkDraft> kept = m_drafts.find(m_gridOwner))
            draft.parameters = kept->parameters;
    }
    for (const Port &port : m_ports)
        draft.inputs.append({port.name, port.model->table()});
    if (m_schema)
        draft.parameters = m_parameters->values();
    draft.rawBody = QString::fromUtf8(m_rawBody->body());
    draft.rawMode = isRawBodyMode();
    return draft;
}

void RrsPage::keepDraft()
{
    if (m_gridOwner.isNull())
        return;
    m_drafts.keep(m_gridOwner, currentDraft());
    QString error;
    if (!m_drafts.save(m_gridOwner, &error))
        qCWarning(lcWorkspace) << "unsent work not kept on disk:" << error;
}

void RrsPage::showDraft(const std::optional<WorkDraft> &draft)
{
    // Without a description: the draft's tables as they were, or one empty input to fill.
    QList<SchemaPort> ports;
    if (draft) {
        for (const NamedTable &input : draft->inputs)
            ports.append(SchemaPort{input.name, {}});
    }
    if (ports.isEmpty())
        ports.append(SchemaPort{QStringLiteral("input1"), {}});
    setUpPorts(ports);
    if (draft) {
        for (int i = 0; i < draft->inputs.size(); ++i)
            m_ports[i].model->reset(draft->inputs.at(i).table);
    }
    m_parameters->setParameters({});
    showDraftBody(draft);
}

void RrsPage::showDraftBody(const std::optional<WorkDraft> &draft)
{
    m_rawBody->setBody(draft ? draft->rawBody.toUtf8() : QByteArray());
    if (draft && draft->rawMode != isRawBodyMode())
        setRawBodyMode(draft->rawMode);
    else if (!draft && isRawBodyMode())
        setRawBodyMode(false);
}

void RrsPage::watchForEdits(InputTableModel *model)
{
    // Every kind of change to a grid is an edit to auto-send, and to keep.
    auto edited = [this] {
        m_autoSender->edited();
        m_draftTimer.start();
    };
    connect(model, &QAbstractItemModel::modelReset, m_autoSender, edited);
    connect(model, &QAbstractItemModel::layoutChanged, m_autoSender, edited);
    connect(model, &QAbstractItemModel::dataChanged, m_autoSender, edited);
    connect(model, &QAbstractItemModel::headerDataChanged, m_autoSender, edited);
    connect(model, &QAbstractItemModel::rowsInserted, m_autoSender, edited);
    connect(model, &QAbstractItemModel::rowsRemoved, m_autoSender, edited);
    connect(model, &QAbstractItemModel::columnsInserted, m_autoSender, edited);
    connect(model, &QAbstractItemModel::columnsRemoved, m_autoSender, edited);
}

void RrsPage::setScheduler(Scheduler *scheduler)
{
    m_scheduler = scheduler;
    m_autoSender->setScheduler(scheduler);
}

void RrsPage::autoSend()
{
    if (m_busy || !m_workspace)
        return;
    // Never a grid with invalid cells: say what holds it back, quietly, and wait for the next edit.
    QStringList problems;
    if (!isRawBodyMode())
        problems = requestProblems();
    else if (const QString problem = m_rawBody->problem(); !problem.isEmpty())
        problems.append(problem);
    if (!problems.isEmpty()) {
        showMessage(tr("Auto-send waits until this is fixed: %1").arg(problems.first()), false);
        return;
    }
    send();
}

void RrsPage::setWorkspace(const QUuid &id)
{
    keepDraft(); // the work of the workspace left behind
    const Workspace *workspace = m_context->workspaces()->store()->findById(id);
    m_workspace = workspace ? std::optional<Workspace>(*workspace) : std::nullopt;
    QString address = m_workspace ? m_workspace->apiLocation : QString();
    if (m_workspace && m_workspace->isOnlineEndpoint())
        address = m_workspace->deployment.isEmpty() ? tr("online endpoint %1").arg(address)
                                                    : tr("online endpoint %1, deployment %2").arg(address, m_workspace->deployment);
    m_title->setText(m_workspace ? workspaceTitle(this, m_workspace->name, address)
                                 : tr("<b>No workspace</b> — add one on the Workspaces page and choose it in the toolbar."));
    updateSendState();
    // An online endpoint takes the table alone: no swagger format, no global parameters.
    const bool online = m_workspace && m_workspace->isOnlineEndpoint();
    m_swaggerCheck->setVisible(!online);
    m_parametersBox->setVisible(!online);
    // Whatever was shown belonged to the workspace before.
    m_response->clear();
    m_historyRequest.reset();
    m_schema.reset();
    m_gridOwner = m_workspace ? m_workspace->id : QUuid();
    // A kept description types the draft at once: one model reset, not an untyped one first.
    if (m_workspace)
        m_schema = m_context->keptDescription(*m_workspace);
    if (m_schema)
        applySchema(m_drafts.find(m_gridOwner));
    else
        showDraft(m_drafts.find(m_gridOwner));
    m_draftTimer.stop(); // a draft just restored is no edit: nothing new to write
    showIdleMessage();
    if (!m_workspace)
        return;
    if (m_schema) {
        Q_EMIT schemaLoaded(true);
        return;
    }
    if (!m_context->describesWithoutQuota(*m_workspace)) {
        showMessage(tr("No description of this service is kept yet, so the grid has no typed columns. Reload Description (F5) reads it: "
                       "one call through the gateway."),
                    false);
        return;
    }
    describeService();
}

void RrsPage::updateSendState()
{
    m_sendButton->setEnabled(!m_busy && m_workspace.has_value());
    m_sendButton->setToolTip(m_workspace ? tr("Send the request (Ctrl+Enter)") : tr("Choose a workspace in the toolbar to send to"));
    m_cancelButton->setEnabled(m_busy);
    m_cancelButton->setToolTip(m_busy ? tr("Cancel the request (Esc)") : tr("Nothing is being sent"));
}

void RrsPage::showIdleMessage()
{
    const QString warning = m_workspace ? m_workspace->tokenWarning(QDateTime::currentDateTimeUtc()) : QString();
    showMessage(warning, !warning.isEmpty());
}

void RrsPage::setRawBodyMode(bool on)
{
    m_rawBodyAction->setChecked(on);
    // Starting from what the grid would send is quicker than starting from nothing, for a grid
    // small enough to edit as text: encoding and formatting 100,000 rows here would freeze the
    // window for seconds to fill an editor nobody scrolls through.
    constexpr qsizetype MaxPrefillRows = 1000;
    if (on && m_rawBody->isEmpty() && m_workspace) {
        const RrsRequest request = currentRequest();
        qsizetype rows = 0;
        for (const NamedTable &input : request.inputs)
            rows += input.table.rowCount();
        if (rows <= MaxPrefillRows) {
            m_rawBody->setBody(RrsCall::buildHttpRequest(m_workspace->endpoint(), {}, request).body);
            m_rawBody->format();
        } else {
            showMessage(tr("The grid has %1 rows, too many to edit as text: write the body, or send the grid as it is.")
                            .arg(QLocale().toString(rows)),
                        false);
        }
    }
    m_inputStack->setCurrentWidget(on ? static_cast<QWidget *>(m_rawBody) : m_inputTabs);
    if (on)
        m_rawBody->editor()->setFocus();
}

bool RrsPage::isRawBodyMode() const
{
    return m_inputStack->currentWidget() == m_rawBody;
}

void RrsPage::reloadDescription()
{
    m_reloadDescription = true;
    describeService();
}

void RrsPage::describeService()
{
    if (!m_workspace || m_describing)
        return;
    const Workspace workspace = *m_workspace;
    m_describing = true;
    showMessage(tr("Reading the service description…"), false);
    m_context->describe(workspace, this, [this, workspace](const std::optional<ServiceSchema> &schema, const QString &error) {
        m_describing = false;
        if (!m_workspace || m_workspace->id != workspace.id)
            return; // the user moved on to another workspace
        if (!schema) {
            showMessage(tr("No service description, so the grid has no typed columns: %1").arg(error), true);
            Q_EMIT schemaLoaded(false);
            return;
        }
        // The rows typed so far stay: the description types them, it does not replace them.
        if (m_gridOwner == workspace.id)
            m_drafts.keep(m_gridOwner, currentDraft());
        m_schema = schema;
        applySchema(m_drafts.find(workspace.id));
        showIdleMessage();
        Q_EMIT schemaLoaded(true);
    }, m_reloadDescription);
    m_reloadDescription = false;
}

void RrsPage::applySchema(const std::optional<WorkDraft> &draft)
{
    if (!m_schema)
        return;
    setUpPorts(m_schema->inputs);
    for (int i = 0; i < m_ports.size(); ++i) {
        const SchemaPort &port = m_schema->inputs.at(i);
        const DataTable example = m_schema->exampleTable(port);
        DataTable table = example;
        if (table.rowCount() == 0)
            table.appendRow({});
        if (draft) {
            for (const NamedTable &kept : draft->inputs) {
                if (kept.name != port.name || kept.table.columnCount() == 0)
                    continue;
                // The rows typed before, with any column the service describes now and they lack.
                table = typedLike(kept.table, example);
                for (qsizetype c = 0; c < example.columnCount(); ++c) {
                    if (table.columnIndex(example.column(c).name) < 0)
                        table.addColumn(example.column(c).name, example.column(c).type);
                }
            }
        }
        // Rules follow the grid's columns by name, whatever their order.
        QList<ColumnRules> rules;
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            ColumnRules columnRules;
            for (const SchemaColumn &column : port.columns) {
                if (column.name == table.column(c).name)
                    columnRules = ColumnRules{column.required, column.enumValues};
            }
            rules.append(columnRules);
        }
        m_ports[i].model->reset(table, rules);
    }
    m_parameters->setParameters(m_schema->globalParameters);
    if (draft)
        m_parameters->setValues(draft->parameters);
    fitParameters();
    showDraftBody(draft);
}

namespace {
QStringList inputColumns(const ServiceSchema &schema)
{
    QStringList names;
    for (const SchemaPort &port : schema.inputs) {
        for (const SchemaColumn &column : port.columns)
            names.append(port.name + QLatin1Char('/') + column.name);
    }
    return names;
}
} // namespace

void RrsPage::recheckDescription()
{
    const Workspace workspace = *m_workspace;
    if (workspace.needsSubscriptionKey) {
        showMessage(tr("The service refused the request. If its inputs changed, Reload Description (F5) reads them again (one gateway call)."), false);
        return;
    }
    m_context->describe(workspace, this, [this, workspace, before = inputColumns(*m_schema)](const std::optional<ServiceSchema> &schema, const QString &) {
        if (!schema || !m_workspace || m_workspace->id != workspace.id || inputColumns(*schema) == before)
            return;
        m_drafts.keep(m_gridOwner, currentDraft());
        m_schema = schema;
        applySchema(m_drafts.find(workspace.id));
        showMessage(tr("The service's inputs changed: the grid has the columns it describes now, with your rows."), false);
        Q_EMIT schemaLoaded(true);
    }, true);
}

void RrsPage::fitParameters()
{
    // The splitter may not squeeze the panel below what its labels and fields need.
    m_parametersScroll->setMinimumWidth(m_parameters->sizeHint().width() + m_parametersScroll->verticalScrollBar()->sizeHint().width());
}

QStringList RrsPage::requestProblems() const
{
    QStringList problems;
    for (const Port &port : m_ports) {
        if (m_schema) {
            for (const SchemaPort &schemaPort : m_schema->inputs) {
                if (schemaPort.name != port.name)
                    continue;
                for (const SchemaColumn &column : schemaPort.columns) {
                    if (column.required && port.model->table().columnIndex(column.name) < 0)
                        problems.append(tr("%1 has no column %2, which the service requires").arg(port.name, column.name));
                }
            }
        }
        for (const QString &problem : port.model->problems(10))
            problems.append(m_ports.size() > 1 ? port.name + QStringLiteral(", ") + problem : problem);
        if (port.model->columnCount() == 0)
            problems.append(tr("%1 has no columns: import a CSV file or add columns").arg(port.name));
    }
    problems.append(m_parameters->problems());
    return problems;
}

RrsRequest RrsPage::currentRequest() const
{
    RrsRequest request;
    for (const Port &port : m_ports)
        request.inputs.append({port.name, port.model->table()}); // shares the columns, copies nothing
    request.globalParameters = m_parameters->values();
    request.swaggerFormat = m_swaggerFormat;
    request.typedBySchema = m_schema.has_value();
    return request;
}

void RrsPage::setBusy(bool busy)
{
    m_busy = busy;
    updateSendState();
}

void RrsPage::send()
{
    if (m_busy)
        return;
    if (!m_workspace) {
        showMessage(tr("Choose a workspace in the toolbar first."), true);
        return;
    }
    if (isRawBodyMode()) {
        const QString problem = m_rawBody->problem();
        if (!problem.isEmpty()) {
            showMessage(tr("Not sent: %1").arg(problem), true);
            return;
        }
        showIdleMessage();
        RrsRequest request;
        request.swaggerFormat = m_swaggerFormat;
        sendTo(*m_workspace, request, m_rawBody->body());
        return;
    }
    const QStringList problems = requestProblems();
    if (!problems.isEmpty()) {
        showMessage(tr("Not sent. Fix these first:\n• %1").arg(problems.join(QStringLiteral("\n• "))), true);
        return;
    }
    showIdleMessage();
    sendTo(*m_workspace, currentRequest(), QByteArray());
}

void RrsPage::sendTo(const Workspace &workspace, const RrsRequest &request, const QByteArray &presetBody)
{
    setBusy(true);
    m_superseded = false;
    m_autoSender->callStarted();
    m_exchange = new RrsExchange(m_context, workspace, request, presetBody, this);
    m_exchange->setScheduler(m_scheduler);
    connect(m_exchange, &RrsExchange::progress, m_response, &ResponsePanel::showBusy);
    m_callRetries = 0;
    m_callWaitedMs = 0;
    connect(m_exchange, &RrsExchange::retryScheduled, m_response, [this](int, int delayMs, int status) {
        ++m_callRetries;
        m_callWaitedMs += delayMs;
        m_response->showRetryCountdown(delayMs, status);
        m_autoSender->rateLimited(delayMs);
    });
    connect(m_exchange, &RrsExchange::finished, this, [this, exchange = m_exchange.data()] {
        exchange->deleteLater();
        finishCall(*exchange);
    });
    m_exchange->start();
}

void RrsPage::finishCall(const RrsExchange &exchange)
{
    setBusy(false);
    if (m_superseded && exchange.result().error.kind == CallError::Kind::Cancelled) {
        // Its answer would have been for a grid that no longer is: nothing to show or keep.
        m_superseded = false;
        m_autoSender->callFinished();
        Q_EMIT callSuperseded();
        return;
    }
    m_superseded = false;
    const HttpRequest &sent = exchange.sent();
    const RrsResult &result = exchange.result();
    if (result.error.kind == CallError::Kind::Keys) {
        m_response->clear();
        showMessage(result.error.message, true);
        Q_EMIT callFinished(false);
        m_autoSender->callFinished();
        return;
    }
    Redactor redactor;
    for (const auto &header : sent.headers) {
        if (isCredentialHeader(header.first))
            redactor.addSecret(QString::fromUtf8(header.second).section(QLatin1Char(' '), -1));
    }
    ResponsePanel::Shown shown;
    shown.status = result.response.status;
    shown.latencyMs = result.response.elapsedMs;
    shown.requestBytes = sent.body.size();
    shown.url = redactor.redactUrl(sent.url).toString();
    shown.headers = result.response.headers;
    shown.body = result.response.body;
    shown.outputs = result.outputs;
    shown.error = result.error;
    shown.document = exchange.document();
    shown.deployment = result.deployment;
    shown.note = result.note;
    shown.customAnswer = result.customAnswer;
    if (!shown.error.isError() && !exchange.decodeError().isEmpty())
        shown.error = CallError::transport(CallError::Kind::Parse, exchange.decodeError());
    // An answer for a workspace the user has left is kept in the history, not shown under
    // another workspace's name.
    const bool stillHere = m_workspace && m_workspace->id == exchange.workspace().id;
    if (stillHere)
        m_response->showResponse(shown);
    else
        showMessage(tr("The answer of %1 is in the history.").arg(exchange.workspace().name), false);
    // A refused request may mean that the service changed its inputs: read its description
    // again, where that costs no gateway call, and follow it.
    if (stillHere && result.response.status == 400 && m_schema)
        recheckDescription();

    if (HistoryStore *history = m_context->history(); history && !sent.url.isEmpty()) {
        const Workspace &workspace = exchange.workspace();
        HistoryEntry entry;
        entry.startedAt = QDateTime::currentDateTime().addMSecs(-result.response.elapsedMs);
        entry.workspaceId = workspace.id;
        entry.workspaceName = workspace.name;
        entry.url = sent.url.toString();
        entry.swaggerFormat = sent.url.query().contains(QLatin1String("format=swagger"));
        entry.status = result.response.status;
        entry.error = shown.error.isError() ? shown.error.toOneLine() : QString();
        entry.latencyMs = result.response.elapsedMs;
        entry.requestBody = sent.body;
        entry.responseBody = result.response.body;
        entry.responseHeaders = result.response.headers;
        entry.retries = m_callRetries;
        entry.waitedMs = m_callWaitedMs;
        history->record(entry, redactor);
        m_history->refresh();
    }
    Q_EMIT callFinished(!shown.error.isError());
    m_autoSender->callFinished();
}

void RrsPage::cancel()
{
    if (m_exchange)
        m_exchange->cancel();
}

void RrsPage::importCsv()
{
    const QString path = m_context->prompter()->openFileName(this, tr("Import CSV"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                             tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

void RrsPage::importCsvFile(const QString &path)
{
    const int port = std::max(0, m_inputTabs->currentIndex());
    const qint64 size = QFileInfo(path).size();
    const QString name = QFileInfo(path).fileName();
    showMessage(tr("Reading %1…").arg(name), false);
    // The worker counts bytes; a timer here turns them into a percentage now and then.
    auto progress = std::make_shared<std::atomic<qint64>>(0);
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, [this, progress, size, name] {
        if (size > 0)
            showMessage(tr("Reading %1… %2%").arg(name).arg(int(100 * progress->load() / size)), false);
    });
    ticker->start(100);
    runInBackground<CsvLoad>(
        this,
        [path, progress] {
            CsvLoad load;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                load.error = CsvError{0, 0, file.errorString()};
                return load;
            }
            load.ok = readCsvTable(&file, &load.table, &load.error, [progress](qint64 bytes) { progress->store(bytes); });
            return load;
        },
        [this, path, port, ticker](CsvLoad load) {
            ticker->deleteLater();
            if (!load.ok) {
                showMessage(tr("%1 was not imported: %2").arg(path, load.error.toString(QFileInfo(path).fileName())), true);
                Q_EMIT csvLoaded(false);
                return;
            }
            m_ports.at(port).model->replaceTable(typedLike(load.table, m_ports.at(port).model->table()), tr("Import %1").arg(QFileInfo(path).fileName()));
            showMessage(tr("Imported %n row(s) from %1.", nullptr, int(load.table.rowCount())).arg(QFileInfo(path).fileName()), false);
            Q_EMIT csvLoaded(true);
        });
}

void RrsPage::exportCsv()
{
    const int port = m_inputTabs->currentIndex();
    if (port < 0 || port >= m_ports.size())
        return;
    const QString path = m_context->prompter()->saveFileName(this, tr("Export CSV"),
                                                             QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                                 .filePath(m_ports.at(port).name + QStringLiteral(".csv")),
                                                             tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const DataTable &table = m_ports.at(port).model->table();
    showMessage(tr("Writing %1…").arg(QFileInfo(path).fileName()), false);
    exportCsvInBackground(this, table, {}, path, [this, path, rows = table.rowCount()](const QString &error) {
        if (error.isEmpty())
            showMessage(tr("Exported %n row(s) to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)), false);
        else
            m_context->prompter()->error(this, tr("Export CSV"), tr("Cannot write %1").arg(error));
        Q_EMIT csvExported(error.isEmpty());
    });
}

void RrsPage::showCode()
{
    if (!m_workspace)
        return;
    const Workspace workspace = *m_workspace;
    const RrsRequest request = currentRequest();
    m_context->workspaces()->loadSecrets(workspace, this, [this, workspace, request](const WorkspaceSecrets &secrets, const WorkspaceOutcome &outcome) {
        if (!outcome.ok()) {
            showMessage(outcome.message, true);
            return;
        }
        const ServiceEndpoint endpoint = workspace.endpoint();
        SnippetsDialog dialog(RrsCall::buildHttpRequest(endpoint, secrets.credentials, request), this);
        dialog.exec();
    });
}

void RrsPage::openHistoryEntry(qint64 id)
{
    HistoryStore *history = m_context->history();
    const std::optional<HistoryEntry> entry = history ? history->entry(id) : std::nullopt;
    if (!entry)
        return;
    // Shown beside the work, not over it: the grid stays as it is until "Use These Inputs".
    RrsRequest request;
    QString error;
    const bool decoded = decodeRrsRequest(entry->requestBody, &request, &error);
    m_historyRequest = decoded ? std::optional<RrsRequest>(request) : std::nullopt;
    showIdleMessage();
    ResponsePanel::Shown shown;
    shown.status = entry->status;
    shown.latencyMs = entry->latencyMs;
    shown.requestBytes = entry->requestBytes;
    shown.url = entry->url;
    shown.body = entry->responseBody;
    shown.headers = entry->responseHeaders;
    if (!entry->error.isEmpty())
        shown.error = CallError::transport(CallError::Kind::Http, entry->error);
    else {
        // Read the way its service wrote it: the workspace says which kind, else the URL.
        const Workspace *workspace = m_context->workspaces()->store()->findById(entry->workspaceId);
        const ServiceKind kind = workspace ? workspace->kind : serviceKindOfUrl(entry->url);
        DecodedAnswer answer;
        decodeAnswer(ServiceEndpoint::parse(entry->url, kind), request, entry->responseBody, &answer, &error);
        shown.outputs = answer.outputs;
        shown.note = answer.note;
        shown.customAnswer = answer.customAnswer;
    }
    if (!decoded)
        shown.note = tr("The stored request cannot be shown as a table (%1).").arg(error);
    m_response->showResponse(shown);
    m_response->markFromHistory(QLocale().toString(entry->startedAt, QLocale::ShortFormat), decoded);
}

void RrsPage::useHistoryInputs()
{
    if (!m_historyRequest)
        return;
    const RrsRequest request = *m_historyRequest;
    bool samePorts = request.inputs.size() == m_ports.size();
    for (int i = 0; samePorts && i < m_ports.size(); ++i)
        samePorts = m_ports.at(i).name == request.inputs.at(i).name;
    if (samePorts) {
        // One undoable step per grid: Undo (Ctrl+Z) brings back what was there.
        for (int i = 0; i < m_ports.size(); ++i)
            m_ports[i].model->replaceTable(typedLike(request.inputs.at(i).table, m_ports.at(i).model->table()), tr("Use Inputs from History"));
    } else {
        if (!m_context->prompter()->confirm(this, tr("Use These Inputs"),
                                            tr("That call had other inputs than the grid has now. Replace the grid with them? "
                                               "This cannot be undone."),
                                            tr("Replace")))
            return;
        QList<SchemaPort> ports;
        for (const NamedTable &input : request.inputs)
            ports.append(SchemaPort{input.name, {}});
        setUpPorts(ports);
        for (int i = 0; i < request.inputs.size(); ++i)
            m_ports[i].model->reset(request.inputs.at(i).table);
    }
    m_parameters->setValues(request.globalParameters);
    if (isRawBodyMode())
        setRawBodyMode(false);
    showMessage(samePorts ? tr("The inputs of that call are in the grid; Undo (Ctrl+Z) brings yours back.") : tr("The inputs of that call are in the grid."),
                false);
}

void RrsPage::rerunHistoryEntry(qint64 id)
{
    HistoryStore *history = m_context->history();
    const std::optional<HistoryEntry> entry = history ? history->entry(id) : std::nullopt;
    if (!entry || m_busy)
        return;
    const Workspace *workspace = m_context->workspaces()->store()->findById(entry->workspaceId);
    if (!workspace) {
        showMessage(tr("The workspace \"%1\" of that call no longer exists.").arg(entry->workspaceName), true);
        return;
    }
    if (entry->requestTruncated) {
        showMessage(tr("That request was too large to keep whole in the history, so it cannot be sent again."), true);
        return;
    }
    RrsRequest request;
    request.swaggerFormat = entry->swaggerFormat;
    sendTo(*workspace, request, entry->requestBody);
}

} // namespace ScoreDesk::App
