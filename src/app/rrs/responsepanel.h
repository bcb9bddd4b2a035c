#pragma once

#include "core/service/rrscodec.h"
#include "core/errors/callerror.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace ScoreDesk::App {

class AppContext;
class JsonTreeModel;
class ResultTableModel;
class RetryCountdown;

// What came back: a grid per output (sortable, copyable, exportable), the raw JSON as a
// foldable tree, the headers, and a status line with latency, sizes and the URL. Errors are
// put in words with the raw body one click away.
class ResponsePanel : public QWidget
{
    Q_OBJECT
public:
    struct Shown
    {
        int status = 0;
        qint64 latencyMs = 0;
        qint64 requestBytes = 0;
        QString url; // redacted
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QList<NamedTable> outputs;
        CallError error;
        QJsonDocument document; // the body parsed (off the GUI thread); null when not JSON
        QString deployment;      // online endpoints: the deployment that answered
        QString note;            // something to know about the answer (fewer rows than sent, ...)
        bool customAnswer = false; // valid JSON of no table shape: the JSON is the answer
    };

    explicit ResponsePanel(AppContext *context, QWidget *parent = nullptr);

    void showBusy(const QString &what);
    void showRetryCountdown(int delayMs, int status);
    void showResponse(const Shown &response);
    // Says that the response shown is an older call's, opened from the history, and offers its
    // inputs when they can be put in the grid.
    void markFromHistory(const QString &when, bool inputsUsable);
    void clear();

    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *jsonText() const { return m_jsonText; }
    QLineEdit *jsonFind() const { return m_jsonFind; }
    void copyJson();
    QString statusText() const;
    QString errorText() const;
    QString noteText() const;
    const ResultTableModel *outputModel(int index) const;

    // Both work on a worker thread (a million rows take a while) and say when they are done.
    void copyCurrentOutput();
    void exportCurrentOutput();

Q_SIGNALS:
    void outputCopied();
    void outputExported(bool ok);
    void useHistoryInputsRequested();

private:
    void tick();
    void showJsonText(const QByteArray &body, const QJsonDocument &document);
    void findInJson(bool backwards);
    void clearOutputs();

    AppContext *m_context;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_error;
    QLabel *m_note;
    QPushButton *m_rawToggle;
    QPushButton *m_useInputs;
    QPlainTextEdit *m_rawBody;
    QTabWidget *m_tabs;
    JsonTreeModel *m_json;
    QTreeView *m_jsonView;
    QWidget *m_jsonPage;      // the tree beside the text
    QPlainTextEdit *m_jsonText;
    QLineEdit *m_jsonFind;
    QByteArray m_jsonBody;    // what Copy JSON copies: the body as received
    QStandardItemModel *m_headers;
    QTableView *m_headersView;
    QList<ResultTableModel *> m_outputs;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    QString m_busyText;
    RetryCountdown *m_countdown;
};

} // namespace ScoreDesk::App
