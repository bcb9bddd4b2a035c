#!/usr/bin/env python3
"""Benchmark: scoredesk-cli rrs against the guide's Python sample client, same sandbox, same run.

    bench_rrs_cli.py SCOREDESK_CLI SCOREDESK_SANDBOX [ROWS]

1. ROWS (100,000) rows, CSV in, CSV out, through both clients: each client's own CPU seconds
   (user + system) and peak resident memory, from the kernel's accounting of that one child
   (wait4), and their ratios. Both wait the same time for the server, so wall time would hide
   the difference.
2. 500 rows at "Hashing bitsize=16" (an answer of about 130 MB): the CLI's peak memory against
   the answer's size, and its wall time against the server's (the time a bare client needs to
   have the whole answer).
Prints figures and ratios; fails only when the two clients' outputs differ.
"""
import csv
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = ["This", "is", "a", "good", "day", "rain", "again", "tomorrow", "sunny", "42", "café", "model"]


def write_input(path, rows):
    state = 7
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("Col1,Col2\n")
        for i in range(rows):
            words = []
            for _ in range(6):
                state = (state * 1103515245 + 12345) & 0xFFFFFFFF
                words.append(WORDS[(state >> 16) % 12])
            handle.write(f"{i},{' '.join(words)}\n")


def measured(command, env=None):
    """Runs a command to its end; returns (exit code, CPU seconds, peak RSS in MiB, wall seconds)."""
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace")
    if process.returncode != 0:
        sys.exit(f"{command[0]} failed ({process.returncode}): {errors}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, wall


def rows_of(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def main():
    cli, sandbox_bin = sys.argv[1], sys.argv[2]
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else int(os.environ.get("SCOREDESK_BENCH_ROWS", "100000"))
    work = tempfile.mkdtemp(prefix="bench-rrs-cli-")
    sandbox = subprocess.Popen([sandbox_bin, "--port", "0", "--max-body-bytes", str(512 * 1024 * 1024)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        ready = json.loads(sandbox.stdout.readline())
        url, key = ready["url"], ready["api_key"]
        env = dict(os.environ, SD_BENCH_KEY=key)
        source = os.path.join(work, "input.csv")
        write_input(source, rows)
        print(f"1. {rows:,} rows ({os.path.getsize(source) / 1e6:.1f} MB of CSV) through the sandbox")
        python_out, cli_out = os.path.join(work, "python.csv"), os.path.join(work, "cli.csv")
        py_cpu, py_rss, _ = measured([sys.executable, os.path.join(HERE, "guide_client.py"), url, key, source, python_out])
        sd_cpu, sd_rss, _ = measured([cli, "rrs", "--url", url, "--api-key-env", "SD_BENCH_KEY", "--input", source, "--output", cli_out], env)
        if rows_of(python_out) != rows_of(cli_out):
            sys.exit("FAIL: scoredesk-cli's output differs from the guide client's")
        print(f"   {'':28} {'CPU s':>8} {'peak MiB':>9}")
        print(f"   {'guide client (Python)':28} {py_cpu:8.2f} {py_rss:9.1f}")
        print(f"   {'scoredesk-cli rrs':28} {sd_cpu:8.2f} {sd_rss:9.1f}")
        print(f"   ratio CPU {sd_cpu / py_cpu:.2f}x, peak memory {sd_rss / py_rss:.2f}x (goal: 0.5x or less); outputs identical")

        # 2. A very wide answer.
        wide = os.path.join(work, "wide.csv")
        write_input(wide, 500)
        with open(wide, newline="", encoding="utf-8") as handle:
            table = list(csv.reader(handle))
        body = json.dumps({"Inputs": {"input1": {"ColumnNames": table[0], "Values": table[1:]}},
                           "GlobalParameters": {"Hashing bitsize": "16"}}).encode()
        parsed = urllib.parse.urlparse(url)
        start = time.monotonic()
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=600)
        connection.request("POST", parsed.path + "/execute?api-version=2.0&details=true", body,
                           {"Authorization": "Bearer " + key, "Content-Type": "application/json"})
        answer = connection.getresponse().read()
        server = time.monotonic() - start
        wide_out = os.path.join(work, "wide-out.csv")
        _, wide_rss, wide_wall = measured([cli, "rrs", "--url", url, "--api-key-env", "SD_BENCH_KEY", "--input", wide, "--param",
                                           "Hashing bitsize=16", "--output", wide_out], env)
        answer_mib = len(answer) / 1048576
        decoded = json.loads(answer)["Results"]["output1"]["value"]
        written = rows_of(wide_out)
        if written[0] != decoded["ColumnNames"] or len(written) != len(decoded["Values"]) + 1 or written[1] != decoded["Values"][0]:
            sys.exit("FAIL: the wide answer was not written as the service sent it")
        print(f"2. 500 rows at Hashing bitsize=16: an answer of {answer_mib:.0f} MiB, {os.path.getsize(wide_out) / 1048576:.0f} MiB as CSV")
        print(f"   scoredesk-cli: peak {wide_rss:.0f} MiB = {wide_rss / answer_mib:.2f}x the answer (goal: 2x or less); "
              f"{wide_wall:.1f} s against the server's {server:.1f} s = {wide_wall / server:.2f}x (goal: 2x or less)")
    finally:
        sandbox.terminate()
        sandbox.wait()


if __name__ == "__main__":
    main()
