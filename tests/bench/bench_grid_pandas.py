#!/usr/bin/env python3
"""Benchmark: a 1,000,000-row, 10-column CSV (about 100 MB) in ScoreDesk's input grid and in a
results grid, against pandas.read_csv on the same file in the same run (Debian's python3-pandas).

    bench_grid_pandas.py BENCH_GRID_LOAD [ROWS]

pandas: the time read_csv takes, and the peak resident memory of its process. ScoreDesk: the time
from "Import CSV" to the grid showing every row (bench_grid_load, the real window offscreen, one
process per grid), the peak memory with the table open, and the longest time the GUI thread was
blocked while opening, scrolling to the end, sorting (results grid) and copying. Prints figures
and ratios; fails only when a grid does not show the file's rows.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

# Debian's interpreter, which has python3-pandas (a python3 earlier in PATH may not).
PANDAS_PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
CITIES = ["Istanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Adana", "Gaziantep", "Kayseri", "Mersin", "Eskişehir", "Trabzon"]
WORDS = ["good", "day", "rain", "again", "tomorrow", "sunny", "model", "score", "café", "value", "high", "low", "customer", "returned"]


def write_input(path, rows):
    """Model inputs as people keep them: ids, ints, money, probabilities, categories, cities,
    booleans, dates and a short free text."""
    rng = random.Random(11)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("id,age,income,score,segment,city,active,signup,comment,label\n")
        lines = []
        for i in range(rows):
            lines.append(f"{i},{rng.randint(18, 90)},{rng.randint(1000, 250000) / 100},{rng.random():.6f},{rng.choice('ABCDE')},"
                         f"{rng.choice(CITIES)},{rng.choice(('true', 'false'))},2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},"
                         f"\"{' '.join(rng.choices(WORDS, k=rng.randint(2, 6)))}\",{rng.randint(0, 1)}\n")
            if len(lines) == 10000:
                handle.write("".join(lines))
                lines.clear()
        handle.write("".join(lines))


PANDAS_CHILD = """
import sys, time, pandas
start = time.monotonic()
frame = pandas.read_csv(sys.argv[1])
print(time.monotonic() - start, len(frame), len(frame.columns))
"""


def run_pandas(path):
    process = subprocess.Popen([PANDAS_PYTHON, "-c", PANDAS_CHILD, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    out, err = process.stdout.read().decode(), process.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: pandas failed (is python3-pandas installed?): {err.strip()}")
    seconds, rows, columns = out.split()
    return float(seconds) * 1000, int(rows), usage.ru_maxrss / 1024.0


def run_grid(tool, path, rows, grid):
    result = subprocess.run([tool, path, str(rows), grid], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: the {grid} grid: {result.stderr.strip()[-500:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    tool = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else int(os.environ.get("SCOREDESK_BENCH_GRID_ROWS", "1000000"))
    work = tempfile.mkdtemp(prefix="bench-grid-")
    path = os.path.join(work, "big.csv")
    write_input(path, rows)
    pandas_ms, pandas_rows, pandas_mib = run_pandas(path)
    if pandas_rows != rows:
        sys.exit(f"bench: pandas read {pandas_rows} rows of {rows}")
    print(f"{rows:,} rows x 10 columns ({os.path.getsize(path) / 1e6:.0f} MB of CSV)")
    print(f"   pandas.read_csv: {pandas_ms:7.0f} ms, peak {pandas_mib:6.0f} MiB")
    for grid in ("input", "results"):
        figures = run_grid(tool, path, rows, grid)
        blocked = max(figures["open_blocked_ms"], figures["scroll_blocked_ms"], figures["sort_blocked_ms"], figures["copy_blocked_ms"])
        print(f"   {grid + ' grid:':16} {figures['open_ms']:7.0f} ms, peak {figures['open_peak_mib']:6.0f} MiB open"
              f" ({figures['peak_mib']:.0f} MiB after the copy)"
              f"; sort {figures['sort_ms']:.0f} ms, copy {figures['copy_ms']:.0f} ms")
        print(f"      time {figures['open_ms'] / pandas_ms:.2f}x pandas', memory {figures['open_peak_mib'] / pandas_mib:.2f}x (goal: 1.0x or less); "
              f"longest GUI block {blocked:.0f} ms (open {figures['open_blocked_ms']:.0f}, scroll {figures['scroll_blocked_ms']:.0f}, "
              f"sort {figures['sort_blocked_ms']:.0f}, copy {figures['copy_blocked_ms']:.0f}; goal: 50 ms or less)")
    os.remove(path)


if __name__ == "__main__":
    main()
