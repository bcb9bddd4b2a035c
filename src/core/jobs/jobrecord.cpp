#include "jobrecord.h"

#include "../http/redactor.h"

namespace ScoreDesk {

void JobRecord::applyStatus(const BesStatus &status, const QByteArray &body)
{
    state = status.state;
    details = status.details;
    // Result links carry a SAS, a credential: the stored copy has it masked (a resumed download
    // asks for a fresh status, with fresh links, anyway).
    lastStatus = Redactor().redact(body);
    if (state == BesJobState::Running && !startedAt.isValid())
        startedAt = QDateTime::currentDateTimeUtc();
    if (isFinalState(state) && !finishedAt.isValid())
        finishedAt = QDateTime::currentDateTimeUtc();
}

} // namespace ScoreDesk
