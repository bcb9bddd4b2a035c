#pragma once

#include "core/jobs/jobrecord.h"

#include <QString>

namespace ScoreDesk::App {

// A job's state in words ("Not started", not the service's "NotStarted").
QString jobStateText(BesJobState state);

// What a user wants to know about a job first, as rich text: its state in words (a cancel of
// one's own said as such), its times, its input, its outputs as links, and why it failed.
QString jobSummaryHtml(const JobRecord &record);

// The service's last status document, indented, the SAS signatures in it masked.
QString jobRawStatusText(const JobRecord &record);

// The text of the notification when a job ends.
QString jobOutcomeText(const JobRecord &record, bool succeeded);

// Why an action cannot act on the job now, or empty when it can.
QString whyNotStart(const JobRecord &record);
QString whyNotCancel(const JobRecord &record);
QString whyNotDownload(const JobRecord &record);

} // namespace ScoreDesk::App
