#include "appcontext.h"
#include "mainwindow.h"

#include "uilanguage.h"

#include <QApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    // Answered before QApplication exists: `scoredesk --version` works without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::puts("scoredesk " SCOREDESK_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::puts("Usage: scoredesk [--version] [Qt options]\n"
                      "ScoreDesk calls, tests and runs machine-learning scoring web services.\n"
                      "Scripts: see scoredesk-cli --help. A local service to try it: scoredesk-sandbox --help.");
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ScoreDesk"));
    QApplication::setOrganizationName(QStringLiteral("ScoreDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SCOREDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.scoredesk.scoredesk"));

    ScoreDesk::App::installUiTranslators(&app); // View ▸ Language, or the system's

    ScoreDesk::App::AppContext context(ScoreDesk::App::AppFiles::standard(), nullptr);
    ScoreDesk::App::MainWindow window(&context);
    window.show();
    return app.exec();
}
