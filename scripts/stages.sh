# Stages of a long script, timed: each runs in the foreground (stage) or in the background
# (stage_bg, joined later by stage_wait), and print_stage_table shows them all with their wall
# time at the end. A failed stage marks the run failed (STAGES_FAILED) without stopping the
# stages after it; a failed background stage shows its log when it is joined. Sourced, not run;
# needs lib.sh's say.

STAGES_FAILED=0
STAGE_ROWS=()
STAGE_LOG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/scoredesk-stages.XXXXXX")"
declare -A STAGE_BG_PIDS=()
STAGES_STARTED=$SECONDS

# stage NAME COMMAND [ARGS...]: runs COMMAND now; its output goes to the terminal.
stage() {
    local name="$1" start=$SECONDS status=0
    shift
    say "[$(stage_clock)] $name"
    "$@" || status=$?
    stage_record "$name" "$((SECONDS - start))" "$status" foreground
    return 0
}

# stage_bg NAME COMMAND [ARGS...]: starts COMMAND in the background, its output in a log.
# The subshell records its own duration, so that the table shows the time the step took,
# not the time until someone joined it.
stage_bg() {
    local name="$1" log
    shift
    log="$STAGE_LOG_DIR/$(stage_file_name "$name").log"
    say "[$(stage_clock)] $name (in the background, log in $log)"
    (
        start=$SECONDS
        status=0
        "$@" >"$log" 2>&1 </dev/null || status=$?
        printf '%s\t%s\n' "$((SECONDS - start))" "$status" >"$log.done"
        exit "$status"
    ) &
    STAGE_BG_PIDS["$name"]=$!
}

# stage_wait NAME: waits for a background stage; on failure prints the end of its log.
stage_wait() {
    local name="$1" log waited_from=$SECONDS
    log="$STAGE_LOG_DIR/$(stage_file_name "$name").log"
    wait "${STAGE_BG_PIDS[$name]}" 2>/dev/null || true
    unset 'STAGE_BG_PIDS[$name]'
    local took="?" status=1
    [ -f "$log.done" ] && IFS=$'\t' read -r took status <"$log.done"
    stage_record "$name" "$took" "$status" "background, joined after $((SECONDS - waited_from)) s of waiting"
    if [ "$status" -ne 0 ]; then
        say "$name FAILED (exit status $status); the end of its log:"
        tail -n 40 "$log" >&2
    fi
}

# Joins every background stage that is still running (for an early exit or the end).
stage_wait_all() {
    local name
    for name in "${!STAGE_BG_PIDS[@]}"; do stage_wait "$name"; done
}

stage_record() {
    local name="$1" took="$2" status="$3" how="$4"
    [ "$status" -eq 0 ] || STAGES_FAILED=1
    STAGE_ROWS+=("$(printf '%-44s %7s s  %-6s %s' "$name" "$took" "$([ "$status" -eq 0 ] && echo ok || echo FAILED)" "$how")")
}

print_stage_table() {
    local row
    printf '\n%-44s %9s  %-6s %s\n' "stage" "wall time" "result" "how" >&2
    for row in "${STAGE_ROWS[@]}"; do printf '%s\n' "$row" >&2; done
    printf '%-44s %7s s\n\n' "whole run" "$((SECONDS - STAGES_STARTED))" >&2
}

stage_clock() {
    local elapsed=$((SECONDS - STAGES_STARTED))
    printf '%02d:%02d' $((elapsed / 60)) $((elapsed % 60))
}

stage_file_name() { tr -c 'A-Za-z0-9\n' '_' <<<"$1"; }
