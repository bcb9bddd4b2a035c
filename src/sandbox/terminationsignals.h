#pragma once

class QCoreApplication;

namespace ScoreDesk::Sandbox {

// SIGTERM and SIGINT end the event loop the ordinary way, so that the sandbox stops with exit
// code 0, its destructors run and the sanitizers' leak check sees a clean exit. The handler only
// writes a byte to a pipe (all a signal handler may safely do); the loop reads it and quits.
void quitOnTerminationSignals(QCoreApplication *app);

} // namespace ScoreDesk::Sandbox
