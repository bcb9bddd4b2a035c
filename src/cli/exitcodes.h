#pragma once

namespace ScoreDesk::Cli {

// The CLI's contract with scripts; documented in the README and `scoredesk-cli --help`.
enum ExitCode : int {
    Success = 0,
    Failure = 1,  // anything not covered below (e.g. cannot write the output file)
    UsageError = 2, // bad arguments or bad input file; the message names file, line and column
    Rejected = 3, // the service or gateway answered with an error
    NetworkError = 4, // network, TLS or timeout: nothing was decided by the service
    KeychainError = 5, // the system keychain is unavailable or refused; nothing was stored
};

} // namespace ScoreDesk::Cli
