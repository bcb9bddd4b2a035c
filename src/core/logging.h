#pragma once

#include <QLoggingCategory>

// One category per core module, so a user can turn on exactly the noise they need with
// QT_LOGGING_RULES="scoredesk.http.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTable)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcService)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
