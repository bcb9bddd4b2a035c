#include "guihelpers.h"
#include "sandboxprocess.h"

#include "appcontext.h"
#include "mainwindow.h"
#include "workspaces/workspacespage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// With no keychain reachable (ctest points D-Bus at nothing for this test), the page says
// so, the user chooses session-only keys, and the workspace works without any key on disk.
class TestKeychainBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sessionOnlyKeysWhenNoKeychain()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir dir;
        AppContext context(AppFiles::in(dir.path()), nullptr);
        MainWindow window(&context);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *banner = window.findChild<QFrame *>(QStringLiteral("keychainBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        auto *bannerText = banner->findChild<QLabel *>(QStringLiteral("keychainBannerText"));
        QVERIFY2(bannerText->text().contains(QLatin1String("No system keychain")), qPrintable(bannerText->text()));
        const QString out = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR");
        if (!out.isEmpty())
            window.grab().save(out + QStringLiteral("/keychain-banner.png"));

        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("sessionOnlyButton")), Qt::LeftButton);
        QVERIFY(context.usesSessionOnlySecrets());
        QVERIFY(bannerText->text().contains(QLatin1String("this session only")));

        whenModalAppears([&](QWidget *dialog) {
            QVERIFY(dialog->findChild<QGroupBox *>(QStringLiteral("secretsGroup"))->title().contains(QLatin1String("session only")));
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Offline sandbox"));
            dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(sandbox.url().toString());
            dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(sandbox.apiKey());
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        window.workspacesPage()->addWorkspace();
        QCOMPARE(context.workspaces()->store()->workspaces().size(), 1);

        QSignalSpy tested(window.workspacesPage(), &WorkspacesPage::connectionTestFinished);
        window.workspacesPage()->testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY(tested.first().first().toBool());

        // The definition was saved; the key was not, in any file of the folder (the workspace
        // list, the history and the job list).
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(sandbox.apiKey().toUtf8()), qPrintable(file.fileName()));
            files.append(QFileInfo(file).fileName());
        }
        QVERIFY2(files.contains(QStringLiteral("workspaces.json")), qPrintable(files.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestKeychainBanner)
#include "tst_keychainbanner.moc"
