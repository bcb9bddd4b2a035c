#include "guihelpers.h"
#include "sandboxprocess.h"
#include "scriptedprompter.h"

#include "appcontext.h"
#include "batch/batchjobform.h"
#include "batch/batchpage.h"
#include "mainwindow.h"
#include "rrs/inputgridview.h"
#include "rrs/responsepanel.h"
#include "rrs/rrspage.h"

#include "core/workspace/memorysecretstore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// The three tasks a user comes for, with the keyboard alone: add a workspace, send a grid,
// run a batch job. Only key presses reach the window (shortcuts, mnemonics, Tab, typing), and
// each step presses keys on whatever has the focus, as a user's keyboard does.
class TestKeyboard : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{{QStringLiteral("--job-delay-ms"), QStringLiteral("300")}};
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    ScriptedPrompter m_prompter;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    // Keys go to the widget with the focus, or to the active window when none has it.
    static QWidget *keyTarget()
    {
        QWidget *focus = QApplication::focusWidget();
        return focus ? focus : QApplication::activeWindow();
    }
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(keyTarget(), Qt::Key(key), modifiers);
        QApplication::processEvents();
    }
    // Character by character, each to whatever has the focus then: the first key typed on a
    // grid opens an editor, which takes the rest.
    static void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClicks(keyTarget(), QString(c));
    }

    // Presses Tab until a widget that `reached` accepts has the focus; false after a full round.
    static bool tabTo(const std::function<bool(QWidget *)> &reached)
    {
        for (int i = 0; i < 60; ++i) {
            if (QApplication::focusWidget() && reached(QApplication::focusWidget()))
                return true;
            press(Qt::Key_Tab);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        QVERIFY2(!qEnvironmentVariableIsEmpty("SCOREDESK_TEST_STORAGE"), "run inside scripts/harness.sh (Azurite)");
        m_context = std::make_unique<AppContext>(AppFiles::in(m_dir.filePath(QStringLiteral("app"))), &m_secrets);
        m_context->setPrompter(&m_prompter);
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        activate(m_window.get());
    }

    void addAWorkspace()
    {
        bool typed = false;
        QString firstFocus;
        QString stuck;
        whenModalAppears([&](QWidget *dialog) {
            activate(dialog);
            firstFocus = QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
            type(QStringLiteral("Keyboard sandbox"));
            press(Qt::Key_L, Qt::AltModifier); // API &location
            type(m_sandbox.url().toString());
            press(Qt::Key_H, Qt::AltModifier); // allow plain &http:// (the sandbox is on loopback)
            QTest::qWait(200); // a mnemonic clicks a check box the way a mouse does: after a moment
            press(Qt::Key_K, Qt::AltModifier); // API &key
            type(m_sandbox.apiKey());
            press(Qt::Key_T, Qt::AltModifier); // S&torage connection
            type(qEnvironmentVariable("SCOREDESK_TEST_STORAGE"));
            press(Qt::Key_R, Qt::AltModifier); // Default containe&r
            type(QStringLiteral("keyboard-jobs"));
            typed = true;
            press(Qt::Key_Return); // Save, the dialog's default button
            // Should Save not close it, the test must not hang on the dialog: it says what the
            // dialog said and closes it.
            QTimer::singleShot(5000, dialog, [&, dialog] {
                if (!dialog->isVisible())
                    return;
                for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
                    stuck += edit->objectName() + QLatin1Char('=') + (edit->echoMode() == QLineEdit::Normal ? edit->text() : QString::number(edit->text().size())) + QLatin1Char(' ');
                for (QLabel *label : dialog->findChildren<QLabel *>())
                    stuck += label->text() + QLatin1Char(' ');
                QMetaObject::invokeMethod(dialog, "reject");
            });
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier); // File ▸ New Workspace
        activate(m_window.get()); // what the window manager does once a dialog closes
        QVERIFY(typed);
        QVERIFY2(stuck.isEmpty(), qPrintable(stuck));
        QCOMPARE(firstFocus, QStringLiteral("nameEdit")); // the dialog starts at its first field
        QVERIFY(QTest::qWaitFor([&] { return m_context->workspaces()->store()->findByName(QStringLiteral("Keyboard sandbox")); }, 10000));
        const Workspace saved = *m_context->workspaces()->store()->findByName(QStringLiteral("Keyboard sandbox"));
        QCOMPARE(saved.apiLocation, m_sandbox.url().toString());
        QVERIFY(saved.allowPlainHttp);
        QCOMPARE(saved.defaultContainer, QStringLiteral("keyboard-jobs"));
        QString apiKey;
        bool read = false;
        m_secrets.read(saved.id, SecretKind::ApiKey, this, [&](const SecretResult &result) {
            apiKey = result.value;
            read = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return read; }, 5000));
        QCOMPARE(apiKey, m_sandbox.apiKey());
    }

    void sendAGrid()
    {
        QSignalSpy described(m_window->rrsPage(), &RrsPage::schemaLoaded);
        press(Qt::Key_2, Qt::ControlModifier); // View ▸ Request / Response
        QCOMPARE(m_window->currentPage(), MainWindow::Page::RequestResponse);
        QVERIFY(described.count() > 0 || described.wait(10000));
        QVERIFY2(tabTo([](QWidget *widget) { return qobject_cast<InputGridView *>(widget) != nullptr; }), "Tab never reached the grid");
        auto *grid = qobject_cast<InputGridView *>(QApplication::focusWidget());
        // The first cell holds the description's example; the text column is written anew.
        press(Qt::Key_Home, Qt::ControlModifier);
        const int textColumn = grid->model()->columnCount() - 1;
        for (int i = 0; i < textColumn; ++i)
            press(Qt::Key_Right);
        type(QStringLiteral("typed with the keyboard"));
        press(Qt::Key_Return);
        QCOMPARE(grid->model()->index(0, textColumn).data().toString(), QStringLiteral("typed with the keyboard"));

        QSignalSpy finished(m_window->rrsPage(), &RrsPage::callFinished);
        press(Qt::Key_Return, Qt::ControlModifier); // Send
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY2(m_window->rrsPage()->response()->statusText().contains(QStringLiteral("200")), qPrintable(m_window->rrsPage()->response()->statusText()));
    }

    void runABatchJob()
    {
        const QString input = m_dir.filePath(QStringLiteral("keyboard-input.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Col1,Col2\n1,This is a good day\n2,another day\n");
        file.close();
        const QString downloads = m_dir.filePath(QStringLiteral("keyboard-outputs"));

        press(Qt::Key_3, Qt::ControlModifier); // View ▸ Batch Jobs
        QCOMPARE(m_window->currentPage(), MainWindow::Page::BatchJobs);
        BatchPage *page = m_window->batchPage();
        QTRY_COMPARE(page->form()->containerEdit()->text(), QStringLiteral("keyboard-jobs")); // the workspace's default
        press(Qt::Key_I, Qt::AltModifier); // &Input file
        QCOMPARE(QApplication::focusWidget(), page->inputEdit());
        type(input);
        press(Qt::Key_D, Qt::AltModifier); // &Download to
        QCOMPARE(QApplication::focusWidget(), page->outputEdit());
        press(Qt::Key_A, Qt::ControlModifier);
        type(downloads);

        QSignalSpy submitted(page, &BatchPage::submitted);
        press(Qt::Key_U, Qt::AltModifier); // &Upload and Submit
        QVERIFY(submitted.wait(30000));
        const QString jobId = submitted.first().first().toString();
        QVERIFY(QTest::qWaitFor([&] {
            const auto job = m_context->jobs()->job(jobId);
            return job && !job->downloads.isEmpty();
        }, 60000));
        const QString output = m_context->jobs()->job(jobId)->downloads.begin().value().toString();
        QVERIFY2(QFile::exists(output), qPrintable(output));
        QVERIFY(QDir::cleanPath(output).startsWith(QDir::cleanPath(downloads)));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
