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
#include "core/http/scheduler.h"
#include "core/table/csvreader.h"

#include <QAction>
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
{
    m_title->setObjectName(QStringLiteral("rrsTitle"));
    m_message->setObjectName(QStringLiteral("rrsMessage"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);
    m_sendButton->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_cancelButton->setEnabled(false);
    m_cancelButton->setToolTip(tr("Cancel the request (Esc)"));

    makeAction(this, tr("Send"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}, [this] { send(); });
    makeAction(this, tr("Cancel"), {QKeySequence(Qt::Key_Escape)}, [this] { cancel(); });
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
    QAction *describe = makeAction(this, tr("&Reload Description"), {QKeySequence(Qt::Key_F5)}, [this] {
        m_reloadDescription = true;
        describeService();
    });
    QAction *code = makeAction(this, tr("C&ode…"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)}, [this] { showCode(); });
    QAction *undo = m_undoGroup.createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = m_undoGroup.createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);

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
        cancel();
    });
    connect(m_autoSender, &AutoSender::pauseChanged, this, [this](bool paused, int delayMs) {
        if (paused)
            showMessage(tr("Auto-send is paused while the rate limit is waited out (%1 s); your edits are sent after.").arg(qMax(1, (delayMs + 999) / 1000)), false);
        else
            showIdleMessage();
    });
    connect(m_parameters, &ParametersForm::valuesChanged, m_autoSender, &AutoSender::edited);
    connect(m_sendButton, &QPushButton::clicked, this, &RrsPage::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &RrsPage::cancel);

    // A tool bar rather than a row of buttons: when the window is narrow, what does not fit
    // folds into its overflow menu instead of forcing the window wider.
    auto *actions = new QToolBar(this);
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actions->addActions({import, exportAction});
    actions->addSeparator();
    actions->addActions({addRow, removeRows, addColumn, undo, redo});
    actions->addSeparator();
    actions->addActions({describe, code, m_rawBodyAction});
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(actions, 1);
    toolbar->addWidget(m_swaggerCheck);
    toolbar->addWidget(m_autoSendCheck);
    toolbar->addWidget(m_cancelButton);
    toolbar->addWidget(m_sendButton);

    auto *parametersScroll = new QScrollArea(m_parametersBox);
    parametersScroll->setWidget(m_parameters);
    parametersScroll->setWidgetResizable(true);
    parametersScroll->setFrameShape(QFrame::NoFrame);
    (new QVBoxLayout(m_parametersBox))->addWidget(parametersScroll);

    m_inputStack->addWidget(m_inputTabs);
    m_inputStack->addWidget(m_rawBody);
    auto *inputs = new QSplitter(Qt::Horizontal, this);
    inputs->addWidget(m_inputStack);
    inputs->addWidget(m_parametersBox);
    inputs->setStretchFactor(0, 3);
    inputs->setStretchFactor(1, 1);

    auto *requestAndResponse = new QSplitter(Qt::Vertical, this);
    requestAndResponse->addWidget(inputs);
    requestAndResponse->addWidget(m_response);
    requestAndResponse->setStretchFactor(0, 1);
    requestAndResponse->setStretchFactor(1, 1);
    // Half and half to begin with: a grid's size hint would otherwise squeeze the results.
    requestAndResponse->setSizes({400, 400});

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(requestAndResponse);
    main->addWidget(m_history);
    main->setStretchFactor(0, 4);
    main->setStretchFactor(1, 1);
    main->setSizes({900, 260});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(toolbar);
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
    });
    connect(m_history, &HistoryPanel::openRequested, this, &RrsPage::openHistoryEntry);
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
        connect(port.view, &InputGridView::csvDropped, this, &RrsPage::importCsvFile);
        watchForEdits(port.model);
        m_undoGroup.addStack(port.undo);
        m_ports.append(port);
        m_inputTabs->addTab(port.view, schemaPort.name);
    }
    if (!m_ports.isEmpty())
        m_undoGroup.setActiveStack(m_ports.first().undo);
}

void RrsPage::watchForEdits(InputTableModel *model)
{
    // Every kind of change to a grid is an edit to auto-send.
    auto edited = [this] { m_autoSender->edited(); };
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
    const Workspace *workspace = m_context->workspaces()->store()->findById(id);
    m_workspace = workspace ? std::optional<Workspace>(*workspace) : std::nullopt;
    QString address = m_workspace ? m_workspace->apiLocation : QString();
    if (m_workspace && m_workspace->isOnlineEndpoint())
        address = m_workspace->deployment.isEmpty() ? tr("online endpoint %1").arg(address)
                                                    : tr("online endpoint %1, deployment %2").arg(address, m_workspace->deployment);
    m_title->setText(m_workspace ? workspaceTitle(this, m_workspace->name, address)
                                 : tr("<b>No workspace</b> — add one on the Workspaces page and choose it in the toolbar."));
    m_sendButton->setEnabled(m_workspace.has_value() && !m_busy);
    // An online endpoint takes the table alone: no swagger format, no global parameters.
    const bool online = m_workspace && m_workspace->isOnlineEndpoint();
    m_swaggerCheck->setVisible(!online);
    m_parametersBox->setVisible(!online);
    showIdleMessage();
    if (!m_workspace)
        return;
    describeService();
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
        m_schema = schema;
        applySchema();
        showIdleMessage();
        Q_EMIT schemaLoaded(true);
    }, m_reloadDescription);
    m_reloadDescription = false;
}

void RrsPage::applySchema()
{
    if (!m_schema)
        return;
    setUpPorts(m_schema->inputs);
    for (int i = 0; i < m_ports.size(); ++i) {
        const SchemaPort &port = m_schema->inputs.at(i);
        QList<ColumnRules> rules;
        for (const SchemaColumn &column : port.columns)
            rules.append(ColumnRules{column.required, column.enumValues});
        DataTable table = m_schema->exampleTable(port);
        if (table.rowCount() == 0)
            table.appendRow({});
        m_ports[i].model->reset(table, rules);
    }
    m_parameters->setParameters(m_schema->globalParameters);
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
    m_sendButton->setEnabled(!busy && m_workspace.has_value());
    m_cancelButton->setEnabled(busy);
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
    connect(m_exchange, &RrsExchange::retryScheduled, m_response, [this](int, int delayMs, int status) {
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
    m_response->showResponse(shown);

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
            // Columns the service describes take its types; the rest stay text.
            const DataTable &current = m_ports.at(port).model->table();
            for (qsizetype c = 0; c < load.table.columnCount(); ++c) {
                const qsizetype known = current.columnIndex(load.table.column(c).name);
                if (known >= 0)
                    load.table.setColumnType(c, current.column(known).type);
            }
            m_ports.at(port).model->replaceTable(load.table, tr("Import %1").arg(QFileInfo(path).fileName()));
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
    RrsRequest request;
    QString error;
    if (decodeRrsRequest(entry->requestBody, &request, &error)) {
        QList<SchemaPort> ports;
        for (const NamedTable &input : request.inputs)
            ports.append(SchemaPort{input.name, {}});
        setUpPorts(ports);
        for (int i = 0; i < request.inputs.size(); ++i)
            m_ports[i].model->reset(request.inputs.at(i).table);
        m_parameters->setValues(request.globalParameters);
        showMessage(tr("Opened the call of %1 from the history.").arg(QLocale().toString(entry->startedAt, QLocale::ShortFormat)), false);
    } else {
        showMessage(tr("The stored request cannot be shown as a table (%1); the response is below.").arg(error), true);
    }
    ResponsePanel::Shown shown;
    shown.status = entry->status;
    shown.latencyMs = entry->latencyMs;
    shown.requestBytes = entry->requestBytes;
    shown.url = entry->url;
    shown.body = entry->responseBody;
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
    m_response->showResponse(shown);
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
