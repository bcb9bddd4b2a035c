#include "englishplurals.h"

#include "logging.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ScoreDesk {

void installEnglishPlurals(QCoreApplication *application)
{
    auto *plurals = new QTranslator(application);
    if (plurals->load(QStringLiteral(":/i18n/scoredesk_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        qCWarning(lcTable) << "the English plural forms are missing from the build";
}

} // namespace ScoreDesk
