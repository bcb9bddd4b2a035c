#pragma once

#include "core/jobs/jobrecord.h"

#include <QString>

namespace ScoreDesk::App {

// A job in words, for the details pane: its state, times, input, output folder and the exact
// files downloaded, why it failed (or that the user cancelled it), and its last status with
// any SAS masked.
QString jobDetailsText(const JobRecord &record);

// One line for the message bar and the desktop notification when a job ends.
QString jobOutcomeText(const JobRecord &record, bool succeeded);

} // namespace ScoreDesk::App
