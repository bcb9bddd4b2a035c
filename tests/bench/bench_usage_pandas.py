#!/usr/bin/env python3
"""Benchmark: the Usage page with a year of history (100,000 calls) against pandas on the same
SQLite file in the same run (Debian's python3-pandas), which is what one would otherwise use
to get the same figures out of the history.

    bench_usage_pandas.py BENCH_USAGE [ROWS]

ScoreDesk: the time from showing the Usage page (last 30 days, every workspace) to its charts
being drawn, and switching it to one workspace's last 24 hours. pandas: reading the calls of the
last 30 days from the file and computing the same figures (calls per day and workspace,
outcomes by kind, latency median and 95th percentile, time waited). Prints figures and ratios;
fails only when the two disagree on the number of calls.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

PANDAS_PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable

PANDAS_SCRIPT = r"""
import json, sqlite3, sys, time
import pandas as pd
path, since = sys.argv[1], sys.argv[2]
start = time.perf_counter()
with sqlite3.connect(path) as db:
    calls = pd.read_sql_query("SELECT started_at, workspace_name, status, error, latency_ms, retries, waited_ms FROM calls WHERE started_at >= ?", db, params=(since,))
calls["day"] = calls["started_at"].str.slice(0, 10)
per_day = calls.groupby(["day", "workspace_name"]).size()
ok = (calls["status"].between(200, 299)) & (calls["error"].fillna("") == "")
kinds = {
    "succeeded": int(ok.sum()),
    "throttled": int(calls["status"].isin([429, 503]).sum()),
    "client": int(((calls["status"] >= 400) & (calls["status"] < 500) & (calls["status"] != 429)).sum()),
    "server": int(((calls["status"] >= 500) & (calls["status"] != 503)).sum()),
    "none": int((calls["status"] == 0).sum()),
}
p50, p95 = calls["latency_ms"].quantile([0.5, 0.95])
waited = int(calls["waited_ms"].sum())
elapsed = (time.perf_counter() - start) * 1000
print(json.dumps({"ms": elapsed, "calls": len(calls), "buckets": len(per_day), "p50": p50, "p95": p95}))
"""


def main():
    bench = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        ours = json.loads(subprocess.run([bench, folder, str(rows)], check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
        # The same 30 days the page showed: from midnight 29 days ago.
        since = time.strftime("%Y-%m-%dT00:00:00.000", time.localtime(time.time() - 29 * 86400))
        pandas = json.loads(subprocess.run([PANDAS_PYTHON, "-c", PANDAS_SCRIPT, os.path.join(folder, "history.sqlite"), since],
                                           check=True, capture_output=True, text=True).stdout)
    print(f"history: {rows:,} calls over a year (written in {ours['fill_ms']} ms)")
    print(f"ScoreDesk Usage page, last 30 days, every workspace: {ours['open_month_ms']} ms ({ours['month_calls']:,} calls)")
    print(f"ScoreDesk Usage page, one workspace, last 24 hours:  {ours['day_one_workspace_ms']} ms")
    print(f"pandas, the same figures from the same file:         {pandas['ms']:.0f} ms ({pandas['calls']:,} calls)")
    print(f"ratio pandas / ScoreDesk (30 days): {pandas['ms'] / max(1, ours['open_month_ms']):.1f}x")
    print(f"target: the page opens in under a second: {'yes' if ours['open_month_ms'] < 1000 else 'NO'}")
    if pandas["calls"] != ours["month_calls"]:
        print(f"the counts disagree: pandas {pandas['calls']}, ScoreDesk {ours['month_calls']}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
