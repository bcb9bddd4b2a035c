// scoredesk-desk-driver FOLDER [--submit INPUT OUTPUT-FOLDER]
//
// Opens ScoreDesk's desk on the files in FOLDER (keys from the system keychain) on its Batch
// Jobs page, the first workspace chosen; with --submit it fills the new-job form and presses
// Upload and Submit, as a user would. Then it runs until it is killed: the app's own code in a
// process of its own, for tests that kill it for real (SIGKILL) and start it again.

#include "appcontext.h"
#include "batch/batchjobform.h"
#include "batch/batchpage.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace ScoreDesk::App;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: scoredesk-desk-driver FOLDER [--submit INPUT OUTPUT-FOLDER]\n");
        return 2;
    }
    std::signal(SIGTERM, [](int) { _exit(0); });
    AppContext context(AppFiles::in(arguments.at(1)), nullptr);
    MainWindow window(&context);
    window.resize(1100, 700);
    window.show();
    window.showPage(MainWindow::Page::BatchJobs);
    if (arguments.size() >= 5 && arguments.at(2) == QLatin1String("--submit")) {
        BatchPage *page = window.batchPage();
        auto *tries = new int(0);
        auto *timer = new QTimer(&app);
        QObject::connect(timer, &QTimer::timeout, &app, [=] {
            // Once the workspace is chosen (and the form can submit), as a user would.
            if (!page->form()->submitButton()->isEnabled() && ++*tries < 500)
                return;
            timer->stop();
            page->inputEdit()->setText(arguments.at(3));
            page->outputEdit()->setText(arguments.at(4));
            page->startNowCheck()->setChecked(true);
            page->form()->submitButton()->click();
            std::printf("submitted\n");
            std::fflush(stdout);
        });
        timer->start(20);
    }
    return app.exec();
}
