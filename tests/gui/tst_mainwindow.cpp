#include "guihelpers.h"
#include "appcontext.h"
#include "emptystatepage.h"
#include "batch/batchpage.h"
#include "rrs/rrspage.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "workspaces/workspacespage.h"

#include "core/workspace/memorysecretstore.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ScoreDesk::MemorySecretStore;
using ScoreDesk::App::AppContext;
using ScoreDesk::App::AppFiles;
using ScoreDesk::App::EmptyStatePage;
using ScoreDesk::App::MainWindow;
using Page = MainWindow::Page;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<AppContext> m_context;

    static QAction *actionWithShortcut(QWidget *window, const QKeySequence &sequence)
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcut() == sequence)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ScoreDesk-test"));
        QApplication::setApplicationName(QStringLiteral("scoredesk-gui-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_context = std::make_unique<AppContext>(AppFiles::in(m_dir.path()), &m_secrets);
    }

    void titleAndPages()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("ScoreDesk"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), int(Page::Count));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Workspaces"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Request / Response"));
        QCOMPARE(navigation->item(2)->text(), QStringLiteral("Batch Jobs"));
        // Icons come from the resources linked into the app library.
        for (int i = 0; i < navigation->count(); ++i)
            QVERIFY2(!navigation->item(i)->icon().pixmap(24, 24).isNull(), qPrintable(navigation->item(i)->text()));
        QVERIFY(!window.windowIcon().isNull());
        QCOMPARE(window.currentPage(), Page::Workspaces);
        QCOMPARE(window.pageWidget(Page::Workspaces), window.workspacesPage());
        QCOMPARE(window.pageWidget(Page::BatchJobs), window.batchPage());
        QCOMPARE(window.pageWidget(Page::RequestResponse), window.rrsPage());
    }

    void navigationListSwitchesPages()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        const QRect third = navigation->visualItemRect(navigation->item(int(Page::BatchJobs)));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, third.center());
        QCOMPARE(window.currentPage(), Page::BatchJobs);
        QCOMPARE(pages->currentWidget(), window.pageWidget(Page::BatchJobs));
    }

    void keyboardShortcutsSwitchPages()
    {
        MainWindow window(m_context.get());
        window.show();
        activate(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(actionWithShortcut(&window, QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Page::RequestResponse);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Page::BatchJobs);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Page::Workspaces);
    }

    // View ▸ Language keeps the choice for the next start and says so; System Language forgets it.
    void languageChoiceIsKeptForTheNextStart()
    {
        MainWindow window(m_context.get());
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList names;
        for (QAction *action : menu->actions())
            names.append(action->text());
        QCOMPARE(names, (QStringList{QStringLiteral("System Language"), QStringLiteral("English"), QStringLiteral("Türkçe")}));
        QVERIFY(menu->actions().first()->isChecked());
        menu->actions().at(2)->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("tr"));
        QCOMPARE(ScoreDesk::App::effectiveUiLanguage(), QStringLiteral("tr"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("The language changes when ScoreDesk starts again."));
        menu->actions().at(1)->trigger();
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("ScoreDesk speaks this language already."));
        menu->actions().at(0)->trigger();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        MainWindow again(m_context.get());
        QVERIFY(again.findChild<QMenu *>(QStringLiteral("languageMenu"))->actions().first()->isChecked());
    }

    void geometryIsRemembered()
    {
        {
            MainWindow window(m_context.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Above the window's minimum width, inside the offscreen screen (800×600): Qt 6.8 fits a
            // restored window to its screen.
            window.resize(790, 560);
            QTRY_COMPARE(window.size(), QSize(790, 560));
            window.close();
        }
        MainWindow again(m_context.get());
        QCOMPARE(again.size(), QSize(790, 560));
    }

    void rendersSomething()
    {
        MainWindow window(m_context.get());
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        // Not one flat colour: the navigation, icons and text were painted.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY(colours.size() > 10);
        const QString out = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR");
        if (!out.isEmpty())
            QVERIFY(shot.save(out + QStringLiteral("/mainwindow.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
