#pragma once

#include "core/service/rrscodec.h"
#include "core/service/serviceschema.h"
#include "core/workspace/workdraft.h"
#include "core/workspace/workspace.h"

#include "draftkeeper.h"

#include <QHash>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUndoGroup>
#include <QUuid>
#include <QWidget>

#include <optional>

namespace ScoreDesk {
class Scheduler;
}

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QToolBar;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace ScoreDesk::App {

class AppContext;
class HistoryPanel;
class InputGridView;
class InputTableModel;
class MessageBar;
class ParametersForm;
class AutoSender;
class RawBodyEditor;
class ResponsePanel;
class RrsExchange;

// The request/response console: input grids (one tab per input port), global parameters,
// Send and Cancel, the response, the history, and the request as code.
class RrsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RrsPage(AppContext *context, QWidget *parent = nullptr);

    void setWorkspace(const QUuid &id);
    void describeService();
    // Reads the description from the service again (F5), whatever is kept.
    void reloadDescription();
    void send();
    void cancel();
    void importCsv();
    void importCsvFile(const QString &path);
    void exportCsv();
    void showCode();
    // Shows an older call beside the work; useHistoryInputs() puts its inputs in the grid.
    void openHistoryEntry(qint64 id);
    void useHistoryInputs();
    // Keeps the unsent work and the splitters' positions (at closing).
    void saveWork();
    // What the window's menus hold for this page.
    QList<QAction *> fileActions() const { return m_fileActions; }
    QList<QAction *> editActions() const { return m_editActions; } // null: a separator
    QList<QAction *> requestActions() const { return m_requestActions; }
    QWidget *firstInTabOrder() const;
    void rerunHistoryEntry(qint64 id);

    int portCount() const { return int(m_ports.size()); }
    InputGridView *grid(int port) const;
    InputTableModel *inputModel(int port) const;
    ParametersForm *parameters() const { return m_parameters; }
    ResponsePanel *response() const { return m_response; }
    HistoryPanel *history() const { return m_history; }
    QUndoGroup *undoGroup() { return &m_undoGroup; }
    RawBodyEditor *rawBody() const { return m_rawBody; }
    // The body is the raw JSON editor's text instead of the grid (custom scoring scripts).
    void setRawBodyMode(bool on);
    bool isRawBodyMode() const;
    AutoSender *autoSender() const { return m_autoSender; }
    QCheckBox *autoSendCheck() const { return m_autoSendCheck; }
    // The clock of auto-send's debounce and of retry waits (tests drive it by hand).
    void setScheduler(Scheduler *scheduler);
    bool isBusy() const { return m_busy; }
    QString message() const;

Q_SIGNALS:
    void schemaLoaded(bool ok);
    void csvLoaded(bool ok);
    void csvExported(bool ok); // written off the GUI thread
    void callFinished(bool ok);
    // Auto-send cancelled a call because the grid changed under it: nothing is shown of it.
    void callSuperseded();

protected:
    bool focusNextPrevChild(bool next) override;

private:
    struct Port
    {
        QString name;
        QUndoStack *undo = nullptr;
        InputTableModel *model = nullptr;
        InputGridView *view = nullptr;
    };

    void setUpPorts(const QList<SchemaPort> &ports);
    void applySchema(const std::optional<WorkDraft> &draft);
    void fitParameters();
    void recheckDescription();
    QList<QWidget *> tabOrder() const;
    void updateSendState();
    void restoreLayout();
    WorkDraft currentDraft();
    void keepDraft();
    void showDraft(const std::optional<WorkDraft> &draft);
    void showDraftBody(const std::optional<WorkDraft> &draft);
    void showMessage(const QString &text, bool isError);
    // What the message bar says when nothing else needs saying: a token about to run out.
    void showIdleMessage();
    void setBusy(bool busy);
    QStringList requestProblems() const;
    RrsRequest currentRequest() const;
    // Sends to a workspace's service: the request's tables, encoded off the GUI thread, or
    // presetBody as it is (a history re-run) when that is not empty.
    void sendTo(const Workspace &workspace, const RrsRequest &request, const QByteArray &presetBody);
    void finishCall(const RrsExchange &exchange);
    void watchForEdits(InputTableModel *model);
    void autoSend();

    AppContext *m_context;
    std::optional<Workspace> m_workspace;
    std::optional<ServiceSchema> m_schema;

    QLabel *m_title;
    MessageBar *m_message;
    QPushButton *m_sendButton;
    QPushButton *m_cancelButton;
    QTabWidget *m_inputTabs;
    RawBodyEditor *m_rawBody;
    QStackedWidget *m_inputStack;
    QAction *m_rawBodyAction;
    QCheckBox *m_swaggerCheck;
    QCheckBox *m_autoSendCheck;
    AutoSender *m_autoSender;
    Scheduler *m_scheduler;
    bool m_superseded = false;
    int m_callRetries = 0;     // rate limits waited out by the call in flight
    qint64 m_callWaitedMs = 0; // the call in flight was cancelled by auto-send
    QGroupBox *m_parametersBox;
    QScrollArea *m_parametersScroll = nullptr;
    ParametersForm *m_parameters;
    ResponsePanel *m_response;
    HistoryPanel *m_history;
    QToolBar *m_toolbar;
    DraftKeeper m_drafts;
    QUuid m_gridOwner; // the workspace whose work the grid shows
    std::optional<RrsRequest> m_historyRequest; // the call opened from the history
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QList<QAction *> m_fileActions;
    QList<QAction *> m_editActions;
    QList<QAction *> m_requestActions;
    QList<QSplitter *> m_splitters;
    QTimer m_draftTimer; // writes the unsent work a moment after the last edit
    QList<Port> m_ports;
    QUndoGroup m_undoGroup;
    QPointer<RrsExchange> m_exchange;
    bool m_describing = false;
    bool m_reloadDescription = false;
    bool m_busy = false;
    bool m_swaggerFormat = false;
};

} // namespace ScoreDesk::App
