#!/usr/bin/env python3
"""Collects the fuzz targets' seed corpora from real peers: the sandbox's answers and Azurite's.

Run inside the test harness, which starts both and exports their addresses:
    dbus-run-session -- scripts/harness.sh build python3 tests/fuzz/make-seeds.py
It writes tests/fuzz/corpus/<parser>/seed-*; the files it does not write (regression inputs
that once found a fault, named regression-*) are left alone.
"""
import base64
import datetime
import hashlib
import hmac
import json
import os
import pathlib
import urllib.error
import urllib.parse
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent / "corpus"
SANDBOX = os.environ["SCOREDESK_TEST_SANDBOX_URL"]
GATEWAY = os.environ["SCOREDESK_TEST_SANDBOX_GATEWAY_URL"]
API_KEY = os.environ["SCOREDESK_TEST_SANDBOX_API_KEY"]
GATEWAY_KEY = os.environ["SCOREDESK_TEST_SANDBOX_GATEWAY_KEY"]
BLOB = os.environ["SCOREDESK_TEST_BLOB_ENDPOINT"]  # http://127.0.0.1:PORT/devstoreaccount1
STORAGE = os.environ["SCOREDESK_TEST_STORAGE"]
DEV_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def seed(parser, name, data, choice=None):
    folder = ROOT / parser
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    if choice is not None:  # the targets that read their first byte as a choice
        data = bytes([choice]) + data
    (folder / f"seed-{name}").write_bytes(data)


def call(method, url, body=None, headers=None):
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def service(path, method="GET", body=None, gateway=False, key=API_KEY, extra=None):
    headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
    if gateway:
        headers["Ocp-Apim-Subscription-Key"] = GATEWAY_KEY
    headers.update(extra or {})
    return call(method, (GATEWAY if gateway else SANDBOX) + path, body, headers)


def storage(method, path, query="", body=b"", headers=None):
    """A Shared Key request to Azurite (wire-protocols §5)."""
    headers = dict(headers or {})
    headers["x-ms-date"] = datetime.datetime.utcnow().strftime("%a, %d %b %Y %H:%M:%S GMT")
    headers["x-ms-version"] = "2021-12-02"
    url = BLOB + path + ("?" + query if query else "")
    parsed = urllib.parse.urlparse(url)
    canonical_headers = "".join(f"{k.lower()}:{v}\n" for k, v in sorted(headers.items()) if k.lower().startswith("x-ms-"))
    resource = "/devstoreaccount1" + parsed.path
    for name, value in sorted(urllib.parse.parse_qsl(parsed.query), key=lambda p: p[0].lower()):
        resource += f"\n{name.lower()}:{value}"
    length = str(len(body)) if body else ""
    to_sign = "\n".join([method, "", "", length, "", headers.get("Content-Type", ""), "", "", "", "", "", ""]) + "\n" + canonical_headers + resource
    signature = base64.b64encode(hmac.new(base64.b64decode(DEV_KEY), to_sign.encode(), hashlib.sha256).digest()).decode()
    headers["Authorization"] = f"SharedKey devstoreaccount1:{signature}"
    return call(method, url, body or None, headers)


def main():
    guide_table = {"Inputs": {"input1": {"ColumnNames": ["Col1", "Col2"], "Values": [["1", "This is a good day"], ["2", "another, \"quoted\" day"]]}},
                   "GlobalParameters": {"Hashing bitsize": "3", "N-grams": "2"}}
    guide_swagger = {"Inputs": {"input1": [{"Col1": "1", "Col2": "This is a good day"}]}, "GlobalParameters": {}}

    # Request/response: the sandbox's answers in every form, and the bodies that asked for them.
    for name, body, query, path in [
        ("table-details", guide_table, "api-version=2.0&details=true", "/execute"),
        ("table", guide_table, "api-version=2.0", "/execute"),
        ("swagger", guide_swagger, "api-version=2.0&format=swagger", "/execute"),
    ]:
        status, answer = service(f"{path}?{query}", "POST", json.dumps(body).encode())
        seed("rrs_response", name, answer)
        seed("rrs_request", name, json.dumps(body))
        seed("sandbox_request", name, json.dumps(body), choice=(1 if "details" in query else 0) | (2 if "swagger" in query else 0))
    report = SANDBOX.replace("/services/feature-hashing", "/services/feature-hashing-report")
    status, answer = call("POST", report + "/execute?api-version=2.0&details=true", json.dumps(guide_table).encode(),
                          {"Authorization": "Bearer " + API_KEY, "Content-Type": "application/json"})
    seed("rrs_response", "two-outputs", answer)
    seed("sandbox_request", "report", json.dumps(guide_table), choice=5)

    # Service descriptions.
    seed("swagger", "feature-hashing", service("/swagger.json")[1])
    seed("swagger", "feature-hashing-report", call("GET", report + "/swagger.json", headers={"Authorization": "Bearer " + API_KEY})[1])

    # Errors from the service, the gateway, blob storage and something in between.
    errors = {
        "bad-version": service("/execute?api-version=1.0", "POST", b"{}"),
        "bad-body": service("/execute?api-version=2.0", "POST", b"{not json"),
        "missing-column": service("/execute?api-version=2.0", "POST", json.dumps({"Inputs": {"input1": {"ColumnNames": ["x"], "Values": [["1"]]}}}).encode()),
        "wrong-key": service("/execute?api-version=2.0", "POST", b"{}", key="wrong"),
        "no-workspace": call("GET", SANDBOX.replace("/workspaces/sandbox", "/workspaces/other") + "/swagger.json", headers={"Authorization": "Bearer " + API_KEY}),
        "gateway-key": call("GET", GATEWAY + "/swagger.json", headers={"Authorization": "Bearer " + API_KEY}),
        "blob-not-found": storage("GET", "/nocontainer/nothing.csv"),
        "html-502": (502, b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"),
        "plain-text": (500, b"upstream connect error or disconnect/reset before headers. reset reason: connection termination"),
    }
    for name, (status, body) in errors.items():
        seed("service_error", name, body, choice=(status - 400) % 256)
    seed("blob_xml", "error-not-found", errors["blob-not-found"][1])

    # Batch: a job through submit, start and status, as the sandbox answers them.
    container = "fuzz-seeds"
    storage("PUT", f"/{container}", "restype=container")
    data = b"Col1,Col2\n1,This is a good day\n"
    storage("PUT", f"/{container}/input.csv", body=data, headers={"x-ms-blob-type": "BlockBlob", "Content-Type": "text/csv"})
    submission = {"Input": {"ConnectionString": STORAGE, "RelativeLocation": f"/{container}/input.csv"},
                  "Outputs": {"output1": {"ConnectionString": STORAGE, "RelativeLocation": f"{container}/output.csv"}},
                  "GlobalParameters": {"Hashing bitsize": "3"}}
    seed("sandbox_request", "submission", json.dumps(submission), choice=0)
    status, job = service("/jobs?api-version=2.0", "POST", json.dumps(submission).encode())
    seed("bes", "job-id", job)
    job_id = json.loads(job)
    seed("bes", "not-started", service(f"/jobs/{job_id}?api-version=2.0")[1])
    service(f"/jobs/{job_id}/start?api-version=2.0", "POST", b"")
    seed("bes", "running", service(f"/jobs/{job_id}?api-version=2.0")[1])
    for _ in range(100):
        status, answer = service(f"/jobs/{job_id}?api-version=2.0")
        if b"Finished" in answer:
            seed("bes", "finished", answer)
            break
        import time
        time.sleep(0.2)
    failed = dict(submission, Input={"ConnectionString": STORAGE, "RelativeLocation": f"{container}/missing.csv"})
    status, failed_id = service("/jobs?api-version=2.0", "POST", json.dumps(failed).encode())
    service(f"/jobs/{json.loads(failed_id)}/start?api-version=2.0", "POST", b"")
    import time
    time.sleep(2.5)
    seed("bes", "failed", service(f"/jobs/{json.loads(failed_id)}?api-version=2.0")[1])
    seed("bes", "integer-status", json.dumps({"StatusCode": 4, "Results": None, "Details": None}))

    # Blob storage's XML: a listing (with a next page) and an uncommitted block list.
    for i in range(3):
        storage("PUT", f"/{container}/page/item-{i}.csv", body=b"x", headers={"x-ms-blob-type": "BlockBlob"})
    seed("blob_xml", "list", storage("GET", f"/{container}", "restype=container&comp=list")[1])
    seed("blob_xml", "list-paged", storage("GET", f"/{container}", "restype=container&comp=list&maxresults=2&prefix=page/")[1])
    block = base64.b64encode(b"tag-000000").decode()
    storage("PUT", f"/{container}/blocks.bin", f"comp=block&blockid={urllib.parse.quote(block)}", body=b"abc")
    seed("blob_xml", "uncommitted", storage("GET", f"/{container}/blocks.bin", "comp=blocklist&blocklisttype=uncommitted")[1])

    # What users and services hand over as text.
    for name, text in {
        "azurite": STORAGE,
        "development": "UseDevelopmentStorage=true",
        "account-key": f"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={DEV_KEY};EndpointSuffix=core.windows.net",
        "sas": "BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=2021-12-02&ss=b&srt=sco&sp=rl&sig=abc%3D",
    }.items():
        seed("connection_string", name, text)
    for name, text in {"seconds": "120", "zero": "0", "date": "Wed, 21 Oct 2026 07:28:00 GMT", "negative": "-5"}.items():
        seed("retry_after", name, text)
    seed("csv", "guide", "Col1,Col2\r\n1,This is a good day\r\n")
    seed("csv", "quoted", 'id;text\n1;"semi; colon"\n2;"multi\nline ""quote"""\n')
    seed("csv", "excel-bom", b"\xef\xbb\xbfName\tValue\r\ncaf\xc3\xa9\t1,5\r\n")
    seed("tsv", "spreadsheet", 'Col2\tNote\nThis is a good day\t"line one\nline two"\n\t\n')
    seed("workspace_import", "export", json.dumps({"schemaVersion": 1, "workspaces": [
        {"id": "7f2c1d2e-1111-4a4a-9b9b-1234567890ab", "name": "Production", "apiLocation": "https://ussouthcentral.services.azureml.net/workspaces/ws/services/svc",
         "apiVersion": "2.0", "needsSubscriptionKey": False, "defaultContainer": "batch", "notes": "", "allowPlainHttp": False},
        {"id": "7f2c1d2e-2222-4a4a-9b9b-1234567890ab", "name": "Via gateway", "apiLocation": "https://x.azure-api.net/azureml-demo/workspaces/ws/services/svc",
         "apiVersion": "2.0", "needsSubscriptionKey": True}]}, indent=2))


if __name__ == "__main__":
    main()
