#include "guihelpers.h"
#include "sandboxprocess.h"
#include "scriptedserver.h"
#include "scriptedprompter.h"

#include "appcontext.h"
#include "batch/batchpage.h"
#include "mainwindow.h"
#include "rrs/historylistmodel.h"
#include "rrs/historypanel.h"
#include "rrs/inputgridview.h"
#include "rrs/inputtablemodel.h"
#include "rrs/parametersform.h"
#include "rrs/responsepanel.h"
#include "rrs/rrspage.h"
#include "usage/usagepage.h"

#include "core/englishplurals.h"
#include "core/workspace/memorysecretstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontInfo>
#include <QPlainTextEdit>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// The desk around the calls: work kept per workspace and across History ▸ Open and restarts,
// results given room, a steady toolbar, a Tab order that follows the page, messages that belong
// to a workspace, and descriptions that cost no gateway call. At the size a laptop gives the
// window (1100×700), against the real sandbox and its gateway.
class TestDesk : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{{QStringLiteral("--rate-limit"), QStringLiteral("5/60")}};
    MemorySecretStore m_secrets;
    ScriptedPrompter m_prompter;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    RrsPage *page() const { return m_window->rrsPage(); }

    void openDesk()
    {
        m_context = std::make_unique<AppContext>(AppFiles::in(m_files->path()), &m_secrets);
        m_context->setPrompter(&m_prompter);
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(MainWindow::Page::RequestResponse);
    }

    // Closed the way a user closes it, so that whatever is kept at closing is kept.
    void restartDesk()
    {
        m_window->close();
        m_window.reset();
        m_context.reset();
        openDesk();
    }

    QUuid saveWorkspace(const QString &name, const QUrl &url, const QString &apiKey, const QString &subscriptionKey = QString())
    {
        Workspace workspace;
        if (const Workspace *existing = m_context->workspaces()->store()->findByName(name))
            workspace = *existing;
        workspace.name = name;
        workspace.apiLocation = url.toString();
        workspace.needsSubscriptionKey = !subscriptionKey.isEmpty();
        QMap<SecretKind, QString> secrets{{SecretKind::ApiKey, apiKey}};
        if (!subscriptionKey.isEmpty())
            secrets.insert(SecretKind::SubscriptionKey, subscriptionKey);
        bool done = false;
        m_context->workspaces()->save(workspace, secrets, this, [&](const WorkspaceOutcome &outcome) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.message));
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qFatal("workspace not saved");
        return m_context->workspaces()->store()->findByName(name)->id;
    }

    QUuid sandboxWorkspace(const QString &name = QStringLiteral("Sandbox"))
    {
        return saveWorkspace(name, m_sandbox.url(), m_sandbox.apiKey());
    }

    QUuid gatewayWorkspace()
    {
        return saveWorkspace(QStringLiteral("Via gateway"), m_sandbox.gatewayUrl(), m_sandbox.apiKey(), m_sandbox.gatewayKey());
    }

    void select(const QUuid &id)
    {
        auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("workspaceSelector"));
        for (int i = 0; i < selector->count(); ++i) {
            if (selector->itemData(i, Qt::UserRole + 1).toUuid() == id)
                selector->setCurrentIndex(i);
        }
    }

    bool selectAndDescribe(const QUuid &id)
    {
        QSignalSpy loaded(page(), &RrsPage::schemaLoaded);
        select(id);
        return (loaded.count() == 1 || loaded.wait(15000)) && loaded.first().first().toBool();
    }

    bool sendAndWait(bool expectOk)
    {
        QSignalSpy finished(page(), &RrsPage::callFinished);
        page()->send();
        return finished.wait(30000) && finished.first().first().toBool() == expectOk;
    }

    QString cell(int row, int column) const { return page()->inputModel(0)->index(row, column).data().toString(); }

    void editCell(int row, int column, const QString &text)
    {
        page()->inputModel(0)->editCells({{row, column, text, false}}, QStringLiteral("edit"));
    }

    QLineEdit *parameter(const QString &name) const
    {
        return page()->parameters()->findChild<QLineEdit *>(QStringLiteral("parameter:") + name);
    }

    // How many times the gateway was asked for the service description so far.
    int gatewayDescriptionCalls()
    {
        QTest::qWait(200); // the sandbox logs before it answers; its pipe may lag a little
        const QByteArray gatewayPath = m_sandbox.gatewayUrl().path().toUtf8();
        int count = 0;
        for (const QByteArray &line : m_sandbox.standardError().split('\n')) {
            if (line.contains("swagger.json") && line.contains(gatewayPath))
                ++count;
        }
        return count;
    }

    // The window as the README shows it, at a laptop's size and at full HD.
    void saveScreenshots(MainWindow::Page page, const QString &name)
    {
        const QString out = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            return;
        m_window->showPage(page);
        for (const QSize size : {QSize(1100, 700), QSize(1920, 1080)}) {
            m_window->resize(size);
            QTest::qWait(150);
            m_window->grab().save(QStringLiteral("%1/%2-%3.png").arg(out, name).arg(size.width()));
        }
        m_window->resize(1100, 700);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installEnglishPlurals(QCoreApplication::instance()); // as main() does: "1 row", not "1 row(s)"
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void init()
    {
        m_files = std::make_unique<QTemporaryDir>();
        openDesk();
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_files.reset();
    }

    // History ▸ Open shows the older call beside the work; its inputs replace the grid only
    // when asked, and Undo brings the edits back.
    void editsSurviveOpeningAHistoryEntry()
    {
        QVERIFY2(selectAndDescribe(sandboxWorkspace()), qPrintable(page()->message()));
        QVERIFY(sendAndWait(true));
        const qint64 id = page()->history()->model()->index(0, 0).data(HistoryListModel::IdRole).toLongLong();
        editCell(0, 0, QStringLiteral("my unsent edit"));

        page()->openHistoryEntry(id);
        QCOMPARE(cell(0, 0), QStringLiteral("my unsent edit"));
        QVERIFY2(page()->response()->statusText().contains(QLatin1String("from the history")), qPrintable(page()->response()->statusText()));
        QCOMPARE(page()->response()->tabs()->tabText(page()->response()->tabs()->count() - 1), QStringLiteral("Headers"));
        auto *use = page()->response()->findChild<QPushButton *>(QStringLiteral("useHistoryInputs"));
        QVERIFY(use && use->isVisible());

        use->click();
        QCOMPARE(cell(0, 0), QStringLiteral("This is a good day"));
        page()->undoGroup()->undo();
        QCOMPARE(cell(0, 0), QStringLiteral("my unsent edit"));
        // A re-run leaves no word of the history view behind.
        QSignalSpy finished(page(), &RrsPage::callFinished);
        page()->rerunHistoryEntry(id);
        QVERIFY(finished.wait(20000));
        QVERIFY(!page()->response()->statusText().contains(QLatin1String("from the history")));
        QVERIFY(!page()->message().contains(QLatin1String("history")));
    }

    // Each workspace keeps its own unsent grid and parameters, across switches and restarts.
    void editsSurviveAWorkspaceSwitchAndARestart()
    {
        const QUuid first = sandboxWorkspace(QStringLiteral("First"));
        const QUuid second = sandboxWorkspace(QStringLiteral("Second"));
        QVERIFY(selectAndDescribe(first));
        editCell(0, 0, QStringLiteral("first's text"));
        parameter(QStringLiteral("Hashing bitsize"))->setText(QStringLiteral("5"));
        QVERIFY(selectAndDescribe(second));
        QCOMPARE(cell(0, 0), QStringLiteral("This is a good day"));
        editCell(0, 0, QStringLiteral("second's text"));
        QVERIFY(selectAndDescribe(first));
        QCOMPARE(cell(0, 0), QStringLiteral("first's text"));
        QCOMPARE(parameter(QStringLiteral("Hashing bitsize"))->text(), QStringLiteral("5"));
        // Reloading the description types the grid again; it does not throw the rows away.
        QSignalSpy reloaded(page(), &RrsPage::schemaLoaded);
        page()->reloadDescription();
        QVERIFY(reloaded.wait(15000));
        QCOMPARE(cell(0, 0), QStringLiteral("first's text"));

        restartDesk();
        QVERIFY(selectAndDescribe(second));
        QCOMPARE(cell(0, 0), QStringLiteral("second's text"));
        QVERIFY(selectAndDescribe(first));
        QCOMPARE(cell(0, 0), QStringLiteral("first's text"));
        QCOMPARE(parameter(QStringLiteral("Hashing bitsize"))->text(), QStringLiteral("5"));
    }

    // Unsent work reaches the disk a moment after the last edit, without a switch or a close:
    // a crash loses seconds of typing at most.
    void unsentWorkReachesTheDiskWhileTyping()
    {
        const QUuid id = sandboxWorkspace();
        QVERIFY(selectAndDescribe(id));
        editCell(0, 0, QStringLiteral("typed just now"));
        QTRY_VERIFY_WITH_TIMEOUT(m_context->keptFiles().read(id, QStringLiteral("draft")).contains("typed just now"), 8000);
    }

    // At 1100×700 the answer gets at least the grid's height.
    void resultsGetAtLeastTheGridsHeight()
    {
        QVERIFY(selectAndDescribe(sandboxWorkspace()));
        QVERIFY(sendAndWait(true));
        QTest::qWait(50);
        QCOMPARE(page()->response()->tabs()->tabText(0), QStringLiteral("output1 (1 row)"));
        auto *output = page()->response()->tabs()->currentWidget();
        QVERIFY(output && output->isVisible());
        QVERIFY2(output->height() >= page()->grid(0)->height(),
                 qPrintable(QStringLiteral("results %1 px, grid %2 px").arg(output->height()).arg(page()->grid(0)->height())));
    }

    // Every label and field of the parameters panel is shown whole, with the width its text
    // needs, without scrolling sideways, also after a field took the focus.
    void parameterLabelsAreNotClipped()
    {
        QVERIFY(selectAndDescribe(sandboxWorkspace()));
        parameter(QStringLiteral("Hashing bitsize"))->setFocus();
        QTest::qWait(50);
        QList<QWidget *> shown;
        for (QLabel *label : page()->parameters()->findChildren<QLabel *>())
            shown.append(label);
        for (QLineEdit *field : page()->parameters()->findChildren<QLineEdit *>())
            shown.append(field);
        QVERIFY(shown.size() >= 4);
        for (QWidget *widget : shown) {
            const QString what = QStringLiteral("%1 \"%2\": %3 px of %4, %5 px visible")
                                     .arg(widget->objectName(), widget->property("text").toString())
                                     .arg(widget->width())
                                     .arg(widget->sizeHint().width())
                                     .arg(widget->visibleRegion().boundingRect().width());
            QVERIFY2(widget->width() >= widget->minimumSizeHint().width(), qPrintable(what));
            if (qobject_cast<QLabel *>(widget))
                QVERIFY2(widget->width() >= widget->sizeHint().width(), qPrintable(what));
            QVERIFY2(widget->visibleRegion().boundingRect() == widget->rect(), qPrintable(what));
        }
    }

    // A parameter is checked as it is typed; the field itself says what is wrong.
    void parametersAreCheckedAsTyped()
    {
        QVERIFY(selectAndDescribe(sandboxWorkspace()));
        QLineEdit *bits = parameter(QStringLiteral("Hashing bitsize"));
        auto warning = [bits]() -> QAction * {
            for (QAction *action : bits->actions()) {
                if (action->isVisible())
                    return action;
            }
            return nullptr;
        };
        QVERIFY(!warning());
        bits->clear();
        QTest::keyClicks(bits, QStringLiteral("40"));
        QVERIFY(warning());
        QVERIFY2(warning()->toolTip().contains(QLatin1String("at most 16")), qPrintable(warning()->toolTip()));
        QCOMPARE(bits->toolTip(), warning()->toolTip());
        QTest::keyClick(bits, Qt::Key_Backspace);
        QVERIFY(!warning());
    }

    // Undo keeps its short label and its place; nothing of the toolbar folds into an overflow.
    void undoStaysOnTheToolbarAfterAnEdit()
    {
        QVERIFY(selectAndDescribe(sandboxWorkspace()));
        page()->grid(0)->insertRowBelow();
        QTest::qWait(50);
        auto *toolbar = page()->findChild<QToolBar *>(QStringLiteral("rrsToolbar"));
        QVERIFY(toolbar);
        auto *undo = page()->findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QVERIFY2(undo->toolTip().contains(QLatin1String("Insert")), qPrintable(undo->toolTip()));
        QWidget *button = toolbar->widgetForAction(undo);
        QVERIFY(button && button->isVisible());
        auto *overflow = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(!overflow || !overflow->isVisible());
    }

    // Tab walks the window top-left to bottom-right, the toolbar's actions included.
    void tabOrderFollowsThePage()
    {
        QVERIFY(selectAndDescribe(sandboxWorkspace()));
        QTest::qWait(50); // fields added to a shown form appear on the next turn of the event loop
        activate(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("workspaceSelector"));
        selector->setFocus();
        QList<QWidget *> visited{selector};
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == selector)
                break;
            visited.append(QApplication::focusWidget());
        }
        auto *toolbar = page()->findChild<QToolBar *>(QStringLiteral("rrsToolbar"));
        QVERIFY(toolbar);
        const int navigation = int(visited.indexOf(m_window->findChild<QListWidget *>(QStringLiteral("navigationList"))));
        const int firstAction = int(visited.indexOf(toolbar->widgetForAction(toolbar->actions().first())));
        const int send = int(visited.indexOf(page()->findChild<QPushButton *>(QStringLiteral("sendButton"))));
        const int grid = int(visited.indexOf(page()->grid(0)));
        const int bits = int(visited.indexOf(parameter(QStringLiteral("Hashing bitsize"))));
        const int history = int(visited.indexOf(page()->history()->list()));
        QStringList names;
        for (QWidget *widget : visited)
            names.append(widget ? QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(':') + widget->objectName() : QStringLiteral("null"));
        const QByteArray order = names.join(QStringLiteral(" → ")).toUtf8();
        QVERIFY2(navigation == 1, order.constData());
        // The call's controls beside the title, then the grid's tool bar, then the grid.
        QVERIFY2(send > navigation, order.constData());
        QVERIFY2(firstAction > send, order.constData());
        QVERIFY2(grid > firstAction, order.constData());
        QVERIFY2(bits > grid, order.constData());
        QVERIFY2(history > bits, order.constData());
    }

    // What was said about one workspace goes when another is chosen, on both pages.
    void noStaleMessageAfterAWorkspaceSwitch()
    {
        const QUuid good = sandboxWorkspace();
        const QUuid wrong = saveWorkspace(QStringLiteral("Wrong key"), m_sandbox.url(), QStringLiteral("not-the-key"));
        QVERIFY(selectAndDescribe(good));
        editCell(0, 0, QString());
        page()->send();
        QVERIFY(page()->message().contains(QLatin1String("Not sent")));
        select(wrong);
        QVERIFY2(!page()->message().contains(QLatin1String("Not sent")), qPrintable(page()->message()));
        DataTable table({QStringLiteral("Col2")});
        table.appendRow({QStringLiteral("typed for the wrong key")});
        page()->inputModel(0)->replaceTable(table, QStringLiteral("rows"));
        QVERIFY(sendAndWait(false));
        QVERIFY(!page()->response()->errorText().isEmpty());
        select(good);
        QVERIFY2(page()->response()->errorText().isEmpty(), qPrintable(page()->response()->errorText()));
        QVERIFY(!page()->response()->statusText().contains(QLatin1String("401")));

        m_window->showPage(MainWindow::Page::BatchJobs);
        m_window->batchPage()->submit(); // no input file: said in the message bar
        QVERIFY(!m_window->batchPage()->message().isEmpty());
        select(wrong);
        QVERIFY2(m_window->batchPage()->message().isEmpty(), qPrintable(m_window->batchPage()->message()));
    }

    // Behind a gateway each description is a call against the quota: choosing a workspace
    // uses the one kept from before, in this session or an earlier one.
    void choosingTheGatewayWorkspaceMakesNoGatewayCall()
    {
        const QUuid direct = sandboxWorkspace();
        const QUuid gateway = gatewayWorkspace();
        const int before = gatewayDescriptionCalls();
        select(gateway);
        QTest::qWait(300);
        QCOMPARE(gatewayDescriptionCalls(), before);
        QVERIFY2(page()->message().contains(QLatin1String("F5")), qPrintable(page()->message()));

        QSignalSpy loaded(page(), &RrsPage::schemaLoaded);
        page()->reloadDescription();
        QVERIFY(loaded.wait(15000));
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(gatewayDescriptionCalls(), before + 1);

        QVERIFY(selectAndDescribe(direct));
        QVERIFY(selectAndDescribe(gateway));
        m_window->showPage(MainWindow::Page::BatchJobs);
        QTest::qWait(300);
        QCOMPARE(gatewayDescriptionCalls(), before + 1);

        restartDesk();
        QVERIFY(selectAndDescribe(direct));
        QVERIFY(selectAndDescribe(gateway));
        QCOMPARE(page()->inputModel(0)->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Col2 *"));
        QCOMPARE(gatewayDescriptionCalls(), before + 1);
    }

    // A 400 may mean the service changed its inputs: a direct service's description is read
    // again and the grid follows it, keeping the rows typed.
    void aRefusedCallRereadsAChangedDescription()
    {
        auto swagger = [](const QStringList &columns) {
            QJsonObject properties;
            for (const QString &column : columns)
                properties.insert(column, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
            const QJsonObject item{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties},
                                   {QStringLiteral("required"), QJsonArray::fromStringList(columns)}};
            return QJsonDocument(QJsonObject{{QStringLiteral("swagger"), QStringLiteral("2.0")},
                                             {QStringLiteral("definitions"), QJsonObject{{QStringLiteral("input1Item"), item}}}})
                .toJson();
        };
        int descriptions = 0;
        ScriptedServer service([&](const ScriptedServer::Request &request, QTcpSocket *socket) {
            if (request.path.contains("swagger.json"))
                ScriptedServer::reply(socket, 200, swagger(++descriptions == 1 ? QStringList{QStringLiteral("Col2")} : QStringList{QStringLiteral("Col2"), QStringLiteral("Col3")}),
                                      {{"Content-Type", "application/json"}});
            else
                ScriptedServer::reply(socket, 400, "{\"error\":{\"code\":\"BadArgument\",\"message\":\"Invalid argument provided.\",\"details\":[{\"code\":\"InputParseError\",\"message\":\"Column Col3 is missing.\"}]}}",
                                      {{"Content-Type", "application/json"}});
        });
        QVERIFY(service.listen());
        QVERIFY(selectAndDescribe(saveWorkspace(QStringLiteral("Changing"), service.url(QStringLiteral("/workspaces/w/services/s")), QStringLiteral("k"))));
        QCOMPARE(page()->inputModel(0)->columnCount(), 1);
        editCell(0, 0, QStringLiteral("kept text"));
        QSignalSpy reread(page(), &RrsPage::schemaLoaded);
        QVERIFY(sendAndWait(false));
        QVERIFY(reread.count() == 1 || reread.wait(10000));
        QCOMPARE(descriptions, 2);
        QCOMPARE(page()->inputModel(0)->columnCount(), 2);
        QCOMPARE(page()->inputModel(0)->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Col3 *"));
        QCOMPARE(cell(0, 0), QStringLiteral("kept text"));
        QVERIFY2(page()->message().contains(QLatin1String("inputs changed")), qPrintable(page()->message()));
    }

    // The answer's JSON as text beside its tree: formatted, searchable, copyable.
    void rawJsonIsTextToo()
    {
        QVERIFY(selectAndDescribe(sandboxWorkspace()));
        QVERIFY(sendAndWait(true));
        ResponsePanel *response = page()->response();
        QTabWidget *tabs = response->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == QLatin1String("Raw JSON"))
                tabs->setCurrentIndex(i);
        }
        QVERIFY(response->jsonText()->isVisible());
        const QString text = response->jsonText()->toPlainText();
        QVERIFY2(text.startsWith(QLatin1String("{\n    \"Results\"")), qPrintable(text.left(80)));
        QVERIFY(QFontInfo(response->jsonText()->font()).fixedPitch());
        QTest::keyClicks(response->jsonFind(), QStringLiteral("HashingFeature.1"));
        QCOMPARE(response->jsonText()->textCursor().selectedText(), QStringLiteral("HashingFeature.1"));
        const int first = response->jsonText()->textCursor().position();
        QTest::keyClick(response->jsonFind(), Qt::Key_Return);
        QVERIFY(response->jsonText()->textCursor().position() != first || text.count(QLatin1String("HashingFeature.1")) == 1);
        response->findChild<QPushButton *>(QStringLiteral("copyJson"))->click();
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("\"Results\"")));
    }

    // The dashboard counts the calls just made, by workspace and kind, and exports them.
    void usageDashboardCountsTheCallsMade()
    {
        const QUuid good = sandboxWorkspace();
        const QUuid wrong = saveWorkspace(QStringLiteral("Wrong key"), m_sandbox.url(), QStringLiteral("not-the-key"));
        QVERIFY(selectAndDescribe(good));
        QVERIFY(sendAndWait(true));
        editCell(0, 0, QStringLiteral("another day"));
        QVERIFY(sendAndWait(true));
        saveScreenshots(MainWindow::Page::RequestResponse, QStringLiteral("request-response"));
        select(wrong);
        DataTable table({QStringLiteral("Col2")});
        table.appendRow({QStringLiteral("refused")});
        page()->inputModel(0)->replaceTable(table, QStringLiteral("rows"));
        QVERIFY(sendAndWait(false));

        UsagePage *usage = m_window->usagePage();
        QSignalSpy refreshed(usage, &UsagePage::refreshed);
        m_window->showPage(MainWindow::Page::Usage);
        QVERIFY(refreshed.count() >= 1 || refreshed.wait(5000));
        QCOMPARE(usage->report().total, 3);
        QCOMPARE(usage->report().succeeded, 2);
        QCOMPARE(usage->report().clientErrors, 1);
        QCOMPARE(usage->report().workspaces, (QStringList{QStringLiteral("Sandbox"), QStringLiteral("Wrong key")}));
        QVERIFY2(usage->figuresText().contains(QLatin1String("<b>3</b> calls, 67% succeeded")), qPrintable(usage->figuresText()));
        saveScreenshots(MainWindow::Page::Usage, QStringLiteral("usage"));
        saveScreenshots(MainWindow::Page::BatchJobs, QStringLiteral("batch-jobs"));
        // The monitor's tool bar stays where it is, with parameters in the form or none: a
        // click meant for Start must not land on the list's header.
        auto *jobToolbar = m_window->batchPage()->findChild<QToolBar *>(QStringLiteral("jobToolbar"));
        const int withoutParameters = jobToolbar->mapTo(m_window.get(), QPoint()).y();
        select(good);
        QTest::qWait(100);
        QVERIFY(m_window->batchPage()->findChild<QLineEdit *>(QStringLiteral("parameter:Hashing bitsize")));
        QCOMPARE(jobToolbar->mapTo(m_window.get(), QPoint()).y(), withoutParameters);
        select(wrong);
        // Nothing selected in the monitor: its actions say so instead of doing nothing.
        auto *start = m_window->batchPage()->findChild<QAction *>(QStringLiteral("startJobAction"));
        QVERIFY(!start->isEnabled());
        QVERIFY(start->toolTip().contains(QLatin1String("Select a job")));
        // File dialogs open in the user's documents, not where the app was started from.
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_prompter.answer({QString()});
        m_window->batchPage()->findChild<QPushButton *>(QStringLiteral("browseInputButton"))->click();
        QCOMPARE(m_prompter.starts().last(), documents);
        m_window->showPage(MainWindow::Page::Usage);

        // One workspace, the last 24 hours: hourly bars, its calls only.
        usage->workspaceBox()->setCurrentIndex(usage->workspaceBox()->findText(QStringLiteral("Wrong key")));
        usage->rangeBox()->setCurrentIndex(0);
        QVERIFY(usage->report().hourly);
        QCOMPARE(usage->report().total, 1);
        QCOMPARE(usage->report().workspaces, QStringList{QStringLiteral("Wrong key")});

        // Exported twice into the same file: the second replaces the first, whole.
        const QString path = m_files->filePath(QStringLiteral("usage.csv"));
        for (int i = 0; i < 2; ++i) {
            m_prompter.answer({path});
            QSignalSpy exported(usage, &UsagePage::exported);
            usage->exportCsv();
            QVERIFY(exported.count() == 1 && exported.first().first().toBool());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("period,workspace,calls\n"));
        QCOMPARE(csv.count("period,workspace,calls"), 1);
        QVERIFY(csv.contains("client errors,1\n"));
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
