#!/usr/bin/env python3
"""The guide's sample request/response client, ported to Python 3's standard library: the
baseline ScoreDesk's CLI is measured against (the tool a user would otherwise pick).

    guide_client.py SERVICE_URL API_KEY INPUT.csv OUTPUT.csv

csv.reader -> {"Inputs": {"input1": {"ColumnNames": [...], "Values": [[...]]}},
"GlobalParameters": {}} -> json.dumps -> urllib.request POST to .../execute?api-version=2.0&details=true
-> json.loads -> csv.writer.
"""
import csv
import json
import sys
import urllib.request


def main():
    url, api_key, input_path, output_path = sys.argv[1:5]
    with open(input_path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    body = {"Inputs": {"input1": {"ColumnNames": rows[0], "Values": rows[1:]}}, "GlobalParameters": {}}
    request = urllib.request.Request(url + "/execute?api-version=2.0&details=true", json.dumps(body).encode("utf-8"),
                                     {"Content-Type": "application/json", "Accept": "application/json",
                                      "Authorization": "Bearer " + api_key})
    with urllib.request.urlopen(request) as response:
        result = json.loads(response.read())
    output = result["Results"]["output1"]["value"]
    with open(output_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(output["ColumnNames"])
        writer.writerows(output["Values"])


if __name__ == "__main__":
    main()
