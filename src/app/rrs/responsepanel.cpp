#include "responsepanel.h"

#include "backgroundtask.h"
#include "csvexport.h"
#include "jsontreemodel.h"
#include "resulttablemodel.h"

#include "../appcontext.h"
#include "../retrycountdown.h"

#include "core/table/tsvcodec.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QLineEdit>
#include <QSplitter>
#include <QTextCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ScoreDesk::App {

namespace {

constexpr int RawPreviewBytes = 2 * 1024 * 1024; // more would make the text view crawl

QString reasonPhrase(int status)
{
    switch (status) {
    case 200: return QStringLiteral("OK");
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 408: return QStringLiteral("Request Timeout");
    case 413: return QStringLiteral("Payload Too Large");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return QString();
    }
}

} // namespace

ResponsePanel::ResponsePanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(tr("Press Send (Ctrl+Enter) to call the service."), this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_note(new QLabel(this))
    , m_rawToggle(new QPushButton(tr("Show Raw Response"), this))
    , m_useInputs(new QPushButton(tr("&Use These Inputs"), this))
    , m_rawBody(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_json(new JsonTreeModel(this))
    , m_jsonView(new QTreeView(this))
    , m_jsonPage(new QWidget(this))
    , m_jsonText(new QPlainTextEdit(this))
    , m_jsonFind(new QLineEdit(this))
    , m_headers(new QStandardItemModel(0, 2, this))
    , m_headersView(new QTableView(this))
    , m_countdown(new RetryCountdown(this))
{
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_tabs->setAccessibleName(tr("Response"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_statusIcon->hide();
    m_error->setObjectName(QStringLiteral("responseError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_note->setObjectName(QStringLiteral("responseNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();
    m_useInputs->setObjectName(QStringLiteral("useHistoryInputs"));
    m_useInputs->setToolTip(tr("Put this call's inputs in the grid (Undo brings yours back)"));
    m_useInputs->hide();
    connect(m_useInputs, &QPushButton::clicked, this, &ResponsePanel::useHistoryInputsRequested);
    m_rawToggle->setCheckable(true);
    m_rawToggle->hide();
    m_rawBody->setReadOnly(true);
    m_rawBody->setObjectName(QStringLiteral("rawBody"));
    m_rawBody->hide();
    connect(m_rawToggle, &QPushButton::toggled, m_rawBody, &QWidget::setVisible);

    // The raw JSON as text beside its tree: monospace, formatted, searchable (Ctrl+F, Enter and
    // Shift+Enter for the next and previous match) and copyable.
    m_jsonText->setObjectName(QStringLiteral("rawJsonText"));
    m_jsonText->setReadOnly(true);
    m_jsonText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonFind->setObjectName(QStringLiteral("rawJsonFind"));
    m_jsonFind->setPlaceholderText(tr("Find in the JSON (Ctrl+F)"));
    m_jsonFind->setClearButtonEnabled(true);
    connect(m_jsonFind, &QLineEdit::returnPressed, this, [this] { findInJson(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(m_jsonFind, &QLineEdit::textEdited, this, [this] {
        m_jsonText->moveCursor(QTextCursor::Start);
        findInJson(false);
    });
    auto *findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    findShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QAction::triggered, this, [this] {
        m_jsonFind->setFocus();
        m_jsonFind->selectAll();
    });
    m_jsonPage->addAction(findShortcut);
    auto *copyJsonButton = new QPushButton(tr("Copy JSON"), m_jsonPage);
    copyJsonButton->setObjectName(QStringLiteral("copyJson"));
    copyJsonButton->setToolTip(tr("Copy the answer's JSON as the service sent it"));
    connect(copyJsonButton, &QPushButton::clicked, this, &ResponsePanel::copyJson);
    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_jsonFind, 1);
    findRow->addWidget(copyJsonButton);
    auto *textSide = new QWidget(m_jsonPage);
    auto *textLayout = new QVBoxLayout(textSide);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addLayout(findRow);
    textLayout->addWidget(m_jsonText, 1);
    auto *jsonSplit = new QSplitter(Qt::Horizontal, m_jsonPage);
    jsonSplit->addWidget(m_jsonView);
    jsonSplit->addWidget(textSide);
    jsonSplit->setStretchFactor(0, 1);
    jsonSplit->setStretchFactor(1, 1);
    auto *jsonLayout = new QVBoxLayout(m_jsonPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->addWidget(jsonSplit);

    // Kept out of sight until a response puts them in a tab: they belong to no layout before.
    m_jsonPage->hide();
    m_jsonView->hide();
    m_headersView->hide();
    m_jsonView->setModel(m_json);
    m_jsonView->setUniformRowHeights(true);
    m_jsonView->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_jsonView->setColumnWidth(0, 220);
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headersView->setModel(m_headers);
    m_headersView->horizontalHeader()->setStretchLastSection(true);
    m_headersView->verticalHeader()->hide();
    m_headersView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *copy = new QPushButton(tr("Copy Table"), this);
    copy->setObjectName(QStringLiteral("copyOutput"));
    copy->setToolTip(tr("Copy the shown output, with its header row, for a spreadsheet"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportOutput"));
    connect(copy, &QPushButton::clicked, this, &ResponsePanel::copyCurrentOutput);
    connect(exportButton, &QPushButton::clicked, this, &ResponsePanel::exportCurrentOutput);
    auto updateButtons = [this, copy, exportButton] {
        const bool onOutput = m_tabs->currentIndex() >= 0 && m_tabs->currentIndex() < m_outputs.size();
        copy->setEnabled(onOutput);
        exportButton->setEnabled(onOutput);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, updateButtons);
    updateButtons();
    auto *tabCorner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(tabCorner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->addWidget(copy);
    cornerLayout->addWidget(exportButton);
    m_tabs->setCornerWidget(tabCorner, Qt::TopRightCorner);

    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_rawToggle, 0, Qt::AlignTop);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_useInputs, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statusRow);
    layout->addWidget(m_progress);
    layout->addLayout(errorRow);
    layout->addWidget(m_note);
    layout->addWidget(m_rawBody, 1);
    layout->addWidget(m_tabs, 3);

    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &ResponsePanel::tick);
    connect(m_countdown, &RetryCountdown::textChanged, m_status, &QLabel::setText);
}

QString ResponsePanel::statusText() const
{
    return m_status->text();
}

QString ResponsePanel::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString ResponsePanel::noteText() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

const ResultTableModel *ResponsePanel::outputModel(int index) const
{
    return index >= 0 && index < m_outputs.size() ? m_outputs.at(index) : nullptr;
}

void ResponsePanel::clearOutputs()
{
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        if (page != m_jsonPage && page != m_headersView)
            delete page; // an output view owns its model and proxy
    }
    m_outputs.clear();
}

void ResponsePanel::clear()
{
    m_ticker.stop();
    m_countdown->stop();
    m_statusIcon->hide();
    m_progress->hide();
    m_error->hide();
    m_note->hide();
    m_rawToggle->hide();
    m_rawToggle->setChecked(false);
    m_useInputs->hide();
    m_status->setText(tr("Press Send (Ctrl+Enter) to call the service."));
    clearOutputs();
}

void ResponsePanel::markFromHistory(const QString &when, bool inputsUsable)
{
    m_status->setText(tr("The call of %1, from the history (read-only) · %2").arg(when.toHtmlEscaped(), m_status->text()));
    m_useInputs->setVisible(inputsUsable);
}

void ResponsePanel::showBusy(const QString &what)
{
    clear();
    m_busyText = what;
    m_clock.start();
    m_progress->show();
    m_ticker.start();
    tick();
}

void ResponsePanel::showRetryCountdown(int delayMs, int status)
{
    m_countdown->start(delayMs, status); // the same countdown as the batch page's
}

void ResponsePanel::tick()
{
    if (m_countdown->isActive())
        return;
    m_status->setText(tr("%1 %2 s").arg(m_busyText).arg(m_clock.elapsed() / 1000.0, 0, 'f', 1));
}

void ResponsePanel::showResponse(const Shown &response)
{
    clear();
    const QLocale locale;
    QString line;
    const bool ok = response.status >= 200 && response.status < 300 && !response.error.isError();
    if (response.status > 0)
        line = QStringLiteral("<b>%1 %2</b>").arg(response.status).arg(reasonPhrase(response.status));
    else
        line = QStringLiteral("<b>%1</b>").arg(tr("No response"));
    // The icon says good or bad; the text keeps the palette's colours (dark themes too).
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical, nullptr, this)
                                .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_statusIcon->setAccessibleName(ok ? tr("Succeeded") : tr("Failed"));
    m_statusIcon->show();
    if (!response.deployment.isEmpty())
        line += tr(" · answered by deployment <b>%1</b>").arg(response.deployment.toHtmlEscaped());
    line += tr(" · %1 ms · sent %2 · received %3 · POST %4")
                .arg(response.latencyMs)
                .arg(locale.formattedDataSize(response.requestBytes), locale.formattedDataSize(response.body.size()), response.url.toHtmlEscaped());
    m_status->setText(line);
    QString note = response.note;
    if (response.customAnswer && !response.error.isError())
        note = tr("The answer is not a table (no list of predictions in it): it is shown as JSON.");
    if (!note.isEmpty()) {
        m_note->setText(note);
        m_note->show();
    }

    if (response.error.isError()) {
        QString words = response.error.message;
        if (!response.error.code.isEmpty())
            words = QStringLiteral("%1%2: %3").arg(response.error.code, response.error.detailCode.isEmpty() ? QString() : QLatin1Char('/') + response.error.detailCode, words);
        if (response.error.retryAfterSeconds)
            words += tr(" (the service says to wait %n second(s))", nullptr, *response.error.retryAfterSeconds);
        m_error->setText(words);
        m_error->show();
        if (!response.body.isEmpty()) {
            m_rawBody->setPlainText(QString::fromUtf8(response.body.left(RawPreviewBytes)));
            m_rawToggle->show();
        }
    }

    for (const NamedTable &output : response.outputs) {
        auto *view = new QTableView;
        view->setObjectName(QStringLiteral("output:") + output.name);
        view->setAccessibleName(tr("Output table %1").arg(output.name));
        // The headers are set up while they are empty: done after the model came, each step
        // would walk a million rows' sections (70 ms measured).
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        // No sort indicator: enabling sorting sorts at once by the indicator's column. Rows
        // arrive in the service's order; a click on a header sorts (off the GUI thread).
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view->setSortingEnabled(true);
        auto *model = new ResultTableModel(view);
        model->setTable(output.table);
        m_outputs.append(model);
        view->setModel(model);
        // Fit columns to their headers and first rows only: measuring 100,000 rows would stall.
        view->horizontalHeader()->setResizeContentsPrecision(50);
        view->resizeColumnsToContents();
        m_tabs->addTab(view, tr("%1 (%n row(s))", nullptr, int(output.table.rowCount())).arg(output.name));
    }
    if (!response.document.isNull()) {
        m_json->setDocument(response.document);
        m_jsonView->show();
        showJsonText(response.body, response.document);
        m_tabs->addTab(m_jsonPage, tr("Raw JSON"));
    } else if (!response.body.isEmpty() && response.body.size() < 1024 * 1024 && m_json->setJson(response.body)) {
        m_jsonView->show();
        showJsonText(response.body, QJsonDocument::fromJson(response.body)); // small error bodies, parsed here
        m_tabs->addTab(m_jsonPage, tr("Raw JSON"));
    }
    m_headers->removeRows(0, m_headers->rowCount());
    for (const auto &header : response.headers)
        m_headers->appendRow({new QStandardItem(QString::fromLatin1(header.first)), new QStandardItem(QString::fromUtf8(header.second))});
    if (!response.headers.isEmpty())
        m_tabs->addTab(m_headersView, tr("Headers"));
}

void ResponsePanel::showJsonText(const QByteArray &body, const QJsonDocument &document)
{
    m_jsonBody = body;
    m_jsonFind->clear();
    // Formatted up to a couple of megabytes; a larger answer is shown as it came, cut: a text
    // view of a hundred megabytes would crawl, and the tree and the grids have all of it.
    if (body.size() <= RawPreviewBytes && !document.isNull())
        m_jsonText->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    else
        m_jsonText->setPlainText(tr("The answer is %1; its first %2 as received:\n\n%3")
                                     .arg(QLocale().formattedDataSize(body.size()), QLocale().formattedDataSize(RawPreviewBytes),
                                          QString::fromUtf8(body.left(RawPreviewBytes))));
}

void ResponsePanel::findInJson(bool backwards)
{
    const QString text = m_jsonFind->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_jsonText->find(text, flags)) {
        m_jsonText->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start); // wrap around
        m_jsonText->find(text, flags);
    }
}

void ResponsePanel::copyJson()
{
    QApplication::clipboard()->setText(QString::fromUtf8(m_jsonBody));
    Q_EMIT outputCopied();
}

void ResponsePanel::copyCurrentOutput()
{
    const int index = m_tabs->currentIndex();
    if (index < 0 || index >= m_outputs.size())
        return;
    // A million rows take a while as text: built on a worker, in the order shown.
    const ResultTableModel *model = m_outputs.at(index);
    const DataTable table = model->table();
    const std::vector<int> order = model->rowOrder();
    runInBackground<QString>(
        this, [table, order] { return tableToTsv(table, order); },
        [this](QString text) {
            QApplication::clipboard()->setText(text);
            Q_EMIT outputCopied();
        });
}

void ResponsePanel::exportCurrentOutput()
{
    const int index = m_tabs->currentIndex();
    if (index < 0 || index >= m_outputs.size())
        return;
    const QString path = m_context->prompter()->saveFileName(
        this, tr("Export Output"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("output%1.csv").arg(index + 1)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ResultTableModel *model = m_outputs.at(index);
    exportCsvInBackground(this, model->table(), model->rowOrder(), path, [this](const QString &error) {
        if (!error.isEmpty())
            m_context->prompter()->error(this, tr("Export Output"), tr("Cannot write %1").arg(error));
        Q_EMIT outputExported(error.isEmpty());
    });
}

} // namespace ScoreDesk::App
