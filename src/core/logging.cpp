#include "logging.h"

Q_LOGGING_CATEGORY(lcTable, "scoredesk.table", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "scoredesk.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "scoredesk.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "scoredesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "scoredesk.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "scoredesk.history", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "scoredesk.jobs", QtInfoMsg)
