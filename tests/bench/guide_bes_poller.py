#!/usr/bin/env python3
"""The baseline of bench_monitor: how the guide's batch sample watches its jobs, for many jobs.
The sample asks for a job's status once a second (urllib, json.loads) until it ends; this does
the same for every job given, for a given time, and prints its own CPU seconds (user + system).

    guide_bes_poller.py BASE_URL API_KEY SECONDS JOB_ID...
"""
import json
import resource
import sys
import time
import urllib.request


def main():
    base, key, seconds, jobs = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]
    headers = {"Authorization": "Bearer " + key}
    end = time.monotonic() + seconds
    polls = 0
    while time.monotonic() < end:
        started = time.monotonic()
        for job in jobs:
            request = urllib.request.Request(f"{base}/jobs/{job}?api-version=2.0", headers=headers)
            with urllib.request.urlopen(request) as response:
                status = json.loads(response.read())
            if status.get("StatusCode") not in ("NotStarted", "Running", 0, 1):
                sys.exit(f"job {job} is no longer running: {status.get('StatusCode')}")
            polls += 1
        time.sleep(max(0.0, 1.0 - (time.monotonic() - started)))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(usage.ru_utime + usage.ru_stime, polls)


if __name__ == "__main__":
    main()
