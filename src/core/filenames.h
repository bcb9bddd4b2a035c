#pragma once

#include <QString>

namespace ScoreDesk {

// A name from outside (a service's output name, a workspace name, a job id) as one safe file
// name: separators, control characters and characters that some systems refuse become '_',
// leading dots and spaces go, and the result is never empty, never "." or "..", never a
// reserved device name, and at most 120 characters. It can only ever name a file inside the
// folder it is put in.
QString safeFileName(const QString &name);

} // namespace ScoreDesk
