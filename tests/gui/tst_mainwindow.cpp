#include "emptystatepage.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using ScoreDesk::App::EmptyStatePage;
using ScoreDesk::App::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

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
    }

    void titleAndPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("ScoreDesk"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), int(MainWindow::PageCount));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Workspaces"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Request / Response"));
        QCOMPARE(navigation->item(2)->text(), QStringLiteral("Batch Jobs"));
        // Icons come from the resources linked into the app library.
        for (int i = 0; i < navigation->count(); ++i)
            QVERIFY2(!navigation->item(i)->icon().pixmap(24, 24).isNull(), qPrintable(navigation->item(i)->text()));
        QVERIFY(!window.windowIcon().isNull());
        QCOMPARE(window.currentPage(), MainWindow::WorkspacesPage);
        auto *page = qobject_cast<EmptyStatePage *>(window.pageWidget(MainWindow::WorkspacesPage));
        QVERIFY(page);
        QVERIFY(page->guidance().contains(QLatin1String("keychain")));
    }

    void navigationListSwitchesPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        const QRect third = navigation->visualItemRect(navigation->item(MainWindow::BatchJobsPage));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, third.center());
        QCOMPARE(window.currentPage(), MainWindow::BatchJobsPage);
        QCOMPARE(pages->currentWidget(), window.pageWidget(MainWindow::BatchJobsPage));
    }

    void keyboardShortcutsSwitchPages()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(actionWithShortcut(&window, QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::RequestResponsePage);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::BatchJobsPage);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::WorkspacesPage);
    }

    void geometryIsRemembered()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 600);
            QTRY_COMPARE(window.size(), QSize(900, 600));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(900, 600));
    }

    void rendersSomething()
    {
        MainWindow window;
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
