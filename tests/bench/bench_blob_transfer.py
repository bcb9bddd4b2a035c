#!/usr/bin/env python3
"""Benchmark: scoredesk-cli blob upload/download against Microsoft's Storage SDK for JavaScript
(@azure/storage-blob, pinned in sdk/package-lock.json, uploadFile and downloadToFile with their
defaults), same Azurite, same run.

    bench_blob_transfer.py SCOREDESK_CLI        (Azurite at SCOREDESK_TEST_BLOB_ENDPOINT)

Moves SCOREDESK_BENCH_BLOB_MIB (512) MiB up and down with each, alternately, best of two rounds;
prints each one's throughput and peak resident memory (the kernel's accounting of that one
child) and the throughput ratios. Fails only when bytes that come back differ from the file.
"""
import hashlib
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# Azurite's well-known development account.
ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def measured(command, env):
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    errors = process.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command[:3])} failed: {errors}")
    return wall, usage.ru_maxrss / 1024.0


def md5_of(path):
    digest = hashlib.md5()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def main():
    cli = sys.argv[1]
    endpoint = os.environ.get("SCOREDESK_TEST_BLOB_ENDPOINT")
    if not endpoint:
        sys.exit("bench: SCOREDESK_TEST_BLOB_ENDPOINT is not set (run through scripts/harness.sh)")
    if not os.path.isdir(os.path.join(HERE, "sdk", "node_modules")):
        sys.exit("bench: the SDK is not installed (scripts/test.sh installs it into tests/bench/sdk)")
    mib = int(os.environ.get("SCOREDESK_BENCH_BLOB_MIB", "512"))
    connection = f"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={ACCOUNT_KEY};BlobEndpoint={endpoint};"
    env = dict(os.environ, SD_BENCH_STORAGE=connection)
    work = tempfile.mkdtemp(prefix="bench-blob-")
    source = os.path.join(work, "source.bin")
    with open(source, "wb") as handle:
        for _ in range(mib):
            handle.write(os.urandom(1 << 20))
    expected = md5_of(source)
    node = ["node", os.path.join(HERE, "sdk", "transfer.mjs")]
    best = {}

    def record(key, wall, rss):
        old = best.get(key)
        best[key] = (min(wall, old[0]) if old else wall, max(rss, old[1]) if old else rss)

    for round_ in range(2):
        for who in ("sdk", "cli"):
            blob = f"{who}-{round_}.bin"
            target = os.path.join(work, f"{who}-{round_}.out")
            if who == "sdk":
                up = node + ["upload", "bench", blob, source]
                down = node + ["download", "bench", blob, target]
            else:
                common = ["--storage-env", "SD_BENCH_STORAGE", "--container", "bench"]
                up = [cli, "blob", "upload"] + common + ["--file", source, "--name", blob]
                down = [cli, "blob", "download"] + common + ["--name", blob, "--output", target]
            record((who, "upload"), *measured(up, env))
            record((who, "download"), *measured(down, env))
            if md5_of(target) != expected:
                sys.exit(f"FAIL: {who} download of {blob} differs from the file uploaded")
            os.remove(target)
    os.remove(source)

    print(f"{mib} MiB through Azurite ({endpoint}), best of two rounds")
    print(f"   {'':32} {'MiB/s':>8} {'peak MiB':>9}")
    for who, name in (("sdk", "@azure/storage-blob (Node)"), ("cli", "scoredesk-cli blob")):
        for operation in ("upload", "download"):
            wall, rss = best[(who, operation)]
            print(f"   {name + ' ' + operation:32} {mib / wall:8.1f} {rss:9.1f}")
    for operation in ("upload", "download"):
        ratio = best[("sdk", operation)][0] / best[("cli", operation)][0]
        print(f"   {operation}: throughput {ratio:.2f}x the SDK's (goal: 1.0x or more), "
              f"peak memory {best[('cli', operation)][1]:.0f} MiB (goal: under 128 MiB); bytes identical")


if __name__ == "__main__":
    main()
